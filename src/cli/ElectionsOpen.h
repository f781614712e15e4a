#pragma once

#include "MutualCommand.h"

namespace mutualise::cli {

// `elections open FILE ELECTION`: freezes the roll of members eligible on the record date and opens
// voting; prints the roll's size and fingerprint, for the minutes.
class ElectionsOpen : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(ElectionsOpen)

public:
    ElectionsOpen();

protected:
    int checkArguments(const QCommandLineParser& parser, const QStringList& positional) override;
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    // What the arguments ask for, read by checkArguments.
    std::optional<qint64> m_electionId;
    std::optional<QDate> m_recordDate;
};

} // namespace mutualise::cli
