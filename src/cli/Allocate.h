#pragma once

#include "MutualCommand.h"
#include "domain/Allocation.h"

#include <optional>

namespace mutualise::cli {

// `allocate FILE --year Y --plan PLAN.json [--dry-run] [--json]`: divides a financial year's surplus
// by the plan into reserves, interest on share capital, rebates and the community fund, to the penny,
// and records it as a draft or, with a carried resolution, as final.
class Allocate : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(Allocate)

public:
    Allocate();

protected:
    int checkArguments(const QCommandLineParser& parser, const QStringList& positional) override;
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    static QString asText(const domain::SurplusAllocation& allocation, const domain::Mutual& mutual,
                          bool isDryRun);
    static QString asJson(const domain::SurplusAllocation& allocation, const domain::Mutual& mutual,
                          bool isDryRun);

    // The plan, read and checked before the file is opened.
    std::optional<domain::AllocationPlan> m_plan;
};

} // namespace mutualise::cli
