#include "domain/Eligibility.h"

#include <QTest>

#include <limits>

using namespace mutualise::domain;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(mutualise::domain::Member)
Q_DECLARE_METATYPE(mutualise::domain::ProxyAppointment)
Q_DECLARE_METATYPE(mutualise::domain::ProxyFacts)
Q_DECLARE_METATYPE(mutualise::domain::VoterFacts)
Q_DECLARE_METATYPE(mutualise::domain::BallotFacts)
Q_DECLARE_METATYPE(mutualise::domain::PaperRoom)
Q_DECLARE_METATYPE(std::optional<mutualise::domain::ProxyAppointment>)

namespace {

const QDate meetingDay(2025, 3, 1);

Member member(qint64 id, const QString& number, MemberStatus status, const QDate& admittedOn,
              const QDate& ceasedOn = {})
{
    Member result;
    result.id = id;
    result.number = number;
    result.name = u"Member "_s + number;
    result.status = status;
    result.admittedOn = admittedOn;
    result.ceasedOn = ceasedOn;
    return result;
}

Member activeMember(qint64 id, const QString& number)
{
    return member(id, number, MemberStatus::Active, QDate(2020, 1, 1));
}

Meeting meetingWithLimit(int proxyLimit)
{
    Meeting meeting;
    meeting.id = 1;
    meeting.heldOn = meetingDay;
    meeting.proxyLimit = proxyLimit;
    return meeting;
}

QString ruleOf(const Outcome& outcome)
{
    return outcome ? QString() : outcome.error().rule;
}

} // namespace

// Who takes part in a meeting, who may vote, and who may hold a proxy: values in, a rule out, no
// database.
class TestEligibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void votingMember_data();
    void votingMember();
    void proxyAppointment_data();
    void proxyAppointment();
    void proxyLimitMessage();
    void motionVoter_data();
    void motionVoter();
    void electionVoter_data();
    void electionVoter();
    void proxyBallot_data();
    void proxyBallot();
    void proxyBallotMessages();
    void recordDate_data();
    void recordDate();
    void paperCount_data();
    void paperCount();
    void paperCountMessages();
};

void TestEligibility::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestEligibility::votingMember_data()
{
    QTest::addColumn<Member>("member");
    QTest::addColumn<QString>("rule");
    const QDate before(2020, 1, 1);
    QTest::newRow("active") << member(1, u"C001"_s, MemberStatus::Active, before) << QString();
    QTest::newRow("admitted on the day")
        << member(1, u"C001"_s, MemberStatus::Active, meetingDay) << QString();
    QTest::newRow("admitted the day after")
        << member(1, u"C001"_s, MemberStatus::Active, meetingDay.addDays(1)) << u"not-a-voter"_s;
    QTest::newRow("applicant") << member(1, u"C001"_s, MemberStatus::Applicant, QDate()) << u"not-a-voter"_s;
    QTest::newRow("suspended") << member(1, u"C001"_s, MemberStatus::Suspended, before) << u"not-a-voter"_s;
    QTest::newRow("ceased since") << member(1, u"C001"_s, MemberStatus::Ceased, before, meetingDay.addDays(1))
                                  << QString();
    QTest::newRow("ceased on the day")
        << member(1, u"C001"_s, MemberStatus::Ceased, before, meetingDay) << u"not-a-voter"_s;
}

void TestEligibility::votingMember()
{
    QFETCH(Member, member);
    QFETCH(QString, rule);
    const Outcome outcome = checkVotingMember(member, meetingDay);
    QCOMPARE(ruleOf(outcome), rule);
    if (!outcome) {
        QCOMPARE(outcome.error().field, u"member"_s);
        QCOMPARE(outcome.error().message,
                 u"Member C001 Member C001 is not a voting member on 01/03/2025: only admitted members who "
                 "are neither suspended nor ceased take part."_s);
    }
}

void TestEligibility::proxyAppointment_data()
{
    QTest::addColumn<int>("proxyLimit");
    QTest::addColumn<ProxyAppointment>("appointment");
    QTest::addColumn<ProxyFacts>("facts");
    QTest::addColumn<QString>("rule");

    const Member appointing = activeMember(1, u"C001"_s);
    const Member holder = activeMember(2, u"C002"_s);
    const Member suspended = member(2, u"C002"_s, MemberStatus::Suspended, QDate(2020, 1, 1));
    const ProxyAppointment toHolder { 1, 2, std::nullopt };
    const ProxyAppointment toChair { 1, std::nullopt, Choice::For };
    QTest::newRow("another member") << 0 << toHolder << ProxyFacts { appointing, holder, 10 } << QString();
    QTest::newRow("the chair, any number")
        << 1 << toChair << ProxyFacts { appointing, std::nullopt, 50 } << QString();
    QTest::newRow("under the limit") << 3 << toHolder << ProxyFacts { appointing, holder, 2 } << QString();
    QTest::newRow("at the limit") << 3 << toHolder << ProxyFacts { appointing, holder, 3 }
                                  << u"proxy-limit"_s;
    QTest::newRow("limit of one, none held")
        << 1 << toHolder << ProxyFacts { appointing, holder, 0 } << QString();
    QTest::newRow("limit of one, one held")
        << 1 << toHolder << ProxyFacts { appointing, holder, 1 } << u"proxy-limit"_s;
    QTest::newRow("own proxy") << 0 << ProxyAppointment { 1, 1, std::nullopt }
                               << ProxyFacts { appointing, appointing, 0 } << u"own-proxy"_s;
    QTest::newRow("holder not in the register")
        << 0 << toHolder << ProxyFacts { appointing, std::nullopt, 0 } << u"unknown-member"_s;
    QTest::newRow("holder suspended")
        << 0 << toHolder << ProxyFacts { appointing, suspended, 0 } << u"not-a-voter"_s;
    // The appointing member is checked first: its own standing decides before the holder's.
    QTest::newRow("appointing member suspended, holder unknown")
        << 0 << toHolder
        << ProxyFacts { member(1, u"C001"_s, MemberStatus::Suspended, QDate(2020, 1, 1)), std::nullopt, 0 }
        << u"not-a-voter"_s;
    QTest::newRow("own proxy of a suspended member")
        << 0 << ProxyAppointment { 1, 1, std::nullopt }
        << ProxyFacts { member(1, u"C001"_s, MemberStatus::Suspended, QDate(2020, 1, 1)), std::nullopt, 0 }
        << u"not-a-voter"_s;
}

void TestEligibility::proxyAppointment()
{
    QFETCH(int, proxyLimit);
    QFETCH(ProxyAppointment, appointment);
    QFETCH(ProxyFacts, facts);
    QFETCH(QString, rule);
    QCOMPARE(ruleOf(checkProxyAppointment(meetingWithLimit(proxyLimit), appointment, facts)), rule);
}

void TestEligibility::proxyLimitMessage()
{
    const ProxyFacts facts { activeMember(1, u"C001"_s), activeMember(2, u"C002"_s), 2 };
    const Outcome outcome = checkProxyAppointment(meetingWithLimit(2), { 1, 2, std::nullopt }, facts);
    QCOMPARE(outcome.error().message,
             u"C002 Member C002 already holds 2 proxies, as many as one person may hold at this meeting. "
             "Appoint someone else, or the chair."_s);
    QCOMPARE(outcome.error().field, u"proxy"_s);
    const Outcome own = checkProxyAppointment(meetingWithLimit(0), { 1, 1, std::nullopt },
                                              { activeMember(1, u"C001"_s), activeMember(1, u"C001"_s), 0 });
    QCOMPARE(own.error().message,
             u"A member cannot be its own proxy: appoint another member or the chair."_s);
}

void TestEligibility::motionVoter_data()
{
    QTest::addColumn<VoterFacts>("voter");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("message");
    const QDateTime at(QDate(2025, 3, 1), QTime(10, 30), Qt::LocalTime);
    QTest::newRow("on the roll") << VoterFacts { u"C001"_s, RollStanding::OnRoll, {}, {} } << QString()
                                 << QString();
    QTest::newRow("no such member") << VoterFacts { u"X9"_s, RollStanding::NotAMember, {}, {} }
                                    << u"unknown-member"_s << u"there is no member X9."_s;
    QTest::newRow("not on the roll")
        << VoterFacts { u"C009"_s, RollStanding::NotOnRoll, {}, {} } << u"not-eligible"_s
        << u"member C009 is not on the roll for this motion: only members eligible on the record date, "
           "01/02/2025, vote on it."_s;
    QTest::newRow("twice in a file") << VoterFacts { u"C001"_s, RollStanding::OnRoll, 4, {} }
                                     << u"voted-twice"_s
                                     << u"member C001 has already voted on this motion, on line 4."_s;
    QTest::newRow("twice in one batch, not from a file")
        << VoterFacts { u"C001"_s, RollStanding::OnRoll, 0, {} } << u"voted-twice"_s
        << u"member C001 has already voted on this motion."_s;
    QTest::newRow("voted before") << VoterFacts { u"C001"_s, RollStanding::OnRoll, {}, at }
                                  << u"voted-twice"_s
                                  << u"member C001 has already voted on this motion, at 01/03/2025 10:30."_s;
}

void TestEligibility::motionVoter()
{
    QFETCH(VoterFacts, voter);
    QFETCH(QString, rule);
    QFETCH(QString, message);
    const Outcome outcome = checkMotionVoter(voter, QDate(2025, 2, 1));
    QCOMPARE(ruleOf(outcome), rule);
    if (!outcome)
        QCOMPARE(outcome.error().message, message);
}

void TestEligibility::electionVoter_data()
{
    QTest::addColumn<VoterFacts>("voter");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("message");
    const QDateTime at(QDate(2025, 3, 1), QTime(10, 30), Qt::LocalTime);
    QTest::newRow("on the roll") << VoterFacts { u"C001"_s, RollStanding::OnRoll, {}, {} } << QString()
                                 << QString();
    QTest::newRow("not on the roll")
        << VoterFacts { u"C009"_s, RollStanding::NotOnRoll, {}, {} } << u"not-eligible"_s
        << u"C009 is not on the roll for this election: only members eligible on the record date vote in it."_s;
    QTest::newRow("not a member either")
        << VoterFacts { u"X9"_s, RollStanding::NotAMember, {}, {} } << u"not-eligible"_s
        << u"X9 is not on the roll for this election: only members eligible on the record date vote in it."_s;
    QTest::newRow("twice in a file") << VoterFacts { u"C001"_s, RollStanding::OnRoll, 7, {} }
                                     << u"voted-twice"_s
                                     << u"member C001 has already voted in this election (line 7)."_s;
    QTest::newRow("voted before") << VoterFacts { u"C001"_s, RollStanding::OnRoll, {}, at }
                                  << u"voted-twice"_s
                                  << u"member C001 has already voted in this election (01/03/2025 10:30)."_s;
}

void TestEligibility::electionVoter()
{
    QFETCH(VoterFacts, voter);
    QFETCH(QString, rule);
    QFETCH(QString, message);
    const Outcome outcome = checkElectionVoter(voter);
    QCOMPARE(ruleOf(outcome), rule);
    if (!outcome)
        QCOMPARE(outcome.error().message, message);
}

void TestEligibility::proxyBallot_data()
{
    QTest::addColumn<BallotFacts>("ballot");
    QTest::addColumn<std::optional<ProxyAppointment>>("appointment");
    QTest::addColumn<QString>("rule");

    const std::optional<ProxyAppointment> none;
    const std::optional<ProxyAppointment> toC002 = ProxyAppointment { 1, 2, std::nullopt };
    const std::optional<ProxyAppointment> toC002For = ProxyAppointment { 1, 2, Choice::For };
    const std::optional<ProxyAppointment> toChair = ProxyAppointment { 1, std::nullopt, std::nullopt };
    const auto ballot
        = [](BallotMethod method, Choice choice, const QString& proxy, std::optional<qint64> id) {
              return BallotFacts { u"C001"_s, choice, method, proxy, id };
          };
    QTest::newRow("in person") << ballot(BallotMethod::InPerson, Choice::For, {}, {}) << none << QString();
    QTest::newRow("by post, a proxy named")
        << ballot(BallotMethod::Post, Choice::For, u"C002"_s, 2) << toC002 << u"not-a-proxy-ballot"_s;
    QTest::newRow("by proxy, none appointed")
        << ballot(BallotMethod::Proxy, Choice::For, u"C002"_s, 2) << none << u"no-proxy"_s;
    QTest::newRow("by the appointed proxy")
        << ballot(BallotMethod::Proxy, Choice::Against, u"C002"_s, 2) << toC002 << QString();
    QTest::newRow("by the chair, appointed")
        << ballot(BallotMethod::Proxy, Choice::For, {}, {}) << toChair << QString();
    QTest::newRow("proxy not in the register")
        << ballot(BallotMethod::Proxy, Choice::For, u"X9"_s, {}) << toC002 << u"unknown-member"_s;
    QTest::newRow("by another member")
        << ballot(BallotMethod::Proxy, Choice::For, u"C003"_s, 3) << toC002 << u"wrong-proxy"_s;
    QTest::newRow("by the chair, a member appointed")
        << ballot(BallotMethod::Proxy, Choice::For, {}, {}) << toC002 << u"wrong-proxy"_s;
    QTest::newRow("by a member, the chair appointed")
        << ballot(BallotMethod::Proxy, Choice::For, u"C002"_s, 2) << toChair << u"wrong-proxy"_s;
    QTest::newRow("as directed") << ballot(BallotMethod::Proxy, Choice::For, u"C002"_s, 2) << toC002For
                                 << QString();
    QTest::newRow("against the direction")
        << ballot(BallotMethod::Proxy, Choice::Abstain, u"C002"_s, 2) << toC002For << u"proxy-direction"_s;
    // The proxy must be the one appointed before the direction matters.
    QTest::newRow("wrong proxy, against the direction")
        << ballot(BallotMethod::Proxy, Choice::Against, u"C003"_s, 3) << toC002For << u"wrong-proxy"_s;
}

void TestEligibility::proxyBallot()
{
    QFETCH(BallotFacts, ballot);
    QFETCH(std::optional<ProxyAppointment>, appointment);
    QFETCH(QString, rule);
    QCOMPARE(ruleOf(checkProxyBallot(ballot, appointment)), rule);
}

void TestEligibility::proxyBallotMessages()
{
    const BallotFacts byChair { u"C001"_s, Choice::For, BallotMethod::Proxy, QString(), std::nullopt };
    QCOMPARE(checkProxyBallot(byChair, ProxyAppointment { 1, 2, std::nullopt }).error().message,
             u"member C001 appointed another member as proxy, but the ballot was cast by the chair."_s);
    const BallotFacts byC002 { u"C001"_s, Choice::For, BallotMethod::Proxy, u"C002"_s, 2 };
    QCOMPARE(checkProxyBallot(byC002, ProxyAppointment { 1, std::nullopt, std::nullopt }).error().message,
             u"member C001 appointed the chair as proxy, but the ballot was cast by C002."_s);
    QCOMPARE(checkProxyBallot(byC002, ProxyAppointment { 1, 2, Choice::Against }).error().message,
             u"member C001 directed its proxy to vote “Against”, not “For”."_s);
    QCOMPARE(checkProxyBallot(byC002, std::nullopt).error().message,
             u"member C001 appointed no proxy for this meeting."_s);
    const BallotFacts unknown { u"C001"_s, Choice::For, BallotMethod::Proxy, u"X9"_s, std::nullopt };
    QCOMPARE(checkProxyBallot(unknown, ProxyAppointment { 1, 2, std::nullopt }).error().message,
             u"there is no member X9 to hold the proxy."_s);
    const BallotFacts post { u"C001"_s, Choice::For, BallotMethod::Post, u"C002"_s, 2 };
    QCOMPARE(checkProxyBallot(post, std::nullopt).error().message,
             u"a proxy (C002) is named on a ballot not cast by proxy."_s);
}

void TestEligibility::recordDate_data()
{
    QTest::addColumn<QDate>("recordDate");
    QTest::addColumn<QString>("openingRule");
    QTest::addColumn<QString>("previewRule");
    const QDate today(2025, 3, 1);
    QTest::newRow("today") << today << QString() << QString();
    QTest::newRow("last year") << today.addYears(-1) << QString() << QString();
    QTest::newRow("tomorrow") << today.addDays(1) << u"future-date"_s << QString();
    QTest::newRow("none") << QDate() << u"invalid-date"_s << u"invalid-date"_s;
}

void TestEligibility::recordDate()
{
    QFETCH(QDate, recordDate);
    QFETCH(QString, openingRule);
    QFETCH(QString, previewRule);
    const Outcome opening = checkRecordDate(recordDate, QDate(2025, 3, 1));
    QCOMPARE(ruleOf(opening), openingRule);
    if (!opening)
        QCOMPARE(opening.error().field, u"recordDate"_s);
    QCOMPARE(ruleOf(checkPreviewDate(recordDate)), previewRule);
    if (!recordDate.isValid()) {
        QCOMPARE(opening.error().message,
                 u"Voting opens on a record date: the day whose register decides who may vote."_s);
        QCOMPARE(checkPreviewDate(recordDate).error().message, u"Choose a record date."_s);
    }
}

// One member, one paper: papers recorded and coming never outnumber the roll.
void TestEligibility::paperCount_data()
{
    QTest::addColumn<qint64>("incoming");
    QTest::addColumn<PaperRoom>("room");
    QTest::addColumn<QString>("rule");
    QTest::newRow("fills the roll") << qint64 { 5 } << PaperRoom { 2, 5, 0 } << QString();
    QTest::newRow("one more than the roll") << qint64 { 6 } << PaperRoom { 2, 5, 0 } << u"too-many-papers"_s;
    QTest::newRow("the last member") << qint64 { 1 } << PaperRoom { 2, 5, 4 } << QString();
    QTest::newRow("after the last member") << qint64 { 1 } << PaperRoom { 2, 5, 5 } << u"too-many-papers"_s;
    QTest::newRow("none") << qint64 { 0 } << PaperRoom { 2, 5, 5 } << QString();
    QTest::newRow("empty roll") << qint64 { 1 } << PaperRoom { 2, 0, 0 } << u"too-many-papers"_s;
    // An old file may hold more papers than its roll; nothing more goes in.
    QTest::newRow("already over") << qint64 { 1 } << PaperRoom { 2, 5, 9 } << u"too-many-papers"_s;
    QTest::newRow("the largest count")
        << std::numeric_limits<qint64>::max() << PaperRoom { 2, 5, 1 } << u"too-many-papers"_s;
}

void TestEligibility::paperCount()
{
    QFETCH(qint64, incoming);
    QFETCH(PaperRoom, room);
    QFETCH(QString, rule);
    QCOMPARE(ruleOf(checkPaperCount(incoming, room, PaperSource::File)), rule);
    QCOMPARE(ruleOf(checkPaperCount(incoming, room, PaperSource::Entered)), rule);
}

void TestEligibility::paperCountMessages()
{
    const auto message = [](qint64 incoming, const PaperRoom& room, PaperSource source) {
        const Outcome outcome = checkPaperCount(incoming, room, source);
        return outcome ? QString() : outcome.error().message;
    };
    QCOMPARE(message(1'000'101, { 2, 5, 0 }, PaperSource::File),
             u"This file holds 1,000,101 papers, but election 2 has only 5 members on its roll yet to vote: "
             "5 on the roll, 0 papers recorded."_s);
    QCOMPARE(message(3, { 2, 5, 4 }, PaperSource::File),
             u"This file holds 3 papers, but election 2 has only 1 member on its roll yet to vote: 5 on the "
             "roll, 4 papers recorded."_s);
    QCOMPARE(message(1, { 7, 1, 1 }, PaperSource::File),
             u"This file holds 1 paper, but every member on the roll of election 7 has voted: 1 on the roll, "
             "1 paper recorded."_s);
    QCOMPARE(message(1, { 2, 5, 5 }, PaperSource::Entered),
             u"Recording 1 paper would give election 2 more papers than members on its roll: 5 on the roll, "
             "5 papers recorded already (imported papers name no voter, but each stands for a member who "
             "voted)."_s);
}

QTEST_GUILESS_MAIN(TestEligibility)
#include "TestEligibility.moc"
