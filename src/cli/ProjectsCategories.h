#pragma once

#include "MutualCommand.h"
#include "domain/Reinvestment.h"

namespace mutualise::cli {

// `projects categories FILE [--json]`: the categories a project can be given, built-in first.
class ProjectsCategories : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProjectsCategories)

public:
    ProjectsCategories();

protected:
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    static QString asText(const QList<domain::ProjectCategory>& categories);
    static QString asJson(const QList<domain::ProjectCategory>& categories);
};

} // namespace mutualise::cli
