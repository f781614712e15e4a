#include "domain/LedgerImport.h"

#include <QTest>

using namespace mutualise::domain;
using namespace Qt::StringLiterals;

namespace {

// Two members of the Community class (no minimum, no maximum), organisations so that no cap applies,
// admitted on 1 January 2020; shares at £1.00.
constexpr qint64 ada = 1;
constexpr qint64 bo = 2;

Mutual mutual()
{
    Mutual mutual;
    mutual.name = u"Test Mutual"_s;
    mutual.nominalShareValue = 100;
    mutual.individualWithdrawableCap = 100'000'00;
    return mutual;
}

MemberPosition position(qint64 id, const QList<ShareEntry>& entries = {})
{
    MemberPosition position;
    position.member.id = id;
    position.member.number = QString::number(id);
    position.member.kind = MemberKind::Organisation;
    position.member.classId = 3;
    position.member.admittedOn = QDate(2020, 1, 1);
    position.member.status = MemberStatus::Active;
    position.memberClass = MemberClass { 3, u"Community"_s, 0, std::nullopt, 0 };
    position.entries = entries;
    return position;
}

ImportedMovement movement(int row, ShareEntryKind kind, const QDate& date, qint64 member, qint64 shares,
                          std::optional<qint64> to = std::nullopt)
{
    ImportedMovement imported;
    imported.row = row;
    imported.movement.kind = kind;
    imported.movement.date = date;
    imported.movement.memberId = member;
    imported.movement.shares = shares;
    imported.movement.toMemberId = to;
    imported.movement.reference = u"R%1"_s.arg(row);
    return imported;
}

struct Run
{
    LedgerImport::Checked checked;
    QList<int> acceptedRows;
    qint64 acceptedShares = 0;
};

Run check(const QHash<qint64, MemberPosition>& positions, const ImportedMovements& movements)
{
    Run run;
    LedgerImport ledger(positions, mutual(), {});
    run.checked = ledger.check(movements, [&run](int row, const QList<ShareEntry>& lines) {
        run.acceptedRows.append(row);
        for (const ShareEntry& line : lines)
            run.acceptedShares += line.shares;
        return ok();
    });
    return run;
}

} // namespace

class TestLedgerImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void movementsArePackedWithoutLoss();
    void rowsAreCheckedInDateOrder();
    void longHistoriesAreFoldedWithoutChangingTheAnswer();
    void manyMovementsOnOneDayAreFoldedWithoutChangingTheAnswer();
    void laterEntriesOfTheLedgerStillCount();
    void nothingIsAcceptedAfterARefusal();
};

void TestLedgerImport::movementsArePackedWithoutLoss()
{
    ImportedMovements movements;
    ImportedMovement transfer = movement(7, ShareEntryKind::Transfer, QDate(2021, 2, 3), ada, 12, bo);
    transfer.movement.amount = 1200;
    movements.append(transfer);
    movements.append(movement(8, ShareEntryKind::Withdrawal, QDate(2021, 2, 4), bo, 1));
    QCOMPARE(movements.size(), 2);
    const ImportedMovement first = movements.at(0);
    QCOMPARE(first.row, 7);
    QCOMPARE(first.movement.kind, ShareEntryKind::Transfer);
    QCOMPARE(first.movement.date, QDate(2021, 2, 3));
    QCOMPARE(first.movement.memberId, ada);
    QCOMPARE(first.movement.toMemberId, std::optional<qint64>(bo));
    QCOMPARE(first.movement.shares, 12);
    QCOMPARE(first.movement.amount, std::optional<qint64>(1200));
    QCOMPARE(first.movement.reference, u"R7"_s);
    const ImportedMovement second = movements.at(1);
    QCOMPARE(second.movement.toMemberId, std::nullopt);
    QCOMPARE(second.movement.amount, std::nullopt);
    QCOMPARE(second.movement.reference, u"R8"_s);
    QCOMPARE(movements.dateAt(1), QDate(2021, 2, 4));
}

void TestLedgerImport::rowsAreCheckedInDateOrder()
{
    // Row 2 withdraws 5 on 1 March, row 3 subscribes 10 on 1 February, row 4 transfers 2 to Bo on
    // 1 February (after row 3, the same day): in date order Ada holds 10, then 8, then 3.
    ImportedMovements movements;
    movements.append(movement(2, ShareEntryKind::Withdrawal, QDate(2021, 3, 1), ada, 5));
    movements.append(movement(3, ShareEntryKind::Subscription, QDate(2021, 2, 1), ada, 10));
    movements.append(movement(4, ShareEntryKind::Transfer, QDate(2021, 2, 1), ada, 2, bo));
    const Run run = check({ { ada, position(ada) }, { bo, position(bo) } }, movements);
    QVERIFY(run.checked.refused.isEmpty());
    QCOMPARE(run.acceptedRows, (QList<int> { 3, 4, 2 }));
    QCOMPARE(run.acceptedShares, 10 - 2 + 2 - 5); // the transfer's two lines cancel out
}

void TestLedgerImport::longHistoriesAreFoldedWithoutChangingTheAnswer()
{
    // 100 subscriptions of one share a day from 1 January 2021, then a withdrawal on 1 June: of 100
    // shares it is allowed, of 101 it takes Ada one below none. The history is folded as it grows,
    // and the answer is the one the whole history gives.
    for (const qint64 withdrawn : { 100, 101 }) {
        ImportedMovements movements;
        for (int i = 0; i < 100; ++i)
            movements.append(
                movement(2 + i, ShareEntryKind::Subscription, QDate(2021, 1, 1).addDays(i), ada, 1));
        movements.append(movement(102, ShareEntryKind::Withdrawal, QDate(2021, 6, 1), ada, withdrawn));
        const Run run = check({ { ada, position(ada) } }, movements);
        if (withdrawn == 100) {
            QVERIFY(run.checked.refused.isEmpty());
            QCOMPARE(run.acceptedShares, 0);
        } else {
            QCOMPARE(run.checked.refused.size(), 1);
            QCOMPARE(run.checked.refused.first().row, 102);
            QCOMPARE(run.checked.refused.first().error.rule, u"holding-below-zero"_s);
            QVERIFY(run.checked.refused.first().error.message.contains(u"-1 share"_s));
        }
    }
}

void TestLedgerImport::manyMovementsOnOneDayAreFoldedWithoutChangingTheAnswer()
{
    // On 1 March 2021 Ada subscribes one share 1,000 times, transfers 400 to Bo, and withdraws what is
    // left of hers: 1,000 - 400 = 600 is allowed, 601 takes her one below none. On the same day Bo
    // withdraws the 400 she was given, or 401. The day's lines are folded as they come; the answer is
    // the day's end, as if every line were kept.
    for (const qint64 over : { 0, 1 }) {
        ImportedMovements movements;
        const QDate day(2021, 3, 1);
        for (int i = 0; i < 1000; ++i)
            movements.append(movement(2 + i, ShareEntryKind::Subscription, day, ada, 1));
        movements.append(movement(1002, ShareEntryKind::Transfer, day, ada, 400, bo));
        movements.append(movement(1003, ShareEntryKind::Withdrawal, day, ada, 600 + over));
        movements.append(movement(1004, ShareEntryKind::Withdrawal, day, bo, 400 + over));
        const Run run = check({ { ada, position(ada) }, { bo, position(bo) } }, movements);
        if (over == 0) {
            QVERIFY(run.checked.refused.isEmpty());
            QCOMPARE(run.acceptedRows.size(), 1003);
            QCOMPARE(run.acceptedShares, 1000 - 600 - 400); // the transfer's two lines cancel out
        } else {
            QCOMPARE(run.checked.refused.size(), 2);
            QCOMPARE(run.checked.refused.at(0).row, 1003);
            QCOMPARE(run.checked.refused.at(0).error.rule, u"holding-below-zero"_s);
            QCOMPARE(run.checked.refused.at(1).row, 1004);
        }
    }
}

void TestLedgerImport::laterEntriesOfTheLedgerStillCount()
{
    // The ledger already withdraws 5 of Bo's shares on 1 January 2022. The file subscribes 10 in 2021
    // and withdraws 6 in June 2021: on 1 January 2022 Bo would hold 10 - 6 - 5 = -1.
    ShareEntry later;
    later.kind = ShareEntryKind::Withdrawal;
    later.date = QDate(2022, 1, 1);
    later.memberId = bo;
    later.shares = -5;
    later.amount = -500;
    ImportedMovements movements;
    movements.append(movement(2, ShareEntryKind::Subscription, QDate(2021, 1, 1), bo, 10));
    movements.append(movement(3, ShareEntryKind::Withdrawal, QDate(2021, 6, 1), bo, 6));
    const Run run = check({ { bo, position(bo, { later }) } }, movements);
    QCOMPARE(run.checked.refused.size(), 1);
    QCOMPARE(run.checked.refused.first().row, 3);
    QCOMPARE(run.checked.refused.first().error.rule, u"holding-below-zero"_s);
    QVERIFY(run.checked.refused.first().error.message.contains(u"2022"_s));
}

void TestLedgerImport::nothingIsAcceptedAfterARefusal()
{
    // Row 2 is refused (Bo holds nothing to withdraw); rows 3 and 4 are still checked, and would be
    // accepted, but nothing of a refused file is handed on to be written.
    ImportedMovements movements;
    movements.append(movement(2, ShareEntryKind::Withdrawal, QDate(2021, 1, 1), bo, 1));
    movements.append(movement(3, ShareEntryKind::Subscription, QDate(2021, 1, 2), ada, 5));
    movements.append(movement(4, ShareEntryKind::Withdrawal, QDate(2021, 1, 3), ada, 6));
    const Run run = check({ { ada, position(ada) }, { bo, position(bo) } }, movements);
    QCOMPARE(run.checked.refused.size(), 2);
    QCOMPARE(run.checked.refused.at(0).row, 2);
    QCOMPARE(run.checked.refused.at(1).row, 4);
    QVERIFY(run.acceptedRows.isEmpty());
}

QTEST_GUILESS_MAIN(TestLedgerImport)
#include "TestLedgerImport.moc"
