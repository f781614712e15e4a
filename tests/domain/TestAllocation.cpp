#include "domain/Allocation.h"

#include <QJsonDocument>
#include <QLocale>
#include <QTest>

using namespace mutualise::domain;
using namespace Qt::StringLiterals;

namespace {

Mutual mutual()
{
    Mutual mutual;
    mutual.name = u"Test Mutual"_s;
    mutual.nominalShareValue = 100; // £1.00 a share
    mutual.financialYearStartMonth = 4;
    mutual.financialYearStartDay = 1;
    return mutual;
}

// Financial year Y with a 1 April start.
Period yearOf(int year)
{
    return mutual().financialYearContaining(QDate(year, 4, 1));
}

AllocationMember member(qint64 id, const QString& number, QList<DayChange> lines, qint64 charges = 0)
{
    AllocationMember member;
    member.memberId = id;
    member.number = number;
    member.lines = std::move(lines);
    member.charges = charges;
    member.admittedOn = QDate(2020, 1, 1);
    member.status = MemberStatus::Active;
    member.memberClass = MemberClass { 1, u"Founding council"_s, 0, std::nullopt, 0 };
    return member;
}

DayChange line(int year, int month, int day, qint64 shares)
{
    return DayChange { QDate(year, month, day), shares, shares * 100 };
}

AllocationPlan plan(int year, qint64 surplus)
{
    AllocationPlan plan;
    plan.year = year;
    plan.surplus = surplus;
    return plan;
}

DistributionShare basis(qint64 id, const QString& number, qint64 basis)
{
    return DistributionShare { id, number, basis, 0 };
}

qint64 amountOf(const Distribution& distribution, const QString& number)
{
    for (const DistributionShare& share : distribution.shares) {
        if (share.number == number)
            return share.amount;
    }
    return -1;
}

const InterestPart* interestOf(const SurplusAllocation& allocation, const QString& number)
{
    for (const InterestPart& part : allocation.interest) {
        if (part.number == number)
            return &part;
    }
    return nullptr;
}

// The message of a refusal, for a failing check; empty for a success.
template<typename T>
QString why(const Result<T>& result)
{
    return result ? QString() : result.error().message;
}

} // namespace

class TestAllocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shareDaysAcrossALeapYear();
    void interestAcrossALeapYear();
    void remainderTiesGoToTheSmallerNumberAsText();
    void remainderTiesGoToTheLargerBasisFirst();
    void rebatesByCharges();
    void rebatesWithoutChargesRefused();
    void planOffByOnePennyRefused();
    void fundLeftOutIsWhatRemains();
    void interestCap();
    void cicOnePennyOverTheCap();
    void capitalisationWithPenniesLeftOver();
    void parsePlan();
    void parseRefusals_data();
    void parseRefusals();
};

void TestAllocation::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestAllocation::shareDaysAcrossALeapYear()
{
    // Financial year 2023 runs from 2023-04-01 to 2024-03-31 and holds 29 February 2024: N = 366.
    const Period year = yearOf(2023);
    QCOMPARE(year.first, QDate(2023, 4, 1));
    QCOMPARE(year.last, QDate(2024, 3, 31));
    QCOMPARE(year.first.daysTo(year.last) + 1, 366);

    // Held since before the year: 100 shares x 366 days = 36,600.
    QCOMPARE(shareDays({ line(2022, 6, 1, 100) }, year), WideInteger(36'600));
    // First day 10 x 366 = 3,660; last day 5 x 1 = 5; after the year nothing: 3,665.
    QCOMPARE(shareDays({ line(2024, 3, 31, 5), line(2023, 4, 1, 10), line(2024, 4, 1, 1000) }, year),
             WideInteger(3'665));
    // A transfer of 40 out on 2023-10-01 leaves 183 days in the year (Oct 31 + Nov 30 + Dec 31 + Jan 31 +
    // Feb 29 + Mar 31): 36,600 - 40 x 183 = 36,600 - 7,320 = 29,280; the receiver has 40 x 183 = 7,320.
    QCOMPARE(shareDays({ line(2022, 6, 1, 100), line(2023, 10, 1, -40) }, year), WideInteger(29'280));
    QCOMPARE(shareDays({ line(2023, 10, 1, 40) }, year), WideInteger(7'320));
    // Bought and sold within the year: 10 from 2023-05-01 (336 days) less 10 from 2023-06-01 (305 days):
    // 3,360 - 3,050 = 310 = 10 x 31 days of May.
    QCOMPARE(shareDays({ line(2023, 5, 1, 10), line(2023, 6, 1, -10) }, year), WideInteger(310));
}

void TestAllocation::interestAcrossALeapYear()
{
    // At 500 bp and £1.00 nominal: exact = share_days x 100 x 500 / (10000 x 366) = share_days x 5 / 366.
    const QList<AllocationMember> members {
        // A: 29,280 share-days (the transfer above): 146,400 / 366 = 400 exactly.
        member(1, u"A"_s, { line(2022, 6, 1, 100), line(2023, 10, 1, -40) }),
        // B: 3,665 share-days: 18,325 / 366 = 50 remainder 25, so 50 and 25/366.
        member(2, u"B"_s, { line(2023, 4, 1, 10), line(2024, 3, 31, 5) }),
        // C: 7,320 share-days: 36,600 / 366 = 100 exactly.
        member(3, u"C"_s, { line(2023, 10, 1, 40) }),
        // D: nothing held in the year: left out.
        member(4, u"D"_s, { line(2024, 5, 1, 10) }),
    };
    AllocationPlan thePlan = plan(2023, 100'000);
    thePlan.interestRateBp = 500;
    const auto allocation = allocateSurplus(thePlan, mutual(), yearOf(2023), members, QDate(2024, 6, 1));
    QVERIFY2(allocation, qPrintable(why(allocation)));
    QCOMPARE(allocation->days, 366);
    // floor(400 + 50 25/366 + 100) = 550; the floors add up to 550, so no penny is left over.
    QCOMPARE(allocation->interestTotal, 550);
    QCOMPARE(allocation->interest.size(), 3);
    QCOMPARE(interestOf(*allocation, u"A"_s)->shareDays, 29'280);
    QCOMPARE(interestOf(*allocation, u"A"_s)->amount, 400);
    QCOMPARE(interestOf(*allocation, u"B"_s)->amount, 50);
    QCOMPARE(interestOf(*allocation, u"C"_s)->amount, 100);
    QVERIFY(!interestOf(*allocation, u"D"_s));
    // The fund is what is left: 100,000 - 550 = 99,450.
    QCOMPARE(allocation->fund, 99'450);
}

void TestAllocation::remainderTiesGoToTheSmallerNumberAsText()
{
    // 100 pennies among three equal bases: 33 1/3 each; total floor(100) = 100, floors 99, one penny over.
    // The remainders tie, so do the bases; "10" < "100" < "9" as text, so "10" gets the penny.
    const auto distribution = distributeByLargestRemainder(
        { basis(1, u"9"_s, 1), basis(2, u"100"_s, 1), basis(3, u"10"_s, 1) }, 100, 3);
    QVERIFY(distribution);
    QCOMPARE(distribution->total, 100);
    QCOMPARE(amountOf(*distribution, u"10"_s), 34);
    QCOMPARE(amountOf(*distribution, u"100"_s), 33);
    QCOMPARE(amountOf(*distribution, u"9"_s), 33);
}

void TestAllocation::remainderTiesGoToTheLargerBasisFirst()
{
    // exact = basis / 3: A 1/3 (0 r 1), B 4/3 (1 r 1), C 1/3 (0 r 1). Total floor(6/3) = 2, floors 1, one
    // penny over. The remainders tie; B has the largest basis and takes it before A, the smaller number.
    const auto distribution = distributeByLargestRemainder(
        { basis(1, u"A"_s, 1), basis(2, u"B"_s, 4), basis(3, u"C"_s, 1) }, 1, 3);
    QVERIFY(distribution);
    QCOMPARE(distribution->total, 2);
    QCOMPARE(amountOf(*distribution, u"A"_s), 0);
    QCOMPARE(amountOf(*distribution, u"B"_s), 2);
    QCOMPARE(amountOf(*distribution, u"C"_s), 0);

    // The largest remainder comes before any tie-break: 7 among bases 1 and 2 over 3: 7/3 = 2 r 1 and
    // 14/3 = 4 r 2; total 7, floors 6; the remainder 2 wins.
    const auto byRemainder = distributeByLargestRemainder({ basis(1, u"A"_s, 1), basis(2, u"B"_s, 2) }, 7, 3);
    QCOMPARE(amountOf(*byRemainder, u"A"_s), 2);
    QCOMPARE(amountOf(*byRemainder, u"B"_s), 5);
}

void TestAllocation::rebatesByCharges()
{
    // R = £1.00 among charges of £50, £50 and £50 (and a member whose reversals took its charges below
    // nothing, who gets no rebate): 100 x 5,000 / 15,000 = 33 1/3 each; one penny over, charges tie, and
    // "C10" < "C2" < "C3" as text.
    const QList<AllocationMember> members { member(1, u"C2"_s, { line(2020, 1, 1, 1) }, 5'000),
                                            member(2, u"C3"_s, { line(2020, 1, 1, 1) }, 5'000),
                                            member(3, u"C10"_s, { line(2020, 1, 1, 1) }, 5'000),
                                            member(4, u"C4"_s, { line(2020, 1, 1, 1) }, -200) };
    AllocationPlan thePlan = plan(2024, 1'000);
    thePlan.rebates = 100;
    thePlan.reserves = 900;
    thePlan.fund = 0;
    const auto allocation = allocateSurplus(thePlan, mutual(), yearOf(2024), members, QDate(2025, 6, 1));
    QVERIFY2(allocation, qPrintable(why(allocation)));
    QCOMPARE(allocation->rebatesTotal, 100);
    QCOMPARE(allocation->rebates.size(), 3);
    QHash<QString, qint64> amounts;
    for (const RebatePart& part : allocation->rebates)
        amounts.insert(part.number, part.amount);
    QCOMPARE(amounts.value(u"C10"_s), 34);
    QCOMPARE(amounts.value(u"C2"_s), 33);
    QCOMPARE(amounts.value(u"C3"_s), 33);

    // Ties to larger charges: £10 among charges 2, 1, 1 (over 4): 5, 2.5, 2.5; one penny over goes to the
    // smaller number of the two with equal charges.
    const auto tied = distributeByLargestRemainder(
        { basis(1, u"X"_s, 2), basis(2, u"Z"_s, 1), basis(3, u"Y"_s, 1) }, 10, 4);
    QCOMPARE(amountOf(*tied, u"X"_s), 5);
    QCOMPARE(amountOf(*tied, u"Y"_s), 3);
    QCOMPARE(amountOf(*tied, u"Z"_s), 2);
}

void TestAllocation::rebatesWithoutChargesRefused()
{
    AllocationPlan thePlan = plan(2024, 1'000);
    thePlan.rebates = 1;
    const auto allocation = allocateSurplus(
        thePlan, mutual(), yearOf(2024), { member(1, u"A"_s, { line(2020, 1, 1, 1) }) }, QDate(2025, 6, 1));
    QVERIFY(!allocation);
    QCOMPARE(allocation.error().rule, u"no-charges"_s);
}

void TestAllocation::planOffByOnePennyRefused()
{
    // 100 shares all year at 500 bp: 100 x 365 x 100 x 500 / (10000 x 365) = 500 pence of interest.
    const QList<AllocationMember> members { member(1, u"A"_s, { line(2020, 1, 1, 100) }) };
    AllocationPlan thePlan = plan(2024, 100'000);
    thePlan.interestRateBp = 500;
    thePlan.reserves = 50'000;
    // 50,000 + 500 + 0 + 49,501 = 100,001: a penny more than the surplus.
    thePlan.fund = 49'501;
    auto refused = allocateSurplus(thePlan, mutual(), yearOf(2024), members, QDate(2025, 6, 1));
    QVERIFY(!refused);
    QCOMPARE(refused.error().rule, u"plan-does-not-add-up"_s);
    QVERIFY2(refused.error().message.contains(u"£0.01 more than the surplus"_s),
             qPrintable(refused.error().message));
    // 49,499: a penny less.
    thePlan.fund = 49'499;
    refused = allocateSurplus(thePlan, mutual(), yearOf(2024), members, QDate(2025, 6, 1));
    QVERIFY(!refused);
    QCOMPARE(refused.error().rule, u"plan-does-not-add-up"_s);
    QVERIFY2(refused.error().message.contains(u"£0.01 less than the surplus"_s),
             qPrintable(refused.error().message));
    // 49,500: exactly right.
    thePlan.fund = 49'500;
    const auto accepted = allocateSurplus(thePlan, mutual(), yearOf(2024), members, QDate(2025, 6, 1));
    QVERIFY2(accepted, qPrintable(why(accepted)));
    QCOMPARE(accepted->interestTotal, 500);
    QCOMPARE(accepted->fund, 49'500);
}

void TestAllocation::fundLeftOutIsWhatRemains()
{
    const QList<AllocationMember> members { member(1, u"A"_s, { line(2020, 1, 1, 100) }) };
    AllocationPlan thePlan = plan(2024, 100'000);
    thePlan.interestRateBp = 500; // 500 pence, as above
    thePlan.reserves = 99'501; // 99,501 + 500 = 100,001: nothing is left, a penny is missing
    auto refused = allocateSurplus(thePlan, mutual(), yearOf(2024), members, QDate(2025, 6, 1));
    QVERIFY(!refused);
    QCOMPARE(refused.error().rule, u"plan-does-not-add-up"_s);
    QVERIFY2(refused.error().message.contains(u"£0.01 more"_s), qPrintable(refused.error().message));
    thePlan.reserves = 99'000; // 100,000 - 99,000 - 500 = 500 for the fund
    const auto accepted = allocateSurplus(thePlan, mutual(), yearOf(2024), members, QDate(2025, 6, 1));
    QVERIFY(accepted);
    QCOMPARE(accepted->fund, 500);
}

void TestAllocation::interestCap()
{
    Mutual capped = mutual();
    capped.interestCapBp = 500;
    const QList<AllocationMember> members { member(1, u"A"_s, { line(2020, 1, 1, 100) }) };
    AllocationPlan thePlan = plan(2024, 100'000);
    thePlan.interestRateBp = 501;
    const auto refused = allocateSurplus(thePlan, capped, yearOf(2024), members, QDate(2025, 6, 1));
    QVERIFY(!refused);
    QCOMPARE(refused.error().rule, u"interest-cap"_s);
    QVERIFY(refused.error().message.contains(u"500"_s));
    QVERIFY(refused.error().message.contains(u"501"_s));
    thePlan.interestRateBp = 500;
    QVERIFY(allocateSurplus(thePlan, capped, yearOf(2024), members, QDate(2025, 6, 1)));
}

void TestAllocation::cicOnePennyOverTheCap()
{
    Mutual cic = mutual();
    cic.legalForm = LegalForm::CommunityInterestCompany;
    cic.dividendCapBp = 3500;
    const QList<AllocationMember> members { member(1, u"A"_s, { line(2020, 1, 1, 100) }, 10'000) };
    // The cap: 35% of £1,000.00 = £350.00. Rebates of 35,001 pence are a penny over.
    AllocationPlan thePlan = plan(2024, 100'000);
    thePlan.rebates = 35'001;
    const auto refused = allocateSurplus(thePlan, cic, yearOf(2024), members, QDate(2025, 6, 1));
    QVERIFY(!refused);
    QCOMPARE(refused.error().rule, u"cic-dividend-cap"_s);
    QVERIFY2(refused.error().message.contains(u"£350.00"_s), qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(u"£0.01 over"_s), qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(u"35%"_s), qPrintable(refused.error().message));
    // Interest counts too: 100 shares at 1 bp for a year = 100 x 365 x 100 x 1 / 3,650,000 = 1 penny,
    // and rebates of 35,000 bring it to 35,001.
    thePlan.rebates = 35'000;
    thePlan.interestRateBp = 1;
    const auto withInterest = allocateSurplus(thePlan, cic, yearOf(2024), members, QDate(2025, 6, 1));
    QVERIFY(!withInterest);
    QCOMPARE(withInterest.error().rule, u"cic-dividend-cap"_s);
    // At the cap exactly: accepted.
    thePlan.interestRateBp = 0;
    QVERIFY(allocateSurplus(thePlan, cic, yearOf(2024), members, QDate(2025, 6, 1)));
    // Of a distributable profit of £2,000.00 the cap is £700.00.
    thePlan.rebates = 35'001;
    thePlan.distributableProfit = 200'000;
    QVERIFY(allocateSurplus(thePlan, cic, yearOf(2024), members, QDate(2025, 6, 1)));
    // A co-operative has no such cap.
    thePlan.distributableProfit.reset();
    QVERIFY(allocateSurplus(thePlan, mutual(), yearOf(2024), members, QDate(2025, 6, 1)));
}

void TestAllocation::capitalisationWithPenniesLeftOver()
{
    // 365 shares all of 2024 (365 days) at 500 bp: 365 x 365 x 100 x 500 / (10000 x 365) = 1,825 pence,
    // £18.25: 18 whole shares at £1.00 and 25 pence paid.
    Mutual theMutual = mutual();
    AllocationMember able = member(1, u"A"_s, { line(2020, 1, 1, 365) });
    AllocationMember ceased = member(2, u"B"_s, { line(2020, 1, 1, 365) });
    ceased.status = MemberStatus::Ceased;
    ceased.ceasedOn = QDate(2025, 5, 1);
    AllocationMember full = member(3, u"C"_s, { line(2020, 1, 1, 365) });
    full.memberClass.maximumShares = 370; // 365 + 18 = 383 > 370
    AllocationMember individual = member(4, u"D"_s, { line(2020, 1, 1, 365) });
    individual.kind = MemberKind::Individual;
    theMutual.individualWithdrawableCap = 37'000; // £365.00 + £18.00 = £383.00 > £370.00
    AllocationMember laterFull = member(5, u"E"_s, { line(2020, 1, 1, 365), line(2025, 8, 1, 5) });
    laterFull.memberClass.maximumShares = 385; // 365 + 18 = 383 on the day, but 388 from 2025-08-01
    AllocationPlan thePlan = plan(2024, 1'000'000);
    thePlan.interestRateBp = 500;
    thePlan.interestMode = InterestMode::Capitalise;
    const auto allocation = allocateSurplus(thePlan, theMutual, yearOf(2024),
                                            { able, ceased, full, individual, laterFull }, QDate(2025, 6, 1));
    QVERIFY2(allocation, qPrintable(why(allocation)));
    const InterestPart* a = interestOf(*allocation, u"A"_s);
    QCOMPARE(a->amount, 1'825);
    QCOMPARE(a->capitalisedShares, 18);
    QCOMPARE(a->paid, 25);
    QVERIFY(a->paidInstead.isEmpty());
    for (const auto& [number, why] :
         { std::pair { u"B"_s, u"ceased"_s }, std::pair { u"C"_s, u"at most 370"_s },
           std::pair { u"D"_s, u"£370.00"_s }, std::pair { u"E"_s, u"388"_s } }) {
        const InterestPart* part = interestOf(*allocation, number);
        QCOMPARE(part->amount, 1'825);
        QCOMPARE(part->capitalisedShares, 0);
        QCOMPARE(part->paid, 1'825);
        QVERIFY2(part->paidInstead.contains(why), qPrintable(part->paidInstead));
    }
    QCOMPARE(allocation->capitalisedShares, 18);
    // The interest total is the same whether paid or capitalised: 5 x 1,825 = 9,125.
    QCOMPARE(allocation->interestTotal, 9'125);
}

void TestAllocation::parsePlan()
{
    const auto parsed = parseAllocationPlan(
        R"({"year": 2025, "surplus": 12000000, "reserves": 3000000, "interest_rate_bp": 250,
                                 "interest": "capitalise", "rebates": 2000000, "fund": 6000000, "resolution": 7})");
    QVERIFY2(parsed, qPrintable(why(parsed)));
    QCOMPARE(parsed->year, 2025);
    QCOMPARE(parsed->surplus, 12'000'000);
    QCOMPARE(parsed->reserves, 3'000'000);
    QCOMPARE(parsed->interestRateBp, 250);
    QCOMPARE(parsed->interestMode, InterestMode::Capitalise);
    QCOMPARE(parsed->rebates, 2'000'000);
    QCOMPARE(parsed->fund, std::optional<qint64>(6'000'000));
    QCOMPARE(parsed->resolution, std::optional<qint64>(7));
    QVERIFY(!parsed->distributableProfit);
    // Round trip.
    QCOMPARE(parseAllocationPlan(QJsonDocument(allocationPlanToJson(*parsed)).toJson()).value(), *parsed);
    // A large amount is read exactly, never through a double: 2^53 + 1.
    const auto large = parseAllocationPlan(R"({"year": 2025, "surplus": 9007199254740993, "reserves": 0,
                                              "interest_rate_bp": 0, "interest": "pay", "rebates": 0})");
    QVERIFY(!large); // above maximumTotal (999,999,999,999,999)
    QCOMPARE(large.error().rule, u"total-too-large"_s);
    const auto exact = parseAllocationPlan(R"({"year": 2025, "surplus": 999999999999999, "reserves": 0,
                                              "interest_rate_bp": 0, "interest": "pay", "rebates": 0})");
    QVERIFY(exact);
    QCOMPARE(exact->surplus, 999'999'999'999'999);
}

void TestAllocation::parseRefusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("field");
    const QByteArray tail = R"("interest_rate_bp": 0, "interest": "pay", "rebates": 0)";
    QTest::newRow("unknown key") << QByteArray(
        R"({"year": 2025, "surplus": 1, "reserves": 1, "dividend": 5, )" + tail + "}")
                                 << u"unknown-key"_s << u"dividend"_s;
    QTest::newRow("negative reserves")
        << QByteArray(R"({"year": 2025, "surplus": 1, "reserves": -1, )" + tail + "}") << u"negative-amount"_s
        << u"reserves"_s;
    QTest::newRow("negative fund") << QByteArray(R"({"year": 2025, "surplus": 1, "reserves": 1, "fund": -5, )"
                                                 + tail + "}")
                                   << u"negative-amount"_s << u"fund"_s;
    QTest::newRow("text amount") << QByteArray(R"({"year": 2025, "surplus": "12", "reserves": 1, )" + tail
                                               + "}")
                                 << u"invalid-plan"_s << u"surplus"_s;
    QTest::newRow("fraction of a penny")
        << QByteArray(R"({"year": 2025, "surplus": 12.5, "reserves": 1, )" + tail + "}") << u"invalid-plan"_s
        << u"surplus"_s;
    QTest::newRow("missing surplus") << QByteArray(R"({"year": 2025, "reserves": 1, )" + tail + "}")
                                     << u"invalid-plan"_s << u"surplus"_s;
    QTest::newRow("interest neither pay nor capitalise") << QByteArray(
        R"({"year": 2025, "surplus": 1, "reserves": 1, "interest_rate_bp": 0, "interest": "keep", )"
        R"("rebates": 0})") << u"invalid-plan"_s << u"interest"_s;
    QTest::newRow("not JSON") << QByteArray("year = 2025") << u"invalid-plan"_s << QString();
    QTest::newRow("an array") << QByteArray("[2025]") << u"invalid-plan"_s << QString();
    QTest::newRow("rate above 100%") << QByteArray(
        R"({"year": 2025, "surplus": 1, "reserves": 1, )"
        R"("interest_rate_bp": 10001, "interest": "pay", "rebates": 0})")
                                     << u"total-too-large"_s << u"interest_rate_bp"_s;
}

void TestAllocation::parseRefusals()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, rule);
    QFETCH(QString, field);
    const auto parsed = parseAllocationPlan(json);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().rule, rule);
    QCOMPARE(parsed.error().field, field);
    if (!field.isEmpty())
        QVERIFY2(parsed.error().message.contains(field), qPrintable(parsed.error().message));
}

QTEST_GUILESS_MAIN(TestAllocation)
#include "TestAllocation.moc"
