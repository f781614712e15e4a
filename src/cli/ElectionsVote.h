#pragma once

#include "MutualCommand.h"
#include "storage/ElectionRepository.h"

namespace mutualise::cli {

// `elections vote FILE ELECTION CSV`: files the ballot papers in a CSV file in an open election, all
// of them or, when one is refused, none.
class ElectionsVote : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(ElectionsVote)

public:
    ElectionsVote();

protected:
    int checkArguments(const QCommandLineParser& parser, const QStringList& positional) override;
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    // What the arguments ask for, read by checkArguments.
    std::optional<qint64> m_electionId;
    QList<storage::PaperInput> m_papers;
};

} // namespace mutualise::cli
