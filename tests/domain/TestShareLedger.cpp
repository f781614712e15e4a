#include "domain/ShareLedger.h"

#include <QTest>

#include <limits>

using namespace mutualise::domain;
using namespace Qt::StringLiterals;

namespace {

// The members of a small test mutual, all admitted on 1 April 2023 (share nominal £1.00):
enum MemberId : qint64
{
    amelia = 1, // individual, Community class (minimum 1 share)
    council = 2, // organisation, Founding council class (minimum 10,000 shares)
    investor = 3, // individual, Investor class (minimum 100, maximum 1,000 shares)
    leaver = 4, // individual, Community class, ceased on 1 January 2024
    suspended = 5, // individual, Community class, suspended
    applicant = 6, // individual, Community class, never admitted
    closing = 7, // individual, Community class, still Active but with a cessation date (being ceased)
    fund = 8, // organisation, Investor class: not subject to the individual cap
    investorLeaver = 9, // individual, Investor class, ceased on 1 January 2024
};

QDate day(int month, int dayOfMonth, int year = 2023)
{
    return QDate(year, month, dayOfMonth);
}

const QDate admitted = day(4, 1);

MemberClass classFor(qint64 id)
{
    switch (id) {
    case council:
        return { 1, u"Founding council"_s, 10'000, std::nullopt, 5000 };
    case investor:
    case fund:
    case investorLeaver:
        return { 4, u"Investor"_s, 100, 1'000, 0 };
    default:
        return { 3, u"Community"_s, 1, std::nullopt, 2500 };
    }
}

Member memberFor(qint64 id)
{
    Member member;
    member.id = id;
    member.number = QString::number(1000 + id);
    member.name = u"Member %1"_s.arg(id);
    member.kind = id == council || id == fund ? MemberKind::Organisation : MemberKind::Individual;
    member.classId = classFor(id).id;
    member.admittedOn = admitted;
    member.status = MemberStatus::Active;
    if (id == leaver || id == investorLeaver) {
        member.status = MemberStatus::Ceased;
        member.ceasedOn = day(1, 1, 2024);
    } else if (id == suspended) {
        member.status = MemberStatus::Suspended;
    } else if (id == applicant) {
        member.status = MemberStatus::Applicant;
        member.admittedOn = QDate();
    } else if (id == closing) {
        member.ceasedOn = day(1, 1, 2024);
    }
    return member;
}

ShareEntry line(ShareEntryKind kind, const QDate& date, qint64 memberId, qint64 shares, qint64 id = 0)
{
    ShareEntry entry;
    entry.id = id;
    entry.kind = kind;
    entry.date = date;
    entry.memberId = memberId;
    entry.shares = shares;
    entry.amount = shares * 100;
    return entry;
}

ShareEntry bought(const QDate& date, qint64 memberId, qint64 shares, qint64 id = 0)
{
    return line(ShareEntryKind::Subscription, date, memberId, shares, id);
}

ShareEntry withdrawn(const QDate& date, qint64 memberId, qint64 shares, qint64 id = 0)
{
    return line(ShareEntryKind::Withdrawal, date, memberId, -shares, id);
}

QHash<qint64, MemberPosition> positionsWith(const QList<ShareEntry>& entries)
{
    QHash<qint64, MemberPosition> positions;
    for (qint64 id = amelia; id <= investorLeaver; ++id)
        positions.insert(id, MemberPosition { memberFor(id), classFor(id), {} });
    for (const ShareEntry& entry : entries)
        positions[entry.memberId].entries.append(entry);
    return positions;
}

ShareMovement movement(ShareEntryKind kind, const QDate& date, qint64 memberId, qint64 shares,
                       std::optional<qint64> toMemberId = std::nullopt,
                       std::optional<qint64> amount = std::nullopt)
{
    return ShareMovement { kind, date, memberId, toMemberId, shares, amount, u"REF-1"_s };
}

ShareMovement subscribe(const QDate& date, qint64 memberId, qint64 shares)
{
    return movement(ShareEntryKind::Subscription, date, memberId, shares);
}

ShareMovement withdraw(const QDate& date, qint64 memberId, qint64 shares)
{
    return movement(ShareEntryKind::Withdrawal, date, memberId, shares);
}

ShareMovement transfer(const QDate& date, qint64 from, qint64 to, qint64 shares)
{
    return movement(ShareEntryKind::Transfer, date, from, shares, to);
}

constexpr qint64 capShares = 100'000; // £100,000 cap / £1.00 nominal

} // namespace

class TestShareLedger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void subscriptionLine();
    void withdrawalAndForfeitureLines();
    void transferLines();
    void configuredNominalAndCap_data();
    void configuredNominalAndCap();
    void amountMayDiffer_data();
    void amountMayDiffer();
    void invalidAmountStatesExpectedFigure();
    void belowZeroSaysWhenAndHowMuch();
    void reversal_data();
    void reversal();
    void reversalLines();
    void transferReversalLines();
    void memberChange_data();
    void memberChange();
    void holdingAsOf();
    void holdingsAsOf();
    void longHistory();
    void holdingAtMost_data();
    void holdingAtMost();
    void groupTotalAtMost_data();
    void groupTotalAtMost();
    void totalOnAnEarlierDay();
    void impossibleTotalCanBePutRight();
    void totalsMessageNamesTheTotalAndTheMaximum();
    void entryMessagesNameTheMaximum();
    void reversalReferenceIsPlainText();
    void olderFileMemberCanStillBeEdited();
};

void TestShareLedger::rules_data()
{
    QTest::addColumn<QList<ShareEntry>>("existing");
    QTest::addColumn<ShareMovement>("request");
    QTest::addColumn<QString>("rule"); // empty when the movement is allowed

    const QList<ShareEntry> none;
    const QList<ShareEntry> amelia120 { bought(day(5, 1), amelia, 120) };

    // --- the share count and the members named
    QTest::newRow("120 shares x £1.00 = £120.00") << none << subscribe(day(5, 1), amelia, 120) << QString();
    QTest::newRow("zero shares") << none << subscribe(day(5, 1), amelia, 0) << u"invalid-shares"_s;
    QTest::newRow("negative shares") << none << subscribe(day(5, 1), amelia, -5) << u"invalid-shares"_s;
    QTest::newRow("no date") << none << subscribe(QDate(), amelia, 5) << u"invalid-date"_s;
    QTest::newRow("kind reversal") << none << movement(ShareEntryKind::Reversal, day(5, 1), amelia, 5)
                                   << u"invalid-kind"_s;
    // INT64 max shares is far more than one entry may move (and x 100 pence would not fit in 64 bits)
    QTest::newRow("shares x nominal overflows")
        << none << subscribe(day(5, 1), council, std::numeric_limits<qint64>::max()) << u"entry-too-large"_s;
    // 1,000,000,000 shares x £1.00 = £1,000,000,000.00, within the £10,000,000,000.00 one entry may move
    QTest::newRow("the most shares one entry may move")
        << none << subscribe(day(5, 1), council, 1'000'000'000) << QString();
    QTest::newRow("a share more than one entry may move")
        << none << subscribe(day(5, 1), council, 1'000'000'001) << u"entry-too-large"_s;
    // the figure of issue 12: 92,233,720,368,547,758 x 100 pence = 9,223,372,036,854,775,800, which fits in
    // 64 bits on its own and overflowed only once the mutual's other holdings were added to it
    QTest::newRow("issue 12's organisation")
        << none << subscribe(day(5, 1), council, 92'233'720'368'547'758) << u"entry-too-large"_s;
    QTest::newRow("a withdrawal of too many shares")
        << amelia120 << withdraw(day(6, 1), amelia, 1'000'000'001) << u"entry-too-large"_s;
    QTest::newRow("unknown member") << none << subscribe(day(5, 1), 99, 5) << u"unknown-member"_s;
    QTest::newRow("transfer to unknown member")
        << amelia120 << transfer(day(6, 1), amelia, 99, 5) << u"unknown-member"_s;
    QTest::newRow("transfer to nobody")
        << amelia120 << movement(ShareEntryKind::Transfer, day(6, 1), amelia, 5, std::nullopt)
        << u"unknown-member"_s;
    QTest::newRow("transfer to oneself")
        << amelia120 << transfer(day(6, 1), amelia, amelia, 5) << u"same-member"_s;

    // --- the reference, typed in by a person
    ShareMovement escaped = subscribe(day(5, 1), amelia, 5);
    escaped.reference = u"REF\x1b[31m-1"_s;
    QTest::newRow("escape in the reference") << none << escaped << u"control-character"_s;
    ShareMovement reordered = subscribe(day(5, 1), amelia, 5);
    reordered.reference = u"REF\u202E1-"_s;
    QTest::newRow("right-to-left override in the reference") << none << reordered << u"control-character"_s;
    ShareMovement twoLines = subscribe(day(5, 1), amelia, 5);
    twoLines.reference = u"REF\n1"_s;
    QTest::newRow("line feed in the reference") << none << twoLines << u"control-character"_s;
    ShareMovement longest = subscribe(day(5, 1), amelia, 5);
    longest.reference = QString(200, u'R');
    QTest::newRow("a reference of 200 characters") << none << longest << QString();
    ShareMovement tooLong = subscribe(day(5, 1), amelia, 5);
    tooLong.reference = QString(201, u'R');
    QTest::newRow("a reference of 201 characters") << none << tooLong << u"reference-too-long"_s;

    // --- who may take up shares
    QTest::newRow("suspended cannot subscribe")
        << none << subscribe(day(5, 1), suspended, 5) << u"member-not-active"_s;
    QTest::newRow("ceased cannot subscribe")
        << none << subscribe(day(5, 1), leaver, 5) << u"member-not-active"_s;
    QTest::newRow("applicant cannot subscribe")
        << none << subscribe(day(5, 1), applicant, 5) << u"member-not-active"_s;
    QTest::newRow("transfer to a suspended member")
        << amelia120 << transfer(day(6, 1), amelia, suspended, 5) << u"member-not-active"_s;
    QTest::newRow("a suspended member may withdraw") << QList<ShareEntry> { bought(day(5, 1), suspended, 10) }
                                                     << withdraw(day(6, 1), suspended, 5) << QString();

    // --- dates against admission and cessation
    QTest::newRow("on the day of admission") << none << subscribe(admitted, amelia, 1) << QString();
    QTest::newRow("the day before admission")
        << none << subscribe(admitted.addDays(-1), amelia, 1) << u"before-admission"_s;
    QTest::newRow("never admitted") << none << withdraw(day(5, 1), applicant, 1) << u"before-admission"_s;
    QTest::newRow("withdrawal before admission")
        << amelia120 << withdraw(admitted.addDays(-1), amelia, 1) << u"before-admission"_s;
    QTest::newRow("increase the day before cessation")
        << none << subscribe(day(12, 31), closing, 5) << QString();
    QTest::newRow("increase on the day of cessation")
        << none << subscribe(day(1, 1, 2024), closing, 5) << u"after-cessation"_s;
    QTest::newRow("transfer in after cessation")
        << amelia120 << transfer(day(2, 1, 2024), amelia, closing, 5) << u"after-cessation"_s;

    // --- never below zero, end-of-day totals over the whole timeline
    // 120 - 121 = -1
    QTest::newRow("withdraw more than held")
        << amelia120 << withdraw(day(6, 1), amelia, 121) << u"holding-below-zero"_s;
    QTest::newRow("withdraw before the shares were bought")
        << amelia120 << withdraw(day(4, 30), amelia, 1) << u"holding-below-zero"_s;
    // holds 120 from 1 May, 40 after withdrawing 80 on 1 July; withdrawing 50 on 1 June leaves 70 that
    // day but 70 - 80 = -10 on 1 July
    QTest::newRow("backdated withdrawal makes a later day negative")
        << QList<ShareEntry> { bought(day(5, 1), amelia, 120), withdrawn(day(7, 1), amelia, 80) }
        << withdraw(day(6, 1), amelia, 50) << u"holding-below-zero"_s;
    // 120 - 80 - 39 = 1 on 1 July: still at the class minimum
    QTest::newRow("backdated withdrawal that still fits")
        << QList<ShareEntry> { bought(day(5, 1), amelia, 120), withdrawn(day(7, 1), amelia, 80) }
        << withdraw(day(6, 1), amelia, 39) << QString();
    // same day: 5 held; on 1 June 3 bought and 7 withdrawn: 5 + 3 - 7 = 1 at the end of the day, even
    // though 5 - 7 would be -2 if the withdrawal were counted first
    QTest::newRow("same-day entries count together")
        << QList<ShareEntry> { bought(day(5, 1), amelia, 5), bought(day(6, 1), amelia, 3) }
        << withdraw(day(6, 1), amelia, 7) << QString();
    QTest::newRow("transfer out of more than held")
        << amelia120 << transfer(day(6, 1), amelia, investor, 121) << u"holding-below-zero"_s;

    // --- the class minimum
    QTest::newRow("an active member may not withdraw everything")
        << amelia120 << withdraw(day(6, 1), amelia, 120) << u"below-class-minimum"_s;
    // 120 - 119 = 1, exactly the Community minimum
    QTest::newRow("withdraw down to exactly the minimum")
        << amelia120 << withdraw(day(6, 1), amelia, 119) << QString();
    QTest::newRow("a ceased member withdraws to exactly zero")
        << QList<ShareEntry> { bought(day(5, 1), leaver, 120) } << withdraw(day(1, 1, 2024), leaver, 120)
        << QString();
    // Investor minimum 100: a ceased investor may hold 0, but 150 - 100 = 50 is neither 0 nor >= 100
    QTest::newRow("a ceased member may not stop between zero and the minimum")
        << QList<ShareEntry> { bought(day(5, 1), investorLeaver, 150) }
        << withdraw(day(1, 1, 2024), investorLeaver, 100) << u"below-class-minimum"_s;
    QTest::newRow("first subscription 1 share short of the council minimum")
        << none << subscribe(admitted, council, 9'999) << u"below-class-minimum"_s;
    QTest::newRow("first subscription exactly the council minimum")
        << none << subscribe(admitted, council, 10'000) << QString();
    // 5,000 already bought the same day: 5,000 + 5,000 = 10,000 at the end of the day
    QTest::newRow("two same-day subscriptions make the minimum")
        << QList<ShareEntry> { bought(admitted, council, 5'000) } << subscribe(admitted, council, 5'000)
        << QString();
    QTest::newRow("council withdraws 1 share below its minimum")
        << QList<ShareEntry> { bought(admitted, council, 10'000) } << withdraw(day(6, 1), council, 1)
        << u"below-class-minimum"_s;
    QTest::newRow("council transfers below its minimum")
        << QList<ShareEntry> { bought(admitted, council, 10'050) } << transfer(day(6, 1), council, amelia, 51)
        << u"below-class-minimum"_s;
    // Investor: 150 from 1 May, 100 after withdrawing 50 on 1 July. Withdrawing 30 on 1 June leaves 120
    // that day, but 120 - 50 = 70 < 100 on 1 July.
    QTest::newRow("backdated withdrawal breaks the minimum later")
        << QList<ShareEntry> { bought(day(5, 1), investor, 150), withdrawn(day(7, 1), investor, 50) }
        << withdraw(day(6, 1), investor, 30) << u"below-class-minimum"_s;
    QTest::newRow("transfer received below the receiver's minimum")
        << amelia120 << transfer(day(6, 1), amelia, investor, 99) << u"below-class-minimum"_s;
    QTest::newRow("transfer received at exactly the receiver's minimum")
        << amelia120 << transfer(day(6, 1), amelia, investor, 100) << QString();

    // --- the class maximum (Investor: 1,000)
    const QList<ShareEntry> investor900 { bought(day(5, 1), investor, 900) };
    QTest::newRow("up to exactly the maximum")
        << investor900 << subscribe(day(6, 1), investor, 100) << QString();
    QTest::newRow("one share over the maximum")
        << investor900 << subscribe(day(6, 1), investor, 101) << u"above-class-maximum"_s;
    // 500 on 1 May, 950 after 450 more on 1 July; 100 bought on 1 June gives 600 that day but 1,050 on
    // 1 July
    QTest::newRow("backdated subscription breaks the maximum later")
        << QList<ShareEntry> { bought(day(5, 1), investor, 500), bought(day(7, 1), investor, 450) }
        << subscribe(day(6, 1), investor, 100) << u"above-class-maximum"_s;
    QTest::newRow("transfer received over the maximum")
        << QList<ShareEntry> { bought(day(5, 1), investor, 900), bought(day(5, 1), amelia, 200) }
        << transfer(day(6, 1), amelia, investor, 101) << u"above-class-maximum"_s;

    // --- the individual cap: £100,000 = 100,000 shares at £1.00
    const QList<ShareEntry> ameliaNearCap { bought(day(5, 1), amelia, capShares - 100) };
    QTest::newRow("up to exactly the individual cap")
        << ameliaNearCap << subscribe(day(6, 1), amelia, 100) << QString();
    QTest::newRow("one pound over the individual cap")
        << ameliaNearCap << subscribe(day(6, 1), amelia, 101) << u"individual-cap"_s;
    QTest::newRow("an organisation is not capped") << QList<ShareEntry> { bought(admitted, council, 250'000) }
                                                   << subscribe(day(6, 1), council, 1) << QString();
    QTest::newRow("a transfer may not lift an individual over the cap")
        << QList<ShareEntry> { bought(day(5, 1), amelia, capShares), bought(admitted, council, 20'000) }
        << transfer(day(6, 1), council, amelia, 1) << u"individual-cap"_s;
    // 99,950 from 1 May and 40 more on 1 July = 99,990: 11 more backdated to 1 June make 100,001 on 1 July
    QTest::newRow("backdated subscription over the cap later")
        << QList<ShareEntry> { bought(day(5, 1), amelia, capShares - 50), bought(day(7, 1), amelia, 40) }
        << subscribe(day(6, 1), amelia, 11) << u"individual-cap"_s;
}

void TestShareLedger::rules()
{
    QFETCH(QList<ShareEntry>, existing);
    QFETCH(ShareMovement, request);
    QFETCH(QString, rule);
    const auto result = ShareLedger::prepare(request, positionsWith(existing), Mutual());
    if (rule.isEmpty()) {
        QVERIFY2(result.isOk(), qPrintable(result.isOk() ? QString() : result.error().message));
        return;
    }
    QVERIFY2(!result.isOk(), "the movement should have been refused");
    QCOMPARE(result.error().rule, rule);
    QVERIFY(!result.error().message.isEmpty());
}

void TestShareLedger::subscriptionLine()
{
    const auto result = ShareLedger::prepare(subscribe(day(5, 1), amelia, 120), positionsWith({}), Mutual());
    QVERIFY(result.isOk());
    QCOMPARE(result->size(), 1);
    const ShareEntry& entry = result->first();
    QCOMPARE(entry.kind, ShareEntryKind::Subscription);
    QCOMPARE(entry.date, day(5, 1));
    QCOMPARE(entry.memberId, qint64 { amelia });
    QCOMPARE(entry.shares, 120);
    QCOMPARE(entry.amount, 12000); // 120 x 100 pence
    QCOMPARE(entry.reference, u"REF-1"_s);
    QCOMPARE(entry.id, 0);
    QVERIFY(!entry.counterpartyId);
    QVERIFY(!entry.reversesId);
}

void TestShareLedger::withdrawalAndForfeitureLines()
{
    const auto positions = positionsWith({ bought(day(5, 1), amelia, 120) });
    // 120 shares, £120.00; after withdrawing 30: 90 shares, £90.00
    const auto withdrawal = ShareLedger::prepare(withdraw(day(6, 1), amelia, 30), positions, Mutual());
    QVERIFY(withdrawal.isOk());
    QCOMPARE(withdrawal->size(), 1);
    QCOMPARE(withdrawal->first().kind, ShareEntryKind::Withdrawal);
    QCOMPARE(withdrawal->first().shares, -30);
    QCOMPARE(withdrawal->first().amount, -3000);
    const auto forfeiture = ShareLedger::prepare(movement(ShareEntryKind::Forfeiture, day(6, 1), amelia, 30),
                                                 positions, Mutual());
    QVERIFY(forfeiture.isOk());
    QCOMPARE(forfeiture->first().kind, ShareEntryKind::Forfeiture);
    QCOMPARE(forfeiture->first().shares, -30);
    QCOMPARE(forfeiture->first().amount, -3000);
}

void TestShareLedger::transferLines()
{
    const auto positions
        = positionsWith({ bought(day(5, 1), amelia, 120), bought(day(5, 1), investor, 100) });
    // Amelia 120 -> 90, investor 100 -> 130: 30 shares, £30.00 each way
    const auto result = ShareLedger::prepare(transfer(day(6, 1), amelia, investor, 30), positions, Mutual());
    QVERIFY(result.isOk());
    QCOMPARE(result->size(), 2);
    const ShareEntry& paying = result->at(0);
    const ShareEntry& receiving = result->at(1);
    QCOMPARE(paying.kind, ShareEntryKind::Transfer);
    QCOMPARE(paying.memberId, qint64 { amelia });
    QCOMPARE(paying.shares, -30);
    QCOMPARE(paying.amount, -3000);
    QCOMPARE(paying.counterpartyId, qint64 { investor });
    QCOMPARE(receiving.kind, ShareEntryKind::Transfer);
    QCOMPARE(receiving.memberId, qint64 { investor });
    QCOMPARE(receiving.shares, 30);
    QCOMPARE(receiving.amount, 3000);
    QCOMPARE(receiving.counterpartyId, qint64 { amelia });
    QCOMPARE(paying.reference, u"REF-1"_s);
    QCOMPARE(receiving.reference, u"REF-1"_s);
    QCOMPARE(paying.date, receiving.date);
}

// The nominal value and the cap are the mutual's own settings, not constants.
void TestShareLedger::configuredNominalAndCap_data()
{
    QTest::addColumn<qint64>("nominal");
    QTest::addColumn<qint64>("cap");
    QTest::addColumn<qint64>("shares");
    QTest::addColumn<qint64>("expectedAmount");
    QTest::addColumn<QString>("rule");

    // 25p shares: 200,000 x 25p = 5,000,000p = £50,000.00, under the default £100,000.00 cap.
    QTest::newRow("25p nominal") << qint64 { 25 } << qint64 { 100'000'00 } << qint64 { 200'000 }
                                 << qint64 { 50'000'00 } << QString();
    // 400,000 x 25p = £100,000.00, exactly the cap; 400,001 x 25p = £100,000.25, over it.
    QTest::newRow("25p nominal at the cap")
        << qint64 { 25 } << qint64 { 100'000'00 } << qint64 { 400'000 } << qint64 { 100'000'00 } << QString();
    QTest::newRow("25p nominal over the cap") << qint64 { 25 } << qint64 { 100'000'00 } << qint64 { 400'001 }
                                              << qint64 { 0 } << u"individual-cap"_s;
    // A mutual whose rules cap an individual at £500.00: 500 x £1.00 is allowed, 501 x £1.00 is not
    // (both would be allowed under the statutory default).
    QTest::newRow("£500 cap reached")
        << qint64 { 100 } << qint64 { 500'00 } << qint64 { 500 } << qint64 { 500'00 } << QString();
    QTest::newRow("£500 cap exceeded")
        << qint64 { 100 } << qint64 { 500'00 } << qint64 { 501 } << qint64 { 0 } << u"individual-cap"_s;
}

void TestShareLedger::configuredNominalAndCap()
{
    QFETCH(qint64, nominal);
    QFETCH(qint64, cap);
    QFETCH(qint64, shares);
    QFETCH(qint64, expectedAmount);
    QFETCH(QString, rule);
    Mutual mutual;
    mutual.nominalShareValue = nominal;
    mutual.individualWithdrawableCap = cap;
    const auto result = ShareLedger::prepare(subscribe(day(5, 1), amelia, shares), positionsWith({}), mutual);
    if (!rule.isEmpty()) {
        QVERIFY(!result.isOk());
        QCOMPARE(result.error().rule, rule);
        return;
    }
    QVERIFY2(result.isOk(), qPrintable(result.isOk() ? QString() : result.error().message));
    QCOMPARE(result->first().shares, shares);
    QCOMPARE(result->first().amount, expectedAmount);
}

void TestShareLedger::amountMayDiffer_data()
{
    QTest::addColumn<bool>("mayDiffer");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("rule");
    // 120 shares x £1.00 = £120.00 = 12000 pence
    QTest::newRow("exact, strict") << false << qint64 { 12000 } << QString();
    QTest::newRow("a penny more, strict") << false << qint64 { 12001 } << u"invalid-amount"_s;
    QTest::newRow("a penny less, strict") << false << qint64 { 11999 } << u"invalid-amount"_s;
    QTest::newRow("zero, strict") << false << qint64 { 0 } << u"invalid-amount"_s;
    // issued at a premium: 120 shares for £150.00
    QTest::newRow("premium allowed") << true << qint64 { 15000 } << QString();
    QTest::newRow("one penny allowed") << true << qint64 { 1 } << QString();
    QTest::newRow("zero never") << true << qint64 { 0 } << u"invalid-amount"_s;
    QTest::newRow("negative never") << true << qint64 { -12000 } << u"invalid-amount"_s;
    // £10,000,000,000.00 is the most one entry may move (Amelia's cap would refuse it next)
    QTest::newRow("more than one entry may move")
        << true << qint64 { 1'000'000'000'001 } << u"entry-too-large"_s;
}

void TestShareLedger::amountMayDiffer()
{
    QFETCH(bool, mayDiffer);
    QFETCH(qint64, amount);
    QFETCH(QString, rule);
    Mutual mutual;
    mutual.amountMayDifferFromNominal = mayDiffer;
    const auto result = ShareLedger::prepare(
        movement(ShareEntryKind::Subscription, day(5, 1), amelia, 120, std::nullopt, amount),
        positionsWith({}), mutual);
    QCOMPARE(result.isOk(), rule.isEmpty());
    if (result.isOk())
        QCOMPARE(result->first().amount, amount);
    else
        QCOMPARE(result.error().rule, rule);
}

void TestShareLedger::invalidAmountStatesExpectedFigure()
{
    QLocale::setDefault(QLocale(u"en_GB"_s));
    const auto result = ShareLedger::prepare(
        movement(ShareEntryKind::Subscription, day(5, 1), amelia, 1200, std::nullopt, 100), positionsWith({}),
        Mutual());
    QLocale::setDefault(QLocale::c());
    QVERIFY(!result.isOk());
    // 1,200 shares x £1.00 = £1,200.00
    QVERIFY2(result.error().message.contains(u"£1,200.00"_s), qPrintable(result.error().message));
    QCOMPARE(result.error().field, u"amount"_s);
}

void TestShareLedger::belowZeroSaysWhenAndHowMuch()
{
    const auto positions
        = positionsWith({ bought(day(5, 1), amelia, 120), withdrawn(day(7, 1), amelia, 80) });
    // 120 - 50 - 80 = -10 on 1 July 2023
    const auto result = ShareLedger::prepare(withdraw(day(6, 1), amelia, 50), positions, Mutual());
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().rule, u"holding-below-zero"_s);
    QVERIFY2(result.error().message.contains(QLocale().toString(day(7, 1), QLocale::ShortFormat)),
             qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(u" 10 "_s), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(u"1001"_s));
}

void TestShareLedger::reversal_data()
{
    QTest::addColumn<QList<ShareEntry>>("existing");
    QTest::addColumn<QList<qint64>>("toReverse"); // ids
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QList<qint64>>("reversedIds");
    QTest::addColumn<QString>("rule");

    const QList<ShareEntry> ameliaBought { bought(day(5, 1), amelia, 120, 1) };
    QTest::newRow("reverse a subscription")
        << ameliaBought << QList<qint64> { 1 } << day(5, 2) << QList<qint64> {} << QString();
    QTest::newRow("on the same day") << ameliaBought << QList<qint64> { 1 } << day(5, 1) << QList<qint64> {}
                                     << QString();
    QTest::newRow("dated before the entry")
        << ameliaBought << QList<qint64> { 1 } << day(4, 30) << QList<qint64> {} << u"reversal-date"_s;
    QTest::newRow("no date") << ameliaBought << QList<qint64> { 1 } << QDate() << QList<qint64> {}
                             << u"reversal-date"_s;
    QTest::newRow("already reversed")
        << ameliaBought << QList<qint64> { 1 } << day(5, 2) << QList<qint64> { 1 } << u"already-reversed"_s;
    QTest::newRow("another entry reversed")
        << ameliaBought << QList<qint64> { 1 } << day(5, 2) << QList<qint64> { 7 } << QString();
    QList<ShareEntry> reversed = ameliaBought;
    ShareEntry reversal = withdrawn(day(5, 2), amelia, 120, 2);
    reversal.kind = ShareEntryKind::Reversal;
    reversal.reversesId = 1;
    reversed << reversal;
    QTest::newRow("a reversal") << reversed << QList<qint64> { 2 } << day(5, 3) << QList<qint64> { 1 }
                                << u"cannot-reverse-reversal"_s;
    // 120 bought, 100 withdrawn on 1 July: undoing the purchase leaves -100 from 1 July
    QTest::newRow("undoing a purchase already withdrawn")
        << QList<ShareEntry> { bought(day(5, 1), amelia, 120, 1), withdrawn(day(7, 1), amelia, 100, 2) }
        << QList<qint64> { 1 } << day(5, 2) << QList<qint64> {} << u"holding-below-zero"_s;
    // A correction may go under the class minimum: the council's 10,000 back to 0.
    QTest::newRow("a reversal may go under the minimum")
        << QList<ShareEntry> { bought(admitted, council, 10'000, 1) } << QList<qint64> { 1 } << day(5, 2)
        << QList<qint64> {} << QString();
    // Undoing a withdrawal puts the shares back: 1,000 - 200 + 100 = 900, and 900 + 200 = 1,100 is over
    // the Investor class maximum of 1,000, so the correction is refused like any other increase.
    QTest::newRow("undoing a withdrawal over the class maximum")
        << QList<ShareEntry> { bought(day(5, 1), investor, 1'000, 1), withdrawn(day(6, 1), investor, 200, 2),
                               bought(day(6, 2), investor, 100, 3) }
        << QList<qint64> { 2 } << day(6, 3) << QList<qint64> {} << u"above-class-maximum"_s;
    // Without the later purchase: 1,000 - 200 = 800, and 800 + 200 = 1,000 is exactly the maximum.
    QTest::newRow("undoing a withdrawal up to the class maximum")
        << QList<ShareEntry> { bought(day(5, 1), investor, 1'000, 1), withdrawn(day(6, 1), investor, 200, 2) }
        << QList<qint64> { 2 } << day(6, 3) << QList<qint64> {} << QString();
    // The cap: Amelia bought 100,000 shares (£100,000.00), withdrew 50,000, bought 50,000 again. Putting
    // the withdrawn 50,000 back would leave £150,000.00, over the £100,000.00 an individual may hold.
    QTest::newRow("undoing a withdrawal over the individual cap")
        << QList<ShareEntry> { bought(day(5, 1), amelia, 100'000, 1), withdrawn(day(6, 1), amelia, 50'000, 2),
                               bought(day(6, 2), amelia, 50'000, 3) }
        << QList<qint64> { 2 } << day(6, 3) << QList<qint64> {} << u"individual-cap"_s;
    // The leaver ceased on 1 January 2024: a withdrawal of 10 on 1 December 2023 undone on 2 January
    // 2024 would give a former member shares.
    QTest::newRow("undoing a withdrawal after cessation")
        << QList<ShareEntry> { bought(day(5, 1), leaver, 40, 1), withdrawn(day(12, 1), leaver, 10, 2) }
        << QList<qint64> { 2 } << day(1, 2, 2024) << QList<qint64> {} << u"after-cessation"_s;
    // The same correction dated before the cessation is allowed.
    QTest::newRow("undoing a withdrawal before cessation")
        << QList<ShareEntry> { bought(day(5, 1), leaver, 40, 1), withdrawn(day(12, 1), leaver, 10, 2) }
        << QList<qint64> { 2 } << day(12, 2) << QList<qint64> {} << QString();
    const QList<ShareEntry> transferred { bought(day(5, 1), amelia, 120, 1),
                                          [] {
                                              ShareEntry side
                                                  = line(ShareEntryKind::Transfer, day(6, 1), amelia, -20, 2);
                                              side.counterpartyId = council;
                                              return side;
                                          }(),
                                          [] {
                                              ShareEntry side
                                                  = line(ShareEntryKind::Transfer, day(6, 1), council, 20, 3);
                                              side.counterpartyId = amelia;
                                              return side;
                                          }(),
                                          bought(admitted, council, 10'000, 4) };
    QTest::newRow("both sides of a transfer")
        << transferred << QList<qint64> { 2, 3 } << day(6, 2) << QList<qint64> {} << QString();
    QTest::newRow("one side of a transfer")
        << transferred << QList<qint64> { 2 } << day(6, 2) << QList<qint64> {} << u"incomplete-transfer"_s;
    QTest::newRow("a transfer side and a subscription")
        << transferred << QList<qint64> { 2, 1 } << day(6, 2) << QList<qint64> {} << u"incomplete-transfer"_s;
    QTest::newRow("two subscriptions at once")
        << transferred << QList<qint64> { 1, 4 } << day(6, 2) << QList<qint64> {} << u"incomplete-transfer"_s;
    // The council receiving side reversed after it has passed all 10,020 on: 10,020 - 10,020 - 20 < 0
    QList<ShareEntry> passedOn = transferred;
    passedOn << withdrawn(day(6, 5), council, 10'020, 5);
    QTest::newRow("transfer reversal leaving a side negative")
        << passedOn << QList<qint64> { 2, 3 } << day(6, 10) << QList<qint64> {} << u"holding-below-zero"_s;
    ShareEntry huge = bought(day(5, 1), council, 1, 1);
    huge.amount = std::numeric_limits<qint64>::min();
    QTest::newRow("negating INT64 min") << QList<ShareEntry> { huge } << QList<qint64> { 1 } << day(5, 2)
                                        << QList<qint64> {} << u"entry-too-large"_s;
    ShareEntry escapedReference = bought(day(5, 1), amelia, 10, 1);
    QTest::newRow("reference checked") << QList<ShareEntry> { escapedReference } << QList<qint64> { 1 }
                                       << day(5, 2) << QList<qint64> {} << QString();
}

void TestShareLedger::reversal()
{
    QFETCH(QList<ShareEntry>, existing);
    QFETCH(QList<qint64>, toReverse);
    QFETCH(QDate, date);
    QFETCH(QList<qint64>, reversedIds);
    QFETCH(QString, rule);
    QList<ShareEntry> original;
    for (const qint64 id : std::as_const(toReverse)) {
        const auto found = std::find_if(existing.cbegin(), existing.cend(),
                                        [id](const ShareEntry& entry) { return entry.id == id; });
        QVERIFY(found != existing.cend());
        original << *found;
    }
    const auto result = ShareLedger::prepareReversal(original, date, u"Correction"_s, positionsWith(existing),
                                                     reversedIds, Mutual());
    if (rule.isEmpty()) {
        QVERIFY2(result.isOk(), qPrintable(result.isOk() ? QString() : result.error().message));
        QCOMPARE(result->size(), original.size());
        return;
    }
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().rule, rule);
}

void TestShareLedger::reversalLines()
{
    const QList<ShareEntry> existing { bought(day(5, 1), amelia, 120, 41) };
    const auto result = ShareLedger::prepareReversal(existing, day(5, 3), u"Keyed twice"_s,
                                                     positionsWith(existing), {}, Mutual());
    QVERIFY(result.isOk());
    QCOMPARE(result->size(), 1);
    const ShareEntry& entry = result->first();
    QCOMPARE(entry.kind, ShareEntryKind::Reversal);
    QCOMPARE(entry.memberId, qint64 { amelia });
    QCOMPARE(entry.date, day(5, 3));
    // +120 shares, +£120.00 undone: -120, -12000 pence
    QCOMPARE(entry.shares, -120);
    QCOMPARE(entry.amount, -12000);
    QCOMPARE(entry.reversesId, 41);
    QCOMPARE(entry.reference, u"Keyed twice"_s);
    QCOMPARE(entry.id, 0);
    // Holding after the reversal: 120 - 120 = 0
    QList<ShareEntry> all = existing + *result;
    QCOMPARE(ShareLedger::holdingAsOf(amelia, all, day(5, 3)).shares, 0);
}

void TestShareLedger::transferReversalLines()
{
    ShareEntry out = line(ShareEntryKind::Transfer, day(6, 1), amelia, -20, 2);
    out.counterpartyId = investor;
    ShareEntry in = line(ShareEntryKind::Transfer, day(6, 1), investor, 20, 3);
    in.counterpartyId = amelia;
    const QList<ShareEntry> existing { bought(day(5, 1), amelia, 120, 1), bought(day(5, 1), investor, 100, 4),
                                       out, in };
    const auto result = ShareLedger::prepareReversal({ out, in }, day(6, 2), u"Wrong member"_s,
                                                     positionsWith(existing), {}, Mutual());
    QVERIFY2(result.isOk(), qPrintable(result.isOk() ? QString() : result.error().message));
    QCOMPARE(result->size(), 2);
    QCOMPARE(result->at(0).memberId, qint64 { amelia });
    QCOMPARE(result->at(0).shares, 20);
    QCOMPARE(result->at(0).amount, 2000);
    QCOMPARE(result->at(0).counterpartyId, qint64 { investor });
    QCOMPARE(result->at(0).reversesId, 2);
    QCOMPARE(result->at(1).memberId, qint64 { investor });
    QCOMPARE(result->at(1).shares, -20);
    QCOMPARE(result->at(1).counterpartyId, qint64 { amelia });
    QCOMPARE(result->at(1).reversesId, 3);
}

void TestShareLedger::memberChange_data()
{
    QTest::addColumn<Member>("changed");
    QTest::addColumn<qint64>("classOf"); // the member whose class the changed member takes
    QTest::addColumn<QList<ShareEntry>>("history");
    QTest::addColumn<QString>("rule");
    // Whether the class changes is told apart from the member itself: moved when the class differs
    // from Amelia's own (Community).

    // Amelia (Community, minimum 1) bought 120 on 1 May 2023 and withdrew 20 on 1 June: 100 held.
    const QList<ShareEntry> ameliaHistory { bought(day(5, 1), amelia, 120, 1),
                                            withdrawn(day(6, 1), amelia, 20, 2) };
    Member member = memberFor(amelia);
    member.name = u"Amelia Jones"_s;
    QTest::newRow("a new name") << member << qint64 { amelia } << ameliaHistory << QString();
    member = memberFor(amelia);
    member.admittedOn = day(5, 2);
    QTest::newRow("admitted after the first purchase")
        << member << qint64 { amelia } << ameliaHistory << u"before-admission"_s;
    member.admittedOn = day(5, 1);
    QTest::newRow("admitted on the day of the first purchase")
        << member << qint64 { amelia } << ameliaHistory << QString();
    // Investor: at most 1,000 shares. 120 is within it, 100 held at the end is at the minimum of 100.
    QTest::newRow("into Investor") << memberFor(amelia) << qint64 { investor } << ameliaHistory << QString();
    // 1,200 held on 1 May would be over Investor's 1,000 even though 1,000 is held now.
    const QList<ShareEntry> bigHistory { bought(day(5, 1), amelia, 1'200, 1),
                                         withdrawn(day(6, 1), amelia, 200, 2) };
    QTest::newRow("into Investor over its maximum on a past day")
        << memberFor(amelia) << qint64 { investor } << bigHistory << u"above-class-maximum"_s;
    // 120 - 70 = 50 held now, under Investor's minimum of 100.
    const QList<ShareEntry> smallHistory { bought(day(5, 1), amelia, 120, 1),
                                           withdrawn(day(6, 1), amelia, 70, 2) };
    QTest::newRow("into Investor under its minimum")
        << memberFor(amelia) << qint64 { investor } << smallHistory << u"below-class-minimum"_s;
    // The council holds 150,000 shares (£150,000.00): as an individual it would be over the cap.
    member = memberFor(council);
    member.kind = MemberKind::Individual;
    QTest::newRow("organisation to individual over the cap")
        << member << qint64 { council } << QList<ShareEntry> { bought(day(5, 1), council, 150'000, 1) }
        << u"individual-cap"_s;
    // Ceased on 1 June with 120 bought on 1 May and received by transfer on 1 July.
    member = memberFor(amelia);
    member.status = MemberStatus::Ceased;
    member.ceasedOn = day(6, 1);
    ShareEntry received = line(ShareEntryKind::Transfer, day(7, 1), amelia, 10, 2);
    received.counterpartyId = council;
    QTest::newRow("ceased before shares received")
        << member << qint64 { amelia } << QList<ShareEntry> { bought(day(5, 1), amelia, 120, 1), received }
        << u"after-cessation"_s;
    // Ceased on 1 June, then withdrew everything on 1 July: repaying a former member is allowed.
    QTest::newRow("ceased then repaid")
        << member << qint64 { amelia }
        << QList<ShareEntry> { bought(day(5, 1), amelia, 120, 1), withdrawn(day(7, 1), amelia, 120, 2) }
        << QString();
    QTest::newRow("no history") << member << qint64 { amelia } << QList<ShareEntry> {} << QString();
    // Amelia bought 10 and the purchase was reversed: 0 held, under Community's minimum of 1. Fixing her
    // e-mail or ceasing her is still allowed; the minimum binds only a change of class.
    ShareEntry undone = line(ShareEntryKind::Reversal, day(5, 2), amelia, -10, 2);
    undone.reversesId = 1;
    const QList<ShareEntry> reversedHistory { bought(day(5, 1), amelia, 10, 1), undone };
    member = memberFor(amelia);
    member.email = u"amelia@example.org"_s;
    QTest::newRow("new e-mail after a reversal left nothing")
        << member << qint64 { amelia } << reversedHistory << QString();
    member.status = MemberStatus::Ceased;
    member.ceasedOn = day(6, 1);
    QTest::newRow("ceased after a reversal left nothing")
        << member << qint64 { amelia } << reversedHistory << QString();
    // The investor holds 50 after a reversal, under Investor's 100: it may cease, and then be repaid.
    const QList<ShareEntry> investorHistory { bought(day(5, 1), investor, 100, 1),
                                              bought(day(5, 2), investor, 50, 2), [] {
                                                  ShareEntry reversal = line(ShareEntryKind::Reversal,
                                                                             day(5, 3), investor, -100, 3);
                                                  reversal.reversesId = 1;
                                                  return reversal;
                                              }() };
    member = memberFor(investor);
    member.status = MemberStatus::Ceased;
    member.ceasedOn = day(6, 1);
    QTest::newRow("investor ceased holding under the minimum")
        << member << qint64 { investor } << investorHistory << QString();
}

void TestShareLedger::memberChange()
{
    QFETCH(Member, changed);
    QFETCH(qint64, classOf);
    QFETCH(QList<ShareEntry>, history);
    QFETCH(QString, rule);
    const MemberPosition position { changed, classFor(classOf), history };
    const bool isClassChanged = classFor(classOf).id != classFor(changed.id).id;
    const Outcome outcome = ShareLedger::checkMemberChange(position, Mutual(), isClassChanged);
    if (rule.isEmpty()) {
        QVERIFY2(outcome.isOk(), qPrintable(outcome.isOk() ? QString() : outcome.error().message));
        return;
    }
    QVERIFY(!outcome.isOk());
    QCOMPARE(outcome.error().rule, rule);
}

void TestShareLedger::holdingAsOf()
{
    const QList<ShareEntry> entries { bought(day(5, 1), amelia, 120), withdrawn(day(6, 1), amelia, 30),
                                      bought(day(5, 1), investor, 500), bought(day(7, 1), amelia, 10) };
    QCOMPARE(ShareLedger::holdingAsOf(amelia, entries, day(4, 30)), (Holding { amelia, 0, 0 }));
    QCOMPARE(ShareLedger::holdingAsOf(amelia, entries, day(5, 1)), (Holding { amelia, 120, 12000 }));
    // 120 - 30 = 90 shares, £90.00 at the end of 1 June
    QCOMPARE(ShareLedger::holdingAsOf(amelia, entries, day(6, 1)), (Holding { amelia, 90, 9000 }));
    // 90 + 10 = 100 on 1 July
    QCOMPARE(ShareLedger::holdingAsOf(amelia, entries, day(7, 1)), (Holding { amelia, 100, 10000 }));
    QCOMPARE(ShareLedger::holdingAsOf(investor, entries, day(7, 1)), (Holding { investor, 500, 50000 }));
    QCOMPARE(ShareLedger::holdingAsOf(council, entries, day(7, 1)), (Holding { council, 0, 0 }));
}

void TestShareLedger::holdingsAsOf()
{
    const QList<ShareEntry> entries { bought(day(5, 1), investor, 500), bought(day(5, 1), amelia, 120),
                                      withdrawn(day(6, 1), amelia, 120), bought(day(8, 1), council, 10'000),
                                      bought(day(5, 2), leaver, 7) };
    // End of 1 June: investor 500, amelia 120 - 120 = 0 (still listed: it has entries), leaver 7;
    // the council's first entry is later.
    const QList<Holding> expected { { amelia, 0, 0 }, { investor, 500, 50000 }, { leaver, 7, 700 } };
    QCOMPARE(ShareLedger::holdingsAsOf(entries, day(6, 1)), expected);
    QCOMPARE(ShareLedger::holdingsAsOf(entries, day(4, 1)), QList<Holding> {});
    QCOMPARE(ShareLedger::holdingsAsOf({}, day(4, 1)), QList<Holding> {});
    QCOMPARE(ShareLedger::holdingsAsOf(entries, day(8, 1)).size(), 4);
    QCOMPARE(ShareLedger::holdingsAsOf(entries, day(8, 1)).first().memberId, qint64 { amelia });
    QCOMPARE(ShareLedger::holdingsAsOf(entries, day(8, 1)).last(), (Holding { leaver, 7, 700 }));
}

void TestShareLedger::longHistory()
{
    // 1 share a day for 1,000 days then a withdrawal of 999 leaves exactly 1 (the minimum); 1,000 would
    // leave 0 and break it. Storage passes whole histories this long.
    QList<ShareEntry> history;
    for (int i = 0; i < 1000; ++i)
        history << bought(admitted.addDays(i), amelia, 1);
    const auto positions = positionsWith(history);
    const QDate after = admitted.addDays(1000);
    QVERIFY(ShareLedger::prepare(withdraw(after, amelia, 999), positions, Mutual()).isOk());
    QCOMPARE(ShareLedger::prepare(withdraw(after, amelia, 1000), positions, Mutual()).error().rule,
             u"below-class-minimum"_s);
    // Backdated into the middle: on day 500 Amelia holds 501; withdrawing 501 there leaves 0.
    QCOMPARE(
        ShareLedger::prepare(withdraw(admitted.addDays(500), amelia, 501), positions, Mutual()).error().rule,
        u"below-class-minimum"_s);
    QVERIFY(ShareLedger::prepare(withdraw(admitted.addDays(500), amelia, 500), positions, Mutual()).isOk());
}

namespace {

// A mutual whose shares are worth a penny each, so that shares and minor units are the same figures.
Mutual pennyShares()
{
    Mutual mutual;
    mutual.nominalShareValue = 1;
    return mutual;
}

ShareEntry boughtAtAPenny(const QDate& date, qint64 memberId, qint64 shares)
{
    ShareEntry entry = bought(date, memberId, 0);
    entry.shares = shares;
    entry.amount = shares;
    return entry;
}

} // namespace

void TestShareLedger::holdingAtMost_data()
{
    QTest::addColumn<qint64>("held");
    QTest::addColumn<qint64>("more");
    QTest::addColumn<QString>("rule");
    // maximumTotal is 999,999,999,999,999 shares and minor units
    QTest::newRow("999,999,000,000,000 + 999,999,999 = 999,999,999,999,999")
        << qint64 { 999'999'000'000'000 } << qint64 { 999'999'999 } << QString();
    QTest::newRow("999,999,000,000,000 + 1,000,000,000 = 1,000,000,000,000,000")
        << qint64 { 999'999'000'000'000 } << qint64 { 1'000'000'000 } << u"total-too-large"_s;
    // an older file's holding 9,223,372,036,854,775,000 + 808 = 9,223,372,036,854,775,808 = INT64 max + 1
    QTest::newRow("9,223,372,036,854,775,000 + 808 overflows")
        << qint64 { 9'223'372'036'854'775'000 } << qint64 { 808 } << u"total-too-large"_s;
}

void TestShareLedger::holdingAtMost()
{
    QFETCH(qint64, held);
    QFETCH(qint64, more);
    QFETCH(QString, rule);
    const auto positions = positionsWith({ boughtAtAPenny(day(5, 1), council, held) });
    const auto result = ShareLedger::prepare(subscribe(day(6, 1), council, more), positions, pennyShares());
    QCOMPARE(result.isOk() ? QString() : result.error().rule, rule);
    // the same subscription backdated before the holding is checked on every later day
    const auto backdated
        = ShareLedger::prepare(subscribe(day(4, 2), council, more), positions, pennyShares());
    QCOMPARE(backdated.isOk() ? QString() : backdated.error().rule, rule);
}

void TestShareLedger::groupTotalAtMost_data()
{
    QTest::addColumn<bool>("isClass");
    QTest::addColumn<qint64>("held");
    QTest::addColumn<ShareMovement>("request");
    QTest::addColumn<QString>("rule");
    constexpr qint64 nearlyFull = maximumTotal - 10'000; // 999,999,999,989,999
    for (const bool isClass : { true, false }) {
        const char* group = isClass ? "class" : "mutual";
        // 999,999,999,989,999 + 10,000 = 999,999,999,999,999: the most, allowed
        QTest::addRow("%s: up to the most", group)
            << isClass << nearlyFull << subscribe(day(6, 1), council, 10'000) << QString();
        // 999,999,999,989,999 + 10,001 = 1,000,000,000,000,000
        QTest::addRow("%s: one share over", group)
            << isClass << nearlyFull << subscribe(day(6, 1), council, 10'001) << u"total-too-large"_s;
        // 9,223,372,036,854,775,000 + 10,000 does not fit in 64 bits
        QTest::addRow("%s: overflows", group)
            << isClass << qint64 { 9'223'372'036'854'775'000 } << subscribe(day(6, 1), council, 10'000)
            << u"total-too-large"_s;
        // a withdrawal lowers every total: never refused for one
        QTest::addRow("%s: a withdrawal from a full total", group)
            << isClass << maximumTotal << withdraw(day(6, 1), amelia, 20) << QString();
    }
    // a transfer between two members of the Community class changes neither its total nor the mutual's
    QTest::newRow("class: a transfer within the class")
        << true << maximumTotal << transfer(day(6, 1), amelia, closing, 20) << QString();
    QTest::newRow("mutual: a transfer between classes")
        << false << maximumTotal << transfer(day(6, 1), amelia, council, 20) << QString();
}

void TestShareLedger::groupTotalAtMost()
{
    QFETCH(bool, isClass);
    QFETCH(qint64, held);
    QFETCH(ShareMovement, request);
    QFETCH(QString, rule);
    // Amelia (Community, class 3) holds 120 and the council (Founding council, class 1) 10,000 of their
    // own; the totals storage reports stand for the other members of the group.
    const auto positions = positionsWith(
        { boughtAtAPenny(day(5, 1), amelia, 120), boughtAtAPenny(day(5, 1), council, 10'000) });
    const qint64 classId = classFor(request.toMemberId.value_or(request.memberId)).id;
    LedgerTotals totals;
    const QList<DayChange> changes { { day(5, 1), held, held } };
    if (isClass)
        totals.byClass.insert(classId, changes);
    else
        totals.mutual = changes;
    const auto result = ShareLedger::prepare(request, positions, pennyShares(), totals);
    QCOMPARE(result.isOk() ? QString() : result.error().rule, rule);
}

void TestShareLedger::totalOnAnEarlierDay()
{
    // The mutual held 999,999,999,994,999 from 1 May until 999,999,999,994,999 were withdrawn on 1 July:
    // nothing is held at the end of the ledger, but on 1 June 10,000 more would make
    // 1,000,000,000,004,999 that day.
    constexpr qint64 held = maximumTotal - 5'000;
    LedgerTotals totals;
    totals.mutual = { { day(7, 1), -held, -held }, { day(5, 1), held, held } };
    const auto positions = positionsWith({});
    const auto backdated
        = ShareLedger::prepare(subscribe(day(6, 1), council, 10'000), positions, pennyShares(), totals);
    QVERIFY(!backdated.isOk());
    QCOMPARE(backdated.error().rule, u"total-too-large"_s);
    QVERIFY2(backdated.error().message.contains(QLocale().toString(day(6, 1), QLocale::ShortFormat)),
             qPrintable(backdated.error().message));
    QVERIFY(
        ShareLedger::prepare(subscribe(day(7, 1), council, 10'000), positions, pennyShares(), totals).isOk());
}

void TestShareLedger::impossibleTotalCanBePutRight()
{
    // An older program let an organisation subscribe 92,233,720,368,547,758 shares (£922,337,203,685,477.58
    // at a penny), beyond the most a total may reach; reversing it must still be possible.
    ShareEntry huge = boughtAtAPenny(day(5, 1), council, 92'233'720'368'547'758);
    huge.id = 1;
    LedgerTotals totals;
    totals.mutual = { { day(5, 1), huge.shares, huge.amount } };
    totals.byClass.insert(classFor(council).id, totals.mutual);
    const auto positions = positionsWith({ huge });
    const auto reversal = ShareLedger::prepareReversal({ huge }, day(6, 1), u"Typed in error"_s, positions,
                                                       {}, pennyShares(), totals);
    QVERIFY2(reversal.isOk(), qPrintable(reversal.isOk() ? QString() : reversal.error().message));
    QCOMPARE(reversal->first().shares, -92'233'720'368'547'758);
    // but nothing more may be added to it
    QCOMPARE(
        ShareLedger::prepare(subscribe(day(6, 1), amelia, 1), positions, pennyShares(), totals).error().rule,
        u"total-too-large"_s);
}

void TestShareLedger::totalsMessageNamesTheTotalAndTheMaximum()
{
    QLocale::setDefault(QLocale(u"en_GB"_s));
    const auto positions = positionsWith({});
    LedgerTotals byClass;
    byClass.byClass.insert(classFor(council).id, QList<DayChange> { { day(5, 1), maximumTotal, 0 } });
    const auto classError
        = ShareLedger::prepare(subscribe(day(6, 1), council, 10'000), positions, Mutual(), byClass);
    LedgerTotals mutualAmount;
    mutualAmount.mutual = { { day(5, 1), 0, maximumTotal } };
    const auto mutualError
        = ShareLedger::prepare(subscribe(day(6, 1), council, 10'000), positions, Mutual(), mutualAmount);
    const auto holdingError = ShareLedger::prepare(
        subscribe(day(6, 1), council, 1), positionsWith({ boughtAtAPenny(day(5, 1), council, maximumTotal) }),
        pennyShares());
    QLocale::setDefault(QLocale::c());

    QVERIFY(!classError.isOk());
    QCOMPARE(classError.error().rule, u"total-too-large"_s);
    QCOMPARE(classError.error().field, u"shares"_s);
    QVERIFY2(classError.error().message.contains(u"\"Founding council\""_s),
             qPrintable(classError.error().message));
    QVERIFY2(classError.error().message.contains(u"999,999,999,999,999 shares"_s),
             qPrintable(classError.error().message));
    QVERIFY(!mutualError.isOk());
    QCOMPARE(mutualError.error().field, u"amount"_s);
    QVERIFY2(mutualError.error().message.contains(u"share capital"_s),
             qPrintable(mutualError.error().message));
    // 999,999,999,999,999 pence
    QVERIFY2(mutualError.error().message.contains(u"£9,999,999,999,999.99"_s),
             qPrintable(mutualError.error().message));
    QVERIFY(!holdingError.isOk());
    QVERIFY2(holdingError.error().message.contains(u"member 1002"_s),
             qPrintable(holdingError.error().message));
    QVERIFY2(holdingError.error().message.contains(u"999,999,999,999,999"_s),
             qPrintable(holdingError.error().message));
}

void TestShareLedger::entryMessagesNameTheMaximum()
{
    QLocale::setDefault(QLocale(u"en_GB"_s));
    const auto tooMany = ShareLedger::prepare(subscribe(day(5, 1), council, 92'233'720'368'547'758),
                                              positionsWith({}), Mutual());
    Mutual hundredPounds;
    hundredPounds.nominalShareValue = 100'00;
    // 100,000,000 shares x £100.00 = £10,000,000,000.00, the most; 100,000,001 is £100.00 more
    const auto atTheMost
        = ShareLedger::prepare(subscribe(day(5, 1), council, 100'000'000), positionsWith({}), hundredPounds);
    const auto tooMuch
        = ShareLedger::prepare(subscribe(day(5, 1), council, 100'000'001), positionsWith({}), hundredPounds);
    QLocale::setDefault(QLocale::c());

    QVERIFY(!tooMany.isOk());
    QCOMPARE(tooMany.error().rule, u"entry-too-large"_s);
    QCOMPARE(tooMany.error().field, u"shares"_s);
    QVERIFY2(tooMany.error().message.contains(u"1,000,000,000 shares"_s),
             qPrintable(tooMany.error().message));
    QVERIFY2(tooMany.error().message.contains(u"92,233,720,368,547,758"_s),
             qPrintable(tooMany.error().message));
    QVERIFY2(atTheMost.isOk(), qPrintable(atTheMost.isOk() ? QString() : atTheMost.error().message));
    QVERIFY(!tooMuch.isOk());
    QCOMPARE(tooMuch.error().rule, u"entry-too-large"_s);
    QCOMPARE(tooMuch.error().field, u"amount"_s);
    QVERIFY2(tooMuch.error().message.contains(u"£10,000,000,000.00"_s), qPrintable(tooMuch.error().message));
}

void TestShareLedger::reversalReferenceIsPlainText()
{
    const ShareEntry entry = bought(day(5, 1), amelia, 10, 1);
    const auto result = ShareLedger::prepareReversal({ entry }, day(5, 2), u"wrong\x1b]0;owned\x07"_s,
                                                     positionsWith({ entry }), {}, Mutual());
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().rule, u"control-character"_s);
    QCOMPARE(result.error().field, u"reference"_s);
}

void TestShareLedger::olderFileMemberCanStillBeEdited()
{
    // An older program let the council take up 92,233,720,368,547,758 shares, more than a holding may now
    // reach; a new address must not be refused for it.
    MemberPosition position { memberFor(council),
                              classFor(council),
                              { boughtAtAPenny(day(5, 1), council, 92'233'720'368'547'758) } };
    position.member.address = u"1 New Street"_s;
    const Outcome changed = ShareLedger::checkMemberChange(position, pennyShares(), false);
    QVERIFY2(changed.isOk(), qPrintable(changed.isOk() ? QString() : changed.error().message));
}

QTEST_GUILESS_MAIN(TestShareLedger)
#include "TestShareLedger.moc"
