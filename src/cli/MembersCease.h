#pragma once

#include "MutualCommand.h"

namespace mutualise::cli {

// `members cease FILE NUMBER --date D`: the member leaves; the register keeps it with both dates.
class MembersCease : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(MembersCease)

public:
    MembersCease();

protected:
    int checkArguments(const QCommandLineParser& parser, const QStringList& positional) override;
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    // What the arguments ask for, read by checkArguments.
    std::optional<QDate> m_date;
};

} // namespace mutualise::cli
