#pragma once

#include "Command.h"

namespace mutualise::cli {

// `meetings add FILE --kind agm --date YYYY-MM-DD`: records a meeting; prints its id.
class MeetingsAdd : public Command
{
    Q_DECLARE_TR_FUNCTIONS(MeetingsAdd)

public:
    MeetingsAdd();

protected:
    int run(const QCommandLineParser& parser, const QStringList& positional) override;
};

} // namespace mutualise::cli
