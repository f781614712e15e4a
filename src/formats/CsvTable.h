#pragma once

#include "domain/Error.h"
#include "formats/TextLines.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <type_traits>

namespace mutualise::formats {

// Rows of a CSV file as a spreadsheet saves one: UTF-8 text (a byte-order mark is allowed), fields
// quoted as RFC 4180 says ("a ""b""" for a "b"), lines ending in LF or CRLF, blank lines skipped. Rows
// are read one at a time, as the reader of a particular file (storage::BallotCsv, storage::PaperCsv)
// asks for them, so that it stops at the first row that cannot be valid and a blank line costs nothing.
// Each row keeps the line it starts on, so that every problem can name it.
//
// Rules: "not-utf8" (a line that is not UTF-8 text), "line-too-long" (a line, or a row over several
// lines, longer than TextLines::maximumLineLength), and the caller's rule for a row that is not CSV.
// Each message starts "Line N:".
class CsvTable
{
    Q_DECLARE_TR_FUNCTIONS(CsvTable)

public:
    struct Row
    {
        int line = 0;
        // The row as a spreadsheet numbers it, from 1: a blank line is a row of its own there, and a
        // row over several lines (a quoted field with line breaks) is one.
        int record = 0;
        QStringList fields;
    };

    // `content` must outlive the table; `rule` is the one a malformed row is refused with ("ballot-csv").
    CsvTable(QByteArrayView content, const QString& rule);
    // Not from a temporary array, which would be gone before the first row is read.
    template<typename Array>
    requires std::is_same_v<Array, QByteArray> CsvTable(Array&&, const QString&)
    = delete;

    // The next row that is not blank; nullopt at the end of the file.
    domain::Result<std::optional<Row>> next();

    // How many bytes of the file have not yet been read: for a reader's progress.
    qsizetype bytesLeft() const { return m_lines.bytesLeft(); }
    // The row a spreadsheet would show for the problem next() last returned: the row being read, or
    // the one a line that cannot be read would have begun.
    int problemRecord() const { return m_isInRow ? m_row.record : m_records + 1; }

    // Whether the row names these columns, in any case and without surrounding spaces.
    static bool isHeader(const Row& row, const QStringList& columns);
    // The field at `index` without surrounding spaces, refused when it holds a control or reordering
    // character (rule "control-character") or more than domain::maximumTitleLength characters (`rule`):
    // no member number or name is anywhere near that long. `what` names it: "the member number".
    static domain::Result<QString> plainField(const Row& row, qsizetype index, const QString& what,
                                              const QString& rule);
    // The column at `index` (from 0) as a spreadsheet names it: A to Z, then AA, AB and so on.
    static QString columnLetters(qsizetype index);
    // "Line 12: problem", the line as the error's field.
    static domain::Error lineError(int line, const QString& problem, const QString& rule);

private:
    domain::Error unreadableLine() const;
    // Reads the line's characters into the row; false when the row is complete.
    domain::Result<bool> continueRow(const QString& text, int line);

    TextLines m_lines;
    QString m_rule;
    Row m_row;
    QString m_field;
    qsizetype m_rowLength = 0;
    int m_records = 0; // rows begun so far, blank ones included
    bool m_isInRow = false; // a row is begun and not yet complete
    bool m_isInQuotes = false;
    bool m_wasQuoted = false;
};

} // namespace mutualise::formats
