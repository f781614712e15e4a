#pragma once

#include "Command.h"

namespace mutualise::cli {

// `members cease FILE NUMBER --date D`: the member leaves; the register keeps it with both dates.
class MembersCease : public Command
{
    Q_DECLARE_TR_FUNCTIONS(MembersCease)

public:
    MembersCease();

protected:
    int run(const QCommandLineParser& parser, const QStringList& positional) override;
};

} // namespace mutualise::cli
