#pragma once

#include "MutualCommand.h"

namespace mutualise::cli {

// `backup FILE DEST`: writes a consistent copy of the file, even while another program has it open,
// and checks the copy as `verify` does.
class BackupCommand : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    BackupCommand();

protected:
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;
};

} // namespace mutualise::cli
