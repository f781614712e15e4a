#include "CliTestCase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Tests of mutualise-cli count on ballot files made to make it work without end: ties everywhere.
class TestCliHostileCount : public CliTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void everyCandidateTiedIsCounted();
    void tieSensitivityBudgetIsReported();

private:
    QString writeBlt(const QString& name, int seats, const QStringList& ballotLines, int candidates,
                     const QStringList& namedFirst = {}) const;
};

// "SEATS" header, the ballot lines, the end, then the named candidates followed by "Candidate N"s to
// make up `candidates`, and the title.
QString TestCliHostileCount::writeBlt(const QString& name, int seats, const QStringList& ballotLines,
                                      int candidates, const QStringList& namedFirst) const
{
    QStringList lines { u"%1 %2"_s.arg(candidates).arg(seats) };
    lines += ballotLines;
    lines.append(u"0"_s);
    for (int c = 0; c < candidates; ++c) {
        lines.append(
            u"\"%1\""_s.arg(c < namedFirst.size() ? namedFirst.at(c) : u"Candidate %1"_s.arg(c + 1)));
    }
    lines.append(u"\"Hostile count\""_s);
    return writeFile(name, lines.join(u'\n').toUtf8() + '\n');
}

// 400 candidates with one first preference each and no other, for one seat: 399 exclusions, each
// settled by lot. This ran for hours; each draw could have excluded the winner, so each mattered.
void TestCliHostileCount::everyCandidateTiedIsCounted()
{
    constexpr int candidates = 400;
    QStringList ballots;
    for (int c = 1; c <= candidates; ++c)
        ballots.append(u"1 %1 0"_s.arg(c));
    const QString blt = writeBlt(u"tied.blt"_s, 1, ballots, candidates);

    const QJsonObject count = json({ u"count"_s, blt, u"--json"_s });
    QCOMPARE(count.value(u"elected"_s).toArray().size(), 1);
    QCOMPARE(count.value(u"rounds"_s).toArray().size(), candidates);
    const QJsonArray ties = count.value(u"ties"_s).toArray();
    QCOMPARE(ties.size(), candidates - 1);
    QCOMPARE(count.value(u"ties_explored"_s).toInteger(), candidates - 1);
    QVERIFY(!count.contains(u"ties_note"_s));
    for (const QJsonValue& tie : ties) {
        QVERIFY(tie.toObject().value(u"explored"_s).toBool());
        QVERIFY(tie.toObject().value(u"could_change_elected"_s).toBool());
    }

    const CliRun text = cli({ u"count"_s, blt });
    QCOMPARE(text.exitCode, 0);
    QVERIFY(!text.out.contains(u"Ties were broken by lot"_s));
    QVERIFY(text.out.contains(u"Another draw would have elected different candidates."_s));
    QVERIFY(
        text.out.trimmed().endsWith(u"1. %1"_s.arg(count.value(u"elected"_s).toArray().at(0).toString())));
}

// One seat; A 5, B 4, C 3 (then A), and 400 candidates nobody chose. Their exclusions are 399 draws by
// lot, none of which can matter, but each would take hundreds of recounts to show it: the tie
// sensitivity's budget runs out, and the text and the JSON both say so.
void TestCliHostileCount::tieSensitivityBudgetIsReported()
{
    const QString blt = writeBlt(u"nobody.blt"_s, 1, { u"5 1 0"_s, u"4 2 0"_s, u"3 3 1 0"_s }, 403,
                                 { u"A"_s, u"B"_s, u"C"_s });
    const QString note = u"Ties were broken by lot 399 times; none was explored for its effect on the "
                         "result, as the other outcomes were too many to count."_s;

    const CliRun text = cli({ u"count"_s, blt });
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(note), qPrintable(text.out.right(2000)));
    QVERIFY(text.out.contains(
        u"Whether another draw would have elected different candidates was not explored."_s));
    QVERIFY(text.out.trimmed().endsWith(u"1. A"_s));

    const QJsonObject count = json({ u"count"_s, blt, u"--json"_s });
    QCOMPARE(count.value(u"elected"_s).toArray(), QJsonArray { u"A"_s });
    QCOMPARE(count.value(u"ties"_s).toArray().size(), 399);
    QCOMPARE(count.value(u"ties_explored"_s).toInteger(), 0);
    QCOMPARE(count.value(u"ties_note"_s).toString(), note);
    for (const QJsonValue& tie : count.value(u"ties"_s).toArray()) {
        QVERIFY(!tie.toObject().value(u"explored"_s).toBool());
        QVERIFY(!tie.toObject().value(u"could_change_elected"_s).toBool());
    }
}

QTEST_GUILESS_MAIN(TestCliHostileCount)
#include "TestCliHostileCount.moc"
