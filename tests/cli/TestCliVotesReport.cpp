#include "CliTestCase.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// `report FILE votes` on the demonstration mutual: each meeting, attendance line, motion and election
// checked against what `meetings`, `meetings attendance`, `motions`, `tally` and `elections result` say,
// not against the report's writers.
class TestCliVotesReport : public CliTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void meetingsAndAttendanceAgreeWithTheRecords();
    void motionsAgreeWithTheirTallies();
    void electionsAgreeWithTheirResults();
    void onlyTheMeetingsOfThePeriod();
    void undeclaredVotesHaveNoFigures();
    void refusals_data();
    void refusals();

private:
    QString demo();
    QHash<QString, QJsonObject> votesReport(const QString& file, const QString& from,
                                            const QString& to) const;
    // The meetings of the file by id.
    QHash<qint64, QJsonObject> meetingsById(const QString& file) const;
};

// A demonstration mutual of 120 members and four years, made in the test's own folder.
QString TestCliVotesReport::demo()
{
    const QString file = path(u"demo.mutual"_s);
    const CliRun run = cli(
        { u"demo"_s, file, u"--members"_s, u"120"_s, u"--years"_s, u"4"_s, u"--until"_s, u"2026-03-31"_s });
    return run.exitCode == 0 ? file : QString();
}

QHash<QString, QJsonObject> TestCliVotesReport::votesReport(const QString& file, const QString& from,
                                                            const QString& to) const
{
    QHash<QString, QJsonObject> tables;
    const QJsonObject report
        = reportJson({ u"report"_s, file, u"votes"_s, u"--from"_s, from, u"--to"_s, to });
    for (const QJsonValue& table : report.value(u"tables").toArray())
        tables.insert(table.toObject().value(u"name").toString(), table.toObject());
    return tables;
}

QHash<qint64, QJsonObject> TestCliVotesReport::meetingsById(const QString& file) const
{
    QHash<qint64, QJsonObject> meetings;
    for (const QJsonValue& meeting : json({ u"meetings"_s, file, u"--json"_s }).value(u"meetings").toArray())
        meetings.insert(meeting.toObject().value(u"id").toInteger(), meeting.toObject());
    return meetings;
}

void TestCliVotesReport::meetingsAndAttendanceAgreeWithTheRecords()
{
    const QString file = demo();
    QVERIFY(!file.isEmpty());
    const auto tables = votesReport(file, u"2000-01-01"_s, u"2026-12-31"_s);
    QCOMPARE(tables.size(), 7);
    const QJsonArray meetingRows = tables.value(u"meetings"_s).value(u"rows").toArray();
    const QHash<qint64, QJsonObject> meetings = meetingsById(file);
    QVERIFY(!meetings.isEmpty());
    QCOMPARE(meetingRows.size(), meetings.size());
    // Oldest first.
    for (qsizetype index = 1; index < meetingRows.size(); ++index) {
        QVERIFY(meetingRows.at(index - 1).toObject().value(u"date").toString()
                <= meetingRows.at(index).toObject().value(u"date").toString());
    }
    QHash<QString, qint64> attendanceLines; // by meeting date
    for (const QJsonValue& line : tables.value(u"attendance"_s).value(u"rows").toArray())
        ++attendanceLines[line.toObject().value(u"date").toString()];
    qint64 motions = 0;
    for (const qint64 id : meetings.keys()) {
        const QJsonObject meeting = meetings.value(id);
        const QJsonObject attendance
            = json({ u"meetings"_s, u"attendance"_s, file, QString::number(id), u"--json"_s });
        const QString date = meeting.value(u"date").toString();
        QJsonObject row;
        for (const QJsonValue& each : meetingRows) {
            if (each.toObject().value(u"date").toString() == date)
                row = each.toObject();
        }
        QVERIFY2(!row.isEmpty(), qPrintable(date));
        for (const char* key : { "eligible", "present", "by_proxy", "apologies" })
            QCOMPARE(row.value(QLatin1String(key)).toInteger(),
                     attendance.value(QLatin1String(key)).toInteger());
        QCOMPARE(row.value(u"motions").toInteger(), meeting.value(u"motions"_s).toInteger());
        QCOMPARE(attendanceLines.value(date), attendance.value(u"attendance").toArray().size());
        motions += meeting.value(u"motions"_s).toInteger();
    }
    QCOMPARE(tables.value(u"meetings"_s).value(u"totals").toObject().value(u"motions").toInteger(), motions);
}

void TestCliVotesReport::motionsAgreeWithTheirTallies()
{
    const QString file = demo();
    QVERIFY(!file.isEmpty());
    const auto tables = votesReport(file, u"2000-01-01"_s, u"2026-12-31"_s);
    const QHash<qint64, QJsonObject> meetings = meetingsById(file);
    QHash<QString, QJsonObject> rowByMotion; // by meeting date and title
    for (const QJsonValue& row : tables.value(u"motions"_s).value(u"rows").toArray()) {
        const QJsonObject motion = row.toObject();
        rowByMotion.insert(motion.value(u"date").toString() + u' ' + motion.value(u"motion").toString(),
                           motion);
    }
    int closed = 0;
    const QJsonArray motions = json({ u"motions"_s, file, u"--json"_s }).value(u"motions").toArray();
    QCOMPARE(rowByMotion.size(), motions.size());
    for (const QJsonValue& each : motions) {
        const QJsonObject motion = each.toObject();
        const QString date = meetings.value(motion.value(u"meeting").toInteger()).value(u"date").toString();
        const QJsonObject row = rowByMotion.value(date + u' ' + motion.value(u"title").toString());
        QVERIFY2(!row.isEmpty(), qPrintable(motion.value(u"title").toString()));
        if (motion.value(u"state").toString() != u"closed"_s)
            continue;
        ++closed;
        const QJsonObject tally
            = json({ u"tally"_s, file, QString::number(motion.value(u"id").toInteger()), u"--json"_s });
        QCOMPARE(row.value(u"for").toInteger(), tally.value(u"for").toObject().value(u"members").toInteger());
        QCOMPARE(row.value(u"against").toInteger(),
                 tally.value(u"against").toObject().value(u"members").toInteger());
        QCOMPARE(row.value(u"abstain").toInteger(),
                 tally.value(u"abstain").toObject().value(u"members").toInteger());
        // "Carried", "Defeated" or "Void", as the tally has it.
        const QString outcome = row.value(u"outcome").toString();
        QVERIFY2(outcome.contains(tally.value(u"outcome").toString(), Qt::CaseInsensitive),
                 qPrintable(outcome));
        // The working is the tally's, sentence by sentence, in order.
        QStringList working;
        for (const QJsonValue& line : tables.value(u"motion_working"_s).value(u"rows").toArray()) {
            const QJsonObject sentence = line.toObject();
            if (sentence.value(u"date").toString() == date
                && sentence.value(u"motion").toString() == motion.value(u"title").toString()) {
                QCOMPARE(sentence.value(u"line").toInteger(), working.size() + 1);
                working.append(sentence.value(u"working").toString());
            }
        }
        QStringList expected;
        for (const QJsonValue& sentence : tally.value(u"working").toArray())
            expected.append(sentence.toString());
        QCOMPARE(working, expected);
    }
    QVERIFY(closed > 0);
}

void TestCliVotesReport::electionsAgreeWithTheirResults()
{
    const QString file = demo();
    QVERIFY(!file.isEmpty());
    const auto tables = votesReport(file, u"2000-01-01"_s, u"2026-12-31"_s);
    const QJsonArray electionRows = tables.value(u"elections"_s).value(u"rows").toArray();
    const QJsonArray elections = json({ u"elections"_s, file, u"--json"_s }).value(u"elections").toArray();
    QCOMPARE(electionRows.size(), elections.size());
    int declared = 0;
    for (const QJsonValue& each : elections) {
        const QJsonObject election = each.toObject();
        if (election.value(u"state").toString() != u"closed"_s)
            continue;
        ++declared;
        const QString title = election.value(u"title").toString();
        const QJsonObject result = json({ u"elections"_s, u"result"_s, file,
                                          QString::number(election.value(u"id").toInteger()), u"--json"_s });
        QJsonObject row;
        for (const QJsonValue& line : electionRows) {
            if (line.toObject().value(u"election").toString() == title)
                row = line.toObject();
        }
        QStringList elected;
        for (const QJsonValue& name : result.value(u"elected").toArray())
            elected.append(name.toString());
        QVERIFY(!elected.isEmpty());
        QCOMPARE(row.value(u"elected").toString(), elected.join(u", "_s));
        QCOMPARE(row.value(u"seats").toInteger(), election.value(u"seats").toInteger());
        // Each round lists every candidate still in the count; the last round's elected are marked.
        QList<QJsonObject> rounds;
        for (const QJsonValue& line : tables.value(u"rounds"_s).value(u"rows").toArray()) {
            if (line.toObject().value(u"election").toString() == title)
                rounds.append(line.toObject());
        }
        QVERIFY(!rounds.isEmpty());
        QStringList markedElected;
        for (const QJsonObject& line : rounds) {
            if (line.value(u"status").toString() == u"Elected"_s)
                markedElected.append(line.value(u"candidate").toString());
        }
        QCOMPARE(QSet<QString>(markedElected.cbegin(), markedElected.cend()),
                 QSet<QString>(elected.cbegin(), elected.cend()));
    }
    QVERIFY(declared > 0);
}

void TestCliVotesReport::onlyTheMeetingsOfThePeriod()
{
    const QString file = demo();
    QVERIFY(!file.isEmpty());
    const QHash<qint64, QJsonObject> meetings = meetingsById(file);
    QVERIFY(meetings.size() > 1);
    // The day of one meeting: that meeting alone.
    const QString day = meetings.values().constFirst().value(u"date").toString();
    const auto tables = votesReport(file, day, day);
    const QJsonArray rows = tables.value(u"meetings"_s).value(u"rows").toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toObject().value(u"date").toString(), day);
    for (const QString& table : { u"attendance"_s, u"motions"_s, u"motion_working"_s, u"elections"_s,
                                  u"election_working"_s, u"rounds"_s }) {
        for (const QJsonValue& row : tables.value(table).value(u"rows").toArray())
            QCOMPARE(row.toObject().value(u"date").toString(), day);
    }
    // A period without meetings: the tables are there, empty.
    const auto none = votesReport(file, u"1990-01-01"_s, u"1990-12-31"_s);
    QCOMPARE(none.size(), 7);
    for (const QString& table : none.keys())
        QVERIFY2(none.value(table).value(u"rows").toArray().isEmpty(), qPrintable(table));
}

// The fixture's motion 1 is open and motion 2 a draft: listed, with where they stand, and no figures.
void TestCliVotesReport::undeclaredVotesHaveNoFigures()
{
    const QString file = createFixtureWithMotions();
    QVERIFY(!file.isEmpty());
    const auto tables = votesReport(file, u"2025-01-01"_s, u"2025-12-31"_s);
    QVERIFY(tables.value(u"motion_working"_s).value(u"rows").toArray().isEmpty());
    const QJsonArray motions = tables.value(u"motions"_s).value(u"rows").toArray();
    QCOMPARE(motions.size(), 2);
    for (const QJsonValue& each : motions) {
        const QJsonObject motion = each.toObject();
        QVERIFY(motion.value(u"for").isNull());
        QVERIFY2(motion.value(u"outcome").toString().contains(u"open"_s)
                     || motion.value(u"outcome").toString().contains(u"Draft"_s),
                 qPrintable(motion.value(u"outcome").toString()));
    }
}

void TestCliVotesReport::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    QTest::newRow("a day") << QStringList { u"--as-of"_s, u"2025-03-01"_s } << u"--as-of"_s;
    QTest::newRow("a member") << QStringList { u"--member"_s, u"1001"_s } << u"--member"_s;
    QTest::newRow("a year") << QStringList { u"--year"_s, u"2024"_s } << u"--year"_s;
    QTest::newRow("backwards") << QStringList { u"--from"_s, u"2025-03-02"_s, u"--to"_s, u"2025-03-01"_s }
                               << u"2025-03-02"_s;
}

void TestCliVotesReport::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const QString problem = reportRefusal(file, QStringList { u"votes"_s } + arguments, 2, named);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestCliVotesReport)
#include "TestCliVotesReport.moc"
