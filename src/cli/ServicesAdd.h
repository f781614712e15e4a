#pragma once

#include "MutualCommand.h"

namespace mutualise::cli {

// `services add FILE --name NAME --start DATE [--end DATE] [--members N1,N2] [--description TEXT]`:
// records a service the mutual provides and the members that take it; prints its id.
class ServicesAdd : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(ServicesAdd)

public:
    ServicesAdd();

protected:
    int checkArguments(const QCommandLineParser& parser, const QStringList& positional) override;
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    std::optional<QDate> m_start;
    std::optional<QDate> m_end;
};

} // namespace mutualise::cli
