#pragma once

#include "MutualCommand.h"
#include "storage/ShareLedgerRepository.h"

namespace mutualise::cli {

// `holdings FILE`: what every member holds at the end of a day, and the total.
class Holdings : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(Holdings)

public:
    Holdings();

protected:
    int checkArguments(const QCommandLineParser& parser, const QStringList& positional) override;
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    static QString asText(const QList<storage::HoldingRow>& rows, const domain::Holding& total,
                          const domain::Mutual& mutual, const QDate& asOf);
    static QString asJson(const QList<storage::HoldingRow>& rows, const domain::Holding& total,
                          const domain::Mutual& mutual, const QDate& asOf);

    // What the arguments ask for, read by checkArguments.
    std::optional<QDate> m_asOf;
};

} // namespace mutualise::cli
