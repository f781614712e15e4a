#include "CliTestCase.h"
#include "SampleMutual.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Every report and result printed or exported from a file carries where its audit trail ended
// ("Audit trail: entry 12, 3f9a…c21e"), and `verify --head` takes that line back to check the file's
// history still passes through it.
class TestCliAuditFooter : public CliTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void everyPageOfAReportCarriesTheHead();
    void workbookAndJsonCarryTheHead();
    void resultOfAnElectionCarriesTheHead();
    void printedHeadAnchorsTheHistory();

private:
    // The head as `verify --json` gives it: the entry and the whole hash.
    std::pair<qint64, QString> headOf(const QString& file) const;
    static QString footerOf(qint64 entry, const QString& hash);
    // The same as pdfPages reads it back, in Unicode NFKC: "…" as "...".
    static QString pdfFooterOf(qint64 entry, const QString& hash)
    {
        return footerOf(entry, hash).normalized(QString::NormalizationForm_KC);
    }
};

std::pair<qint64, QString> TestCliAuditFooter::headOf(const QString& file) const
{
    const QJsonObject head = json({ u"verify"_s, file, u"--json"_s }).value(u"head").toObject();
    return { head.value(u"entry").toInteger(), head.value(u"hash").toString() };
}

QString TestCliAuditFooter::footerOf(qint64 entry, const QString& hash)
{
    return u"Audit trail: entry %1, %2…%3"_s.arg(entry).arg(hash.left(4), hash.right(4));
}

void TestCliAuditFooter::everyPageOfAReportCarriesTheHead()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const auto [entry, hash] = headOf(file);
    QVERIFY(entry > 0);
    const QString pdf = path(u"register.pdf"_s);
    QCOMPARE(cli({ u"report"_s, file, u"register"_s, u"--format"_s, u"pdf"_s, u"--output"_s, pdf }).exitCode,
             0);
    const QStringList pages = pdfPages(pdf);
    QVERIFY(!pages.isEmpty());
    for (qsizetype page = 0; page < pages.size(); ++page) {
        QVERIFY2(pages.at(page).contains(pdfFooterOf(entry, hash)
                                         + u" · Page %1 of %2"_s.arg(page + 1).arg(pages.size())),
                 qPrintable(pages.at(page)));
    }
}

void TestCliAuditFooter::workbookAndJsonCarryTheHead()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const auto [entry, hash] = headOf(file);

    const QString json = path(u"register.json"_s);
    QCOMPARE(
        cli({ u"report"_s, file, u"register"_s, u"--format"_s, u"json"_s, u"--output"_s, json }).exitCode, 0);
    const QJsonObject written
        = runPython(u"import json, sys\nprint(open(sys.argv[1]).read())\n"_s, json).object();
    const QJsonObject head = written.value(u"audit_head").toObject();
    QCOMPARE(head.value(u"entry").toInteger(), entry);
    QCOMPARE(head.value(u"hash").toString(), hash); // in full, for a program to check

    const QString xlsx = path(u"register.xlsx"_s);
    QCOMPARE(
        cli({ u"report"_s, file, u"register"_s, u"--format"_s, u"xlsx"_s, u"--output"_s, xlsx }).exitCode, 0);
    const QJsonObject book = runPython(u"import json, sys, openpyxl\n"
                                       "book = openpyxl.load_workbook(sys.argv[1])\n"
                                       "print(json.dumps({'footers': [ws.oddFooter.left.text for ws in "
                                       "book.worksheets]}))\n"_s,
                                       xlsx)
                                 .object();
    QVERIFY2(!book.isEmpty(), "openpyxl could not read the workbook");
    const QJsonArray footers = book.value(u"footers").toArray();
    QVERIFY(!footers.isEmpty());
    for (const QJsonValue& footer : footers)
        QCOMPARE(footer.toString(), footerOf(entry, hash));
}

void TestCliAuditFooter::resultOfAnElectionCarriesTheHead()
{
    const QString file = createFixtureWithElections();
    QVERIFY(!file.isEmpty());
    const auto [entry, hash] = headOf(file);
    const QString pdf = path(u"election.pdf"_s);
    QCOMPARE(cli({ u"elections"_s, u"result"_s, file, u"3"_s, u"--pdf"_s, pdf }).exitCode, 0);
    const QStringList pages = pdfPages(pdf);
    QVERIFY(!pages.isEmpty());
    for (const QString& page : pages)
        QVERIFY2(page.contains(pdfFooterOf(entry, hash)), qPrintable(page));
}

void TestCliAuditFooter::printedHeadAnchorsTheHistory()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const QString pdf = path(u"register.pdf"_s);
    QCOMPARE(cli({ u"report"_s, file, u"register"_s, u"--format"_s, u"pdf"_s, u"--output"_s, pdf }).exitCode,
             0);
    // What a reader of the printed page types back: the entry and the hash as printed, its "…" typed
    // as three dots.
    static const QRegularExpression printed(
        u"Audit trail: entry ([0-9,]+), ([0-9a-f]{4}\\.\\.\\.[0-9a-f]{4})"_s);
    const QRegularExpressionMatch match = printed.match(pdfPages(pdf).constFirst());
    QVERIFY(match.hasMatch());
    const QString entry = match.captured(1); // as printed, its digits grouped when there are many
    const QString hash = match.captured(2);

    // The file goes on changing; the printed entry stays on its trail.
    QCOMPARE(cli({ u"members"_s, u"add"_s, file, u"--number"_s, u"1009"_s, u"--name"_s, u"Later"_s,
                   u"--class"_s, u"Community"_s })
                 .exitCode,
             0);
    QCOMPARE(cli({ u"verify"_s, file, u"--head"_s, entry, hash }).exitCode, 0);

    // A trail rebuilt behind the program's back, every hash made again so that the chain holds, no
    // longer passes through the printed entry.
    QCOMPARE(sample::execRaw(file,
                             { u"DROP TRIGGER audit_log_no_update"_s,
                               u"UPDATE audit_log SET actor = 'someone else'"_s,
                               u"CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN "
                               "SELECT RAISE(ABORT, 'the audit log is append-only'); END"_s }),
             QString());
    QCOMPARE(sample::rechainAuditTrail(file), QString());
    QCOMPARE(cli({ u"verify"_s, file }).exitCode, 0); // the chain itself holds
    const CliRun rewritten = cli({ u"verify"_s, file, u"--head"_s, entry, hash });
    QCOMPARE(rewritten.exitCode, 1);
    QVERIFY2(rewritten.out.contains(u"audit_log %1 hash: "_s.arg(entry)), qPrintable(rewritten.out));
}

QTEST_MAIN(TestCliAuditFooter)
#include "TestCliAuditFooter.moc"
