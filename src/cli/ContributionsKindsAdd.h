#pragma once

#include "MutualCommand.h"

namespace mutualise::cli {

// `contributions kinds add FILE --key KEY --label LABEL`: adds a kind of contribution of the mutual's
// own, such as "sponsorship".
class ContributionsKindsAdd : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(ContributionsKindsAdd)

public:
    ContributionsKindsAdd();

protected:
    int checkArguments(const QCommandLineParser& parser, const QStringList& positional) override;
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;
};

} // namespace mutualise::cli
