#pragma once

#include "MutualCommand.h"

namespace mutualise::cli {

// `savings add FILE --service ID --member N --from DATE --to DATE --baseline AMOUNT --actual AMOUNT`:
// records what a service saved one member over a period; prints the saving's id.
class SavingsAdd : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(SavingsAdd)

public:
    SavingsAdd();

protected:
    int checkArguments(const QCommandLineParser& parser, const QStringList& positional) override;
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    // What the arguments ask for, read by checkArguments.
    std::optional<qint64> m_serviceId;
    std::optional<QDate> m_from;
    std::optional<QDate> m_to;
};

} // namespace mutualise::cli
