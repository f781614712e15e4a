#include "SharesReverse.h"

#include "storage/ShareLedgerRepository.h"

namespace mutualise::cli {

using namespace mutualise::domain;

SharesReverse::SharesReverse()
    : Command(QStringLiteral("shares reverse"), tr("Reverse a ledger entry (both sides of a transfer)."))
{
    addPositionalArgument(QStringLiteral("FILE"), tr("The .mutual file."));
    addPositionalArgument(QStringLiteral("ENTRY_ID"),
                          tr("The id of the entry to reverse, as “shares” lists it."));
    addOption(
        { QStringLiteral("date"), tr("The day of the reversal, YYYY-MM-DD (default today)."), tr("DATE") });
    addOption({ QStringLiteral("reference"), tr("Why the entry is reversed."), tr("TEXT") });
}

int SharesReverse::run(const QCommandLineParser& parser, const QStringList& positional)
{
    const std::optional<qint64> entryId = parseWholeNumber(positional.at(1));
    if (!entryId || *entryId < 1)
        return refuseUsage(tr("“%1” is not an entry id.").arg(positional.at(1)));
    const std::optional<QDate> date = dateOption(parser, QStringLiteral("date"), QDate::currentDate());
    if (!date)
        return ExitUsage;

    const auto file = openExisting(positional.at(0));
    if (!file)
        return refuse(file.error());
    const Result<QList<ShareEntry>> reversal = storage::ShareLedgerRepository(**file).reverse(
        *entryId, *date, textOption(parser, QStringLiteral("reference")));
    if (!reversal)
        return refuse(reversal.error());
    QString ids;
    for (const ShareEntry& entry : *reversal)
        ids += QString::number(entry.id) + QLatin1Char('\n');
    writeOut(ids);
    return ExitSuccess;
}

} // namespace mutualise::cli
