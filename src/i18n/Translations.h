#pragma once

#include <QLocale>

class QCoreApplication;

namespace mutualise::i18n {

// Installs Qt's own translations and Mutualise's for the locale (the system's by default), so every
// tr() string and Qt's standard dialog buttons speak the user's language where a translation exists.
void installTranslations(QCoreApplication& application, const QLocale& locale = QLocale());

} // namespace mutualise::i18n
