#include "domain/Tally.h"
#include "domain/TallyWorking.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QTest>

#include <limits>

using namespace mutualise::domain;
using namespace Qt::StringLiterals;

namespace {

// Members numbered "1" to `count`, all in one class and holding no shares: enough for one member,
// one vote.
QList<Voter> members(int count)
{
    QList<Voter> voters;
    for (int number = 1; number <= count; ++number)
        voters.append({ QString::number(number), 1, 0 });
    return voters;
}

// Ballots from members numbered consecutively from `first`: so many for, then against, then abstaining.
QList<CastBallot> ballots(int inFavour, int against, int abstaining, int first = 1)
{
    QList<CastBallot> cast;
    int number = first;
    for (const auto& [choice, count] : { std::pair { Choice::For, inFavour },
                                         { Choice::Against, against },
                                         { Choice::Abstain, abstaining } }) {
        for (int i = 0; i < count; ++i)
            cast.append({ QString::number(number++), choice });
    }
    return cast;
}

QList<CastBallot> votes(const QStringList& inFavour, const QStringList& against = {},
                        const QStringList& abstaining = {})
{
    QList<CastBallot> cast;
    for (const QString& number : inFavour)
        cast.append({ number, Choice::For });
    for (const QString& number : against)
        cast.append({ number, Choice::Against });
    for (const QString& number : abstaining)
        cast.append({ number, Choice::Abstain });
    return cast;
}

MotionRules rulesFor(Threshold threshold, QuorumRule quorum = {})
{
    MotionRules rules;
    rules.threshold = threshold;
    rules.quorum = quorum;
    return rules;
}

// Members holding these shares, numbered "1", "2", ... in the order given.
QList<Voter> shareholders(const QList<qint64>& holdings)
{
    QList<Voter> voters;
    for (qsizetype i = 0; i < holdings.size(); ++i)
        voters.append({ QString::number(i + 1), 1, holdings.at(i) });
    return voters;
}

MotionRules byShares(Threshold threshold, int capBasisPoints)
{
    MotionRules rules = rulesFor(threshold);
    rules.scheme = VotingScheme::ShareWeighted;
    rules.capBasisPoints = capBasisPoints;
    return rules;
}

// The example: councils (class 1) 50% of the vote, employees (class 2) 25%, community
// (class 3) 25%. Four council members C1-C4, five employees E1-E5, three community members P1-P3.
enum ClassId : qint64
{
    councils = 1,
    employees = 2,
    community = 3,
};

QList<Voter> classMembers()
{
    QList<Voter> voters;
    for (const auto& [prefix, classId, count] :
         { std::tuple { u"C"_s, councils, 4 }, { u"E"_s, employees, 5 }, { u"P"_s, community, 3 } }) {
        for (int n = 1; n <= count; ++n)
            voters.append({ prefix + QString::number(n), classId, 0 });
    }
    return voters;
}

MotionRules byClass(Threshold threshold)
{
    MotionRules rules = rulesFor(threshold);
    rules.scheme = VotingScheme::ClassWeighted;
    rules.classShares = { { councils, 5000 }, { employees, 2500 }, { community, 2500 } };
    return rules;
}

QStringList numbered(const QString& prefix, int first, int last)
{
    QStringList numbers;
    for (int n = first; n <= last; ++n)
        numbers << prefix + QString::number(n);
    return numbers;
}

Result<Tally> countOn(const QList<Voter>& voters, const MotionRules& rules, const QList<CastBallot>& cast,
                      const QSet<QString>& attended = {})
{
    const Result<VoterRoll> roll = freezeRoll(voters, rules);
    if (!roll)
        return roll.error();
    return countVotes(*roll, rules, cast, attended);
}

using ClassShares = QHash<qint64, int>; // by class id, in basis points

template<typename T>
QString problem(const Result<T>& result)
{
    return result ? QString() : result.error().message;
}

QString ruleOf(const Result<Tally>& result)
{
    return result ? QString() : result.error().rule;
}

QList<qint64> weightsOf(const VoterRoll& roll)
{
    QList<qint64> weights;
    for (const RollEntry& entry : roll.entries)
        weights.append(entry.weight);
    return weights;
}

} // namespace

class TestTally : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void keys();
    void thresholds_data();
    void thresholds();
    void zeroTurnout();
    void quorum_data();
    void quorum();
    void shareWeights_data();
    void shareWeights();
    void shareWeightedCount_data();
    void shareWeightedCount();
    void classWeighted_data();
    void classWeighted();
    void classDropsOut();
    void classSharesMustFitTheRoll_data();
    void classSharesMustFitTheRoll();
    void ballotErrors_data();
    void ballotErrors();
    void secretMatchesOpen_data();
    void secretMatchesOpen();
    void secretErrors_data();
    void secretErrors();
    void rollErrors_data();
    void rollErrors();
    void rollOrder();
    void fingerprint();
    void alteredRollIsRefused();
    void workingOneMemberOneVote();
    void workingNotMet();
    void workingInquorate();
    void workingClassWeighted();
    void fractions();
};

void TestTally::initTestCase()
{
    QLocale::setDefault(QLocale(u"en_GB"_s));
}

void TestTally::cleanupTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestTally::keys()
{
    for (const Threshold threshold : allThresholds())
        QCOMPARE(thresholdFromKey(thresholdKey(threshold)), threshold);
    for (const VotingScheme scheme : allVotingSchemes())
        QCOMPARE(votingSchemeFromKey(votingSchemeKey(scheme)), scheme);
    for (const Choice choice : allChoices())
        QCOMPARE(choiceFromKey(choiceKey(choice)), choice);
    for (const BallotMethod method : allBallotMethods())
        QCOMPARE(ballotMethodFromKey(ballotMethodKey(method)), method);
    for (const Attendance attendance : allAttendances())
        QCOMPARE(attendanceFromKey(attendanceKey(attendance)), attendance);
    for (const MotionOutcome outcome :
         { MotionOutcome::Carried, MotionOutcome::Defeated, MotionOutcome::Void })
        QCOMPARE(motionOutcomeFromKey(motionOutcomeKey(outcome)), outcome);

    QCOMPARE(thresholdKey(Threshold::TwoThirds), u"two-thirds"_s);
    QCOMPARE(thresholdKey(Threshold::AbsoluteMajority), u"absolute"_s);
    QCOMPARE(votingSchemeKey(VotingScheme::OneMemberOneVote), u"omov"_s);
    QCOMPARE(ballotMethodKey(BallotMethod::InPerson), u"person"_s);
    QCOMPARE(attendanceKey(Attendance::Apologies), u"apologies"_s);
    QCOMPARE(thresholdFromKey(u"Special"), std::nullopt); // keys are exact
    QCOMPARE(choiceFromKey(u""), std::nullopt);
    QVERIFY(!thresholdLabel(Threshold::Special).isEmpty());
}

void TestTally::thresholds_data()
{
    QTest::addColumn<Threshold>("threshold");
    QTest::addColumn<int>("eligible");
    QTest::addColumn<int>("inFavour");
    QTest::addColumn<int>("against");
    QTest::addColumn<int>("abstaining");
    QTest::addColumn<QString>("bar"); // the figure "for" is compared with
    QTest::addColumn<QString>("outcome");

    // ordinary resolution: for > against
    QTest::newRow("ordinary 5-4") << Threshold::Ordinary << 10 << 5 << 4 << 0 << u"4"_s << u"carried"_s;
    QTest::newRow("ordinary tie 4-4") << Threshold::Ordinary << 10 << 4 << 4 << 0 << u"4"_s << u"defeated"_s;
    QTest::newRow("ordinary 4-5") << Threshold::Ordinary << 10 << 4 << 5 << 0 << u"5"_s << u"defeated"_s;
    // 1 > 0: abstentions are not votes cast, however many
    QTest::newRow("ordinary 1-0, 8 abstain")
        << Threshold::Ordinary << 10 << 1 << 0 << 8 << u"0"_s << u"carried"_s;

    // special resolution: 4 x for >= 3 x votes cast
    // 3 for, 1 against: cast 4, 75% of 4 = 3; 3 >= 3
    QTest::newRow("special exactly 75%, 3-1")
        << Threshold::Special << 10 << 3 << 1 << 0 << u"3"_s << u"carried"_s;
    // 74 for, 26 against: cast 100, 75% = 75; 74 < 75
    QTest::newRow("special 74%") << Threshold::Special << 100 << 74 << 26 << 0 << u"75"_s << u"defeated"_s;
    // 405 for, 135 against: cast 540, 75% = 405; 405 >= 405
    QTest::newRow("special 405-135") << Threshold::Special << 600 << 405 << 135 << 0 << u"405"_s
                                     << u"carried"_s;
    // 404 for, 136 against: 404 < 405
    QTest::newRow("special 404-136") << Threshold::Special << 600 << 404 << 136 << 0 << u"405"_s
                                     << u"defeated"_s;
    // 406 for, 135 against: cast 541, 75% = 405.75 = 1623/4; 406 >= 405.75
    QTest::newRow("special 406-135") << Threshold::Special << 600 << 406 << 135 << 0 << u"1623/4"_s
                                     << u"carried"_s;
    // 405 for, 136 against: cast 541; 405 < 405.75 though 405/541 rounds to 74.86%
    QTest::newRow("special 405-136") << Threshold::Special << 600 << 405 << 136 << 0 << u"1623/4"_s
                                     << u"defeated"_s;
    // 2 for, 1 against: 66.7% is not 75%; 8 < 9
    QTest::newRow("special 2-1") << Threshold::Special << 10 << 2 << 1 << 0 << u"9/4"_s << u"defeated"_s;
    // 3 for, 1 against, 6 abstain: abstentions do not dilute; 3 >= 3
    QTest::newRow("special 3-1, 6 abstain")
        << Threshold::Special << 10 << 3 << 1 << 6 << u"3"_s << u"carried"_s;
    // nothing cast: 0 >= 75% of 0 holds, but no votes cast carries nothing
    QTest::newRow("special 0-0") << Threshold::Special << 10 << 0 << 0 << 0 << u"0"_s << u"defeated"_s;
    QTest::newRow("special 0-0, 4 abstain")
        << Threshold::Special << 10 << 0 << 0 << 4 << u"0"_s << u"defeated"_s;

    // two-thirds: 3 x for >= 2 x votes cast
    // 2 for, 1 against: cast 3, 2/3 of 3 = 2; 2 >= 2
    QTest::newRow("two-thirds exactly, 2-1")
        << Threshold::TwoThirds << 10 << 2 << 1 << 0 << u"2"_s << u"carried"_s;
    // 66 for, 34 against: cast 100, 2/3 = 66 2/3; 66 < 66.67
    QTest::newRow("two-thirds 66-34")
        << Threshold::TwoThirds << 100 << 66 << 34 << 0 << u"200/3"_s << u"defeated"_s;
    // 67 for, 33 against: 67 >= 66.67
    QTest::newRow("two-thirds 67-33")
        << Threshold::TwoThirds << 100 << 67 << 33 << 0 << u"200/3"_s << u"carried"_s;
    // 3 for, 2 against: cast 5, 2/3 = 10/3 = 3.33; 3 < 3.33
    QTest::newRow("two-thirds 3-2") << Threshold::TwoThirds << 10 << 3 << 2 << 0 << u"10/3"_s
                                    << u"defeated"_s;
    QTest::newRow("two-thirds 0-0") << Threshold::TwoThirds << 10 << 0 << 0 << 3 << u"0"_s << u"defeated"_s;

    // unanimous: for >= votes cast, i.e. nobody against, and at least one for
    QTest::newRow("unanimous 5-0") << Threshold::Unanimous << 10 << 5 << 0 << 0 << u"5"_s << u"carried"_s;
    QTest::newRow("unanimous 5-1") << Threshold::Unanimous << 10 << 5 << 1 << 0 << u"6"_s << u"defeated"_s;
    QTest::newRow("unanimous 1-0, 7 abstain")
        << Threshold::Unanimous << 10 << 1 << 0 << 7 << u"1"_s << u"carried"_s;
    // only abstentions: nobody against, but nobody for either
    QTest::newRow("unanimous 0-0, 3 abstain")
        << Threshold::Unanimous << 10 << 0 << 0 << 3 << u"0"_s << u"defeated"_s;

    // absolute majority: 2 x for > eligible weight, whoever voted
    // 6 of 10: 6 > 5
    QTest::newRow("absolute 6 of 10")
        << Threshold::AbsoluteMajority << 10 << 6 << 4 << 0 << u"5"_s << u"carried"_s;
    // 5 of 10 with none against: 5 > 5 fails; those who stayed away count as not in favour
    QTest::newRow("absolute 5 of 10")
        << Threshold::AbsoluteMajority << 10 << 5 << 0 << 0 << u"5"_s << u"defeated"_s;
    QTest::newRow("absolute 5 of 10, 5 abstain")
        << Threshold::AbsoluteMajority << 10 << 5 << 0 << 5 << u"5"_s << u"defeated"_s;
    // 6 of 11: half of 11 is 5.5; 6 > 5.5
    QTest::newRow("absolute 6 of 11")
        << Threshold::AbsoluteMajority << 11 << 6 << 0 << 0 << u"11/2"_s << u"carried"_s;
    // 5 of 11: 5 < 5.5, although 5 for, 1 against is a clear ordinary majority
    QTest::newRow("absolute 5 of 11")
        << Threshold::AbsoluteMajority << 11 << 5 << 1 << 2 << u"11/2"_s << u"defeated"_s;
}

void TestTally::thresholds()
{
    QFETCH(Threshold, threshold);
    QFETCH(int, eligible);
    QFETCH(int, inFavour);
    QFETCH(int, against);
    QFETCH(int, abstaining);
    QFETCH(QString, bar);
    QFETCH(QString, outcome);

    const Result<Tally> tally
        = countOn(members(eligible), rulesFor(threshold), ballots(inFavour, against, abstaining));
    QVERIFY2(tally, qPrintable(problem(tally)));
    QCOMPARE(tally->test.threshold, threshold);
    QCOMPARE(tally->test.bar.toString(), bar);
    QCOMPARE(motionOutcomeKey(tally->outcome), outcome);
    QCOMPARE(tally->test.isMet, outcome == u"carried"_s);
    // one member, one vote: every weight is the count of members
    QCOMPARE(tally->votesFor, (ChoiceTotal { inFavour, Fraction(inFavour) }));
    QCOMPARE(tally->votesAgainst, (ChoiceTotal { against, Fraction(against) }));
    QCOMPARE(tally->abstentions, (ChoiceTotal { abstaining, Fraction(abstaining) }));
    QCOMPARE(tally->votesCast, Fraction(inFavour + against));
    QCOMPARE(tally->eligibleWeight, Fraction(eligible));
    QCOMPARE(tally->eligibleMembers, eligible);
    QCOMPARE(tally->ruleVersion, 1);
}

void TestTally::zeroTurnout()
{
    // Nobody came: with no quorum set the motion is simply defeated.
    const Result<Tally> noQuorum = countOn(members(10), rulesFor(Threshold::Special), {});
    QVERIFY2(noQuorum, qPrintable(problem(noQuorum)));
    QVERIFY(!noQuorum->hasVotesCast());
    QCOMPARE(noQuorum->quorum.participating, 0);
    QVERIFY(noQuorum->quorum.isQuorate()); // 0 needed
    QCOMPARE(noQuorum->outcome, MotionOutcome::Defeated);
    QVERIFY(describeWorking(*noQuorum).contains(
        u"Special resolution: no votes were cast (abstentions are not votes), so the motion cannot carry."_s));

    // With a quorum of one member the meeting decided nothing at all.
    const Result<Tally> oneNeeded = countOn(members(10), rulesFor(Threshold::Special, { 1, 0 }), {});
    QVERIFY2(oneNeeded, qPrintable(problem(oneNeeded)));
    QCOMPARE(oneNeeded->outcome, MotionOutcome::Void);
}

void TestTally::quorum_data()
{
    QTest::addColumn<int>("eligible");
    QTest::addColumn<QuorumRule>("rule");
    QTest::addColumn<QList<CastBallot>>("cast");
    QTest::addColumn<QSet<QString>>("attended");
    QTest::addColumn<qint64>("fromShare");
    QTest::addColumn<qint64>("required");
    QTest::addColumn<qint64>("participating");
    QTest::addColumn<QString>("outcome");

    const QSet<QString> nobody;
    // All rows are ordinary resolutions with at least one for and none against: carried when quorate.

    // --- by number
    QTest::newRow("5 needed, 5 vote") << 41 << QuorumRule { 5, 0 } << ballots(5, 0, 0) << nobody << qint64(0)
                                      << qint64(5) << qint64(5) << u"carried"_s;
    QTest::newRow("5 needed, 4 vote") << 41 << QuorumRule { 5, 0 } << ballots(4, 0, 0) << nobody << qint64(0)
                                      << qint64(5) << qint64(4) << u"void"_s;
    // --- by share, rounded up: 10% of 41 = 4.1, so 5
    QTest::newRow("10% of 41, 4 vote") << 41 << QuorumRule { 0, 1000 } << ballots(4, 0, 0) << nobody
                                       << qint64(5) << qint64(5) << qint64(4) << u"void"_s;
    QTest::newRow("10% of 41, 5 vote") << 41 << QuorumRule { 0, 1000 } << ballots(5, 0, 0) << nobody
                                       << qint64(5) << qint64(5) << qint64(5) << u"carried"_s;
    // 10% of 40 = 4 exactly: nothing to round
    QTest::newRow("10% of 40, 4 vote") << 40 << QuorumRule { 0, 1000 } << ballots(4, 0, 0) << nobody
                                       << qint64(4) << qint64(4) << qint64(4) << u"carried"_s;
    // 0.01% of 41 = 0.0041, rounded up to 1
    QTest::newRow("0.01% of 41, nobody") << 41 << QuorumRule { 0, 1 } << QList<CastBallot>() << nobody
                                         << qint64(1) << qint64(1) << qint64(0) << u"void"_s;
    // --- the larger of both: max(3, 5) = 5; max(7, 5) = 7
    QTest::newRow("larger is the share") << 41 << QuorumRule { 3, 1000 } << ballots(4, 0, 0) << nobody
                                         << qint64(5) << qint64(5) << qint64(4) << u"void"_s;
    QTest::newRow("larger is the number") << 41 << QuorumRule { 7, 1000 } << ballots(6, 0, 0) << nobody
                                          << qint64(5) << qint64(7) << qint64(6) << u"void"_s;
    QTest::newRow("larger is met") << 41 << QuorumRule { 7, 1000 } << ballots(7, 0, 0) << nobody << qint64(5)
                                   << qint64(7) << qint64(7) << u"carried"_s;
    // --- who takes part
    // 1 for + 4 abstaining = 5 take part: abstentions count for the quorum, not as votes cast
    QTest::newRow("abstentions count") << 41 << QuorumRule { 0, 1000 } << ballots(1, 0, 4) << nobody
                                       << qint64(5) << qint64(5) << qint64(5) << u"carried"_s;
    // 1 votes; 6, 7, 8, 9 attend without a ballot: 5 take part
    QTest::newRow("attendance counts") << 41 << QuorumRule { 0, 1000 } << ballots(1, 0, 0)
                                       << QSet<QString> { u"6"_s, u"7"_s, u"8"_s, u"9"_s } << qint64(5)
                                       << qint64(5) << qint64(5) << u"carried"_s;
    // 1, 2, 3 vote and also attend; 4 attends: 4 distinct members, not 7
    QTest::newRow("each member once") << 41 << QuorumRule { 0, 1000 } << ballots(3, 0, 0)
                                      << QSet<QString> { u"1"_s, u"2"_s, u"3"_s, u"4"_s } << qint64(5)
                                      << qint64(5) << qint64(4) << u"void"_s;
    // strangers in the room never count: 4 members and 2 non-members are 4
    QTest::newRow("non-members ignored")
        << 41 << QuorumRule { 0, 1000 } << ballots(4, 0, 0) << QSet<QString> { u"X1"_s, u"99"_s } << qint64(5)
        << qint64(5) << qint64(4) << u"void"_s;
    // inquorate is void even when every vote is for
    QTest::newRow("void though unanimous") << 41 << QuorumRule { 10, 0 } << ballots(9, 0, 0) << nobody
                                           << qint64(0) << qint64(10) << qint64(9) << u"void"_s;
}

void TestTally::quorum()
{
    QFETCH(int, eligible);
    QFETCH(QuorumRule, rule);
    QFETCH(QList<CastBallot>, cast);
    QFETCH(QSet<QString>, attended);
    QFETCH(qint64, fromShare);
    QFETCH(qint64, required);
    QFETCH(qint64, participating);
    QFETCH(QString, outcome);

    const Result<Tally> tally
        = countOn(members(eligible), rulesFor(Threshold::Ordinary, rule), cast, attended);
    QVERIFY2(tally, qPrintable(problem(tally)));
    QCOMPARE(tally->quorum.rule, rule);
    QCOMPARE(tally->quorum.eligibleMembers, eligible);
    QCOMPARE(tally->quorum.fromShare, fromShare);
    QCOMPARE(tally->quorum.required, required);
    QCOMPARE(tally->quorum.participating, participating);
    QCOMPARE(tally->quorum.isQuorate(), participating >= required);
    QCOMPARE(motionOutcomeKey(tally->outcome), outcome);
}

void TestTally::shareWeights_data()
{
    QTest::addColumn<QList<qint64>>("holdings");
    QTest::addColumn<int>("capBasisPoints");
    QTest::addColumn<QList<qint64>>("weights");
    QTest::addColumn<qint64>("total");

    // 1,000 shares in all; a 10% cap is 100: every holding is cut to 100. One pass only: the capped
    // total is 400, and 10% of that (40) is not applied again.
    QTest::newRow("cap 10% of 1,000") << QList<qint64> { 400, 300, 200, 100 } << 1000
                                      << QList<qint64> { 100, 100, 100, 100 } << qint64(400);
    // 1,000 shares; a 20% cap is 200: only the 600 is cut
    QTest::newRow("cap 20% of 1,000, one capped") << QList<qint64> { 600, 100, 100, 100, 100 } << 2000
                                                  << QList<qint64> { 200, 100, 100, 100, 100 } << qint64(600);
    // 1,000 shares; a 25% cap is 250: 400 and 300 are cut, 200 and 100 are not
    QTest::newRow("cap 25% of 1,000, two capped") << QList<qint64> { 400, 300, 200, 100 } << 2500
                                                  << QList<qint64> { 250, 250, 200, 100 } << qint64(800);
    QTest::newRow("no cap") << QList<qint64> { 400, 300, 200, 100 } << 0
                            << QList<qint64> { 400, 300, 200, 100 } << qint64(1000);
    // 1,005 shares; 10% = 100.5, rounded down to 100
    QTest::newRow("cap rounds down") << QList<qint64> { 405, 300, 200, 100 } << 1000
                                     << QList<qint64> { 100, 100, 100, 100 } << qint64(400);
    // a member with no shares is on the roll with no weight
    QTest::newRow("no shares, no weight")
        << QList<qint64> { 0, 50, 50 } << 0 << QList<qint64> { 0, 50, 50 } << qint64(100);
    QTest::newRow("no shares under a cap")
        << QList<qint64> { 0, 500, 500 } << 1000 << QList<qint64> { 0, 100, 100 } << qint64(200);
    // a 100% cap cuts nothing
    QTest::newRow("cap 100%") << QList<qint64> { 7, 3 } << 10000 << QList<qint64> { 7, 3 } << qint64(10);
}

void TestTally::shareWeights()
{
    QFETCH(QList<qint64>, holdings);
    QFETCH(int, capBasisPoints);
    QFETCH(QList<qint64>, weights);
    QFETCH(qint64, total);

    const Result<VoterRoll> roll
        = freezeRoll(shareholders(holdings), byShares(Threshold::Ordinary, capBasisPoints));
    QVERIFY2(roll, qPrintable(problem(roll)));
    QCOMPARE(weightsOf(*roll), weights);
    QCOMPARE(roll->totalWeight, total);
    for (qsizetype i = 0; i < holdings.size(); ++i)
        QCOMPARE(roll->entries.at(i).shares, holdings.at(i)); // kept for the record
}

void TestTally::shareWeightedCount_data()
{
    QTest::addColumn<int>("capBasisPoints");
    QTest::addColumn<QString>("forWeight");
    QTest::addColumn<QString>("againstWeight");
    QTest::addColumn<QString>("abstainWeight");
    QTest::addColumn<QString>("outcome");

    // Holdings 400, 300, 200, 100 (1,000 in all). Member 1 (400) votes for, 3 (200) and 4 (100) against,
    // 2 (300) abstains. By members that is 1 for, 2 against.
    // No cap: for 400 > against 200 + 100 = 300: carried
    QTest::newRow("no cap") << 0 << u"400"_s << u"300"_s << u"300"_s << u"carried"_s;
    // Cap 10% = 100 each: for 100 < against 100 + 100 = 200: defeated
    QTest::newRow("cap 10%") << 1000 << u"100"_s << u"200"_s << u"100"_s << u"defeated"_s;
    // Cap 25% = 250: for 250 < against 200 + 100 = 300: defeated
    QTest::newRow("cap 25%") << 2500 << u"250"_s << u"300"_s << u"250"_s << u"defeated"_s;
    // Cap 35% = 350: for 350 > against 300: carried
    QTest::newRow("cap 35%") << 3500 << u"350"_s << u"300"_s << u"300"_s << u"carried"_s;
}

void TestTally::shareWeightedCount()
{
    QFETCH(int, capBasisPoints);
    QFETCH(QString, forWeight);
    QFETCH(QString, againstWeight);
    QFETCH(QString, abstainWeight);
    QFETCH(QString, outcome);

    const Result<Tally> tally
        = countOn(shareholders({ 400, 300, 200, 100 }), byShares(Threshold::Ordinary, capBasisPoints),
                  votes({ u"1"_s }, { u"3"_s, u"4"_s }, { u"2"_s }));
    QVERIFY2(tally, qPrintable(problem(tally)));
    QCOMPARE(tally->votesFor.weight.toString(), forWeight);
    QCOMPARE(tally->votesAgainst.weight.toString(), againstWeight);
    QCOMPARE(tally->abstentions.weight.toString(), abstainWeight);
    // the unweighted counts are reported too
    QCOMPARE(tally->votesFor.members, 1);
    QCOMPARE(tally->votesAgainst.members, 2);
    QCOMPARE(tally->abstentions.members, 1);
    QCOMPARE(motionOutcomeKey(tally->outcome), outcome);
}

void TestTally::classWeighted_data()
{
    QTest::addColumn<Threshold>("threshold");
    QTest::addColumn<QList<CastBallot>>("cast");
    QTest::addColumn<QString>("forShare");
    QTest::addColumn<QString>("againstShare");
    QTest::addColumn<QString>("outcome");

    // Councils 50%, employees 25%, community 25%. Each class's share is split by how its members voted.
    //
    // Every class votes: councils 3 for, 1 against; employees 2 for, 3 against; community 1 for,
    // 1 against, 1 abstaining.
    //   for     = 1/2 x 3/4 + 1/4 x 2/5 + 1/4 x 1/2 = 3/8 + 1/10 + 1/8 = 15/40 + 4/40 + 5/40 = 24/40 = 3/5
    //   against = 1/2 x 1/4 + 1/4 x 3/5 + 1/4 x 1/2 = 1/8 + 3/20 + 1/8 =  5/40 + 6/40 + 5/40 = 16/40 = 2/5
    // By members it is 6 for, 5 against.
    const QList<CastBallot> everyClass = votes({ u"C1"_s, u"C2"_s, u"C3"_s, u"E1"_s, u"E2"_s, u"P1"_s },
                                               { u"C4"_s, u"E3"_s, u"E4"_s, u"E5"_s, u"P2"_s }, { u"P3"_s });
    // 3/5 > 2/5
    QTest::newRow("every class, ordinary")
        << Threshold::Ordinary << everyClass << u"3/5"_s << u"2/5"_s << u"carried"_s;
    // 3/5 < 3/4
    QTest::newRow("every class, special")
        << Threshold::Special << everyClass << u"3/5"_s << u"2/5"_s << u"defeated"_s;
    // 3/5 = 9/15 < 2/3 = 10/15
    QTest::newRow("every class, two-thirds")
        << Threshold::TwoThirds << everyClass << u"3/5"_s << u"2/5"_s << u"defeated"_s;
    // the whole is 1; 3/5 > 1/2
    QTest::newRow("every class, absolute")
        << Threshold::AbsoluteMajority << everyClass << u"3/5"_s << u"2/5"_s << u"carried"_s;

    // Community casts no vote (all three abstain): it drops out and councils and employees are scaled
    // up from 50% and 25% to 50/75 = 2/3 and 25/75 = 1/3.
    //   for     = 2/3 x 3/4 + 1/3 x 2/5 = 1/2 + 2/15 = 15/30 + 4/30 = 19/30
    //   against = 2/3 x 1/4 + 1/3 x 3/5 = 1/6 + 1/5  =  5/30 + 6/30 = 11/30
    const QList<CastBallot> communitySilent
        = votes({ u"C1"_s, u"C2"_s, u"C3"_s, u"E1"_s, u"E2"_s }, { u"C4"_s, u"E3"_s, u"E4"_s, u"E5"_s },
                { u"P1"_s, u"P2"_s, u"P3"_s });
    QTest::newRow("community silent, ordinary")
        << Threshold::Ordinary << communitySilent << u"19/30"_s << u"11/30"_s << u"carried"_s;
    // 19/30 < 20/30
    QTest::newRow("community silent, two-thirds")
        << Threshold::TwoThirds << communitySilent << u"19/30"_s << u"11/30"_s << u"defeated"_s;

    // Exactly 75%: councils 4-0, employees 5-0, community 0-3.
    //   for = 1/2 + 1/4 = 3/4; against = 1/4; 3/4 >= 3/4
    QTest::newRow("special exactly 75%")
        << Threshold::Special
        << votes(numbered(u"C"_s, 1, 4) + numbered(u"E"_s, 1, 5), numbered(u"P"_s, 1, 3)) << u"3/4"_s
        << u"1/4"_s << u"carried"_s;
    // Just under: councils 4-0, employees 4-1, community 0-3.
    //   for = 1/2 + 1/4 x 4/5 = 1/2 + 1/5 = 7/10; against = 1/4 x 1/5 + 1/4 = 1/20 + 5/20 = 3/10; 7/10 < 3/4
    QTest::newRow("special just under 75%") << Threshold::Special
                                            << votes(numbered(u"C"_s, 1, 4) + numbered(u"E"_s, 1, 4),
                                                     numbered(u"P"_s, 1, 3) + QStringList { u"E5"_s })
                                            << u"7/10"_s << u"3/10"_s << u"defeated"_s;
    // One council member for, everyone else against: 1 member for, 8 against, yet councils' 50% is all
    // for: for = 1/2, against = 1/4 + 1/4 = 1/2; a tie is not "more for than against"
    QTest::newRow("one council member ties eight")
        << Threshold::Ordinary << votes({ u"C1"_s }, numbered(u"E"_s, 1, 5) + numbered(u"P"_s, 1, 3))
        << u"1/2"_s << u"1/2"_s << u"defeated"_s;
    // Only one employee votes, for: employees scaled from 25% to the whole; for = 1, against = 0
    QTest::newRow("one voter, unanimous")
        << Threshold::Unanimous << votes({ u"E1"_s }) << u"1"_s << u"0"_s << u"carried"_s;
    // Everybody abstains: no class counts, no votes cast
    QTest::newRow("all abstain") << Threshold::Ordinary << votes({}, {}, numbered(u"C"_s, 1, 4)) << u"0"_s
                                 << u"0"_s << u"defeated"_s;
}

void TestTally::classWeighted()
{
    QFETCH(Threshold, threshold);
    QFETCH(QList<CastBallot>, cast);
    QFETCH(QString, forShare);
    QFETCH(QString, againstShare);
    QFETCH(QString, outcome);

    const Result<Tally> tally = countOn(classMembers(), byClass(threshold), cast);
    QVERIFY2(tally, qPrintable(problem(tally)));
    QCOMPARE(tally->votesFor.weight.toString(), forShare);
    QCOMPARE(tally->votesAgainst.weight.toString(), againstShare);
    QCOMPARE(tally->eligibleWeight, Fraction(1)); // the whole
    QCOMPARE(tally->abstentions.weight, Fraction()); // abstentions carry no weight under class weighting
    QCOMPARE(motionOutcomeKey(tally->outcome), outcome);
}

void TestTally::classDropsOut()
{
    // Community silent, as in classWeighted: councils 3-1, employees 2-3, community 3 abstaining.
    const Result<Tally> tally
        = countOn(classMembers(), byClass(Threshold::Ordinary),
                  votes({ u"C1"_s, u"C2"_s, u"C3"_s, u"E1"_s, u"E2"_s },
                        { u"C4"_s, u"E3"_s, u"E4"_s, u"E5"_s }, { u"P1"_s, u"P2"_s, u"P3"_s }));
    QVERIFY2(tally, qPrintable(problem(tally)));
    QCOMPARE(tally->classes.size(), 3);

    // councils: 50% / 75% = 2/3; for 2/3 x 3/4 = 1/2; against 2/3 x 1/4 = 1/6
    const ClassTally councilClass {
        councils, 5000, 4, 3, 1, 0, *Fraction::of(2, 3), *Fraction::of(1, 2), *Fraction::of(1, 6)
    };
    // employees: 25% / 75% = 1/3; for 1/3 x 2/5 = 2/15; against 1/3 x 3/5 = 1/5
    const ClassTally employeeClass {
        employees, 2500, 5, 2, 3, 0, *Fraction::of(1, 3), *Fraction::of(2, 15), *Fraction::of(1, 5)
    };
    // community: nobody voted for or against, so it has no share
    const ClassTally communityClass { community, 2500, 3, 0, 0, 3, Fraction(), Fraction(), Fraction() };
    QCOMPARE(tally->classes.at(0), councilClass);
    QCOMPARE(tally->classes.at(1), employeeClass);
    QCOMPARE(tally->classes.at(2), communityClass);
    QVERIFY(!tally->classes.at(2).isCounted());

    // the scaled shares of the counted classes make the whole: 2/3 + 1/3 = 1; so do for and against
    QCOMPARE(tally->votesCast, Fraction(1));
    QCOMPARE(tally->votesFor, (ChoiceTotal { 5, *Fraction::of(19, 30) }));
    QCOMPARE(tally->votesAgainst, (ChoiceTotal { 4, *Fraction::of(11, 30) }));
    QCOMPARE(tally->abstentions, (ChoiceTotal { 3, Fraction() }));
    // for display only: 19/30 = 63.333...%
    QVERIFY(qAbs(tally->votesFor.weight.toPercent() - 63.3333) < 0.001);
    QCOMPARE(tally->test.bar, *Fraction::of(11, 30));
}

void TestTally::classSharesMustFitTheRoll_data()
{
    QTest::addColumn<ClassShares>("classShares");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("freezeRule"); // what freezeRoll says, when it differs from countVotes

    QTest::newRow("50/25/25") << ClassShares { { 1, 5000 }, { 2, 2500 }, { 3, 2500 } } << QString()
                              << u"same"_s;
    // 5,000 + 2,500 + 1,500 = 9,000, not 10,000
    QTest::newRow("adds to 90%") << ClassShares { { 1, 5000 }, { 2, 2500 }, { 3, 1500 } } << u"class-shares"_s
                                 << u"same"_s;
    // 5,000 + 2,500 + 3,000 = 10,500
    QTest::newRow("adds to 105%") << ClassShares { { 1, 5000 }, { 2, 2500 }, { 3, 3000 } }
                                  << u"class-shares"_s << u"same"_s;
    QTest::newRow("a class at 0%") << ClassShares { { 1, 7500 }, { 2, 2500 }, { 3, 0 } } << u"class-shares"_s
                                   << u"same"_s;
    QTest::newRow("a negative share")
        << ClassShares { { 1, 10000 }, { 2, 2500 }, { 3, -2500 } } << u"class-shares"_s << u"same"_s;
    QTest::newRow("none") << ClassShares() << u"class-shares"_s << u"same"_s;
    // Frozen under these rules, the community (class 3, no share) is left off the roll: a class without
    // a share of the vote does not vote. A roll frozen with the community on it cannot be counted
    // under them: its members would vote for nothing.
    QTest::newRow("a roll member's class has no share")
        << ClassShares { { 1, 5000 }, { 2, 5000 } } << u"class-shares"_s << QString();
    // class 4 has a quarter of the vote but nobody on the roll is in it
    QTest::newRow("a class with nobody on the roll")
        << ClassShares { { 1, 2500 }, { 2, 2500 }, { 3, 2500 }, { 4, 2500 } } << u"class-shares"_s
        << u"same"_s;
}

void TestTally::classSharesMustFitTheRoll()
{
    QFETCH(ClassShares, classShares);
    QFETCH(QString, rule);
    QFETCH(QString, freezeRule);
    if (freezeRule == u"same")
        freezeRule = rule;

    MotionRules rules = byClass(Threshold::Ordinary);
    rules.classShares = classShares;
    const Result<VoterRoll> roll = freezeRoll(classMembers(), rules);
    QCOMPARE(roll ? QString() : roll.error().rule, freezeRule);

    // countVotes checks again: the rules may have been changed after the roll was frozen.
    const Result<VoterRoll> goodRoll = freezeRoll(classMembers(), byClass(Threshold::Ordinary));
    QVERIFY2(goodRoll, qPrintable(problem(goodRoll)));
    const Result<Tally> tally = countVotes(*goodRoll, rules, votes({ u"C1"_s }), {});
    QCOMPARE(ruleOf(tally), rule);
    if (!tally)
        QCOMPARE(tally.error().field, u"classShares"_s);
}

void TestTally::ballotErrors_data()
{
    QTest::addColumn<QList<CastBallot>>("cast");
    QTest::addColumn<QString>("rule");

    QTest::newRow("all on the roll") << votes({ u"1"_s, u"2"_s }, { u"3"_s }) << QString();
    QTest::newRow("not on the roll") << votes({ u"1"_s, u"11"_s }) << u"not-eligible"_s;
    QTest::newRow("numbers are exact") << votes({ u"01"_s }) << u"not-eligible"_s;
    QTest::newRow("twice the same way") << votes({ u"1"_s, u"2"_s, u"1"_s }) << u"voted-twice"_s;
    QTest::newRow("twice, changing sides") << votes({ u"1"_s }, { u"1"_s }) << u"voted-twice"_s;
    QTest::newRow("abstained, then voted") << votes({ u"1"_s }, {}, { u"1"_s }) << u"voted-twice"_s;
}

void TestTally::ballotErrors()
{
    QFETCH(QList<CastBallot>, cast);
    QFETCH(QString, rule);

    const Result<Tally> tally = countOn(members(10), rulesFor(Threshold::Ordinary), cast);
    QCOMPARE(ruleOf(tally), rule);
    if (!tally) {
        QCOMPARE(tally.error().field, u"memberNumber"_s);
        QVERIFY(!tally.error().message.isEmpty());
    }
}

void TestTally::secretMatchesOpen_data()
{
    QTest::addColumn<QList<Voter>>("eligible");
    QTest::addColumn<MotionRules>("rules");
    QTest::addColumn<QList<CastBallot>>("cast");
    QTest::addColumn<QList<BallotTotal>>("totals");

    // Councils 3-1, employees 2-3, community 3 abstaining; class weighting gives every member weight 1.
    QTest::newRow("by class") << classMembers() << byClass(Threshold::Ordinary)
                              << votes({ u"C1"_s, u"C2"_s, u"C3"_s, u"E1"_s, u"E2"_s },
                                       { u"C4"_s, u"E3"_s, u"E4"_s, u"E5"_s }, { u"P1"_s, u"P2"_s, u"P3"_s })
                              << QList<BallotTotal> { { councils, Choice::For, 3, 3 },
                                                      { councils, Choice::Against, 1, 1 },
                                                      { employees, Choice::For, 2, 2 },
                                                      { employees, Choice::Against, 3, 3 },
                                                      { community, Choice::Abstain, 3, 3 } };
    // Holdings 400, 300, 200, 100; member 1 for, 3 and 4 against, 2 abstaining.
    const QList<CastBallot> shareVotes = votes({ u"1"_s }, { u"3"_s, u"4"_s }, { u"2"_s });
    // no cap: for 400; against 200 + 100 = 300; abstaining 300
    QTest::newRow("by shares") << shareholders({ 400, 300, 200, 100 }) << byShares(Threshold::Ordinary, 0)
                               << shareVotes
                               << QList<BallotTotal> { { 1, Choice::For, 1, 400 },
                                                       { 1, Choice::Against, 2, 300 },
                                                       { 1, Choice::Abstain, 1, 300 } };
    // cap 10% = 100 each: for 100; against 200; abstaining 100
    QTest::newRow("by shares, capped")
        << shareholders({ 400, 300, 200, 100 }) << byShares(Threshold::Ordinary, 1000) << shareVotes
        << QList<BallotTotal> { { 1, Choice::For, 1, 100 },
                                { 1, Choice::Against, 2, 200 },
                                { 1, Choice::Abstain, 1, 100 } };
    // one member, one vote, 10 eligible: 3 for, 1 against; a line of zeros changes nothing
    QTest::newRow("one member, one vote") << members(10) << rulesFor(Threshold::Special) << ballots(3, 1, 0)
                                          << QList<BallotTotal> { { 1, Choice::For, 3, 3 },
                                                                  { 1, Choice::Against, 1, 1 },
                                                                  { 1, Choice::Abstain, 0, 0 } };
    // the same, kept for all classes together under class 0, as a secret ballot not counted by class is
    QTest::newRow("one member, one vote, all classes together")
        << members(10) << rulesFor(Threshold::Special) << ballots(3, 1, 0)
        << QList<BallotTotal> { { 0, Choice::For, 3, 3 }, { 0, Choice::Against, 1, 1 } };
}

void TestTally::secretMatchesOpen()
{
    QFETCH(QList<Voter>, eligible);
    QFETCH(MotionRules, rules);
    QFETCH(QList<CastBallot>, cast);
    QFETCH(QList<BallotTotal>, totals);

    const Result<VoterRoll> roll = freezeRoll(eligible, rules);
    QVERIFY2(roll, qPrintable(problem(roll)));
    const Result<Tally> open = countVotes(*roll, rules, cast, {});
    QVERIFY2(open, qPrintable(problem(open)));

    QStringList voted; // who voted, in an order that says nothing of how
    for (const CastBallot& ballot : cast)
        voted.prepend(ballot.memberNumber);
    const Result<Tally> secret = countSecretVotes(*roll, rules, totals, voted, {});
    QVERIFY2(secret, qPrintable(problem(secret)));
    QCOMPARE(describeWorking(*secret), describeWorking(*open));
    QVERIFY(*secret == *open);
}

void TestTally::secretErrors_data()
{
    QTest::addColumn<QStringList>("voted");
    QTest::addColumn<QList<BallotTotal>>("totals");
    QTest::addColumn<QString>("rule");

    // Holdings 400, 300, 200, 100 by shares, no cap, all in class 1.
    QTest::newRow("agrees") << QStringList { u"1"_s, u"3"_s }
                            << QList<BallotTotal> { { 1, Choice::For, 1, 400 },
                                                    { 1, Choice::Against, 1, 200 } }
                            << QString();
    QTest::newRow("not on the roll") << QStringList { u"9"_s }
                                     << QList<BallotTotal> { { 1, Choice::For, 1, 1 } } << u"not-eligible"_s;
    QTest::newRow("voted twice") << QStringList { u"1"_s, u"1"_s }
                                 << QList<BallotTotal> { { 1, Choice::For, 2, 800 } } << u"voted-twice"_s;
    // two voted, one counted
    QTest::newRow("a voter missing") << QStringList { u"1"_s, u"2"_s }
                                     << QList<BallotTotal> { { 1, Choice::For, 1, 400 } }
                                     << u"totals-mismatch"_s;
    // member 1 weighs 400, not 300
    QTest::newRow("wrong weight") << QStringList { u"1"_s }
                                  << QList<BallotTotal> { { 1, Choice::For, 1, 300 } }
                                  << u"totals-mismatch"_s;
    QTest::newRow("votes from nobody")
        << QStringList() << QList<BallotTotal> { { 1, Choice::Abstain, 1, 100 } } << u"totals-mismatch"_s;
    // nobody in class 2 voted
    QTest::newRow("a class nobody voted in")
        << QStringList { u"1"_s }
        << QList<BallotTotal> { { 1, Choice::For, 1, 400 }, { 2, Choice::Against, 1, 100 } }
        << u"totals-mismatch"_s;
    QTest::newRow("no totals at all")
        << QStringList { u"1"_s } << QList<BallotTotal>() << u"totals-mismatch"_s;
    // -1 + 2 members = 1 and -400 + 800 = 400 would add up, but a negative total is nonsense
    QTest::newRow("negative") << QStringList { u"1"_s }
                              << QList<BallotTotal> { { 1, Choice::For, -1, -400 },
                                                      { 1, Choice::Against, 2, 800 } }
                              << u"totals-mismatch"_s;
    // adding the choices' weights overflows: refused, never wrapped round
    QTest::newRow("overflowing totals")
        << QStringList { u"1"_s }
        << QList<BallotTotal> { { 1, Choice::For, 1, 400 },
                                { 1, Choice::Against, 0, std::numeric_limits<qint64>::max() } }
        << u"totals-mismatch"_s;
}

void TestTally::secretErrors()
{
    QFETCH(QStringList, voted);
    QFETCH(QList<BallotTotal>, totals);
    QFETCH(QString, rule);

    const MotionRules rules = byShares(Threshold::Ordinary, 0);
    const Result<VoterRoll> roll = freezeRoll(shareholders({ 400, 300, 200, 100 }), rules);
    QVERIFY2(roll, qPrintable(problem(roll)));
    const Result<Tally> tally = countSecretVotes(*roll, rules, totals, voted, {});
    QCOMPARE(ruleOf(tally), rule);
    if (!tally)
        QVERIFY(!tally.error().message.isEmpty());
}

void TestTally::rollErrors_data()
{
    QTest::addColumn<QList<Voter>>("eligible");
    QTest::addColumn<MotionRules>("rules");
    QTest::addColumn<QString>("rule");

    const MotionRules ordinary = rulesFor(Threshold::Ordinary);
    constexpr qint64 huge = qint64(1) << 62;

    QTest::newRow("nobody eligible") << QList<Voter>() << ordinary << u"empty-roll"_s;
    QTest::newRow("the same member twice")
        << QList<Voter> { { u"1"_s, 1, 0 }, { u"2"_s, 1, 0 }, { u"1"_s, 1, 0 } } << ordinary
        << u"duplicate-voter"_s;
    QTest::newRow("no number") << QList<Voter> { { QString(), 1, 0 } } << ordinary << u"invalid-number"_s;
    QTest::newRow("a tab in the number")
        << QList<Voter> { { u"1\t2"_s, 1, 0 } } << ordinary << u"invalid-number"_s;
    QTest::newRow("negative shares") << shareholders({ 10, -1 }) << byShares(Threshold::Ordinary, 0)
                                     << u"invalid-shares"_s;
    QTest::newRow("nobody holds shares")
        << shareholders({ 0, 0 }) << byShares(Threshold::Ordinary, 0) << u"no-voting-weight"_s;
    // 1% of 50 shares = 0.5, rounded down to 0: nobody could vote
    QTest::newRow("cap below one share")
        << shareholders({ 30, 20 }) << byShares(Threshold::Ordinary, 100) << u"no-voting-weight"_s;
    QTest::newRow("cap over 100%") << shareholders({ 1 }) << byShares(Threshold::Ordinary, 10001)
                                   << u"invalid-cap"_s;
    QTest::newRow("negative cap") << shareholders({ 1 }) << byShares(Threshold::Ordinary, -1)
                                  << u"invalid-cap"_s;
    QTest::newRow("quorum over 100%")
        << members(3) << rulesFor(Threshold::Ordinary, { 0, 10001 }) << u"invalid-quorum"_s;
    QTest::newRow("negative quorum") << members(3) << rulesFor(Threshold::Ordinary, { -1, 0 })
                                     << u"invalid-quorum"_s;
    // 2^62 + 2^62 = 2^63, one more than a qint64 holds
    QTest::newRow("shares overflow") << shareholders({ huge, huge }) << byShares(Threshold::Ordinary, 0)
                                     << u"tally-overflow"_s;
    // 2^62 + (2^62 - 1) = 2^63 - 1 fits; a 50% cap is then floor((2^63 - 1) / 2) = 2^62 - 1
    QTest::newRow("shares just fit") << shareholders({ huge, huge - 1 })
                                     << byShares(Threshold::Ordinary, 5000) << QString();
}

void TestTally::rollErrors()
{
    QFETCH(QList<Voter>, eligible);
    QFETCH(MotionRules, rules);
    QFETCH(QString, rule);

    const Result<VoterRoll> roll = freezeRoll(eligible, rules);
    QCOMPARE(roll ? QString() : roll.error().rule, rule);
    if (!roll)
        QVERIFY(!roll.error().message.isEmpty());
}

void TestTally::rollOrder()
{
    // The register's order: fewer characters first, then by text.
    const QList<Voter> eligible {
        { u"C001"_s, 2, 0 }, { u"1042"_s, 2, 0 }, { u"12"_s, 1, 0 }, { u"2"_s, 1, 0 }
    };
    const Result<VoterRoll> roll = freezeRoll(eligible, rulesFor(Threshold::Ordinary));
    QVERIFY2(roll, qPrintable(problem(roll)));
    QStringList numbers;
    for (const RollEntry& entry : roll->entries)
        numbers << entry.memberNumber;
    QCOMPARE(numbers, (QStringList { u"2"_s, u"12"_s, u"1042"_s, u"C001"_s }));
    QCOMPARE(roll->entries.at(3), (RollEntry { u"C001"_s, 2, 0, 1 }));
}

void TestTally::fingerprint()
{
    const QList<Voter> eligible {
        { u"C001"_s, 2, 5 }, { u"1042"_s, 2, 7 }, { u"12"_s, 1, 3 }, { u"2"_s, 1, 0 }
    };
    const Result<VoterRoll> roll = freezeRoll(eligible, rulesFor(Threshold::Ordinary));
    QVERIFY2(roll, qPrintable(problem(roll)));

    // The canonical text exactly as Tally.h documents it: number TAB class TAB weight LF per entry in
    // roll order, then "total" TAB total weight LF. Worked out by hand from the roll above.
    const QByteArray canonical = "2\t1\t1\n12\t1\t1\n1042\t2\t1\nC001\t2\t1\ntotal\t4\n";
    // printf '2\t1\t1\n12\t1\t1\n1042\t2\t1\nC001\t2\t1\ntotal\t4\n' | sha256sum
    const QByteArray bySha256sum = "ae87645c1d897d9b701d122bc75f6853379a8bdf70a55555f4c1695b4f78c2b6";
    QCOMPARE(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex(), bySha256sum);
    QCOMPARE(roll->fingerprint, bySha256sum);
    QCOMPARE(rollFingerprint(roll->entries, roll->totalWeight), bySha256sum);

    // By shares the weights are 0, 3, 7, 5 (total 15): a different text and a different fingerprint.
    MotionRules byShareRules = rulesFor(Threshold::Ordinary);
    byShareRules.scheme = VotingScheme::ShareWeighted;
    const Result<VoterRoll> weighted = freezeRoll(eligible, byShareRules);
    QVERIFY2(weighted, qPrintable(problem(weighted)));
    QCOMPARE(weighted->fingerprint,
             QCryptographicHash::hash("2\t1\t0\n12\t1\t3\n1042\t2\t7\nC001\t2\t5\ntotal\t15\n",
                                      QCryptographicHash::Sha256)
                 .toHex());

    // One share more for member 12 changes its weight, the total and so the fingerprint.
    QList<Voter> oneMore = eligible;
    oneMore[2].shares = 4;
    const Result<VoterRoll> changed = freezeRoll(oneMore, byShareRules);
    QVERIFY2(changed, qPrintable(problem(changed)));
    QVERIFY(changed->fingerprint != weighted->fingerprint);

    // A change of class alone changes it too: a class-weighted count depends on the class.
    RollEntry moved = roll->entries.at(0);
    moved.classId = 2;
    QVERIFY(rollFingerprint({ moved, roll->entries.at(1), roll->entries.at(2), roll->entries.at(3) }, 4)
            != roll->fingerprint);
}

void TestTally::alteredRollIsRefused()
{
    const MotionRules rules = byShares(Threshold::Ordinary, 0);
    const Result<VoterRoll> frozen = freezeRoll(shareholders({ 400, 300 }), rules);
    QVERIFY2(frozen, qPrintable(problem(frozen)));
    const QList<CastBallot> cast = votes({ u"2"_s }, { u"1"_s });

    VoterRoll heavier = *frozen; // member 2's weight raised and the total kept in step
    heavier.entries[1].weight = 500;
    heavier.totalWeight = 900;
    QCOMPARE(ruleOf(countVotes(heavier, rules, cast, {})), u"roll-altered"_s);

    VoterRoll wrongTotal = *frozen;
    wrongTotal.totalWeight = 701;
    QCOMPARE(ruleOf(countVotes(wrongTotal, rules, cast, {})), u"roll-altered"_s);

    VoterRoll twice = *frozen; // a member added twice, with a fingerprint made to match
    twice.entries.append(twice.entries.at(0));
    twice.totalWeight = 1100;
    twice.fingerprint = rollFingerprint(twice.entries, twice.totalWeight);
    QCOMPARE(ruleOf(countVotes(twice, rules, cast, {})), u"roll-altered"_s);

    QCOMPARE(ruleOf(countVotes(*frozen, rules, cast, {})), QString());
}

void TestTally::workingOneMemberOneVote()
{
    // 601 eligible; members 1-412 for, 413-540 against, 541-557 abstain; 10% quorum.
    const Result<Tally> tally
        = countOn(members(601), rulesFor(Threshold::Special, { 0, 1000 }), ballots(412, 128, 17));
    QVERIFY2(tally, qPrintable(problem(tally)));
    const QStringList expected {
        u"Voting: One member, one vote; Special resolution; counted under version 1 of the tally rules."_s,
        u"Eligible members on the roll: 601, one vote each."_s,
        // 10% of 601 = 60.1, rounded up to 61
        u"Quorum: 10% of 601 eligible members is 60.1, rounded up to 61, so 61 are needed."_s,
        // 412 + 128 + 17 = 557 took part
        u"Took part (present, by proxy or by casting a ballot, abstentions included): 557, with 61 needed: "
        u"quorate."_s,
        u"For: 412. Against: 128. Abstaining: 17."_s,
        u"Votes cast: 412 for + 128 against = 540 (abstentions, 17, are not votes cast)."_s,
        // 75% of 540 = 405; 412 >= 405
        u"Special resolution: needs votes for ≥ 75% of votes cast: 412 ≥ 405 (75% of 540): met."_s,
        u"Outcome: Carried."_s,
    };
    QCOMPARE(describeWorking(*tally), expected);
}

void TestTally::workingNotMet()
{
    // Absolute majority of 557: half is 278 1/2; 278 for is not more than that.
    const Result<Tally> tally
        = countOn(members(557), rulesFor(Threshold::AbsoluteMajority, { 3, 1000 }), ballots(278, 10, 0));
    QVERIFY2(tally, qPrintable(problem(tally)));
    const QStringList lines = describeWorking(*tally);
    // 10% of 557 = 55.7, rounded up to 56; the larger of 3 and 56 is 56
    QVERIFY(
        lines.contains(u"Quorum: the larger of 3 members and 10% of 557 eligible members is 55.7, rounded up "
                       u"to 56: 56 are needed."_s));
    QVERIFY(
        lines.contains(u"Absolute majority: needs votes for > half of the whole eligible weight, voting or "
                       u"not: 278 ≤ 278½ (half of 557): not met."_s));
    QCOMPARE(lines.last(), u"Outcome: Defeated."_s);

    // By shares, with figures grouped as the locale writes them: 1,500 for against 1,000 and 2,000
    const Result<Tally> byShareCount
        = countOn(shareholders({ 1500, 1000, 2000 }), byShares(Threshold::Ordinary, 0),
                  votes({ u"1"_s }, { u"2"_s }, { u"3"_s }));
    QVERIFY2(byShareCount, qPrintable(problem(byShareCount)));
    const QStringList shareLines = describeWorking(*byShareCount);
    QVERIFY(shareLines.contains(
        u"For: 1,500 (members: 1). Against: 1,000 (members: 1). Abstaining: 2,000 (members: 1)."_s));
    QVERIFY(shareLines.contains(u"Votes cast: 1,500 for + 1,000 against = 2,500 (abstentions, 2,000, are not "
                                u"votes cast)."_s));
    QVERIFY(shareLines.contains(
        u"Ordinary resolution: needs more votes for than against: 1,500 > 1,000: met."_s));

    // Only a member with no shares votes: a ballot was cast, but it weighs nothing.
    const Result<Tally> weightless
        = countOn(shareholders({ 0, 10 }), byShares(Threshold::Ordinary, 0), votes({ u"1"_s }));
    QVERIFY2(weightless, qPrintable(problem(weightless)));
    QVERIFY(!weightless->hasVotesCast());
    QCOMPARE(weightless->votesFor, (ChoiceTotal { 1, Fraction(0) }));
    QCOMPARE(weightless->outcome, MotionOutcome::Defeated);
    QVERIFY(describeWorking(*weightless)
                .contains(u"Ordinary resolution: the votes cast carry no weight (those who cast them hold no "
                          u"shares), so the motion cannot carry."_s));
}

void TestTally::workingInquorate()
{
    const Result<Tally> tally
        = countOn(members(20), rulesFor(Threshold::Ordinary, { 5, 0 }), ballots(3, 0, 0), { u"4"_s });
    QVERIFY2(tally, qPrintable(problem(tally)));
    const QStringList lines = describeWorking(*tally);
    QVERIFY(lines.contains(u"Quorum: at least 5 members."_s));
    QVERIFY(lines.contains(
        u"Took part (present, by proxy or by casting a ballot, abstentions included): 4, with 5 "
        u"needed: not quorate, so the vote is void whatever the votes."_s));
    QCOMPARE(lines.last(), u"Outcome: Void, because the meeting was not quorate."_s);
}

void TestTally::workingClassWeighted()
{
    const Result<Tally> tally
        = countOn(classMembers(), byClass(Threshold::Special),
                  votes({ u"C1"_s, u"C2"_s, u"C3"_s, u"E1"_s, u"E2"_s },
                        { u"C4"_s, u"E3"_s, u"E4"_s, u"E5"_s }, { u"P1"_s, u"P2"_s, u"P3"_s }));
    QVERIFY2(tally, qPrintable(problem(tally)));
    const QHash<qint64, QString> names { { councils, u"Councils"_s }, { employees, u"Employees"_s } };
    const QStringList expected {
        u"Voting: Weighted by class; Special resolution; counted under version 1 of the tally rules."_s,
        u"Eligible members on the roll: 12; each class's votes count for its agreed share of the whole."_s,
        u"Quorum: none is required."_s,
        u"Took part (present, by proxy or by casting a ballot, abstentions included): 12, with 0 needed: "
        u"quorate."_s,
        u"Members for: 5. Against: 4. Abstaining: 3 (abstentions carry no weight under class weighting)."_s,
        u"Councils, agreed share 50%: for 3, against 1, abstaining 0."_s,
        u"Councils counts as 50% ÷ 75% = 2/3 of the whole: for 2/3 × 3/4 = 1/2; against 2/3 × 1/4 = 1/6."_s,
        u"Employees, agreed share 25%: for 2, against 3, abstaining 0."_s,
        u"Employees counts as 25% ÷ 75% = 1/3 of the whole: for 1/3 × 2/5 = 2/15; against 1/3 × 3/5 = 1/5."_s,
        // class 3 has no name given, so it is called by its id
        u"Class 3, agreed share 25%: for 0, against 0, abstaining 3."_s,
        u"Class 3 cast no votes, so its share drops out and the other classes' shares are scaled up to the "
        u"whole."_s,
        // 1/2 + 2/15 = 19/30 = 63.33%; 1/6 + 1/5 = 11/30 = 36.67%; 19/30 + 11/30 = 1
        u"Share of the whole for: 1/2 + 2/15 = 19/30 (63.33%). Against: 1/6 + 1/5 = 11/30 (36.67%)."_s,
        u"Votes cast: 19/30 (63.33%) for + 11/30 (36.67%) against = 1 (100%) (abstentions, 3, are not votes "
        u"cast)."_s,
        // 3/4 of the whole; 19/30 < 3/4
        u"Special resolution: needs votes for ≥ 75% of votes cast: 19/30 (63.33%) < 3/4 (75%): not met."_s,
        u"Outcome: Defeated."_s,
    };
    QCOMPARE(describeWorking(*tally, names), expected);
}

void TestTally::fractions()
{
    // 1/2 + 2/15 = 15/30 + 4/30 = 19/30; 2/3 x 3/4 = 6/12 = 1/2
    QCOMPARE(Fraction::of(1, 2)->plus(*Fraction::of(2, 15)), Fraction::of(19, 30));
    QCOMPARE(Fraction::of(2, 3)->times(*Fraction::of(3, 4)), Fraction::of(1, 2));
    QCOMPARE(Fraction::of(5000, 7500)->toString(), u"2/3"_s);
    QCOMPARE(Fraction::of(0, 7)->toString(), u"0"_s);
    QCOMPARE(Fraction::of(1, 0), std::nullopt);
    QCOMPARE(Fraction::of(-1, 2), std::nullopt);
    QVERIFY(*Fraction::of(3, 4) == *Fraction::of(6, 8));
    QVERIFY(*Fraction::of(2, 3) < *Fraction::of(3, 4));
    QVERIFY(*Fraction::of(7, 10) > *Fraction::of(2, 3));

    // Terms too large to cross-multiply in 128 bits still compare exactly:
    // (2^125 - 1) / 2^125 = 1 - 1/2^125 is more than (2^125 - 2) / (2^125 - 1) = 1 - 1/(2^125 - 1).
    const WideInteger big = WideInteger(1) << 125;
    QVERIFY(*Fraction::of(big - 1, big) > *Fraction::of(big - 2, big - 1));
    QVERIFY(*Fraction::of(big, big - 1) > Fraction(1));
    QCOMPARE(wideIntegerText(big), u"42535295865117307932921825928971026432"_s);

    // 2^126 + 2^126 = 2^127 does not fit a signed 128-bit integer: no answer rather than a wrong one.
    const Fraction halfRange = *Fraction::of(WideInteger(1) << 126, 1);
    QCOMPARE(halfRange.plus(halfRange), std::nullopt);
    QCOMPARE(halfRange.times(Fraction(2)), std::nullopt);
    QCOMPARE(halfRange.times(*Fraction::of(1, 2)), Fraction::of(WideInteger(1) << 125, 1));
    // the largest 64-bit figure, printed without help from QString::number
    QCOMPARE(wideIntegerText(std::numeric_limits<qint64>::max()), u"9223372036854775807"_s);
    QCOMPARE(wideIntegerText(WideInteger(1) << 100), u"1267650600228229401496703205376"_s);
}

QTEST_GUILESS_MAIN(TestTally)
#include "TestTally.moc"
