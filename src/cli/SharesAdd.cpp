#include "SharesAdd.h"

#include "storage/MemberRepository.h"
#include "storage/ShareLedgerRepository.h"

namespace mutualise::cli {

using namespace mutualise::domain;

SharesAdd::SharesAdd()
    : MutualCommand(QStringLiteral("shares add"),
                    tr("Record a subscription, withdrawal, transfer or forfeiture of shares."))
{
    addOption({ QStringLiteral("member"),
                tr("The member's number (required); for a transfer, the member giving "
                   "the shares."),
                tr("NUMBER") });
    addOption({ QStringLiteral("kind"), tr("subscription, withdrawal, transfer or forfeiture (required)."),
                tr("KIND") });
    addOption(
        { QStringLiteral("shares"), tr("How many shares, a positive whole number (required)."), tr("N") });
    addOption({ QStringLiteral("date"), tr("The day of the movement, YYYY-MM-DD (required)."), tr("DATE") });
    addOption({ QStringLiteral("to"),
                tr("For a transfer only: the number of the member receiving the shares."), tr("NUMBER") });
    addOption({ QStringLiteral("amount"), tr("The amount in major units (default shares x nominal value)."),
                tr("AMOUNT") });
    addOption(
        { QStringLiteral("reference"), tr("A reference such as a receipt or minute number."), tr("TEXT") });
}

std::optional<ShareEntryKind> SharesAdd::kindOption(const QCommandLineParser& parser) const
{
    const std::optional<ShareEntryKind> kind = entryKindFromKey(keyOption(parser, QStringLiteral("kind")));
    // A reversal is not typed by hand: `shares reverse` finds what it undoes; only an allocation
    // capitalises interest.
    if (!kind || *kind == ShareEntryKind::Reversal || *kind == ShareEntryKind::InterestCapitalised) {
        refuseUsage(tr("--kind must be subscription, withdrawal, transfer or forfeiture."));
        return std::nullopt;
    }
    return kind;
}

int SharesAdd::checkArguments(const QCommandLineParser& parser, const QStringList& /*positional*/)
{
    if (!hasRequiredOptions(parser,
                            { QStringLiteral("member"), QStringLiteral("kind"), QStringLiteral("shares"),
                              QStringLiteral("date") }))
        return ExitUsage;
    m_kind = kindOption(parser);
    if (!m_kind)
        return ExitUsage;
    m_isTransfer = *m_kind == ShareEntryKind::Transfer;
    if (m_isTransfer && !parser.isSet(QStringLiteral("to")))
        return refuseUsage(tr("A transfer needs --to, the member receiving the shares."));
    if (!m_isTransfer && parser.isSet(QStringLiteral("to")))
        return refuseUsage(tr("--to is only for a transfer."));
    // Any number the parser can read: the ledger's rule names the most that one entry may move.
    m_shares = wholeNumberOption(parser, QStringLiteral("shares"), 1, largestWholeNumber);
    if (!m_shares)
        return ExitUsage;
    m_date = dateOption(parser, QStringLiteral("date"));
    if (!m_date)
        return ExitUsage;
    return ExitSuccess;
}

int SharesAdd::runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                             const QStringList& /*positional*/)
{
    const Mutual mutual = file.mutual();

    ShareMovement movement;
    movement.kind = *m_kind;
    movement.date = *m_date;
    movement.shares = *m_shares;
    movement.reference = textOption(parser, QStringLiteral("reference"));
    if (parser.isSet(QStringLiteral("amount"))) {
        const std::optional<qint64> amount = amountOption(parser, QStringLiteral("amount"), mutual.currency);
        if (!amount)
            return ExitUsage;
        movement.amount = *amount;
    }

    storage::MemberRepository members(file);
    const Result<Member> member = members.memberByNumber(textOption(parser, QStringLiteral("member")));
    if (!member)
        return refuse(member.error());
    movement.memberId = member->id;
    if (m_isTransfer) {
        const Result<Member> receiver = members.memberByNumber(textOption(parser, QStringLiteral("to")));
        if (!receiver)
            return refuse(receiver.error());
        movement.toMemberId = receiver->id;
    }

    const Result<QList<ShareEntry>> recorded = storage::ShareLedgerRepository(file).record(movement);
    if (!recorded)
        return refuse(recorded.error());
    QString ids;
    for (const ShareEntry& entry : *recorded)
        ids += QString::number(entry.id) + QLatin1Char('\n');
    writeOut(ids);
    return ExitSuccess;
}

} // namespace mutualise::cli
