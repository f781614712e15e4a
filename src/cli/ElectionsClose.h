#pragma once

#include "MutualCommand.h"

namespace mutualise::cli {

// `elections close FILE ELECTION`: closes voting, counts, declares and stores the result; prints it as
// `elections result` does.
class ElectionsClose : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(ElectionsClose)

public:
    ElectionsClose();

protected:
    int checkArguments(const QCommandLineParser& parser, const QStringList& positional) override;
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    // What the arguments ask for, read by checkArguments.
    std::optional<qint64> m_electionId;
};

} // namespace mutualise::cli
