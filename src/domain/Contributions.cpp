#include "Contributions.h"

#include <QCoreApplication>
#include <QLocale>
#include <QtNumeric>

#include <algorithm>
#include <limits>

namespace mutualise::domain {

namespace {

// "2024/25" for a year from April to March, "2024" for a calendar year.
QString financialYearLabel(const Period& year)
{
    if (year.first.year() == year.last.year())
        return QString::number(year.first.year());
    return QStringLiteral("%1/%2")
        .arg(year.first.year())
        .arg(year.last.year() % 100, 2, 10, QLatin1Char('0'));
}

struct LabelledPeriod
{
    Period period;
    QString label;
};

LabelledPeriod monthContaining(const QDate& date)
{
    const QDate first(date.year(), date.month(), 1);
    const QString label = QCoreApplication::translate("Contributions", "%1 %2", "month and year: Apr 2024")
                              .arg(QLocale().monthName(date.month(), QLocale::ShortFormat))
                              .arg(date.year());
    return { Period { first, first.addMonths(1).addDays(-1) }, label };
}

LabelledPeriod quarterContaining(const QDate& date, const Mutual& mutual)
{
    const Period year = mutual.financialYearContaining(date);
    int quarter = 0;
    while (quarter < 3 && date >= year.first.addMonths(3 * (quarter + 1)))
        ++quarter;
    const QDate first = year.first.addMonths(3 * quarter);
    const QDate last = quarter == 3 ? year.last : year.first.addMonths(3 * (quarter + 1)).addDays(-1);
    const QString label
        = QCoreApplication::translate("Contributions", "Q%1 %2", "quarter of a financial year")
              .arg(quarter + 1)
              .arg(financialYearLabel(year));
    return { Period { first, last }, label };
}

LabelledPeriod periodContaining(const QDate& date, ChartPeriod kind, const Mutual& mutual)
{
    switch (kind) {
    case ChartPeriod::Month:
        return monthContaining(date);
    case ChartPeriod::Quarter:
        return quarterContaining(date, mutual);
    case ChartPeriod::Year: {
        const Period year = mutual.financialYearContaining(date);
        return { year, financialYearLabel(year) };
    }
    }
    Q_UNREACHABLE();
    return {};
}

QDate firstDayOfMonth(const QDate& date)
{
    return QDate(date.year(), date.month(), 1);
}

Error tooLargeError(const QString& periodLabel)
{
    return Error { QCoreApplication::translate("Contributions",
                                               "The capital subscribed in %1 comes to more than %2, the most "
                                               "that can be added up.")
                       .arg(periodLabel, QLocale().toString(std::numeric_limits<qint64>::max())),
                   QStringLiteral("total-too-large"),
                   {} };
}

} // namespace

Result<QList<ContributionBucket>> bucketContributions(const QList<MonthlyContribution>& months,
                                                      ChartPeriod period, const Mutual& mutual)
{
    if (months.isEmpty())
        return QList<ContributionBucket> {};
    const auto [earliest, latest] = std::minmax_element(
        months.cbegin(), months.cend(),
        [](const MonthlyContribution& a, const MonthlyContribution& b) { return a.month < b.month; });

    QList<ContributionBucket> buckets;
    QHash<QDate, qsizetype> indexByFirstDay;
    const QDate end = firstDayOfMonth(latest->month);
    for (LabelledPeriod current = periodContaining(firstDayOfMonth(earliest->month), period, mutual);
         current.period.first <= end;
         current = periodContaining(current.period.last.addDays(1), period, mutual)) {
        indexByFirstDay.insert(current.period.first, buckets.size());
        buckets.append(ContributionBucket { current.period, current.label, {}, 0 });
    }

    for (const MonthlyContribution& month : months) {
        // A month belongs to the period holding its first day, even when the year starts mid-month.
        const LabelledPeriod holder = periodContaining(firstDayOfMonth(month.month), period, mutual);
        ContributionBucket& bucket = buckets[indexByFirstDay.value(holder.period.first)];
        qint64& byClass = bucket.amountByClass[month.classId];
        if (qAddOverflow(byClass, month.amount, &byClass)
            || qAddOverflow(bucket.total, month.amount, &bucket.total))
            return tooLargeError(bucket.label);
    }
    return buckets;
}

} // namespace mutualise::domain
