#pragma once

#include "MutualCommand.h"
#include "domain/Contribution.h"

namespace mutualise::cli {

// `contributions FILE [--from DATE] [--to DATE] [--by member|class|month|quarter|year] [--kind KIND]
// [--json]`: what was contributed, share capital included, in total and by kind.
class Contributions : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(Contributions)

public:
    Contributions();

protected:
    int checkArguments(const QCommandLineParser& parser, const QStringList& positional) override;
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    static QString asText(const domain::ContributionTotals& totals, const QHash<QString, QString>& kindLabels,
                          const domain::Mutual& mutual);
    static QString asJson(const domain::ContributionTotals& totals, const domain::Mutual& mutual);

    std::optional<QDate> m_from;
    std::optional<QDate> m_to;
    domain::ContributionGrouping m_grouping = domain::ContributionGrouping::Member;
};

} // namespace mutualise::cli
