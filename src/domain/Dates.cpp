#include "Dates.h"

#include <QCoreApplication>
#include <QLocale>

namespace mutualise::domain {

QDate earliestPlausibleDate()
{
    return QDate(1800, 1, 1);
}

QDate latestPlausibleDate(const QDate& today)
{
    Q_ASSERT(today.isValid());
    return today.addYears(100);
}

Outcome checkPlausibleDate(const QDate& date, const QDate& today, const QString& field)
{
    if (!date.isValid())
        return ok();
    const QDate latest = latestPlausibleDate(today);
    if (date >= earliestPlausibleDate() && date <= latest)
        return ok();
    // ISO dates: a short local format may print year 1 as "01", the very slip being refused.
    return Error { QCoreApplication::translate("Dates",
                                               "%1 is not a plausible date: a date must lie between %2 "
                                               "and %3. Check the year.")
                       .arg(date.toString(Qt::ISODate), earliestPlausibleDate().toString(Qt::ISODate),
                            latest.toString(Qt::ISODate)),
                   QStringLiteral("implausible-date"), field };
}

Outcome checkNotInFuture(const QDate& date, const QDate& today, const QString& field)
{
    if (auto plausible = checkPlausibleDate(date, today, field); !plausible)
        return plausible;
    if (!date.isValid() || date <= today)
        return ok();
    return Error { QCoreApplication::translate("Dates",
                                               "%1 is in the future; only what has happened can be "
                                               "recorded, so use today’s date or an earlier one.")
                       .arg(QLocale().toString(date, QLocale::LongFormat)),
                   QStringLiteral("future-date"), field };
}

} // namespace mutualise::domain
