#include "ElectionsImport.h"

#include "formats/Blt.h"
#include "formats/InputFile.h"
#include "storage/ElectionRepository.h"

namespace mutualise::cli {

using namespace mutualise::domain;

ElectionsImport::ElectionsImport()
    : MutualCommand(QStringLiteral("elections import"),
                    tr("File in an open election the ballot papers of a .blt file for the same candidates: "
                       "all of them, or none if one is refused."))
{
    addPositionalArgument(QStringLiteral("ELECTION"), tr("The election's id, as “elections” lists it."));
    addPositionalArgument(QStringLiteral("BALLOTS"),
                          tr("The .blt file, naming the election's candidates in ballot order. Its papers "
                             "carry no record of who voted."));
}

int ElectionsImport::checkArguments(const QCommandLineParser& /*parser*/, const QStringList& positional)
{
    m_electionId = electionIdArgument(positional.at(1));
    if (!m_electionId)
        return ExitUsage;

    // Read in full before the mutual is opened: a bad file never touches it.
    const Result<QByteArray> content = formats::readInputFile(positional.at(2));
    if (!content)
        return refuse(content.error());
    // Its problems start "Line N:", as storage's do for the papers it refuses.
    const Result<BltElection> ballots = formats::Blt::read(*content);
    if (!ballots)
        return refuse(ballots.error());
    m_ballots = *ballots;
    return ExitSuccess;
}

int ElectionsImport::runWithMutual(storage::MutualFile& file, const QCommandLineParser& /*parser*/,
                                   const QStringList& /*positional*/)
{
    const Result<qint64> recorded = storage::ElectionRepository(file).importBlt(*m_electionId, m_ballots);
    if (!recorded)
        return refuse(recorded.error());
    writeOut(tr("Ballot papers imported: %1").arg(*recorded) + QLatin1Char('\n'));
    return ExitSuccess;
}

} // namespace mutualise::cli
