#include "DemoMoney.h"

#include "DemoMoneyCatalogue.h"
#include "DemoMutual.h"
#include "DemoRandom.h"
#include "Fraction.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>

namespace mutualise::domain {

namespace {

using namespace demo_money;

// The context of this file's texts, as translators and the running program both name it.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(DemoMoney)
};

template<typename List>
QString pickText(DemoRandom& random, const List& list, int& position)
{
    position = random.index(static_cast<qsizetype>(list.size()));
    return QString::fromUtf16(list[static_cast<std::size_t>(position)]);
}

// Whole pounds, as a board rounds what it proposes.
qint64 roundedToPounds(qint64 amount)
{
    return amount - amount % 100;
}

struct YearShares
{
    qint64 shareDays = 0;
    qint64 mostShares = 0; // the most held at the end of any day of the period
    bool isOverflow = false;
};

YearShares sharesInPeriod(const DemoPlan& plan, const Period& period)
{
    YearShares result;
    qint64 held = 0;
    qint64 day = period.first.toJulianDay();
    const qint64 last = period.last.toJulianDay();
    const auto closeDaysUpTo = [&](qint64 until) { // the days [day, until) end with `held` shares
        if (until <= day)
            return;
        qint64 part = 0;
        if (qMulOverflow(held, until - day, &part) || qAddOverflow(result.shareDays, part, &result.shareDays))
            result.isOverflow = true;
        result.mostShares = std::max(result.mostShares, held);
        day = until;
    };
    for (const ShareEntry& entry : plan.entries) {
        const qint64 date = entry.date.toJulianDay();
        if (date > last)
            break;
        if (date >= day)
            closeDaysUpTo(date);
        held += entry.shares;
    }
    closeDaysUpTo(last + 1);
    return result;
}

class MoneyBuilder
{
public:
    MoneyBuilder(const DemoPlan& plan, const DemoOptions& options)
        : m_plan(plan)
        , m_options(options)
        , m_random(options.seed ^ 0x6D6F'6E65'7921'0001ULL) // its own stream: the register stays as it was
        , m_until(options.until)
    {
        for (qsizetype i = 0; i < plan.members.size(); ++i) {
            const Member& member = plan.members.at(i);
            if (!member.admittedOn.isValid())
                continue;
            if (!m_founded.isValid() || member.admittedOn < m_founded)
                m_founded = member.admittedOn;
            if (member.classId == 1 && member.kind == MemberKind::Organisation)
                m_councils.append(static_cast<int>(i));
            else if (member.status != MemberStatus::Suspended)
                m_others.append(static_cast<int>(i));
        }
    }

    DemoMoney build()
    {
        if (!m_founded.isValid() || m_councils.isEmpty())
            return {};
        planServices();
        planCharges();
        planFeesAndDonations();
        planSecondmentsToServices();
        planAllocations();
        planProjects();
        planReversals();
        finish();
        return std::move(m_money);
    }

private:
    // A member's entries fall on days it was a member: admitted, not yet ceased.
    bool isMemberOn(int index, const QDate& day) const
    {
        const Member& member = m_plan.members.at(index);
        return member.admittedOn.isValid() && member.admittedOn <= day && day <= m_until
            && (!member.ceasedOn.isValid() || day < member.ceasedOn);
    }

    QDate randomDay(const QDate& first, const QDate& last)
    {
        Q_ASSERT(first <= last);
        return QDate::fromJulianDay(m_random.between(first.toJulianDay(), last.toJulianDay()));
    }

    Period yearPeriod(int year) const
    {
        return m_plan.mutual.financialYearContaining(
            QDate(year, m_plan.mutual.financialYearStartMonth, m_plan.mutual.financialYearStartDay));
    }

    DemoContribution& addContribution(const QString& kind, const QDate& date, int member, qint64 amount)
    {
        DemoContribution contribution;
        contribution.id = m_money.contributions.size() + 1; // order of creation until finish()
        contribution.kind = kind;
        contribution.date = date;
        contribution.memberId = m_plan.members.at(member).id;
        contribution.amount = amount;
        m_money.contributions.append(contribution);
        return m_money.contributions.last();
    }

    const QString& numberOf(int member) const { return m_plan.members.at(member).number; }

    void planServices()
    {
        QList<ServiceTemplate> templates(baseServices.cbegin(), baseServices.cend());
        if (m_councils.size() >= 20 || m_options.years > 5)
            templates.append(QList<ServiceTemplate>(moreServices.cbegin(), moreServices.cend()));
        for (const ServiceTemplate& shape : std::as_const(templates)) {
            const QDate start = m_founded.addMonths(shape.startMonths);
            if (start > m_until.addDays(-30))
                continue;
            DemoService service;
            service.id = m_money.services.size() + 1;
            service.name = Texts::tr(shape.name);
            service.description = Texts::tr(shape.description);
            service.startsOn = start;
            // An end still to come is not recorded: the demo's history holds what has happened.
            if (shape.lengthMonths > 0 && start.addMonths(shape.lengthMonths).addDays(-1) <= m_until)
                service.endsOn = start.addMonths(shape.lengthMonths).addDays(-1);
            QList<qint64> annual;
            for (const int council : std::as_const(m_councils)) {
                if (service.memberIds.isEmpty() || m_random.chance(shape.takeUpPerMille)) {
                    service.memberIds.append(m_plan.members.at(council).id);
                    annual.append(roundedToPounds(m_random.between(shape.annualLow, shape.annualHigh)));
                }
            }
            // Community organisations among the investors host their systems with the councils'.
            if (service.id == 1) {
                for (const int other : std::as_const(m_others)) {
                    const Member& member = m_plan.members.at(other);
                    if (member.kind == MemberKind::Organisation && !member.ceasedOn.isValid()
                        && m_random.chance(400)) {
                        service.memberIds.append(member.id);
                        annual.append(roundedToPounds(m_random.between(2'000'00, 6'000'00)));
                    }
                }
            }
            m_money.services.append(service);
            m_templates.append(shape);
            m_annualCharges.append(annual);
        }
    }

    QDate serviceLastDay(const DemoService& service) const
    {
        return service.endsOn.isValid() ? std::min(service.endsOn, m_until) : m_until;
    }

    // Quarterly invoices on the 21st of the quarter's first month (half-yearly ones in a mutual of a
    // hundred councils or more, to keep its file in proportion), and each financial year's savings.
    void planCharges()
    {
        const int quarterStep = m_councils.size() >= 100 ? 2 : 1;
        for (qsizetype s = 0; s < m_money.services.size(); ++s) {
            const DemoService& service = m_money.services.at(s);
            const QDate last = serviceLastDay(service);
            const QString quarterlyNote = Texts::tr("Quarterly charge for %1").arg(service.name);
            const QString halfYearlyNote = Texts::tr("Half-yearly charge for %1").arg(service.name);
            for (qsizetype k = 0; k < service.memberIds.size(); ++k) {
                const int member = static_cast<int>(service.memberIds.at(k) - 1);
                const qint64 quarterly = m_annualCharges.at(s).at(k) / 4 * quarterStep;
                for (int year = m_founded.year() - 1; year <= m_until.year(); ++year) {
                    const Period fy = yearPeriod(year);
                    qint64 paid = 0;
                    QDate from = std::max(fy.first, service.startsOn);
                    const QDate to = std::min(fy.last, last);
                    if (!m_plan.members.at(member).admittedOn.isValid() || from > to)
                        continue;
                    from = std::max(from, m_plan.members.at(member).admittedOn);
                    for (int quarter = 0; quarter < 4; quarter += quarterStep) {
                        const QDate day = fy.first.addMonths(3 * quarter).addDays(20);
                        if (day < from || day > to || !isMemberOn(member, day))
                            continue;
                        // A little variation: extra storage, a few more seats.
                        const qint64 amount
                            = quarterly + roundedToPounds(quarterly * m_random.between(-3, 6) / 100);
                        DemoContribution& charge
                            = addContribution(QStringLiteral("charge"), day, member, amount);
                        charge.serviceId = service.id;
                        charge.reference = QStringLiteral("INV-%1-%2-Q%3-%4")
                                               .arg(service.id)
                                               .arg(year)
                                               .arg(quarter + 1)
                                               .arg(numberOf(member));
                        charge.note = quarterStep == 1 ? quarterlyNote : halfYearlyNote;
                        paid += amount;
                    }
                    if (paid > 0)
                        addSaving(s, member, from, to, paid);
                }
            }
        }
        addNegativeSaving();
    }

    // The translated evidence of a service's savings, made once and shared by all of them.
    const QString& evidenceOf(qsizetype serviceIndex, const ServiceTemplate& shape)
    {
        while (m_evidence.size() <= serviceIndex)
            m_evidence.append(QString());
        QString& evidence = m_evidence[serviceIndex];
        if (evidence.isNull())
            evidence = Texts::tr(shape.evidence);
        return evidence;
    }

    void addSaving(qsizetype serviceIndex, int member, const QDate& from, const QDate& to, qint64 actual)
    {
        const ServiceTemplate& shape = m_templates.at(serviceIndex);
        const qint64 savingBp = m_random.between(shape.savingLowBp, shape.savingHighBp);
        DemoSaving saving;
        saving.serviceId = m_money.services.at(serviceIndex).id;
        saving.memberId = m_plan.members.at(member).id;
        saving.from = from;
        saving.to = to;
        saving.actual = actual;
        // actual = baseline x (1 - saving): the baseline is what the council would have paid alone.
        saving.baseline = (actual * 10'000 + (10'000 - savingBp) / 2) / (10'000 - savingBp);
        saving.evidence = evidenceOf(serviceIndex, shape);
        m_money.savings.append(saving);
    }

    // One year in which the joint licences cost a council more than its old deal: shown, not hidden.
    void addNegativeSaving()
    {
        if (m_money.services.size() < 3)
            return;
        for (DemoSaving& saving : m_money.savings) {
            if (saving.serviceId == 3 && saving.memberId == m_money.services.at(2).memberIds.constLast()
                && saving.from > m_money.services.at(2).startsOn) {
                saving.baseline = saving.actual * 97 / 100;
                saving.evidence
                    = Texts::tr("The council's old discounted licence deal would have cost 3% less "
                                "this year; the joint agreement pays back from next year.");
                return;
            }
        }
        for (DemoSaving& saving : m_money.savings) { // a short history: the first licence year will do
            if (saving.serviceId == 3) {
                saving.baseline = saving.actual * 97 / 100;
                saving.evidence
                    = Texts::tr("The council's old discounted licence deal would have cost 3% less "
                                "this year; the joint agreement pays back from next year.");
                return;
            }
        }
    }

    void planFeesAndDonations()
    {
        // Translated once and shared by every row (QString is implicitly shared): a copy each would
        // cost a hundred-odd bytes a contribution on a large demo.
        const QString councilFeeNote = Texts::tr("Annual subscription of a founding council");
        const QString feeNote = Texts::tr("Annual subscription");
        const QString donationNote = Texts::tr("Donation to the community reinvestment fund");
        for (int year = m_founded.year() - 1; year <= m_until.year(); ++year) {
            const Period fy = yearPeriod(year);
            if (fy.last < m_founded || fy.first > m_until)
                continue;
            const QDate feeDay = fy.first.addDays(30);
            for (const int council : std::as_const(m_councils)) {
                if (feeDay >= m_founded && isMemberOn(council, feeDay)) {
                    DemoContribution& fee = addContribution(QStringLiteral("fee"), feeDay, council, 2'500'00);
                    fee.reference = QStringLiteral("SUB-%1-%2").arg(year).arg(numberOf(council));
                    fee.note = councilFeeNote;
                }
            }
            const QDate first = std::max(fy.first, m_founded);
            const QDate last = std::min(fy.last, m_until);
            for (const int other : std::as_const(m_others)) {
                const Member& member = m_plan.members.at(other);
                const bool pays = m_random.chance(member.kind == MemberKind::Organisation ? 700 : 120);
                const bool gives = m_random.chance(25);
                if (!pays && !gives)
                    continue;
                const QDate day = randomDay(first, last);
                if (!isMemberOn(other, day))
                    continue;
                if (pays) {
                    const qint64 amount = member.kind == MemberKind::Organisation ? 250'00 : 12'00;
                    DemoContribution& fee = addContribution(QStringLiteral("fee"), day, other, amount);
                    fee.reference = QStringLiteral("SUB-%1-%2").arg(year).arg(numberOf(other));
                    fee.note = feeNote;
                } else {
                    const qint64 amount = std::array<qint64, 6> {
                        5'00, 10'00, 20'00, 25'00, 50'00, 250'00
                    }[static_cast<std::size_t>(m_random.index(6))];
                    DemoContribution& donation
                        = addContribution(QStringLiteral("donation"), day, other, amount);
                    donation.reference = QStringLiteral("DON-%1-%2").arg(year).arg(numberOf(other));
                    donation.note = donationNote;
                }
            }
        }
    }

    // Each year a council lends staff to the case-management service: 10 days at £350.00 a day.
    void planSecondmentsToServices()
    {
        if (m_money.services.size() < 2)
            return;
        const DemoService& service = m_money.services.at(1);
        for (QDate day = service.startsOn.addMonths(2); day <= serviceLastDay(service);
             day = day.addYears(1)) {
            const int council
                = static_cast<int>(service.memberIds.at(m_random.index(service.memberIds.size())) - 1);
            addSecondment(council, day, 10, 350'00).serviceId = service.id;
            m_money.contributions.last().note
                = Texts::tr("Business analyst seconded to the %1").arg(service.name.toLower());
        }
    }

    DemoContribution& addSecondment(int council, const QDate& day, qint64 days, qint64 dayRate)
    {
        DemoContribution& inKind = addContribution(QStringLiteral("in-kind"), day, council, days * dayRate);
        inKind.daysHundredths = days * 100;
        inKind.dayRate = dayRate;
        inKind.reference
            = QStringLiteral("SEC-%1-%2").arg(day.toString(QStringLiteral("yyyyMMdd")), numberOf(council));
        return inKind;
    }

    qint64 sumOf(const QString& kind, const Period& period) const
    {
        qint64 total = 0;
        for (const DemoContribution& contribution : m_money.contributions) {
            if (contribution.kind == kind && period.contains(contribution.date))
                total += contribution.amount;
        }
        return total;
    }

    void planAllocations()
    {
        for (qsizetype m = 0; m < m_plan.meetings.size(); ++m) {
            const DemoMeeting& meeting = m_plan.meetings.at(m);
            DemoAllocation allocation;
            for (qsizetype k = 0; k < meeting.motions.size(); ++k) {
                const DemoMotion& motion = meeting.motions.at(k);
                if (motion.purpose == DemoMotionPurpose::SurplusAllocation) {
                    allocation.year = motion.financialYear;
                    allocation.motionIndex = static_cast<int>(k);
                } else if (motion.purpose == DemoMotionPurpose::Grants) {
                    allocation.grantsMotionIndex = static_cast<int>(k);
                }
            }
            if (allocation.motionIndex < 0)
                continue;
            if (allocation.grantsMotionIndex < 0)
                allocation.grantsMotionIndex = allocation.motionIndex; // one motion approved both
            allocation.meetingIndex = static_cast<int>(m);
            allocation.allocatedOn = meeting.meeting.heldOn;
            allocation.period = yearPeriod(allocation.year);
            planParts(allocation);
            m_money.allocations.append(allocation);
        }
    }

    // The board's plan: about a tenth of the charges and half the subscriptions are surplus; a quarter
    // of it to reserves, a sixth back to the councils as rebates, interest at 1-3% where the surplus
    // bears it, and the rest to the fund.
    void planParts(DemoAllocation& allocation)
    {
        const qint64 charges = sumOf(QStringLiteral("charge"), allocation.period);
        const qint64 fees = sumOf(QStringLiteral("fee"), allocation.period);
        const qint64 surplus = roundedToPounds(charges * m_random.between(800, 1200) / 10'000 + fees / 2);
        allocation.surplus = surplus;
        allocation.reserves = roundedToPounds(surplus * m_random.between(2000, 3000) / 10'000);
        allocation.rebates
            = charges > 0 ? roundedToPounds(surplus * m_random.between(1000, 2000) / 10'000) : 0;
        allocation.interestMode = QStringLiteral("pay");
        const YearShares shares = sharesInPeriod(m_plan, allocation.period);
        const qint64 nominal = m_plan.mutual.nominalShareValue;
        const qint64 mostCapital = shares.mostShares * nominal;
        const qint64 pennies = m_plan.members.size();
        // Interest at most 30% of the surplus even if the most capital were held all year.
        qint64 rate = std::min<qint64>(m_random.between(100, 300), m_plan.mutual.interestCapBp);
        if (mostCapital > 0)
            rate = std::min<qint64>(rate, static_cast<qint64>(WideInteger(surplus) * 3'000 / mostCapital));
        // Below half a per cent (a short first year) the board pays no interest at all.
        if (shares.isOverflow || mostCapital <= 0 || rate < 50)
            rate = 0;
        const auto bound = [&](qint64 bp) {
            return bp == 0 ? 0 : static_cast<qint64>(WideInteger(mostCapital) * bp / 10'000) + pennies;
        };
        if (surplus - allocation.reserves - allocation.rebates - bound(rate) < 0)
            rate = 0;
        allocation.interestRateBp = static_cast<int>(rate);
        allocation.totalShareDays = shares.shareDays;
        const qint64 days = allocation.period.first.daysTo(allocation.period.last) + 1;
        // floor(share-days x nominal x rate / (10000 x N)): the sum of every member's exact interest.
        allocation.interestTotal = static_cast<qint64>(WideInteger(shares.shareDays) * nominal * rate
                                                       / (WideInteger(10'000) * days));
        allocation.fund = surplus - allocation.reserves - allocation.interestTotal - allocation.rebates;
        allocation.fundLowerBound = surplus - allocation.reserves - allocation.rebates - bound(rate);
        Q_ASSERT(allocation.fund >= allocation.fundLowerBound && allocation.fundLowerBound >= 0);
    }

    // A member (not a council) that can pledge on `day` and pay by `paidBy`, found in a few tries.
    std::optional<int> backerBetween(const QDate& day, const QDate& paidBy)
    {
        for (int attempt = 0; attempt < 12 && !m_others.isEmpty(); ++attempt) {
            const int candidate = m_others.at(m_random.index(m_others.size()));
            if (isMemberOn(candidate, day) && isMemberOn(candidate, paidBy))
                return candidate;
        }
        return std::nullopt;
    }

    DemoProject newProject(int categoryIndex, const QDate& proposedOn)
    {
        DemoProject project;
        project.id = m_money.projects.size() + 1;
        project.category = QString::fromUtf16(categories[static_cast<std::size_t>(categoryIndex)]);
        int place = 0;
        const QString placeName = pickText(m_random, projectPlaces, place);
        const auto& choices = titles[static_cast<std::size_t>(categoryIndex)];
        project.title = Texts::tr(choices[static_cast<std::size_t>(m_random.index(4))]).arg(placeName);
        project.description
            = Texts::tr("Put forward by members at the %1 members' forum; see the board's report "
                        "for the budget and the milestones.")
                  .arg(proposedOn.toString(QStringLiteral("MMMM yyyy")));
        project.proposedOn = proposedOn;
        const int recipientKind = m_random.index(4);
        const QString code = QString::fromUtf16(placeCodes[static_cast<std::size_t>(place)]);
        if (recipientKind == 0) {
            project.recipientName = Texts::tr("%1 Council").arg(placeName);
            project.recipientOrgId = QStringLiteral("GB-LAE-") + code; // councils in England
        } else if (recipientKind == 1) {
            project.recipientName = Texts::tr("%1 Digital CIC").arg(placeName);
            project.recipientOrgId
                = QStringLiteral("GB-COH-%1").arg(11'000'000 + place * 37'411, 8, 10, QLatin1Char('0'));
            project.isRecipientAssetLocked = true; // a CIC's assets are locked by law
        } else {
            project.recipientName = recipientKind == 2
                ? Texts::tr("%1 Community Trust").arg(placeName)
                : Texts::tr("%1 Council for Voluntary Service").arg(placeName);
            project.recipientOrgId
                = QStringLiteral("GB-CHC-%1").arg(1'100'000 + place * 2'903 + (recipientKind - 2) * 50'000);
            project.isRecipientAssetLocked = true; // a registered charity
        }
        return project;
    }

    QString statusFor(qsizetype round, qsizetype rounds)
    {
        if (m_random.chance(70))
            return QStringLiteral("withdrawn");
        const qsizetype age = rounds - 1 - round; // 0 for the latest AGM's projects
        if (age >= 2)
            return m_random.chance(850) ? QStringLiteral("completed") : QStringLiteral("funded");
        if (age == 1)
            return m_random.chance(500) ? QStringLiteral("completed") : QStringLiteral("funded");
        return m_random.chance(600) ? QStringLiteral("funded") : QStringLiteral("approved");
    }

    // Each AGM approves grants to a round of projects put forward in the year before it, within half
    // of the floor under what its allocation gave the fund, plus what earlier rounds left unspent.
    void planProjects()
    {
        const qsizetype rounds = m_money.allocations.size();
        const int perRound = 5 + static_cast<int>(m_councils.size() / 40);
        qint64 available = 0;
        int category = 0;
        for (qsizetype round = 0; round < rounds; ++round) {
            const DemoAllocation& allocation = m_money.allocations.at(round);
            const qint64 budget = allocation.fundLowerBound / 2;
            available += budget;
            const QDate meeting = allocation.allocatedOn;
            const QDate firstProposal = std::max(m_founded.addDays(1), meeting.addDays(-330));
            const qint64 averageTarget = std::max<qint64>(1'000'00, budget / perRound);
            for (int i = 0; i < perRound; ++i) {
                DemoProject project = newProject(category, randomDay(firstProposal, meeting.addDays(-40)));
                category = (category + 1) % static_cast<int>(categories.size());
                project.target = std::max<qint64>(
                    1'000'00,
                    roundedToPounds(averageTarget * m_random.between(50, 150) / 100) / 10'000 * 10'000);
                project.status = statusFor(round, rounds);
                fundProject(project, round, available);
                m_money.projects.append(project);
            }
        }
        // Proposals waiting for the next AGM: backed by pledges, nothing granted yet.
        const QDate lastMeeting = rounds > 0 ? m_money.allocations.constLast().allocatedOn : m_founded;
        if (lastMeeting.addDays(2) <= m_until) {
            for (int i = 0; i < std::max(5, perRound / 2); ++i) {
                DemoProject project = newProject(category, randomDay(lastMeeting.addDays(1), m_until));
                category = (category + 1) % static_cast<int>(categories.size());
                project.target = std::max<qint64>(1'000'00, m_random.between(20, 400) * 100'00);
                project.status = i % 3 == 2 ? QStringLiteral("approved") : QStringLiteral("proposed");
                fundProject(project, -1, available);
                m_money.projects.append(project);
            }
        }
    }

    // Pledges (paid or not), staff seconded and a grant, as the project's status says.
    void fundProject(DemoProject& project, qsizetype round, qint64& available)
    {
        const bool isClosing = project.status == u"funded" || project.status == u"completed";
        const bool isGranted = isClosing || project.status == u"approved";
        QDate grantDay;
        if (round >= 0) {
            const DemoAllocation& allocation = m_money.allocations.at(round);
            grantDay = std::min(m_until, allocation.allocatedOn.addDays(m_random.between(7, 45)));
            if (grantDay <= allocation.allocatedOn)
                grantDay = QDate(); // no day left after the meeting for a grant
        }
        const QDate lastBackingDay = grantDay.isValid() ? grantDay.addDays(-1) : m_until;
        qint64 received = 0;
        const int backers = m_random.index(4);
        for (int b = 0; b < backers && project.proposedOn <= lastBackingDay; ++b) {
            const QDate pledgedOn = randomDay(project.proposedOn, lastBackingDay);
            const QDate paidOn = randomDay(pledgedOn, lastBackingDay);
            const std::optional<int> backer = backerBetween(pledgedOn, paidOn);
            if (!backer)
                continue;
            DemoPledge pledge;
            pledge.id = m_money.pledges.size() + 1;
            pledge.projectId = project.id;
            pledge.memberId = m_plan.members.at(*backer).id;
            pledge.amount = std::array<qint64, 5> { 10'00, 25'00, 50'00, 100'00,
                                                    250'00 }[static_cast<std::size_t>(m_random.index(5))];
            pledge.date = pledgedOn;
            pledge.reference = QStringLiteral("PLG-%1-%2").arg(project.id).arg(pledge.id);
            m_money.pledges.append(pledge);
            if (isClosing || m_random.chance(500)) {
                DemoContribution& payment
                    = addContribution(QStringLiteral("pledge-payment"), paidOn, *backer, pledge.amount);
                payment.projectId = project.id;
                payment.reference = pledge.reference;
                payment.note = Texts::tr("Payment of a pledge to “%1”").arg(project.title);
                received += pledge.amount;
            }
        }
        if (isGranted && project.proposedOn <= lastBackingDay && m_random.chance(450)) {
            // A founding council lends staff: 10 days at £350.00, or a week of a trainer at £280.00.
            const int council = m_councils.at(m_random.index(m_councils.size()));
            const bool isAnalyst = m_random.chance(500);
            DemoContribution& inKind = addSecondment(council, randomDay(project.proposedOn, lastBackingDay),
                                                     isAnalyst ? 10 : 5, isAnalyst ? 350'00 : 280'00);
            inKind.projectId = project.id;
            inKind.note = Texts::tr("Staff seconded to “%1”").arg(project.title);
            received += inKind.amount;
        }
        project.target = std::max(project.target, received + 100'00);
        if (!isGranted || !grantDay.isValid()) {
            if (isGranted)
                project.status = QStringLiteral("approved");
            return;
        }
        qint64 grant = project.target - received;
        if (!isClosing)
            grant = roundedToPounds(grant / 2);
        if (grant > available || grant <= 0) {
            // The fund cannot bear the whole of it this year: part now, the rest another year.
            grant = roundedToPounds(std::min(available, (project.target - received) / 2));
            project.status = QStringLiteral("approved");
            if (grant <= 0)
                return;
        }
        available -= grant;
        DemoGrant paid;
        paid.projectId = project.id;
        paid.amount = grant;
        paid.date = grantDay;
        paid.allocationIndex = static_cast<int>(round);
        paid.reference = QStringLiteral("GRT-%1-%2").arg(m_money.allocations.at(round).year).arg(project.id);
        m_money.grants.append(paid);
        if (project.status == u"funded" || project.status == u"completed")
            project.startsOn = std::min(m_until, grantDay.addDays(m_random.between(0, 30)));
        if (project.status == u"completed") {
            const QDate end = project.startsOn.addDays(m_random.between(90, 330));
            if (end > m_until) {
                project.status = QStringLiteral("funded");
            } else {
                project.endsOn = end;
                std::size_t category = 0;
                while (category + 1 < categories.size()
                       && project.category != QString::fromUtf16(categories[category]))
                    ++category;
                project.outcomes = Texts::tr(outcomes[category]).arg(m_random.between(3, 400));
            }
        }
    }

    // Two mistakes put right: a charge invoiced twice, and a donation whose cheque bounced.
    void planReversals()
    {
        const auto reverseFirst = [&](const QString& kind, const QString& note, bool isDuplicate) {
            for (qsizetype i = m_money.contributions.size() / 3; i < m_money.contributions.size(); ++i) {
                if (m_money.contributions.at(i).kind != kind)
                    continue;
                DemoContribution original = m_money.contributions.at(i);
                if (isDuplicate) {
                    original.id = m_money.contributions.size() + 1;
                    m_money.contributions.append(original);
                }
                DemoContribution reversal = original;
                reversal.id = m_money.contributions.size() + 1;
                reversal.amount = -original.amount;
                reversal.reversesId = original.id;
                reversal.note = note;
                m_money.contributions.append(reversal);
                return;
            }
        };
        reverseFirst(QStringLiteral("charge"), Texts::tr("Invoice raised twice in error"), true);
        reverseFirst(QStringLiteral("donation"), Texts::tr("Cheque returned unpaid"), false);
    }

    // Contributions in date order, those of a day in the order they were made (so a reversal stays
    // after what it undoes), ids renumbered. The ids count the order of creation, so sorting by date
    // then id in place gives what a stable sort by date would, without its copy of the whole list.
    void finish()
    {
        std::sort(m_money.contributions.begin(), m_money.contributions.end(),
                  [](const DemoContribution& a, const DemoContribution& b) {
                      return a.date != b.date ? a.date < b.date : a.id < b.id;
                  });
        QHash<qint64, qint64> newIds;
        newIds.reserve(m_money.contributions.size());
        for (qsizetype i = 0; i < m_money.contributions.size(); ++i) {
            newIds.insert(m_money.contributions.at(i).id, i + 1);
            m_money.contributions[i].id = i + 1;
        }
        for (DemoContribution& contribution : m_money.contributions) {
            if (contribution.reversesId)
                contribution.reversesId = newIds.value(*contribution.reversesId);
        }
        std::stable_sort(m_money.grants.begin(), m_money.grants.end(),
                         [](const DemoGrant& a, const DemoGrant& b) { return a.date < b.date; });
    }

    const DemoPlan& m_plan;
    const DemoOptions& m_options;
    DemoRandom m_random;
    QDate m_until;
    QDate m_founded;
    QList<int> m_councils; // indices into the members
    QList<int> m_others; // everyone else who was admitted and is not suspended
    QList<ServiceTemplate> m_templates; // parallel to the services
    QList<QList<qint64>> m_annualCharges; // parallel to each service's members
    QList<QString> m_evidence; // parallel to the services, filled as their savings are planned
    DemoMoney m_money;
};

} // namespace

std::optional<qint64> totalShareDays(const DemoPlan& plan, const Period& period)
{
    const YearShares shares = sharesInPeriod(plan, period);
    if (shares.isOverflow)
        return std::nullopt;
    return shares.shareDays;
}

DemoMoney planDemoMoney(const DemoPlan& plan, const DemoOptions& options)
{
    return MoneyBuilder(plan, options).build();
}

} // namespace mutualise::domain
