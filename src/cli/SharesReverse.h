#pragma once

#include "Command.h"

namespace mutualise::cli {

// `shares reverse FILE ENTRY_ID`: corrects a mistake by a reversing entry; history is never edited.
class SharesReverse : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SharesReverse)

public:
    SharesReverse();

protected:
    int run(const QCommandLineParser& parser, const QStringList& positional) override;
};

} // namespace mutualise::cli
