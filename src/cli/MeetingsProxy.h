#pragma once

#include "MutualCommand.h"
#include "domain/Member.h"
#include "domain/Vote.h"

namespace mutualise::cli {

// `meetings proxy FILE MEETING --member NUMBER --proxy NUMBER`: appoints (or replaces) a member's
// proxy for a meeting, another member or the chair, optionally directed how to vote; with --revoke,
// withdraws it.
class MeetingsProxy : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(MeetingsProxy)

public:
    MeetingsProxy();

protected:
    int checkArguments(const QCommandLineParser& parser, const QStringList& positional) override;
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    // What the options ask for, checked before the file is opened.
    struct Request
    {
        bool isRevocation = false;
        std::optional<QString> holderNumber; // nothing: the chair
        std::optional<domain::Choice> direction;
    };

    // Nullopt after refuseUsage.
    std::optional<Request> requestFrom(const QCommandLineParser& parser) const;
    static int revoke(storage::MutualFile& file, qint64 meetingId, const domain::Member& member);
    static int appoint(storage::MutualFile& file, qint64 meetingId, const domain::Member& member,
                       const Request& request);

    // What the arguments ask for, read by checkArguments.
    std::optional<qint64> m_meetingId;
    std::optional<Request> m_request;
};

} // namespace mutualise::cli
