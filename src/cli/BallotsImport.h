#pragma once

#include "MutualCommand.h"
#include "storage/MotionRepository.h"

namespace mutualise::cli {

// `ballots import FILE MOTION CSV`: records the ballots in a CSV file on an open motion, all of them
// or, when one is refused, none.
class BallotsImport : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(BallotsImport)

public:
    BallotsImport();

protected:
    int checkArguments(const QCommandLineParser& parser, const QStringList& positional) override;
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    // What the arguments ask for, read by checkArguments.
    std::optional<qint64> m_motionId;
    QList<storage::BallotInput> m_ballots;
};

} // namespace mutualise::cli
