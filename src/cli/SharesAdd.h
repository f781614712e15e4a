#pragma once

#include "Command.h"
#include "domain/ShareLedger.h"

namespace mutualise::cli {

// `shares add FILE --member N --kind K --shares S --date D`: appends a movement to the share ledger.
class SharesAdd : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SharesAdd)

public:
    SharesAdd();

protected:
    int run(const QCommandLineParser& parser, const QStringList& positional) override;

private:
    // The kind, or bad usage for anything but the four movements a person records directly.
    std::optional<domain::ShareEntryKind> kindOption(const QCommandLineParser& parser) const;
};

} // namespace mutualise::cli
