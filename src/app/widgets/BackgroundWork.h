#pragma once

#include "domain/Error.h"

#include <QString>

#include <functional>

class QWidget;

namespace mutualise::app {

// Tells long work how far it has gone, `done` of `total`; false when the user has asked it to stop.
using WorkProgress = std::function<bool(qint64 done, qint64 total)>;

// Runs `work` on a thread of its own while the window stays responsive, and returns what it returned.
// If it takes more than a moment, a dialog labelled `label` shows how far it has gone, with a Cancel
// button that asks it to stop. `work` must not touch widgets, and must read only what no one else
// changes meanwhile (a copy of a report, not the page's own).
domain::Outcome runInBackground(QWidget* parent, const QString& label,
                                const std::function<domain::Outcome(const WorkProgress&)>& work);

} // namespace mutualise::app
