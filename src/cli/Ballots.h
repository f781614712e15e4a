#pragma once

#include "MutualCommand.h"
#include "domain/Meeting.h"
#include "storage/MotionRepository.h"

namespace mutualise::cli {

// `ballots FILE MOTION`: who has voted on a motion, how (unless the ballot is secret) and by what
// means.
class Ballots : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(Ballots)

public:
    Ballots();

protected:
    int checkArguments(const QCommandLineParser& parser, const QStringList& positional) override;
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    static QString asText(const domain::Motion& motion, const QList<storage::BallotRow>& rows);
    static QString asJson(const domain::Motion& motion, const QList<storage::BallotRow>& rows);

    // What the arguments ask for, read by checkArguments.
    std::optional<qint64> m_motionId;
};

} // namespace mutualise::cli
