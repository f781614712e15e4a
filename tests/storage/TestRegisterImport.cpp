#include "SampleMutual.h"
#include "storage/AuditLog.h"
#include "storage/MemberRepository.h"
#include "storage/ShareLedgerRepository.h"
#include "storage/Statement.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace mutualise;
using storage::ImportOptions;
using storage::ImportProblem;
using storage::ImportReport;
using storage::MemberRepository;
using storage::ShareLedgerRepository;

namespace {

const QByteArray membersHeader = "number,name,kind,class,email,address,admitted,ceased\n";
const QByteArray sharesHeader = "date,member,kind,shares,amount,counterparty,reference\n";

QString problemsText(const ImportReport& report)
{
    QStringList lines;
    for (const ImportProblem& problem : report.problems)
        lines.append(u"%1 (%2)"_s.arg(problem.text(), problem.rule));
    return lines.join(u'\n');
}

} // namespace

// Imports of a register and a ledger into the sample mutual: classes 1 "Founding council", 2 "Employee"
// (at most 1,000 shares) and 3 "Community"; shares at £1.00 nominal; an individual may hold £100,000.
class TestRegisterImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void membersAreImportedWithTheirAudit();
    void memberProblemsAreAllListed();
    void membersFollowTheChosenColumns();
    void localeDatesAndAmountsAreRead();
    void dryRunAndRefusalLeaveTheFileAsItWas();
    void cancellingRecordsNothing();
    void sharesFollowTheirDates();
    void shareProblemsAreAllListed();
    void ceasedMembersHistoryIsImported();
    void totalsBeyondTheMostAreRefused();
    void malformedFiles_data();
    void malformedFiles();
    void badRowNearTheEndOfALargeFileIsNamed();
    void problemsPastTheMostKeptAreCounted();

private:
    ImportReport importMembers(const QByteArray& csv, ImportOptions options = {});
    ImportReport importShares(const QByteArray& csv, ImportOptions options = {});
    void addMembers(int count);
    qint64 scalar(const QString& sql) const;
    QString text(const QString& sql) const;

    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<storage::MutualFile> m_file;
};

void TestRegisterImport::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    m_file = sample::createFile(m_folder->filePath(u"import.mutual"_s));
    QVERIFY(m_file);
}

void TestRegisterImport::cleanup()
{
    m_file.reset();
    m_folder.reset();
}

// A report whose import failed outright counts a problem, so that it is never read as accepted.
ImportReport TestRegisterImport::importMembers(const QByteArray& csv, ImportOptions options)
{
    const auto report = MemberRepository(*m_file).importCsv(csv, options);
    if (!report)
        qWarning("%s", qPrintable(report.error().message));
    return report.isOk() ? *report : ImportReport { -1, {}, -1 };
}

ImportReport TestRegisterImport::importShares(const QByteArray& csv, ImportOptions options)
{
    const auto report = ShareLedgerRepository(*m_file).importCsv(csv, options);
    if (!report)
        qWarning("%s", qPrintable(report.error().message));
    return report.isOk() ? *report : ImportReport { -1, {}, -1 };
}

// Members C1 to C<count>, organisations of the Community class (so not held to the cap on an
// individual's capital), admitted on 1 January 2020.
void TestRegisterImport::addMembers(int count)
{
    QByteArray csv = membersHeader;
    for (int i = 1; i <= count; ++i)
        csv += "C" + QByteArray::number(i) + ",Member " + QByteArray::number(i)
            + ",organisation,Community,,,2020-01-01,\n";
    const ImportReport report = importMembers(csv);
    QVERIFY2(report.isAccepted(), qPrintable(problemsText(report)));
    QCOMPARE(report.rows, count);
}

qint64 TestRegisterImport::scalar(const QString& sql) const
{
    storage::Statement query(m_file->connection(), sql);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QString TestRegisterImport::text(const QString& sql) const
{
    storage::Statement query(m_file->connection(), sql);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

void TestRegisterImport::membersAreImportedWithTheirAudit()
{
    const QByteArray csv = membersHeader
        + "M1,Ada Lovelace,individual,Community,ada@example.org,\"1 High Street\nLeeds\",2020-01-15,\n"
          "M2,Leeds City Council,Organisation,founding council,,,2019-04-01,\n"
          "M3,Jo Bloggs,individual,Employee,,,2018-06-01,2023-03-31\n";
    const ImportReport report = importMembers(csv);
    QVERIFY2(report.isAccepted(), qPrintable(problemsText(report)));
    QCOMPARE(report.rows, 3);

    MemberRepository members(*m_file);
    const auto ada = members.memberByNumber(u"m1"_s);
    QVERIFY(ada.isOk());
    QCOMPARE(ada->name, u"Ada Lovelace"_s);
    QCOMPARE(ada->address, u"1 High Street\nLeeds"_s);
    QCOMPARE(ada->email, u"ada@example.org"_s);
    QCOMPARE(ada->classId, 3);
    QCOMPARE(ada->status, domain::MemberStatus::Active);
    const auto council = members.memberByNumber(u"M2"_s);
    QCOMPARE(council->kind, domain::MemberKind::Organisation);
    QCOMPARE(council->classId, 1); // the class named in another case
    const auto ceased = members.memberByNumber(u"M3"_s);
    QCOMPARE(ceased->status, domain::MemberStatus::Ceased);
    QCOMPARE(ceased->ceasedOn, QDate(2023, 3, 31));

    // One audit entry for each member, each naming it.
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'member.import'"_s), 3);
    const auto entries = storage::AuditLog(*m_file).entries(1);
    QCOMPARE(entries->first().entityKey, u"M3"_s);
    QCOMPARE(entries->first().after.value(u"ceasedOn"_s).toString(), u"2023-03-31"_s);
    QCOMPARE(storage::AuditLog(*m_file).firstBrokenLink().value(), std::nullopt);
}

void TestRegisterImport::memberProblemsAreAllListed()
{
    QVERIFY(MemberRepository(*m_file).add(sample::member(u"R1"_s, u"Registered"_s, 1)).isOk());
    // Row 1 is the header; row 3 runs over two lines and is still one row.
    const QByteArray csv = membersHeader
        + "M1,Ada,individual,Community,,,2020-01-15,\n"
          "M2,Bea,individual,Community,,\"Flat 1\n2 Low Road\",2020-02-30,\n"
          "m1,Cy,individual,Community,,,2020-01-15,\n"
          "r1,Di,individual,Community,,,2020-01-15,\n"
          "M5,Ed,person,Board,,,2020-01-15,\n"
          "M6,,individual,Community,not-an-address,,2020-01-15,\n"
          "M7,Fay,individual,Community,,,2020-01-15,2019-01-01\n"
          "M8,Gus,individual,Community,,,2099-01-01,\n";
    const ImportReport report = importMembers(csv);
    const QString text = problemsText(report);
    QVERIFY2(!report.isAccepted(), qPrintable(text));
    const QStringList expected {
        u"Row 3, column admitted: “2020-02-30” is not a date"_s,
        u"Row 4, column number: member number m1 is also on row 2. (duplicate-number)"_s,
        u"Row 5, column number: member number r1 is already used by “Registered”. (duplicate-number)"_s,
        u"Row 6, column kind: “person” is not a kind of member"_s,
        u"Row 6, column class: there is no class “Board”"_s,
        u"Row 7, column name: it is empty. (members-csv)"_s,
        u"Row 8, column ceased:"_s,
        u"Row 9, column admitted:"_s,
    };
    for (const QString& line : expected)
        QVERIFY2(text.contains(line), qPrintable(line + u"\nnot in\n"_s + text));
    // The problems come in the order of their rows.
    for (qsizetype i = 1; i < report.problems.size(); ++i)
        QVERIFY(report.problems.at(i - 1).row <= report.problems.at(i).row);
    // Nothing of the file was recorded: only the member added before.
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM members"_s), 1);
}

void TestRegisterImport::membersFollowTheChosenColumns()
{
    // A spreadsheet's own headings, in its own order; the window maps them to the fields.
    const QByteArray csv = "Joined,Member name,Membership no.,Type,Category\n"
                           "2021-05-01,Ada,A-7,individual,Employee\n";
    ImportOptions options;
    options.mapping = storage::ImportMapping {
        { u"admitted"_s, 0 }, { u"name"_s, 1 }, { u"number"_s, 2 }, { u"kind"_s, 3 }, { u"class"_s, 4 }
    };
    const ImportReport report = importMembers(csv, options);
    QVERIFY2(report.isAccepted(), qPrintable(problemsText(report)));
    const auto member = MemberRepository(*m_file).memberByNumber(u"A-7"_s);
    QCOMPARE(member->admittedOn, QDate(2021, 5, 1));
    QCOMPARE(member->classId, 2);

    // Without the mapping, the same headings are named as not known.
    const ImportReport unmapped = importMembers(csv);
    QCOMPARE(unmapped.problems.size(), 1);
    QCOMPARE(unmapped.problems.first().row, 1);
    QVERIFY(unmapped.problems.first().message.contains(u"Missing: number, name, kind, class, admitted."_s));
    QVERIFY(unmapped.problems.first().message.contains(u"“Membership no.”"_s));

    // A mapping that leaves out a required field, or points past the last column, is refused.
    options.mapping->remove(u"kind"_s);
    options.mapping->insert(u"class"_s, 9);
    const ImportReport wrong = importMembers(csv, options);
    QCOMPARE(wrong.problems.size(), 2);
    QCOMPARE(wrong.problems.at(0).column, u"kind"_s);
    QCOMPARE(wrong.problems.at(1).column, u"class"_s);
    QVERIFY(wrong.problems.at(1).message.contains(
        u"column 10 is chosen for it, but the file's last column is 5."_s));
}

void TestRegisterImport::localeDatesAndAmountsAreRead()
{
    ImportOptions british;
    british.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    const ImportReport members = importMembers(
        membersHeader + "M1,Ada,individual,Community,,,15/01/2020,\nM2,Bo,individual,Community,,,1/2/2020,\n",
        british);
    QVERIFY2(members.isAccepted(), qPrintable(problemsText(members)));
    QCOMPARE(MemberRepository(*m_file).memberByNumber(u"M2"_s)->admittedOn, QDate(2020, 2, 1));

    // 1,250 shares at £1.00 come to £1,250.00, written with grouping and the pound sign; 1.50 stays
    // a plain decimal, and 2 shares at £1.00 come to £2.00.
    const ImportReport shares = importShares(sharesHeader
                                                 + "01/03/2020,M1,subscription,\"1,250\",\"£1,250.00\",,\n"
                                                   "2020-03-02,M2,subscription,2,2.00,,\n",
                                             british);
    QVERIFY2(shares.isAccepted(), qPrintable(problemsText(shares)));
    const auto holding = ShareLedgerRepository(*m_file).holdingOf(
        MemberRepository(*m_file).memberByNumber(u"M1"_s)->id, QDate(2020, 3, 1));
    QCOMPARE(holding->shares, 1250);
    QCOMPARE(holding->amount, 125000);

    // A date neither form reads is refused with an example of each, the locale's padded as it shows it.
    const ImportReport badDate
        = importShares(sharesHeader + "31/13/2020,M1,subscription,1,1.00,,\n", british);
    QCOMPARE(badDate.problems.size(), 1);
    QCOMPARE(badDate.problems.at(0).message,
             u"“31/13/2020” is not a date; write it as YYYY-MM-DD, such as 2025-04-01, or as 01/04/2025."_s);

    // In Germany "1.250" groups the thousands, and a day comes before the month.
    ImportOptions german;
    german.locale = QLocale(QLocale::German, QLocale::Germany);
    const ImportReport more
        = importShares(sharesHeader + "02.03.2020,M2,subscription,1.250,\"1.250,00\",,\n", german);
    QVERIFY2(more.isAccepted(), qPrintable(problemsText(more)));
    QCOMPARE(ShareLedgerRepository(*m_file).totalAsOf(QDate(2020, 3, 2))->shares, 1250 + 2 + 1250);

    // Without a locale only ISO dates and plain decimals are read.
    const ImportReport plain = importShares(sharesHeader + "02/03/2020,M2,subscription,1,£1.00,,\n");
    QCOMPARE(plain.problems.size(), 2);
    QCOMPARE(plain.problems.at(0).rule, u"unreadable-date"_s);
    QCOMPARE(plain.problems.at(1).rule, u"invalid-amount"_s);
}

void TestRegisterImport::dryRunAndRefusalLeaveTheFileAsItWas()
{
    addMembers(3);
    const qint64 audits = scalar(u"SELECT COUNT(*) FROM audit_log"_s);
    ImportOptions dryRun;
    dryRun.isDryRun = true;
    const ImportReport checked = importShares(
        sharesHeader + "2021-01-01,C1,subscription,5,,,\n2021-01-02,C2,subscription,6,,,\n", dryRun);
    QVERIFY(checked.isAccepted());
    QCOMPARE(checked.rows, 2);
    const ImportReport members
        = importMembers(membersHeader + "N1,New,individual,Community,,,2021-01-01,\n", dryRun);
    QVERIFY(members.isAccepted());
    QCOMPARE(members.rows, 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM share_entries"_s), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM members"_s), 3);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log"_s), audits);

    // A good row before a bad one is not recorded either.
    const ImportReport refused
        = importShares(sharesHeader + "2021-01-01,C1,subscription,5,,,\n2021-01-02,C2,withdrawal,6,,,\n");
    QCOMPARE(refused.problems.size(), 1);
    QCOMPARE(refused.problems.first().row, 3);
    QCOMPARE(refused.problems.first().rule, u"holding-below-zero"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM share_entries"_s), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log"_s), audits);
}

void TestRegisterImport::cancellingRecordsNothing()
{
    addMembers(2);
    QByteArray csv = sharesHeader;
    for (int i = 0; i < 10000; ++i)
        csv += "2021-01-01,C" + QByteArray::number(1 + i % 2) + ",subscription,1,,,\n";
    ImportOptions options;
    qint64 calls = 0;
    qint64 lastTotal = 0;
    options.progress = [&](qint64 /*done*/, qint64 total) {
        lastTotal = total;
        return ++calls < 3;
    };
    const auto cancelled = ShareLedgerRepository(*m_file).importCsv(csv, options);
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().rule, u"cancelled"_s);
    QCOMPARE(calls, 3);
    QVERIFY(lastTotal > 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM share_entries"_s), 0);

    // Cancelled late, while the rules check the rows and the lines already accepted are being written
    // (progress is told every 4,096 rows; the second half of it is the check): nothing stays either.
    const qint64 audits = scalar(u"SELECT COUNT(*) FROM audit_log"_s);
    qint64 checked = 0;
    options.progress = [&](qint64 done, qint64 total) {
        checked = done - total / 2;
        return checked < 8192;
    };
    const auto cancelledLate = ShareLedgerRepository(*m_file).importCsv(csv, options);
    QVERIFY(!cancelledLate);
    QCOMPARE(cancelledLate.error().rule, u"cancelled"_s);
    QCOMPARE(checked, 8192);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM share_entries"_s), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log"_s), audits);

    // Let through, the same file is recorded whole, and progress reaches its end.
    qint64 lastDone = 0;
    options.progress = [&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
        return true;
    };
    const auto imported = ShareLedgerRepository(*m_file).importCsv(csv, options);
    QVERIFY(imported.isOk());
    QCOMPARE(imported->rows, 10000);
    QVERIFY(lastDone > lastTotal / 2);
    QCOMPARE(scalar(u"SELECT SUM(shares) FROM share_entries"_s), 10000);
}

void TestRegisterImport::sharesFollowTheirDates()
{
    addMembers(2);
    // The withdrawal is listed first but dated last: the ledger checks the rows in date order.
    // C1: +100 (1 Feb) - 30 to C2 (1 Mar) - 20 withdrawn (1 Apr) = 50 shares, £50.00.
    // C2: +10 (1 Feb) + 30 from C1 (1 Mar) = 40 shares, £40.00.
    const QByteArray csv = sharesHeader
        + "2021-04-01,C1,withdrawal,20,,,W-1\n"
          "2021-02-01,C1,subscription,100,100.00,,S-1\n"
          "2021-03-01,C1,transfer,30,,C2,T-1\n"
          "2021-02-01,C2,Subscription,10,,,S-2\n";
    const ImportReport report = importShares(csv);
    QVERIFY2(report.isAccepted(), qPrintable(problemsText(report)));
    QCOMPARE(report.rows, 4);

    ShareLedgerRepository ledger(*m_file);
    const auto holdings = ledger.holdingsAsOf(QDate(2021, 12, 31));
    QCOMPARE(holdings->size(), 2);
    QCOMPARE(holdings->at(0).holding.shares, 50);
    QCOMPARE(holdings->at(0).holding.amount, 5000);
    QCOMPARE(holdings->at(1).holding.shares, 40);
    QCOMPARE(holdings->at(1).holding.amount, 4000);
    // Five lines (a transfer is two), stored in date order, the transfer's two sides as one movement.
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM share_entries"_s), 5);
    QCOMPARE(scalar(u"SELECT COUNT(DISTINCT movement_id) FROM share_entries"_s), 4);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM share_entries WHERE kind = 'transfer' AND reference = 'T-1'"_s),
             2);
    QCOMPARE(scalar(u"SELECT MAX(id) FROM share_entries WHERE entry_date = '2021-04-01'"_s), 5);

    // One audit entry sums the import: its ids, its net shares and amount (100 + 10 - 20 = 90 shares,
    // £90.00), and digests of the lines and of the file.
    const auto entry = storage::AuditLog(*m_file).entries(1)->first();
    QCOMPARE(entry.action, u"share.import"_s);
    QCOMPARE(entry.entityKey, u"1-5"_s);
    QCOMPARE(entry.after.value(u"entries"_s).toInteger(), 5);
    QCOMPARE(entry.after.value(u"shares"_s).toInteger(), 90);
    QCOMPARE(entry.after.value(u"amount"_s).toInteger(), 9000);
    QCOMPARE(entry.after.value(u"fileSha256"_s).toString(),
             QString::fromLatin1(QCryptographicHash::hash(csv, QCryptographicHash::Sha256).toHex()));
    // The lines' digest is over each line as stored, "id,movement,kind,date,member,shares,amount,
    // counterparty,reference" and a line break: anyone can take it again from the table.
    QSqlQuery stored(m_file->connection());
    QVERIFY(stored.exec(u"SELECT id, movement_id, kind, entry_date, member_id, shares, amount, "
                        "COALESCE(counterparty_id, ''), reference FROM share_entries ORDER BY id"_s));
    QByteArray lines;
    while (stored.next()) {
        QStringList fields;
        for (int i = 0; i < 9; ++i)
            fields.append(stored.value(i).toString());
        lines += fields.join(u',').toUtf8() + '\n';
    }
    QCOMPARE(lines.count('\n'), 5);
    QCOMPARE(entry.after.value(u"linesSha256"_s).toString(),
             QString::fromLatin1(QCryptographicHash::hash(lines, QCryptographicHash::Sha256).toHex()));
}

void TestRegisterImport::shareProblemsAreAllListed()
{
    addMembers(2);
    const QByteArray csv = sharesHeader
        + "2021-02-01,C1,subscription,10,,,\n"
          "2021-02-02,C1,withdrawal,11,,,\n"
          "2021-02-03,C9,subscription,1,,,\n"
          "2021-02-04,C1,subscription,1,1.00 EUR,,\n"
          "2021-02-05,C1,subscription,2,3.00,,\n"
          "2021-02-06,C1,reversal,2,,,\n"
          "2021-02-07,C1,subscription,-2,,,\n"
          "2021-02-08,C1,transfer,2,,,\n"
          "2021-02-09,C1,subscription,2,,C2,\n"
          "2099-01-01,C1,subscription,2,,,\n"
          "2019-12-31,C2,subscription,2,,,\n";
    const ImportReport report = importShares(csv);
    QStringList found;
    for (const ImportProblem& problem : report.problems)
        found.append(u"%1 %2 %3"_s.arg(problem.row).arg(problem.column, problem.rule));
    const QStringList expected { u"3 shares holding-below-zero"_s,
                                 u"4 member unknown-member"_s,
                                 u"5 amount currency-mismatch"_s,
                                 u"6 amount invalid-amount"_s,
                                 u"7 kind invalid-kind"_s,
                                 u"8 shares invalid-shares"_s,
                                 u"9 counterparty invalid-counterparty"_s,
                                 u"10 counterparty invalid-counterparty"_s,
                                 u"11 date future-date"_s,
                                 u"12 date before-admission"_s };
    QCOMPARE(found, expected);
    // 10 shares withdrawn from 10... 11 is one too many; 2 shares at £1.00 are £2.00, not £3.00.
    QVERIFY2(report.problems.at(0).message.contains(u"would hold -1 share, 1 fewer than none"_s),
             qPrintable(problemsText(report)));
    QVERIFY(report.problems.at(3).message.contains(u"come to £2.00, not £3.00"_s));
    QCOMPARE(report.rows, 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM share_entries"_s), 0);
}

void TestRegisterImport::ceasedMembersHistoryIsImported()
{
    // M1 ceased on 31 March 2023, having subscribed and then withdrawn all on the day it ceased: as it
    // was active before then, the history is kept; from that day on it is a ceased member, which
    // cannot take up shares.
    QVERIFY(
        importMembers(membersHeader + "M1,Ada,individual,Community,,,2020-01-01,2023-03-31\n").isAccepted());
    const ImportReport history = importShares(sharesHeader
                                              + "2020-01-01,M1,subscription,25,,,\n"
                                                "2023-03-31,M1,withdrawal,25,,,\n");
    QVERIFY2(history.isAccepted(), qPrintable(problemsText(history)));
    const ImportReport late = importShares(sharesHeader + "2023-03-31,M1,subscription,1,,,\n");
    QCOMPARE(late.problems.size(), 1);
    QCOMPARE(late.problems.first().rule, u"member-not-active"_s);
}

void TestRegisterImport::totalsBeyondTheMostAreRefused()
{
    // 1,000,000,000 shares is the most one entry may move and 999,999,999,999,999 the most a total may
    // reach: 999,999 full entries and one more of 1,000,000,000 would take the mutual one past it. Put
    // most of it in the ledger with SQL and let the import add the rest.
    addMembers(2);
    const qint64 member = MemberRepository(*m_file).memberByNumber(u"C1"_s)->id;
    QCOMPARE(
        sample::execRaw(m_file->path(),
                        { u"INSERT INTO share_entries (movement_id, kind, entry_date, member_id, shares, "
                          "amount, recorded_by, recorded_at) VALUES (1, 'subscription', '2020-01-01', %1, "
                          "999999000000000, 999999000000000, 'x', '2020-01-01T00:00:00Z')"_s.arg(member) }),
        QString());
    // The two rows are within the entry's limits; together with the ledger they pass the most on
    // 2 January: 999,999,000,000,000 + 500,000,000 + 500,000,001 = 1,000,000,000,000,001.
    const QByteArray csv = sharesHeader
        + "2020-01-02,C2,subscription,500000000,,,\n"
          "2020-01-02,C2,subscription,500000001,,,\n";
    const ImportReport report = importShares(csv);
    QCOMPARE(report.problems.size(), 1);
    QCOMPARE(report.problems.first().rule, u"total-too-large"_s);
    QCOMPARE(report.problems.first().row, 3);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM share_entries"_s), 1);
}

void TestRegisterImport::malformedFiles_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("message");

    QTest::newRow("semicolons") << QByteArray("date;member;kind;shares\n2021-01-01;C1;subscription;1\n") << 1
                                << u"shares-csv"_s << u"the first row must name the columns"_s;
    QTest::newRow("empty") << QByteArray() << 1 << u"shares-csv"_s << u"the file is empty"_s;
    QTest::newRow("header only") << sharesHeader << 2 << u"shares-csv"_s << u"there are no entries"_s;
    QTest::newRow("truncated in a quote") << sharesHeader + "2021-01-01,C1,subscription,1,,,\"unfinished\n"
                                          << 2 << u"shares-csv"_s << u"a quoted field is never closed"_s;
    QTest::newRow("short row") << sharesHeader + "2021-01-01,C1,subscription\n"
                               << 2 << u"shares-csv"_s
                               << u"the row has 3 fields where the header names 7 columns."_s;
    QTest::newRow("not utf-8") << sharesHeader + "2021-01-01,C1,subscription,1,,,caf\xe9\n"
                               << 2 << u"not-utf8"_s << u"not UTF-8"_s;
    QTest::newRow("line break in a reference")
        << sharesHeader + "2021-01-01,C1,subscription,1,,,\"a\nb\"\n2021-01-01,C1,subscription,1,,,\n"
        << 2 << u"control-character"_s << u"line break"_s;
    QTest::newRow("quote inside") << sharesHeader + "2021-01-01,C1,subscription,1,,,a\"b\n"
                                  << 2 << u"shares-csv"_s << u"a field has a quote inside it"_s;
}

void TestRegisterImport::malformedFiles()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, row);
    QFETCH(QString, rule);
    QFETCH(QString, message);
    addMembers(1);
    const ImportReport report = importShares(csv);
    QVERIFY(!report.isAccepted());
    QCOMPARE(report.problems.first().row, row);
    QCOMPARE(report.problems.first().rule, rule);
    QVERIFY2(report.problems.first().message.contains(message), qPrintable(report.problems.first().message));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM share_entries"_s), 0);
}

void TestRegisterImport::badRowNearTheEndOfALargeFileIsNamed()
{
    addMembers(100);
    // 100,000 rows with a byte-order mark, CRLF line ends and a quoted reference with a comma in row 3;
    // row 99,990 withdraws more than its member holds.
    QByteArray csv = "\xEF\xBB\xBF" + sharesHeader;
    csv.replace('\n', "\r\n");
    for (int i = 0; i < 100000; ++i) {
        const int row = i + 2;
        const QByteArray member = "C" + QByteArray::number(1 + i % 100);
        if (row == 3)
            csv += "2021-01-01," + member + ",subscription,1,,,\"two, three\"\r\n";
        else if (row == 99990)
            csv += "2021-12-31," + member + ",withdrawal,5000,,,\r\n";
        else
            csv += "2021-01-01," + member + ",subscription,1,1.00,,R" + QByteArray::number(row) + "\r\n";
    }
    // The ledger's indexes are as they were after a refusal and after an import, and the file is whole.
    const QString indexesSql = u"SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master WHERE "
                               u"type = 'index' AND tbl_name = 'share_entries' ORDER BY name)"_s;
    const QString indexes = text(indexesSql);
    QVERIFY(indexes.contains(u"CREATE INDEX share_entries_by_member_date"_s));
    const ImportReport report = importShares(csv);
    QCOMPARE(text(indexesSql), indexes);
    QVERIFY2(report.problems.size() == 1, qPrintable(problemsText(report)));
    QCOMPARE(report.problems.first().row, 99990);
    QCOMPARE(report.problems.first().rule, u"holding-below-zero"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM share_entries"_s), 0);

    // Without that row the other 99,999 are recorded: 99,999 shares of £1.00.
    const qsizetype start = csv.indexOf("2021-12-31");
    csv.remove(start, csv.indexOf("\r\n", start) + 2 - start);
    const ImportReport imported = importShares(csv);
    QVERIFY2(imported.isAccepted(), qPrintable(problemsText(imported)));
    QCOMPARE(imported.rows, 99999);
    QCOMPARE(text(indexesSql), indexes);
    QCOMPARE(text(u"PRAGMA integrity_check"_s), u"ok"_s);
    QCOMPARE(ShareLedgerRepository(*m_file).totalAsOf(QDate(2021, 12, 31))->amount, 99999 * 100);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM share_entries WHERE reference = 'two, three'"_s), 1);
}

void TestRegisterImport::problemsPastTheMostKeptAreCounted()
{
    // 10,003 rows, each of a kind of member there is not: 10,000 problems are kept, 10,003 counted.
    QByteArray csv = membersHeader;
    for (int row = 2; row <= 10004; ++row)
        csv += "M" + QByteArray::number(row) + ",Name,person,Community,,,2020-01-01,\n";
    const ImportReport report = importMembers(csv);
    QVERIFY(!report.isAccepted());
    QCOMPARE(report.problemCount, 10003);
    QCOMPARE(report.problems.size(), storage::maximumKeptProblems);
    QCOMPARE(report.problems.first().row, 2);
    QCOMPARE(report.problems.last().row, 10001);
    QCOMPARE(report.problems.last().rule, u"invalid-kind"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM members"_s), 0);
}

QTEST_GUILESS_MAIN(TestRegisterImport)
#include "TestRegisterImport.moc"
