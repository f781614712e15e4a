#include "CliTestCase.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <utility>

using namespace Qt::Literals::StringLiterals;

// Tests of mutualise-cli, elections and the count of ballot files.
class TestCliElections : public CliTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void countAgreesWithTheOfficialResult();
    void countByPlurality();
    void countRefusesBadBallots_data();
    void countRefusesBadBallots();
    void stvElectionFromCandidatesToDeclaredResult();
    void electionImportAddsPapersCountedElsewhere();
    void electionBlankPapersAreInvalid();
    void electionRefusalLeavesFileUnchanged_data();
    void electionRefusalLeavesFileUnchanged();
};

// The Aberdeenshire 2012 count (ward 1) as the council published it: quota 830, COX, GRAY and ROY
// elected in that order, four stages.
void TestCliElections::countAgreesWithTheOfficialResult()
{
    const QString ballots = QStringLiteral(MUTUALISE_TEST_DATA "/stv/aberdeenshire_2012_ward1.blt");
    const QJsonObject count = json({ u"count"_s, ballots, u"--json"_s });
    QCOMPARE(count.value(u"method"_s).toString(), u"stv"_s);
    QCOMPARE(count.value(u"quota"_s).toInteger(), 830);
    QCOMPARE(count.value(u"valid"_s).toInteger(), 3319);
    QCOMPARE(count.value(u"elected"_s).toVariant().toStringList(),
             (QStringList { u"John B COX (SNP)"_s, u"Ian GRAY (SNP)"_s, u"Mike ROY (Con)"_s }));
    const QJsonArray rounds = count.value(u"rounds"_s).toArray();
    QCOMPARE(rounds.size(), 4);
    const QJsonObject surplus = rounds.at(1).toObject();
    QCOMPARE(surplus.value(u"action"_s).toString(), u"surplus of John B COX (SNP)"_s);
    QCOMPARE(surplus.value(u"surplus"_s).toDouble(), 207.0); // 1,037 - 830
    QCOMPARE(surplus.value(u"totals"_s).toObject().value(u"Ian GRAY (SNP)"_s).toDouble(), 959.69385);
    QCOMPARE(surplus.value(u"transfers"_s).toObject().value(u"Ian GRAY (SNP)"_s).toDouble(), 156.69385);
    QCOMPARE(surplus.value(u"elected"_s).toVariant().toStringList(), QStringList { u"Ian GRAY (SNP)"_s });
    const QJsonObject exclusion = rounds.at(3).toObject();
    QCOMPARE(exclusion.value(u"excluded"_s).toVariant().toStringList(),
             QStringList { u"Colin MURRAY (SC)"_s });
    QVERIFY(!exclusion.value(u"totals"_s).toObject().contains(u"Colin MURRAY (SC)"_s));
    QCOMPARE(exclusion.value(u"non_transferable"_s).toDouble(), 185.73951);
    QVERIFY(count.value(u"ties"_s).toArray().isEmpty());

    // The text lists the elected in order of election at the end.
    const CliRun text = cli({ u"count"_s, ballots });
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.trimmed().endsWith(u"1. John B COX (SNP)\n2. Ian GRAY (SNP)\n3. Mike ROY (Con)"_s),
             qPrintable(text.out));
}

// Three seats, up to three marks a paper: 1 x (A, B), 2 x (B), 1 x (A, B, C, D) spoilt: A 1, B 3.
void TestCliElections::countByPlurality()
{
    QFile file(path(u"board.blt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("4 3\n1 1 2 0\n2 2 0\n1 1 2 3 4 0\n0\nA\nB\nC\nD\nBoard\n");
    file.close();
    const QJsonObject count
        = json({ u"count"_s, file.fileName(), u"--method"_s, u"plurality"_s, u"--json"_s });
    QCOMPARE(count.value(u"method"_s).toString(), u"plurality"_s);
    QCOMPARE(count.value(u"valid"_s).toInteger(), 3);
    QCOMPARE(count.value(u"spoilt"_s).toInteger(), 1);
    QCOMPARE(count.value(u"votes"_s).toObject().value(u"B"_s).toInteger(), 3);
    // C and D tie with no votes for the third seat: a lot decides.
    QCOMPARE(count.value(u"elected"_s).toArray().size(), 3);
    QCOMPARE(count.value(u"ties"_s).toArray().size(), 1);
}

void TestCliElections::countRefusesBadBallots_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QByteArray good = "2 1\n3 1 2 0\n0\nA\nB\nTitle\n"_ba;
    QTest::newRow("unknown candidate")
        << "2 1\n3 1 3 0\n0\nA\nB\n"_ba << QStringList() << 1 << u"Line 2: there is no candidate 3"_s;
    QTest::newRow("duplicate preference") << "2 1\n1 1 0\n3 1 1 0\n0\nA\nB\n"_ba << QStringList() << 1
                                          << u"Line 3: candidate 1 is given more than one preference"_s;
    QTest::newRow("wrong encoding") << "2 1\n1 1 0\n0\nJos\xE9\nB\n"_ba << QStringList() << 1
                                    << u"Line 4: this is not UTF-8 text"_s;
    QTest::newRow("nothing to count")
        << "2 1\n3 0\n0\nA\nB\n"_ba << QStringList() << 1 << u"no-valid-votes"_s;
    QTest::newRow("unknown method") << good << QStringList { u"--method"_s, u"borda"_s } << 2
                                    << u"--method must be stv or plurality"_s;
    QTest::newRow("negative seed") << good << QStringList { u"--seed"_s, u"-3"_s } << 2 << u"--seed"_s;
}

void TestCliElections::countRefusesBadBallots()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QFile file(path(u"ballots.blt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const CliRun run = cli(QStringList { u"count"_s, file.fileName() } + options);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());

    const CliRun missing = cli({ u"count"_s, path(u"no-such.blt"_s) });
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(u"no-such.blt"_s), qPrintable(missing.err));
}

// A board election by STV from the candidates to the declared result, each step through the CLI.
//
// Two seats; candidates 1 Alice Example (member 1002), 2 Dana Reed (from outside the register) and
// 3 Cara Nine (member C-9, admitted after the record date, so standing but not voting). The roll on
// 2024-12-31: 1001, 1002, 1004, 1005, 1006. Papers: 1001 (1, 2), 1002 (1, 2), 1004 (1, 3), 1005 (2),
// 1006 (3).
// Quota (Droop): 5 / (2 + 1) = 1, ignoring fractions, plus one = 2.
// Stage 1, first preferences: Alice 3, Dana 1, Cara 1. Alice reaches the quota: elected, surplus 3 - 2 = 1.
// Stage 2, Alice's surplus: her three papers move at 1 x 1 / 3 = 0.33333 each (five decimals,
//   truncated): two (1, 2) to Dana, +0.66666; one (1, 3) to Cara, +0.33333; 1 - 0.99999 = 0.00001 is
//   lost to truncation. Alice 2, Dana 1 + 0.66666 = 1.66666, Cara 1 + 0.33333 = 1.33333.
// Stage 3: no surplus left and nobody else at the quota: Cara, with the fewest, is excluded. Neither
//   of her papers ((1, 3) at 0.33333, (3) at 1) has a further preference: 1.33333 non-transferable.
//   Dana is the one continuing candidate for the one seat left, and is elected.
// Elected, in order: Alice Example, Dana Reed.
void TestCliElections::stvElectionFromCandidatesToDeclaredResult()
{
    const QString file = createVotingFixture();
    QVERIFY(!file.isEmpty());
    QVERIFY(
        runSteps({ { u"members"_s, u"add"_s, file, u"--number"_s, u"C-9"_s, u"--name"_s, u"Cara Nine"_s,
                     u"--class"_s, u"Community"_s, u"--admitted"_s, u"2025-01-15"_s },
                   { u"meetings"_s, u"add"_s, file, u"--kind"_s, u"agm"_s, u"--date"_s, u"2025-03-01"_s } }));
    // A member's number in any case stands the member, under the member's name.
    const CliRun added
        = cli({ u"elections"_s, u"add"_s, file, u"--meeting"_s, u"1"_s, u"--title"_s,
                u"Board election 2025"_s, u"--seats"_s, u"2"_s, u"--method"_s, u"STV"_s, u"--candidate"_s,
                u"1002"_s, u"--candidate"_s, u"Dana Reed"_s, u"--candidate"_s, u"c-9"_s });
    QCOMPARE(added.exitCode, 0);
    QCOMPARE(added.out, u"1\n"_s);
    const auto listed = [&]() {
        return json({ u"elections"_s, file, u"--json"_s }).value(u"elections").toArray().at(0).toObject();
    };
    const QJsonObject draft = listed();
    QCOMPARE(draft.value(u"state").toString(), u"draft"_s);
    QCOMPARE(draft.value(u"seats").toInteger(), 2);
    QCOMPARE(draft.value(u"method").toString(), u"stv"_s);
    QVERIFY(draft.value(u"elected").isNull());
    QStringList candidates;
    for (const QJsonValue& value : draft.value(u"candidates").toArray()) {
        const QJsonObject candidate = value.toObject();
        candidates.append(QString::number(candidate.value(u"position").toInteger()) + u' '
                          + candidate.value(u"name").toString() + u" / "_s
                          + candidate.value(u"member").toString(u"-"_s));
    }
    QCOMPARE(candidates,
             (QStringList { u"1 Alice Example / 1002"_s, u"2 Dana Reed / -"_s, u"3 Cara Nine / C-9"_s }));

    const CliRun opened
        = cli({ u"elections"_s, u"open"_s, file, u"1"_s, u"--record-date"_s, u"2024-12-31"_s });
    QCOMPARE(opened.exitCode, 0);
    QVERIFY2(opened.out.contains(u"Record date: 2024-12-31\nMembers on the roll: 5\n"),
             qPrintable(opened.out));
    const QString fingerprint = opened.out.section(u"Roll fingerprint (SHA-256): "_s, 1).trimmed();
    QCOMPARE(fingerprint.size(), 64);

    // What a spreadsheet saves: a byte-order mark, a header in any case, CRLF, quotes and spaces.
    const QString papers = writeFile(u"papers.csv"_s,
                                     "\xEF\xBB\xBFMember,Preferences,Method\r\n1001,1 2,person\r\n"
                                     "\"1002\",\"1  2\",POST\r\n1004, 1 3 ,online\r\n\r\n1005,2,person\r\n"
                                     "1006,\"3\",person");
    const CliRun voted = cli({ u"elections"_s, u"vote"_s, file, u"1"_s, papers });
    QCOMPARE(voted.exitCode, 0);
    QCOMPARE(voted.out, u"Ballot papers recorded: 5\n"_s);

    const QStringList electedNames { u"Alice Example"_s, u"Dana Reed"_s };
    const QJsonObject provisional = json({ u"elections"_s, u"result"_s, file, u"1"_s, u"--json"_s });
    QCOMPARE(provisional.value(u"election").toInteger(), 1);
    QCOMPARE(provisional.value(u"title").toString(), u"Board election 2025"_s);
    QCOMPARE(provisional.value(u"state").toString(), u"open"_s);
    QCOMPARE(provisional.value(u"declared").toBool(), false);
    QCOMPARE(provisional.value(u"voters").toInteger(), 5);
    QCOMPARE(provisional.value(u"papers").toInteger(), 5);
    QCOMPARE(provisional.value(u"quota").toInteger(), 2);
    QCOMPARE(provisional.value(u"elected").toVariant().toStringList(), electedNames);
    const QJsonArray rounds = provisional.value(u"rounds").toArray();
    QCOMPARE(rounds.size(), 3);
    const QJsonObject surplus = rounds.at(1).toObject();
    QCOMPARE(surplus.value(u"surplus").toDouble(), 1.0);
    QCOMPARE(surplus.value(u"totals").toObject().value(u"Dana Reed").toDouble(), 1.66666);
    QCOMPARE(surplus.value(u"totals").toObject().value(u"Cara Nine").toDouble(), 1.33333);
    QCOMPARE(surplus.value(u"non_transferable").toDouble(), 0.00001);
    const QJsonObject exclusion = rounds.at(2).toObject();
    QCOMPARE(exclusion.value(u"excluded").toVariant().toStringList(), QStringList { u"Cara Nine"_s });
    QCOMPARE(exclusion.value(u"non_transferable").toDouble(), 1.33333);
    const CliRun provisionalText = cli({ u"elections"_s, u"result"_s, file, u"1"_s });
    QCOMPARE(provisionalText.exitCode, 0);
    QVERIFY2(provisionalText.out.startsWith(u"Election 1: Board election 2025\nState: provisional"),
             qPrintable(provisionalText.out));
    QVERIFY2(provisionalText.out.contains(u"Ballot papers: 5 (5 cast by members on the roll, 0 imported)"),
             qPrintable(provisionalText.out));
    QVERIFY2(provisionalText.out.contains(u"Quota: 5 / (2 + 1) = 1, ignoring fractions, plus one = 2."),
             qPrintable(provisionalText.out));

    const CliRun closed = cli({ u"elections"_s, u"close"_s, file, u"1"_s });
    QCOMPARE(closed.exitCode, 0);
    QVERIFY2(closed.out.contains(u"\nState: declared\n"), qPrintable(closed.out));
    QVERIFY2(closed.out.endsWith(u"Elected, in order of election:\n1. Alice Example\n2. Dana Reed\n"),
             qPrintable(closed.out));
    QCOMPARE(cli({ u"elections"_s, u"result"_s, file, u"1"_s }).out, closed.out);
    const QJsonObject declared = json({ u"elections"_s, u"result"_s, file, u"1"_s, u"--json"_s });
    QCOMPARE(declared.value(u"state").toString(), u"closed"_s);
    QCOMPARE(declared.value(u"declared").toBool(), true);
    QCOMPARE(declared.value(u"elected").toVariant().toStringList(), electedNames);
    QCOMPARE(declared.value(u"rounds"), provisional.value(u"rounds"));
    QCOMPARE(declared.value(u"roll_fingerprint").toString(), fingerprint);
    const QJsonObject closedListing = listed();
    QCOMPARE(closedListing.value(u"state").toString(), u"closed"_s);
    QCOMPARE(closedListing.value(u"elected").toVariant().toStringList(), electedNames);
    QCOMPARE(closedListing.value(u"voters").toInteger(), 5);

    // Exported, the papers count the same with `count`: the same working under the title, the same
    // elected.
    const QString blt = path(u"board.blt"_s);
    const CliRun exported = cli({ u"elections"_s, u"export"_s, file, u"1"_s, blt });
    QCOMPARE(exported.exitCode, 0);
    QVERIFY2(exported.out.startsWith(u"Ballot papers written to "_s + blt + u": 5\n"_s),
             qPrintable(exported.out));
    const QJsonObject recount = json({ u"count"_s, blt, u"--json"_s });
    QCOMPARE(recount.value(u"elected").toVariant().toStringList(), electedNames);
    QCOMPARE(recount.value(u"quota").toInteger(), 2);
    const CliRun recountText = cli({ u"count"_s, blt });
    QCOMPARE(recountText.exitCode, 0);
    const QString title = u"Board election 2025\n\n"_s;
    QVERIFY2(recountText.out.startsWith(title), qPrintable(recountText.out));
    QVERIFY2(closed.out.endsWith(recountText.out.sliced(title.size())), qPrintable(recountText.out));

    // The .blt file is never replaced unless asked.
    const QByteArray bltDigest = fileDigest(blt);
    const CliRun again = cli({ u"elections"_s, u"export"_s, file, u"1"_s, blt });
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"(exists)"), qPrintable(again.err));
    QVERIFY(again.out.isEmpty());
    QCOMPARE(fileDigest(blt), bltDigest);
    QCOMPARE(cli({ u"elections"_s, u"export"_s, file, u"1"_s, blt, u"--force"_s }).exitCode, 0);
    QCOMPARE(fileDigest(blt), bltDigest); // the same papers, written the same way

    // Declared: no more papers, and the refusal changes nothing.
    const QByteArray digest = fileDigest(file);
    const CliRun late
        = cli({ u"elections"_s, u"vote"_s, file, u"1"_s, writeFile(u"late.csv"_s, "C-9,2,person\n") });
    QCOMPARE(late.exitCode, 1);
    QVERIFY2(late.err.contains(u"(election-not-open)"), qPrintable(late.err));
    QCOMPARE(fileDigest(file), digest);
}

// One seat by plurality: 1001 votes for Bo in person; a postal ballot service counted 3 papers for Ann
// and 1 for Bo. Ann 3, Bo 1 + 1 = 2: Ann is elected.
void TestCliElections::electionImportAddsPapersCountedElsewhere()
{
    const QString file = createVotingFixture();
    QVERIFY(!file.isEmpty());
    QVERIFY(runSteps(
        { { u"meetings"_s, u"add"_s, file, u"--kind"_s, u"general"_s, u"--date"_s, u"2025-03-01"_s },
          { u"elections"_s, u"add"_s, file, u"--meeting"_s, u"1"_s, u"--title"_s, u"Treasurer"_s,
            u"--seats"_s, u"1"_s, u"--method"_s, u"plurality"_s, u"--candidate"_s, u"Ann"_s, u"--candidate"_s,
            u"Bo"_s },
          { u"elections"_s, u"open"_s, file, u"1"_s, u"--record-date"_s, u"2024-12-31"_s },
          { u"elections"_s, u"vote"_s, file, u"1"_s, writeFile(u"papers.csv"_s, "1001,2,person\n") } }));
    const QString postal
        = writeFile(u"postal.blt"_s, "2 1\n3 1 0\n1 2 0\n0\n\"Ann\"\n\"Bo\"\n\"Postal ballot\"\n");
    const CliRun imported = cli({ u"elections"_s, u"import"_s, file, u"1"_s, postal });
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.out, u"Ballot papers imported: 4\n"_s);

    const QJsonObject result = json({ u"elections"_s, u"result"_s, file, u"1"_s, u"--json"_s });
    QCOMPARE(result.value(u"method").toString(), u"plurality"_s);
    QCOMPARE(result.value(u"voters").toInteger(), 1);
    QCOMPARE(result.value(u"papers").toInteger(), 5);
    QCOMPARE(result.value(u"votes").toObject().value(u"Ann").toInteger(), 3);
    QCOMPARE(result.value(u"votes").toObject().value(u"Bo").toInteger(), 2);
    QCOMPARE(result.value(u"elected").toVariant().toStringList(), QStringList { u"Ann"_s });
    const CliRun text = cli({ u"elections"_s, u"result"_s, file, u"1"_s });
    QVERIFY2(text.out.contains(u"Ballot papers: 5 (1 cast by members on the roll, 4 imported)"),
             qPrintable(text.out));
    QVERIFY2(text.out.endsWith(u"Elected, most votes first:\n1. Ann\n"), qPrintable(text.out));

    // The export says how to repeat the count exactly, the seed of any lot included.
    const QString blt = path(u"treasurer.blt"_s);
    const CliRun exported = cli({ u"elections"_s, u"export"_s, file, u"1"_s, blt });
    QCOMPARE(exported.exitCode, 0);
    const QString command
        = exported.out.section(u"To count them as this election is counted: "_s, 1).trimmed();
    QVERIFY2(command.startsWith(u"mutualise-cli count "_s + blt + u" --seed "_s), qPrintable(command));
    QVERIFY2(command.endsWith(u" --method plurality"_s), qPrintable(command));
    const QStringList words = command.split(u' ').mid(1);
    QCOMPARE(json(words + QStringList { u"--json"_s }).value(u"votes"), result.value(u"votes"));

    // A .blt file for other candidates, or a malformed one, is refused whole.
    const QByteArray digest = fileDigest(file);
    for (const auto& [content, message] :
         { std::pair { "2 1\n5 1 0\n0\n\"Ann\"\n\"Cy\"\n"_ba, u"(candidates-differ)"_s },
           std::pair { "2 1\n5 1\n0\n\"Ann\"\n\"Bo\"\n"_ba, u"error: Line 2: "_s } }) {
        const CliRun refused
            = cli({ u"elections"_s, u"import"_s, file, u"1"_s, writeFile(u"other.blt"_s, content) });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
        QCOMPARE(fileDigest(file), digest);
    }
    QCOMPARE(json({ u"elections"_s, u"result"_s, file, u"1"_s, u"--json"_s }).value(u"papers").toInteger(),
             5);
}

// See createFixtureWithElections: election 1 (STV, 2 seats: 1 Alice Example, 2 Dana Reed, 3 Evan Cole)
// has 1001's paper (1 2). 1002 hands in a blank paper and 1004 votes (1 2): 3 voters, 2 valid papers
// and 1 invalid. Quota: 2 / (2 + 1) = 0, ignoring fractions, plus one = 1. Stage 1: Alice 2, elected
// with a surplus of 1; her two papers move at 1 x 1 / 2 = 0.5 to Dana, who reaches the quota with 1.
// Election 2 (plurality, one seat): 1002 votes for Bo and 1004's paper is spoilt: Bo 1, valid 1,
// spoilt 1.
void TestCliElections::electionBlankPapersAreInvalid()
{
    const QString file = createFixtureWithElections();
    QVERIFY(!file.isEmpty());
    const CliRun voted = cli({ u"elections"_s, u"vote"_s, file, u"1"_s,
                               writeFile(u"blank.csv"_s, "1002, Blank ,post\n1004,1 2,person\n") });
    QCOMPARE(voted.exitCode, 0);
    QCOMPARE(voted.out, u"Ballot papers recorded: 2\n"_s);
    const QJsonObject stv = json({ u"elections"_s, u"result"_s, file, u"1"_s, u"--json"_s });
    QCOMPARE(stv.value(u"voters").toInteger(), 3);
    QCOMPARE(stv.value(u"papers").toInteger(), 3);
    QCOMPARE(stv.value(u"valid").toInteger(), 2);
    QCOMPARE(stv.value(u"invalid").toInteger(), 1);
    QCOMPARE(stv.value(u"quota").toInteger(), 1);
    const QStringList elected { u"Alice Example"_s, u"Dana Reed"_s };
    QCOMPARE(stv.value(u"elected").toVariant().toStringList(), elected);

    // Exported, the blank paper is a ballot with no preferences, and counts the same.
    const QString blt = path(u"blank.blt"_s);
    QCOMPARE(cli({ u"elections"_s, u"export"_s, file, u"1"_s, blt }).exitCode, 0);
    QFile written(blt);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().startsWith("3 2\n1 0\n"));
    const QJsonObject recount = json({ u"count"_s, blt, u"--json"_s });
    QCOMPARE(recount.value(u"invalid").toInteger(), 1);
    QCOMPARE(recount.value(u"elected").toVariant().toStringList(), elected);

    QCOMPARE(cli({ u"elections"_s, u"vote"_s, file, u"2"_s,
                   writeFile(u"spoilt.csv"_s, "1002,2,person\n1004,BLANK,person\n") })
                 .exitCode,
             0);
    const QJsonObject plurality = json({ u"elections"_s, u"result"_s, file, u"2"_s, u"--json"_s });
    QCOMPARE(plurality.value(u"valid").toInteger(), 1);
    QCOMPARE(plurality.value(u"spoilt").toInteger(), 1);
    QCOMPARE(plurality.value(u"elected").toVariant().toStringList(), QStringList { u"Bo"_s });
}

void TestCliElections::electionRefusalLeavesFileUnchanged_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("rule");
    // See createFixtureWithElections: election 1 open (STV, 2 seats, 3 candidates; 1001 has voted),
    // 2 open (plurality, 1 seat, Ann and Bo), 3 closed, 4 a draft; meeting 1 allows one proxy a person
    // and 1004 holds 1002's.
    const QString file = mutualFileArgument;
    const QString csv = u"%CSV%"_s;
    const QString blt = u"%BLT%"_s;
    const QString usage = u"Try “mutualise-cli"_s;
    const auto vote
        = [&](const char* name, const QByteArray& content, const QString& line, const QString& rule) {
              QTest::newRow(name) << QStringList { u"elections"_s, u"vote"_s, file, u"1"_s, csv } << content
                                  << 1 << line << rule;
          };
    vote("ceased member", "1002,1,person\n1003,2,person\n", u"Line 2: "_s, u"(not-eligible)"_s);
    vote("unknown member", "member,preferences,method\n9999,1,person\n", u"Line 2: "_s, u"(not-eligible)"_s);
    vote("the same member twice", "1002,1,person\n1004,2,post\n1002,2 1,online\n", u"Line 3: "_s,
         u"(voted-twice)"_s);
    vote("voting again", "1004,1,person\n1001,2,person\n", u"Line 2: "_s, u"(voted-twice)"_s);
    vote("duplicate preference", "1002,1 2 1,person\n", u"Line 1: "_s, u"(duplicate-preference)"_s);
    vote("unknown candidate position", "1002,2 4,person\n", u"Line 1: "_s, u"(unknown-candidate)"_s);
    // A blank paper is written "blank"; no preferences at all may be a paper left out by mistake.
    vote("no preferences", "1002,1,person\n1004,,person\n", u"Line 2: "_s, u"(empty-paper)"_s);
    vote("blank and a position", "1002,blank 1,person\n", u"Line 1: "_s, u"(paper-csv)"_s);
    vote("position 0", "1002,0 1,person\n", u"Line 1: "_s, u"(paper-csv)"_s);
    vote("positions by commas", "1002,\"1,2\",person\n", u"Line 1: "_s, u"(paper-csv)"_s);
    vote("position in words", "1002,first,person\n", u"Line 1: "_s, u"(paper-csv)"_s);
    vote("position overflow", "1002,99999999999,person\n", u"Line 1: "_s, u"(paper-csv)"_s);
    vote("method proxy", "1002,1,proxy\n", u"Line 1: "_s, u"(paper-csv)"_s);
    vote("method pigeon", "1002,1,pigeon\n", u"Line 1: "_s, u"(paper-csv)"_s);
    vote("two fields", "1002,1 2\n", u"Line 1: "_s, u"(paper-csv)"_s);
    vote("no member number", " ,1,person\n", u"Line 1: "_s, u"(paper-csv)"_s);
    vote("quote never closed", "1002,\"1 2,person\n", u"Line 1: "_s, u"(paper-csv)"_s);
    vote("Latin-1 byte", "1002,1,person\n100\xE9,1,person\n", u"Line 2: "_s, u"(not-utf8)"_s);
    vote("empty file", "", QString(), u"(paper-csv)"_s);
    vote("header only", "member,preferences,method\r\n", QString(), u"(paper-csv)"_s);
    const QByteArray good = "1002,1,person\n";
    const auto election = [&](const char* command, const QString& id) {
        return QStringList { u"elections"_s, QString::fromLatin1(command), file, id };
    };
    // plurality for 1 seat: one mark a paper
    QTest::newRow("too many marks") << election("vote", u"2"_s) + QStringList { csv }
                                    << "1002,1 2,person\n"_ba << 1 << u"Line 1: "_s << u"(too-many-marks)"_s;
    QTest::newRow("vote after close") << election("vote", u"3"_s) + QStringList { csv } << good << 1
                                      << QString() << u"(election-not-open)"_s;
    QTest::newRow("vote in a draft") << election("vote", u"4"_s) + QStringList { csv } << good << 1
                                     << QString() << u"(election-not-open)"_s;
    QTest::newRow("vote in no election") << election("vote", u"99"_s) + QStringList { csv } << good << 1
                                         << QString() << u"(unknown-election)"_s;
    QTest::newRow("vote from no file") << election("vote", u"1"_s) + QStringList { u"no-such.csv"_s } << good
                                       << 1 << QString() << u"(not-found)"_s;
    QTest::newRow("election id in words")
        << election("vote", u"first"_s) + QStringList { csv } << good << 2 << QString() << usage;

    const QByteArray boardBlt = "3 2\n1 2 1 0\n0\n\"Alice Example\"\n\"Dana Reed\"\n\"Evan Cole\"\n";
    QTest::newRow("import for other candidates")
        << election("import", u"1"_s) + QStringList { blt } << "3 2\n1 2 1 0\n0\nAlice\nDana\nEvan\n"_ba << 1
        << QString() << u"(candidates-differ)"_s;
    QTest::newRow("import without the closing 0")
        << election("import", u"1"_s) + QStringList { blt } << "3 2\n1 2 1\n0\nA\nB\nC\n"_ba << 1
        << u"Line 2: "_s << u"(blt-ballot)"_s;
    QTest::newRow("import a paper marking too many")
        << election("import", u"2"_s) + QStringList { blt } << "2 1\n1 1 2 0\n0\nAnn\nBo\n"_ba << 1
        << u"Line 2: "_s << u"(too-many-marks)"_s;
    QTest::newRow("import after close") << election("import", u"3"_s) + QStringList { blt } << boardBlt << 1
                                        << QString() << u"(election-not-open)"_s;
    QTest::newRow("export over a file")
        << election("export", u"1"_s) + QStringList { blt } << boardBlt << 1 << QString() << u"(exists)"_s;
    QTest::newRow("open twice") << election("open", u"1"_s) << QByteArray() << 1 << QString()
                                << u"(election-not-draft)"_s;
    QTest::newRow("record date tomorrow") << election("open", u"4"_s)
            + QStringList { u"--record-date"_s, QDate::currentDate().addDays(1).toString(Qt::ISODate) }
                                          << QByteArray() << 1 << QString() << u"(future-date)"_s;
    QTest::newRow("record date 31/12/2024")
        << election("open", u"4"_s) + QStringList { u"--record-date"_s, u"31/12/2024"_s } << QByteArray() << 2
        << QString() << usage;
    QTest::newRow("close a draft") << election("close", u"4"_s) << QByteArray() << 1 << QString()
                                   << u"(election-not-open)"_s;
    QTest::newRow("close twice") << election("close", u"3"_s) << QByteArray() << 1 << QString()
                                 << u"(election-not-open)"_s;
    QTest::newRow("result of a draft")
        << election("result", u"4"_s) << QByteArray() << 1 << QString() << u"(election-not-open)"_s;
    QTest::newRow("result of no election")
        << election("result", u"99"_s) << QByteArray() << 1 << QString() << u"(unknown-election)"_s;
    QTest::newRow("result of election 0")
        << election("result", u"0"_s) << QByteArray() << 2 << QString() << usage;
    QTest::newRow("elections of meeting 0") << QStringList { u"elections"_s, file, u"--meeting"_s, u"0"_s }
                                            << QByteArray() << 2 << QString() << usage;

    const auto add = [&file](const QStringList& options) {
        return QStringList { u"elections"_s, u"add"_s, file, u"--title"_s, u"Board"_s } + options;
    };
    const QStringList meeting { u"--meeting"_s, u"1"_s };
    const QStringList twoCandidates { u"--candidate"_s, u"Ann"_s, u"--candidate"_s, u"Bo"_s };
    QTest::newRow("add without --seats") << add(meeting + twoCandidates) << QByteArray() << 2 << QString()
                                         << u"The option --seats is required"_s;
    QTest::newRow("add with --seats 0")
        << add(meeting + twoCandidates + QStringList { u"--seats"_s, u"0"_s }) << QByteArray() << 2
        << QString() << u"--seats needs a whole number from 1 to"_s;
    QTest::newRow("add with --method borda")
        << add(meeting + twoCandidates + QStringList { u"--seats"_s, u"1"_s, u"--method"_s, u"borda"_s })
        << QByteArray() << 2 << QString() << u"--method must be stv or plurality"_s;
    QTest::newRow("add without candidates")
        << add(meeting + QStringList { u"--seats"_s, u"1"_s }) << QByteArray() << 2 << QString()
        << u"The option --candidate is required"_s;
    QTest::newRow("add without --meeting") << add(twoCandidates + QStringList { u"--seats"_s, u"1"_s })
                                           << QByteArray() << 2 << QString() << usage;
    QTest::newRow("add to no meeting")
        << add(twoCandidates + QStringList { u"--seats"_s, u"1"_s, u"--meeting"_s, u"99"_s }) << QByteArray()
        << 1 << QString() << u"(unknown-meeting)"_s;
    QTest::newRow("add more seats than candidates")
        << add(meeting + twoCandidates + QStringList { u"--seats"_s, u"3"_s }) << QByteArray() << 1
        << QString() << u"(too-few-candidates)"_s;
    QTest::newRow("add a candidate twice")
        << add(meeting
               + QStringList { u"--seats"_s, u"1"_s, u"--candidate"_s, u"Ann"_s, u"--candidate"_s, u"ANN"_s })
        << QByteArray() << 1 << QString() << u"(duplicate-candidate)"_s;
    // 1002 stands under the name Alice Example, which the second candidate repeats
    QTest::newRow("add a member and the member's name")
        << add(meeting
               + QStringList { u"--seats"_s, u"1"_s, u"--candidate"_s, u"1002"_s, u"--candidate"_s,
                               u"alice example"_s })
        << QByteArray() << 1 << QString() << u"(duplicate-candidate)"_s;

    const auto attend = [&file](const QStringList& rest) {
        return QStringList { u"meetings"_s, u"attend"_s, file, u"1"_s } + rest;
    };
    QTest::newRow("attend as late") << attend({ u"1001"_s, u"--as"_s, u"late"_s }) << QByteArray() << 2
                                    << QString() << u"--as must be present, proxy, apologies or none"_s;
    QTest::newRow("attend without --as")
        << attend({ u"1001"_s }) << QByteArray() << 2 << QString() << u"The option --as is required"_s;
    QTest::newRow("attend nobody") << attend({ u"--as"_s, u"present"_s }) << QByteArray() << 2 << QString()
                                   << u"Missing argument NUMBER"_s;
    // every number is looked up first: 1001 is not recorded either
    QTest::newRow("attend with an unknown member")
        << attend({ u"1001"_s, u"9999"_s, u"--as"_s, u"present"_s }) << QByteArray() << 1 << QString()
        << u"(unknown-member)"_s;
    QTest::newRow("attend as a ceased member")
        << attend({ u"1003"_s, u"1001"_s, u"--as"_s, u"present"_s }) << QByteArray() << 1 << u"Member 1003 "_s
        << u"(not-a-voter)"_s;
    QTest::newRow("attend no meeting")
        << QStringList { u"meetings"_s, u"attend"_s, file, u"99"_s, u"1001"_s, u"--as"_s, u"present"_s }
        << QByteArray() << 1 << QString() << u"(unknown-meeting)"_s;
    QTest::newRow("attend meeting in words")
        << QStringList { u"meetings"_s, u"attend"_s, file, u"agm"_s, u"1001"_s, u"--as"_s, u"present"_s }
        << QByteArray() << 2 << QString() << u"“agm” is not a meeting id"_s;
    QTest::newRow("attendance at no meeting") << QStringList { u"meetings"_s, u"attendance"_s, file, u"99"_s }
                                              << QByteArray() << 1 << QString() << u"(unknown-meeting)"_s;

    const auto proxy = [&file](const QStringList& options) {
        return QStringList { u"meetings"_s, u"proxy"_s, file, u"1"_s } + options;
    };
    QTest::newRow("proxy and chair together")
        << proxy({ u"--member"_s, u"1005"_s, u"--proxy"_s, u"1006"_s, u"--chair"_s }) << QByteArray() << 2
        << QString() << u"Give --proxy NUMBER or --chair, not both"_s;
    QTest::newRow("revoke and appoint together")
        << proxy({ u"--member"_s, u"1002"_s, u"--revoke"_s, u"--chair"_s }) << QByteArray() << 2 << QString()
        << u"--revoke takes no"_s;
    QTest::newRow("direction maybe") << proxy(
        { u"--member"_s, u"1005"_s, u"--chair"_s, u"--direction"_s, u"maybe"_s })
                                     << QByteArray() << 2 << QString() << u"--direction must be"_s;
    QTest::newRow("proxy without --member")
        << proxy({ u"--chair"_s }) << QByteArray() << 2 << QString() << u"The option --member is required"_s;
    QTest::newRow("own proxy") << proxy({ u"--member"_s, u"1005"_s, u"--proxy"_s, u"1005"_s }) << QByteArray()
                               << 1 << QString() << u"(own-proxy)"_s;
    QTest::newRow("proxy of a ceased member") << proxy({ u"--member"_s, u"1003"_s, u"--chair"_s })
                                              << QByteArray() << 1 << QString() << u"(not-a-voter)"_s;
    QTest::newRow("proxy over the limit") << proxy({ u"--member"_s, u"1005"_s, u"--proxy"_s, u"1004"_s })
                                          << QByteArray() << 1 << QString() << u"(proxy-limit)"_s;
    QTest::newRow("proxy held by no member") << proxy({ u"--member"_s, u"1005"_s, u"--proxy"_s, u"9999"_s })
                                             << QByteArray() << 1 << QString() << u"(unknown-member)"_s;
    QTest::newRow("revoke what was never appointed") << proxy({ u"--member"_s, u"1005"_s, u"--revoke"_s })
                                                     << QByteArray() << 1 << QString() << u"(no-proxy)"_s;
}

void TestCliElections::electionRefusalLeavesFileUnchanged()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, content);
    QFETCH(int, exitCode);
    QFETCH(QString, start);
    QFETCH(QString, rule);
    const QString file = createFixtureWithElections();
    QVERIFY(!file.isEmpty());
    arguments.replaceInStrings(mutualFileArgument, file);
    arguments.replaceInStrings(u"%CSV%"_s, writeFile(u"papers.csv"_s, content));
    arguments.replaceInStrings(u"%BLT%"_s, writeFile(u"papers.blt"_s, content));

    const QByteArray digestBefore = fileDigest(file);
    const QJsonObject electionsBefore = json({ u"elections"_s, file, u"--json"_s });
    const QJsonObject resultBefore = json({ u"elections"_s, u"result"_s, file, u"1"_s, u"--json"_s });
    const QJsonObject attendanceBefore = json({ u"meetings"_s, u"attendance"_s, file, u"1"_s, u"--json"_s });
    QCOMPARE(resultBefore.value(u"voters").toInteger(), 1);
    QCOMPARE(attendanceBefore.value(u"by_proxy").toInteger(), 1);

    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.startsWith(u"error: "_s + start), qPrintable(run.err));
    QVERIFY2(run.err.contains(rule), qPrintable(run.err));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QVERIFY2(run.err.count(u'\n') <= 2, qPrintable(run.err));

    QCOMPARE(fileDigest(file), digestBefore);
    QCOMPARE(json({ u"elections"_s, file, u"--json"_s }), electionsBefore);
    QCOMPARE(json({ u"elections"_s, u"result"_s, file, u"1"_s, u"--json"_s }), resultBefore);
    QCOMPARE(json({ u"meetings"_s, u"attendance"_s, file, u"1"_s, u"--json"_s }), attendanceBefore);
}

QTEST_GUILESS_MAIN(TestCliElections)
#include "TestCliElections.moc"
