#pragma once

#include "MutualCommand.h"
#include "domain/Election.h"
#include "storage/ElectionRepository.h"

namespace mutualise::cli {

// `elections result FILE ELECTION`: an election's count with all its working and who is elected:
// provisional while voting is open, as declared once it has closed.
class ElectionsResult : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(ElectionsResult)

public:
    ElectionsResult();

    // How many members voted and how many papers there are (imported papers have no voter).
    using Turnout = std::pair<qint64, qint64>;

    // The title, whether the result is declared or provisional, the papers, then the working and the
    // elected as `count` prints them. `elections close` prints the same.
    static QString asText(const domain::Election& election, const storage::ElectionResult& result,
                          const Turnout& turnout);

protected:
    int checkArguments(const QCommandLineParser& parser, const QStringList& positional) override;
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    int writePdf(storage::MutualFile& file, const QString& path, const QString& mutualPath) const;
    static QString asJson(const domain::Election& election, const storage::ElectionResult& result,
                          const Turnout& turnout);

    // What the arguments ask for, read by checkArguments.
    std::optional<qint64> m_electionId;
};

} // namespace mutualise::cli
