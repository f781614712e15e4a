#include "ContributionsReverse.h"

#include "domain/Text.h"
#include "storage/ContributionRepository.h"

namespace mutualise::cli {

using namespace mutualise::domain;

ContributionsReverse::ContributionsReverse()
    : MutualCommand(QStringLiteral("contributions reverse"),
                    tr("Reverse a contribution entered by mistake (the record keeps both)."))
{
    addPositionalArgument(QStringLiteral("ENTRY"), tr("The id of the contribution to reverse."));
    addOption({ QStringLiteral("date"), tr("The day of the reversal, YYYY-MM-DD (required)."), tr("DATE") });
    addOption({ QStringLiteral("reference"), tr("Why the contribution is reversed."), tr("TEXT") });
}

int ContributionsReverse::checkArguments(const QCommandLineParser& parser, const QStringList& positional)
{
    m_entryId = parseWholeNumber(positional.at(1));
    if (!m_entryId || *m_entryId < 1)
        return refuseUsage(tr("“%1” is not a contribution's id.").arg(quotedText(positional.at(1))));
    if (!hasRequiredOptions(parser, { QStringLiteral("date") }))
        return ExitUsage;
    m_date = dateOption(parser, QStringLiteral("date"));
    if (!m_date)
        return ExitUsage;
    return ExitSuccess;
}

int ContributionsReverse::runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                                        const QStringList& /*positional*/)
{
    const Result<Contribution> reversal = storage::ContributionRepository(file).reverse(
        *m_entryId, *m_date, textOption(parser, QStringLiteral("reference")));
    if (!reversal)
        return refuse(reversal.error());
    writeOut(QString::number(reversal->id) + QLatin1Char('\n'));
    return ExitSuccess;
}

} // namespace mutualise::cli
