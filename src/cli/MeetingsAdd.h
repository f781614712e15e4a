#pragma once

#include "MutualCommand.h"
#include "domain/Meeting.h"

namespace mutualise::cli {

// `meetings add FILE --kind agm --date YYYY-MM-DD`: records a meeting; prints its id.
class MeetingsAdd : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(MeetingsAdd)

public:
    MeetingsAdd();

protected:
    int checkArguments(const QCommandLineParser& parser, const QStringList& positional) override;
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    // What the arguments ask for, read by checkArguments.
    std::optional<domain::MeetingKind> m_kind;
    std::optional<QDate> m_date;
    qint64 m_proxyLimit = 0;
};

} // namespace mutualise::cli
