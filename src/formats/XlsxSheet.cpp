#include "XlsxSheet.h"

#include "ZipReader.h"

#include <QDir>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QXmlStreamReader>

#include <algorithm>

namespace mutualise::formats {

namespace {

const QString relationshipsNamespace
    = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
// The most a workbook's small parts (its list of sheets, their relationships, its styles) may take.
constexpr qint64 largestPart = 16 * 1024 * 1024;
// The largest sheet Excel makes: 1,048,576 rows of 16,384 columns (A to XFD).
constexpr qint64 mostRows = 1048576;
constexpr int mostColumns = 16384;

domain::Error damaged(const QString& why)
{
    return { XlsxSheet::tr("the workbook is damaged: %1").arg(why), QStringLiteral("workbook-damaged"), {} };
}

domain::Error notAWorkbook(const QString& why)
{
    return { XlsxSheet::tr("it is not an Excel workbook: %1").arg(why),
             QStringLiteral("not-a-workbook"),
             {} };
}

domain::Error sheetTooLarge(qint64 limit)
{
    return { XlsxSheet::tr("the sheet is larger than the %Ln MB that is read; save it as CSV in parts.",
                           nullptr, static_cast<int>(limit / (1024 * 1024))),
             QStringLiteral("workbook-too-large"),
             {} };
}

domain::Error xmlDamaged(const QString& part, const QXmlStreamReader& xml)
{
    return damaged(XlsxSheet::tr("%1, line %2: %3").arg(part).arg(xml.lineNumber()).arg(xml.errorString()));
}

// The text of the element the reader is on, its runs joined, leaving out a phonetic reading (<rPh>) of
// East Asian text: <si><r><t>Ada </t></r><r><t>Jones</t></r></si> is "Ada Jones".
QString textOf(QXmlStreamReader& xml)
{
    QString text;
    int phonetic = 0;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"t" && phonetic == 0) {
            text += xml.readElementText(QXmlStreamReader::IncludeChildElements); // reads its end too
        } else if (xml.isStartElement()) {
            ++depth;
            phonetic += xml.name() == u"rPh" ? 1 : 0;
        } else if (xml.isEndElement()) {
            --depth;
            phonetic -= xml.name() == u"rPh" ? 1 : 0;
        }
    }
    return text;
}

// The column of a cell reference, from 0: "C7" is 2, "AA1" is 26. Nothing when it is not one.
std::optional<int> columnOf(QStringView reference)
{
    int column = 0;
    qsizetype letters = 0;
    for (const QChar character : reference) {
        const char16_t letter = character.toUpper().unicode();
        if (letter < u'A' || letter > u'Z')
            break;
        column = column * 26 + (letter - u'A' + 1);
        if (++letters > 3 || column > mostColumns)
            return std::nullopt;
    }
    if (letters == 0)
        return std::nullopt;
    return column - 1;
}

void appendField(QByteArray& csv, const QString& text)
{
    const bool isQuoted
        = text.contains(u'"') || text.contains(u',') || text.contains(u'\n') || text.contains(u'\r');
    if (!isQuoted) {
        csv.append(text.toUtf8());
        return;
    }
    csv.append('"');
    csv.append(QString(text).replace(u'"', QStringLiteral("\"\"")).toUtf8());
    csv.append('"');
}

// A date serial as the sheet stores it ("45747" or "45747.5"), read as whole days and the seconds of
// the day, without a floating-point number. Nothing when it is not a plain decimal.
std::optional<std::pair<qint64, qint64>> daysAndSeconds(QStringView text)
{
    const qsizetype point = text.indexOf(u'.');
    const QStringView whole = point < 0 ? text : text.first(point);
    bool isNumber = false;
    const qint64 days = whole.toLongLong(&isNumber);
    if (!isNumber || whole.startsWith(u'+'))
        return std::nullopt;
    if (point < 0)
        return std::pair { days, qint64(0) };
    // Up to nine digits of the fraction of a day, rounded to the nearest second.
    const QStringView digits = text.sliced(point + 1).first(std::min<qsizetype>(9, text.size() - point - 1));
    qint64 fraction = 0;
    qint64 scale = 1;
    for (const QChar digit : digits) {
        if (!digit.isDigit())
            return std::nullopt;
        fraction = fraction * 10 + digit.digitValue();
        scale *= 10;
    }
    if (days < 0 && fraction > 0)
        return std::nullopt;
    const qint64 seconds = (fraction * 86400 + scale / 2) / scale;
    if (seconds == 86400) // a moment before midnight, rounded up to it
        return std::pair { days + 1, qint64(0) };
    return std::pair { days, seconds };
}

// What the workbook's parts say of its first sheet: where it is, its shared strings and which of its
// cell formats are dates.
struct Workbook
{
    QString sheetPath;
    QString stringsPath;
    QString stylesPath;
    bool is1904 = false;
    QStringList strings;
    QList<bool> dateStyles; // by the cell's style, s="3"
};

domain::Outcome readWorkbookPart(const ZipReader& zip, Workbook& workbook, QString& firstSheetId)
{
    const auto content = zip.read(QStringLiteral("xl/workbook.xml"), largestPart);
    if (!content) {
        if (content.error().rule == QStringLiteral("archive-entry-missing"))
            return notAWorkbook(XlsxSheet::tr("it has no list of sheets (xl/workbook.xml)."));
        return content.error();
    }
    QXmlStreamReader xml(*content);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"workbookPr") {
            const QStringView date1904 = xml.attributes().value(QStringLiteral("date1904"));
            workbook.is1904 = date1904 == u"1" || date1904 == u"true";
        } else if (xml.name() == u"sheet" && firstSheetId.isEmpty()) {
            firstSheetId = xml.attributes().value(relationshipsNamespace, QStringLiteral("id")).toString();
        }
    }
    if (xml.hasError())
        return xmlDamaged(QStringLiteral("xl/workbook.xml"), xml);
    if (firstSheetId.isEmpty())
        return notAWorkbook(XlsxSheet::tr("it has no sheet."));
    return domain::ok();
}

domain::Outcome readRelationships(const ZipReader& zip, Workbook& workbook, const QString& firstSheetId)
{
    const QString part = QStringLiteral("xl/_rels/workbook.xml.rels");
    const auto content = zip.read(part, largestPart);
    if (!content) {
        if (content.error().rule == QStringLiteral("archive-entry-missing"))
            return notAWorkbook(XlsxSheet::tr("it does not say where its sheets are (%1).").arg(part));
        return content.error();
    }
    QXmlStreamReader xml(*content);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != u"Relationship")
            continue;
        const QString target = xml.attributes().value(QStringLiteral("Target")).toString();
        // A target is relative to xl/, or absolute from the package's root.
        const QString path = target.startsWith(u'/') ? QDir::cleanPath(target.mid(1))
                                                     : QDir::cleanPath(QStringLiteral("xl/") + target);
        const QStringView type = xml.attributes().value(QStringLiteral("Type"));
        if (xml.attributes().value(QStringLiteral("Id")) == firstSheetId)
            workbook.sheetPath = path;
        else if (type.endsWith(u"/sharedStrings"))
            workbook.stringsPath = path;
        else if (type.endsWith(u"/styles"))
            workbook.stylesPath = path;
    }
    if (xml.hasError())
        return xmlDamaged(part, xml);
    if (workbook.sheetPath.isEmpty() || !zip.contains(workbook.sheetPath))
        return notAWorkbook(XlsxSheet::tr("its first sheet is not in it."));
    return domain::ok();
}

domain::Outcome readStrings(const ZipReader& zip, Workbook& workbook, qint64 limit)
{
    if (workbook.stringsPath.isEmpty() || !zip.contains(workbook.stringsPath))
        return domain::ok();
    const auto content = zip.read(workbook.stringsPath, limit);
    if (!content)
        return content.error();
    QXmlStreamReader xml(*content);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"si")
            workbook.strings.append(textOf(xml));
    }
    if (xml.hasError())
        return xmlDamaged(workbook.stringsPath, xml);
    return domain::ok();
}

domain::Outcome readStyles(const ZipReader& zip, Workbook& workbook)
{
    if (workbook.stylesPath.isEmpty() || !zip.contains(workbook.stylesPath))
        return domain::ok();
    const auto content = zip.read(workbook.stylesPath, largestPart);
    if (!content)
        return content.error();
    QHash<int, QString> codes;
    bool isInCellFormats = false;
    QXmlStreamReader xml(*content);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"cellXfs")
            isInCellFormats = false;
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == u"numFmt") {
            codes.insert(attributes.value(QStringLiteral("numFmtId")).toInt(),
                         attributes.value(QStringLiteral("formatCode")).toString());
        } else if (xml.name() == u"cellXfs") {
            isInCellFormats = true;
        } else if (xml.name() == u"xf" && isInCellFormats) {
            const int id = attributes.value(QStringLiteral("numFmtId")).toInt();
            workbook.dateStyles.append(XlsxSheet::isDateFormat(id, codes.value(id)));
        }
    }
    if (xml.hasError())
        return xmlDamaged(workbook.stylesPath, xml);
    return domain::ok();
}

// Writes the sheet's rows as CSV lines, a blank line for each row the sheet leaves out.
class SheetWriter
{
public:
    SheetWriter(const Workbook& workbook, qint64 limit)
        : m_workbook(workbook)
        , m_limit(limit)
    { }

    domain::Result<QByteArray> write(const QByteArray& sheet)
    {
        QXmlStreamReader xml(sheet);
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"row") {
                if (auto done = startRow(xml); !done)
                    return done.error();
            } else if (xml.name() == u"c") {
                if (auto done = cell(xml); !done)
                    return done.error();
            }
            if (m_csv.size() > m_limit)
                return sheetTooLarge(m_limit);
        }
        if (xml.hasError())
            return xmlDamaged(m_workbook.sheetPath, xml);
        endRow();
        return m_csv;
    }

private:
    domain::Outcome startRow(QXmlStreamReader& xml)
    {
        const QStringView number = xml.attributes().value(QStringLiteral("r"));
        qint64 row = m_row + 1;
        if (!number.isEmpty()) {
            bool isNumber = false;
            row = number.toLongLong(&isNumber);
            if (!isNumber || row < 1 || row > mostRows)
                return damaged(XlsxSheet::tr("a row is numbered “%1”.").arg(number));
            if (row <= m_row)
                return damaged(XlsxSheet::tr("row %1 comes after row %2.").arg(row).arg(m_row));
        }
        endRow();
        // A line for each row before this one that the sheet leaves out, as the spreadsheet shows them.
        for (qint64 missing = m_row + 1; missing < row; ++missing)
            m_csv.append("\r\n");
        m_row = row;
        m_column = -1;
        return domain::ok();
    }

    // Ends the row's line. A spreadsheet leaves out the empty cells at the end of a row: the row is made
    // as wide as the first row with anything in it (the header), as a CSV file saved from it would be.
    void endRow()
    {
        if (m_row == 0)
            return;
        if (m_column >= 0 && m_width == 0)
            m_width = m_column + 1;
        else if (m_column >= 0 && m_column + 1 < m_width)
            m_csv.append(QByteArray(m_width - m_column - 1, ','));
        m_csv.append("\r\n");
    }

    domain::Outcome cell(QXmlStreamReader& xml)
    {
        if (m_row == 0)
            return damaged(XlsxSheet::tr("a cell is outside every row."));
        const QXmlStreamAttributes attributes = xml.attributes();
        const QStringView reference = attributes.value(QStringLiteral("r"));
        int column = m_column + 1;
        if (!reference.isEmpty()) {
            const std::optional<int> named = columnOf(reference);
            if (!named)
                return damaged(XlsxSheet::tr("a cell is named “%1”.").arg(reference));
            column = *named;
            if (column <= m_column)
                return damaged(XlsxSheet::tr("cell %1 comes after a cell to its right.").arg(reference));
        }
        if (column >= mostColumns)
            return damaged(XlsxSheet::tr("a cell is beyond the last column, XFD."));
        const QString type = attributes.value(QStringLiteral("t")).toString();
        const int style = attributes.value(QStringLiteral("s")).toInt();
        QString value;
        bool hasValue = false;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"v") {
                value = xml.readElementText();
                hasValue = true;
            } else if (xml.name() == u"is") {
                value = textOf(xml);
                hasValue = true;
            } else {
                xml.skipCurrentElement(); // a formula <f>, whose value is the <v> beside it
            }
        }
        if (xml.hasError())
            return domain::ok(); // reported once the reading stops
        if (!hasValue)
            return domain::ok();
        const auto text = cellText(type, style, value, reference);
        if (!text)
            return text.error();
        // A comma after each field before this one in its row, empty where the sheet has no cell.
        m_csv.append(QByteArray(m_column < 0 ? column : column - m_column, ','));
        appendField(m_csv, *text);
        m_column = column;
        return domain::ok();
    }

    domain::Result<QString> cellText(const QString& type, int style, const QString& value,
                                     QStringView reference) const
    {
        if (type == u"s") {
            bool isNumber = false;
            const qsizetype index = value.toLongLong(&isNumber);
            if (!isNumber || index < 0 || index >= m_workbook.strings.size())
                return damaged(
                    XlsxSheet::tr("cell %1 names a text that is not in the workbook.").arg(reference));
            return m_workbook.strings.at(index);
        }
        if (type == u"b")
            return value.trimmed() == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        if (type == u"str" || type == u"inlineStr" || type == u"e" || type == u"d")
            return value;
        // A number; in a cell formatted as a date, the day it counts to.
        const bool isDate
            = style >= 0 && style < m_workbook.dateStyles.size() && m_workbook.dateStyles.at(style);
        if (!isDate)
            return value;
        const auto serial = daysAndSeconds(value.trimmed());
        const QDate date = serial ? XlsxSheet::dateOfSerial(serial->first, m_workbook.is1904) : QDate();
        if (!date.isValid())
            return value;
        if (serial->second == 0)
            return date.toString(Qt::ISODate);
        return QDateTime(date, QTime::fromMSecsSinceStartOfDay(static_cast<int>(serial->second) * 1000))
            .toString(Qt::ISODate);
    }

    const Workbook& m_workbook;
    qint64 m_limit = 0;
    QByteArray m_csv;
    qint64 m_row = 0; // the last row written, from 1
    int m_column = -1; // the last column written in it, from 0
    int m_width = 0; // the columns of the first row with anything in it
};

} // namespace

bool XlsxSheet::isZipArchive(QByteArrayView content)
{
    return content.startsWith("PK\x03\x04");
}

QDate XlsxSheet::dateOfSerial(qint64 serial, bool is1904)
{
    if (is1904)
        return serial < 0 ? QDate() : QDate(1904, 1, 1).addDays(serial);
    if (serial < 1 || serial == 60)
        return {};
    // Excel counts 1900 as a leap year: from 1 March 1900 its days are one ahead.
    return serial < 60 ? QDate(1899, 12, 31).addDays(serial) : QDate(1899, 12, 30).addDays(serial);
}

bool XlsxSheet::isDateFormat(int id, const QString& code)
{
    if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
        return true;
    if (id < 164) // the other built-in formats: numbers, percentages, times, text
        return false;
    // The letters of the code that are its own, without quoted text, escaped characters and brackets
    // ("[Red]", "[$-809]"), but with the hours, minutes or seconds of an elapsed time ("[h]:mm").
    QString letters;
    QString bracketed;
    bool isQuoted = false;
    bool isBracketed = false;
    for (qsizetype at = 0; at < code.size(); ++at) {
        const QChar character = code.at(at).toLower();
        if (isQuoted) {
            isQuoted = character != u'"';
        } else if (isBracketed && character == u']') {
            isBracketed = false;
            const bool isElapsed
                = !bracketed.isEmpty() && std::all_of(bracketed.cbegin(), bracketed.cend(), [](QChar letter) {
                      return letter == u'h' || letter == u'm' || letter == u's';
                  });
            if (isElapsed)
                letters += bracketed;
        } else if (isBracketed) {
            bracketed.append(character);
        } else if (character == u'"') {
            isQuoted = true;
        } else if (character == u'[') {
            isBracketed = true;
            bracketed.clear();
        } else if (character == u'\\' || character == u'_' || character == u'*') {
            ++at; // the character after stands for itself, or for its width
        } else {
            letters.append(character);
        }
    }
    if (letters.contains(u'd') || letters.contains(u'y'))
        return true;
    return letters.contains(u'm') && !letters.contains(u'h') && !letters.contains(u's');
}

domain::Result<QByteArray> XlsxSheet::firstSheetAsCsv(QByteArrayView content, qint64 limit)
{
    const auto zip = ZipReader::open(content);
    if (!zip)
        return zip.error();
    Workbook workbook;
    QString firstSheetId;
    if (auto done = readWorkbookPart(*zip, workbook, firstSheetId); !done)
        return done.error();
    if (auto done = readRelationships(*zip, workbook, firstSheetId); !done)
        return done.error();
    if (auto done = readStrings(*zip, workbook, limit); !done)
        return done.error();
    if (auto done = readStyles(*zip, workbook); !done)
        return done.error();
    const auto sheet = zip->read(workbook.sheetPath, limit);
    if (!sheet && sheet.error().rule == QStringLiteral("archive-entry-too-large"))
        return sheetTooLarge(limit);
    if (!sheet)
        return sheet.error();
    return SheetWriter(workbook, limit).write(*sheet);
}

} // namespace mutualise::formats
