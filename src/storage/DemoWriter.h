#pragma once

#include "MutualFile.h"
#include "domain/DemoMutual.h"

#include <functional>

namespace mutualise::storage {

// Writes a demo plan into a new file: the register and the ledger in one transaction with a single
// audit entry, using bulk prepared statements so that 100,000 members and their ledger take seconds,
// not minutes; then the past meetings through the repositories, as a secretary would hold them.
// `progress` (optional) is called with the fraction done, 0 to 1000.
Result<std::unique_ptr<MutualFile>> writeDemoMutual(const QString& path, const domain::DemoPlan& plan,
                                                    const QString& actor,
                                                    const std::function<void(int)>& progress = {});

} // namespace mutualise::storage
