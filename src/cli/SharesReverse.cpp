#include "SharesReverse.h"

#include "domain/Text.h"
#include "storage/ShareLedgerRepository.h"

namespace mutualise::cli {

using namespace mutualise::domain;

SharesReverse::SharesReverse()
    : MutualCommand(QStringLiteral("shares reverse"),
                    tr("Reverse a ledger entry (both sides of a transfer)."))
{
    addPositionalArgument(QStringLiteral("ENTRY_ID"),
                          tr("The id of the entry to reverse, as “shares” lists it."));
    addOption(
        { QStringLiteral("date"), tr("The day of the reversal, YYYY-MM-DD (default today)."), tr("DATE") });
    addOption({ QStringLiteral("reference"), tr("Why the entry is reversed."), tr("TEXT") });
}

int SharesReverse::checkArguments(const QCommandLineParser& parser, const QStringList& positional)
{
    m_entryId = parseWholeNumber(positional.at(1));
    if (!m_entryId || *m_entryId < 1)
        return refuseUsage(tr("“%1” is not an entry id.").arg(quotedText(positional.at(1))));
    m_date = dateOption(parser, QStringLiteral("date"), QDate::currentDate());
    if (!m_date)
        return ExitUsage;
    return ExitSuccess;
}

int SharesReverse::runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                                 const QStringList& /*positional*/)
{
    const Result<QList<ShareEntry>> reversal = storage::ShareLedgerRepository(file).reverse(
        *m_entryId, *m_date, textOption(parser, QStringLiteral("reference")));
    if (!reversal)
        return refuse(reversal.error());
    QString ids;
    for (const ShareEntry& entry : *reversal)
        ids += QString::number(entry.id) + QLatin1Char('\n');
    writeOut(ids);
    return ExitSuccess;
}

} // namespace mutualise::cli
