#pragma once

#include "MutualCommand.h"
#include "storage/ElectionRepository.h"

namespace mutualise::cli {

// `elections import FILE ELECTION BALLOTS.blt`: files in an open election the papers counted
// elsewhere (a postal ballot service, say), from a .blt file for the same candidates in the same
// order.
class ElectionsImport : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(ElectionsImport)

public:
    ElectionsImport();

protected:
    int checkArguments(const QCommandLineParser& parser, const QStringList& positional) override;
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    // What the arguments ask for, read by checkArguments.
    std::optional<qint64> m_electionId;
    domain::BltElection m_ballots;
};

} // namespace mutualise::cli
