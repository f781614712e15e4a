#pragma once

#include "Error.h"

#include <QDate>

namespace mutualise::domain {

// The register and the ledger record what has happened: an admission, a cessation or a ledger entry
// cannot be dated after today. `today` is passed in so that the rule reads no clock. Rule
// "future-date"; Error::field is `field`.
Outcome checkNotInFuture(const QDate& date, const QDate& today, const QString& field);

} // namespace mutualise::domain
