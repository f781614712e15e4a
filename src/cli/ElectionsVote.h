#pragma once

#include "Command.h"

namespace mutualise::cli {

// `elections vote FILE ELECTION CSV`: files the ballot papers in a CSV file in an open election, all
// of them or, when one is refused, none.
class ElectionsVote : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ElectionsVote)

public:
    ElectionsVote();

protected:
    int run(const QCommandLineParser& parser, const QStringList& positional) override;
};

} // namespace mutualise::cli
