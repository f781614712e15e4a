#pragma once

#include "Error.h"
#include "Mutual.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace mutualise::domain {

enum class ChartPeriod
{
    Month,
    Quarter, // quarters of the mutual's financial year
    Year, // the mutual's financial years
};

// Capital subscribed by one class in one calendar month (net of reversed subscriptions).
struct MonthlyContribution
{
    QDate month; // the first day of the month
    qint64 classId = 0;
    qint64 amount = 0; // minor units

    bool operator==(const MonthlyContribution&) const = default;
};

// One bar of the contributions chart: a period and how much each class put in during it.
struct ContributionBucket
{
    Period period;
    QString label; // "Apr 2024", "Q1 2024/25", "2024/25"
    QHash<qint64, qint64> amountByClass; // class id -> minor units
    qint64 total = 0;

    bool operator==(const ContributionBucket&) const = default;
};

// Groups monthly figures into consecutive periods (empty periods included, so the time axis has no
// gaps) from the period holding the earliest month to the one holding the latest. Rule
// "total-too-large" when a period's figures add up to more than 64 bits hold: only an impossible
// ledger has them.
Result<QList<ContributionBucket>> bucketContributions(const QList<MonthlyContribution>& months,
                                                      ChartPeriod period, const Mutual& mutual);

} // namespace mutualise::domain
