#pragma once

#include <QDateTime>
#include <QString>

class QLabel;

namespace mutualise::app {

// The line over a result that says whether it is final: green with the moment it was declared, or amber
// with `provisionalText` while voting is still open.
void showResultStatus(QLabel* label, bool isDeclared, const QDateTime& declaredAt,
                      const QString& provisionalText);

} // namespace mutualise::app
