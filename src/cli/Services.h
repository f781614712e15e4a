#pragma once

#include "MutualCommand.h"
#include "domain/Contribution.h"

namespace mutualise::cli {

// `services FILE [--json]`: the services the mutual provides and the members that take each.
class Services : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(Services)

public:
    Services();

protected:
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    static QString asText(const QList<domain::Service>& services, const QHash<qint64, QString>& numbers,
                          const domain::Mutual& mutual);
    static QString asJson(const QList<domain::Service>& services, const QHash<qint64, QString>& numbers);
};

} // namespace mutualise::cli
