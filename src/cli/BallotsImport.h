#pragma once

#include "Command.h"

namespace mutualise::cli {

// `ballots import FILE MOTION CSV`: records the ballots in a CSV file on an open motion, all of them
// or, when one is refused, none.
class BallotsImport : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BallotsImport)

public:
    BallotsImport();

protected:
    int run(const QCommandLineParser& parser, const QStringList& positional) override;
};

} // namespace mutualise::cli
