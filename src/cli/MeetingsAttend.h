#pragma once

#include "Command.h"
#include "domain/Member.h"

namespace mutualise::cli {

// `meetings attend FILE MEETING NUMBER... --as present`: records how each member attends a meeting,
// one member at a time, stopping at the first refusal.
class MeetingsAttend : public Command
{
    Q_DECLARE_TR_FUNCTIONS(MeetingsAttend)

public:
    MeetingsAttend();

protected:
    int run(const QCommandLineParser& parser, const QStringList& positional) override;
};

} // namespace mutualise::cli
