#include "Dates.h"

#include <QCoreApplication>
#include <QLocale>

namespace mutualise::domain {

Outcome checkNotInFuture(const QDate& date, const QDate& today, const QString& field)
{
    if (!date.isValid() || date <= today)
        return ok();
    return Error { QCoreApplication::translate("Dates",
                                               "%1 is in the future; only what has happened can be "
                                               "recorded, so use today’s date or an earlier one.")
                       .arg(QLocale().toString(date, QLocale::LongFormat)),
                   QStringLiteral("future-date"), field };
}

} // namespace mutualise::domain
