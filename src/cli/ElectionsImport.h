#pragma once

#include "Command.h"

namespace mutualise::cli {

// `elections import FILE ELECTION BALLOTS.blt`: files in an open election the papers counted
// elsewhere (a postal ballot service, say), from a .blt file for the same candidates in the same
// order.
class ElectionsImport : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ElectionsImport)

public:
    ElectionsImport();

protected:
    int run(const QCommandLineParser& parser, const QStringList& positional) override;
};

} // namespace mutualise::cli
