#pragma once

#include "MutualCommand.h"
#include "storage/MemberRepository.h"

namespace mutualise::cli {

// `members FILE`: the register of members as a table or as JSON.
class Members : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(Members)

public:
    Members();

protected:
    int checkArguments(const QCommandLineParser& parser, const QStringList& positional) override;
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    static QString asText(const QList<storage::MemberRow>& rows, const domain::Mutual& mutual);
    static QString asJson(const QList<storage::MemberRow>& rows, const domain::Mutual& mutual);

    // What the arguments ask for, read by checkArguments.
    storage::MemberQuery m_query;
};

} // namespace mutualise::cli
