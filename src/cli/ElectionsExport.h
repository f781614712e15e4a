#pragma once

#include "MutualCommand.h"
#include "domain/Election.h"

namespace mutualise::cli {

// `elections export FILE ELECTION BALLOTS.blt`: writes the papers filed so far as a .blt file, which
// `count` and other counting tools count as the election is counted; never replaces a file unless told
// to, and never the mutual itself.
class ElectionsExport : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(ElectionsExport)

public:
    ElectionsExport();

protected:
    int checkArguments(const QCommandLineParser& parser, const QStringList& positional) override;
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    // Through a temporary file: the file is replaced only once the whole of it is written.
    static domain::Outcome write(const QString& path, const QByteArray& content);
    // The `count` command that repeats the election's own count, lots drawn from the same seed.
    static QString countCommand(const domain::Election& election, const QString& path);

    // What the arguments ask for, read by checkArguments.
    std::optional<qint64> m_electionId;
};

} // namespace mutualise::cli
