#pragma once

#include "app/widgets/TableModel.h"
#include "domain/Error.h"

#include <QList>

#include <algorithm>
#include <optional>
#include <utility>

namespace mutualise::app {

// A table whose rows are read from storage whole, into a list, a Row a line. A model says how to read
// its rows and what a row shows in each column; this keeps the list and the read's error.
template<typename Row>
class RowListModel : public TableModel
{
public:
    std::optional<Row> rowAt(int row) const
    {
        if (row < 0 || row >= m_rows.size()) {
            return std::nullopt;
        }
        return m_rows.at(row);
    }

protected:
    using TableModel::TableModel;

    const QList<Row>& rows() const { return m_rows; }
    // What the row shows in the column, in any role but the alignment.
    virtual QVariant cell(const Row& row, int column, int role) const = 0;

    // Shows the rows read, or none and the read's error.
    void showRows(domain::Result<QList<Row>> read) { resetTo(rowsOf(std::move(read))); }

    // As showRows, except that when `isSameRow` finds the same rows in the same order they change in
    // place, so that the selection and the scroll position stay where they were.
    template<typename SameRow>
    void updateRows(domain::Result<QList<Row>> read, SameRow isSameRow)
    {
        QList<Row> rows = rowsOf(std::move(read));
        const bool isSameList = !rows.isEmpty() && rows.size() == m_rows.size()
            && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(), isSameRow);
        if (!isSameList) {
            resetTo(std::move(rows));
            return;
        }
        m_rows = std::move(rows);
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }

    template<typename Predicate>
    std::optional<int> firstRowWhere(Predicate isWanted) const
    {
        const auto found = std::find_if(m_rows.cbegin(), m_rows.cend(), isWanted);
        if (found == m_rows.cend()) {
            return std::nullopt;
        }
        return static_cast<int>(found - m_rows.cbegin());
    }

private:
    int size() const final { return static_cast<int>(m_rows.size()); }
    QVariant cellAt(int row, int column, int role) const final { return cell(m_rows.at(row), column, role); }

    void resetTo(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }

    QList<Row> rowsOf(domain::Result<QList<Row>> read)
    {
        setLastError(read ? QString() : read.error().message);
        return read ? std::move(read).value() : QList<Row>();
    }

    QList<Row> m_rows;
};

} // namespace mutualise::app
