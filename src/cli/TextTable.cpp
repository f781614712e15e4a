#include "TextTable.h"

#include "domain/Text.h"

#include <QTextBoundaryFinder>

#include <algorithm>
#include <iterator>
#include <utility>

namespace mutualise::cli {

namespace {

// East Asian wide and fullwidth characters take two columns of a terminal. These common ranges (CJK,
// Hangul, kana, fullwidth forms, emoji) are enough for members' names; a rarer wide character only
// shifts the rest of its own row.
bool isWide(char32_t codePoint)
{
    static constexpr std::pair<char32_t, char32_t> wideRanges[] = {
        { 0x1100, 0x115F }, // Hangul Jamo initial consonants
        { 0x2E80, 0x303E }, // CJK radicals, Kangxi radicals, CJK symbols and punctuation
        { 0x3041, 0x33FF }, // kana, Bopomofo, Hangul compatibility Jamo, enclosed CJK
        { 0x3400, 0x4DBF }, // CJK extension A
        { 0x4E00, 0x9FFF }, // CJK unified ideographs
        { 0xA000, 0xA4CF }, // Yi
        { 0xAC00, 0xD7A3 }, // Hangul syllables
        { 0xF900, 0xFAFF }, // CJK compatibility ideographs
        { 0xFE30, 0xFE4F }, // CJK compatibility forms
        { 0xFF00, 0xFF60 }, // fullwidth forms
        { 0xFFE0, 0xFFE6 }, // fullwidth signs
        { 0x1F300, 0x1F64F }, // pictographs and emoticons
        { 0x1F900, 0x1F9FF }, // supplemental pictographs
        { 0x20000, 0x3FFFD }, // CJK extensions B and later
    };
    return std::any_of(std::cbegin(wideRanges), std::cend(wideRanges), [codePoint](const auto& range) {
        return range.first <= codePoint && codePoint <= range.second;
    });
}

char32_t codePointAt(const QString& text, qsizetype index)
{
    const QChar first = text.at(index);
    if (first.isHighSurrogate() && index + 1 < text.size() && text.at(index + 1).isLowSurrogate())
        return QChar::surrogateToUcs4(first, text.at(index + 1));
    return first.unicode();
}

// The columns a terminal gives the text: one per grapheme cluster, so that a letter with combining
// accents counts once, and two for a cluster that starts with a wide character.
qsizetype displayWidth(const QString& text)
{
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    qsizetype width = 0;
    qsizetype start = 0;
    for (qsizetype end = graphemes.toNextBoundary(); end > start; end = graphemes.toNextBoundary()) {
        width += isWide(codePointAt(text, start)) ? 2 : 1;
        start = end;
    }
    return width;
}

// A cell as the terminal may show it: an escape or a line break that an older file holds in a name
// is printed as \x1b or \n, so that it can neither rewrite the terminal nor split the row.
QStringList visibleCells(const QStringList& cells)
{
    QStringList visible;
    visible.reserve(cells.size());
    for (const QString& cell : cells)
        visible.append(domain::visibleText(cell));
    return visible;
}

QString padded(const QString& cell, qsizetype width, TextTable::Alignment alignment)
{
    const QString spaces(std::max<qsizetype>(0, width - displayWidth(cell)), QLatin1Char(' '));
    return alignment == TextTable::Alignment::Right ? spaces + cell : cell + spaces;
}

} // namespace

TextTable::TextTable(QList<Column> columns)
    : m_columns(std::move(columns))
{ }

void TextTable::addRow(const QStringList& cells)
{
    Q_ASSERT(cells.size() == m_columns.size());
    m_rows.append(visibleCells(cells));
}

void TextTable::addFooter(const QStringList& cells)
{
    Q_ASSERT(cells.size() == m_columns.size());
    m_footer.append(visibleCells(cells));
}

QList<qsizetype> TextTable::columnWidths() const
{
    QList<qsizetype> widths;
    for (const Column& column : m_columns)
        widths.append(displayWidth(column.heading));
    const auto widen = [&widths](const QList<QStringList>& rows) {
        for (const QStringList& row : rows) {
            for (qsizetype i = 0; i < row.size(); ++i)
                widths[i] = std::max(widths.at(i), displayWidth(row.at(i)));
        }
    };
    widen(m_rows);
    widen(m_footer);
    return widths;
}

QString TextTable::renderRow(const QStringList& cells, const QList<qsizetype>& widths) const
{
    QStringList paddedCells;
    for (qsizetype i = 0; i < cells.size(); ++i)
        paddedCells.append(padded(cells.at(i), widths.at(i), m_columns.at(i).alignment));
    QString line = paddedCells.join(QStringLiteral("  "));
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
