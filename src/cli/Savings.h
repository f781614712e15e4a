#pragma once

#include "MutualCommand.h"
#include "domain/Savings.h"

namespace mutualise::cli {

// `savings FILE [--year Y] [--by member|service|class|year] [--json]`: the baselines, actual costs and
// savings of the services, totalled by member, service, member class or financial year.
class Savings : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(Savings)

public:
    Savings();

protected:
    int checkArguments(const QCommandLineParser& parser, const QStringList& positional) override;
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    QString asText(const domain::SavingsTotals& totals, const domain::Mutual& mutual) const;
    QString asJson(const domain::SavingsTotals& totals, const domain::Mutual& mutual) const;
    QString keyHeading() const;

    // What the arguments ask for, read by checkArguments.
    domain::SavingsGrouping m_grouping = domain::SavingsGrouping::Member;
    std::optional<int> m_year;
};

} // namespace mutualise::cli
