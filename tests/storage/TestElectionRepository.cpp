#include "SampleMutual.h"
#include "domain/StvCount.h"
#include "formats/Blt.h"
#include "storage/AuditLog.h"
#include "storage/ElectionRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace mutualise;
using namespace Qt::StringLiterals;
using domain::Candidate;
using domain::ElectionMethod;
using storage::ElectionRepository;
using storage::PaperInput;

// Elections in a file. Eligible on the record date 2025-06-30: C001, C002, E001, E002 and P001; P002
// ceased in March 2025.
class TestElectionRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void stvElectionByHand();
    void blankPaperIsCountedAsInvalid();
    void papersCannotBeLinkedToVoters();
    void refusedPapersChangeNothing_data();
    void refusedPapersChangeNothing();
    void bltRoundTrip();
    void pluralityElection();
    void electionsAreValidated();
    void draftsChangeAndAreDeleted();
    void importBeyondTheRollIsRefused();
    void sameFileTwiceIsRefused();
    void hugeWeightIsRefusedAtOnce();
    void namedPaperBeyondTheRollIsRefused();
    void weightedLineIsOneRow();

private:
    qint64 addElection(ElectionMethod method, int seats);
    qint64 memberId(const QString& number) const;
    domain::BltElection postal(qint64 electionId, const QList<domain::BltBallot>& ballots) const;
    qint64 auditEntries() const;

    QTemporaryDir m_folder;
    std::unique_ptr<storage::MutualFile> m_file;
    qint64 m_meetingId = 0;
    int m_fileNumber = 0;
};

void TestElectionRepository::init()
{
    m_file = sample::createFile(m_folder.filePath(u"elections%1.mutual"_s.arg(++m_fileNumber)));
    QVERIFY(m_file);
    storage::MemberRepository members(*m_file);
    for (const auto& [number, classId] :
         { std::pair { u"C001"_s, 1 }, std::pair { u"C002"_s, 1 }, std::pair { u"E001"_s, 2 },
           std::pair { u"E002"_s, 2 }, std::pair { u"P001"_s, 3 }, std::pair { u"P002"_s, 3 } }) {
        QVERIFY(members.add(sample::member(number, u"Member "_s + number, classId, QDate(2024, 1, 1))));
    }
    QVERIFY(members.cease(memberId(u"P002"_s), QDate(2025, 3, 31)));
    domain::Meeting meeting;
    meeting.heldOn = QDate(2025, 7, 15);
    const auto added = storage::MeetingRepository(*m_file).add(meeting);
    QVERIFY(added);
    m_meetingId = added->id;
}

qint64 TestElectionRepository::memberId(const QString& number) const
{
    const auto member = storage::MemberRepository(*m_file).memberByNumber(number);
    return member ? member->id : 0;
}

// Candidates: 1 Ann Smith (member C001), 2 Bo Lee, 3 Cy Jones.
qint64 TestElectionRepository::addElection(ElectionMethod method, int seats)
{
    domain::Election election;
    election.meetingId = m_meetingId;
    election.title = u"Board election 2025"_s;
    election.seats = seats;
    election.method = method;
    Candidate ann;
    ann.memberId = memberId(u"C001"_s);
    ann.name = u"Ann Smith"_s;
    Candidate bo;
    bo.name = u"Bo Lee"_s;
    Candidate cy;
    cy.name = u"Cy Jones"_s;
    const auto added = ElectionRepository(*m_file).add(election, { ann, bo, cy });
    if (!added)
        qWarning("%s", qPrintable(added.error().message));
    return added ? added->id : 0;
}

// Two seats. Papers: C001 (1, 2), C002 (1, 2), E001 (1, 3), E002 (2), P001 (3).
// Quota: 5 / (2 + 1) = 1, ignoring fractions, plus one = 2.
// Stage 1: Ann 3, Bo 1, Cy 1: Ann is elected with a surplus of 1.
// Stage 2: Ann's three papers move at 1 x 1 / 3 = 0.33333: two to Bo (0.66666), one to Cy (0.33333);
//   0.00001 is lost to truncation. Ann 2, Bo 1.66666, Cy 1.33333.
// Stage 3: Cy has fewest and is excluded; both Cy papers have no further preference. Bo is the one
//   continuing candidate for the one seat left, and is elected.
void TestElectionRepository::stvElectionByHand()
{
    const qint64 id = addElection(ElectionMethod::SingleTransferableVote, 2);
    QVERIFY(id > 0);
    ElectionRepository elections(*m_file);
    QVERIFY(elections.open(id, QDate(2025, 6, 30)));
    const auto cast = elections.castPapers(id,
                                           { { u"C001"_s, { 1, 2 }, domain::BallotMethod::InPerson, 0 },
                                             { u"C002"_s, { 1, 2 }, domain::BallotMethod::Post, 0 },
                                             { u"E001"_s, { 1, 3 }, domain::BallotMethod::Online, 0 },
                                             { u"E002"_s, { 2 }, domain::BallotMethod::InPerson, 0 },
                                             { u"P001"_s, { 3 }, domain::BallotMethod::InPerson, 0 } });
    QVERIFY2(cast, qPrintable(cast ? QString() : cast.error().message));
    QCOMPARE(elections.turnout(id).value(), (std::pair<qint64, qint64> { 5, 5 }));

    const auto closed = elections.close(id);
    QVERIFY2(closed, qPrintable(closed ? QString() : closed.error().message));
    QCOMPARE(closed->state, domain::VoteState::Closed);
    const auto result = elections.result(id);
    QVERIFY(result && result->isDeclared);
    QCOMPARE(result->elected, (QStringList { u"Ann Smith"_s, u"Bo Lee"_s }));
    const QJsonObject json = result->json;
    QCOMPARE(json.value(u"quota"_s).toInt(), 2);
    const QJsonArray rounds = json.value(u"rounds"_s).toArray();
    QCOMPARE(rounds.size(), 3);
    QCOMPARE(rounds.at(1).toObject().value(u"totals"_s).toObject().value(u"Bo Lee"_s).toDouble(), 1.66666);
    QCOMPARE(rounds.at(1).toObject().value(u"non_transferable"_s).toDouble(), 0.00001);
    QCOMPARE(rounds.at(2).toObject().value(u"excluded"_s).toArray().at(0).toString(), u"Cy Jones"_s);
    QCOMPARE(rounds.at(0).toObject().value(u"kind"_s).toString(), u"first-preferences"_s);
    QVERIFY(rounds.at(0).toObject().value(u"candidate"_s).isNull());
    QCOMPARE(rounds.at(1).toObject().value(u"kind"_s).toString(), u"surplus"_s);
    QCOMPARE(rounds.at(1).toObject().value(u"candidate"_s).toString(), u"Ann Smith"_s);
    QCOMPARE(rounds.at(2).toObject().value(u"kind"_s).toString(), u"exclusion"_s);
    QCOMPARE(rounds.at(2).toObject().value(u"candidate"_s).toString(), u"Cy Jones"_s);
    QCOMPARE(json.value(u"roll_fingerprint"_s).toString(), QString::fromLatin1(closed->rollFingerprint));
    QVERIFY(!result->working.isEmpty());
    QCOMPARE(
        elections.castPapers(id, { { u"P001"_s, { 2 }, domain::BallotMethod::InPerson, 0 } }).error().rule,
        u"election-not-open"_s);
}

// As stvElectionByHand, but P001 hands in a blank paper: C001 (1, 2), C002 (1, 2), E001 (1, 3),
// E002 (2), P001 blank. P001 has voted, turnout 5 of 5, but the paper is invalid: 4 valid papers.
// Quota: 4 / (2 + 1) = 1, ignoring fractions, plus one = 2.
// Stage 1: Ann 3, Bo 1, Cy 0: Ann is elected with a surplus of 1.
// Stage 2: Ann's three papers move at 1 x 1 / 3 = 0.33333: two to Bo (1.66666), one to Cy (0.33333).
// Stage 3: Cy has fewest and is excluded; Bo is elected to the seat left.
// The .blt export carries the blank paper as a ballot "1 0", and counts the same.
void TestElectionRepository::blankPaperIsCountedAsInvalid()
{
    const qint64 id = addElection(ElectionMethod::SingleTransferableVote, 2);
    QVERIFY(id > 0);
    ElectionRepository elections(*m_file);
    QVERIFY(elections.open(id, QDate(2025, 6, 30)));
    const auto cast = elections.castPapers(id,
                                           { { u"C001"_s, { 1, 2 }, domain::BallotMethod::InPerson, 0 },
                                             { u"C002"_s, { 1, 2 }, domain::BallotMethod::Post, 0 },
                                             { u"E001"_s, { 1, 3 }, domain::BallotMethod::Online, 0 },
                                             { u"E002"_s, { 2 }, domain::BallotMethod::InPerson, 0 },
                                             { u"P001"_s, {}, domain::BallotMethod::InPerson, 0 } });
    QVERIFY2(cast, qPrintable(cast ? QString() : cast.error().message));
    QCOMPARE(elections.turnout(id).value(), (std::pair<qint64, qint64> { 5, 5 }));
    QCOMPARE(sample::scalar(m_file->connection(),
                            u"SELECT COUNT(*) FROM election_papers WHERE preferences = ''"_s),
             1);

    const auto exported = elections.exportBlt(id);
    QVERIFY(exported);
    QCOMPARE(exported->totalWeight(), 5);
    QCOMPARE(exported->ballots.constFirst().preferences, QList<int>()); // "" sorts first
    QCOMPARE(exported->ballots.constFirst().weight, 1);
    const QByteArray written = formats::Blt::write(*exported).value();
    QVERIFY2(written.startsWith("3 2\n1 0\n"), written.constData());

    const auto closed = elections.close(id);
    QVERIFY2(closed, qPrintable(closed ? QString() : closed.error().message));
    const auto result = elections.result(id);
    QVERIFY(result && result->isDeclared);
    QCOMPARE(result->elected, (QStringList { u"Ann Smith"_s, u"Bo Lee"_s }));
    QCOMPARE(result->json.value(u"valid"_s).toInt(), 4);
    QCOMPARE(result->json.value(u"invalid"_s).toInt(), 1);
    QCOMPARE(result->json.value(u"quota"_s).toInt(), 2);
    const QJsonArray rounds = result->json.value(u"rounds"_s).toArray();
    QCOMPARE(rounds.size(), 3);
    QCOMPARE(rounds.at(1).toObject().value(u"totals"_s).toObject().value(u"Bo Lee"_s).toDouble(), 1.66666);
    QCOMPARE(rounds.at(1).toObject().value(u"totals"_s).toObject().value(u"Cy Jones"_s).toDouble(), 0.33333);

    const auto reread = formats::Blt::read(written);
    QVERIFY(reread);
    const auto recounted = domain::Stv::count(*reread, closed->seed);
    QVERIFY(recounted);
    QCOMPARE(recounted->validPapers, 4);
    QCOMPARE(recounted->invalidPapers, 1);
    QCOMPARE(recounted->quota, 2);
    QCOMPARE(recounted->elected, (QList<int> { 0, 1 }));
}

// Who voted is in one table and the papers in another, with no member, no time, and ids that do not
// follow the order of voting; the audit trail names voters but never their preferences.
void TestElectionRepository::papersCannotBeLinkedToVoters()
{
    const qint64 id = addElection(ElectionMethod::SingleTransferableVote, 1);
    ElectionRepository elections(*m_file);
    QVERIFY(elections.open(id, QDate(2025, 6, 30)));
    for (const QString& number : { u"C001"_s, u"C002"_s, u"E001"_s, u"E002"_s, u"P001"_s })
        QVERIFY(elections.castPapers(id, { { number, { 2, 1 }, domain::BallotMethod::InPerson, 0 } }));
    QCOMPARE(
        sample::scalar(m_file->connection(),
                       u"SELECT COUNT(*) FROM pragma_table_info('election_papers') WHERE name NOT IN ('id', "
                       "'election_id', 'preferences', 'weight')"_s),
        0);
    // A paper recorded for a named member is a row of its own, never added to an identical one.
    QCOMPARE(sample::scalar(m_file->connection(), u"SELECT COUNT(*) FROM election_papers WHERE weight = 1"_s),
             5);
    QCOMPARE(sample::scalar(m_file->connection(), u"SELECT COUNT(*) FROM election_papers"_s), 5);
    // Ids are random: they are nowhere near 1..5, the ids of rows numbered in order.
    QVERIFY(sample::scalar(m_file->connection(), u"SELECT MIN(id) FROM election_papers"_s) > 1000);
    const auto audit = storage::AuditLog(*m_file).entries(100);
    QVERIFY(audit);
    for (const storage::AuditEntry& entry : *audit) {
        QVERIFY(!entry.after.contains(u"preferences"_s));
    }
    // Nor does the write-ahead log keep each paper beside its voter: it is emptied after every paper.
    QCOMPARE(QFileInfo(m_file->path() + u"-wal"_s).size(), 0);
}

void TestElectionRepository::refusedPapersChangeNothing_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QList<int>>("preferences");
    QTest::addColumn<QString>("rule");
    QTest::newRow("ceased") << u"P002"_s << QList<int> { 1 } << u"not-eligible"_s;
    QTest::newRow("stranger") << u"Z404"_s << QList<int> { 1 } << u"not-eligible"_s;
    QTest::newRow("twice in the batch") << u"C001"_s << QList<int> { 2 } << u"voted-twice"_s;
    QTest::newRow("duplicate preference") << u"E001"_s << QList<int> { 1, 2, 1 } << u"duplicate-preference"_s;
    QTest::newRow("no such candidate") << u"E001"_s << QList<int> { 4 } << u"unknown-candidate"_s;
    // A blank paper is no longer refused (see blankPaperIsCountedAsInvalid); one naming a withdrawn or
    // unknown candidate still is.
}

void TestElectionRepository::refusedPapersChangeNothing()
{
    QFETCH(QString, member);
    QFETCH(QList<int>, preferences);
    QFETCH(QString, rule);
    const qint64 id = addElection(ElectionMethod::SingleTransferableVote, 1);
    ElectionRepository elections(*m_file);
    QVERIFY(elections.open(id, QDate(2025, 6, 30)));
    const auto cast = elections.castPapers(id,
                                           { { u"C001"_s, { 1 }, domain::BallotMethod::InPerson, 2 },
                                             { member, preferences, domain::BallotMethod::InPerson, 3 } });
    QVERIFY(!cast);
    QCOMPARE(cast.error().rule, rule);
    QVERIFY2(cast.error().message.startsWith(u"Line 3:"_s), qPrintable(cast.error().message));
    QCOMPARE(elections.turnout(id).value(), (std::pair<qint64, qint64> { 0, 0 }));
}

// The papers go out as a .blt file that counts the same elsewhere, and a .blt file for the same
// candidates comes in; one for other candidates is refused.
void TestElectionRepository::bltRoundTrip()
{
    const qint64 id = addElection(ElectionMethod::SingleTransferableVote, 2);
    ElectionRepository elections(*m_file);
    QVERIFY(elections.open(id, QDate(2025, 6, 30)));
    QVERIFY(elections.castPapers(id,
                                 { { u"C001"_s, { 1, 2 }, domain::BallotMethod::InPerson, 0 },
                                   { u"C002"_s, { 1, 2 }, domain::BallotMethod::InPerson, 0 },
                                   { u"E001"_s, { 3 }, domain::BallotMethod::InPerson, 0 } }));
    const auto exported = elections.exportBlt(id);
    QVERIFY(exported);
    QCOMPARE(exported->candidates, (QStringList { u"Ann Smith"_s, u"Bo Lee"_s, u"Cy Jones"_s }));
    QCOMPARE(exported->ballots.size(), 2); // (1, 2) twice, grouped; (3) once
    QCOMPARE(exported->totalWeight(), 3);
    const auto reread = formats::Blt::read(formats::Blt::write(*exported).value());
    QVERIFY(reread);
    QCOMPARE(reread->totalWeight(), 3);

    domain::BltElection postal = *exported;
    postal.ballots = { { 2, { 1, 0 }, 5 } }; // two postal papers for Bo, then Ann: the roll of 5 is full
    QCOMPARE(elections.importBlt(id, postal).value(), 2);
    QCOMPARE(elections.turnout(id).value(), (std::pair<qint64, qint64> { 3, 5 }));
    postal.candidates[2] = u"Someone Else"_s;
    QCOMPARE(elections.importBlt(id, postal).error().rule, u"candidates-differ"_s);
}

// Plurality, two seats, up to two marks: Ann 2, Bo 2, Cy 1 -> Ann and Bo; E002's blank paper is spoilt.
void TestElectionRepository::pluralityElection()
{
    const qint64 id = addElection(ElectionMethod::Plurality, 2);
    ElectionRepository elections(*m_file);
    QVERIFY(elections.open(id, QDate(2025, 6, 30)));
    QCOMPARE(elections.castPapers(id, { { u"C001"_s, { 1, 2, 3 }, domain::BallotMethod::InPerson, 0 } })
                 .error()
                 .rule,
             u"too-many-marks"_s);
    QVERIFY(elections.castPapers(id,
                                 { { u"C001"_s, { 1, 2 }, domain::BallotMethod::InPerson, 0 },
                                   { u"C002"_s, { 1, 2 }, domain::BallotMethod::InPerson, 0 },
                                   { u"E001"_s, { 3 }, domain::BallotMethod::InPerson, 0 },
                                   { u"E002"_s, {}, domain::BallotMethod::Post, 0 } }));
    const auto result = elections.result(id);
    QVERIFY(result && !result->isDeclared);
    QCOMPARE(result->elected, (QStringList { u"Ann Smith"_s, u"Bo Lee"_s }));
    QCOMPARE(result->json.value(u"valid"_s).toInt(), 3);
    QCOMPARE(result->json.value(u"spoilt"_s).toInt(), 1);
    QCOMPARE(result->json.value(u"votes"_s).toObject().value(u"Cy Jones"_s).toInt(), 1);
}

void TestElectionRepository::electionsAreValidated()
{
    ElectionRepository elections(*m_file);
    domain::Election election;
    election.meetingId = m_meetingId;
    election.title = u"Board"_s;
    election.seats = 3;
    Candidate one;
    one.name = u"Ann"_s;
    Candidate two;
    two.name = u"ann "_s;
    QCOMPARE(elections.add(election, { one, two }).error().rule, u"duplicate-candidate"_s);
    two.name = u"Bo"_s;
    QCOMPARE(elections.add(election, { one, two }).error().rule, u"too-few-candidates"_s);
    election.seats = 1;
    election.meetingId = 999;
    QCOMPARE(elections.add(election, { one, two }).error().rule, u"unknown-meeting"_s);
    election.meetingId = m_meetingId;
    const auto added = elections.add(election, { one, two });
    QVERIFY(added);
    QCOMPARE(elections.result(added->id).error().rule, u"election-not-open"_s);
    QCOMPARE(elections.open(added->id, QDate::currentDate().addDays(2)).error().rule, u"future-date"_s);
}

// A draft's candidates can be corrected (Bo withdraws, Di stands) or the draft deleted; once voting
// has opened, neither, and the papers stay.
void TestElectionRepository::draftsChangeAndAreDeleted()
{
    ElectionRepository elections(*m_file);
    const qint64 id = addElection(ElectionMethod::SingleTransferableVote, 2);
    auto election = elections.election(id).value();
    auto candidates = elections.candidates(id).value();
    candidates.removeAt(1);
    Candidate di;
    di.name = u"  Di Evans "_s;
    candidates.append(di);
    election.seats = 1;
    election.method = ElectionMethod::Plurality;
    const auto updated = elections.update(election, candidates);
    QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().message));
    QCOMPARE(updated->seats, 1);
    QCOMPARE(updated->method, ElectionMethod::Plurality);
    QStringList names;
    QList<int> positions;
    for (const Candidate& candidate : elections.candidates(id).value()) {
        names.append(candidate.name);
        positions.append(candidate.position);
    }
    QCOMPARE(names, (QStringList { u"Ann Smith"_s, u"Cy Jones"_s, u"Di Evans"_s }));
    QCOMPARE(positions, (QList<int> { 1, 2, 3 }));
    const auto audit = storage::AuditLog(*m_file).entries(1).value();
    QCOMPARE(audit.first().action, u"election.update"_s);
    QCOMPARE(audit.first().before.value(u"candidates"_s).toArray().at(1).toString(), u"Bo Lee"_s);
    QCOMPARE(audit.first().after.value(u"candidates"_s).toArray().at(2).toString(), u"Di Evans"_s);

    // A refused correction changes nothing.
    election.seats = 4;
    QCOMPARE(elections.update(election, candidates).error().rule, u"too-few-candidates"_s);
    QCOMPARE(elections.election(id)->seats, 1);
    QCOMPARE(elections.candidates(id)->size(), 3);

    QVERIFY(elections.remove(id));
    QCOMPARE(elections.election(id).error().rule, u"unknown-election"_s);
    QCOMPARE(sample::scalar(m_file->connection(),
                            u"SELECT COUNT(*) FROM candidates WHERE election_id = %1"_s.arg(id)),
             0);
    QCOMPARE(storage::AuditLog(*m_file).entries(1).value().first().action, u"election.remove"_s);

    const qint64 opened = addElection(ElectionMethod::SingleTransferableVote, 1);
    QVERIFY(elections.open(opened, QDate(2025, 6, 30)));
    QVERIFY(elections.castPapers(opened, { { u"C001"_s, { 2 }, domain::BallotMethod::InPerson, 0 } }));
    election = elections.election(opened).value();
    election.title = u"Renamed"_s;
    QCOMPARE(elections.update(election, elections.candidates(opened).value()).error().rule,
             u"election-not-draft"_s);
    QCOMPARE(elections.remove(opened).error().rule, u"election-not-draft"_s);
    QCOMPARE(elections.turnout(opened).value(), (std::pair<qint64, qint64> { 1, 1 }));
    QCOMPARE(storage::MeetingRepository(*m_file).remove(m_meetingId).error().rule, u"meeting-in-use"_s);
}

domain::BltElection TestElectionRepository::postal(qint64 electionId,
                                                   const QList<domain::BltBallot>& ballots) const
{
    const auto exported = ElectionRepository(*m_file).exportBlt(electionId);
    if (!exported)
        return {};
    domain::BltElection blt = *exported;
    blt.ballots = ballots;
    return blt;
}

qint64 TestElectionRepository::auditEntries() const
{
    return sample::scalar(m_file->connection(), u"SELECT COUNT(*) FROM audit_log"_s);
}

// One member, one paper: a roll of 5 takes 5 papers, named or imported, and not one more. A refused
// file files nothing and leaves no audit entry, and its message names the numbers.
void TestElectionRepository::importBeyondTheRollIsRefused()
{
    const qint64 id = addElection(ElectionMethod::SingleTransferableVote, 1);
    ElectionRepository elections(*m_file);
    QVERIFY(elections.open(id, QDate(2025, 6, 30)));
    QCOMPARE(elections.rollSize(id).value(), 5);
    const qint64 audited = auditEntries();

    const auto six = elections.importBlt(id, postal(id, { { 4, { 1, 0 }, 5 }, { 2, { 2 }, 6 } }));
    QVERIFY(!six);
    QCOMPARE(six.error().rule, u"too-many-papers"_s);
    QCOMPARE(six.error().message,
             u"This file holds 6 papers, but election %1 has only 5 members on its roll yet to vote: 5 on "
             "the roll, 0 papers recorded."_s.arg(id));
    QCOMPARE(elections.turnout(id).value(), (std::pair<qint64, qint64> { 0, 0 }));
    QCOMPARE(sample::scalar(m_file->connection(), u"SELECT COUNT(*) FROM election_papers"_s), 0);
    QCOMPARE(auditEntries(), audited);

    QCOMPARE(elections.importBlt(id, postal(id, { { 3, { 1, 0 }, 5 }, { 2, { 2 }, 6 } })).value(), 5);
    QCOMPARE(elections.turnout(id).value(), (std::pair<qint64, qint64> { 0, 5 }));
    QCOMPARE(auditEntries(), audited + 1);

    const auto oneMore = elections.importBlt(id, postal(id, { { 1, { 0 }, 5 } }));
    QVERIFY(!oneMore);
    QCOMPARE(oneMore.error().rule, u"too-many-papers"_s);
    QVERIFY2(oneMore.error().message.contains(u"5 on the roll, 5 papers recorded"_s),
             qPrintable(oneMore.error().message));
    QCOMPARE(elections.turnout(id).value(), (std::pair<qint64, qint64> { 0, 5 }));
    QCOMPARE(auditEntries(), audited + 1);
}

// The same postal file imported twice would count its papers twice.
void TestElectionRepository::sameFileTwiceIsRefused()
{
    const qint64 id = addElection(ElectionMethod::SingleTransferableVote, 1);
    ElectionRepository elections(*m_file);
    QVERIFY(elections.open(id, QDate(2025, 6, 30)));
    const domain::BltElection file = postal(id, { { 2, { 0, 1 }, 5 }, { 1, { 2 }, 6 } });
    QCOMPARE(elections.importBlt(id, file).value(), 3);
    const qint64 audited = auditEntries();
    const auto again = elections.importBlt(id, file);
    QVERIFY(!again);
    QCOMPARE(again.error().rule, u"too-many-papers"_s);
    QCOMPARE(again.error().message,
             u"This file holds 3 papers, but election %1 has only 2 members on its roll yet to vote: 5 on "
             "the roll, 3 papers recorded."_s.arg(id));
    QCOMPARE(elections.turnout(id).value(), (std::pair<qint64, qint64> { 0, 3 }));
    QCOMPARE(auditEntries(), audited);
}

// A weight of 999,999,999,999 is refused before a single paper is written (one row a paper would not
// finish: the refusal is what shows that nothing was written first).
void TestElectionRepository::hugeWeightIsRefusedAtOnce()
{
    const qint64 id = addElection(ElectionMethod::SingleTransferableVote, 1);
    ElectionRepository elections(*m_file);
    QVERIFY(elections.open(id, QDate(2025, 6, 30)));
    const qint64 audited = auditEntries();
    const auto huge = elections.importBlt(id, postal(id, { { 999'999'999'999, { 0 }, 2 } }));
    QVERIFY(!huge);
    QCOMPARE(huge.error().rule, u"too-many-papers"_s);
    QVERIFY2(huge.error().message.contains(u"holds %1 papers"_s.arg(QLocale().toString(999'999'999'999))),
             qPrintable(huge.error().message));
    QCOMPARE(elections.turnout(id).value(), (std::pair<qint64, qint64> { 0, 0 }));
    QCOMPARE(auditEntries(), audited);
    // Weights that would overflow a sum are refused the same way.
    const qint64 largest = std::numeric_limits<qint64>::max();
    const auto overflowing
        = elections.importBlt(id, postal(id, { { largest, { 0 }, 2 }, { largest, { 1 }, 3 } }));
    QVERIFY(!overflowing);
    QCOMPARE(overflowing.error().rule, u"too-many-papers"_s);
    QCOMPARE(elections.turnout(id).value(), (std::pair<qint64, qint64> { 0, 0 }));
}

// Imported papers name no voter, but each stands for a member on the roll: once the imports and the
// named papers fill the roll, a member who has not voted is refused too, and nothing is stored.
void TestElectionRepository::namedPaperBeyondTheRollIsRefused()
{
    const qint64 id = addElection(ElectionMethod::SingleTransferableVote, 1);
    ElectionRepository elections(*m_file);
    QVERIFY(elections.open(id, QDate(2025, 6, 30)));
    QCOMPARE(elections.importBlt(id, postal(id, { { 4, { 1 }, 5 } })).value(), 4);
    QVERIFY(elections.castPapers(id, { { u"C001"_s, { 1 }, domain::BallotMethod::InPerson, 0 } }));
    const qint64 audited = auditEntries();
    const auto sixth = elections.castPapers(id, { { u"C002"_s, { 2 }, domain::BallotMethod::InPerson, 0 } });
    QVERIFY(!sixth);
    QCOMPARE(sixth.error().rule, u"too-many-papers"_s);
    QVERIFY2(sixth.error().message.contains(u"5 on the roll, 5 papers recorded"_s),
             qPrintable(sixth.error().message));
    QCOMPARE(elections.turnout(id).value(), (std::pair<qint64, qint64> { 1, 5 }));
    QCOMPARE(auditEntries(), audited);
    // A batch is judged whole: the first paper would fit, the second not, and neither is stored.
    const qint64 other = addElection(ElectionMethod::SingleTransferableVote, 1);
    QVERIFY(elections.open(other, QDate(2025, 6, 30)));
    QCOMPARE(elections.importBlt(other, postal(other, { { 4, { 1 }, 5 } })).value(), 4);
    const auto batch = elections.castPapers(other,
                                            { { u"C001"_s, { 1 }, domain::BallotMethod::InPerson, 2 },
                                              { u"C002"_s, { 2 }, domain::BallotMethod::InPerson, 3 } });
    QCOMPARE(batch.error().rule, u"too-many-papers"_s);
    QCOMPARE(elections.turnout(other).value(), (std::pair<qint64, qint64> { 0, 4 }));
    // A paper refused for its own sake names its line first, even when the roll is also full.
    const auto twice = elections.castPapers(other,
                                            { { u"C001"_s, { 1 }, domain::BallotMethod::InPerson, 2 },
                                              { u"C001"_s, { 2 }, domain::BallotMethod::InPerson, 3 } });
    QCOMPARE(twice.error().rule, u"voted-twice"_s);
}

// A .blt line is stored as one row with its weight; the turnout, the export and the count read the
// weight as that many papers.
void TestElectionRepository::weightedLineIsOneRow()
{
    const qint64 id = addElection(ElectionMethod::SingleTransferableVote, 1);
    ElectionRepository elections(*m_file);
    QVERIFY(elections.open(id, QDate(2025, 6, 30)));
    QVERIFY(elections.castPapers(id, { { u"C001"_s, { 2, 1 }, domain::BallotMethod::InPerson, 0 } }));
    QCOMPARE(elections.importBlt(id, postal(id, { { 3, { 1, 0 }, 5 }, { 1, { 0 }, 6 } })).value(), 4);
    QCOMPARE(sample::scalar(m_file->connection(), u"SELECT COUNT(*) FROM election_papers"_s), 3);
    QCOMPARE(sample::scalar(m_file->connection(), u"SELECT MAX(weight) FROM election_papers"_s), 3);
    QCOMPARE(elections.turnout(id).value(), (std::pair<qint64, qint64> { 1, 5 }));
    const auto exported = elections.exportBlt(id);
    QVERIFY(exported);
    QCOMPARE(exported->totalWeight(), 5);
    QCOMPARE(exported->ballots.size(), 2); // "1 0" once; "2 1" four times, C001's and the imported three
    QCOMPARE(exported->ballots.at(1).preferences, (QList<int> { 1, 0 }));
    QCOMPARE(exported->ballots.at(1).weight, 4);
    // Bo has 4 of 5 first preferences.
    const auto result = elections.result(id);
    QVERIFY(result);
    QCOMPARE(result->json.value(u"valid"_s).toInt(), 5);
    QCOMPARE(result->elected, QStringList { u"Bo Lee"_s });
}

QTEST_GUILESS_MAIN(TestElectionRepository)
#include "TestElectionRepository.moc"
