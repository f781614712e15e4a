#include "Contributions.h"

#include "TextTable.h"
#include "domain/Text.h"
#include "storage/ContributionRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mutualise::cli {

using namespace mutualise::domain;

namespace {

QJsonObject kindsToJson(const QMap<QString, qint64>& amountByKind)
{
    QJsonObject kinds;
    for (auto kind = amountByKind.cbegin(); kind != amountByKind.cend(); ++kind)
        kinds.insert(kind.key(), kind.value());
    return kinds;
}

// What a person reads for a row's key: a financial year that runs over two calendar years as
// "2024/25" (its key, 2024, is the year it starts in), its quarters as "2024/25 Q1".
QString keyText(const QString& key, ContributionGrouping grouping, const Mutual& mutual)
{
    const bool isCalendarYear = mutual.financialYearStartMonth == 1 && mutual.financialYearStartDay == 1;
    if (isCalendarYear
        || (grouping != ContributionGrouping::Year && grouping != ContributionGrouping::Quarter))
        return key;
    const int year = key.left(4).toInt();
    const QString years = QStringLiteral("%1/%2").arg(year).arg((year + 1) % 100, 2, 10, QLatin1Char('0'));
    return grouping == ContributionGrouping::Year ? years : years + QLatin1Char(' ') + key.mid(5);
}

} // namespace

Contributions::Contributions()
    : MutualCommand(QStringLiteral("contributions"),
                    tr("Totals of what members contributed, share capital included, by kind."),
                    Access::ReadOnly)
{
    addOption({ QStringLiteral("from"), tr("The first day counted, YYYY-MM-DD (default the earliest entry)."),
                tr("DATE") });
    addOption({ QStringLiteral("to"), tr("The last day counted, YYYY-MM-DD (default today)."), tr("DATE") });
    addOption({ QStringLiteral("by"),
                tr("member, class, month, quarter or year (the mutual's financial year; default member)."),
                tr("GROUPING") });
    addOption({ QStringLiteral("kind"),
                tr("Only this kind: share-capital, fee, charge, donation, pledge-payment, in-kind or the "
                   "mutual's own."),
                tr("KIND") });
    addOption({ QStringLiteral("json"), tr("Print JSON for other programs instead of a table.") });
}

int Contributions::checkArguments(const QCommandLineParser& parser, const QStringList& /*positional*/)
{
    m_from = QDate();
    if (parser.isSet(QStringLiteral("from"))) {
        m_from = dateOption(parser, QStringLiteral("from"));
        if (!m_from)
            return ExitUsage;
    }
    m_to = dateOption(parser, QStringLiteral("to"), QDate::currentDate());
    if (!m_to)
        return ExitUsage;
    if (m_from->isValid() && *m_from > *m_to)
        return refuseUsage(tr("--from %1 is after --to %2.").arg(isoDate(*m_from), isoDate(*m_to)));
    m_grouping = ContributionGrouping::Member;
    if (parser.isSet(QStringLiteral("by"))) {
        const auto grouping = contributionGroupingFromKey(keyOption(parser, QStringLiteral("by")));
        if (!grouping)
            return refuseUsage(tr("--by must be member, class, month, quarter or year."));
        m_grouping = *grouping;
    }
    return ExitSuccess;
}

int Contributions::runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                                 const QStringList& /*positional*/)
{
    const storage::ContributionRepository repository(file);
    QDate from = *m_from;
    if (!from.isValid()) {
        const Result<QDate> earliest = repository.earliestDate();
        if (!earliest)
            return refuse(earliest.error());
        from = earliest->isValid() && *earliest <= *m_to ? *earliest : *m_to;
    }
    const Result<ContributionTotals> totals
        = repository.totals(m_grouping, from, *m_to, keyOption(parser, QStringLiteral("kind")));
    if (!totals)
        return refuse(totals.error());
    const auto kinds = repository.kinds();
    if (!kinds)
        return refuse(kinds.error());
    QHash<QString, QString> labels { { shareCapitalKind(), contributionKindLabel(shareCapitalKind()) } };
    for (const ContributionKind& kind : *kinds)
        labels.insert(kind.key, kind.label);

    const Mutual mutual = file.mutual();
    writeOut(parser.isSet(QStringLiteral("json")) ? asJson(*totals, mutual)
                                                  : asText(*totals, labels, mutual));
    return ExitSuccess;
}

QString Contributions::asText(const ContributionTotals& totals, const QHash<QString, QString>& kindLabels,
                              const Mutual& mutual)
{
    using Alignment = TextTable::Alignment;
    const bool byMember = totals.grouping == ContributionGrouping::Member;
    QString heading;
    switch (totals.grouping) {
    case ContributionGrouping::Member:
        heading = tr("Member");
        break;
    case ContributionGrouping::Class:
        heading = tr("Class");
        break;
    case ContributionGrouping::Month:
        heading = tr("Month");
        break;
    case ContributionGrouping::Quarter:
        heading = tr("Quarter");
        break;
    case ContributionGrouping::Year:
        heading = tr("Year");
        break;
    }
    QList<TextTable::Column> columns { { heading, Alignment::Left } };
    if (byMember)
        columns.append({ tr("Name"), Alignment::Left });
    const QStringList kinds = contributionKindsInOrder(totals.amountByKind);
    for (const QString& kind : kinds)
        columns.append({ kindLabels.value(kind, kind), Alignment::Right });
    columns.append({ tr("Total"), Alignment::Right });
    TextTable table(columns);

    const QLocale locale;
    auto money = [&](qint64 amount) { return Money(amount, mutual.currency).format(locale); };
    for (const ContributionTotalRow& row : totals.rows) {
        QStringList cells { keyText(row.key, totals.grouping, mutual) };
        if (byMember)
            cells.append(row.label);
        for (const QString& kind : kinds)
            cells.append(row.amountByKind.contains(kind) ? money(row.amountByKind.value(kind)) : QString());
        cells.append(money(row.amount));
        table.addRow(cells);
    }
    QStringList footer { tr("Total") };
    if (byMember)
        footer.append(QString());
    for (const QString& kind : kinds)
        footer.append(money(totals.amountByKind.value(kind)));
    footer.append(money(totals.total));
    table.addFooter(footer);
    return tr("%1: contributions from %2 to %3, net of reversals")
               .arg(visibleText(mutual.name), isoDate(totals.from), isoDate(totals.to))
        + QStringLiteral("\n\n") + table.render();
}

QString Contributions::asJson(const ContributionTotals& totals, const Mutual& mutual)
{
    QJsonArray rows;
    for (const ContributionTotalRow& row : totals.rows) {
        QJsonObject json { { QStringLiteral("amount"), row.amount },
                           { QStringLiteral("kinds"), kindsToJson(row.amountByKind) } };
        // The financial year is a number, as the scripts read it; the other keys are text.
        if (totals.grouping == ContributionGrouping::Year)
            json.insert(QStringLiteral("key"), row.key.toInt());
        else
            json.insert(QStringLiteral("key"), row.key);
        if (totals.grouping == ContributionGrouping::Member)
            json.insert(QStringLiteral("name"), row.label);
        rows.append(json);
    }
    const QJsonObject document {
        { QStringLiteral("currency"), mutual.currency.code() },
        { QStringLiteral("from"), isoDate(totals.from) },
        { QStringLiteral("to"), isoDate(totals.to) },
        { QStringLiteral("by"), contributionGroupingKey(totals.grouping) },
        { QStringLiteral("rows"), rows },
        { QStringLiteral("kinds"), kindsToJson(totals.amountByKind) },
        { QStringLiteral("total"), totals.total },
    };
    return QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
}

} // namespace mutualise::cli
