#pragma once

#include "Command.h"
#include "storage/MemberRepository.h"

namespace mutualise::cli {

// `members FILE`: the register of members as a table or as JSON.
class Members : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Members)

public:
    Members();

protected:
    int run(const QCommandLineParser& parser, const QStringList& positional) override;

private:
    static QString asText(const QList<storage::MemberRow>& rows, const domain::Mutual& mutual);
    static QString asJson(const QList<storage::MemberRow>& rows, const domain::Mutual& mutual);
};

} // namespace mutualise::cli
