#pragma once

#include <QtGlobal>

#include <optional>

namespace mutualise::storage {

// Which members a report covers: all of them, one, or one class.
struct ReportFilter
{
    std::optional<qint64> memberId = {};
    std::optional<qint64> classId = {};
};

} // namespace mutualise::storage
