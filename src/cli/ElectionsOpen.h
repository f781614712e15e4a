#pragma once

#include "Command.h"

namespace mutualise::cli {

// `elections open FILE ELECTION`: freezes the roll of members eligible on the record date and opens
// voting; prints the roll's size and fingerprint, for the minutes.
class ElectionsOpen : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ElectionsOpen)

public:
    ElectionsOpen();

protected:
    int run(const QCommandLineParser& parser, const QStringList& positional) override;
};

} // namespace mutualise::cli
