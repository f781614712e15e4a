#pragma once

#include "Command.h"
#include "domain/Meeting.h"
#include "storage/MotionRepository.h"

namespace mutualise::cli {

// `ballots FILE MOTION`: who has voted on a motion, how (unless the ballot is secret) and by what
// means.
class Ballots : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Ballots)

public:
    Ballots();

protected:
    int run(const QCommandLineParser& parser, const QStringList& positional) override;

private:
    static QString asText(const domain::Motion& motion, const QList<storage::BallotRow>& rows);
    static QString asJson(const domain::Motion& motion, const QList<storage::BallotRow>& rows);
};

} // namespace mutualise::cli
