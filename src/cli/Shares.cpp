#include "Shares.h"

#include "TextTable.h"
#include "domain/Text.h"
#include "storage/MemberRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mutualise::cli {

using namespace mutualise::domain;
using storage::ShareEntryRow;

Shares::Shares()
    : MutualCommand(QStringLiteral("shares"), tr("List the share ledger."), Access::ReadOnly)
{
    addOption({ QStringLiteral("member"), tr("Only this member's entries."), tr("NUMBER") });
    addOption({ QStringLiteral("from"), tr("Only entries on or after this day, YYYY-MM-DD."), tr("DATE") });
    addOption({ QStringLiteral("to"), tr("Only entries on or before this day, YYYY-MM-DD."), tr("DATE") });
    addOption({ QStringLiteral("json"), tr("Print JSON for other programs instead of a table.") });
}

int Shares::checkArguments(const QCommandLineParser& parser, const QStringList& /*positional*/)
{
    m_filter = {};
    const std::optional<QDate> from = dateOption(parser, QStringLiteral("from"));
    if (!from)
        return ExitUsage;
    const std::optional<QDate> to = dateOption(parser, QStringLiteral("to"));
    if (!to)
        return ExitUsage;
    m_filter.from = *from;
    m_filter.to = *to;
    return ExitSuccess;
}

int Shares::runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                          const QStringList& /*positional*/)
{
    storage::ShareEntryFilter filter = m_filter;
    if (parser.isSet(QStringLiteral("member"))) {
        const Result<Member> member
            = storage::MemberRepository(file).memberByNumber(textOption(parser, QStringLiteral("member")));
        if (!member)
            return refuse(member.error());
        filter.memberId = member->id;
    }

    const auto rows = storage::ShareLedgerRepository(file).entries(filter);
    if (!rows)
        return refuse(rows.error());
    const Mutual mutual = file.mutual();
    writeOut(parser.isSet(QStringLiteral("json")) ? asJson(*rows, mutual) : asText(*rows, mutual));
    return ExitSuccess;
}

QString Shares::asText(const QList<ShareEntryRow>& rows, const Mutual& mutual)
{
    using Alignment = TextTable::Alignment;
    TextTable table({
        { tr("Entry"), Alignment::Right },
        { tr("Date"), Alignment::Left },
        { tr("Kind"), Alignment::Left },
        { tr("Member"), Alignment::Left },
        { tr("Name"), Alignment::Left },
        { tr("Shares"), Alignment::Right },
        { tr("Amount"), Alignment::Right },
        { tr("Other member"), Alignment::Left },
        { tr("Reference"), Alignment::Left },
    });
    const QLocale locale;
    for (const ShareEntryRow& row : rows) {
        const ShareEntry& entry = row.entry;
        QString kind = entryKindLabel(entry.kind);
        if (entry.reversesId)
            kind = tr("%1 of %2").arg(kind).arg(*entry.reversesId);
        else if (row.isReversed)
            kind = tr("%1 (reversed)").arg(kind);
        table.addRow({ QString::number(entry.id), isoDate(entry.date), kind, row.memberNumber, row.memberName,
                       locale.toString(entry.shares), Money(entry.amount, mutual.currency).format(locale),
                       row.counterpartyNumber, entry.reference });
    }
    return table.render() + tr("Entries: %n", nullptr, static_cast<int>(rows.size())) + QLatin1Char('\n');
}

QString Shares::asJson(const QList<ShareEntryRow>& rows, const Mutual& mutual)
{
    QJsonArray entries;
    for (const ShareEntryRow& row : rows) {
        const ShareEntry& entry = row.entry;
        entries.append(QJsonObject {
            { QStringLiteral("id"), entry.id },
            { QStringLiteral("date"), isoDate(entry.date) },
            { QStringLiteral("kind"), entryKindKey(entry.kind) },
            { QStringLiteral("member"), row.memberNumber },
            { QStringLiteral("name"), row.memberName },
            { QStringLiteral("shares"), entry.shares },
            { QStringLiteral("amount"), entry.amount },
            { QStringLiteral("counterparty"),
              row.counterpartyNumber.isEmpty() ? QJsonValue(QJsonValue::Null)
                                               : QJsonValue(row.counterpartyNumber) },
            { QStringLiteral("reverses"),
              entry.reversesId ? QJsonValue(*entry.reversesId) : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("reversed"), row.isReversed },
            { QStringLiteral("reference"), entry.reference },
            { QStringLiteral("recorded_by"), entry.recordedBy },
        });
    }
    const QJsonObject document {
        { QStringLiteral("mutual"), mutual.name },
        { QStringLiteral("currency"), mutual.currency.code() },
        { QStringLiteral("entries"), entries },
    };
    return QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
}

} // namespace mutualise::cli
