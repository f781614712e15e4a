#pragma once

#include "MutualCommand.h"

namespace mutualise::cli {

// `contributions reverse FILE ENTRY --date DATE [--reference TEXT]`: appends the reversal of a
// contribution and prints its id.
class ContributionsReverse : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(ContributionsReverse)

public:
    ContributionsReverse();

protected:
    int checkArguments(const QCommandLineParser& parser, const QStringList& positional) override;
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    std::optional<qint64> m_entryId;
    std::optional<QDate> m_date;
};

} // namespace mutualise::cli
