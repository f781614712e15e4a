#include "ElectionsClose.h"

#include "ElectionsResult.h"
#include "storage/ElectionRepository.h"

namespace mutualise::cli {

using namespace mutualise::domain;

ElectionsClose::ElectionsClose()
    : Command(QStringLiteral("elections close"),
              tr("Close voting in an election, count and declare who is elected, with the working."))
{
    addPositionalArgument(QStringLiteral("FILE"), tr("The .mutual file."));
    addPositionalArgument(QStringLiteral("ELECTION"), tr("The election's id, as “elections” lists it."));
}

int ElectionsClose::run(const QCommandLineParser& /*parser*/, const QStringList& positional)
{
    const std::optional<qint64> electionId = electionIdArgument(positional.at(1));
    if (!electionId)
        return ExitUsage;

    const auto file = openExisting(positional.at(0));
    if (!file)
        return refuse(file.error());
    storage::ElectionRepository elections(**file);
    const Result<Election> closed = elections.close(*electionId);
    if (!closed)
        return refuse(closed.error());
    const Result<storage::ElectionResult> result = elections.result(*electionId);
    if (!result)
        return refuse(result.error());
    const Result<ElectionsResult::Turnout> turnout = elections.turnout(*electionId);
    if (!turnout)
        return refuse(turnout.error());
    writeOut(ElectionsResult::asText(*closed, *result, *turnout));
    return ExitSuccess;
}

} // namespace mutualise::cli
