#pragma once

#include "Command.h"

namespace mutualise::cli {

// `members add FILE --number N --name NAME --class CLASS`: admits a member (or records an applicant).
class MembersAdd : public Command
{
    Q_DECLARE_TR_FUNCTIONS(MembersAdd)

public:
    MembersAdd();

protected:
    int run(const QCommandLineParser& parser, const QStringList& positional) override;
};

} // namespace mutualise::cli
