#pragma once

#include "MutualCommand.h"

namespace mutualise::cli {

// `grants add FILE --project ID --amount AMOUNT --date DATE --resolution MOTION`: a grant from the
// community fund, approved by a carried motion; prints its id.
class GrantsAdd : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(GrantsAdd)

public:
    GrantsAdd();

protected:
    int checkArguments(const QCommandLineParser& parser, const QStringList& positional) override;
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    // What the arguments ask for, read by checkArguments.
    std::optional<qint64> m_projectId;
    std::optional<qint64> m_motionId;
    std::optional<QDate> m_date;
};

} // namespace mutualise::cli
