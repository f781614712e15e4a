#pragma once

#include "Command.h"
#include "storage/ShareLedgerRepository.h"

namespace mutualise::cli {

// `holdings FILE`: what every member holds at the end of a day, and the total.
class Holdings : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Holdings)

public:
    Holdings();

protected:
    int run(const QCommandLineParser& parser, const QStringList& positional) override;

private:
    static QString asText(const QList<storage::HoldingRow>& rows, const domain::Holding& total,
                          const domain::Mutual& mutual, const QDate& asOf);
    static QString asJson(const QList<storage::HoldingRow>& rows, const domain::Holding& total,
                          const domain::Mutual& mutual, const QDate& asOf);
};

} // namespace mutualise::cli
