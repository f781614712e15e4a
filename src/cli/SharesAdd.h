#pragma once

#include "MutualCommand.h"
#include "domain/ShareLedger.h"

namespace mutualise::cli {

// `shares add FILE --member N --kind K --shares S --date D`: appends a movement to the share ledger.
class SharesAdd : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(SharesAdd)

public:
    SharesAdd();

protected:
    int checkArguments(const QCommandLineParser& parser, const QStringList& positional) override;
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    // The kind, or bad usage for anything but the four movements a person records directly.
    std::optional<domain::ShareEntryKind> kindOption(const QCommandLineParser& parser) const;

    // What the arguments ask for, read by checkArguments.
    std::optional<domain::ShareEntryKind> m_kind;
    bool m_isTransfer = false;
    std::optional<qint64> m_shares;
    std::optional<QDate> m_date;
};

} // namespace mutualise::cli
