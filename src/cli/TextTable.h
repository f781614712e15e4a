#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mutualise::cli {

// A plain-text table for the terminal: a header, rows, columns padded to their widest cell, figures
// aligned to the right so that digits line up. Cells are printed as domain::visibleText shows them,
// so that a control character stored in a name is seen as an escape (\x1b, \n) and one member is
// always one row.
class TextTable
{
public:
    enum class Alignment
    {
        Left,
        Right,
    };

    struct Column
    {
        QString heading;
        Alignment alignment = Alignment::Left;
    };

    explicit TextTable(QList<Column> columns);

    void addRow(const QStringList& cells);
    // A rule under the rows, then a closing row such as a total.
    void addFooter(const QStringList& cells);

    QString render() const;

private:
    QString renderRow(const QStringList& cells, const QList<qsizetype>& widths) const;
    QList<qsizetype> columnWidths() const;

    QList<Column> m_columns;
    QList<QStringList> m_rows;
    QList<QStringList> m_footer;
};

} // namespace mutualise::cli
