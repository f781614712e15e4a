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
    void hostileText_data();
    void hostileText();
    void candidatesAreBounded();
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

void TestElection::hostileText_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("candidate");
    QTest::addColumn<QString>("rule"); // empty when valid
    QTest::addColumn<QString>("field");

    const QString title = u"Board election 2026"_s;
    QTest::newRow("valid") << title << u"Dee"_s << QString() << QString();
    QTest::newRow("escape in the title")
        << u"Board \x1b[31melection"_s << u"Dee"_s << u"control-character"_s << u"title"_s;
    QTest::newRow("line feed in the title")
        << u"Board\nelection"_s << u"Dee"_s << u"control-character"_s << u"title"_s;
    QTest::newRow("title of 200 characters") << QString(200, u'e') << u"Dee"_s << QString() << QString();
    QTest::newRow("title of 10,000 characters")
        << QString(10'000, u'e') << u"Dee"_s << u"invalid-text"_s << u"title"_s;
    QTest::newRow("escape in a candidate")
        << title << u"Dee\x1b]0;x\x07"_s << u"control-character"_s << u"candidates"_s;
    QTest::newRow("line feed in a candidate")
        << title << u"Dee\nSmith"_s << u"control-character"_s << u"candidates"_s;
    QTest::newRow("override in a candidate")
        << title << u"\u202eDee"_s << u"control-character"_s << u"candidates"_s;
    QTest::newRow("candidate of 201 characters")
        << title << QString(201, u'd') << u"invalid-text"_s << u"candidates"_s;
}

void TestElection::hostileText()
{
    QFETCH(QString, title);
    QFETCH(QString, candidate);
    QFETCH(QString, rule);
    QFETCH(QString, field);
    Election election;
    election.title = title;
    election.seats = 1;
    QList<Candidate> standing = candidates();
    standing.append({ 4, std::nullopt, candidate, false });
    const Outcome outcome = validateElection(election, standing);
    if (rule.isEmpty()) {
        QVERIFY2(outcome.isOk(), qPrintable(outcome.isOk() ? QString() : outcome.error().message));
        return;
    }
    QVERIFY(!outcome.isOk());
    QCOMPARE(outcome.error().rule, rule);
    QCOMPARE(outcome.error().field, field);
    QVERIFY(!outcome.error().message.contains(QChar(0x1b)));
    if (rule == u"invalid-text"_s)
        QVERIFY2(outcome.error().message.contains(u"200"_s), qPrintable(outcome.error().message));
}

void TestElection::candidatesAreBounded()
{
    Election election;
    election.title = u"Board"_s;
    election.seats = 1;
    QList<Candidate> standing;
    for (int position = 1; position <= maximumCandidates; ++position)
        standing.append({ position, std::nullopt, u"Candidate %1"_s.arg(position), false });
    QVERIFY(validateElection(election, standing).isOk()); // 1,000 candidates
    standing.append({ maximumCandidates + 1, std::nullopt, u"One too many"_s, false });
    const Outcome outcome = validateElection(election, standing);
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().rule, u"too-many-candidates"_s);
    QVERIFY2(outcome.error().message.contains(u"1,000"_s) && outcome.error().message.contains(u"1,001"_s),
             qPrintable(outcome.error().message));
}

QTEST_GUILESS_MAIN(TestElection)
#include "TestElection.moc"
