// The allocation plan reader (domain::parseAllocationPlan): whatever the bytes, a refusal names its
// rule, and a plan read is written back to JSON that reads as the same plan.
#include "FuzzTarget.h"
#include "domain/Allocation.h"

#include <QJsonDocument>

using namespace mutualise;

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto plan = domain::parseAllocationPlan(json);
    if (!plan) {
        requireThat(!plan.error().rule.isEmpty() && !plan.error().message.isEmpty(),
                    "a refused plan is told why, by a rule");
        return 0;
    }
    const auto again
        = domain::parseAllocationPlan(QJsonDocument(domain::allocationPlanToJson(*plan)).toJson());
    requireThat(again.isOk() && *again == *plan, "a plan read is written back as the same plan");
    return 0;
}
