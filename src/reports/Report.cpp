#include "Report.h"

#include <QtNumeric>

namespace mutualise::reports {

QString columnTypeKey(ColumnType type)
{
    switch (type) {
    case ColumnType::Text:
        return QStringLiteral("text");
    case ColumnType::Integer:
        return QStringLiteral("integer");
    case ColumnType::Money:
        return QStringLiteral("money");
    case ColumnType::Date:
        return QStringLiteral("date");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<qint64> ReportTable::total(qsizetype column) const
{
    qint64 sum = 0;
    for (const QList<ReportCell>& row : rows) {
        if (const auto* number = std::get_if<qint64>(&row.at(column));
            number && qAddOverflow(sum, *number, &sum))
            return std::nullopt;
    }
    return sum;
}

} // namespace mutualise::reports
