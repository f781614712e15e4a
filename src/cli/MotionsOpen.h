#pragma once

#include "Command.h"

namespace mutualise::cli {

// `motions open FILE MOTION`: freezes the roll of voters as on the record date and opens voting;
// prints the roll's size, total weight and fingerprint, for the minutes.
class MotionsOpen : public Command
{
    Q_DECLARE_TR_FUNCTIONS(MotionsOpen)

public:
    MotionsOpen();

protected:
    int run(const QCommandLineParser& parser, const QStringList& positional) override;
};

} // namespace mutualise::cli
