#pragma once

#include "MutualCommand.h"

namespace mutualise::cli {

// `motions close FILE MOTION`: closes voting, declares and stores the result; prints it as `tally`
// does.
class MotionsClose : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(MotionsClose)

public:
    MotionsClose();

protected:
    int checkArguments(const QCommandLineParser& parser, const QStringList& positional) override;
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    // What the arguments ask for, read by checkArguments.
    std::optional<qint64> m_motionId;
};

} // namespace mutualise::cli
