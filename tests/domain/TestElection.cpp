#include "domain/Election.h"

#include <QTest>

using namespace mutualise::domain;
using namespace Qt::StringLiterals;

// The papers a voter may hand in, and the ways one can be wrong.
class TestElection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validatePaper_data();
    void validatePaper();
    void sameCandidates_data();
    void sameCandidates();
};

namespace {

// Candidates 1 Ann, 2 Bo and 3 Cy, who has withdrawn.
QList<Candidate> candidates()
{
    return { { 1, std::nullopt, u"Ann"_s, false },
             { 2, std::nullopt, u"Bo"_s, false },
             { 3, std::nullopt, u"Cy"_s, true } };
}

} // namespace

void TestElection::validatePaper_data()
{
    QTest::addColumn<ElectionMethod>("method");
    QTest::addColumn<QList<int>>("preferences");
    QTest::addColumn<QString>("rule"); // empty: the paper is accepted
    const auto stv = ElectionMethod::SingleTransferableVote;
    const auto plurality = ElectionMethod::Plurality;
    QTest::newRow("stv 2 then 1") << stv << QList<int> { 2, 1 } << QString();
    // A blank or spoilt paper: the member has voted, and the count reports the paper as invalid.
    QTest::newRow("stv blank") << stv << QList<int>() << QString();
    QTest::newRow("plurality blank") << plurality << QList<int>() << QString();
    QTest::newRow("plurality one mark") << plurality << QList<int> { 2 } << QString();
    QTest::newRow("no candidate 4") << stv << QList<int> { 1, 4 } << u"unknown-candidate"_s;
    QTest::newRow("no candidate 0") << stv << QList<int> { 0 } << u"unknown-candidate"_s;
    QTest::newRow("Ann twice") << stv << QList<int> { 1, 2, 1 } << u"duplicate-preference"_s;
    QTest::newRow("Cy withdrew") << stv << QList<int> { 3 } << u"withdrawn-candidate"_s;
    // One seat: one mark a paper.
    QTest::newRow("plurality two marks") << plurality << QList<int> { 1, 2 } << u"too-many-marks"_s;
}

void TestElection::validatePaper()
{
    QFETCH(ElectionMethod, method);
    QFETCH(QList<int>, preferences);
    QFETCH(QString, rule);
    Election election;
    election.title = u"Board"_s;
    election.method = method;
    election.seats = 1;
    const Outcome outcome = mutualise::domain::validatePaper(election, candidates(), preferences);
    QCOMPARE(outcome ? QString() : outcome.error().rule, rule);
    if (!outcome)
        QCOMPARE(outcome.error().field, u"preferences"_s);
}

void TestElection::sameCandidates_data()
{
    QTest::addColumn<QStringList>("fileCandidates");
    QTest::addColumn<QString>("rule");
    QTest::newRow("the same, in order") << QStringList { u"Ann"_s, u"Bo"_s, u"Cy"_s } << QString();
    QTest::newRow("another order") << QStringList { u"Bo"_s, u"Ann"_s, u"Cy"_s } << u"candidates-differ"_s;
    QTest::newRow("one missing") << QStringList { u"Ann"_s, u"Bo"_s } << u"candidates-differ"_s;
    QTest::newRow("one more") << QStringList { u"Ann"_s, u"Bo"_s, u"Cy"_s, u"Di"_s }
                              << u"candidates-differ"_s;
    // Names are compared exactly: a ballot file's "ann" may be another person.
    QTest::newRow("case differs") << QStringList { u"ann"_s, u"Bo"_s, u"Cy"_s } << u"candidates-differ"_s;
    QTest::newRow("none") << QStringList {} << u"candidates-differ"_s;
}

void TestElection::sameCandidates()
{
    QFETCH(QStringList, fileCandidates);
    QFETCH(QString, rule);
    const Outcome outcome = checkSameCandidates(fileCandidates, candidates());
    QCOMPARE(outcome ? QString() : outcome.error().rule, rule);
    if (!outcome) {
        QCOMPARE(outcome.error().field, u"candidates"_s);
        QCOMPARE(
            outcome.error().message,
            u"The file's candidates (%1) are not this election's (Ann, Bo, Cy), in the same order."_s.arg(
                fileCandidates.join(u", "_s)));
    }
}

QTEST_GUILESS_MAIN(TestElection)
#include "TestElection.moc"
