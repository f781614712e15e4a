#include "formats/CsvTable.h"

namespace mutualise::formats {

using namespace mutualise::domain;

Result<QList<CsvTable::Row>> CsvTable::read(const QByteArray& content, const QString& rule)
{
    const TextLines text(content);
    if (!text.isUtf8()) {
        return lineError(text.invalidLine(),
                         tr("this is not UTF-8 text. Save the file as UTF-8 (in a spreadsheet choose "
                            "“CSV UTF-8” when saving) and try again."),
                         QStringLiteral("not-utf8"));
    }
    return rowsOf(text.lines(), rule);
}

bool CsvTable::isHeader(const Row& row, const QStringList& columns)
{
    QStringList names;
    for (const QString& field : row.fields)
        names.append(field.trimmed().toLower());
    return names == columns;
}

Error CsvTable::lineError(int line, const QString& problem, const QString& rule)
{
    //: A problem in a CSV file: "Line 12: “maybe” is not a choice; ..."
    return Error { tr("Line %1: %2").arg(QString::number(line), problem), rule, QString::number(line) };
}

// RFC 4180: a field in double quotes may hold commas, line breaks and doubled quotes. Spaces around
// a quoted field are allowed, since every field is trimmed anyway; a quote anywhere else is refused
// rather than guessed at.
Result<QList<CsvTable::Row>> CsvTable::rowsOf(const QList<TextLines::Line>& lines, const QString& rule)
{
    QList<Row> rows;
    Row row;
    QString field;
    bool isInQuotes = false;
    bool wasQuoted = false;
    for (const TextLines::Line& line : lines) {
        if (isInQuotes) {
            field += QLatin1Char('\n');
        } else {
            if (line.text.trimmed().isEmpty())
                continue;
            row = Row { line.number, {} };
            field.clear();
            wasQuoted = false;
        }
        const QString& text = line.text;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (isInQuotes) {
                if (c != u'"')
                    field += c;
                else if (i + 1 < text.size() && text.at(i + 1) == u'"')
                    field += text.at(++i);
                else
                    isInQuotes = false;
            } else if (c == u',') {
                row.fields.append(field);
                field.clear();
                wasQuoted = false;
            } else if (c == u'"') {
                if (wasQuoted || !field.trimmed().isEmpty())
                    return lineError(line.number,
                                     tr("a field has a quote inside it; put the whole field in quotes and "
                                        "double each quote inside it."),
                                     rule);
                field.clear();
                isInQuotes = true;
                wasQuoted = true;
            } else if (wasQuoted && !c.isSpace()) {
                return lineError(line.number, tr("there is text after the closing quote of a field."), rule);
            } else {
                field += c;
            }
        }
        if (!isInQuotes) {
            row.fields.append(field);
            rows.append(row);
        }
    }
    if (isInQuotes)
        return lineError(row.line, tr("a quoted field is never closed."), rule);
    return rows;
}

} // namespace mutualise::formats
