#include "domain/BltElection.h"
#include "domain/StvCount.h"
#include "formats/Blt.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace mutualise::domain;

// Counts by single transferable vote under the Scottish rules, checked against real elections and
// against small counts worked here by hand, and counts by plurality.
class TestStvCount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void agreesWithTheOfficialCount_data();
    void agreesWithTheOfficialCount();
    void publishedFoodElection();
    void surplusAndExclusionByHand();
    void transferValuesAreTruncated();
    void earlierStageSettlesATie();
    void lotSettlesATieThatDoesNotMatter();
    void lotSettlesATieThatDecides();
    void everyCandidateTiedIsCountedQuickly();
    void tieSensitivityStopsAtItsBudget();
    void unexploredTiesAreCounted();
    void withdrawnCandidatesAreSkipped();
    void nothingToCount();
    void pluralityCountsMarksUpToTheSeats();
    void pluralityTieForTheLastSeatGoesToLot();
    void describesTheCount();

private:
    static BltElection election(int seats, const QStringList& candidates,
                                const QList<std::pair<qint64, QList<int>>>& ballots);
    static qint64 units(double votes) { return std::llround(votes * double(voteUnits)); }
};

void TestStvCount::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

// Candidates are numbered from 0 here, as the count numbers them.
BltElection TestStvCount::election(int seats, const QStringList& candidates,
                                   const QList<std::pair<qint64, QList<int>>>& ballots)
{
    BltElection election;
    election.seats = seats;
    election.candidates = candidates;
    for (const auto& [weight, preferences] : ballots)
        election.ballots.append({ weight, preferences, 0 });
    return election;
}

void TestStvCount::agreesWithTheOfficialCount_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("Aberdeenshire 2012, ward 1: 3 seats") << u"aberdeenshire_2012_ward1"_s;
    QTest::newRow("Glasgow 2022, ward 10: 4 seats") << u"glasgow_2022_ward10"_s;
    QTest::newRow("Edinburgh 2019, Leith Walk by-election: 1 seat")
        << u"edinburgh_2019_by_election_leith_walk"_s;
}

// Every figure of the published count: the quota, each stage's action and every candidate's total to
// five decimal places, and the elected in order.
void TestStvCount::agreesWithTheOfficialCount()
{
    QFETCH(QString, name);
    QFile bltFile(QStringLiteral(MUTUALISE_TEST_DATA "/stv/") + name + u".blt"_s);
    QFile expectedFile(QStringLiteral(MUTUALISE_TEST_DATA "/stv/") + name + u".expected.json"_s);
    QVERIFY(bltFile.open(QIODevice::ReadOnly));
    QVERIFY(expectedFile.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).object();
    const auto election = mutualise::formats::Blt::read(bltFile.readAll());
    QVERIFY2(election, qPrintable(election ? QString() : election.error().message));

    const auto counted = Stv::count(*election);
    QVERIFY2(counted, qPrintable(counted ? QString() : counted.error().message));
    const StvCount& count = *counted;
    QCOMPARE(count.validPapers, expected.value(u"valid"_s).toInteger());
    QCOMPARE(count.quota, expected.value(u"quota"_s).toInteger());
    QStringList elected;
    for (int c : count.elected)
        elected.append(count.candidates.at(c));
    QCOMPARE(elected, expected.value(u"elected_in_order"_s).toVariant().toStringList());
    QVERIFY(count.lots.isEmpty());
    QVERIFY(expected.value(u"ties"_s).toArray().isEmpty());

    const QJsonArray stages = expected.value(u"stages"_s).toArray();
    QCOMPARE(count.stages.size(), stages.size());
    for (qsizetype s = 0; s < stages.size(); ++s) {
        const StvStage& stage = count.stages.at(s);
        const QJsonObject official = stages.at(s).toObject();
        QString action = u"first preferences"_s;
        if (stage.kind == StvStage::Kind::Surplus)
            action = u"surplus of "_s + count.candidates.at(stage.candidate);
        else if (stage.kind == StvStage::Kind::Exclusion)
            action = u"exclusion of "_s + count.candidates.at(stage.candidate);
        QCOMPARE(action, official.value(u"action"_s).toString());
        const QJsonObject totals = official.value(u"totals"_s).toObject();
        for (int c = 0; c < count.candidates.size(); ++c) {
            const QString candidate = count.candidates.at(c);
            if (!totals.contains(candidate)) {
                // The official sheet leaves out candidates once they are excluded.
                QVERIFY2(stage.excludedBefore.contains(c), qPrintable(candidate));
                continue;
            }
            QCOMPARE(stage.totals.at(c), units(totals.value(candidate).toDouble()));
        }
        // Nothing is made or lost: the totals and what went non-transferable add up to the valid votes.
        qint64 sum = 0;
        for (qsizetype t = 0; t <= s; ++t)
            sum += count.stages.at(t).nonTransferable;
        for (qint64 total : stage.totals)
            sum += total;
        QCOMPARE(sum, count.validPapers * voteUnits);
    }
}

// The worked example of Wikipedia's "Single transferable vote" article: a party of 20 guests chooses
// three of Oranges, Pears, Chocolate, Strawberries and Sweets.
//   4 x (Oranges), 2 x (Pears, Oranges), 8 x (Chocolate, Strawberries), 4 x (Chocolate, Sweets),
//   1 x (Strawberries), 1 x (Sweets)
// Quota: 20 / (3 + 1) = 5, plus one = 6.
// Round 1: Oranges 4, Pears 2, Chocolate 12, Strawberries 1, Sweets 1: Chocolate is elected.
// Round 2: Chocolate's surplus, 6, moves at 6 / 12 = 0.5 a paper: Strawberries +4 = 5, Sweets +2 = 3.
// Round 3: Pears, fewest, is excluded; its 2 papers make Oranges 6, exactly the quota: elected.
// Round 4: Sweets (3) is excluded; Strawberries (5), the one continuing candidate for the last seat,
// wins it. Winners: Chocolate, Oranges, Strawberries.
void TestStvCount::publishedFoodElection()
{
    const auto count = Stv::count(election(
        3, { u"Oranges"_s, u"Pears"_s, u"Chocolate"_s, u"Strawberries"_s, u"Sweets"_s },
        { { 4, { 0 } }, { 2, { 1, 0 } }, { 8, { 2, 3 } }, { 4, { 2, 4 } }, { 1, { 3 } }, { 1, { 4 } } }));
    QVERIFY(count);
    QCOMPARE(count->quota, 6);
    QCOMPARE(count->stages.size(), 4);
    QCOMPARE(count->stages.at(0).totals,
             (QList<qint64> { units(4), units(2), units(12), units(1), units(1) }));
    QCOMPARE(count->stages.at(1).totals,
             (QList<qint64> { units(4), units(2), units(6), units(5), units(3) }));
    QCOMPARE(count->stages.at(2).candidate, 1);
    QCOMPARE(count->stages.at(2).totals.at(0), units(6));
    QCOMPARE(count->stages.at(2).elected, QList<int> { 0 });
    QCOMPARE(count->stages.at(3).candidate, 4);
    QCOMPARE(count->stages.at(3).electedWithoutQuota, QList<int> { 3 });
    QCOMPARE(count->elected, (QList<int> { 2, 0, 3 }));
}

// Two seats, candidates A, B, C; 13 papers:
//   6 x (A, B), 2 x (A), 3 x (C), 2 x (B)
// Quota: 13 / (2 + 1) = 4.33, ignoring fractions 4, plus one = 5.
// Stage 1: A 8, B 2, C 3. A is elected with a surplus of 8 - 5 = 3.
// Stage 2: every paper A holds moves on at 1 x 3 / 8 = 0.375: the six (A, B) papers give B
//   6 x 0.37500 = 2.25000; the two (A) papers have no further preference, so 3 - 2.25 = 0.75 is
//   non-transferable. A 5, B 4.25, C 3.
// Stage 3: no surplus remains and two candidates continue for one seat: C, with the fewest (3), is
//   excluded; the three (C) papers go nowhere: 3 non-transferable. B is then the only continuing
//   candidate for the one seat left and is deemed elected with 4.25.
void TestStvCount::surplusAndExclusionByHand()
{
    const auto count = Stv::count(election(2, { u"A"_s, u"B"_s, u"C"_s },
                                           { { 6, { 0, 1 } }, { 2, { 0 } }, { 3, { 2 } }, { 2, { 1 } } }));
    QVERIFY(count);
    QCOMPARE(count->validPapers, 13);
    QCOMPARE(count->quota, 5);
    QCOMPARE(count->stages.size(), 3);

    const StvStage& first = count->stages.at(0);
    QCOMPARE(first.totals, (QList<qint64> { units(8), units(2), units(3) }));
    QCOMPARE(first.elected, QList<int> { 0 });

    const StvStage& surplus = count->stages.at(1);
    QCOMPARE(surplus.kind, StvStage::Kind::Surplus);
    QCOMPARE(surplus.candidate, 0);
    QCOMPARE(surplus.surplus, units(3));
    QCOMPARE(surplus.transferValueNumerator, units(3));
    QCOMPARE(surplus.transferValueDenominator, units(8));
    QCOMPARE(surplus.transfers, (QList<qint64> { -units(3), units(2.25), 0 }));
    QCOMPARE(surplus.nonTransferable, units(0.75));
    QCOMPARE(surplus.totals, (QList<qint64> { units(5), units(4.25), units(3) }));
    QVERIFY(surplus.elected.isEmpty());

    const StvStage& exclusion = count->stages.at(2);
    QCOMPARE(exclusion.kind, StvStage::Kind::Exclusion);
    QCOMPARE(exclusion.candidate, 2);
    QCOMPARE(exclusion.transfers, (QList<qint64> { 0, 0, -units(3) }));
    QCOMPARE(exclusion.nonTransferable, units(3));
    QCOMPARE(exclusion.excludedBefore, QList<int> { 2 });
    QCOMPARE(exclusion.electedWithoutQuota, QList<int> { 1 });
    QCOMPARE(count->elected, (QList<int> { 0, 1 }));
    QCOMPARE(count->totalNonTransferable(), units(3.75)); // 0.75 + 3
}

// Two seats; 7 x (A, B), 3 x (C), 2 x (B): 12 papers, quota 12 / 3 = 4, plus one = 5.
// A's surplus is 7 - 5 = 2; each paper moves at 1 x 2 / 7 = 0.285714..., truncated to 0.28571.
// B receives 7 x 0.28571 = 1.99997 and has 2 + 1.99997 = 3.99997; the 0.00003 lost to truncation
// is non-transferable. C (3) is then excluded and B deemed elected.
void TestStvCount::transferValuesAreTruncated()
{
    const auto count = Stv::count(
        election(2, { u"A"_s, u"B"_s, u"C"_s }, { { 7, { 0, 1 } }, { 3, { 2 } }, { 2, { 1 } } }));
    QVERIFY(count);
    QCOMPARE(count->quota, 5);
    const StvStage& surplus = count->stages.at(1);
    QCOMPARE(surplus.transfers.at(1), 199'997); // 1.99997 votes
    QCOMPARE(surplus.totals.at(1), 399'997); // 3.99997 votes
    QCOMPARE(surplus.nonTransferable, 3); // 0.00003 votes
    QCOMPARE(Stv::formatVotes(surplus.totals.at(1)), u"3.99997"_s);
    QCOMPARE(count->elected, (QList<int> { 0, 1 }));
}

// One seat; A 5, B 4, C 3, D 1 first preferences (13 papers, quota 13 / 2 = 6, plus one = 7):
//   5 x (A), 4 x (B), 3 x (C, A), 1 x (D, C)
// Stage 2: D (1) is excluded and its paper goes to C: A 5, B 4, C 4.
// Stage 3: B and C tie for fewest with 4. At stage 1, the earliest at which they differed, B had 4
//   and C 3, so C is excluded, without a lot: its three (C, A) papers give A 8, which passes the
//   quota; the (D, C) paper has no further preference.
void TestStvCount::earlierStageSettlesATie()
{
    const auto count = Stv::count(election(1, { u"A"_s, u"B"_s, u"C"_s, u"D"_s },
                                           { { 5, { 0 } }, { 4, { 1 } }, { 3, { 2, 0 } }, { 1, { 3, 2 } } }));
    QVERIFY(count);
    QCOMPARE(count->quota, 7);
    QCOMPARE(count->stages.size(), 3);
    QCOMPARE(count->stages.at(1).candidate, 3);
    QCOMPARE(count->stages.at(1).totals, (QList<qint64> { units(5), units(4), units(4), 0 }));
    QCOMPARE(count->stages.at(2).candidate, 2);
    QCOMPARE(count->stages.at(2).totals.at(0), units(8));
    QCOMPARE(count->stages.at(2).nonTransferable, units(1));
    QCOMPARE(count->stages.at(2).elected, QList<int> { 0 });
    QVERIFY(count->lots.isEmpty());
}

// One seat; 3 x (A), 2 x (B, A), 2 x (C, A): quota 7 / 2 = 3, plus one = 4. B and C tie for fewest
// at the first stage, with no earlier stage to tell them apart: a lot excludes one. Either way its
// papers take A to 5 and A is elected, so the draw did not matter, and the count says so.
void TestStvCount::lotSettlesATieThatDoesNotMatter()
{
    const BltElection tied
        = election(1, { u"A"_s, u"B"_s, u"C"_s }, { { 3, { 0 } }, { 2, { 1, 0 } }, { 2, { 2, 0 } } });
    const auto count = Stv::count(tied, 7);
    QVERIFY(count);
    QCOMPARE(count->lots.size(), 1);
    const LotDraw& draw = count->lots.constFirst();
    QCOMPARE(draw.purpose, LotDraw::Purpose::Exclusion);
    QCOMPARE(draw.tied, (QList<int> { 1, 2 }));
    QVERIFY(draw.chosen == 1 || draw.chosen == 2);
    QCOMPARE(count->stages.at(1).candidate, draw.chosen);
    QVERIFY(!draw.couldChangeElected);
    QVERIFY(draw.isExplored);
    QCOMPARE(count->elected, QList<int> { 0 });
    QCOMPARE(count->seed, 7);
    // The same seed draws the same again.
    QCOMPARE(Stv::count(tied, 7)->lots.constFirst().chosen, draw.chosen);
}

// One seat; 3 x (A), 3 x (B), 1 x (C): quota 7 / 2 = 3, plus one = 4. C is excluded (its paper goes
// nowhere), then A and B tie at 3 at every stage: the lot excludes one and so elects the other. The
// count says another draw would have elected someone else, and different seeds draw both ways.
void TestStvCount::lotSettlesATieThatDecides()
{
    const BltElection tied
        = election(1, { u"A"_s, u"B"_s, u"C"_s }, { { 3, { 0 } }, { 3, { 1 } }, { 1, { 2 } } });
    QSet<int> winners;
    for (quint64 seed = 1; seed <= 20; ++seed) {
        const auto count = Stv::count(tied, seed);
        QVERIFY(count);
        QCOMPARE(count->lots.size(), 1);
        const LotDraw& draw = count->lots.constFirst();
        QCOMPARE(draw.tied, (QList<int> { 0, 1 }));
        QVERIFY(draw.couldChangeElected);
        QVERIFY(draw.isExplored);
        QCOMPARE(count->elected.size(), 1);
        QCOMPARE(count->elected.constFirst(), draw.chosen == 0 ? 1 : 0); // the one not excluded
        winners.insert(count->elected.constFirst());
    }
    QCOMPARE(winners, (QSet<int> { 0, 1 }));
}

// The worst case for ties: 1,000 candidates with one first preference each and no other, one seat.
// Every exclusion is a tie at every stage, settled by lot: 999 draws. Before the earlier stages were
// ranked once a stage, and a draw that could exclude the winner was known to matter without counting
// again, this did not finish (400 candidates ran for hours). Each draw could have excluded the winner,
// so each could have elected someone else, and all are explored.
void TestStvCount::everyCandidateTiedIsCountedQuickly()
{
    constexpr int candidates = 1'000;
    BltElection tied;
    tied.seats = 1;
    for (int c = 0; c < candidates; ++c) {
        tied.candidates.append(u"Candidate %1"_s.arg(c + 1));
        tied.ballots.append({ 1, { c }, 0 });
    }
    const auto count = Stv::count(tied, 5);
    QVERIFY(count);
    QCOMPARE(count->quota, 501);
    QCOMPARE(count->elected.size(), 1);
    QCOMPARE(count->stages.size(), candidates);
    QCOMPARE(count->lots.size(), candidates - 1);
    for (qsizetype i = 0; i < count->lots.size(); ++i) {
        const LotDraw& draw = count->lots.at(i);
        QCOMPARE(draw.purpose, LotDraw::Purpose::Exclusion);
        QCOMPARE(draw.tied.size(), candidates - i);
        QVERIFY(draw.tied.contains(count->elected.constFirst()));
        QVERIFY(draw.isExplored);
        QVERIFY(draw.couldChangeElected);
    }
    QCOMPARE(count->exploredLots(), candidates - 1);
    QCOMPARE(count->stages.constLast().electedWithoutQuota, count->elected);
    // The same seed draws the same winner.
    QCOMPARE(Stv::count(tied, 5)->elected, count->elected);
}

// One seat; 5 x (A), 4 x (B), 3 x (C, A), and 400 more candidates whom nobody chose: quota 12 / 2 = 6,
// plus one = 7. The 400 are excluded one by one, all but the last by lot among those left, and no draw
// can matter, but knowing that takes counting again with every other outcome: 400 x 399 / 2 recounts,
// each of 400 stages. The sensitivity's budget runs out on the first draw: none is said to matter or
// not, and the working says why. C is then excluded, and A elected with 8.
void TestStvCount::tieSensitivityStopsAtItsBudget()
{
    constexpr int nobodysChoice = 400;
    BltElection election
        = this->election(1, { u"A"_s, u"B"_s, u"C"_s }, { { 5, { 0 } }, { 4, { 1 } }, { 3, { 2, 0 } } });
    for (int c = 0; c < nobodysChoice; ++c)
        election.candidates.append(u"Nobody's choice %1"_s.arg(c + 1));
    const auto count = Stv::count(election);
    QVERIFY(count);
    QCOMPARE(count->elected, QList<int> { 0 });
    QCOMPARE(count->lots.size(), nobodysChoice - 1);
    QCOMPARE(count->exploredLots(), 0);
    for (const LotDraw& draw : count->lots) {
        QVERIFY(!draw.isExplored);
        QVERIFY(!draw.couldChangeElected);
    }
    const QStringList working = Stv::describe(*count);
    QVERIFY(working.contains(u"Ties were broken by lot 399 times; none was explored for its effect on the "
                             "result, as the other outcomes were too many to count."_s));
    QVERIFY(working.constLast().startsWith(u"Elected, in order: A."_s));
    QVERIFY2(working.at(working.size() - 3)
                 .endsWith(u"Whether another draw would have elected different "
                           "candidates was not explored."_s),
             qPrintable(working.at(working.size() - 3)));
}

void TestStvCount::unexploredTiesAreCounted()
{
    QCOMPARE(Stv::unexploredLotsNote(998, 20),
             u"Ties were broken by lot 998 times; only the first 20 were explored for their effect on "
             "the result."_s);
    QCOMPARE(Stv::unexploredLotsNote(3, 1),
             u"Ties were broken by lot 3 times; only the first was explored for its effect on the result."_s);
    QCOMPARE(Stv::unexploredLotsNote(1, 0),
             u"A tie was broken by lot; its effect on the result was not explored, as the other outcomes "
             "were too many to count."_s);
    QVERIFY(Stv::unexploredLotsNote(5, 5).isEmpty());
    QVERIFY(Stv::unexploredLotsNote(0, 0).isEmpty());
}

// A withdrawn candidate's preferences are passed over: (B, A) counts for A when B has withdrawn, and
// a paper for B alone is invalid. 3 x (A), 2 x (B, A), 1 x (B), 2 x (C): valid 7, invalid 1;
// quota 7 / 2 = 3, plus one = 4: A has 5 and is elected at once.
void TestStvCount::withdrawnCandidatesAreSkipped()
{
    BltElection withdrawn = election(1, { u"A"_s, u"B"_s, u"C"_s },
                                     { { 3, { 0 } }, { 2, { 1, 0 } }, { 1, { 1 } }, { 2, { 2 } } });
    withdrawn.withdrawn = { 1 };
    const auto count = Stv::count(withdrawn);
    QVERIFY(count);
    QCOMPARE(count->validPapers, 7);
    QCOMPARE(count->invalidPapers, 1);
    QCOMPARE(count->quota, 4);
    QCOMPARE(count->stages.constFirst().totals, (QList<qint64> { units(5), 0, units(2) }));
    QCOMPARE(count->elected, QList<int> { 0 });
}

void TestStvCount::nothingToCount()
{
    const auto count = Stv::count(election(1, { u"A"_s, u"B"_s }, { { 3, {} } }));
    QVERIFY(!count);
    QCOMPARE(count.error().rule, u"no-valid-votes"_s);
    QVERIFY(!Stv::countPlurality(election(1, { u"A"_s, u"B"_s }, { { 3, { 0, 1 } } })));
}

// Two seats: 5 x (A, B), 3 x (C), 2 x (A, B, C) spoilt (three marks for two seats), 1 x (B, C).
// A 5, B 5 + 1 = 6, C 3 + 1 = 4: B and A are elected; 9 valid papers, 2 spoilt.
void TestStvCount::pluralityCountsMarksUpToTheSeats()
{
    const auto count = Stv::countPlurality(
        election(2, { u"A"_s, u"B"_s, u"C"_s },
                 { { 5, { 0, 1 } }, { 3, { 2 } }, { 2, { 0, 1, 2 } }, { 1, { 1, 2 } } }));
    QVERIFY(count);
    QCOMPARE(count->votes, (QList<qint64> { 5, 6, 4 }));
    QCOMPARE(count->validPapers, 9);
    QCOMPARE(count->spoiltPapers, 2);
    QCOMPARE(count->elected, (QList<int> { 1, 0 }));
    QVERIFY(count->lots.isEmpty());
}

// One seat: A 2, B 2, C 1. The tie for the seat goes to lot, which decides who is elected.
void TestStvCount::pluralityTieForTheLastSeatGoesToLot()
{
    const auto count = Stv::countPlurality(
        election(1, { u"A"_s, u"B"_s, u"C"_s }, { { 2, { 0 } }, { 2, { 1 } }, { 1, { 2 } } }), 3);
    QVERIFY(count);
    QCOMPARE(count->lots.size(), 1);
    QCOMPARE(count->lots.constFirst().tied, (QList<int> { 0, 1 }));
    QVERIFY(count->lots.constFirst().couldChangeElected);
    QCOMPARE(count->elected, QList<int> { count->lots.constFirst().chosen });
}

void TestStvCount::describesTheCount()
{
    const auto count = Stv::count(election(2, { u"A"_s, u"B"_s, u"C"_s },
                                           { { 6, { 0, 1 } }, { 2, { 0 } }, { 3, { 2 } }, { 2, { 1 } } }));
    QVERIFY(count);
    const QString text = Stv::describe(*count).join(u'\n');
    QVERIFY2(text.contains(u"Quota: 13 / (2 + 1) = 4, ignoring fractions, plus one = 5."_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"surplus of A, 3.00000, transferred at each paper's value x 3.00000 / 8.00000"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"B: 4.25000 (+2.25000)"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Non-transferable: 0.75000"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Elected, in order: A; B."_s), qPrintable(text));
}

QTEST_APPLESS_MAIN(TestStvCount)
#include "TestStvCount.moc"
