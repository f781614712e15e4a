#pragma once

#include "MutualCommand.h"
#include "domain/Meeting.h"

namespace mutualise::cli {

// `motions FILE`: every motion, in meeting order, with its rules, state and outcome.
class Motions : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(Motions)

public:
    Motions();

protected:
    int checkArguments(const QCommandLineParser& parser, const QStringList& positional) override;
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    static QString asText(const QList<domain::Motion>& motions);
    static QString asJson(const QList<domain::Motion>& motions, const domain::Mutual& mutual);

    // What the arguments ask for, read by checkArguments.
    std::optional<qint64> m_meetingId;
};

} // namespace mutualise::cli
