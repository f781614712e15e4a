#pragma once

#include "MutualCommand.h"

namespace mutualise::cli {

// `motions open FILE MOTION`: freezes the roll of voters as on the record date and opens voting;
// prints the roll's size, total weight and fingerprint, for the minutes.
class MotionsOpen : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(MotionsOpen)

public:
    MotionsOpen();

protected:
    int checkArguments(const QCommandLineParser& parser, const QStringList& positional) override;
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    // What the arguments ask for, read by checkArguments.
    std::optional<qint64> m_motionId;
    std::optional<QDate> m_recordDate;
};

} // namespace mutualise::cli
