#include "Holdings.h"

#include "TextTable.h"
#include "domain/Text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mutualise::cli {

using namespace mutualise::domain;
using storage::HoldingRow;

Holdings::Holdings()
    : MutualCommand(QStringLiteral("holdings"), tr("List every member's holding of shares and the total."),
                    Access::ReadOnly)
{
    addOption({ QStringLiteral("as-of"), tr("Holdings at the end of this day, YYYY-MM-DD (default today)."),
                tr("DATE") });
    addOption({ QStringLiteral("json"), tr("Print JSON for other programs instead of a table.") });
}

int Holdings::checkArguments(const QCommandLineParser& parser, const QStringList& /*positional*/)
{
    m_asOf = dateOption(parser, QStringLiteral("as-of"), QDate::currentDate());
    if (!m_asOf)
        return ExitUsage;
    return ExitSuccess;
}

int Holdings::runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                            const QStringList& /*positional*/)
{
    const storage::ShareLedgerRepository ledger(file);
    const auto rows = ledger.holdingsAsOf(*m_asOf);
    if (!rows)
        return refuse(rows.error());
    const Result<Holding> total = ledger.totalAsOf(*m_asOf);
    if (!total)
        return refuse(total.error());

    const Mutual mutual = file.mutual();
    writeOut(parser.isSet(QStringLiteral("json")) ? asJson(*rows, *total, mutual, *m_asOf)
                                                  : asText(*rows, *total, mutual, *m_asOf));
    return ExitSuccess;
}

QString Holdings::asText(const QList<HoldingRow>& rows, const Holding& total, const Mutual& mutual,
                         const QDate& asOf)
{
    using Alignment = TextTable::Alignment;
    TextTable table({
        { tr("Number"), Alignment::Left },
        { tr("Name"), Alignment::Left },
        { tr("Class"), Alignment::Left },
        { tr("Shares"), Alignment::Right },
        { tr("Amount"), Alignment::Right },
    });
    const QLocale locale;
    for (const HoldingRow& row : rows) {
        table.addRow({ row.memberNumber, row.memberName, row.className, locale.toString(row.holding.shares),
                       Money(row.holding.amount, mutual.currency).format(locale) });
    }
    table.addFooter({ tr("Total"), tr("Members: %n", nullptr, static_cast<int>(rows.size())), QString(),
                      locale.toString(total.shares), Money(total.amount, mutual.currency).format(locale) });
    return tr("%1: holdings at the end of %2").arg(visibleText(mutual.name), isoDate(asOf))
        + QStringLiteral("\n\n") + table.render();
}

QString Holdings::asJson(const QList<HoldingRow>& rows, const Holding& total, const Mutual& mutual,
                         const QDate& asOf)
{
    QJsonArray holdings;
    for (const HoldingRow& row : rows) {
        holdings.append(QJsonObject {
            { QStringLiteral("number"), row.memberNumber },
            { QStringLiteral("name"), row.memberName },
            { QStringLiteral("class"), row.className },
            { QStringLiteral("shares"), row.holding.shares },
            { QStringLiteral("amount"), row.holding.amount },
        });
    }
    const QJsonObject document {
        { QStringLiteral("as_of"), isoDate(asOf) },
        { QStringLiteral("currency"), mutual.currency.code() },
        { QStringLiteral("holdings"), holdings },
        { QStringLiteral("total"),
          QJsonObject { { QStringLiteral("shares"), total.shares },
                        { QStringLiteral("amount"), total.amount } } },
    };
    return QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
}

} // namespace mutualise::cli
