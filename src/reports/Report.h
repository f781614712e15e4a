#pragma once

#include "domain/Money.h"
#include "storage/AuditLog.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <initializer_list>
#include <variant>

namespace mutualise::reports {

// What a column holds, which decides how each format writes it: money is an integer of minor units,
// written as a plain decimal ("1234.56") in CSV and as a number with the currency's format in a sheet.
enum class ColumnType
{
    Text,
    Integer,
    Money,
    Date,
    Percent, // a whole number of hundredths of a percent (basis points): 350 is 3.5%
};

// "text", "integer", "money", "date", "percent": the `type` of a column in JSON.
QString columnTypeKey(ColumnType type);

// Whether a column holds figures, which line up on the right: money, whole numbers and percentages.
inline bool isFigure(ColumnType type)
{
    return type == ColumnType::Money || type == ColumnType::Integer || type == ColumnType::Percent;
}

// A percentage of `basisPoints` hundredths as a plain decimal with two places: 350 is "3.50".
QString percentDecimal(qint64 basisPoints, QChar decimalPoint = u'.');

struct ReportColumn
{
    QString key; // "shares": the JSON key and the CSV header
    QString title; // "Shares": what a reader sees in a sheet or a PDF
    ColumnType type = ColumnType::Text;
    bool isTotalled = false; // a figure summed under the rows (integers and money only)
};

// A cell: nothing, a text, a whole number (minor units for money) or a date.
using ReportCell = std::variant<std::monostate, QString, qint64, QDate>;

struct ReportTable
{
    QString name; // "members": the name of its CSV file and sheet
    QString title; // "Members": its heading in a PDF when a report has more than one table
    QList<ReportColumn> columns;
    QList<QList<ReportCell>> rows; // one cell a column
    QString emptyText; // what paper says when there are no rows; empty for "Nothing to show."

    // The sum of a totalled column, worked out from the rows so that it can never disagree with them;
    // nothing when it would go beyond 64 bits.
    std::optional<qint64> total(qsizetype column) const;
};

// A cell as a reader sees it in the window and on paper, in the user's locale: money with its
// currency's symbol ("£1,234.56"), whole numbers grouped, percentages with their sign ("3.50%"), dates short,
// the lines of a text run on with commas; nothing for an empty cell.
QString cellText(const ReportCell& cell, ColumnType type, const domain::Currency& currency);

// How far writing a long report has gone, `done` rows of `total`; returns false to stop it, which leaves
// no file behind (rule "cancelled").
using Progress = std::function<bool(qint64 done, qint64 total)>;

// A part of a report that starts a page of its own on paper, under the report's title block, as a letter
// does: one member's statement or share certificate. Its heading, paragraphs of text, its tables, and
// paragraphs after them (where a certificate is signed).
struct ReportSection
{
    QString heading; // "Statement for 1001 · Ada Jones"
    QString fileName; // "statement-1001": its own file's name, when each section is written to one
    QStringList paragraphs;
    QList<ReportTable> tables;
    QStringList closing;
};

// A report's sections, each made when it is written rather than all held at once: a mutual of 100,000
// members has as many statements, and paper needs one at a time. `make` builds the section at an index,
// from figures it keeps (a report's tables, which hold the same figures).
class ReportSections
{
public:
    using Maker = std::function<ReportSection(qsizetype index)>;

    ReportSections() = default;
    ReportSections(qsizetype count, Maker make);
    // Sections made already: one statement written to a file of its own, or a test's.
    ReportSections(std::initializer_list<ReportSection> made);
    explicit ReportSections(QList<ReportSection> made);

    qsizetype size() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    ReportSection at(qsizetype index) const;

private:
    qsizetype m_count = 0;
    Maker m_make;
};

// A bar chart of a table's money, drawn on paper above the table; the other formats write the figures
// alone. A bar a row, named by the `labelColumn`, with the `valueColumns` stacked in it. With `mostBars`,
// a table of more rows shows only the rows with the largest totals, largest first (the chart's title says
// so); otherwise every row, in the table's order.
struct ReportChart
{
    QString title; // "Contributions by month"
    QString table; // the table's name
    qsizetype labelColumn = 0;
    QList<qsizetype> valueColumns;
    int mostBars = 0;
};

// A report as every format writes it: its title block, then its tables.
struct Report
{
    QString name; // "register"
    QString title; // "Register of members"
    QString mutualName;
    QString registration;
    QDate from; // a period, or
    QDate to;
    QDate asOf; // a day
    QDateTime produced; // UTC
    storage::AuditHead auditHead; // where the file's audit trail ended when the report was made
    domain::Currency currency = domain::Currency::gbp();
    QList<ReportTable> tables;
    // On paper, when there are any, these instead of the tables: the same figures a member a page, for
    // sending. The other formats write the tables, with every member in each.
    ReportSections sections;
    QList<ReportChart> charts;

    bool hasPeriod() const { return from.isValid() && to.isValid(); }
    qint64 rowCount() const;
};

} // namespace mutualise::reports
