#pragma once

#include "Command.h"

namespace mutualise::cli {

// `elections close FILE ELECTION`: closes voting, counts, declares and stores the result; prints it as
// `elections result` does.
class ElectionsClose : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ElectionsClose)

public:
    ElectionsClose();

protected:
    int run(const QCommandLineParser& parser, const QStringList& positional) override;
};

} // namespace mutualise::cli
