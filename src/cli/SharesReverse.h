#pragma once

#include "MutualCommand.h"

namespace mutualise::cli {

// `shares reverse FILE ENTRY_ID`: corrects a mistake by a reversing entry; history is never edited.
class SharesReverse : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(SharesReverse)

public:
    SharesReverse();

protected:
    int checkArguments(const QCommandLineParser& parser, const QStringList& positional) override;
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    // What the arguments ask for, read by checkArguments.
    std::optional<qint64> m_entryId;
    std::optional<QDate> m_date;
};

} // namespace mutualise::cli
