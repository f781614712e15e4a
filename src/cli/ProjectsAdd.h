#pragma once

#include "MutualCommand.h"
#include "domain/Reinvestment.h"

namespace mutualise::cli {

// `projects add FILE --title T --category C --target AMOUNT ...`: proposes a project for the community
// fund; prints its id.
class ProjectsAdd : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProjectsAdd)

public:
    ProjectsAdd();

protected:
    int checkArguments(const QCommandLineParser& parser, const QStringList& positional) override;
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    // What the arguments ask for, read by checkArguments.
    std::optional<QDate> m_startsOn;
    std::optional<QDate> m_endsOn;
};

} // namespace mutualise::cli
