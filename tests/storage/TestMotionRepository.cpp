#include "SampleMutual.h"
#include "storage/AuditLog.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/MotionRepository.h"
#include "storage/ShareLedgerRepository.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace mutualise;
using namespace Qt::StringLiterals;
using domain::BallotMethod;
using domain::Choice;
using domain::VoteState;
using storage::BallotInput;
using storage::MeetingRepository;
using storage::MotionRepository;

// Meetings, motions and their votes in a file. The register of each test's file (classes: 1 Founding
// council, 2 Employee, 3 Community), on the record date 2025-06-30:
//   C001 council,   admitted 2024-01-01, 600 shares
//   C002 council,   admitted 2024-01-01, 300 shares
//   E001 employee,  admitted 2024-01-01,  60 shares
//   E002 employee,  admitted 2024-01-01,  40 shares
//   P001 community, admitted 2024-01-01,   0 shares
//   P002 community, ceased 2025-03-31: not eligible
//   P003 community, admitted 2025-09-01, after the record date: not eligible
//   P004 community, an applicant: not eligible
// Eligible: C001, C002, E001, E002, P001 (5 members, 1,000 shares).
class TestMotionRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void meetingsAreStoredAndAudited();
    void attendanceAndProxiesFollowTheRules();
    void openingFreezesTheRoll();
    void ordinaryMotionCarriesAndIsDeclared();
    void shareWeightedWithACap();
    void classWeightedScalesTheClasses();
    void inquorateIsVoid();
    void nobodyVotesTwice();
    void proxiesAreChecked_data();
    void proxiesAreChecked();
    void refusedBallotsChangeNothing_data();
    void refusedBallotsChangeNothing();
    void secretBallotCannotBeLinked();
    void draftOnlyChangesWhileDraft();
    void previewShowsTheRollOpeningWouldFreeze();
    void draftsAndEmptyMeetingsCanBeDeleted();

private:
    qint64 memberId(const QString& number) const;
    qint64 addMeeting(int proxyLimit = 0);
    qint64 addMotion(qint64 meetingId, const domain::MotionRules& rules, bool isSecret = false);
    qint64 openMotion(const domain::MotionRules& rules, bool isSecret = false);
    QJsonObject resultOf(qint64 motionId) const;

    QTemporaryDir m_folder;
    QString m_path;
    std::unique_ptr<storage::MutualFile> m_file;
    qint64 m_meetingId = 0;
    int m_fileNumber = 0;
};

void TestMotionRepository::init()
{
    m_path = m_folder.filePath(u"votes%1.mutual"_s.arg(++m_fileNumber));
    m_file = sample::createFile(m_path);
    QVERIFY(m_file);
    storage::MemberRepository members(*m_file);
    storage::ShareLedgerRepository ledger(*m_file);
    const QDate admitted(2024, 1, 1);
    for (const auto& [number, classId, shares] :
         { std::tuple { u"C001"_s, 1, 600 }, std::tuple { u"C002"_s, 1, 300 },
           std::tuple { u"E001"_s, 2, 60 }, std::tuple { u"E002"_s, 2, 40 }, std::tuple { u"P001"_s, 3, 0 },
           std::tuple { u"P002"_s, 3, 0 } }) {
        const auto added = members.add(sample::member(number, u"Member "_s + number, classId, admitted));
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        if (shares > 0) {
            domain::ShareMovement movement;
            movement.date = QDate(2024, 2, 1);
            movement.memberId = added->id;
            movement.shares = shares;
            const auto recorded = ledger.record(movement);
            QVERIFY2(recorded, qPrintable(recorded ? QString() : recorded.error().message));
        }
    }
    QVERIFY(members.cease(memberId(u"P002"_s), QDate(2025, 3, 31)));
    QVERIFY(members.add(sample::member(u"P003"_s, u"Late Joiner"_s, 3, QDate(2025, 9, 1))));
    domain::Member applicant = sample::member(u"P004"_s, u"Applicant"_s, 3, QDate());
    applicant.status = domain::MemberStatus::Applicant;
    QVERIFY(members.add(applicant));
    m_meetingId = addMeeting();
}

qint64 TestMotionRepository::memberId(const QString& number) const
{
    const auto member = storage::MemberRepository(*m_file).memberByNumber(number);
    return member ? member->id : 0;
}

qint64 TestMotionRepository::addMeeting(int proxyLimit)
{
    domain::Meeting meeting;
    meeting.kind = domain::MeetingKind::AnnualGeneral;
    meeting.heldOn = QDate(2025, 7, 15);
    meeting.place = u"Town Hall"_s;
    meeting.proxyLimit = proxyLimit;
    const auto added = MeetingRepository(*m_file).add(meeting);
    return added ? added->id : 0;
}

qint64 TestMotionRepository::addMotion(qint64 meetingId, const domain::MotionRules& rules, bool isSecret)
{
    domain::Motion motion;
    motion.meetingId = meetingId;
    motion.title = u"Adopt the annual accounts"_s;
    motion.rules = rules;
    motion.isSecret = isSecret;
    motion.proposerId = memberId(u"C001"_s);
    motion.seconderId = memberId(u"E001"_s);
    const auto added = MotionRepository(*m_file).add(motion);
    if (!added)
        qWarning("%s", qPrintable(added.error().message));
    return added ? added->id : 0;
}

qint64 TestMotionRepository::openMotion(const domain::MotionRules& rules, bool isSecret)
{
    const qint64 id = addMotion(m_meetingId, rules, isSecret);
    const auto opened = MotionRepository(*m_file).open(id, QDate(2025, 6, 30));
    if (!opened)
        qWarning("%s", qPrintable(opened.error().message));
    return opened ? id : 0;
}

QJsonObject TestMotionRepository::resultOf(qint64 motionId) const
{
    const auto result = MotionRepository(*m_file).result(motionId);
    return result ? result->json : QJsonObject();
}

void TestMotionRepository::meetingsAreStoredAndAudited()
{
    MeetingRepository meetings(*m_file);
    const auto meeting = meetings.meeting(m_meetingId);
    QVERIFY(meeting);
    QCOMPARE(meeting->heldOn, QDate(2025, 7, 15));
    QCOMPARE(meeting->place, u"Town Hall"_s);
    domain::Meeting board = *meeting;
    board.id = 0;
    board.kind = domain::MeetingKind::Board;
    board.heldOn = QDate(2025, 9, 1);
    QVERIFY(meetings.add(board));
    const auto all = meetings.all();
    QVERIFY(all && all->size() == 2);
    QCOMPARE(all->constFirst().kind, domain::MeetingKind::Board); // newest first
    const auto audit = storage::AuditLog(*m_file).entries(1);
    QVERIFY(audit && !audit->isEmpty());
    QCOMPARE(audit->constFirst().action, u"meeting.add"_s);

    domain::Meeting undated = board;
    undated.heldOn = QDate();
    QCOMPARE(meetings.add(undated).error().rule, u"invalid-date"_s);
    QCOMPARE(meetings.meeting(999).error().rule, u"unknown-meeting"_s);
}

// On 2025-07-15, five members may take part (P002 ceased in March, P004 is an applicant; P003, admitted
// 2025-09-01, is not yet a member).
void TestMotionRepository::attendanceAndProxiesFollowTheRules()
{
    const qint64 meetingId = addMeeting(1); // one proxy a holder
    MeetingRepository meetings(*m_file);
    QVERIFY(meetings.setAttendance(meetingId, memberId(u"C001"_s), domain::Attendance::Present));
    QVERIFY(meetings.setAttendance(meetingId, memberId(u"E002"_s), domain::Attendance::Apologies));
    QCOMPARE(meetings.setAttendance(meetingId, memberId(u"P002"_s), domain::Attendance::Present).error().rule,
             u"not-a-voter"_s);
    QCOMPARE(meetings.setAttendance(meetingId, memberId(u"P004"_s), domain::Attendance::Present).error().rule,
             u"not-a-voter"_s);

    domain::ProxyAppointment appointment;
    appointment.memberId = memberId(u"E001"_s);
    appointment.proxyMemberId = memberId(u"C001"_s);
    appointment.direction = Choice::For;
    QVERIFY(meetings.appointProxy(meetingId, appointment));
    // C001 already holds one proxy, the most this meeting allows; the chair may hold any number.
    domain::ProxyAppointment second { memberId(u"P001"_s), memberId(u"C001"_s), std::nullopt };
    QCOMPARE(meetings.appointProxy(meetingId, second).error().rule, u"proxy-limit"_s);
    second.proxyMemberId.reset();
    const auto toChair = meetings.appointProxy(meetingId, second);
    QVERIFY2(toChair, qPrintable(toChair ? QString() : toChair.error().message));
    domain::ProxyAppointment own { memberId(u"C002"_s), memberId(u"C002"_s), std::nullopt };
    QCOMPARE(meetings.appointProxy(meetingId, own).error().rule, u"own-proxy"_s);

    const auto summary = meetings.attendanceSummary(meetingId);
    QVERIFY(summary);
    QCOMPARE(summary->eligibleMembers, 5);
    QCOMPARE(summary->present, 1); // C001
    QCOMPARE(summary->byProxy, 2); // E001 and P001, recorded by their appointments
    QCOMPARE(summary->apologies, 1); // E002
    QCOMPARE(summary->attending(), 3);

    const auto proxies = meetings.proxies(meetingId);
    QVERIFY(proxies && proxies->size() == 2);
    QCOMPARE(proxies->at(0).memberNumber, u"E001"_s);
    QCOMPARE(proxies->at(0).proxyNumber, u"C001"_s);
    QCOMPARE(proxies->at(1).proxyNumber, QString()); // the chair

    QVERIFY(meetings.revokeProxy(meetingId, memberId(u"P001"_s)));
    QCOMPARE(meetings.attendanceSummary(meetingId)->byProxy, 1);

    // Several at once, all or nothing: P002 has ceased, so C002 is not recorded either.
    const auto batch = meetings.setAttendance(
        meetingId, QList<qint64> { memberId(u"C002"_s), memberId(u"P002"_s) }, domain::Attendance::Present);
    QCOMPARE(batch.error().rule, u"not-a-voter"_s);
    QCOMPARE(meetings.attendanceSummary(meetingId)->present, 1);
    QVERIFY(meetings.setAttendance(meetingId, QList<qint64> { memberId(u"C002"_s), memberId(u"E002"_s) },
                                   domain::Attendance::Present));
    QCOMPARE(meetings.attendanceSummary(meetingId)->present, 3); // C001, C002, E002
    QCOMPARE(meetings.attendanceSummary(meetingId)->apologies, 0);
}

// Share-weighted, capped at 40% of the 1,000 eligible shares = 400: C001's 600 counts as 400; the
// others as held. Roll order is the register's: C001, C002, E001, E002, P001. Total 400 + 300 + 60 +
// 40 + 0 = 800.
void TestMotionRepository::openingFreezesTheRoll()
{
    domain::MotionRules rules;
    rules.scheme = domain::VotingScheme::ShareWeighted;
    rules.capBasisPoints = 4000;
    const qint64 id = openMotion(rules);
    QVERIFY(id > 0);
    MotionRepository motions(*m_file);
    const auto roll = motions.roll(id);
    QVERIFY(roll);
    QStringList numbers;
    QList<qint64> weights;
    for (const domain::RollEntry& entry : roll->entries) {
        numbers.append(entry.memberNumber);
        weights.append(entry.weight);
    }
    QCOMPARE(numbers, (QStringList { u"C001"_s, u"C002"_s, u"E001"_s, u"E002"_s, u"P001"_s }));
    QCOMPARE(weights, (QList<qint64> { 400, 300, 60, 40, 0 }));
    QCOMPARE(roll->totalWeight, 800);
    QCOMPARE(roll->fingerprint, domain::rollFingerprint(roll->entries, 800));
    const auto motion = motions.motion(id);
    QCOMPARE(motion->state, VoteState::Open);
    QCOMPARE(motion->recordDate, QDate(2025, 6, 30));
    QCOMPARE(motion->rollFingerprint, roll->fingerprint);

    // Later shares do not change the roll, and the roll cannot be changed behind the program's back.
    domain::ShareMovement more;
    more.date = QDate::currentDate();
    more.memberId = memberId(u"P001"_s);
    more.shares = 500;
    QVERIFY(storage::ShareLedgerRepository(*m_file).record(more));
    QCOMPARE(motions.roll(id)->entries, roll->entries);
    QVERIFY(!sample::execRaw(m_path, { u"UPDATE voter_rolls SET weight = 999"_s }).isEmpty());
    QVERIFY(!sample::execRaw(m_path, { u"DELETE FROM voter_rolls"_s }).isEmpty());

    QCOMPARE(motions.open(id, QDate(2025, 6, 30)).error().rule, u"motion-not-draft"_s);
    const qint64 future = addMotion(m_meetingId, {});
    QCOMPARE(motions.open(future, QDate::currentDate().addDays(1)).error().rule, u"future-date"_s);
}

// One member, one vote, ordinary: C001, C002, E001 for; E002 against; P001 abstains.
// Votes cast 3 + 1 = 4; for 3 > against 1: carried. Quorum 0 required, 5 participating.
void TestMotionRepository::ordinaryMotionCarriesAndIsDeclared()
{
    const qint64 id = openMotion({});
    QVERIFY(id > 0);
    MotionRepository motions(*m_file);
    const QList<BallotInput> ballots {
        { u"C001"_s, Choice::For, BallotMethod::InPerson, {}, 2 },
        { u"c002"_s, Choice::For, BallotMethod::Post, {}, 3 }, // numbers ignore case
        { u"E001"_s, Choice::For, BallotMethod::Online, {}, 4 },
        { u"E002"_s, Choice::Against, BallotMethod::InPerson, {}, 5 },
        { u"P001"_s, Choice::Abstain, BallotMethod::InPerson, {}, 6 },
    };
    QCOMPARE(motions.importBallots(id, ballots).value(), 5);

    const QJsonObject provisional = resultOf(id);
    QCOMPARE(provisional.value(u"for"_s).toObject().value(u"members"_s).toInt(), 3);
    QVERIFY(!motions.result(id)->isDeclared);

    const auto closed = motions.close(id);
    QVERIFY2(closed, qPrintable(closed ? QString() : closed.error().message));
    QCOMPARE(closed->state, VoteState::Closed);
    QCOMPARE(closed->outcome, domain::MotionOutcome::Carried);
    const auto result = motions.result(id);
    QVERIFY(result && result->isDeclared);
    const QJsonObject json = result->json;
    QCOMPARE(json.value(u"eligible"_s).toObject().value(u"members"_s).toInt(), 5);
    QCOMPARE(json.value(u"for"_s).toObject().value(u"weight"_s).toInt(), 3);
    QCOMPARE(json.value(u"against"_s).toObject().value(u"members"_s).toInt(), 1);
    QCOMPARE(json.value(u"abstain"_s).toObject().value(u"members"_s).toInt(), 1);
    QCOMPARE(json.value(u"votes_cast"_s).toInt(), 4);
    QCOMPARE(json.value(u"quorum"_s).toObject().value(u"participating"_s).toInt(), 5);
    QVERIFY(json.value(u"quorum"_s).toObject().value(u"met"_s).toBool());
    QCOMPARE(json.value(u"outcome"_s).toString(), u"carried"_s);
    QCOMPARE(json.value(u"rule_version"_s).toInt(), domain::tallyRuleVersion);
    QCOMPARE(json.value(u"roll"_s).toObject().value(u"fingerprint"_s).toString(),
             QString::fromLatin1(motions.roll(id)->fingerprint));
    QVERIFY(!result->working.isEmpty());

    // A declared result stands: no more ballots, no second closing, and the database refuses too.
    QCOMPARE(motions.castBallot(id, { u"P001"_s, Choice::For, BallotMethod::InPerson, {}, 0 }).error().rule,
             u"motion-not-open"_s);
    QCOMPARE(motions.close(id).error().rule, u"motion-not-open"_s);
    QVERIFY(!sample::execRaw(m_path,
                             { QStringLiteral("INSERT INTO ballots (motion_id, member_id, choice, method, "
                                              "cast_at) VALUES (%1, 5, 'for', 'online', 'x')")
                                   .arg(id) })
                 .isEmpty());
    const auto audit = storage::AuditLog(*m_file).entries(1);
    QCOMPARE(audit->constFirst().action, u"motion.close"_s);
}

// Capped at 40% (400 of 1,000 shares). C001 (400) against; C002 (300), E001 (60), E002 (40) for.
// For 400 > against 400? No: ordinary needs more for than against, 400 = 400: defeated.
void TestMotionRepository::shareWeightedWithACap()
{
    domain::MotionRules rules;
    rules.scheme = domain::VotingScheme::ShareWeighted;
    rules.capBasisPoints = 4000;
    const qint64 id = openMotion(rules);
    QVERIFY(id > 0);
    QVERIFY(MotionRepository(*m_file).importBallots(
        id,
        { { u"C001"_s, Choice::Against, BallotMethod::InPerson, {}, 1 },
          { u"C002"_s, Choice::For, BallotMethod::InPerson, {}, 2 },
          { u"E001"_s, Choice::For, BallotMethod::InPerson, {}, 3 },
          { u"E002"_s, Choice::For, BallotMethod::InPerson, {}, 4 } }));
    const QJsonObject json = resultOf(id);
    QCOMPARE(json.value(u"for"_s).toObject().value(u"weight"_s).toInt(), 400); // 300 + 60 + 40
    QCOMPARE(json.value(u"for"_s).toObject().value(u"members"_s).toInt(), 3);
    QCOMPARE(json.value(u"against"_s).toObject().value(u"weight"_s).toInt(), 400); // capped from 600
    QCOMPARE(json.value(u"eligible"_s).toObject().value(u"weight"_s).toInt(), 800);
    QCOMPARE(json.value(u"outcome"_s).toString(), u"defeated"_s);
}

// Councils 50%, employees 25%, community 25%. Councils: C001 for, C002 against (1/2 for); employees:
// E001 for, E002 for (all for); community: P001 abstains, so no votes cast there and the class drops
// out; the others scale up from 75% to the whole: councils 50/75 = 2/3, employees 25/75 = 1/3.
// For = 2/3 x 1/2 + 1/3 x 1 = 1/3 + 1/3 = 2/3; against = 2/3 x 1/2 = 1/3. Two-thirds needs for >=
// 2/3 x votes cast (1): 2/3 >= 2/3: carried.
void TestMotionRepository::classWeightedScalesTheClasses()
{
    domain::MotionRules rules;
    rules.scheme = domain::VotingScheme::ClassWeighted;
    rules.threshold = domain::Threshold::TwoThirds;
    rules.classShares = { { 1, 5000 }, { 2, 2500 }, { 3, 2500 } };
    const qint64 id = openMotion(rules);
    QVERIFY(id > 0);
    QVERIFY(MotionRepository(*m_file).importBallots(
        id,
        { { u"C001"_s, Choice::For, BallotMethod::InPerson, {}, 1 },
          { u"C002"_s, Choice::Against, BallotMethod::InPerson, {}, 2 },
          { u"E001"_s, Choice::For, BallotMethod::InPerson, {}, 3 },
          { u"E002"_s, Choice::For, BallotMethod::InPerson, {}, 4 },
          { u"P001"_s, Choice::Abstain, BallotMethod::InPerson, {}, 5 } }));
    const QJsonObject json = resultOf(id);
    QCOMPARE(json.value(u"for"_s).toObject().value(u"exact"_s).toString(), u"2/3"_s);
    QCOMPARE(json.value(u"against"_s).toObject().value(u"exact"_s).toString(), u"1/3"_s);
    QCOMPARE(json.value(u"outcome"_s).toString(), u"carried"_s);
    const QJsonArray classes = json.value(u"classes"_s).toArray();
    QCOMPARE(classes.size(), 3);
    QCOMPARE(classes.at(0).toObject().value(u"class"_s).toString(), u"Founding council"_s);
    QCOMPARE(classes.at(0).toObject().value(u"scaled_share"_s).toString(), u"2/3"_s);
    QVERIFY(!classes.at(2).toObject().value(u"counted"_s).toBool());
}

// Quorum: the larger of 4 members and 50% of 5 (2.5, rounded up to 3) = 4. Only C001 votes and E001
// is present: 2 take part, fewer than 4, so the motion is void, whatever the votes.
void TestMotionRepository::inquorateIsVoid()
{
    domain::MotionRules rules;
    rules.quorum = { 4, 5000 };
    const qint64 id = openMotion(rules);
    QVERIFY(id > 0);
    QVERIFY(MeetingRepository(*m_file).setAttendance(m_meetingId, memberId(u"E001"_s),
                                                     domain::Attendance::Present));
    QVERIFY(
        MotionRepository(*m_file).castBallot(id, { u"C001"_s, Choice::For, BallotMethod::InPerson, {}, 0 }));
    const QJsonObject quorum = resultOf(id).value(u"quorum"_s).toObject();
    QCOMPARE(quorum.value(u"required"_s).toInt(), 4);
    QCOMPARE(quorum.value(u"from_share"_s).toInt(), 3);
    QCOMPARE(quorum.value(u"participating"_s).toInt(), 2);
    QVERIFY(!quorum.value(u"met"_s).toBool());
    QCOMPARE(resultOf(id).value(u"outcome"_s).toString(), u"void"_s);
}

void TestMotionRepository::nobodyVotesTwice()
{
    const qint64 id = openMotion({});
    MotionRepository motions(*m_file);
    const auto first = motions.castBallot(id, { u"C001"_s, Choice::For, BallotMethod::InPerson, {}, 0 });
    QVERIFY(first && first->isValid());
    const auto again = motions.castBallot(id, { u"C001"_s, Choice::Against, BallotMethod::Post, {}, 0 });
    QVERIFY(!again);
    QCOMPARE(again.error().rule, u"voted-twice"_s);
    // The message says when the first ballot was cast.
    QVERIFY2(again.error().message.contains(QLocale().toString(first->toLocalTime(), QLocale::ShortFormat)),
             qPrintable(again.error().message));
    // Twice in one file: the second line names the first.
    const auto batch = motions.importBallots(id,
                                             { { u"E001"_s, Choice::For, BallotMethod::Post, {}, 2 },
                                               { u"E001"_s, Choice::Against, BallotMethod::Post, {}, 7 } });
    QCOMPARE(batch.error().rule, u"voted-twice"_s);
    QVERIFY2(batch.error().message.startsWith(u"Line 7:"_s), qPrintable(batch.error().message));
    QVERIFY2(batch.error().message.contains(u"line 2"_s), qPrintable(batch.error().message));
    QCOMPARE(motions.ballots(id)->size(), 1); // E001's first ballot went with the refused batch
}

void TestMotionRepository::proxiesAreChecked_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<int>("choice");
    QTest::addColumn<int>("method");
    QTest::addColumn<QString>("proxy");
    QTest::addColumn<QString>("rule"); // empty: accepted

    // E001 appointed C001, directed "for"; P001 appointed the chair, undirected.
    const int proxy = int(BallotMethod::Proxy);
    QTest::newRow("directed, as directed")
        << u"E001"_s << int(Choice::For) << proxy << u"C001"_s << QString();
    QTest::newRow("directed, against the direction")
        << u"E001"_s << int(Choice::Against) << proxy << u"C001"_s << u"proxy-direction"_s;
    QTest::newRow("cast by someone else")
        << u"E001"_s << int(Choice::For) << proxy << u"C002"_s << u"wrong-proxy"_s;
    QTest::newRow("chair, undirected")
        << u"P001"_s << int(Choice::Against) << proxy << QString() << QString();
    QTest::newRow("not the chair's") << u"P001"_s << int(Choice::Against) << proxy << u"C001"_s
                                     << u"wrong-proxy"_s;
    QTest::newRow("no appointment") << u"E002"_s << int(Choice::For) << proxy << u"C001"_s << u"no-proxy"_s;
    QTest::newRow("proxy on a postal vote")
        << u"E002"_s << int(Choice::For) << int(BallotMethod::Post) << u"C001"_s << u"not-a-proxy-ballot"_s;
    QTest::newRow("unknown holder") << u"E001"_s << int(Choice::For) << proxy << u"X999"_s
                                    << u"unknown-member"_s;
}

void TestMotionRepository::proxiesAreChecked()
{
    QFETCH(QString, member);
    QFETCH(int, choice);
    QFETCH(int, method);
    QFETCH(QString, proxy);
    QFETCH(QString, rule);
    MeetingRepository meetings(*m_file);
    QVERIFY(meetings.appointProxy(m_meetingId, { memberId(u"E001"_s), memberId(u"C001"_s), Choice::For }));
    QVERIFY(meetings.appointProxy(m_meetingId, { memberId(u"P001"_s), std::nullopt, std::nullopt }));
    const qint64 id = openMotion({});
    const auto cast = MotionRepository(*m_file).castBallot(
        id, { member, static_cast<Choice>(choice), static_cast<BallotMethod>(method), proxy, 0 });
    if (rule.isEmpty()) {
        QVERIFY2(cast, qPrintable(cast ? QString() : cast.error().message));
        const auto ballots = MotionRepository(*m_file).ballots(id);
        QCOMPARE(ballots->size(), 1);
        QCOMPARE(ballots->constFirst().proxyNumber, proxy);
    } else {
        QVERIFY(!cast);
        QCOMPARE(cast.error().rule, rule);
        QCOMPARE(MotionRepository(*m_file).ballots(id)->size(), 0);
    }
}

void TestMotionRepository::refusedBallotsChangeNothing_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QString>("rule");
    QTest::newRow("ceased before the record date") << u"P002"_s << u"not-eligible"_s;
    QTest::newRow("admitted after the record date") << u"P003"_s << u"not-eligible"_s;
    QTest::newRow("an applicant") << u"P004"_s << u"not-eligible"_s;
    QTest::newRow("nobody") << u"Z404"_s << u"unknown-member"_s;
}

// A batch with one bad line records nothing: the file is byte for byte as it was.
void TestMotionRepository::refusedBallotsChangeNothing()
{
    QFETCH(QString, member);
    QFETCH(QString, rule);
    const qint64 id = openMotion({});
    m_file.reset(); // let the file settle to compare its bytes
    const QByteArray before = sample::fingerprint(m_path);
    auto reopened = storage::MutualFile::open(m_path, u"secretary"_s);
    QVERIFY(reopened);
    m_file = std::move(reopened).value();
    const auto imported
        = MotionRepository(*m_file).importBallots(id,
                                                  { { u"C001"_s, Choice::For, BallotMethod::InPerson, {}, 2 },
                                                    { member, Choice::For, BallotMethod::InPerson, {}, 3 } });
    QVERIFY(!imported);
    QCOMPARE(imported.error().rule, rule);
    QVERIFY2(imported.error().message.startsWith(u"Line 3:"_s), qPrintable(imported.error().message));
    m_file.reset();
    QCOMPARE(sample::fingerprint(m_path), before);
}

// Three secret ballots. Nothing stored links a member to a choice: the table of who voted has no
// choice, the totals have no member, every line of the totals was made when voting opened, and the
// audit trail says who voted but not how. The count is the same as an open ballot's.
void TestMotionRepository::secretBallotCannotBeLinked()
{
    const qint64 secret = openMotion({}, true);
    const qint64 open = openMotion({}, false);
    QVERIFY(secret > 0 && open > 0);
    const qint64 linesAtOpening
        = sample::scalar(m_file->connection(), u"SELECT MAX(rowid) FROM secret_totals"_s);
    const QList<BallotInput> ballots { { u"C001"_s, Choice::For, BallotMethod::InPerson, {}, 0 },
                                       { u"E002"_s, Choice::Against, BallotMethod::Online, {}, 0 },
                                       { u"P001"_s, Choice::Abstain, BallotMethod::Post, {}, 0 } };
    MotionRepository motions(*m_file);
    for (const BallotInput& ballot : ballots) {
        QVERIFY(motions.castBallot(secret, ballot));
        // The write-ahead log would keep the changes in the order they were made, this voter's line
        // beside the change to the totals: after each secret ballot it is emptied into the file.
        QCOMPARE(QFileInfo(m_path + u"-wal"_s).size(), 0);
        QVERIFY(motions.castBallot(open, ballot));
    }
    QCOMPARE(sample::scalar(m_file->connection(), u"SELECT MAX(rowid) FROM secret_totals"_s), linesAtOpening);
    // Counted one member, one vote, the totals are kept for all classes together: a class of one would
    // otherwise show how its member voted.
    QCOMPARE(
        sample::scalar(m_file->connection(),
                       QStringLiteral("SELECT COUNT(*) FROM secret_totals WHERE motion_id = %1 AND class_id "
                                      "<> 0")
                           .arg(secret)),
        0);
    QCOMPARE(
        sample::scalar(m_file->connection(),
                       u"SELECT COUNT(*) FROM pragma_table_info('secret_voters') WHERE name = 'choice'"_s),
        0);
    QCOMPARE(sample::scalar(
                 m_file->connection(),
                 u"SELECT COUNT(*) FROM pragma_table_info('secret_totals') WHERE name LIKE '%member_id%'"_s),
             0);
    QCOMPARE(sample::scalar(m_file->connection(),
                            QStringLiteral("SELECT COUNT(*) FROM ballots WHERE motion_id = %1").arg(secret)),
             0);
    const auto audit = storage::AuditLog(*m_file).entries(100);
    QVERIFY(audit);
    int secretEntries = 0;
    for (const storage::AuditEntry& entry : *audit) {
        if (entry.action != u"ballot.secret")
            continue;
        ++secretEntries;
        QVERIFY(!entry.after.contains(u"choice"_s));
        QVERIFY(!entry.before.contains(u"choice"_s));
    }
    QCOMPARE(secretEntries, 3);
    // Who voted stays checkable; how each voted does not appear.
    const auto voters = motions.ballots(secret);
    QCOMPARE(voters->size(), 3);
    for (const storage::BallotRow& row : *voters)
        QVERIFY(!row.choice);

    QJsonObject secretResult = resultOf(secret);
    QJsonObject openResult = resultOf(open);
    for (const QString& key : { u"for"_s, u"against"_s, u"abstain"_s, u"quorum"_s, u"outcome"_s })
        QCOMPARE(secretResult.value(key), openResult.value(key));
}

void TestMotionRepository::draftOnlyChangesWhileDraft()
{
    MotionRepository motions(*m_file);
    const qint64 id = addMotion(m_meetingId, {});
    auto motion = motions.motion(id).value();
    motion.title = u"Adopt the amended accounts"_s;
    QVERIFY(motions.update(motion));
    QCOMPARE(motions.motion(id)->title, u"Adopt the amended accounts"_s);
    QCOMPARE(motions.result(id).error().rule, u"motion-not-open"_s);
    QVERIFY(motions.open(id, QDate(2025, 6, 30)));
    motion.title = u"Changed after opening"_s;
    QCOMPARE(motions.update(motion).error().rule, u"motion-not-draft"_s);

    domain::Motion bad = motion;
    bad.id = 0;
    bad.seconderId = bad.proposerId;
    QCOMPARE(motions.add(bad).error().rule, u"same-proposer-and-seconder"_s);
    bad.seconderId.reset();
    bad.meetingId = 999;
    QCOMPARE(motions.add(bad).error().rule, u"unknown-meeting"_s);
    bad.meetingId = m_meetingId;
    bad.rules.scheme = domain::VotingScheme::ClassWeighted;
    bad.rules.classShares = { { 1, 5000 }, { 2, 4000 } };
    QCOMPARE(motions.add(bad).error().rule, u"class-shares"_s);
}

// The preview on the record date 2025-06-30 under shares capped at 40%: the same five members and
// weights that opening freezes (see openingFreezesTheRoll), and nothing is stored.
void TestMotionRepository::previewShowsTheRollOpeningWouldFreeze()
{
    domain::MotionRules rules;
    rules.scheme = domain::VotingScheme::ShareWeighted;
    rules.capBasisPoints = 4000;
    const qint64 id = addMotion(m_meetingId, rules);
    MotionRepository motions(*m_file);
    const auto preview = motions.previewRoll(id, QDate(2025, 6, 30));
    QVERIFY(preview);
    QCOMPARE(preview->entries.size(), 5);
    QCOMPARE(preview->totalWeight, 800);
    QCOMPARE(motions.motion(id)->state, VoteState::Draft);
    QCOMPARE(motions.roll(id).error().rule, u"motion-not-open"_s);

    // On 2024-01-31, before any shares were bought: five members weighing nothing, which opening would
    // refuse, and the preview says so before the secretary tries.
    QCOMPARE(motions.previewRoll(id, QDate(2024, 1, 31)).error().rule, u"no-voting-weight"_s);
    // Before anyone was admitted: nobody, which opening would refuse too.
    QCOMPARE(motions.previewRoll(id, QDate(2023, 12, 31)).error().rule, u"empty-roll"_s);
    QCOMPARE(motions.previewRoll(id, QDate()).error().rule, u"invalid-date"_s);
    QCOMPARE(motions.previewRoll(999, QDate(2025, 6, 30)).error().rule, u"unknown-motion"_s);

    QVERIFY(motions.open(id, QDate(2025, 6, 30)));
    QCOMPARE(motions.roll(id)->fingerprint, preview->fingerprint);
}

void TestMotionRepository::draftsAndEmptyMeetingsCanBeDeleted()
{
    MeetingRepository meetings(*m_file);
    MotionRepository motions(*m_file);
    const qint64 draft = addMotion(m_meetingId, {});
    const qint64 opened = openMotion({});
    QVERIFY(draft > 0 && opened > 0);

    // A meeting with motions stays; so does a motion whose voting has opened, roll and all.
    QCOMPARE(meetings.remove(m_meetingId).error().rule, u"meeting-in-use"_s);
    QCOMPARE(motions.remove(opened).error().rule, u"motion-not-draft"_s);
    QCOMPARE(motions.roll(opened)->entries.size(), 5);
    QVERIFY(motions.remove(draft));
    QCOMPARE(motions.motion(draft).error().rule, u"unknown-motion"_s);
    QCOMPARE(motions.remove(draft).error().rule, u"unknown-motion"_s);
    const auto audit = storage::AuditLog(*m_file).entries(1);
    QCOMPARE(audit.value().first().action, u"motion.remove"_s);
    QCOMPARE(audit.value().first().before.value(u"title"_s).toString(), u"Adopt the annual accounts"_s);

    // An empty meeting goes with its attendance and proxies.
    const qint64 mistaken = addMeeting();
    QVERIFY(meetings.setAttendance(mistaken, memberId(u"C001"_s), domain::Attendance::Present));
    domain::ProxyAppointment proxy;
    proxy.memberId = memberId(u"E001"_s);
    proxy.proxyMemberId = memberId(u"C002"_s);
    QVERIFY(meetings.appointProxy(mistaken, proxy));
    QVERIFY(meetings.remove(mistaken));
    QCOMPARE(meetings.meeting(mistaken).error().rule, u"unknown-meeting"_s);
    QCOMPARE(meetings.remove(mistaken).error().rule, u"unknown-meeting"_s);
    const QSqlDatabase database = m_file->connection();
    QCOMPARE(
        sample::scalar(database, u"SELECT COUNT(*) FROM attendance WHERE meeting_id = %1"_s.arg(mistaken)),
        0);
    QCOMPARE(sample::scalar(database, u"SELECT COUNT(*) FROM proxies WHERE meeting_id = %1"_s.arg(mistaken)),
             0);
    QCOMPARE(storage::AuditLog(*m_file).entries(1).value().first().action, u"meeting.remove"_s);
    QVERIFY(meetings.meeting(m_meetingId));
}

QTEST_GUILESS_MAIN(TestMotionRepository)
#include "TestMotionRepository.moc"
