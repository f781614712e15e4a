#pragma once

#include "MutualCommand.h"

namespace mutualise::cli {

// `contributions add FILE --member N --kind KIND --date DATE (--amount AMOUNT | --days D --day-rate
// AMOUNT) [--service ID] [--project ID] [--reference TEXT] [--note TEXT]`: appends a contribution and
// prints its id.
class ContributionsAdd : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(ContributionsAdd)

public:
    ContributionsAdd();

protected:
    int checkArguments(const QCommandLineParser& parser, const QStringList& positional) override;
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    std::optional<QDate> m_date;
    std::optional<qint64> m_daysHundredths;
    std::optional<qint64> m_serviceId;
    std::optional<qint64> m_projectId;
};

} // namespace mutualise::cli
