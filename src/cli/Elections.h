#pragma once

#include "MutualCommand.h"
#include "domain/Election.h"

namespace mutualise::cli {

// `elections FILE`: the elections, by meeting, with their seats, method, state and, once declared,
// who was elected.
class Elections : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(Elections)

public:
    Elections();

protected:
    int checkArguments(const QCommandLineParser& parser, const QStringList& positional) override;
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    // An election with what the listing shows beside it.
    struct Listed
    {
        domain::Election election;
        QList<domain::Candidate> candidates;
        QStringList candidateNumbers; // the member number of each candidate standing as a member
        std::pair<qint64, qint64> turnout; // members who voted, papers
        std::optional<QStringList> elected; // once declared
    };

    static domain::Result<QList<Listed>> listed(storage::MutualFile& file, std::optional<qint64> meetingId);
    static QString asText(const QList<Listed>& elections);
    static QString asJson(const QList<Listed>& elections, const domain::Mutual& mutual);

    // What the arguments ask for, read by checkArguments.
    std::optional<qint64> m_meetingId;
};

} // namespace mutualise::cli
