#pragma once

#include "MutualCommand.h"

namespace mutualise::cli {

// `pledges add FILE --project ID --member N --amount AMOUNT --date DATE`: a member's pledge to a
// proposed or approved project; prints its id.
class PledgesAdd : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(PledgesAdd)

public:
    PledgesAdd();

protected:
    int checkArguments(const QCommandLineParser& parser, const QStringList& positional) override;
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    // What the arguments ask for, read by checkArguments.
    std::optional<qint64> m_projectId;
    std::optional<QDate> m_date;
};

} // namespace mutualise::cli
