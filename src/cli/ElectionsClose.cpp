#include "ElectionsClose.h"

#include "ElectionsResult.h"
#include "storage/ElectionRepository.h"

namespace mutualise::cli {

using namespace mutualise::domain;

ElectionsClose::ElectionsClose()
    : MutualCommand(QStringLiteral("elections close"),
                    tr("Close voting in an election, count and declare who is elected, with the working."))
{
    addPositionalArgument(QStringLiteral("ELECTION"), tr("The election's id, as “elections” lists it."));
}

int ElectionsClose::checkArguments(const QCommandLineParser& /*parser*/, const QStringList& positional)
{
    m_electionId = electionIdArgument(positional.at(1));
    if (!m_electionId)
        return ExitUsage;
    return ExitSuccess;
}

int ElectionsClose::runWithMutual(storage::MutualFile& file, const QCommandLineParser& /*parser*/,
                                  const QStringList& /*positional*/)
{
    storage::ElectionRepository elections(file);
    const Result<Election> closed = elections.close(*m_electionId);
    if (!closed)
        return refuse(closed.error());
    const Result<storage::ElectionResult> result = elections.result(*m_electionId);
    if (!result)
        return refuse(result.error());
    const Result<ElectionsResult::Turnout> turnout = elections.turnout(*m_electionId);
    if (!turnout)
        return refuse(turnout.error());
    writeOut(ElectionsResult::asText(*closed, *result, *turnout));
    return ExitSuccess;
}

} // namespace mutualise::cli
