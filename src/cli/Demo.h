#pragma once

#include "Command.h"

namespace mutualise::cli {

// `demo FILE`: a new file holding a realistic mutual with years of history, the same for the same seed.
class Demo : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Demo)

public:
    Demo();

protected:
    int run(const QCommandLineParser& parser, const QStringList& positional) override;
};

} // namespace mutualise::cli
