#pragma once

#include "MutualCommand.h"
#include "storage/ProjectRepository.h"

namespace mutualise::cli {

// `projects FILE [--json]`: the community fund's balance and every project with what it has been
// granted, pledged and paid.
class Projects : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(Projects)

public:
    Projects();

protected:
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    static QString asText(const QList<storage::ProjectRow>& rows, qint64 balance, qint64 granted,
                          const domain::Mutual& mutual);
    static QString asJson(const QList<storage::ProjectRow>& rows, qint64 balance, qint64 granted,
                          const domain::Mutual& mutual);
};

} // namespace mutualise::cli
