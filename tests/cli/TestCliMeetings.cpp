#include "CliTestCase.h"

#include <QCryptographicHash>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <tuple>
#include <utility>

using namespace Qt::Literals::StringLiterals;

// Tests of mutualise-cli, meetings, attendance and proxies, motions, ballots and tallies.
class TestCliMeetings : public CliTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void meetingsAddAndList();
    void annualGeneralMeetingFromMotionToDeclaredResult();
    void tallyWeighsTheVotes_data();
    void tallyWeighsTheVotes();
    void ballotsImportReadsASpreadsheetsCsv();
    void secretBallotListsVotersNotChoices();
    void votingRefusalLeavesFileUnchanged_data();
    void votingRefusalLeavesFileUnchanged();
    void attendanceAndProxiesAtAMeeting();
    void proxiesCastBallotsAsAppointed();
};

void TestCliMeetings::meetingsAddAndList()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const CliRun agm = cli({ u"meetings"_s, u"add"_s, file, u"--kind"_s, u"AGM"_s, u"--date"_s,
                             u"2025-03-01"_s, u"--title"_s, u"Annual general meeting 2025"_s, u"--place"_s,
                             u"Village hall"_s, u"--proxy-limit"_s, u"3"_s });
    QCOMPARE(agm.exitCode, 0);
    bool isNumber = false;
    const qint64 agmId = agm.out.trimmed().toLongLong(&isNumber);
    QVERIFY2(isNumber && agmId > 0, qPrintable(agm.out));
    const CliRun board
        = cli({ u"meetings"_s, u"add"_s, file, u"--kind"_s, u"board"_s, u"--date"_s, u"2025-04-10"_s });
    QCOMPARE(board.exitCode, 0);
    QCOMPARE(cli({ u"motions"_s, u"add"_s, file, u"--meeting"_s, agm.out.trimmed(), u"--title"_s, u"M"_s })
                 .exitCode,
             0);

    const QJsonObject list = json({ u"meetings"_s, file, u"--json"_s });
    QCOMPARE(list.value(u"mutual").toString(), u"Shire Digital Mutual"_s);
    const QJsonArray meetings = list.value(u"meetings").toArray();
    QCOMPARE(meetings.size(), 2);
    // newest first: the board meeting of 10 April, then the AGM of 1 March
    const QJsonObject newest = meetings.at(0).toObject();
    QCOMPARE(newest.value(u"id").toInteger(), board.out.trimmed().toLongLong());
    QCOMPARE(newest.value(u"kind").toString(), u"board"_s);
    QCOMPARE(newest.value(u"title").toString(), QString());
    QCOMPARE(newest.value(u"proxy_limit").toInteger(), 0);
    QCOMPARE(newest.value(u"motions").toInteger(), 0);
    const QJsonObject annual = meetings.at(1).toObject();
    QCOMPARE(annual.value(u"id").toInteger(), agmId);
    QCOMPARE(annual.value(u"kind").toString(), u"agm"_s);
    QCOMPARE(annual.value(u"date").toString(), u"2025-03-01"_s);
    QCOMPARE(annual.value(u"title").toString(), u"Annual general meeting 2025"_s);
    QCOMPARE(annual.value(u"place").toString(), u"Village hall"_s);
    QCOMPARE(annual.value(u"proxy_limit").toInteger(), 3);
    QCOMPARE(annual.value(u"motions").toInteger(), 1);

    const CliRun text = cli({ u"meetings"_s, file });
    QCOMPARE(text.exitCode, 0);
    for (const char* expected :
         { "Annual general meeting 2025", "Village hall", "2025-04-10", "Board meeting" })
        QVERIFY2(text.out.contains(QLatin1String(expected)), expected);
}

// An AGM from the notice to the declared result, each step through the CLI as a secretary would.
void TestCliMeetings::annualGeneralMeetingFromMotionToDeclaredResult()
{
    const QString file = createVotingFixture();
    QVERIFY(!file.isEmpty());
    const CliRun meeting = cli({ u"meetings"_s, u"add"_s, file, u"--kind"_s, u"agm"_s, u"--date"_s,
                                 u"2025-03-01"_s, u"--place"_s, u"Village hall"_s });
    QCOMPARE(meeting.exitCode, 0);
    const QString meetingId = meeting.out.trimmed();
    QVERIFY2(meetingId.toLongLong() > 0, qPrintable(meeting.out));

    const CliRun added
        = cli({ u"motions"_s, u"add"_s, file, u"--meeting"_s, meetingId, u"--title"_s,
                u"Adopt the accounts"_s, u"--text"_s, u"That the accounts for 2024 be adopted."_s,
                u"--proposer"_s, u"1001"_s, u"--seconder"_s, u"1002"_s, u"--threshold"_s, u"special"_s });
    QCOMPARE(added.exitCode, 0);
    const QString motionId = added.out.trimmed();
    QVERIFY2(motionId.toLongLong() > 0, qPrintable(added.out));
    QCOMPARE(added.out, motionId + u'\n'); // the id alone, for scripts
    const QJsonObject draft
        = json({ u"motions"_s, file, u"--json"_s }).value(u"motions").toArray().at(0).toObject();
    QCOMPARE(draft.value(u"id").toInteger(), motionId.toLongLong());
    QCOMPARE(draft.value(u"meeting").toInteger(), meetingId.toLongLong());
    QCOMPARE(draft.value(u"threshold").toString(), u"special"_s);
    QCOMPARE(draft.value(u"scheme").toString(), u"omov"_s);
    QCOMPARE(draft.value(u"state").toString(), u"draft"_s);
    QVERIFY(draft.value(u"outcome").isNull());

    const CliRun opened
        = cli({ u"motions"_s, u"open"_s, file, motionId, u"--record-date"_s, u"2024-12-31"_s });
    QCOMPARE(opened.exitCode, 0);
    QVERIFY2(opened.out.contains(u"Members on the roll: 5\n"), qPrintable(opened.out));
    QVERIFY2(opened.out.contains(u"Total weight: 5\n"), qPrintable(opened.out));
    // The fingerprint an auditor recomputes from the roll: number, class id, weight; then the total.
    // Classes as init makes them: 1 Founding council, 2 Employee, 3 Community, 4 Investor.
    const QByteArray roll = "1001\t1\t1\n1002\t2\t1\n1004\t3\t1\n1005\t4\t1\n1006\t2\t1\ntotal\t5\n";
    const QString fingerprint
        = QString::fromLatin1(QCryptographicHash::hash(roll, QCryptographicHash::Sha256).toHex());
    QVERIFY2(opened.out.contains(u"Roll fingerprint (SHA-256): "_s + fingerprint), qPrintable(opened.out));

    const QString ballots = writeFile(u"ballots.csv"_s,
                                      "member,choice,method\r\n1001,for,person\r\n1002,for,post\r\n"
                                      "1004,for,online\r\n1005,against,person\r\n1006,abstain,person\r\n");
    const CliRun imported = cli({ u"ballots"_s, u"import"_s, file, motionId, ballots });
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.out, u"Ballots recorded: 5\n"_s);

    // Five on the roll: 3 for, 1 against, 1 abstaining. Votes cast 3 + 1 = 4; a special resolution
    // needs 3 >= 75% x 4 = 3: carried, exactly on the bar.
    const QJsonObject provisional = json({ u"tally"_s, file, motionId, u"--json"_s });
    QCOMPARE(provisional.value(u"motion").toInteger(), motionId.toLongLong());
    QCOMPARE(provisional.value(u"title").toString(), u"Adopt the accounts"_s);
    QCOMPARE(provisional.value(u"state").toString(), u"open"_s);
    QCOMPARE(provisional.value(u"declared").toBool(), false);
    const QJsonObject eligible = provisional.value(u"eligible").toObject();
    QCOMPARE(eligible.value(u"members").toInteger(), 5);
    QCOMPARE(eligible.value(u"weight").toInteger(), 5);
    for (const auto& [choice, members] :
         { std::pair { u"for"_s, 3 }, std::pair { u"against"_s, 1 }, std::pair { u"abstain"_s, 1 } }) {
        const QJsonObject total = provisional.value(choice).toObject();
        QCOMPARE(total.value(u"members").toInteger(), members);
        QCOMPARE(weightOf(total), QString::number(members));
    }
    QCOMPARE(provisional.value(u"votes_cast").toInteger(), 4);
    const QJsonObject quorum = provisional.value(u"quorum").toObject();
    QCOMPARE(quorum.value(u"required").toInteger(), 0);
    QCOMPARE(quorum.value(u"participating").toInteger(), 5);
    QCOMPARE(quorum.value(u"met").toBool(), true);
    QCOMPARE(provisional.value(u"outcome").toString(), u"carried"_s);
    QCOMPARE(provisional.value(u"roll").toObject().value(u"fingerprint").toString(), fingerprint);

    const CliRun provisionalText = cli({ u"tally"_s, file, motionId });
    QCOMPARE(provisionalText.exitCode, 0);
    QVERIFY2(provisionalText.out.startsWith(u"Motion "_s + motionId
                                            + u": Adopt the accounts\nState: provisional"_s),
             qPrintable(provisionalText.out));
    QVERIFY2(provisionalText.out.contains(u"3 ≥ 3 (75% of 4)"), qPrintable(provisionalText.out));

    const CliRun closed = cli({ u"motions"_s, u"close"_s, file, motionId });
    QCOMPARE(closed.exitCode, 0);
    QVERIFY2(closed.out.contains(u"State: declared\n"), qPrintable(closed.out));
    QVERIFY2(closed.out.endsWith(u"Outcome: Carried.\n"), qPrintable(closed.out));
    const CliRun declaredText = cli({ u"tally"_s, file, motionId });
    QCOMPARE(declaredText.out, closed.out);
    const QJsonObject declared = json({ u"tally"_s, file, motionId, u"--json"_s });
    QCOMPARE(declared.value(u"state").toString(), u"closed"_s);
    QCOMPARE(declared.value(u"declared").toBool(), true);
    QCOMPARE(declared.value(u"for"), provisional.value(u"for"));
    QCOMPARE(declared.value(u"outcome").toString(), u"carried"_s);
    const QJsonObject listed
        = json({ u"motions"_s, file, u"--json"_s }).value(u"motions").toArray().at(0).toObject();
    QCOMPARE(listed.value(u"state").toString(), u"closed"_s);
    QCOMPARE(listed.value(u"outcome").toString(), u"carried"_s);
    QCOMPARE(listed.value(u"record_date").toString(), u"2024-12-31"_s);

    const QJsonArray cast = json({ u"ballots"_s, file, motionId, u"--json"_s }).value(u"ballots").toArray();
    QCOMPARE(cast.size(), 5);
    QCOMPARE(cast.at(1).toObject().value(u"member").toString(), u"1002"_s);
    QCOMPARE(cast.at(1).toObject().value(u"choice").toString(), u"for"_s);
    QCOMPARE(cast.at(1).toObject().value(u"method").toString(), u"post"_s);

    // The result is declared: no more ballots, and the refusal changes nothing.
    const QByteArray digest = fileDigest(file);
    const QString late = writeFile(u"late.csv"_s, "1003,for,person\n");
    const CliRun refused = cli({ u"ballots"_s, u"import"_s, file, motionId, late });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"(motion-not-open)"), qPrintable(refused.err));
    QVERIFY(refused.out.isEmpty());
    QCOMPARE(fileDigest(file), digest);
}

void TestCliMeetings::tallyWeighsTheVotes_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("ballots");
    QTest::addColumn<qint64>("eligibleWeight");
    QTest::addColumn<qint64>("membersFor");
    QTest::addColumn<QString>("weightFor");
    QTest::addColumn<qint64>("membersAgainst");
    QTest::addColumn<QString>("weightAgainst");
    QTest::addColumn<qint64>("membersAbstaining");
    QTest::addColumn<QString>("weightAbstaining");
    QTest::addColumn<qint64>("quorumRequired");
    QTest::addColumn<QString>("outcome");
    // The roll on 2024-12-31 (createVotingFixture): 1001 Founding council 250 shares, 1002 Employee 10,
    // 1004 Community 20, 1005 Investor 100, 1006 Employee 20; 400 shares in all.
    const QByteArray threeToOne = "1001,for,person\n1002,for,person\n1004,for,person\n"
                                  "1005,against,person\n1006,abstain,person\n";
    const QByteArray split = "1001,for,person\n1002,for,person\n1004,against,person\n"
                             "1005,against,person\n1006,abstain,person\n";
    const QByteArray threeToTwo = "1001,for,person\n1002,for,person\n1004,against,person\n"
                                  "1005,against,person\n1006,for,person\n";
    const QStringList classShares { u"--scheme"_s,      u"classes"_s,
                                    u"--class-share"_s, u"FOUNDING COUNCIL=4000"_s,
                                    u"--class-share"_s, u"employee=3000"_s,
                                    u"--class-share"_s, u"Community=1500"_s,
                                    u"--class-share"_s, u"investor = 1500"_s };

    // one member, one vote: 3 for, 1 against, 1 abstaining; votes cast 4
    QTest::newRow("omov ordinary: 3 > 1")
        << QStringList {} << threeToOne << qint64(5) << qint64(3) << u"3"_s << qint64(1) << u"1"_s
        << qint64(1) << u"1"_s << qint64(0) << u"carried"_s;
    QTest::newRow("omov special: 3 >= 75% x 4 = 3")
        << QStringList { u"--threshold"_s, u"special"_s } << threeToOne << qint64(5) << qint64(3) << u"3"_s
        << qint64(1) << u"1"_s << qint64(1) << u"1"_s << qint64(0) << u"carried"_s;
    QTest::newRow("omov unanimous: 1 against")
        << QStringList { u"--threshold"_s, u"unanimous"_s } << threeToOne << qint64(5) << qint64(3) << u"3"_s
        << qint64(1) << u"1"_s << qint64(1) << u"1"_s << qint64(0) << u"defeated"_s;
    QTest::newRow("omov absolute: 3 > 5 / 2")
        << QStringList { u"--threshold"_s, u"absolute"_s } << threeToOne << qint64(5) << qint64(3) << u"3"_s
        << qint64(1) << u"1"_s << qint64(1) << u"1"_s << qint64(0) << u"carried"_s;
    // 3 for, 2 against: 3 < 2/3 x 5 = 3.33
    QTest::newRow("omov two-thirds: 3 < 3.33")
        << QStringList { u"--threshold"_s, u"two-thirds"_s } << threeToTwo << qint64(5) << qint64(3) << u"3"_s
        << qint64(2) << u"2"_s << qint64(0) << u"0"_s << qint64(0) << u"defeated"_s;

    // by shares: for 250 + 10 + 20 = 280, against 100, abstaining 20
    QTest::newRow("shares: 280 > 100")
        << QStringList { u"--scheme"_s, u"shares"_s } << threeToOne << qint64(400) << qint64(3) << u"280"_s
        << qint64(1) << u"100"_s << qint64(1) << u"20"_s << qint64(0) << u"carried"_s;
    // for 250 + 10 = 260, against 20 + 100 = 120
    QTest::newRow("shares, split: 260 > 120")
        << QStringList { u"--scheme"_s, u"shares"_s } << split << qint64(400) << qint64(2) << u"260"_s
        << qint64(2) << u"120"_s << qint64(1) << u"20"_s << qint64(0) << u"carried"_s;
    // a cap of 20%: no member weighs more than floor(2000 x 400 / 10000) = 80, so 1001 weighs 80 and 1005
    // weighs 80; the roll weighs 80 + 10 + 20 + 80 + 20 = 210. For 80 + 10 = 90, against 20 + 80 = 100.
    QTest::newRow("shares capped at 20%, split: 90 < 100")
        << QStringList { u"--scheme"_s, u"shares"_s, u"--cap-bp"_s, u"2000"_s } << split << qint64(210)
        << qint64(2) << u"90"_s << qint64(2) << u"100"_s << qint64(1) << u"20"_s << qint64(0)
        << u"defeated"_s;

    // by class, 40% / 30% / 15% / 15%, every class casting votes: council 1 for: 4/10; Employee 1 for,
    // 1006 abstaining: 3/10; Community 1 against: 15/100; Investor 1 against: 15/100.
    // For 4/10 + 3/10 = 7/10; against 15/100 + 15/100 = 3/10; abstentions weigh nothing.
    QTest::newRow("classes as given, split: 7/10 > 3/10")
        << classShares << split << qint64(1) << qint64(2) << u"7/10"_s << qint64(2) << u"3/10"_s << qint64(1)
        << u"0"_s << qint64(0) << u"carried"_s;
    QTest::newRow("classes as given, special: 7/10 < 3/4")
        << classShares + QStringList { u"--threshold"_s, u"special"_s } << split << qint64(1) << qint64(2)
        << u"7/10"_s << qint64(2) << u"3/10"_s << qint64(1) << u"0"_s << qint64(0) << u"defeated"_s;
    // Investor only abstains and drops out: the others' 40% + 30% + 15% = 85% is scaled to the whole.
    // Council 40/85 = 8/17 for; Employee 30/85 = 6/17 split 1 for (1002), 1 against (1006): 3/17 each;
    // Community 15/85 = 3/17 against. For 8/17 + 3/17 = 11/17; against 3/17 + 3/17 = 6/17.
    QTest::newRow("classes, Investor abstains: 11/17 > 6/17")
        << classShares
        << "1001,for,person\n1002,for,person\n1006,against,person\n1004,against,person\n"
           "1005,abstain,person\n"_ba
        << qint64(1) << qint64(2) << u"11/17"_s << qint64(2) << u"6/17"_s << qint64(1) << u"0"_s << qint64(0)
        << u"carried"_s;
    // No --class-share: the register's agreed shares, 40% / 20% / 20% / 20%. For 4/10 + 2/10 = 3/5;
    // against 2/10 + 2/10 = 2/5.
    QTest::newRow("classes from the register, split: 3/5 > 2/5")
        << QStringList { u"--scheme"_s, u"classes"_s } << split << qint64(1) << qint64(2) << u"3/5"_s
        << qint64(2) << u"2/5"_s << qint64(1) << u"0"_s << qint64(0) << u"carried"_s;

    // quorum of 50% of 5 members: ceil(2.5) = 3 needed; 2 took part
    QTest::newRow("quorum of 50% not met: void")
        << QStringList { u"--quorum-bp"_s, u"5000"_s } << "1001,for,person\n1002,for,person\n"_ba << qint64(5)
        << qint64(2) << u"2"_s << qint64(0) << u"0"_s << qint64(0) << u"0"_s << qint64(3) << u"void"_s;
    // a quorum of 3 members: abstentions take part, so 1 for and 2 abstaining make 3
    QTest::newRow("quorum of 3 met by abstentions")
        << QStringList { u"--quorum"_s, u"3"_s }
        << "1001,for,person\n1005,abstain,post\n1006,abstain,online\n"_ba << qint64(5) << qint64(1) << u"1"_s
        << qint64(0) << u"0"_s << qint64(2) << u"2"_s << qint64(3) << u"carried"_s;
}

void TestCliMeetings::tallyWeighsTheVotes()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, ballots);
    QFETCH(qint64, eligibleWeight);
    QFETCH(qint64, membersFor);
    QFETCH(QString, weightFor);
    QFETCH(qint64, membersAgainst);
    QFETCH(QString, weightAgainst);
    QFETCH(qint64, membersAbstaining);
    QFETCH(QString, weightAbstaining);
    QFETCH(qint64, quorumRequired);
    QFETCH(QString, outcome);
    const QString file = createVotingFixture();
    QVERIFY(!file.isEmpty());
    const QString motion = openMotion(file, options);
    QVERIFY(!motion.isEmpty());
    const CliRun imported
        = cli({ u"ballots"_s, u"import"_s, file, motion, writeFile(u"ballots.csv"_s, ballots) });
    QCOMPARE(imported.exitCode, 0);

    const QJsonObject tally = json({ u"tally"_s, file, motion, u"--json"_s });
    QCOMPARE(tally.value(u"eligible").toObject().value(u"members").toInteger(), 5);
    QCOMPARE(tally.value(u"eligible").toObject().value(u"weight").toInteger(), eligibleWeight);
    QCOMPARE(tally.value(u"roll").toObject().value(u"total_weight").toInteger(),
             options.contains(u"classes"_s) ? 5 : eligibleWeight); // class weighting: 1 a member
    QCOMPARE(tally.value(u"for").toObject().value(u"members").toInteger(), membersFor);
    QCOMPARE(weightOf(tally.value(u"for").toObject()), weightFor);
    QCOMPARE(tally.value(u"against").toObject().value(u"members").toInteger(), membersAgainst);
    QCOMPARE(weightOf(tally.value(u"against").toObject()), weightAgainst);
    QCOMPARE(tally.value(u"abstain").toObject().value(u"members").toInteger(), membersAbstaining);
    QCOMPARE(weightOf(tally.value(u"abstain").toObject()), weightAbstaining);
    const QJsonObject quorum = tally.value(u"quorum").toObject();
    QCOMPARE(quorum.value(u"required").toInteger(), quorumRequired);
    QCOMPARE(quorum.value(u"participating").toInteger(), membersFor + membersAgainst + membersAbstaining);
    QCOMPARE(quorum.value(u"met").toBool(), outcome != u"void");
    QCOMPARE(tally.value(u"outcome").toString(), outcome);

    // Closing declares what the provisional count said.
    QCOMPARE(cli({ u"motions"_s, u"close"_s, file, motion }).exitCode, 0);
    const QJsonObject declared = json({ u"tally"_s, file, motion, u"--json"_s });
    QCOMPARE(declared.value(u"outcome").toString(), outcome);
    QCOMPARE(declared.value(u"for"), tally.value(u"for"));
    QCOMPARE(declared.value(u"against"), tally.value(u"against"));
}

// What spreadsheets save: a byte-order mark, a header in any case, CRLF, quotes, spaces, blank lines,
// an empty proxy column, and a quoted field over two lines.
void TestCliMeetings::ballotsImportReadsASpreadsheetsCsv()
{
    const QString file = createVotingFixture();
    QVERIFY(!file.isEmpty());
    const QString motion = openMotion(file, {});
    QVERIFY(!motion.isEmpty());
    const QString csv = writeFile(u"ballots.csv"_s,
                                  "\xEF\xBB\xBFMember,Choice,Method,Proxy\r\n"
                                  "\"1001\",\"For\",person,\r\n"
                                  "\r\n"
                                  "1002 , AGAINST , Post\r\n"
                                  "  \"1004\" ,\"abstain\",\"ONLINE\",\"\"\r\n"
                                  "\"1005\r\n\",for,person\r\n"
                                  "1006,\"for\",\"person\"");
    const CliRun run = cli({ u"ballots"_s, u"import"_s, file, motion, csv });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QCOMPARE(run.out, u"Ballots recorded: 5\n"_s);

    const QJsonArray ballots = json({ u"ballots"_s, file, motion, u"--json"_s }).value(u"ballots").toArray();
    QStringList cast;
    for (const QJsonValue& ballot : ballots) {
        const QJsonObject row = ballot.toObject();
        QVERIFY(row.value(u"proxy").isNull());
        cast.append(row.value(u"member").toString() + u' ' + row.value(u"choice").toString() + u' '
                    + row.value(u"method").toString());
    }
    QCOMPARE(cast,
             (QStringList { u"1001 for person"_s, u"1002 against post"_s, u"1004 abstain online"_s,
                            u"1005 for person"_s, u"1006 for person"_s }));
}

void TestCliMeetings::secretBallotListsVotersNotChoices()
{
    const QString file = createVotingFixture();
    QVERIFY(!file.isEmpty());
    const QString motion = openMotion(file, { u"--secret"_s });
    QVERIFY(!motion.isEmpty());
    const QString csv = writeFile(u"ballots.csv"_s, "1001,for,post\n1002,against,online\n1005,for,person\n");
    QCOMPARE(cli({ u"ballots"_s, u"import"_s, file, motion, csv }).exitCode, 0);

    const QJsonObject listed = json({ u"ballots"_s, file, motion, u"--json"_s });
    QCOMPARE(listed.value(u"secret").toBool(), true);
    const QJsonArray ballots = listed.value(u"ballots").toArray();
    QCOMPARE(ballots.size(), 3);
    for (const QJsonValue& ballot : ballots)
        QVERIFY(ballot.toObject().value(u"choice").isNull());
    QCOMPARE(ballots.at(0).toObject().value(u"method").toString(), u"post"_s);
    const CliRun text = cli({ u"ballots"_s, file, motion });
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(!text.out.contains(u"For") && !text.out.contains(u"Against"), qPrintable(text.out));

    // how they voted is kept only as totals, and those are what the count needs: 2 for, 1 against
    const QJsonObject tally = json({ u"tally"_s, file, motion, u"--json"_s });
    QCOMPARE(tally.value(u"secret").toBool(), true);
    QCOMPARE(tally.value(u"for").toObject().value(u"members").toInteger(), 2);
    QCOMPARE(tally.value(u"against").toObject().value(u"members").toInteger(), 1);
    QCOMPARE(tally.value(u"outcome").toString(), u"carried"_s);
}

void TestCliMeetings::votingRefusalLeavesFileUnchanged_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("rule");
    // Motion 1 is open, one member one vote, and 1001 has voted on it; motion 2 is a draft.
    const QString file = mutualFileArgument;
    const QString csv = u"%CSV%"_s;
    const QString usage = u"Try “mutualise-cli"_s;
    const auto importRow
        = [&](const char* name, const QByteArray& content, const QString& line, const QString& rule) {
              QTest::newRow(name) << QStringList { u"ballots"_s, u"import"_s, file, u"1"_s, csv } << content
                                  << 1 << line << rule;
          };
    importRow("unknown member", "member,choice,method\n1002,for,person\n9999,for,person\n", u"Line 3: "_s,
              u"(unknown-member)"_s);
    importRow("voting twice in the file", "1002,for,person\n1004,against,post\n1002,against,online\n",
              u"Line 3: "_s, u"(voted-twice)"_s);
    importRow("voting again after an earlier import", "1004,for,person\n1001,against,person\n", u"Line 2: "_s,
              u"(voted-twice)"_s);
    importRow("ceased member", "1002,for,person\n1003,for,person\n", u"Line 2: "_s, u"(not-eligible)"_s);
    importRow("choice maybe", "member,choice,method\n1002,for,person\n1004,maybe,person\n", u"Line 3: "_s,
              u"(ballot-csv)"_s);
    importRow("method pigeon", "1002,for,pigeon\n", u"Line 1: "_s, u"(ballot-csv)"_s);
    importRow("two fields", "1002,for,person\n1004,for\n", u"Line 2: "_s, u"(ballot-csv)"_s);
    importRow("five fields", "1002,for,proxy,1004,again\n", u"Line 1: "_s, u"(ballot-csv)"_s);
    importRow("semicolons", "1002;for;person\n", u"Line 1: "_s, u"(ballot-csv)"_s);
    importRow("no member number", " ,for,person\n", u"Line 1: "_s, u"(ballot-csv)"_s);
    importRow("quote never closed", "1002,for,person\n1004,\"for,person\n1005,for,person\n", u"Line 2: "_s,
              u"(ballot-csv)"_s);
    importRow("quote inside a field", "1002,f\"or,person\n", u"Line 1: "_s, u"(ballot-csv)"_s);
    importRow("text after a closing quote", "1002,\"for\"x,person\n", u"Line 1: "_s, u"(ballot-csv)"_s);
    // the row on lines 2 and 3 is a good one ("1002" once trimmed); the bad row starts on line 4
    importRow("line count after a field over two lines",
              "member,choice,method\n\"1002\n\",for,person\n1004,maybe,person\n", u"Line 4: "_s,
              u"(ballot-csv)"_s);
    importRow("Latin-1 byte", "1002,for,person\n1004,for,person\n100\xE9,for,person\n", u"Line 3: "_s,
              u"(not-utf8)"_s);
    importRow("proxy vote without a proxy appointed", "1002,for,proxy,1004\n", u"Line 1: "_s,
              u"(no-proxy)"_s);
    importRow("proxy named on a vote in person", "1002,for,person,1004\n", u"Line 1: "_s,
              u"(not-a-proxy-ballot)"_s);
    importRow("empty file", "", QString(), u"(ballot-csv)"_s);
    importRow("header only", "member,choice,method,proxy\r\n\r\n", QString(), u"(ballot-csv)"_s);

    const QByteArray good = "1002,for,person\n";
    QTest::newRow("import to a draft") << QStringList { u"ballots"_s, u"import"_s, file, u"2"_s, csv } << good
                                       << 1 << QString() << u"(motion-not-open)"_s;
    QTest::newRow("import to no motion") << QStringList { u"ballots"_s, u"import"_s, file, u"99"_s, csv }
                                         << good << 1 << QString() << u"(unknown-motion)"_s;
    QTest::newRow("import of no file")
        << QStringList { u"ballots"_s, u"import"_s, file, u"1"_s, u"no-such.csv"_s } << good << 1 << QString()
        << u"(not-found)"_s;
    QTest::newRow("motion id in words") << QStringList { u"ballots"_s, u"import"_s, file, u"first"_s, csv }
                                        << good << 2 << QString() << usage;

    QTest::newRow("open twice") << QStringList { u"motions"_s, u"open"_s, file, u"1"_s } << QByteArray() << 1
                                << QString() << u"(motion-not-draft)"_s;
    QTest::newRow("record date tomorrow") << QStringList {
        u"motions"_s, u"open"_s,          file,
        u"2"_s,       u"--record-date"_s, QDate::currentDate().addDays(1).toString(Qt::ISODate)
    } << QByteArray() << 1 << QString() << u"(future-date)"_s;
    QTest::newRow("record date 31/12/2024")
        << QStringList { u"motions"_s, u"open"_s, file, u"2"_s, u"--record-date"_s, u"31/12/2024"_s }
        << QByteArray() << 2 << QString() << usage;
    QTest::newRow("close a draft") << QStringList { u"motions"_s, u"close"_s, file, u"2"_s } << QByteArray()
                                   << 1 << QString() << u"(motion-not-open)"_s;
    QTest::newRow("tally a draft") << QStringList { u"tally"_s, file, u"2"_s } << QByteArray() << 1
                                   << QString() << u"(motion-not-open)"_s;
    QTest::newRow("tally no motion") << QStringList { u"tally"_s, file, u"99"_s } << QByteArray() << 1
                                     << QString() << u"(unknown-motion)"_s;
    QTest::newRow("tally motion 0") << QStringList { u"tally"_s, file, u"0"_s } << QByteArray() << 2
                                    << QString() << usage;

    const auto motionsAdd = [&file](const QStringList& options) {
        return QStringList { u"motions"_s, u"add"_s, file, u"--title"_s, u"T"_s } + options;
    };
    const auto meetingsAdd = [&file](const QStringList& options) {
        return QStringList { u"meetings"_s, u"add"_s, file } + options;
    };
    const QStringList meeting { u"--meeting"_s, u"1"_s };
    QTest::newRow("meeting kind annual")
        << meetingsAdd({ u"--kind"_s, u"annual"_s, u"--date"_s, u"2025-03-01"_s }) << QByteArray() << 2
        << QString() << u"--kind must be agm, general or board"_s;
    QTest::newRow("meeting without date")
        << meetingsAdd({ u"--kind"_s, u"agm"_s }) << QByteArray() << 2 << QString() << usage;
    QTest::newRow("meeting proxy limit -1")
        << meetingsAdd({ u"--kind"_s, u"agm"_s, u"--date"_s, u"2025-03-01"_s, u"--proxy-limit"_s, u"-1"_s })
        << QByteArray() << 2 << QString() << usage;
    QTest::newRow("motion without meeting")
        << motionsAdd({}) << QByteArray() << 2 << QString() << u"The option --meeting is required"_s;
    QTest::newRow("motion without title")
        << QStringList { u"motions"_s, u"add"_s, file, u"--meeting"_s, u"1"_s } << QByteArray() << 2
        << QString() << usage;
    QTest::newRow("meeting 0") << motionsAdd({ u"--meeting"_s, u"0"_s }) << QByteArray() << 2 << QString()
                               << usage;
    QTest::newRow("threshold simple") << motionsAdd(meeting + QStringList { u"--threshold"_s, u"simple"_s })
                                      << QByteArray() << 2 << QString() << u"--threshold must be"_s;
    QTest::newRow("scheme weighted") << motionsAdd(meeting + QStringList { u"--scheme"_s, u"weighted"_s })
                                     << QByteArray() << 2 << QString() << u"--scheme must be"_s;
    QTest::newRow("class share without =")
        << motionsAdd(meeting
                      + QStringList { u"--scheme"_s, u"classes"_s, u"--class-share"_s, u"Employee"_s })
        << QByteArray() << 2 << QString() << u"--class-share needs CLASS=BP"_s;
    QTest::newRow("class share over 10000")
        << motionsAdd(meeting
                      + QStringList { u"--scheme"_s, u"classes"_s, u"--class-share"_s, u"Employee=10001"_s })
        << QByteArray() << 2 << QString() << u"--class-share needs CLASS=BP"_s;
    QTest::newRow("class share by one member, one vote")
        << motionsAdd(meeting + QStringList { u"--class-share"_s, u"Employee=10000"_s }) << QByteArray() << 2
        << QString() << u"--class-share is only for --scheme classes"_s;
    QTest::newRow("cap without shares")
        << motionsAdd(meeting + QStringList { u"--cap-bp"_s, u"2000"_s }) << QByteArray() << 2 << QString()
        << u"--cap-bp is only for --scheme shares"_s;
    QTest::newRow("cap over 100%") << motionsAdd(
        meeting + QStringList { u"--scheme"_s, u"shares"_s, u"--cap-bp"_s, u"10001"_s })
                                   << QByteArray() << 2 << QString()
                                   << u"--cap-bp needs a whole number from 0 to 10000"_s;
    QTest::newRow("quorum in words") << motionsAdd(meeting + QStringList { u"--quorum"_s, u"most"_s })
                                     << QByteArray() << 2 << QString() << usage;
    QTest::newRow("quorum-bp negative") << motionsAdd(meeting + QStringList { u"--quorum-bp"_s, u"-1"_s })
                                        << QByteArray() << 2 << QString() << usage;
    QTest::newRow("unknown meeting") << motionsAdd({ u"--meeting"_s, u"99"_s }) << QByteArray() << 1
                                     << QString() << u"(unknown-meeting)"_s;
    QTest::newRow("unknown proposer") << motionsAdd(meeting + QStringList { u"--proposer"_s, u"9999"_s })
                                      << QByteArray() << 1 << QString() << u"(unknown-member)"_s;
    QTest::newRow("proposer seconds")
        << motionsAdd(meeting + QStringList { u"--proposer"_s, u"1001"_s, u"--seconder"_s, u"1001"_s })
        << QByteArray() << 1 << QString() << u"(same-proposer-and-seconder)"_s;
    QTest::newRow("share for an unknown class") << motionsAdd(
        meeting + QStringList { u"--scheme"_s, u"classes"_s, u"--class-share"_s, u"Trustee=10000"_s })
                                                << QByteArray() << 1 << QString() << u"(unknown-class)"_s;
    // 5000 + 4000 = 9000 basis points, not the whole
    QTest::newRow("class shares short of 100%")
        << motionsAdd(meeting
                      + QStringList { u"--scheme"_s, u"classes"_s, u"--class-share"_s, u"Employee=5000"_s,
                                      u"--class-share"_s, u"Community=4000"_s })
        << QByteArray() << 1 << QString() << u"(class-shares)"_s;
    QTest::newRow("one class named twice")
        << motionsAdd(meeting
                      + QStringList { u"--scheme"_s, u"classes"_s, u"--class-share"_s, u"Employee=5000"_s,
                                      u"--class-share"_s, u"EMPLOYEE=5000"_s })
        << QByteArray() << 1 << QString() << u"(class-shares)"_s;
    // Not through motionsAdd, which gives a title already: a second --title is bad usage.
    QTest::newRow("empty title") << QStringList { u"motions"_s, u"add"_s, file, u"--title"_s, u" "_s }
            + meeting << QByteArray()
                                 << 1 << QString() << u"(missing-title)"_s;
}

void TestCliMeetings::votingRefusalLeavesFileUnchanged()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, csv);
    QFETCH(int, exitCode);
    QFETCH(QString, line);
    QFETCH(QString, rule);
    const QString file = createFixtureWithMotions();
    QVERIFY(!file.isEmpty());
    arguments.replaceInStrings(mutualFileArgument, file);
    arguments.replaceInStrings(u"%CSV%"_s, writeFile(u"ballots.csv"_s, csv));

    const QByteArray digestBefore = fileDigest(file);
    const QJsonObject tallyBefore = json({ u"tally"_s, file, u"1"_s, u"--json"_s });
    const QJsonObject ballotsBefore = json({ u"ballots"_s, file, u"1"_s, u"--json"_s });
    const QJsonObject motionsBefore = json({ u"motions"_s, file, u"--json"_s });
    QCOMPARE(tallyBefore.value(u"for").toObject().value(u"members").toInteger(), 1);

    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.startsWith(u"error: "_s + line), qPrintable(run.err));
    QVERIFY2(run.err.contains(rule), qPrintable(run.err));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QVERIFY2(run.err.count(u'\n') <= 2, qPrintable(run.err));

    QCOMPARE(fileDigest(file), digestBefore);
    QCOMPARE(json({ u"tally"_s, file, u"1"_s, u"--json"_s }), tallyBefore);
    QCOMPARE(json({ u"ballots"_s, file, u"1"_s, u"--json"_s }), ballotsBefore);
    QCOMPARE(json({ u"motions"_s, file, u"--json"_s }), motionsBefore);
}

// A meeting's register of attendance as a secretary keeps it: who is there, who sent apologies, and
// the proxies, within the meeting's limit of one proxy a person.
void TestCliMeetings::attendanceAndProxiesAtAMeeting()
{
    const QString file = createVotingFixture();
    QVERIFY(!file.isEmpty());
    const CliRun meeting = cli({ u"meetings"_s, u"add"_s, file, u"--kind"_s, u"agm"_s, u"--date"_s,
                                 u"2025-03-01"_s, u"--proxy-limit"_s, u"1"_s });
    QCOMPARE(meeting.exitCode, 0);
    const QString id = meeting.out.trimmed();
    const auto attend = [&](const QStringList& numbers, const QString& as) {
        return cli(QStringList { u"meetings"_s, u"attend"_s, file, id } + numbers
                   + QStringList { u"--as"_s, as });
    };
    const auto proxy = [&](const QStringList& options) {
        return cli(QStringList { u"meetings"_s, u"proxy"_s, file, id } + options);
    };
    const auto attendance = [&]() { return json({ u"meetings"_s, u"attendance"_s, file, id, u"--json"_s }); };

    const CliRun present = attend({ u"1001"_s, u"1004"_s }, u"present"_s);
    QCOMPARE(present.exitCode, 0);
    QCOMPARE(present.out, u"1001 Anytown Council: Present\n1004 Member 1004: Present\n"_s);
    QCOMPARE(attend({ u"1005"_s }, u"APOLOGIES"_s).exitCode, 0);
    const CliRun appointed
        = proxy({ u"--member"_s, u"1002"_s, u"--proxy"_s, u"1004"_s, u"--direction"_s, u"for"_s });
    QCOMPARE(appointed.exitCode, 0);
    QVERIFY2(appointed.out.startsWith(u"1002 Alice Example appoints 1004 Member 1004 as proxy"),
             qPrintable(appointed.out));
    // 1004 already holds 1002's proxy, as many as the meeting allows one person; the chair has no limit.
    const QByteArray digest = fileDigest(file);
    const CliRun overLimit = proxy({ u"--member"_s, u"1006"_s, u"--proxy"_s, u"1004"_s });
    QCOMPARE(overLimit.exitCode, 1);
    QVERIFY2(overLimit.err.contains(u"(proxy-limit)"), qPrintable(overLimit.err));
    QCOMPARE(fileDigest(file), digest);
    QCOMPARE(proxy({ u"--member"_s, u"1006"_s, u"--chair"_s }).exitCode, 0);

    // On 1 March 2025 five members are eligible: 1001, 1002, 1004, 1005, 1006 (1003 ceased in 2024).
    // Present 1001 and 1004; by proxy 1002 and 1006; apologies 1005. Attending: 2 + 2 = 4.
    const QJsonObject listed = attendance();
    QCOMPARE(listed.value(u"meeting").toInteger(), id.toLongLong());
    QCOMPARE(listed.value(u"date").toString(), u"2025-03-01"_s);
    QCOMPARE(listed.value(u"eligible").toInteger(), 5);
    QCOMPARE(listed.value(u"present").toInteger(), 2);
    QCOMPARE(listed.value(u"by_proxy").toInteger(), 2);
    QCOMPARE(listed.value(u"apologies").toInteger(), 1);
    QCOMPARE(listed.value(u"attending").toInteger(), 4);
    QStringList lines;
    for (const QJsonValue& value : listed.value(u"attendance").toArray()) {
        const QJsonObject line = value.toObject();
        lines.append(QStringList { line.value(u"member").toString(), line.value(u"attendance").toString(),
                                   line.value(u"proxy").toString(u"-"_s),
                                   line.value(u"direction").toString(u"-"_s) }
                         .join(u' '));
    }
    QCOMPARE(lines,
             (QStringList { u"1001 present - -"_s, u"1002 proxy 1004 for"_s, u"1004 present - -"_s,
                            u"1005 apologies - -"_s, u"1006 proxy chair -"_s }));
    const CliRun text = cli({ u"meetings"_s, u"attendance"_s, file, id });
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"1004 Member 1004, directed: For"), qPrintable(text.out));
    QVERIFY2(text.out.endsWith(u"Eligible: 5, present: 2, by proxy: 2, apologies: 1 (attending: 4)\n"),
             qPrintable(text.out));

    // Revoked, 1002's proxy and its line go; 1004 holds no proxy now and may take 1006's from the chair.
    const CliRun revoked = proxy({ u"--member"_s, u"1002"_s, u"--revoke"_s });
    QCOMPARE(revoked.exitCode, 0);
    QVERIFY2(revoked.out.contains(u"revoked"), qPrintable(revoked.out));
    QCOMPARE(proxy({ u"--member"_s, u"1006"_s, u"--proxy"_s, u"1004"_s }).exitCode, 0);
    QCOMPARE(attend({ u"1005"_s }, u"none"_s).exitCode, 0);
    // Present 1001 and 1004; by proxy 1006; nobody sent apologies. Attending: 2 + 1 = 3.
    const QJsonObject after = attendance();
    QCOMPARE(after.value(u"present").toInteger(), 2);
    QCOMPARE(after.value(u"by_proxy").toInteger(), 1);
    QCOMPARE(after.value(u"apologies").toInteger(), 0);
    QCOMPARE(after.value(u"attending").toInteger(), 3);
    const QJsonArray rows = after.value(u"attendance").toArray();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(2).toObject().value(u"member").toString(), u"1006"_s);
    QCOMPARE(rows.at(2).toObject().value(u"proxy").toString(), u"1004"_s);
    QVERIFY(rows.at(2).toObject().value(u"direction").isNull());

    // All or nothing: 1003 has ceased, so neither 1006 nor 1005 is recorded either, and the file is as it
    // was.
    const QByteArray before = fileDigest(file);
    const CliRun refused = attend({ u"1006"_s, u"1003"_s, u"1005"_s }, u"present"_s);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.out.isEmpty());
    QVERIFY2(refused.err.startsWith(u"error: Member 1003"), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(u"(not-a-voter)"), qPrintable(refused.err));
    QCOMPARE(fileDigest(file), before);
    QCOMPARE(attendance(), after);
}

// Proxies vote through `ballots import` with the proxy column: as appointed and as directed, or not at
// all.
void TestCliMeetings::proxiesCastBallotsAsAppointed()
{
    const QString file = createVotingFixture();
    QVERIFY(!file.isEmpty());
    const QString motion = openMotion(file, {});
    QVERIFY(!motion.isEmpty());
    const QString meeting = u"1"_s;
    const auto proxy = [&](const QStringList& options) {
        return QStringList { u"meetings"_s, u"proxy"_s, file, meeting } + options;
    };
    QVERIFY(
        runSteps({ proxy({ u"--member"_s, u"1002"_s, u"--proxy"_s, u"1004"_s, u"--direction"_s, u"for"_s }),
                   proxy({ u"--member"_s, u"1006"_s, u"--chair"_s, u"--direction"_s, u"against"_s }),
                   proxy({ u"--member"_s, u"1005"_s, u"--proxy"_s, u"1001"_s }) }));

    const QString csv = writeFile(u"ballots.csv"_s,
                                  "member,choice,method,proxy\n1002,for,proxy,1004\n1006,against,proxy,\n"
                                  "1005,abstain,proxy,1001\n1001,for,person\n");
    const CliRun imported = cli({ u"ballots"_s, u"import"_s, file, motion, csv });
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.out, u"Ballots recorded: 4\n"_s);
    QStringList cast;
    for (const QJsonValue& value :
         json({ u"ballots"_s, file, motion, u"--json"_s }).value(u"ballots").toArray()) {
        const QJsonObject ballot = value.toObject();
        cast.append(QStringList { ballot.value(u"member").toString(), ballot.value(u"choice").toString(),
                                  ballot.value(u"method").toString(),
                                  ballot.value(u"proxy").toString(u"-"_s) }
                        .join(u' '));
    }
    QCOMPARE(cast,
             (QStringList { u"1002 for proxy 1004"_s, u"1006 against proxy -"_s, u"1005 abstain proxy 1001"_s,
                            u"1001 for person -"_s }));
    // 2 for (1002 by proxy, 1001), 1 against (1006 by the chair): carried.
    const QJsonObject tally = json({ u"tally"_s, file, motion, u"--json"_s });
    QCOMPARE(tally.value(u"for").toObject().value(u"members").toInteger(), 2);
    QCOMPARE(tally.value(u"against").toObject().value(u"members").toInteger(), 1);
    QCOMPARE(tally.value(u"outcome").toString(), u"carried"_s);

    // On another motion, 1004 may not vote 1002's proxy against, as 1002 directed it to vote for; nor
    // cast 1005's, which 1001 holds. Nothing is recorded either time.
    const CliRun second
        = cli({ u"motions"_s, u"add"_s, file, u"--meeting"_s, meeting, u"--title"_s, u"Second"_s });
    QCOMPARE(second.exitCode, 0);
    const QString secondId = second.out.trimmed();
    QCOMPARE(cli({ u"motions"_s, u"open"_s, file, secondId, u"--record-date"_s, u"2024-12-31"_s }).exitCode,
             0);
    for (const auto& [content, line, rule] :
         { std::tuple { "1004,for,person\n1002,against,proxy,1004\n"_ba, u"Line 2: "_s,
                        u"(proxy-direction)"_s },
           std::tuple { "1005,for,proxy,1004\n"_ba, u"Line 1: "_s, u"(wrong-proxy)"_s } }) {
        const QByteArray digest = fileDigest(file);
        const CliRun refused
            = cli({ u"ballots"_s, u"import"_s, file, secondId, writeFile(u"refused.csv"_s, content) });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.startsWith(u"error: "_s + line) && refused.err.contains(rule),
                 qPrintable(refused.err));
        QVERIFY(refused.out.isEmpty());
        QCOMPARE(fileDigest(file), digest);
    }
    QCOMPARE(json({ u"ballots"_s, file, secondId, u"--json"_s }).value(u"ballots").toArray().size(), 0);
}

QTEST_GUILESS_MAIN(TestCliMeetings)
#include "TestCliMeetings.moc"
