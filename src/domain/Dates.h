#pragma once

#include "Error.h"

#include <QDate>
#include <QLocale>

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

// The date a person typed into a date field, read the ways people write one:
//   - ISO 8601, year first: 2026-04-01 (also 2026/4/1);
//   - the numbers in the order of `locale`'s short date format: 01/04/2026 or 1/4/2026 in the UK,
//     4/1/2026 in the US, 1.4.2026 in Germany; a two-digit year is the one nearest `today` (from 80
//     years back to 19 ahead);
//   - a month's name or its abbreviation, in `locale`'s language or in English, with the day and the
//     year around it: 1 Apr 2026, 1 April 2026, April 1, 2026, 1st April 2026, 1. April 2026.
// Anything else is refused, naming the text and showing the three ways with `today` as the example:
// rule "unreadable-date" (also for a day that does not exist, such as 31/02/2026) or, for nothing
// typed, "missing-date". Error::field is empty. Only the reading: the range is checked apart
// (checkPlausibleDate).
Result<QDate> parseTypedDate(const QString& text, const QLocale& locale, const QDate& today);

// How a date field shows its date: `locale`'s short format with the year written in full, so that what
// is shown reads back as the same date (01/04/2026 in the UK, 4/1/2026 in the US).
QString typedDateFormat(const QLocale& locale);

} // namespace mutualise::domain
