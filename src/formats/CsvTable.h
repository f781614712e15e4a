#pragma once

#include "domain/Error.h"
#include "formats/TextLines.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace mutualise::formats {

// Rows of a CSV file as a spreadsheet saves one: UTF-8 text (a byte-order mark is allowed), fields
// quoted as RFC 4180 says ("a ""b""" for a "b"), lines ending in LF or CRLF, blank lines skipped. Each
// row keeps the line it starts on, so that every problem can name it; what the fields mean is for the
// reader of a particular file (storage::BallotCsv, storage::PaperCsv).
//
// Rules: "not-utf8" (a line that is not UTF-8 text), and the caller's rule for a row that is not CSV.
// Each message starts "Line N:".
class CsvTable
{
    Q_DECLARE_TR_FUNCTIONS(CsvTable)

public:
    struct Row
    {
        int line = 0;
        QStringList fields;
    };

    // `rule` is the one a malformed row is refused with ("ballot-csv").
    static domain::Result<QList<Row>> read(const QByteArray& content, const QString& rule);
    // Whether the row names these columns, in any case and without surrounding spaces.
    static bool isHeader(const Row& row, const QStringList& columns);
    // "Line 12: problem", the line as the error's field.
    static domain::Error lineError(int line, const QString& problem, const QString& rule);

private:
    static domain::Result<QList<Row>> rowsOf(const QList<TextLines::Line>& lines, const QString& rule);
};

} // namespace mutualise::formats
