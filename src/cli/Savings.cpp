#include "Savings.h"

#include "TextTable.h"
#include "domain/Text.h"
#include "storage/SavingsRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mutualise::cli {

using namespace mutualise::domain;

namespace {

// The years a financial year can start in: those of any plausible date.
constexpr qint64 earliestYear = 1800;
constexpr qint64 latestYear = 9998;

} // namespace

Savings::Savings()
    : MutualCommand(QStringLiteral("savings"),
                    tr("Total what the services saved the members: baseline, actual cost and saving."),
                    Access::ReadOnly)
{
    addOption({ QStringLiteral("year"),
                tr("Only the financial year starting in this calendar year (2025 is the year from the "
                   "mutual's year start in 2025). A saving counts in the financial year containing the "
                   "first day of its period."),
                tr("YEAR") });
    addOption({ QStringLiteral("by"),
                tr("Total by member (the default), service, class or year (financial year)."), tr("GROUP") });
    addOption({ QStringLiteral("json"), tr("Print JSON for other programs instead of a table.") });
}

int Savings::checkArguments(const QCommandLineParser& parser, const QStringList& /*positional*/)
{
    if (parser.isSet(QStringLiteral("by"))) {
        const std::optional<SavingsGrouping> grouping
            = savingsGroupingFromKey(keyOption(parser, QStringLiteral("by")));
        if (!grouping)
            return refuseUsage(tr("--by must be member, service, class or year."));
        m_grouping = *grouping;
    }
    if (parser.isSet(QStringLiteral("year"))) {
        const std::optional<qint64> year
            = wholeNumberOption(parser, QStringLiteral("year"), earliestYear, latestYear);
        if (!year)
            return ExitUsage;
        m_year = static_cast<int>(*year);
    }
    return ExitSuccess;
}

int Savings::runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                           const QStringList& /*positional*/)
{
    const Result<SavingsTotals> totals = storage::SavingsRepository(file).totals(m_grouping, m_year);
    if (!totals)
        return refuse(totals.error());
    const Mutual mutual = file.mutual();
    writeOut(parser.isSet(QStringLiteral("json")) ? asJson(*totals, mutual) : asText(*totals, mutual));
    return ExitSuccess;
}

QString Savings::keyHeading() const
{
    switch (m_grouping) {
    case SavingsGrouping::Member:
        return tr("Member");
    case SavingsGrouping::Service:
        return tr("Service");
    case SavingsGrouping::Class:
        return tr("Class");
    case SavingsGrouping::Year:
        return tr("Financial year");
    }
    return {};
}

QString Savings::asText(const SavingsTotals& totals, const Mutual& mutual) const
{
    using Alignment = TextTable::Alignment;
    TextTable table({
        { keyHeading(), Alignment::Left },
        { tr("Baseline"), Alignment::Right },
        { tr("Actual cost"), Alignment::Right },
        { tr("Saving"), Alignment::Right },
    });
    const QLocale locale;
    const auto money = [&](qint64 amount) { return Money(amount, mutual.currency).format(locale); };
    for (const SavingsTotal& row : totals.rows) {
        QString key = row.key;
        if (m_grouping == SavingsGrouping::Year) {
            const Period year = mutual.financialYearContaining(
                QDate(row.key.toInt(), mutual.financialYearStartMonth, mutual.financialYearStartDay));
            key = tr("%1 (%2 to %3)").arg(row.key, isoDate(year.first), isoDate(year.last));
        }
        table.addRow({ key, money(row.baseline), money(row.actual), money(row.saving) });
    }
    table.addFooter({ tr("Total"), money(totals.total.baseline), money(totals.total.actual),
                      money(totals.total.saving) });
    QString heading = tr("%1: savings by %2").arg(visibleText(mutual.name), savingsGroupingKey(m_grouping));
    if (m_year) {
        const Period year = mutual.financialYearContaining(
            QDate(*m_year, mutual.financialYearStartMonth, mutual.financialYearStartDay));
        heading += QLatin1Char(' ')
            + tr("in the financial year %1 (%2 to %3)")
                  .arg(*m_year)
                  .arg(isoDate(year.first), isoDate(year.last));
    }
    return heading + QStringLiteral("\n\n") + table.render() + QLatin1Char('\n')
        + tr("A negative saving is one where the member paid more through the mutual.") + QLatin1Char('\n');
}

QString Savings::asJson(const SavingsTotals& totals, const Mutual& mutual) const
{
    QJsonArray rows;
    for (const SavingsTotal& row : totals.rows) {
        // A financial year is a number, as "year" is; the other keys are texts.
        const QJsonValue key
            = m_grouping == SavingsGrouping::Year ? QJsonValue(row.key.toInt()) : QJsonValue(row.key);
        rows.append(QJsonObject {
            { QStringLiteral("key"), key },
            { QStringLiteral("baseline"), row.baseline },
            { QStringLiteral("actual"), row.actual },
            { QStringLiteral("saving"), row.saving },
        });
    }
    QJsonObject document {
        { QStringLiteral("currency"), mutual.currency.code() },
        { QStringLiteral("year"), m_year ? QJsonValue(*m_year) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("by"), savingsGroupingKey(m_grouping) },
        { QStringLiteral("rows"), rows },
        { QStringLiteral("total"),
          QJsonObject { { QStringLiteral("baseline"), totals.total.baseline },
                        { QStringLiteral("actual"), totals.total.actual },
                        { QStringLiteral("saving"), totals.total.saving } } },
    };
    if (m_year) {
        const Period year = mutual.financialYearContaining(
            QDate(*m_year, mutual.financialYearStartMonth, mutual.financialYearStartDay));
        document.insert(QStringLiteral("from"), isoDate(year.first));
        document.insert(QStringLiteral("to"), isoDate(year.last));
    }
    return QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
}

} // namespace mutualise::cli
