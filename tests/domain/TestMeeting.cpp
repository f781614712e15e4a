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
};

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

QTEST_GUILESS_MAIN(TestMeeting)
#include "TestMeeting.moc"
