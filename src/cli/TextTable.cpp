#include "TextTable.h"

#include <algorithm>

namespace mutualise::cli {

TextTable::TextTable(QList<Column> columns)
    : m_columns(std::move(columns))
{ }

void TextTable::addRow(const QStringList& cells)
{
    Q_ASSERT(cells.size() == m_columns.size());
    m_rows.append(cells);
}

void TextTable::addFooter(const QStringList& cells)
{
    Q_ASSERT(cells.size() == m_columns.size());
    m_footer.append(cells);
}

QList<qsizetype> TextTable::columnWidths() const
{
    QList<qsizetype> widths;
    for (const Column& column : m_columns)
        widths.append(column.heading.size());
    const auto widen = [&widths](const QList<QStringList>& rows) {
        for (const QStringList& row : rows) {
            for (qsizetype i = 0; i < row.size(); ++i)
                widths[i] = std::max(widths.at(i), row.at(i).size());
        }
    };
    widen(m_rows);
    widen(m_footer);
    return widths;
}

QString TextTable::renderRow(const QStringList& cells, const QList<qsizetype>& widths) const
{
    QStringList padded;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const bool isLast = i + 1 == cells.size();
        if (m_columns.at(i).alignment == Alignment::Right)
            padded.append(cells.at(i).rightJustified(widths.at(i)));
        else
            padded.append(isLast ? cells.at(i) : cells.at(i).leftJustified(widths.at(i)));
    }
    QString line = padded.join(QStringLiteral("  "));
    while (line.endsWith(QLatin1Char(' ')))
        line.chop(1);
    return line + QLatin1Char('\n');
}

QString TextTable::render() const
{
    const QList<qsizetype> widths = columnWidths();
    QStringList headings;
    for (const Column& column : m_columns)
        headings.append(column.heading);

    QString text = renderRow(headings, widths);
    qsizetype totalWidth = 2 * (widths.size() - 1);
    for (const qsizetype width : widths)
        totalWidth += width;
    const QString rule = QString(totalWidth, QLatin1Char('-')) + QLatin1Char('\n');
    text += rule;
    for (const QStringList& row : m_rows)
        text += renderRow(row, widths);
    if (!m_footer.isEmpty()) {
        text += rule;
        for (const QStringList& row : m_footer)
            text += renderRow(row, widths);
    }
    return text;
}

} // namespace mutualise::cli
