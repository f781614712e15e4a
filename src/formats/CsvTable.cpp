#include "formats/CsvTable.h"

#include "domain/Text.h"

#include <QLocale>

namespace mutualise::formats {

using namespace mutualise::domain;

CsvTable::CsvTable(QByteArrayView content, const QString& rule)
    : m_lines(content)
    , m_rule(rule)
{ }

Result<std::optional<CsvTable::Row>> CsvTable::next()
{
    TextLines::Line line;
    while (m_lines.next(line)) {
        if (!m_isInQuotes) {
            ++m_records;
            if (line.text.trimmed().isEmpty())
                continue;
            m_row = Row { line.number, m_records, {} };
            m_isInRow = true;
            m_field.clear();
            m_rowLength = 0;
            m_wasQuoted = false;
        } else {
            m_field += QLatin1Char('\n');
        }
        // A field in quotes that is never closed would otherwise take in the rest of the file.
        m_rowLength += line.text.size() + 1;
        if (m_rowLength > TextLines::maximumLineLength)
            return lineError(m_row.line,
                             tr("the row that starts on this line runs on over several lines for more than "
                                "%1: a quoted field's closing quote is missing.")
                                 .arg(QLocale().formattedDataSize(TextLines::maximumLineLength, 0)),
                             QStringLiteral("line-too-long"));
        const Result<bool> isComplete = continueRow(line.text, line.number);
        if (!isComplete)
            return isComplete.error();
        if (*isComplete) {
            m_isInRow = false;
            return std::optional<Row>(std::exchange(m_row, Row {}));
        }
    }
    if (m_lines.problem() != TextLines::Problem::None)
        return unreadableLine();
    if (m_isInQuotes)
        return lineError(m_row.line, tr("a quoted field is never closed."), m_rule);
    return std::optional<Row>();
}

Error CsvTable::unreadableLine() const
{
    if (m_lines.problem() == TextLines::Problem::TooLong)
        return lineError(m_lines.problemLine(), TextLines::tooLongMessage(), QStringLiteral("line-too-long"));
    return lineError(m_lines.problemLine(),
                     tr("this is not UTF-8 text. Save the file as UTF-8 (in a spreadsheet choose "
                        "“CSV UTF-8” when saving) and try again."),
                     QStringLiteral("not-utf8"));
}

bool CsvTable::isHeader(const Row& row, const QStringList& columns)
{
    if (row.fields.size() != columns.size())
        return false;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (row.fields.at(i).trimmed().compare(columns.at(i), Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

Result<QString> CsvTable::plainField(const Row& row, qsizetype index, const QString& what,
                                     const QString& rule)
{
    const QString field = row.fields.value(index).trimmed();
    if (const Outcome plain = checkPlainText(field, what, QString()); !plain)
        return lineError(row.line, plain.error().message, plain.error().rule);
    if (field.size() > maximumTitleLength)
        return lineError(row.line,
                         tr("%1 is longer than %2 characters: “%3”.")
                             .arg(what)
                             .arg(maximumTitleLength)
                             .arg(quotedText(field)),
                         rule);
    return field;
}

QString CsvTable::columnLetters(qsizetype index)
{
    QString letters;
    for (qsizetype rest = index + 1; rest > 0; rest = (rest - 1) / 26)
        letters.prepend(QChar(u'A' + static_cast<char16_t>((rest - 1) % 26)));
    return letters;
}

Error CsvTable::lineError(int line, const QString& problem, const QString& rule)
{
    //: A problem in a CSV file: "Line 12: “maybe” is not a choice; ..."
    return Error { tr("Line %1: %2").arg(QString::number(line), problem), rule, QString::number(line) };
}

// RFC 4180: a field in double quotes may hold commas, line breaks and doubled quotes. Spaces around
// a quoted field are allowed, since every field is trimmed anyway; a quote anywhere else is refused
// rather than guessed at.
Result<bool> CsvTable::continueRow(const QString& text, int line)
{
    const QStringView rest(text);
    for (qsizetype i = 0; i < rest.size();) {
        const QChar c = rest.at(i);
        if (m_isInQuotes) {
            // Up to the next quote, taken at once: it closes the field or, doubled, stands for itself.
            const qsizetype quote = rest.indexOf(u'"', i);
            if (quote < 0) {
                m_field += rest.sliced(i);
                break;
            }
            m_field += rest.sliced(i, quote - i);
            if (quote + 1 < rest.size() && rest.at(quote + 1) == u'"') {
                m_field += u'"';
                i = quote + 2;
            } else {
                m_isInQuotes = false;
                i = quote + 1;
            }
        } else if (c == u',') {
            m_row.fields.append(std::exchange(m_field, QString()));
            m_wasQuoted = false;
            ++i;
        } else if (c == u'"') {
            if (m_wasQuoted || !m_field.trimmed().isEmpty())
                return lineError(line,
                                 tr("a field has a quote inside it; put the whole field in quotes and "
                                    "double each quote inside it."),
                                 m_rule);
            m_field.clear();
            m_isInQuotes = true;
            m_wasQuoted = true;
            ++i;
        } else if (m_wasQuoted) {
            if (!c.isSpace())
                return lineError(line, tr("there is text after the closing quote of a field."), m_rule);
            m_field += c;
            ++i;
        } else {
            // A plain field's text, up to the comma or quote after it, taken at once.
            qsizetype end = i + 1;
            while (end < rest.size() && rest.at(end) != u',' && rest.at(end) != u'"')
                ++end;
            m_field += rest.sliced(i, end - i);
            i = end;
        }
    }
    if (m_isInQuotes)
        return false;
    m_row.fields.append(std::exchange(m_field, QString()));
    return true;
}

} // namespace mutualise::formats
