#include "Allocation.h"

#include "Text.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <limits>

namespace mutualise::domain {

namespace {

// The context of this file's texts, as translators and the running program both name it.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Allocation)
};

Error planError(const QString& message, const char* rule, const QString& field = {})
{
    return Error { message, QString::fromLatin1(rule), field };
}

QString moneyText(qint64 amount, const Mutual& mutual)
{
    return Money(amount, mutual.currency).format(QLocale());
}

// Basis points as a percentage, "35" or "12.5", in whole numbers only.
QString percentText(int basisPoints)
{
    QString text = QString::number(basisPoints / 100);
    if (const int hundredths = basisPoints % 100; hundredths != 0) {
        text += QLocale().decimalPoint() + QStringLiteral("%1").arg(hundredths, 2, 10, QLatin1Char('0'));
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
    }
    return text;
}

QString dateText(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

const QStringList planKeys { QStringLiteral("year"),
                             QStringLiteral("surplus"),
                             QStringLiteral("reserves"),
                             QStringLiteral("interest_rate_bp"),
                             QStringLiteral("interest"),
                             QStringLiteral("rebates"),
                             QStringLiteral("fund"),
                             QStringLiteral("resolution"),
                             QStringLiteral("distributable_profit") };

// A whole number exactly as written, never through a double: a value that is not a whole number a
// 64-bit integer can hold gives each default back, so two different defaults tell it apart.
std::optional<qint64> wholeNumber(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const qint64 low = value.toInteger(std::numeric_limits<qint64>::min());
    const qint64 high = value.toInteger(std::numeric_limits<qint64>::max());
    if (low != high)
        return std::nullopt;
    return low;
}

// The key's value as a whole number from `minimum` to `maximum`, or the error naming the key.
Result<qint64> numberAt(const QJsonObject& object, const QString& key, qint64 maximum)
{
    const std::optional<qint64> number = wholeNumber(object.value(key));
    if (!number)
        return planError(Texts::tr("The plan's \"%1\" must be a whole number.").arg(key), "invalid-plan",
                         key);
    if (*number < 0)
        return planError(Texts::tr("The plan's \"%1\" cannot be negative; it is %2.").arg(key).arg(*number),
                         "negative-amount", key);
    if (*number > maximum)
        return planError(
            Texts::tr("The plan's \"%1\" may be at most %2; it is %3.").arg(key).arg(maximum).arg(*number),
            "total-too-large", key);
    return *number;
}

Result<qint64> amountAt(const QJsonObject& object, const QString& key)
{
    return numberAt(object, key, maximumTotal);
}

Outcome checkKeys(const QJsonObject& object)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!planKeys.contains(it.key()))
            return planError(Texts::tr("The plan has a key \"%1\" it does not know; the keys are %2.")
                                 .arg(quotedText(it.key()), planKeys.join(QStringLiteral(", "))),
                             "unknown-key", it.key());
    }
    for (const char* key : { "year", "surplus", "reserves", "interest_rate_bp", "interest", "rebates" }) {
        if (!object.contains(QLatin1String(key)))
            return planError(Texts::tr("The plan needs \"%1\".").arg(QLatin1String(key)), "invalid-plan",
                             QString::fromLatin1(key));
    }
    return ok();
}

// The key's value when it is given, nothing when it is absent (null counts as absent).
Result<std::optional<qint64>> optionalAt(const QJsonObject& object, const QString& key, qint64 maximum)
{
    if (!object.contains(key) || object.value(key).isNull())
        return std::optional<qint64>();
    const auto number = numberAt(object, key, maximum);
    if (!number)
        return number.error();
    return std::optional<qint64>(*number);
}

Result<AllocationPlan> planFrom(const QJsonObject& object)
{
    if (const Outcome keys = checkKeys(object); !keys)
        return keys.error();
    AllocationPlan plan;
    const auto year = numberAt(object, QStringLiteral("year"), 9999);
    if (!year)
        return year.error();
    if (*year < 1900)
        return planError(
            Texts::tr("The plan's \"year\" must be a financial year such as 2025; it is %1.").arg(*year),
            "invalid-plan", QStringLiteral("year"));
    plan.year = static_cast<int>(*year);
    for (const auto& [key, target] :
         { std::pair { "surplus", &plan.surplus }, std::pair { "reserves", &plan.reserves },
           std::pair { "rebates", &plan.rebates } }) {
        const auto amount = amountAt(object, QLatin1String(key));
        if (!amount)
            return amount.error();
        *target = *amount;
    }
    const auto rate = numberAt(object, QStringLiteral("interest_rate_bp"), 10000);
    if (!rate)
        return rate.error();
    plan.interestRateBp = static_cast<int>(*rate);
    const QJsonValue mode = object.value(QStringLiteral("interest"));
    const auto interestMode = mode.isString() ? interestModeFromKey(mode.toString()) : std::nullopt;
    if (!interestMode)
        return planError(Texts::tr("The plan's \"interest\" must be \"pay\" or \"capitalise\"."),
                         "invalid-plan", QStringLiteral("interest"));
    plan.interestMode = *interestMode;
    const auto fund = optionalAt(object, QStringLiteral("fund"), maximumTotal);
    if (!fund)
        return fund.error();
    plan.fund = *fund;
    const auto resolution = optionalAt(object, QStringLiteral("resolution"), maximumTotal);
    if (!resolution)
        return resolution.error();
    if (*resolution && **resolution == 0)
        return planError(Texts::tr("The plan's \"resolution\" must be the id of a motion, 1 or more."),
                         "invalid-plan", QStringLiteral("resolution"));
    plan.resolution = *resolution;
    const auto profit = optionalAt(object, QStringLiteral("distributable_profit"), maximumTotal);
    if (!profit)
        return profit.error();
    plan.distributableProfit = *profit;
    return plan;
}

// exact(m) of a distribution: the floor and the remainder over the common divisor.
struct ExactPart
{
    int index = 0;
    WideInteger remainder = 0;
};

// The interest on each member's share-days at the plan's rate.
Result<Distribution> interestOf(const AllocationPlan& plan, const Mutual& mutual, int days,
                                const QList<AllocationMember>& members, const Period& year)
{
    QList<DistributionShare> bases;
    bases.reserve(members.size());
    for (const AllocationMember& member : members) {
        const WideInteger held = shareDays(member.lines, year);
        if (held > maximumTotal * WideInteger(366))
            return planError(
                Texts::tr("Member %1's share-days are too large to add up; the ledger holds an entry "
                          "far too large.")
                    .arg(member.number),
                "total-too-large");
        if (held <= 0)
            continue;
        bases.append({ member.memberId, member.number, static_cast<qint64>(held), 0 });
    }
    const WideInteger multiplier = WideInteger(mutual.nominalShareValue) * plan.interestRateBp;
    return distributeByLargestRemainder(bases, multiplier, WideInteger(10000) * days);
}

Result<Distribution> rebatesOf(const AllocationPlan& plan, const QList<AllocationMember>& members)
{
    QList<DistributionShare> bases;
    WideInteger total = 0;
    for (const AllocationMember& member : members) {
        // Charges net of reversals: a member whose reversals outweigh its charges in the year paid nothing.
        if (member.charges <= 0)
            continue;
        bases.append({ member.memberId, member.number, member.charges, 0 });
        total += member.charges;
    }
    if (plan.rebates == 0)
        return Distribution { 0, bases };
    if (total == 0)
        return planError(
            Texts::tr("The plan gives rebates, but no member paid service charges in %1.").arg(plan.year),
            "no-charges", QStringLiteral("rebates"));
    return distributeByLargestRemainder(bases, plan.rebates, total);
}

// reserves + interest + rebates + fund must be the surplus exactly, to the penny.
Result<qint64> fundOf(const AllocationPlan& plan, const Mutual& mutual, qint64 interestTotal)
{
    const WideInteger allocated
        = WideInteger(plan.reserves) + interestTotal + plan.rebates + plan.fund.value_or(0);
    const WideInteger difference = allocated - plan.surplus;
    if (!plan.fund) {
        if (difference > 0)
            return planError(
                Texts::tr("The plan allocates %1 more than the surplus of %2, before anything is left "
                          "for the fund.")
                    .arg(moneyText(static_cast<qint64>(difference), mutual), moneyText(plan.surplus, mutual)),
                "plan-does-not-add-up", QStringLiteral("surplus"));
        return static_cast<qint64>(-difference);
    }
    if (difference > 0)
        return planError(
            Texts::tr("The plan allocates %1 more than the surplus of %2.")
                .arg(moneyText(static_cast<qint64>(difference), mutual), moneyText(plan.surplus, mutual)),
            "plan-does-not-add-up", QStringLiteral("fund"));
    if (difference < 0)
        return planError(
            Texts::tr("The plan allocates %1 less than the surplus of %2.")
                .arg(moneyText(static_cast<qint64>(-difference), mutual), moneyText(plan.surplus, mutual)),
            "plan-does-not-add-up", QStringLiteral("fund"));
    return *plan.fund;
}

// Community interest companies: the asset lock caps what goes back to members as dividends (here interest
// and rebates together) at a share of the surplus or of the distributable profit.
Outcome checkDividendCap(const AllocationPlan& plan, const Mutual& mutual, qint64 interestTotal)
{
    if (mutual.legalForm != LegalForm::CommunityInterestCompany)
        return ok();
    const qint64 base = plan.distributableProfit.value_or(plan.surplus);
    const qint64 cap = static_cast<qint64>(WideInteger(base) * mutual.dividendCapBp / 10000);
    const qint64 distributed = interestTotal + plan.rebates;
    if (distributed <= cap)
        return ok();
    const QString of = plan.distributableProfit ? Texts::tr("the distributable profit of %1")
                                                : Texts::tr("the surplus of %1");
    return planError(
        Texts::tr("As a community interest company the mutual may give back at most %1 (%2% of %3) as "
                  "interest and rebates; the plan gives %4, which is %5 over the cap.")
            .arg(moneyText(cap, mutual), percentText(mutual.dividendCapBp), of.arg(moneyText(base, mutual)),
                 moneyText(distributed, mutual), moneyText(distributed - cap, mutual)),
        "cic-dividend-cap", QStringLiteral("interest_rate_bp"));
}

// The holding at the end of `date` and the most held on it or any later day, in shares and money.
struct HoldingFrom
{
    qint64 sharesOn = 0;
    qint64 mostShares = 0;
    qint64 mostAmount = 0;
};

HoldingFrom holdingFrom(QList<DayChange> lines, const QDate& date)
{
    std::sort(lines.begin(), lines.end(),
              [](const DayChange& left, const DayChange& right) { return left.date < right.date; });
    HoldingFrom from;
    qint64 shares = 0;
    qint64 amount = 0;
    bool isPastDate = false;
    for (const DayChange& line : lines) {
        if (line.date > date && !isPastDate) {
            isPastDate = true;
            from.sharesOn = shares;
            from.mostShares = shares;
            from.mostAmount = amount;
        }
        shares += line.shares;
        amount += line.amount;
        if (isPastDate) {
            from.mostShares = std::max(from.mostShares, shares);
            from.mostAmount = std::max(from.mostAmount, amount);
        }
    }
    if (!isPastDate)
        from = { shares, shares, amount };
    return from;
}

Error capitaliseError(const QString& message, const char* rule)
{
    return Error { message, QString::fromLatin1(rule), QStringLiteral("interest") };
}

void capitalise(InterestPart& part, const AllocationMember& member, const QDate& date, const Mutual& mutual)
{
    const qint64 shares = part.amount / mutual.nominalShareValue;
    part.paid = part.amount;
    if (shares == 0)
        return;
    const Outcome can = checkCanCapitalise(member, date, shares, shares * mutual.nominalShareValue, mutual);
    if (!can) {
        part.paidInstead = can.error().message;
        return;
    }
    part.capitalisedShares = shares;
    part.paid = part.amount - shares * mutual.nominalShareValue;
}

} // namespace

QString interestModeKey(InterestMode mode)
{
    return mode == InterestMode::Capitalise ? QStringLiteral("capitalise") : QStringLiteral("pay");
}

std::optional<InterestMode> interestModeFromKey(QStringView key)
{
    if (key == u"pay")
        return InterestMode::Pay;
    if (key == u"capitalise")
        return InterestMode::Capitalise;
    return std::nullopt;
}

Result<AllocationPlan> parseAllocationPlan(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return planError(Texts::tr("The plan is not valid JSON: %1 at character %2.")
                             .arg(parseError.errorString())
                             .arg(parseError.offset),
                         "invalid-plan");
    if (!document.isObject())
        return planError(
            Texts::tr("The plan must be one JSON object such as {\"year\": 2025, \"surplus\": 12000000, "
                      "...}."),
            "invalid-plan");
    return planFrom(document.object());
}

QJsonObject allocationPlanToJson(const AllocationPlan& plan)
{
    QJsonObject json { { QStringLiteral("year"), plan.year },
                       { QStringLiteral("surplus"), plan.surplus },
                       { QStringLiteral("reserves"), plan.reserves },
                       { QStringLiteral("interest_rate_bp"), plan.interestRateBp },
                       { QStringLiteral("interest"), interestModeKey(plan.interestMode) },
                       { QStringLiteral("rebates"), plan.rebates } };
    if (plan.fund)
        json.insert(QStringLiteral("fund"), *plan.fund);
    if (plan.resolution)
        json.insert(QStringLiteral("resolution"), *plan.resolution);
    if (plan.distributableProfit)
        json.insert(QStringLiteral("distributable_profit"), *plan.distributableProfit);
    return json;
}

Outcome checkInterestRate(const AllocationPlan& plan, const Mutual& mutual)
{
    if (plan.interestRateBp <= mutual.interestCapBp)
        return ok();
    return planError(
        Texts::tr("Interest on share capital may be at most %1 basis points a year under the mutual's "
                  "rules; the plan asks for %2.")
            .arg(mutual.interestCapBp)
            .arg(plan.interestRateBp),
        "interest-cap", QStringLiteral("interest_rate_bp"));
}

WideInteger shareDays(const QList<DayChange>& lines, const Period& year)
{
    WideInteger total = 0;
    for (const DayChange& line : lines) {
        if (line.date > year.last)
            continue;
        const QDate from = std::max(line.date, year.first);
        total += WideInteger(line.shares) * (from.daysTo(year.last) + 1);
    }
    return total;
}

Result<Distribution> distributeByLargestRemainder(const QList<DistributionShare>& bases,
                                                  WideInteger multiplier, WideInteger divisor)
{
    Q_ASSERT(divisor > 0);
    Distribution distribution;
    distribution.shares.reserve(bases.size());
    QList<ExactPart> parts;
    parts.reserve(bases.size());
    WideInteger numerators = 0;
    WideInteger floors = 0;
    for (const DistributionShare& base : bases) {
        if (base.basis <= 0)
            continue;
        const WideInteger exact = WideInteger(base.basis) * multiplier;
        numerators += exact;
        const WideInteger floor = exact / divisor;
        floors += floor;
        if (numerators / divisor > maximumTotal)
            return planError(
                Texts::tr("The distribution comes to more than %1, the most that can be added up.")
                    .arg(QLocale().toString(maximumTotal)),
                "total-too-large");
        parts.append({ static_cast<int>(distribution.shares.size()), exact % divisor });
        distribution.shares.append({ base.memberId, base.number, base.basis, static_cast<qint64>(floor) });
    }
    distribution.total = static_cast<qint64>(numerators / divisor);
    const qsizetype leftover = static_cast<qsizetype>(distribution.total - floors);
    Q_ASSERT(leftover >= 0 && leftover <= parts.size());
    const QList<DistributionShare>& shares = distribution.shares;
    const auto isFirst = [&shares](const ExactPart& left, const ExactPart& right) {
        if (left.remainder != right.remainder)
            return left.remainder > right.remainder;
        const DistributionShare& a = shares[left.index];
        const DistributionShare& b = shares[right.index];
        if (a.basis != b.basis)
            return a.basis > b.basis;
        return a.number < b.number;
    };
    // The order is total (no two members share a number), so the first `leftover` are one set whatever
    // the order within it: no need to sort them all.
    std::nth_element(parts.begin(), parts.begin() + leftover, parts.end(), isFirst);
    for (qsizetype i = 0; i < leftover; ++i)
        ++distribution.shares[parts[i].index].amount;
    return distribution;
}

Outcome checkCanCapitalise(const AllocationMember& member, const QDate& date, qint64 shares, qint64 amount,
                           const Mutual& mutual)
{
    if (member.ceasedOn.isValid() && member.ceasedOn <= date)
        return capitaliseError(Texts::tr("Member %1 ceased on %2 and cannot receive shares dated %3.")
                                   .arg(member.number, dateText(member.ceasedOn), dateText(date)),
                               "after-cessation");
    if (!member.admittedOn.isValid() || member.admittedOn > date)
        return capitaliseError(
            Texts::tr("Member %1 was not yet admitted on %2.").arg(member.number, dateText(date)),
            "before-admission");
    if (member.status != MemberStatus::Active)
        return capitaliseError(Texts::tr("Member %1 is not active (%2) and cannot take up shares.")
                                   .arg(member.number, statusLabel(member.status)),
                               "member-not-active");
    const HoldingFrom holding = holdingFrom(member.lines, date);
    const MemberClass& memberClass = member.memberClass;
    if (memberClass.maximumShares && holding.mostShares + shares > *memberClass.maximumShares)
        return capitaliseError(
            Texts::tr("Member %1 would hold %2 shares; the class \"%3\" allows at most %4.")
                .arg(member.number, QLocale().toString(holding.mostShares + shares), memberClass.name,
                     QLocale().toString(*memberClass.maximumShares)),
            "above-class-maximum");
    if (holding.sharesOn + shares < memberClass.minimumShares)
        return capitaliseError(
            Texts::tr("Member %1 would hold %2 shares, fewer than the class \"%3\" requires (%4).")
                .arg(member.number, QLocale().toString(holding.sharesOn + shares), memberClass.name,
                     QLocale().toString(memberClass.minimumShares)),
            "below-class-minimum");
    // Co-operative and Community Benefit Societies Act 2014, s.24: the cap on an individual's withdrawable
    // share capital.
    if (member.kind == MemberKind::Individual
        && holding.mostAmount + amount > mutual.individualWithdrawableCap)
        return capitaliseError(
            Texts::tr("Member %1 would hold share capital of %2, more than the %3 an individual may "
                      "hold.")
                .arg(member.number, moneyText(holding.mostAmount + amount, mutual),
                     moneyText(mutual.individualWithdrawableCap, mutual)),
            "individual-cap");
    return ok();
}

Result<SurplusAllocation> allocateSurplus(const AllocationPlan& plan, const Mutual& mutual,
                                          const Period& year, const QList<AllocationMember>& members,
                                          const QDate& allocatedOn)
{
    if (const Outcome rate = checkInterestRate(plan, mutual); !rate)
        return rate.error();
    SurplusAllocation allocation;
    allocation.plan = plan;
    allocation.year = year;
    allocation.days = static_cast<int>(year.first.daysTo(year.last) + 1);
    allocation.allocatedOn = allocatedOn;

    const auto interest = interestOf(plan, mutual, allocation.days, members, year);
    if (!interest)
        return interest.error();
    const auto rebates = rebatesOf(plan, members);
    if (!rebates)
        return rebates.error();
    allocation.interestTotal = interest->total;
    allocation.rebatesTotal = rebates->total;
    const auto fund = fundOf(plan, mutual, interest->total);
    if (!fund)
        return fund.error();
    allocation.fund = *fund;
    if (const Outcome cap = checkDividendCap(plan, mutual, interest->total); !cap)
        return cap.error();

    QHash<qint64, qsizetype> indexOf;
    indexOf.reserve(members.size());
    for (qsizetype i = 0; i < members.size(); ++i)
        indexOf.insert(members[i].memberId, i);
    allocation.interest.reserve(interest->shares.size());
    for (const DistributionShare& share : interest->shares) {
        InterestPart part { share.memberId, share.number, share.basis, share.amount, 0, share.amount, {} };
        if (plan.interestMode == InterestMode::Capitalise)
            capitalise(part, members[indexOf.value(share.memberId)], allocatedOn, mutual);
        allocation.capitalisedShares += part.capitalisedShares;
        allocation.interest.append(part);
    }
    for (const DistributionShare& share : rebates->shares)
        allocation.rebates.append({ share.memberId, share.number, share.basis, share.amount });
    return allocation;
}

QList<AllocationMemberPart> memberParts(const SurplusAllocation& allocation,
                                        const QHash<qint64, QString>& names)
{
    // The two lists join by member; the map keeps the order of the numbers, the shorter first.
    QMap<std::pair<qsizetype, QString>, AllocationMemberPart> parts;
    const auto partOf = [&parts, &names](qint64 memberId, const QString& number) -> AllocationMemberPart& {
        AllocationMemberPart& part = parts[{ number.size(), number }];
        part.memberId = memberId;
        part.number = number;
        part.name = names.value(memberId);
        return part;
    };
    for (const InterestPart& interest : allocation.interest) {
        AllocationMemberPart& part = partOf(interest.memberId, interest.number);
        part.shareDays = interest.shareDays;
        part.interest = interest.amount;
        part.capitalisedShares = interest.capitalisedShares;
        part.interestPaid = interest.paid;
    }
    for (const RebatePart& rebate : allocation.rebates) {
        AllocationMemberPart& part = partOf(rebate.memberId, rebate.number);
        part.charges = rebate.charges;
        part.rebate = rebate.amount;
    }
    return QList<AllocationMemberPart>(parts.cbegin(), parts.cend());
}

} // namespace mutualise::domain
