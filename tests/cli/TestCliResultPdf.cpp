#include "CliTestCase.h"
#include "domain/StvCount.h"
#include "reports/ElectionFigures.h"
#include "reports/ElectionRoundsModel.h"
#include "reports/ResultFigures.h"
#include "storage/ElectionRepository.h"
#include "storage/MotionRepository.h"
#include "storage/MutualFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTest>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace mutualise;

// `elections result --pdf` and `tally --pdf`: the summary of a result for the minutes, as the window
// saves it, with every round of a long count and the charts, read back by an independent reader.
class TestCliResultPdf : public CliTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void demoElectionHasEveryRound();
    void fourteenCandidatesAndTwelveRounds();
    void motionHasItsFiguresWorkingAndChart();
    void neverWritesOverTheMutual_data();
    void neverWritesOverTheMutual();
    void existingFileNeedsForce();
    void optionsThatDoNotGoTogether_data();
    void optionsThatDoNotGoTogether();
    void programWritesAPdfWithoutADisplay();

private:
    // The text of the PDF as `pdftotext -layout` reads it, ligatures ("ﬀ") written out.
    static QString pdfText(const QString& pdf);
    // Every figure of the table of the rounds, in the PDF in the order of the window's table: each
    // candidate's lines (and the non-transferable votes') hold all its transfers and totals, in order.
    static void verifyEveryRound(const QString& text, const reports::ElectionFigures& figures);
    static reports::ElectionFigures figuresOf(const QString& file, qint64 electionId);
    // The blocks' headings ("Rounds 1 to 4 of 12") cover every round once, in order.
    static void verifyBlocksCoverTheRounds(const QString& text, int rounds);
    QString createDemo();
};

// Read back in Unicode NFKC, the way pdftotext gives "½" ("1⁄2"): compare what is expected in the same form.
QString TestCliResultPdf::pdfText(const QString& pdf)
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty()) {
        qWarning("pdftotext is missing: install poppler-utils");
        return {};
    }
    QProcess reader;
    reader.start(pdftotext, { u"-layout"_s, pdf, u"-"_s });
    if (!reader.waitForFinished(30'000))
        return {};
    return QString::fromUtf8(reader.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

reports::ElectionFigures TestCliResultPdf::figuresOf(const QString& file, qint64 electionId)
{
    auto mutual = storage::MutualFile::openForReading(file, u"test"_s);
    if (!mutual)
        return {};
    const auto result = storage::ElectionRepository(**mutual).result(electionId);
    return result ? reports::electionFigures(*result) : reports::ElectionFigures {};
}

void TestCliResultPdf::verifyEveryRound(const QString& text, const reports::ElectionFigures& figures)
{
    reports::ElectionRoundsModel model;
    model.setFigures(figures);
    QVERIFY(model.rowCount() > 0);
    // The table is under its heading and before the working, whose lines name the candidates too (as
    // does the line of the figures "Non-transferable" above it).
    // A page starts with a form feed.
    QStringList lines = text.split(u'\n');
    for (QString& line : lines)
        line = line.trimmed();
    const qsizetype start = lines.indexOf(u"Rounds of the count"_s);
    QVERIFY(start > 0);
    lines = lines.mid(start, lines.indexOf(u"Working"_s, start) - start);
    static const QRegularExpression figure(u"[+-]?[0-9][0-9,]*\\.[0-9]{5}"_s);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString name
            = model.index(row, reports::ElectionRoundsModel::CandidateColumn).data().toString();
        QStringList expected;
        for (int column = reports::ElectionRoundsModel::FirstFigureColumn; column < model.columnCount();
             ++column) {
            if (const QString value = model.index(row, column).data().toString(); !value.isEmpty())
                expected.append(value);
        }
        QStringList found;
        for (const QString& line : lines) {
            if (!line.trimmed().startsWith(name))
                continue;
            for (const auto& match : figure.globalMatch(line))
                found.append(match.captured());
        }
        QVERIFY2(found == expected,
                 qPrintable(u"%1: expected %2, found %3\n%4"_s.arg(name, expected.join(u' '),
                                                                   found.join(u' '), text)));
    }
}

void TestCliResultPdf::verifyBlocksCoverTheRounds(const QString& text, int rounds)
{
    static const QRegularExpression heading(u"Rounds? ([0-9]+)(?: to ([0-9]+))? of ([0-9]+)"_s);
    int next = 1;
    for (const auto& match : heading.globalMatch(text)) {
        QCOMPARE(match.captured(3).toInt(), rounds);
        const int first = match.captured(1).toInt();
        const int last = match.captured(2).isEmpty() ? first : match.captured(2).toInt();
        // A block's heading repeats on each page it runs on to.
        if (first < next)
            continue;
        QCOMPARE(first, next);
        next = last + 1;
    }
    QCOMPARE(next, rounds + 1);
}

QString TestCliResultPdf::createDemo()
{
    const QString file = path(u"demo.mutual"_s);
    const CliRun demo = cli({ u"demo"_s, file });
    return demo.exitCode == 0 ? file : QString();
}

// The demo's six rounds used to stop at "Totals after round 4".
void TestCliResultPdf::demoElectionHasEveryRound()
{
    const QString file = createDemo();
    QVERIFY(!file.isEmpty());
    const QString pdf = path(u"directors.pdf"_s);
    const CliRun run = cli({ u"elections"_s, u"result"_s, file, u"1"_s, u"--pdf"_s, pdf });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(pdf), qPrintable(run.out));
    const QString text = pdfText(pdf);
    QVERIFY(!text.isEmpty());
    const reports::ElectionFigures figures = figuresOf(file, 1);
    QCOMPARE(figures.rounds.size(), 6);
    verifyEveryRound(text, figures);
    for (const QString& expected : { u"Election of three directors"_s, u"Rounds of the count"_s, u"Totals"_s,
                                     u"round 6"_s, u"Page 1 of"_s }) {
        QVERIFY2(text.contains(expected), qPrintable(expected));
    }
    // The chart, drawn in: its legend and its figures to two places.
    for (const QString& expected : { u"Continuing"_s, u"Quota: 28"_s, u"36.82"_s }) {
        QVERIFY2(text.contains(expected), qPrintable(expected + u"\n"_s + text));
    }
    // Every line of the working.
    const QString flowing = text.simplified();
    for (const QString& line : figures.working) {
        QVERIFY2(flowing.contains(line.simplified()), qPrintable(line));
    }
}

// 14 candidates for 3 seats, excluded one by one: 12 rounds, far wider than a page in one table.
void TestCliResultPdf::fourteenCandidatesAndTwelveRounds()
{
    // The demo's roll of 218 members takes the 204 papers of the file.
    const QString file = createDemo();
    QVERIFY(!file.isEmpty());
    const QString blt = QStringLiteral(MUTUALISE_TEST_DATA) + u"/council-fourteen-candidates.blt"_s;
    const QStringList names { u"Alexandra Featherstonehaugh"_s,
                              u"Bartholomew Okonkwo-Smith"_s,
                              u"Catrin Llewelyn"_s,
                              u"Dafydd ap Gruffydd"_s,
                              u"Eleanor Whitbread"_s,
                              u"Fergus McAllister"_s,
                              u"Gwenllian Price"_s,
                              u"Harriet Oyelaran"_s,
                              u"Ifan Rhys-Jenkins"_s,
                              u"Josephine Carmichael"_s,
                              u"Kwame Mensah"_s,
                              u"Lucinda Braithwaite"_s,
                              u"Mohammed Rahman"_s,
                              u"Niamh O'Sullivan"_s };
    QStringList add { u"elections"_s,
                      u"add"_s,
                      file,
                      u"--meeting"_s,
                      u"2"_s,
                      u"--title"_s,
                      u"Election of the council of fourteen"_s,
                      u"--seats"_s,
                      u"3"_s };
    for (const QString& name : names)
        add += { u"--candidate"_s, name };
    QVERIFY(runSteps({
        add,
        { u"elections"_s, u"open"_s, file, u"2"_s, u"--record-date"_s, u"2026-10-23"_s },
        { u"elections"_s, u"import"_s, file, u"2"_s, blt },
        { u"elections"_s, u"close"_s, file, u"2"_s },
    }));
    const reports::ElectionFigures figures = figuresOf(file, 2);
    QCOMPARE(figures.standing().size(), 14);
    QCOMPARE(figures.rounds.size(), 12);

    const QString pdf = path(u"council.pdf"_s);
    const CliRun run = cli({ u"elections"_s, u"result"_s, file, u"2"_s, u"--pdf"_s, pdf });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString text = pdfText(pdf);
    QVERIFY(!text.isEmpty());
    verifyEveryRound(text, figures);
    verifyBlocksCoverTheRounds(text, 12);
    const QString flowing = text.simplified();
    for (const QString& line : figures.working) {
        QVERIFY2(flowing.contains(line.simplified()), qPrintable(line));
    }
    for (const QString& expected : { u"round 12"_s, u"Quota: 52"_s, u"Continuing"_s }) {
        QVERIFY2(text.contains(expected), qPrintable(expected + u"\n"_s + text));
    }
}

void TestCliResultPdf::motionHasItsFiguresWorkingAndChart()
{
    const QString file = createDemo();
    QVERIFY(!file.isEmpty());
    auto mutual = storage::MutualFile::openForReading(file, u"test"_s);
    QVERIFY(mutual);
    for (const qint64 motionId : { 3, 4 }) {
        const auto result = storage::MotionRepository(**mutual).result(motionId);
        QVERIFY(result);
        const reports::ResultFigures figures = reports::resultFigures(*result);
        const QString pdf = path(u"motion-%1.pdf"_s.arg(motionId));
        const CliRun run = cli({ u"tally"_s, file, QString::number(motionId), u"--pdf"_s, pdf });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString text = pdfText(pdf).simplified();
        QVERIFY(!text.isEmpty());
        for (const QString& expected :
             { figures.votesFor.weight, figures.votesAgainst.weight, figures.abstentions.weight,
               figures.quorum, figures.thresholdTest, figures.outcomeText, figures.rollFingerprint,
               // The chart: its category and legend.
               u"Declared result"_s, u"For Against Abstain"_s }) {
            QVERIFY2(text.contains(expected.simplified().normalized(QString::NormalizationForm_KC)),
                     qPrintable(expected + u"\n"_s + text));
        }
        for (const QString& line : result->working) {
            QVERIFY2(text.contains(line.simplified().normalized(QString::NormalizationForm_KC)),
                     qPrintable(line + u"\n"_s + text));
        }
    }
}

void TestCliResultPdf::neverWritesOverTheMutual_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("output");
    QTest::addColumn<bool>("isForced");
    const QStringList election { u"elections"_s, u"result"_s, mutualFileArgument, u"1"_s };
    const QStringList motion { u"tally"_s, mutualFileArgument, u"3"_s };
    QTest::newRow("election, the same name") << election << mutualFileArgument << false;
    QTest::newRow("election, forced") << election << mutualFileArgument << true;
    QTest::newRow("election, another spelling") << election << u"./sub/../demo.mutual"_s << true;
    QTest::newRow("election, a hard link") << election << u"link.pdf"_s << true;
    QTest::newRow("election, its journal") << election << u"demo.mutual-wal"_s << true;
    QTest::newRow("motion, the same name") << motion << mutualFileArgument << true;
    QTest::newRow("motion, a hard link") << motion << u"link.pdf"_s << true;
}

void TestCliResultPdf::neverWritesOverTheMutual()
{
    QFETCH(QStringList, command);
    QFETCH(QString, output);
    QFETCH(bool, isForced);
    const QString file = createDemo();
    QVERIFY(!file.isEmpty());
    QVERIFY(QDir(folder()).mkdir(u"sub"_s));
    if (output == u"link.pdf"_s)
        QCOMPARE(::link(QFile::encodeName(file).constData(), QFile::encodeName(path(output)).constData()), 0);
    const QByteArray before = fileDigest(file);
    command.replaceInStrings(mutualFileArgument, file);
    command += { u"--pdf"_s, output == mutualFileArgument ? file : output };
    if (isForced)
        command += u"--force"_s;
    const CliRun run = cli(command);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"output-is-mutual"_s), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(fileDigest(file), before);
}

void TestCliResultPdf::existingFileNeedsForce()
{
    const QString file = createDemo();
    QVERIFY(!file.isEmpty());
    const QString pdf = writeFile(u"minutes.pdf"_s, "the minutes of last year\n");
    const QByteArray before = fileDigest(pdf);
    const CliRun refused = cli({ u"elections"_s, u"result"_s, file, u"1"_s, u"--pdf"_s, pdf });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"already exists"_s) && refused.err.contains(u"exists"_s)
                 && refused.err.contains(u"--force"_s),
             qPrintable(refused.err));
    QCOMPARE(fileDigest(pdf), before);
    const CliRun refusedTally = cli({ u"tally"_s, file, u"3"_s, u"--pdf"_s, pdf });
    QCOMPARE(refusedTally.exitCode, 1);
    QCOMPARE(fileDigest(pdf), before);

    const CliRun forced = cli({ u"tally"_s, file, u"3"_s, u"--pdf"_s, pdf, u"--force"_s });
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
    QFile written(pdf);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.read(5), QByteArray("%PDF-"));
}

void TestCliResultPdf::optionsThatDoNotGoTogether_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("--force alone") << QStringList { u"elections"_s, u"result"_s, mutualFileArgument, u"1"_s,
                                                    u"--force"_s }
                                   << u"--force replaces only"_s;
    QTest::newRow("--pdf and --json")
        << QStringList { u"tally"_s, mutualFileArgument, u"3"_s, u"--pdf"_s, u"out.pdf"_s, u"--json"_s }
        << u"--pdf and --json"_s;
    QTest::newRow("--pdf without OUT")
        << QStringList { u"tally"_s, mutualFileArgument, u"3"_s, u"--pdf"_s } << u"--pdf needs a value"_s;
}

void TestCliResultPdf::optionsThatDoNotGoTogether()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString file = createDemo();
    QVERIFY(!file.isEmpty());
    const QByteArray before = fileDigest(file);
    arguments.replaceInStrings(mutualFileArgument, file);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(path(u"out.pdf"_s)));
    QCOMPARE(fileDigest(file), before);
}

// The program itself, with no display and no platform named, as a script on a server runs it.
void TestCliResultPdf::programWritesAPdfWithoutADisplay()
{
    const QString file = createDemo();
    QVERIFY(!file.isEmpty());
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    const QByteArray display = qgetenv("DISPLAY");
    const auto restore = qScopeGuard([&] {
        qputenv("QT_QPA_PLATFORM", platform);
        if (!display.isEmpty())
            qputenv("DISPLAY", display);
    });
    qunsetenv("QT_QPA_PLATFORM");
    qunsetenv("DISPLAY");
    const CliRun run
        = cliProcess({ u"elections"_s, u"result"_s, file, u"1"_s, u"--pdf"_s, u"minutes.pdf"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    verifyEveryRound(pdfText(path(u"minutes.pdf"_s)), figuresOf(file, 1));
    // Without --pdf the program stays a QtCore one: the listing works as before.
    const CliRun listing = cliProcess({ u"elections"_s, file });
    QCOMPARE(listing.exitCode, 0);
    QVERIFY(listing.out.contains(u"Election of three directors"_s));
}

QTEST_MAIN(TestCliResultPdf)
#include "TestCliResultPdf.moc"
