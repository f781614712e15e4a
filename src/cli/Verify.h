#pragma once

#include "MutualCommand.h"
#include "storage/Verify.h"

namespace mutualise::cli {

// `verify FILE [--head ENTRY HASH]`: checks that the file is what the program made of it, and that its
// audit trail still passes through an entry a report recorded. Exits 0 when everything holds, 1 when
// anything does not.
class Verify : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(Verify)

public:
    Verify();

protected:
    int checkArguments(const QCommandLineParser& parser, const QStringList& positional) override;
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    static QString asText(const storage::VerifyReport& report, const QString& path);
    static QString asJson(const storage::VerifyReport& report);

    // The entry and hash given with --head, read by checkArguments.
    std::optional<storage::AuditHead> m_head;
};

} // namespace mutualise::cli
