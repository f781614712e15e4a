#pragma once

#include <QAbstractTableModel>
#include <QString>
#include <QStringList>

namespace mutualise::app {

// What the tables of the window have in common: a fixed set of columns with their headings, each
// column's alignment said once for its cells (and, if the model wants, its heading), and cells asked
// for one role at a time. A model says how many rows it has and what each cell holds; this answers
// the rest of QAbstractTableModel, the same way for every table.
class TableModel : public QAbstractTableModel
{
public:
    // Whether the headings line up as their columns' cells do, or keep the header's own alignment.
    enum class Headings
    {
        HeaderAligned,
        ColumnAligned,
    };

    // The role a sorted view orders rows by: a number, a date or a text that sorts as the column
    // should (an amount by its minor units, not by its formatted text). A model that answers nothing
    // there is sorted by what the cell shows.
    static constexpr int SortRole = Qt::UserRole + 1000;

    // The storage error of the last read, if it failed; empty otherwise.
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    TableModel(int columnCount, Headings headings, QObject* parent);

    virtual int size() const = 0;
    // One heading a column, in order; translated each time, so that a change of language shows.
    virtual QStringList headings() const = 0;
    // The cell's data in any role but the alignment; `row` and `column` are inside the table.
    virtual QVariant cellAt(int row, int column, int role) const = 0;
    // How the column's cells are aligned; none, so the view's own, unless the model says otherwise.
    virtual Qt::Alignment alignment(int column) const;

    // Const: the tables that fetch their rows as they are shown meet errors in const functions.
    void setLastError(const QString& error) const { m_lastError = error; }

private:
    int m_columnCount = 0;
    Headings m_headings = Headings::HeaderAligned;
    mutable QString m_lastError;
};

} // namespace mutualise::app
