#pragma once

#include "MutualCommand.h"
#include "domain/Reinvestment.h"

namespace mutualise::cli {

// `projects update FILE ID [--status S] [--outcomes TEXT] ...`: changes what the options name and
// leaves the rest as it is.
class ProjectsUpdate : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProjectsUpdate)

public:
    ProjectsUpdate();

protected:
    int checkArguments(const QCommandLineParser& parser, const QStringList& positional) override;
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    // What the arguments ask for, read by checkArguments.
    std::optional<qint64> m_projectId;
    std::optional<domain::ProjectStatus> m_status;
    std::optional<QDate> m_startsOn;
    std::optional<QDate> m_endsOn;
};

} // namespace mutualise::cli
