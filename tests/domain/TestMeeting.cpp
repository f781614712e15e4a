#include "domain/Meeting.h"

#include <QTest>

using namespace mutualise::domain;
using namespace Qt::StringLiterals;

class TestMeeting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void removable_data();
    void removable();
    void validateMeeting_data();
    void validateMeeting();
    void validateMotion_data();
    void validateMotion();
};

namespace {

// Fixed, so that "100 years after today" does not move under the tests.
const QDate today(2026, 6, 1);

Meeting agm()
{
    Meeting meeting;
    meeting.kind = MeetingKind::AnnualGeneral;
    meeting.heldOn = QDate(2026, 9, 20);
    meeting.title = u"Annual general meeting 2026"_s;
    meeting.place = u"Town hall"_s;
    return meeting;
}

Motion motion()
{
    Motion motion;
    motion.meetingId = 1;
    motion.title = u"Adopt the accounts"_s;
    motion.body = u"That the accounts for the year be adopted.\nProposed by the board."_s;
    return motion;
}

} // namespace

void TestMeeting::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestMeeting::removable_data()
{
    QTest::addColumn<qint64>("motions");
    QTest::addColumn<qint64>("elections");
    QTest::addColumn<QString>("message");
    QTest::newRow("nothing on it") << qint64(0) << qint64(0) << QString();
    QTest::newRow("a motion") << qint64(1) << qint64(0)
                              << u"“AGM 01/03/2025” cannot be deleted while it has motions or elections "
                                 "(motions: 1, elections: 0). Delete the drafts first; a vote once opened "
                                 "stays in the record."_s;
    QTest::newRow("an election") << qint64(0) << qint64(2)
                                 << u"“AGM 01/03/2025” cannot be deleted while it has motions or elections "
                                    "(motions: 0, elections: 2). Delete the drafts first; a vote once opened "
                                    "stays in the record."_s;
    QTest::newRow("many") << qint64(1200) << qint64(3)
                          << u"“AGM 01/03/2025” cannot be deleted while it has motions or elections "
                             "(motions: 1,200, elections: 3). Delete the drafts first; a vote once opened "
                             "stays in the record."_s;
}

void TestMeeting::removable()
{
    QFETCH(qint64, motions);
    QFETCH(qint64, elections);
    QFETCH(QString, message);
    Meeting meeting;
    meeting.kind = MeetingKind::AnnualGeneral;
    meeting.heldOn = QDate(2025, 3, 1);
    const Outcome outcome = checkMeetingRemovable(meeting, motions, elections);
    QCOMPARE(outcome.isOk(), message.isEmpty());
    if (!outcome) {
        QCOMPARE(outcome.error().rule, u"meeting-in-use"_s);
        QCOMPARE(outcome.error().field, u"meeting"_s);
        QCOMPARE(outcome.error().message, message);
    }
}

void TestMeeting::validateMeeting_data()
{
    QTest::addColumn<Meeting>("meeting");
    QTest::addColumn<QString>("rule"); // empty when valid
    QTest::addColumn<QString>("field");

    QTest::newRow("valid") << agm() << QString() << QString();
    Meeting meeting = agm();
    meeting.heldOn = QDate(1, 1, 1);
    QTest::newRow("year 1") << meeting << u"implausible-date"_s << u"heldOn"_s;
    meeting.heldOn = QDate(9999, 12, 31);
    QTest::newRow("year 9999") << meeting << u"implausible-date"_s << u"heldOn"_s;
    meeting.heldOn = QDate(1800, 1, 1);
    QTest::newRow("1 January 1800") << meeting << QString() << QString();
    meeting.heldOn = today.addYears(100);
    QTest::newRow("100 years ahead") << meeting << QString() << QString();
    meeting.heldOn = today.addYears(100).addDays(1);
    QTest::newRow("100 years and a day ahead") << meeting << u"implausible-date"_s << u"heldOn"_s;
    meeting = agm();
    meeting.title = u"AGM \x1b[31m2026"_s;
    QTest::newRow("escape in the title") << meeting << u"control-character"_s << u"title"_s;
    meeting.title = u"AGM\n2026"_s;
    QTest::newRow("line feed in the title") << meeting << u"control-character"_s << u"title"_s;
    meeting.title = QString(200, u't');
    QTest::newRow("title of 200 characters") << meeting << QString() << QString();
    meeting.title = QString(201, u't');
    QTest::newRow("title of 201 characters") << meeting << u"invalid-text"_s << u"title"_s;
    meeting = agm();
    meeting.place = u"Town \u202ehall"_s;
    QTest::newRow("override in the place") << meeting << u"control-character"_s << u"place"_s;
    meeting.place = QString(201, u'p');
    QTest::newRow("place of 201 characters") << meeting << u"invalid-text"_s << u"place"_s;
}

void TestMeeting::validateMeeting()
{
    QFETCH(Meeting, meeting);
    QFETCH(QString, rule);
    QFETCH(QString, field);
    const Outcome outcome = mutualise::domain::validateMeeting(meeting, today);
    if (rule.isEmpty()) {
        QVERIFY2(outcome.isOk(), qPrintable(outcome.isOk() ? QString() : outcome.error().message));
        return;
    }
    QVERIFY(!outcome.isOk());
    QCOMPARE(outcome.error().rule, rule);
    QCOMPARE(outcome.error().field, field);
    if (rule == u"implausible-date"_s)
        QVERIFY2(outcome.error().message.contains(u"1800-01-01 and 2126-06-01"_s),
                 qPrintable(outcome.error().message));
    if (rule == u"invalid-text"_s)
        QVERIFY2(outcome.error().message.contains(u"200"_s), qPrintable(outcome.error().message));
}

void TestMeeting::validateMotion_data()
{
    QTest::addColumn<Motion>("motion");
    QTest::addColumn<QString>("rule"); // empty when valid
    QTest::addColumn<QString>("field");

    QTest::newRow("valid") << motion() << QString() << QString();
    Motion changed = motion();
    changed.title = QString(10'000, u'm');
    QTest::newRow("title of 10,000 characters") << changed << u"invalid-text"_s << u"title"_s;
    changed.title = QString(201, u'm');
    QTest::newRow("title of 201 characters") << changed << u"invalid-text"_s << u"title"_s;
    changed.title = QString(200, u'm');
    QTest::newRow("title of 200 characters") << changed << QString() << QString();
    changed = motion();
    changed.title = u"Adopt\x1b[8m the accounts"_s;
    QTest::newRow("escape in the title") << changed << u"control-character"_s << u"title"_s;
    changed.title = u"Adopt\nthe accounts"_s;
    QTest::newRow("line feed in the title") << changed << u"control-character"_s << u"title"_s;
    changed = motion();
    changed.body = u"That the accounts \x1b[2J be adopted."_s;
    QTest::newRow("escape in the text") << changed << u"control-character"_s << u"body"_s;
    changed.body = QString(100'000, u'b');
    QTest::newRow("text of 100,000 characters") << changed << QString() << QString();
    changed.body = QString(100'001, u'b');
    QTest::newRow("text of 100,001 characters") << changed << u"invalid-text"_s << u"body"_s;
}

void TestMeeting::validateMotion()
{
    QFETCH(Motion, motion);
    QFETCH(QString, rule);
    QFETCH(QString, field);
    const Outcome outcome = mutualise::domain::validateMotion(motion);
    if (rule.isEmpty()) {
        QVERIFY2(outcome.isOk(), qPrintable(outcome.isOk() ? QString() : outcome.error().message));
        return;
    }
    QVERIFY(!outcome.isOk());
    QCOMPARE(outcome.error().rule, rule);
    QCOMPARE(outcome.error().field, field);
    if (rule == u"invalid-text"_s)
        QVERIFY2(outcome.error().message.contains(field == u"title"_s ? u"200"_s : u"100,000"_s),
                 qPrintable(outcome.error().message));
}

QTEST_GUILESS_MAIN(TestMeeting)
#include "TestMeeting.moc"
