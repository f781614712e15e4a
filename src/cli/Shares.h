#pragma once

#include "Command.h"
#include "storage/ShareLedgerRepository.h"

namespace mutualise::cli {

// `shares FILE`: the share ledger, line by line, as a table or as JSON.
class Shares : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Shares)

public:
    Shares();

protected:
    int run(const QCommandLineParser& parser, const QStringList& positional) override;

private:
    static QString asText(const QList<storage::ShareEntryRow>& rows, const domain::Mutual& mutual);
    static QString asJson(const QList<storage::ShareEntryRow>& rows, const domain::Mutual& mutual);
};

} // namespace mutualise::cli
