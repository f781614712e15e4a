#include "SampleMutual.h"
#include "storage/AuditLog.h"
#include "storage/MemberRepository.h"
#include "storage/ShareLedgerRepository.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace mutualise;
using domain::ShareEntryKind;
using domain::ShareMovement;
using storage::ShareLedgerRepository;

// The ledger of the test mutual, £1.00 a share (100 pence):
//   1. 2024-01-10  A (C001, Founding council) subscribes 100        A +100  +10000
//   2. 2024-02-01  B (E001, Employee, max 1000) subscribes 50        B  +50   +5000
//   3. 2024-03-01  A transfers 30 to B                               A  -30   -3000, B +30 +3000
//   4. 2024-04-01  A withdraws 20                                    A  -20   -2000
//   5. 2024-05-01  B forfeits 10                                     B  -10   -1000
//   6. 2024-05-15  C (P001, Community) subscribes 40                 C  +40   +4000
//   7. 2024-06-01  the transfer (3) is reversed                      A  +30   +3000, B -30 -3000
//   8. 2024-06-10  C's subscription (6) is reversed                  C  -40   -4000
class TestShareLedgerRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recordedLinesCarryWhoAndWhen();
    void transferReversalReversesBothSides();
    void alreadyReversedIsRefused_data();
    void alreadyReversedIsRefused();
    void holdingsAsOf_data();
    void holdingsAsOf();
    void holdingOfAndTotals_data();
    void holdingOfAndTotals();
    void subscribedBetween_data();
    void subscribedBetween();
    void monthlySubscriptionsByClass();
    void entriesAndCount();
    void brokenRuleWritesNothing_data();
    void brokenRuleWritesNothing();
    void ledgerIsAppendOnly_data();
    void ledgerIsAppendOnly();
    void futureDatesWriteNothing();
    void totalsAreCheckedBeforeCommitting();
    void impossibleTotalsAreReportedInWords();
    void impossibleTotalCanBeReversed();

private:
    domain::ShareEntry recordOrFail(const ShareMovement& movement, qsizetype expectedLines = 1);
    qint64 lineCount() const;
    qint64 auditCount() const;

    QTemporaryDir m_folder;
    std::unique_ptr<storage::MutualFile> m_file;
    qint64 m_a = 0;
    qint64 m_b = 0;
    qint64 m_c = 0;
    QList<domain::ShareEntry> m_transfer;
    QList<domain::ShareEntry> m_transferReversal;
    domain::ShareEntry m_subscriptionC;
};

domain::ShareEntry TestShareLedgerRepository::recordOrFail(const ShareMovement& movement,
                                                           qsizetype expectedLines)
{
    const auto recorded = ShareLedgerRepository(*m_file).record(movement);
    if (!recorded.isOk()) {
        qWarning("%s", qPrintable(recorded.error().message));
        return {};
    }
    if (recorded->size() != expectedLines)
        return {};
    if (expectedLines == 2)
        m_transfer = *recorded;
    return recorded->first();
}

qint64 TestShareLedgerRepository::lineCount() const
{
    return sample::scalar(m_file->connection(), QStringLiteral("SELECT COUNT(*) FROM share_entries"));
}

qint64 TestShareLedgerRepository::auditCount() const
{
    return sample::scalar(m_file->connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
}

void TestShareLedgerRepository::initTestCase()
{
    m_file = sample::createFile(m_folder.filePath(QStringLiteral("ledger.mutual")));
    QVERIFY(m_file);
    storage::MemberRepository members(*m_file);
    m_a = members.add(sample::member(QStringLiteral("C001"), QStringLiteral("Alpha Council"), 1)).value().id;
    m_b = members.add(sample::member(QStringLiteral("E001"), QStringLiteral("Bea Employee"), 2)).value().id;
    m_c = members.add(sample::member(QStringLiteral("P001"), QStringLiteral("Cal Community"), 3)).value().id;

    auto movement = [](ShareEntryKind kind, QDate date, qint64 member, qint64 shares) {
        ShareMovement m;
        m.kind = kind;
        m.date = date;
        m.memberId = member;
        m.shares = shares;
        m.reference = QStringLiteral("minute %1").arg(date.toString(Qt::ISODate));
        return m;
    };
    QVERIFY(recordOrFail(movement(ShareEntryKind::Subscription, QDate(2024, 1, 10), m_a, 100)).id > 0);
    QVERIFY(recordOrFail(movement(ShareEntryKind::Subscription, QDate(2024, 2, 1), m_b, 50)).id > 0);
    ShareMovement transfer = movement(ShareEntryKind::Transfer, QDate(2024, 3, 1), m_a, 30);
    transfer.toMemberId = m_b;
    QVERIFY(recordOrFail(transfer, 2).id > 0);
    QVERIFY(recordOrFail(movement(ShareEntryKind::Withdrawal, QDate(2024, 4, 1), m_a, 20)).id > 0);
    QVERIFY(recordOrFail(movement(ShareEntryKind::Forfeiture, QDate(2024, 5, 1), m_b, 10)).id > 0);
    m_subscriptionC = recordOrFail(movement(ShareEntryKind::Subscription, QDate(2024, 5, 15), m_c, 40));
    QVERIFY(m_subscriptionC.id > 0);

    ShareLedgerRepository ledger(*m_file);
    // Reversing by the receiving side's id still reverses the whole transfer.
    const auto reversed
        = ledger.reverse(m_transfer.at(1).id, QDate(2024, 6, 1), QStringLiteral("entered twice"));
    QVERIFY2(reversed.isOk(), qPrintable(reversed.isOk() ? QString() : reversed.error().message));
    m_transferReversal = *reversed;
    const auto reversedC
        = ledger.reverse(m_subscriptionC.id, QDate(2024, 6, 10), QStringLiteral("cheque bounced"));
    QVERIFY2(reversedC.isOk(), qPrintable(reversedC.isOk() ? QString() : reversedC.error().message));
    QCOMPARE(lineCount(), 10); // 1 + 1 + 2 + 1 + 1 + 1 + 2 + 1
}

void TestShareLedgerRepository::recordedLinesCarryWhoAndWhen()
{
    QCOMPARE(m_transfer.size(), 2);
    const domain::ShareEntry& paying = m_transfer.at(0);
    const domain::ShareEntry& receiving = m_transfer.at(1);
    QCOMPARE(paying.memberId, m_a);
    QCOMPARE(paying.shares, -30);
    QCOMPARE(paying.amount, -3000); // 30 x 100 pence
    QCOMPARE(paying.counterpartyId, std::optional<qint64>(m_b));
    QCOMPARE(receiving.memberId, m_b);
    QCOMPARE(receiving.shares, 30);
    QCOMPARE(receiving.counterpartyId, std::optional<qint64>(m_a));
    QCOMPARE(paying.recordedBy, QStringLiteral("secretary"));
    QVERIFY(paying.recordedAt.isValid());
    QCOMPARE(paying.recordedAt.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(paying.recordedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);

    // The stored lines read back exactly as returned.
    const auto rows = ShareLedgerRepository(*m_file).entries({ m_a, QDate(2024, 3, 1), QDate(2024, 3, 1) });
    QVERIFY(rows.isOk());
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().entry, paying);

    // One audit entry per movement, naming its lines.
    const auto audit = storage::AuditLog(*m_file).entries();
    QVERIFY(audit.isOk());
    int recordedMovements = 0;
    for (const storage::AuditEntry& entry : *audit) {
        if (entry.action == QStringLiteral("share.record"))
            ++recordedMovements;
    }
    QCOMPARE(recordedMovements, 6);
}

void TestShareLedgerRepository::transferReversalReversesBothSides()
{
    QCOMPARE(m_transferReversal.size(), 2);
    QSet<qint64> reversedIds;
    for (const domain::ShareEntry& line : m_transferReversal) {
        QCOMPARE(line.kind, ShareEntryKind::Reversal);
        QCOMPARE(line.date, QDate(2024, 6, 1));
        QVERIFY(line.reversesId.has_value());
        reversedIds.insert(*line.reversesId);
        const domain::ShareEntry& original
            = line.reversesId == m_transfer.at(0).id ? m_transfer.at(0) : m_transfer.at(1);
        QCOMPARE(line.memberId, original.memberId);
        QCOMPARE(line.shares, -original.shares);
        QCOMPARE(line.amount, -original.amount);
    }
    QCOMPARE(reversedIds, (QSet<qint64> { m_transfer.at(0).id, m_transfer.at(1).id }));

    const auto last = storage::AuditLog(*m_file).entries(2);
    QVERIFY(last.isOk());
    const storage::AuditEntry& transferAudit = last->at(1); // before C's reversal
    QCOMPARE(transferAudit.action, QStringLiteral("share.reverse"));
    QCOMPARE(transferAudit.before.value(QStringLiteral("entries")).toArray().size(), 2);
    QCOMPARE(transferAudit.after.value(QStringLiteral("entries")).toArray().size(), 2);
}

void TestShareLedgerRepository::alreadyReversedIsRefused_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("rule");
    QTest::newRow("paying side of a reversed transfer") << 0 << QStringLiteral("already-reversed");
    QTest::newRow("receiving side of a reversed transfer") << 1 << QStringLiteral("already-reversed");
    QTest::newRow("reversed subscription") << 2 << QStringLiteral("already-reversed");
    QTest::newRow("a reversal") << 3 << QStringLiteral("cannot-reverse-reversal");
    QTest::newRow("no such entry") << 4 << QStringLiteral("unknown-entry");
}

void TestShareLedgerRepository::alreadyReversedIsRefused()
{
    QFETCH(int, which);
    QFETCH(QString, rule);
    const qint64 ids[]
        = { m_transfer.at(0).id, m_transfer.at(1).id, m_subscriptionC.id, m_transferReversal.at(0).id, 9999 };
    const qint64 linesBefore = lineCount();
    const qint64 auditBefore = auditCount();
    const auto reversed = ShareLedgerRepository(*m_file).reverse(ids[which], QDate(2024, 7, 1), QString());
    QVERIFY(!reversed.isOk());
    QCOMPARE(reversed.error().rule, rule);
    QCOMPARE(lineCount(), linesBefore);
    QCOMPARE(auditCount(), auditBefore);
}

void TestShareLedgerRepository::holdingsAsOf_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QStringList>("numbers");
    QTest::addColumn<QList<qint64>>("shares");
    QTest::addColumn<QList<qint64>>("amounts");

    QTest::newRow("before any entry")
        << QDate(2023, 12, 31) << QStringList() << QList<qint64>() << QList<qint64>();
    // A: 100.
    QTest::newRow("end of January") << QDate(2024, 1, 31) << QStringList { QStringLiteral("C001") }
                                    << QList<qint64> { 100 } << QList<qint64> { 10000 };
    // The day of a subscription counts: B 50 on 2024-02-01.
    QTest::newRow("day of B's subscription")
        << QDate(2024, 2, 1) << QStringList { QStringLiteral("C001"), QStringLiteral("E001") }
        << QList<qint64> { 100, 50 } << QList<qint64> { 10000, 5000 };
    // A 100 - 30 = 70; B 50 + 30 = 80.
    QTest::newRow("after the transfer")
        << QDate(2024, 3, 31) << QStringList { QStringLiteral("C001"), QStringLiteral("E001") }
        << QList<qint64> { 70, 80 } << QList<qint64> { 7000, 8000 };
    // A 70 - 20 = 50; B 80 - 10 = 70; C 40.
    QTest::newRow("end of May") << QDate(
        2024, 5, 31) << QStringList { QStringLiteral("C001"), QStringLiteral("E001"), QStringLiteral("P001") }
                                << QList<qint64> { 50, 70, 40 } << QList<qint64> { 5000, 7000, 4000 };
    // Transfer undone: A 50 + 30 = 80; B 70 - 30 = 40; C 40 - 40 = 0 and so not listed.
    QTest::newRow("after both reversals")
        << QDate(2024, 6, 30) << QStringList { QStringLiteral("C001"), QStringLiteral("E001") }
        << QList<qint64> { 80, 40 } << QList<qint64> { 8000, 4000 };
}

void TestShareLedgerRepository::holdingsAsOf()
{
    QFETCH(QDate, asOf);
    QFETCH(QStringList, numbers);
    QFETCH(QList<qint64>, shares);
    QFETCH(QList<qint64>, amounts);
    const auto rows = ShareLedgerRepository(*m_file).holdingsAsOf(asOf);
    QVERIFY(rows.isOk());
    QCOMPARE(rows->size(), numbers.size());
    for (qsizetype i = 0; i < rows->size(); ++i) {
        QCOMPARE(rows->at(i).memberNumber, numbers.at(i));
        QCOMPARE(rows->at(i).holding.shares, shares.at(i));
        QCOMPARE(rows->at(i).holding.amount, amounts.at(i));
        QVERIFY(!rows->at(i).memberName.isEmpty());
        QVERIFY(!rows->at(i).className.isEmpty());
    }
}

void TestShareLedgerRepository::holdingOfAndTotals_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<qint64>("sharesOfB");
    QTest::addColumn<qint64>("totalShares");
    QTest::addColumn<qint64>("totalAmount");
    QTest::newRow("before") << QDate(2024, 1, 1) << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("February") << QDate(2024, 2, 29) << qint64(50) << qint64(150) << qint64(15000); // 100 + 50
    QTest::newRow("April") << QDate(2024, 4, 30) << qint64(80) << qint64(130) << qint64(13000); // 50 + 80
    QTest::newRow("May") << QDate(2024, 5, 31) << qint64(70) << qint64(160) << qint64(16000); // 50 + 70 + 40
    QTest::newRow("June") << QDate(2024, 6, 30) << qint64(40) << qint64(120) << qint64(12000); // 80 + 40 + 0
}

void TestShareLedgerRepository::holdingOfAndTotals()
{
    QFETCH(QDate, asOf);
    QFETCH(qint64, sharesOfB);
    QFETCH(qint64, totalShares);
    QFETCH(qint64, totalAmount);
    ShareLedgerRepository ledger(*m_file);
    const auto holding = ledger.holdingOf(m_b, asOf);
    QVERIFY(holding.isOk());
    QCOMPARE(holding->memberId, m_b);
    QCOMPARE(holding->shares, sharesOfB);
    QCOMPARE(holding->amount, sharesOfB * 100);
    const auto total = ledger.totalAsOf(asOf);
    QVERIFY(total.isOk());
    QCOMPARE(total->shares, totalShares);
    QCOMPARE(total->amount, totalAmount);
}

void TestShareLedgerRepository::subscribedBetween_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<qint64>("expected");
    // 10000 + 5000 + 4000 - 4000 (C's reversed subscription); transfers, withdrawals, forfeitures and
    // the transfer's reversal are not subscriptions.
    QTest::newRow("whole year") << QDate(2024, 1, 1) << QDate(2024, 12, 31) << qint64(15000);
    QTest::newRow("February to May") << QDate(2024, 2, 1) << QDate(2024, 5, 31)
                                     << qint64(9000); // 5000 + 4000
    QTest::newRow("single day, inclusive") << QDate(2024, 1, 10) << QDate(2024, 1, 10) << qint64(10000);
    QTest::newRow("June: only the reversal") << QDate(2024, 6, 1) << QDate(2024, 6, 30) << qint64(-4000);
    QTest::newRow("nothing") << QDate(2023, 1, 1) << QDate(2023, 12, 31) << qint64(0);
}

void TestShareLedgerRepository::subscribedBetween()
{
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(qint64, expected);
    const auto subscribed = ShareLedgerRepository(*m_file).subscribedBetween(first, last);
    QVERIFY(subscribed.isOk());
    QCOMPARE(*subscribed, expected);
}

void TestShareLedgerRepository::monthlySubscriptionsByClass()
{
    const auto months = ShareLedgerRepository(*m_file).monthlySubscriptionsByClass();
    QVERIFY(months.isOk());
    const QList<domain::MonthlyContribution> expected {
        { QDate(2024, 1, 1), 1, 10000 }, // A, Founding council
        { QDate(2024, 2, 1), 2, 5000 }, // B, Employee
        { QDate(2024, 5, 1), 3, 4000 }, // C, Community
        { QDate(2024, 6, 1), 3, -4000 }, // C's subscription reversed
    };
    QCOMPARE(*months, expected);
}

void TestShareLedgerRepository::entriesAndCount()
{
    ShareLedgerRepository ledger(*m_file);
    QCOMPARE(ledger.count({}).value(), 10);
    QCOMPARE(ledger.count({ m_a, {}, {} }).value(), 4); // subscription, transfer out, withdrawal, reversal
    QCOMPARE(ledger.count({ {}, QDate(2024, 3, 1), QDate(2024, 5, 1) }).value(),
             4); // transfer x2, withdrawal, forfeiture

    const auto all = ledger.entries({});
    QVERIFY(all.isOk());
    QCOMPARE(all->size(), 10);
    for (qsizetype i = 1; i < all->size(); ++i)
        QVERIFY(all->at(i - 1).entry.date <= all->at(i).entry.date);
    QCOMPARE(all->at(0).memberNumber, QStringLiteral("C001"));
    QCOMPARE(all->at(0).memberName, QStringLiteral("Alpha Council"));
    QVERIFY(!all->at(0).isReversed);
    // Lines 3 and 4 are the transfer: reversed, naming each other.
    QCOMPARE(all->at(2).counterpartyNumber, QStringLiteral("E001"));
    QCOMPARE(all->at(3).counterpartyNumber, QStringLiteral("C001"));
    QVERIFY(all->at(2).isReversed);
    QVERIFY(all->at(3).isReversed);
    QCOMPARE(all->at(0).counterpartyNumber, QString());

    const auto page = ledger.entries({}, 8, 5);
    QVERIFY(page.isOk());
    QCOMPARE(page->size(), 2); // lines 9 and 10 of 10
    QCOMPARE(page->last().entry.kind, ShareEntryKind::Reversal);
    QCOMPARE(page->last().entry.reversesId, std::optional<qint64>(m_subscriptionC.id));
}

void TestShareLedgerRepository::brokenRuleWritesNothing_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("member"); // 1 A, 2 B, 3 C, anything else unknown
    QTest::addColumn<qint64>("toMember");
    QTest::addColumn<qint64>("shares");
    QTest::addColumn<QString>("rule");
    // A holds 80 after June: withdrawing 81 would leave -1.
    QTest::newRow("withdraw more than held") << int(ShareEntryKind::Withdrawal) << qint64(1) << qint64(0)
                                             << qint64(81) << QStringLiteral("holding-below-zero");
    // B holds 40, class maximum 1000: 40 + 961 = 1001.
    QTest::newRow("above class maximum") << int(ShareEntryKind::Subscription) << qint64(2) << qint64(0)
                                         << qint64(961) << QStringLiteral("above-class-maximum");
    QTest::newRow("transfer to oneself") << int(ShareEntryKind::Transfer) << qint64(1) << qint64(1)
                                         << qint64(5) << QStringLiteral("same-member");
    QTest::newRow("transfer more than held") << int(ShareEntryKind::Transfer) << qint64(2) << qint64(3)
                                             << qint64(41) << QStringLiteral("holding-below-zero");
    QTest::newRow("unknown member") << int(ShareEntryKind::Subscription) << qint64(99) << qint64(0)
                                    << qint64(5) << QStringLiteral("unknown-member");
    QTest::newRow("zero shares") << int(ShareEntryKind::Subscription) << qint64(1) << qint64(0) << qint64(0)
                                 << QStringLiteral("invalid-shares");
}

void TestShareLedgerRepository::brokenRuleWritesNothing()
{
    QFETCH(int, kind);
    QFETCH(qint64, member);
    QFETCH(qint64, toMember);
    QFETCH(qint64, shares);
    QFETCH(QString, rule);
    const auto idOf = [&](qint64 which) {
        return which == 1 ? m_a : which == 2 ? m_b : which == 3 ? m_c : 999;
    };
    ShareMovement movement;
    movement.kind = static_cast<ShareEntryKind>(kind);
    movement.date = QDate(2024, 7, 1);
    movement.memberId = idOf(member);
    if (toMember != 0)
        movement.toMemberId = idOf(toMember);
    movement.shares = shares;

    const qint64 linesBefore = lineCount();
    const qint64 auditBefore = auditCount();
    const auto recorded = ShareLedgerRepository(*m_file).record(movement);
    QVERIFY(!recorded.isOk());
    QCOMPARE(recorded.error().rule, rule);
    QCOMPARE(lineCount(), linesBefore);
    QCOMPARE(auditCount(), auditBefore);
}

void TestShareLedgerRepository::ledgerIsAppendOnly_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("edit a line") << QStringLiteral("UPDATE share_entries SET shares = 1000 WHERE id = 1");
    QTest::newRow("delete a line") << QStringLiteral("DELETE FROM share_entries WHERE id = 1");
    QTest::newRow("delete every line") << QStringLiteral("DELETE FROM share_entries");
    QTest::newRow("edit the audit log") << QStringLiteral("UPDATE audit_log SET actor = 'someone else'");
    QTest::newRow("delete from the audit log") << QStringLiteral("DELETE FROM audit_log WHERE id = 2");
    QTest::newRow("reverse an entry twice") << QStringLiteral(
        "INSERT INTO share_entries (movement_id, kind, entry_date, member_id, shares, amount, reverses_id, "
        "recorded_by, recorded_at) SELECT 999, 'reversal', '2024-08-01', member_id, -shares, -amount, id, "
        "'x', "
        "'2024-08-01T00:00:00.000Z' FROM share_entries WHERE id = 1 UNION ALL SELECT 999, 'reversal', "
        "'2024-08-01', member_id, -shares, -amount, id, 'x', '2024-08-01T00:00:00.000Z' FROM share_entries "
        "WHERE id = 1");
}

void TestShareLedgerRepository::ledgerIsAppendOnly()
{
    QFETCH(QString, sql);
    // Every line as stored, compared field by field: in WAL mode the main file itself would not change
    // until a checkpoint, so its bytes prove nothing.
    const auto linesOf = [this] {
        const auto rows = ShareLedgerRepository(*m_file).entries({});
        QList<domain::ShareEntry> lines;
        for (const auto& row : rows.value())
            lines.append(row.entry);
        return lines;
    };
    const QList<domain::ShareEntry> ledgerBefore = linesOf();
    const auto auditBefore = storage::AuditLog(*m_file).entries().value();
    QSqlQuery query(m_file->connection());
    QVERIFY(!query.exec(sql));
    QCOMPARE(linesOf(), ledgerBefore);
    const auto auditAfter = storage::AuditLog(*m_file).entries().value();
    QCOMPARE(auditAfter.size(), auditBefore.size());
    for (qsizetype i = 0; i < auditAfter.size(); ++i)
        QCOMPARE(auditAfter[i].hash, auditBefore[i].hash);
}

void TestShareLedgerRepository::futureDatesWriteNothing()
{
    const QDate tomorrow = QDate::currentDate().addDays(1);
    ShareMovement movement;
    movement.date = tomorrow;
    movement.memberId = m_a;
    movement.shares = 1;
    const qint64 linesBefore = lineCount();
    const qint64 auditBefore = auditCount();
    const auto recorded = ShareLedgerRepository(*m_file).record(movement);
    QVERIFY(!recorded.isOk());
    QCOMPARE(recorded.error().rule, QStringLiteral("future-date"));
    QCOMPARE(recorded.error().field, QStringLiteral("date"));
    const auto reversed = ShareLedgerRepository(*m_file).reverse(m_subscriptionC.id, tomorrow, QString());
    QVERIFY(!reversed.isOk());
    QCOMPARE(reversed.error().rule, QStringLiteral("future-date"));
    QCOMPARE(lineCount(), linesBefore);
    QCOMPARE(auditCount(), auditBefore);
}

namespace {

// A ledger line written straight into the file, as an older version of the program could write it.
bool insertRawLine(const QSqlDatabase& database, qint64 memberId, const QString& date, qint64 shares,
                   qint64 amount)
{
    QSqlQuery insert(database);
    insert.prepare(QStringLiteral(
        "INSERT INTO share_entries (movement_id, kind, entry_date, member_id, shares, amount, recorded_by, "
        "recorded_at) VALUES ((SELECT COALESCE(MAX(movement_id), 0) + 1 FROM share_entries), "
        "'subscription', :date, :member, :shares, :amount, 'older version', '2024-01-10T00:00:00.000Z')"));
    insert.bindValue(QStringLiteral(":date"), date);
    insert.bindValue(QStringLiteral(":member"), memberId);
    insert.bindValue(QStringLiteral(":shares"), shares);
    insert.bindValue(QStringLiteral(":amount"), amount);
    return insert.exec();
}

ShareMovement subscription(qint64 memberId, qint64 shares, const QDate& date = QDate(2024, 2, 1))
{
    ShareMovement movement;
    movement.date = date;
    movement.memberId = memberId;
    movement.shares = shares;
    return movement;
}

} // namespace

void TestShareLedgerRepository::totalsAreCheckedBeforeCommitting()
{
    QTemporaryDir folder;
    const auto file = sample::createFile(folder.filePath(QStringLiteral("near-full.mutual")));
    QVERIFY(file);
    storage::MemberRepository members(*file);
    const qint64 council
        = members.add(sample::member(QStringLiteral("C001"), QStringLiteral("Council"), 1)).value().id;
    const qint64 otherCouncil
        = members.add(sample::member(QStringLiteral("C002"), QStringLiteral("Other council"), 1)).value().id;
    const qint64 community
        = members.add(sample::member(QStringLiteral("P001"), QStringLiteral("Community"), 3)).value().id;
    // 9,999,999,999,000 shares at £1.00 = 999,999,999,900,000 pence, 99,999 pence under the most a total
    // may reach (999,999,999,999,999).
    QVERIFY(insertRawLine(file->connection(), council, QStringLiteral("2024-01-10"), 9'999'999'999'000,
                          999'999'999'900'000));
    const auto countLines = [&] {
        return sample::scalar(file->connection(), QStringLiteral("SELECT COUNT(*) FROM share_entries"));
    };
    const auto countAudit = [&] {
        return sample::scalar(file->connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    };
    const qint64 linesBefore = countLines();
    const qint64 auditBefore = countAudit();
    QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
    ShareLedgerRepository ledger(*file);
    // 999,999,999,900,000 + 1,000 x 100 = 1,000,000,000,000,000 pence in the council class and the mutual
    const auto councilClass = ledger.record(subscription(otherCouncil, 1'000));
    // the community class holds nothing, but the mutual's capital would be as much
    const auto mutual = ledger.record(subscription(community, 1'000));
    QLocale::setDefault(QLocale::c());
    QVERIFY(!councilClass.isOk());
    QCOMPARE(councilClass.error().rule, QStringLiteral("total-too-large"));
    QCOMPARE(councilClass.error().field, QStringLiteral("amount"));
    QVERIFY2(councilClass.error().message.contains(QStringLiteral("\"Founding council\"")),
             qPrintable(councilClass.error().message));
    QVERIFY2(councilClass.error().message.contains(QStringLiteral("£9,999,999,999,999.99")),
             qPrintable(councilClass.error().message));
    QVERIFY(!mutual.isOk());
    QCOMPARE(mutual.error().rule, QStringLiteral("total-too-large"));
    QVERIFY2(mutual.error().message.contains(QStringLiteral("share capital")),
             qPrintable(mutual.error().message));
    QCOMPARE(countLines(), linesBefore);
    QCOMPARE(countAudit(), auditBefore);
    // 999,999,999,900,000 + 999 x 100 = 999,999,999,999,900: within the most
    QVERIFY(ledger.record(subscription(community, 999)).isOk());
    QCOMPARE(countLines(), linesBefore + 1);
}

void TestShareLedgerRepository::impossibleTotalsAreReportedInWords()
{
    QTemporaryDir folder;
    const auto file = sample::createFile(folder.filePath(QStringLiteral("overflowing.mutual")));
    QVERIFY(file);
    storage::MemberRepository members(*file);
    const qint64 council
        = members.add(sample::member(QStringLiteral("C001"), QStringLiteral("Council"), 1)).value().id;
    const qint64 other
        = members.add(sample::member(QStringLiteral("C002"), QStringLiteral("Other"), 1)).value().id;
    ShareLedgerRepository ledger(*file);
    QVERIFY(ledger.record(subscription(other, 100, QDate(2024, 1, 10))).isOk());
    // issue 12: 92,233,720,368,547,758 shares at £1.00 = 9,223,372,036,854,775,800 pence, which with the
    // other council's 10,000 pence is more than 9,223,372,036,854,775,807
    QVERIFY(insertRawLine(file->connection(), council, QStringLiteral("2024-01-10"), 92'233'720'368'547'758,
                          9'223'372'036'854'775'800));

    const auto rows = ledger.holdingsAsOf(QDate(2024, 12, 31));
    QVERIFY2(rows.isOk(), qPrintable(rows.isOk() ? QString() : rows.error().message));
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->first().holding.amount, 9'223'372'036'854'775'800);
    const auto holding = ledger.holdingOf(council, QDate(2024, 12, 31));
    QVERIFY(holding.isOk());
    QCOMPARE(holding->shares, 92'233'720'368'547'758);

    const QList<domain::Error> errors {
        ledger.totalAsOf(QDate(2024, 12, 31)).error(),
        ledger.subscribedBetween(QDate(2024, 1, 1), QDate(2024, 12, 31)).error(),
        ledger.monthlySubscriptionsByClass().error()
    };
    for (const domain::Error& error : errors) {
        QCOMPARE(error.rule, QStringLiteral("total-too-large"));
        QVERIFY2(!error.message.contains(QStringLiteral("integer overflow")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("9223372036854775807")), qPrintable(error.message));
    }
    // and nothing more may be subscribed on top of it
    const qint64 lines
        = sample::scalar(file->connection(), QStringLiteral("SELECT COUNT(*) FROM share_entries"));
    const auto more = ledger.record(subscription(other, 1, QDate(2024, 2, 1)));
    QVERIFY(!more.isOk());
    QCOMPARE(more.error().rule, QStringLiteral("total-too-large"));
    QCOMPARE(sample::scalar(file->connection(), QStringLiteral("SELECT COUNT(*) FROM share_entries")), lines);
}

void TestShareLedgerRepository::impossibleTotalCanBeReversed()
{
    QTemporaryDir folder;
    const auto file = sample::createFile(folder.filePath(QStringLiteral("put-right.mutual")));
    QVERIFY(file);
    storage::MemberRepository members(*file);
    const qint64 council
        = members.add(sample::member(QStringLiteral("C001"), QStringLiteral("Council"), 1)).value().id;
    const qint64 other
        = members.add(sample::member(QStringLiteral("C002"), QStringLiteral("Other"), 1)).value().id;
    ShareLedgerRepository ledger(*file);
    QVERIFY(ledger.record(subscription(other, 100, QDate(2024, 1, 10))).isOk());
    QVERIFY(insertRawLine(file->connection(), council, QStringLiteral("2024-01-10"), 92'233'720'368'547'758,
                          9'223'372'036'854'775'800));
    const qint64 hugeId
        = sample::scalar(file->connection(), QStringLiteral("SELECT MAX(id) FROM share_entries"));
    // a withdrawal lowers the totals, and the reversal takes the impossible entry away
    ShareMovement withdrawal = subscription(other, 10, QDate(2024, 3, 1));
    withdrawal.kind = ShareEntryKind::Withdrawal;
    const auto withdrawn = ledger.record(withdrawal);
    QVERIFY2(withdrawn.isOk(), qPrintable(withdrawn.isOk() ? QString() : withdrawn.error().message));
    const auto reversed = ledger.reverse(hugeId, QDate(2024, 3, 2), QStringLiteral("typed in error"));
    QVERIFY2(reversed.isOk(), qPrintable(reversed.isOk() ? QString() : reversed.error().message));
    const auto total = ledger.totalAsOf(QDate(2024, 12, 31));
    QVERIFY2(total.isOk(), qPrintable(total.isOk() ? QString() : total.error().message));
    QCOMPARE(total->shares, 90); // 100 - 10
    QCOMPARE(total->amount, 9'000);
}

QTEST_GUILESS_MAIN(TestShareLedgerRepository)
#include "TestShareLedgerRepository.moc"
