#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace mutualise::formats {

// The first sheet of an Excel workbook (.xlsx, Office Open XML SpreadsheetML) as CSV text (RFC 4180),
// for an import to read as it reads a CSV file saved from the same sheet: a row of the sheet is a line,
// a cell a field, the rows and columns where the sheet has them, so that row 7 and column C of a problem
// are the sheet's row 7 and column C.
//
// Each cell is written as the sheet holds it, never through a binary floating-point number: a number as
// the text the workbook stores ("1234.56"), a date (a number in a cell formatted as a date) as
// "2025-03-31", a shared or inline string as its text, TRUE or FALSE, an error as "#N/A". A formula gives
// the value last worked out for it. The sheet's XML is read no further than `limit` bytes, and the CSV
// written no further either. Rules, besides those of ZipReader:
//   "not-a-workbook"     the archive is not a workbook: no workbook part, no sheet, a sheet it cannot find
//   "workbook-damaged"   XML that does not parse, a cell out of its row's order, a string that is not there
//   "workbook-too-large" a sheet or its CSV beyond `limit`
class XlsxSheet
{
    Q_DECLARE_TR_FUNCTIONS(XlsxSheet)

public:
    static domain::Result<QByteArray> firstSheetAsCsv(QByteArrayView workbook, qint64 limit);

    // Whether the content is a zip archive, as a workbook is: it starts "PK\3\4".
    static bool isZipArchive(QByteArrayView content);

    // The day a sheet's date serial number names: in the 1900 date system, as Excel counts (day 1 is
    // 1 January 1900, and day 60 the 29 February 1900 that never was); in the 1904 system day 0 is
    // 1 January 1904. Invalid for a day before the first or for day 60.
    static QDate dateOfSerial(qint64 serial, bool is1904);

    // Whether a number format shows a date: one of Excel's built-in date formats (14-17, 22, 27-36,
    // 50-58), or a format code with a day or year in it, or a month without hours or seconds beside it
    // (where "m" is minutes), outside quoted text and brackets.
    static bool isDateFormat(int id, const QString& code);
};

} // namespace mutualise::formats
