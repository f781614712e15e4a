#pragma once

#include "MutualCommand.h"

namespace mutualise::cli {

// `members add FILE --number N --name NAME --class CLASS`: admits a member (or records an applicant).
class MembersAdd : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(MembersAdd)

public:
    MembersAdd();

protected:
    int checkArguments(const QCommandLineParser& parser, const QStringList& positional) override;
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    // What the arguments ask for, read by checkArguments.
    std::optional<domain::MemberStatus> m_status;
    std::optional<QDate> m_admitted;
};

} // namespace mutualise::cli
