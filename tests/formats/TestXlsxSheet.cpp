#include "formats/InputFile.h"
#include "formats/XlsxSheet.h"
#include "formats/ZipArchive.h"
#include "formats/ZipReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace mutualise;
using formats::XlsxSheet;

// An Excel workbook's first sheet read as the CSV the import reads: cells as the sheet stores them, rows
// and columns where the sheet has them, and every damaged or hostile workbook refused by rule.
class TestXlsxSheet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAWorkbookSavedBySpreadsheetSoftware();
    void sharedStringsStylesAndFormulas();
    void rowsAndColumnsWhereTheSheetHasThem();
    void aCsvFileIsReadAsItIs();
    void datesOfSerialNumbers_data();
    void datesOfSerialNumbers();
    void dateFormats_data();
    void dateFormats();
    void refusesDamagedWorkbooks_data();
    void refusesDamagedWorkbooks();
    void refusesDamagedArchives();
    void anEntryIsNeverInflatedPastItsSize();
    void aSheetLargerThanTheLimitIsRefused();
    void refusalsNameTheFile();
};

namespace {

const QByteArray workbookPart = R"(<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Ledger" sheetId="1" r:id="rId7"/><sheet name="Other" sheetId="2" r:id="rId8"/></sheets>
</workbook>)"_ba;

const QByteArray relationships = R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/other.xml"/>
<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/first.xml"/>
<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>)"_ba;

// Styles: 0 general, 1 the built-in short date (14), 2 a custom day-month-year, 3 a time (20), 4 money.
const QByteArray styles = R"(<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/><numFmt numFmtId="165" formatCode="&quot;£&quot;#,##0.00"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>
<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="20"/><xf numFmtId="165"/></cellXfs>
</styleSheet>)"_ba;

const QByteArray sharedStrings = R"(<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">
<si><t>date</t></si><si><t>member</t></si>
<si><r><rPr><b/></rPr><t>Ada </t></r><r><t>Jones</t></r><rPh><t>ジョーンズ</t></rPh></si>
<si><t xml:space="preserve"> spaced, "quoted" </t></si>
</sst>)"_ba;

QByteArray sheetOf(const QByteArray& rows)
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)"_ba
        + rows + "</sheetData></worksheet>"_ba;
}

// A workbook of the parts above and the sheet given, with a second sheet that must never be read.
QByteArray workbookWith(const QByteArray& sheet, const QList<formats::ZipEntry>& replaced = {})
{
    QList<formats::ZipEntry> entries { { u"xl/workbook.xml"_s, workbookPart },
                                       { u"xl/_rels/workbook.xml.rels"_s, relationships },
                                       { u"xl/styles.xml"_s, styles },
                                       { u"xl/sharedStrings.xml"_s, sharedStrings },
                                       { u"xl/worksheets/first.xml"_s, sheet },
                                       { u"xl/worksheets/other.xml"_s,
                                         sheetOf("<row r=\"1\"><c><v>9</v></c></row>") } };
    for (const formats::ZipEntry& entry : replaced) {
        for (formats::ZipEntry& existing : entries) {
            if (existing.name == entry.name)
                existing.content = entry.content;
        }
    }
    entries.erase(std::remove_if(entries.begin(), entries.end(),
                                 [](const formats::ZipEntry& entry) { return entry.content.isNull(); }),
                  entries.end());
    const auto archive = formats::zipArchive(entries, QDateTime(QDate(2025, 3, 31), QTime(12, 0)));
    return archive.isOk() ? *archive : QByteArray();
}

QByteArray csvOf(const QByteArray& workbook, qint64 limit = 1024 * 1024)
{
    const auto csv = XlsxSheet::firstSheetAsCsv(workbook, limit);
    return csv.isOk() ? *csv
                      : "refused: "_ba + csv.error().rule.toUtf8() + ": "_ba + csv.error().message.toUtf8();
}

QString ruleOf(const QByteArray& workbook, qint64 limit = 1024 * 1024)
{
    const auto csv = XlsxSheet::firstSheetAsCsv(workbook, limit);
    return csv.isOk() ? u"accepted"_s : csv.error().rule;
}

QByteArray dataFile(const QString& name)
{
    QFile file(QStringLiteral(MUTUALISE_TEST_DATA "/xlsx/") + name);
    return file.open(QIODevice::ReadOnly) ? file.read(1024 * 1024) : QByteArray(); // a few kB each
}

} // namespace

void TestXlsxSheet::readsAWorkbookSavedBySpreadsheetSoftware()
{
    // tests/data/xlsx/make.py: inline strings, dates as date cells, a member number typed as a number,
    // a blank row 4, a cell left empty.
    QCOMPARE(
        csvOf(dataFile(u"register.xlsx"_s)),
        "number,name,kind,class,email,address,admitted\r\n"
        "M1,\"Ada \"\"Ace\"\" Jones, OBE\",individual,Employee,ada@example.org,\"1 High "
        "Street\nLeeds\",2025-03-31\r\n"
        "1002,Gwenllïan Davies,individual,Employee,,,2024-04-01\r\n"
        "\r\n"
        "M4,Northern Council,organisation,Founding council,clerk@example.gov.uk,Town Hall,2020-01-06\r\n"_ba);
    // Amounts as the sheet stores them, 100 and not "£100.00" as its currency format shows; a row as
    // wide as the header, though the sheet leaves out its empty cells at the end.
    QCOMPARE(csvOf(dataFile(u"ledger.xlsx"_s)),
             "date,member,kind,shares,amount,counterparty,reference\r\n"
             "2025-04-01,M1,subscription,30,30,,SO 1\r\n"
             "2025-04-02,1002,subscription,100,100,,\r\n"
             "2025-05-01,M1,transfer,10,10,1002,gift\r\n"_ba);
}

void TestXlsxSheet::sharedStringsStylesAndFormulas()
{
    const QByteArray sheet = sheetOf(R"(
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>
<row r="2"><c r="A2" s="1"><v>45747</v></c><c r="B2" s="2"><v>45383</v></c><c r="C2" s="3"><v>0.5</v></c><c r="D2" s="4"><v>1234.56</v></c></row>
<row r="3"><c r="A3" s="1"><v>45747.5</v></c><c r="B3"><v>45747</v></c><c r="C3" t="b"><v>1</v></c><c r="D3" t="b"><v>0</v></c></row>
<row r="4"><c r="A4" t="str"><f>A1&amp;"x"</f><v>datex</v></c><c r="B4"><f>SUM(D2:D2)</f><v>1234.56</v></c><c r="C4" t="e"><v>#N/A</v></c><c r="D4"><f>NOW()</f></c></row>
<row r="5"><c r="A5" t="inlineStr"><is><t>in line</t></is></c><c r="B5" s="1"><v>60</v></c><c r="C5" s="1"><v>61</v></c><c r="D5" t="d"><v>2025-03-31</v></c></row>
)");
    // Row 2: 45747 is 31 March 2025 (built-in date 14), 45383 is 1 April 2024 (dd/mm/yyyy), 0.5 in a time
    // format and 1234.56 in a money format stay numbers. Row 3: half a day past 31 March 2025 is noon; a
    // serial in a general cell is a number. Row 4: a formula's value last worked out, an error as it
    // shows, a formula never worked out is empty. Row 5: day 60 is 29 February 1900, which never was,
    // and stays a number; day 61 is 1 March 1900.
    QCOMPARE(csvOf(workbookWith(sheet)),
             "date,member,Ada Jones,\" spaced, \"\"quoted\"\" \"\r\n"
             "2025-03-31,2024-04-01,0.5,1234.56\r\n"
             "2025-03-31T12:00:00,45747,TRUE,FALSE\r\n"
             "datex,1234.56,#N/A,\r\n"
             "in line,60,1900-03-01,2025-03-31\r\n"_ba);

    // In the 1904 date system day 44285 is 31 March 2025 too.
    QByteArray in1904 = workbookPart;
    in1904.replace("<sheets>", "<workbookPr date1904=\"1\"/><sheets>");
    QCOMPARE(csvOf(workbookWith(sheetOf(R"(<row r="1"><c r="A1" s="1"><v>44285</v></c></row>)"),
                                { { u"xl/workbook.xml"_s, in1904 } })),
             "2025-03-31\r\n"_ba);

    // Without shared strings or styles (neither is required): numbers as numbers.
    QCOMPARE(
        csvOf(workbookWith(sheetOf(R"(<row><c><v>45747</v></c><c t="inlineStr"><is><t>x</t></is></c></row>)"),
                           { { u"xl/styles.xml"_s, {} }, { u"xl/sharedStrings.xml"_s, {} } })),
        "45747,x\r\n"_ba);
}

void TestXlsxSheet::rowsAndColumnsWhereTheSheetHasThem()
{
    // Row 3 begins at column C, row 6 after two rows the sheet leaves out; cells without a reference
    // follow the one before; a row without a number follows the row before.
    const QByteArray sheet = sheetOf(R"(
<row r="1"><c r="A1"><v>1</v></c><c r="D1"><v>4</v></c></row>
<row r="3"><c r="C3"><v>3</v></c><c><v>4</v></c></row>
<row><c><v>1</v></c><c r="AA4"><v>27</v></c></row>
<row r="7" spans="1:3" ht="20" customHeight="1"/>
)");
    QCOMPARE(csvOf(workbookWith(sheet)),
             "1,,,4\r\n"
             "\r\n"
             ",,3,4\r\n"
             "1,,,,,,,,,,,,,,,,,,,,,,,,,,27\r\n"
             "\r\n"
             "\r\n"
             "\r\n"_ba);
    // An empty sheet is an empty table, for the import to say it has no header.
    QCOMPARE(csvOf(workbookWith(sheetOf({}))), QByteArray());
}

void TestXlsxSheet::aCsvFileIsReadAsItIs()
{
    QTemporaryDir folder;
    const QString csvPath = folder.filePath(u"ledger.csv"_s);
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("date,member\r\n2025-03-31,M1\r\n");
    csv.close();
    const auto read = formats::readTableFile(csvPath, 1024);
    QVERIFY(read.isOk());
    QCOMPARE(*read, "date,member\r\n2025-03-31,M1\r\n"_ba);

    // A workbook is known by what it holds, whatever its name.
    const QString misnamed = folder.filePath(u"ledger-saved-as.csv"_s);
    QFile workbook(misnamed);
    QVERIFY(workbook.open(QIODevice::WriteOnly));
    workbook.write(dataFile(u"ledger.xlsx"_s));
    workbook.close();
    const auto sheet = formats::readTableFile(misnamed, 1024 * 1024);
    QVERIFY(sheet.isOk());
    QVERIFY(sheet->startsWith("date,member,kind,shares,amount,counterparty,reference\r\n"));
}

void TestXlsxSheet::datesOfSerialNumbers_data()
{
    QTest::addColumn<qint64>("serial");
    QTest::addColumn<bool>("is1904");
    QTest::addColumn<QDate>("date");
    QTest::newRow("day 1") << qint64(1) << false << QDate(1900, 1, 1);
    QTest::newRow("day 59, the last before Excel's leap day") << qint64(59) << false << QDate(1900, 2, 28);
    QTest::newRow("day 60, 29 February 1900, never was") << qint64(60) << false << QDate();
    QTest::newRow("day 61") << qint64(61) << false << QDate(1900, 3, 1);
    QTest::newRow("31 March 2025") << qint64(45747) << false << QDate(2025, 3, 31);
    QTest::newRow("day 0") << qint64(0) << false << QDate();
    QTest::newRow("1904: day 0") << qint64(0) << true << QDate(1904, 1, 1);
    QTest::newRow("1904: 31 March 2025 (45747 - 1462)") << qint64(44285) << true << QDate(2025, 3, 31);
    QTest::newRow("1904: before the first day") << qint64(-1) << true << QDate();
}

void TestXlsxSheet::datesOfSerialNumbers()
{
    QFETCH(qint64, serial);
    QFETCH(bool, is1904);
    QFETCH(QDate, date);
    QCOMPARE(XlsxSheet::dateOfSerial(serial, is1904), date);
}

void TestXlsxSheet::dateFormats_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("isDate");
    QTest::newRow("general") << 0 << QString() << false;
    QTest::newRow("built-in short date") << 14 << QString() << true;
    QTest::newRow("built-in date and time") << 22 << QString() << true;
    QTest::newRow("built-in time") << 20 << QString() << false;
    QTest::newRow("built-in money") << 7 << QString() << false;
    QTest::newRow("day month year") << 164 << u"dd/mm/yyyy;@"_s << true;
    QTest::newRow("long date in Welsh") << 165 << u"[$-452]d mmmm yyyy"_s << true;
    QTest::newRow("month and year") << 166 << u"mmm yy"_s << true;
    QTest::newRow("minutes and seconds") << 167 << u"mm:ss"_s << false;
    QTest::newRow("hours and minutes") << 168 << u"[h]:mm"_s << false;
    QTest::newRow("money with a quoted d") << 169 << u"\"£d\"#,##0.00"_s << false;
    QTest::newRow("colour in brackets") << 170 << u"[Red]0.00"_s << false;
    QTest::newRow("an escaped y") << 171 << u"0.00\\y"_s << false;
}

void TestXlsxSheet::dateFormats()
{
    QFETCH(int, id);
    QFETCH(QString, code);
    QFETCH(bool, isDate);
    QCOMPARE(XlsxSheet::isDateFormat(id, code), isDate);
}

void TestXlsxSheet::refusesDamagedWorkbooks_data()
{
    QTest::addColumn<QByteArray>("workbook");
    QTest::addColumn<QString>("rule");
    const QByteArray sheet = sheetOf(R"(<row r="1"><c r="A1"><v>1</v></c></row>)");
    QTest::newRow("no list of sheets")
        << workbookWith(sheet, { { u"xl/workbook.xml"_s, {} } }) << u"not-a-workbook"_s;
    QTest::newRow("no relationships")
        << workbookWith(sheet, { { u"xl/_rels/workbook.xml.rels"_s, {} } }) << u"not-a-workbook"_s;
    QTest::newRow("no first sheet") << workbookWith(sheet, { { u"xl/worksheets/first.xml"_s, {} } })
                                    << u"not-a-workbook"_s;
    QTest::newRow("no sheets at all")
        << workbookWith(sheet, { { u"xl/workbook.xml"_s, "<workbook><sheets/></workbook>"_ba } })
        << u"not-a-workbook"_s;
    QTest::newRow("a zip that is not a workbook")
        << *formats::zipArchive({ { u"notes.txt"_s, "hello"_ba } }, QDateTime(QDate(2025, 1, 1), QTime(0, 0)))
        << u"not-a-workbook"_s;
    QTest::newRow("XML cut short") << workbookWith(sheetOf("<row r=\"1\"><c r=\"A1\"><v>1</v>"))
                                   << u"workbook-damaged"_s;
    QTest::newRow("rows out of order")
        << workbookWith(sheetOf(R"(<row r="2"><c><v>1</v></c></row><row r="1"><c><v>1</v></c></row>)"))
        << u"workbook-damaged"_s;
    QTest::newRow("a cell left of the one before")
        << workbookWith(sheetOf(R"(<row r="1"><c r="C1"><v>1</v></c><c r="B1"><v>1</v></c></row>)"))
        << u"workbook-damaged"_s;
    QTest::newRow("a row past Excel's last")
        << workbookWith(sheetOf(R"(<row r="1048577"><c><v>1</v></c></row>)")) << u"workbook-damaged"_s;
    QTest::newRow("a column past XFD")
        << workbookWith(sheetOf(R"(<row r="1"><c r="XFE1"><v>1</v></c></row>)")) << u"workbook-damaged"_s;
    QTest::newRow("a cell named with no column")
        << workbookWith(sheetOf(R"(<row r="1"><c r="17"><v>1</v></c></row>)")) << u"workbook-damaged"_s;
    QTest::newRow("a shared string that is not there")
        << workbookWith(sheetOf(R"(<row r="1"><c t="s"><v>4</v></c></row>)")) << u"workbook-damaged"_s;
    QTest::newRow("a negative shared string")
        << workbookWith(sheetOf(R"(<row r="1"><c t="s"><v>-1</v></c></row>)")) << u"workbook-damaged"_s;
    QTest::newRow("a cell outside any row")
        << workbookWith(sheetOf(R"(<c><v>1</v></c>)")) << u"workbook-damaged"_s;
    QTest::newRow("an entity defined to expand a billion times") << workbookWith(R"(<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lollollollollollollollollollol">
<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">]>
<worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>&lol5;</t></is></c></row></sheetData></worksheet>)"_ba)
                                                                 << u"workbook-damaged"_s;
}

void TestXlsxSheet::refusesDamagedWorkbooks()
{
    QFETCH(QByteArray, workbook);
    QFETCH(QString, rule);
    QVERIFY(!workbook.isEmpty());
    QCOMPARE(ruleOf(workbook), rule);
}

void TestXlsxSheet::refusesDamagedArchives()
{
    const QByteArray good = workbookWith(sheetOf(R"(<row r="1"><c r="A1"><v>1</v></c></row>)"));
    QCOMPARE(csvOf(good), "1\r\n"_ba);
    QCOMPARE(ruleOf("PK\x03\x04 and then nothing"_ba), u"not-an-archive"_s);
    // Cut short: the directory at the end is gone.
    QCOMPARE(ruleOf(good.first(good.size() / 2)), u"not-an-archive"_s);
    // A directory that points outside the archive.
    QByteArray pointingOut = good;
    const qsizetype end = pointingOut.lastIndexOf("PK\x05\x06");
    QVERIFY(end > 0);
    qToLittleEndian<quint32>(quint32(pointingOut.size()), pointingOut.data() + end + 16);
    QCOMPARE(ruleOf(pointingOut), u"not-an-archive"_s);
    // Zip's 64-bit extensions.
    QByteArray sixtyFour = good;
    qToLittleEndian<quint16>(0xffff, sixtyFour.data() + end + 10);
    QCOMPARE(ruleOf(sixtyFour), u"unsupported-archive"_s);
    // An encrypted entry: bit 0 of the flags of the first entry in the directory.
    QByteArray encrypted = good;
    const qsizetype directory = encrypted.indexOf("PK\x01\x02");
    QVERIFY(directory > 0);
    encrypted[directory + 8] = char(encrypted.at(directory + 8) | 1);
    QCOMPARE(ruleOf(encrypted), u"unsupported-archive"_s);
    // A changed byte in the sheet's compressed data fails its inflation or its checksum.
    QByteArray flipped = good;
    const qsizetype sheetHeader = flipped.indexOf("xl/worksheets/first.xml");
    QVERIFY(sheetHeader > 0);
    const qsizetype data = sheetHeader + qsizetype(qstrlen("xl/worksheets/first.xml")) + 4;
    flipped[data] = char(flipped.at(data) ^ 0x55);
    QCOMPARE(ruleOf(flipped), u"archive-damaged"_s);
}

void TestXlsxSheet::anEntryIsNeverInflatedPastItsSize()
{
    // A sheet of 4 MB of spaces deflates to a few kB. Its directory is made to say it holds 100 bytes:
    // the reader stops there and refuses it, rather than inflating the rest.
    const QByteArray sheet = sheetOf(QByteArray(4 * 1024 * 1024, ' '));
    QByteArray bomb = workbookWith(sheet);
    QVERIFY(bomb.size() < 64 * 1024);
    const QByteArray name = "xl/worksheets/first.xml";
    qsizetype entry = bomb.indexOf("PK\x01\x02");
    while (entry >= 0 && bomb.mid(entry + 46, name.size()) != name)
        entry = bomb.indexOf("PK\x01\x02", entry + 1);
    QVERIFY(entry > 0);
    qToLittleEndian<quint32>(100, bomb.data() + entry + 24);
    QCOMPARE(ruleOf(bomb), u"archive-damaged"_s);
}

void TestXlsxSheet::aSheetLargerThanTheLimitIsRefused()
{
    QByteArray rows;
    for (int row = 1; row <= 2000; ++row)
        rows += "<row r=\"" + QByteArray::number(row) + "\"><c t=\"inlineStr\"><is><t>member "
            + QByteArray::number(row) + "</t></is></c></row>";
    const QByteArray workbook = workbookWith(sheetOf(rows));
    // The sheet's XML is about 100 kB: refused under that limit, read above it.
    QCOMPARE(ruleOf(workbook, 64 * 1024), u"workbook-too-large"_s);
    QVERIFY(csvOf(workbook, 1024 * 1024).endsWith("member 2000\r\n"));
}

void TestXlsxSheet::refusalsNameTheFile()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"register.xlsx"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(workbookWith(sheetOf(R"(<row r="2"><c><v>1</v></c></row><row r="1"><c><v>1</v></c></row>)")));
    file.close();
    const auto read = formats::readTableFile(path, 1024 * 1024);
    QVERIFY(!read.isOk());
    QCOMPARE(read.error().rule, u"workbook-damaged"_s);
    QVERIFY2(read.error().message.contains(u"register.xlsx"_s), qPrintable(read.error().message));
    QVERIFY2(read.error().message.contains(u"row 1 comes after row 2"_s), qPrintable(read.error().message));
    QVERIFY2(read.error().message.contains(u"Save the sheet as CSV"_s), qPrintable(read.error().message));
}

QTEST_GUILESS_MAIN(TestXlsxSheet)
#include "TestXlsxSheet.moc"
