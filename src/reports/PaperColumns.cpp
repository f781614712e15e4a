#include "PaperColumns.h"

#include "ReportPdf.h"

#include <queue>

#include <algorithm>
#include <vector>

namespace mutualise::reports {

namespace {

// How many of a text column's longest texts are measured for its natural width: the rest are shorter.
constexpr int measuredTexts = 40;

} // namespace

// How wide each column would like to be: its widest text, and the widest word of its heading.
QList<qreal> PaperColumns::naturalWidths(const ReportTable& table, QList<qreal>& narrowest) const
{
    QList<qreal> natural;
    for (qsizetype column = 0; column < table.columns.size(); ++column) {
        const ReportColumn& about = table.columns.at(column);
        qreal headingWord = 0;
        for (const QString& word : about.title.split(u' ', Qt::SkipEmptyParts))
            headingWord = std::max(headingWord, bold.horizontalAdvance(word));
        qreal widest = 0;
        for (const QString& sample : longestTexts(table, column))
            widest = std::max(widest, body.horizontalAdvance(sample));
        if (about.isTotalled) {
            if (const std::optional<qint64> total = table.total(column))
                widest = std::max(widest, bold.horizontalAdvance(cellText(*total, about.type, currency)));
        }
        if (column == 0 && about.type == ColumnType::Text)
            widest = std::max(widest, bold.horizontalAdvance(ReportPdf::tr("Total")));
        // A little to spare: a text laid out in lines is measured a shade wider than in one piece.
        natural.append(std::max(widest, headingWord) * 1.02 + 2 * padding);
        const qreal fewLetters = 8 * body.averageCharWidth();
        narrowest.append(about.type == ColumnType::Text
                             ? std::min(natural.constLast(), std::max(headingWord, fewLetters) + 2 * padding)
                             : natural.constLast());
    }
    return natural;
}

// The texts of a column that can be its widest: for figures, the largest and the smallest; for
// dates, any; for text, the longest few by their number of characters.
QStringList PaperColumns::longestTexts(const ReportTable& table, qsizetype column) const
{
    const ColumnType type = table.columns.at(column).type;
    QStringList samples;
    if (isFigure(type)) {
        std::optional<qint64> largest;
        std::optional<qint64> smallest;
        for (const QList<ReportCell>& row : table.rows) {
            if (const auto* number = std::get_if<qint64>(&row.at(column))) {
                largest = std::max(largest.value_or(*number), *number);
                smallest = std::min(smallest.value_or(*number), *number);
            }
        }
        for (const auto& figure : { largest, smallest }) {
            if (figure)
                samples.append(cellText(*figure, type, currency));
        }
        return samples;
    }
    if (type == ColumnType::Date) {
        samples.append(cellText(QDate(2000, 12, 28), type, currency));
        return samples;
    }
    using Length = std::pair<qsizetype, qsizetype>; // characters, row
    std::priority_queue<Length, std::vector<Length>, std::greater<>> longest;
    for (qsizetype row = 0; row < table.rows.size(); ++row) {
        const auto* cell = std::get_if<QString>(&table.rows.at(row).at(column));
        if (!cell)
            continue;
        longest.push({ cell->size(), row });
        if (longest.size() > measuredTexts)
            longest.pop();
    }
    while (!longest.empty()) {
        samples.append(cellText(table.rows.at(longest.top().second).at(column), type, currency));
        longest.pop();
    }
    return samples;
}

// Figures, dates and short texts as wide as they need; what is left shared among the texts, the
// narrowest first, each given no more than it needs.
QList<qreal> PaperColumns::widths(const ReportTable& table) const
{
    QList<qreal> narrowest;
    QList<qreal> widths = naturalWidths(table, narrowest);
    qreal fixed = 0;
    QList<qsizetype> texts;
    for (qsizetype column = 0; column < widths.size(); ++column) {
        if (table.columns.at(column).type == ColumnType::Text)
            texts.append(column);
        else
            fixed += widths.at(column);
    }
    qreal left = room - fixed;
    qreal wanted = 0;
    qreal least = 0;
    for (qsizetype column : texts) {
        wanted += widths.at(column);
        least += narrowest.at(column);
    }
    // With room to spare, a figure's heading goes on one line ("At the start") rather than a word a line.
    QList<qreal> wholeHeadings(widths.size(), 0);
    qreal headingsNeed = 0;
    for (qsizetype column = 0; column < widths.size(); ++column) {
        if (table.columns.at(column).type == ColumnType::Text)
            continue;
        wholeHeadings[column] = bold.horizontalAdvance(table.columns.at(column).title) * 1.02 + 2 * padding;
        headingsNeed += std::max<qreal>(0, wholeHeadings.at(column) - widths.at(column));
    }
    if (headingsNeed > 0 && wanted + headingsNeed <= left) {
        for (qsizetype column = 0; column < widths.size(); ++column)
            widths[column] = std::max(widths.at(column), wholeHeadings.at(column));
        left -= headingsNeed;
    }
    if (wanted <= left) {
        // Room to spare: the longer texts share it, so that the table is as wide as the page, and a
        // column of short codes (a member's number) stays narrow.
        qreal longer = 0;
        for (qsizetype column : texts)
            longer += widths.at(column) - narrowest.at(column);
        if (longer <= 0)
            return widths;
        for (qsizetype column : texts)
            widths[column] += (left - wanted) * (widths.at(column) - narrowest.at(column)) / longer;
        return widths;
    }
    if (least >= left || fixed >= room) {
        // Too many columns for the page: all of them narrower, in proportion.
        const qreal total = fixed + least;
        for (qsizetype column = 0; column < widths.size(); ++column) {
            const qreal base = table.columns.at(column).type == ColumnType::Text ? narrowest.at(column)
                                                                                 : widths.at(column);
            widths[column] = base * room / total;
        }
        return widths;
    }
    // Each text its natural width if that is no more than an even share of what is left, the rest
    // an even share of what remains after those.
    QList<qsizetype> open = texts;
    std::sort(open.begin(), open.end(),
              [&widths](qsizetype a, qsizetype b) { return widths.at(a) < widths.at(b); });
    qsizetype next = 0;
    while (next < open.size()) {
        const qreal share = left / static_cast<qreal>(open.size() - next);
        const qsizetype column = open.at(next);
        if (widths.at(column) > share)
            break;
        left -= widths.at(column);
        ++next;
    }
    for (qsizetype index = next; index < open.size(); ++index) {
        const qsizetype column = open.at(index);
        widths[column] = std::max(narrowest.at(column), left / static_cast<qreal>(open.size() - next));
    }
    return widths;
}

} // namespace mutualise::reports
