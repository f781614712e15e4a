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

QTEST_GUILESS_MAIN(TestElection)
#include "TestElection.moc"
