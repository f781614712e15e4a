#pragma once

#include "Command.h"

namespace mutualise::cli {

// `motions close FILE MOTION`: closes voting, declares and stores the result; prints it as `tally`
// does.
class MotionsClose : public Command
{
    Q_DECLARE_TR_FUNCTIONS(MotionsClose)

public:
    MotionsClose();

protected:
    int run(const QCommandLineParser& parser, const QStringList& positional) override;
};

} // namespace mutualise::cli
