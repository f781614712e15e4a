#pragma once

#include "MutualCommand.h"
#include "domain/Member.h"
#include "domain/Vote.h"

namespace mutualise::cli {

// `meetings attend FILE MEETING NUMBER... --as present`: records how each member attends a meeting,
// one member at a time, stopping at the first refusal.
class MeetingsAttend : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(MeetingsAttend)

public:
    MeetingsAttend();

protected:
    int checkArguments(const QCommandLineParser& parser, const QStringList& positional) override;
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    // What the arguments ask for, read by checkArguments.
    std::optional<qint64> m_meetingId;
    std::optional<domain::Attendance> m_attendance;
};

} // namespace mutualise::cli
