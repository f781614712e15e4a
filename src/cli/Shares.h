#pragma once

#include "MutualCommand.h"
#include "storage/ShareLedgerRepository.h"

namespace mutualise::cli {

// `shares FILE`: the share ledger, line by line, as a table or as JSON.
class Shares : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(Shares)

public:
    Shares();

protected:
    int checkArguments(const QCommandLineParser& parser, const QStringList& positional) override;
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    static QString asText(const QList<storage::ShareEntryRow>& rows, const domain::Mutual& mutual);
    static QString asJson(const QList<storage::ShareEntryRow>& rows, const domain::Mutual& mutual);

    // What the arguments ask for, read by checkArguments.
    storage::ShareEntryFilter m_filter;
};

} // namespace mutualise::cli
