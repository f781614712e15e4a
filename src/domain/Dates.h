#pragma once

#include "Error.h"

#include <QDate>

namespace mutualise::domain {

// The range of dates any record may carry: from 1 January 1800, older than any registered mutual
// society, to 100 years after `today`, further than any meeting is planned. A date outside it is a
// slip of the keyboard (year 1, year 9999) that would otherwise sit in the register for good.
QDate earliestPlausibleDate();
QDate latestPlausibleDate(const QDate& today);

// Rule "implausible-date" for a date outside that range; the message names the date and the range.
// A null date is left to the checks that require one. Error::field is `field`.
Outcome checkPlausibleDate(const QDate& date, const QDate& today, const QString& field);

// The register and the ledger record what has happened: an admission, a cessation or a ledger entry
// cannot be dated after today. `today` is passed in so that the rule reads no clock. Rule
// "future-date"; Error::field is `field`. A date before earliestPlausibleDate() is refused first
// (rule "implausible-date"), so that what has happened lies between that day and today.
Outcome checkNotInFuture(const QDate& date, const QDate& today, const QString& field);

} // namespace mutualise::domain
