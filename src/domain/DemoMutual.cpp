#include "DemoMutual.h"

#include "DemoRandom.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>
#include <array>

namespace mutualise::domain {

namespace {

using Random = DemoRandom;

constexpr std::array places {
    u"Calderdale",     u"Kirklees",     u"Wakefield",     u"Barnsley",       u"Rotherham",
    u"Oldham",         u"Rochdale",     u"Tameside",      u"Stockport",      u"Bolton",
    u"Wigan",          u"Bury",         u"Salford",       u"Trafford",       u"Burnley",
    u"Pendle",         u"Rossendale",   u"Hyndburn",      u"Craven",         u"Harrogate",
    u"Scarborough",    u"Ryedale",      u"Selby",         u"Hambleton",      u"Darlington",
    u"Hartlepool",     u"Gateshead",    u"Sunderland",    u"South Tyneside", u"North Tyneside",
    u"Northumberland", u"Lancaster",    u"Wyre",          u"Fylde",          u"Preston",
    u"Chorley",        u"South Ribble", u"Ribble Valley", u"Richmondshire",  u"Redcar and Cleveland"
};

constexpr std::array councilForms { u"%1 Council", u"%1 Borough Council", u"%1 Town Council",
                                    u"%1 Parish Council", u"%1 Community Council" };

constexpr std::array firstNames { u"Amelia",    u"Oliver",   u"Isla",    u"George", u"Ava",     u"Noah",
                                  u"Priya",     u"Mohammed", u"Grace",   u"Harry",  u"Sophie",  u"Jack",
                                  u"Aisha",     u"Thomas",   u"Emily",   u"James",  u"Chloe",   u"Daniel",
                                  u"Fatima",    u"Samuel",   u"Megan",   u"Joseph", u"Hannah",  u"Ryan",
                                  u"Zara",      u"Liam",     u"Eleanor", u"Arjun",  u"Ruth",    u"David",
                                  u"Niamh",     u"Callum",   u"Bethan",  u"Owen",   u"Siobhan", u"Tomasz",
                                  u"Agnieszka", u"Kwame",    u"Abigail", u"Peter" };

constexpr std::array lastNames { u"Smith",    u"Jones",  u"Taylor",    u"Brown",    u"Williams", u"Wilson",
                                 u"Johnson",  u"Davies", u"Patel",     u"Khan",     u"Robinson", u"Wright",
                                 u"Thompson", u"Evans",  u"Walker",    u"White",    u"Roberts",  u"Green",
                                 u"Hall",     u"Wood",   u"Jackson",   u"Clarke",   u"Hussain",  u"Lewis",
                                 u"Harris",   u"Clegg",  u"Sutcliffe", u"Ackroyd",  u"Hirst",    u"Nowak",
                                 u"Kowalski", u"Mensah", u"O'Brien",   u"Murphy",   u"Begum",    u"Shaw",
                                 u"Holroyd",  u"Barker", u"Lord",      u"Greenwood" };

constexpr std::array investorNames { u"Pennine Community Energy",
                                     u"Northern Credit Union",
                                     u"Calder Valley Housing Trust",
                                     u"Moorland Digital Skills CIC",
                                     u"Airedale Co-operative Bakery",
                                     u"Three Rivers Community Land Trust",
                                     u"Dales Broadband Co-operative",
                                     u"Tyne Makers' Guild",
                                     u"Hebden Water Community Benefit Society",
                                     u"Fylde Coast Food Network" };

constexpr std::array streets { u"Mill Lane",   u"Station Road", u"Church Street", u"Moor View",
                               u"Canal Side",  u"High Street",  u"Park Road",     u"Victoria Terrace",
                               u"Chapel Fold", u"Market Place" };

constexpr std::array emailDomains { u"example.org", u"example.com", u"example.net" };

template<std::size_t N>
QString pick(Random& random, const std::array<const char16_t*, N>& list)
{
    return QString::fromUtf16(list[static_cast<std::size_t>(random.index(static_cast<qsizetype>(N)))]);
}

QString slug(const QString& text)
{
    QString result;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber())
            result.append(c);
        else if (!result.isEmpty() && !result.endsWith(u'.'))
            result.append(u'.');
    }
    return result;
}

constexpr qint64 foundingClassId = 1;
constexpr qint64 employeeClassId = 2;
constexpr qint64 communityClassId = 3;
constexpr qint64 investorClassId = 4;

QList<MemberClass> demoClasses()
{
    return {
        { foundingClassId, QCoreApplication::translate("DemoMutual", "Founding council"), 10'000,
          std::nullopt, 5000 },
        { employeeClassId, QCoreApplication::translate("DemoMutual", "Employee"), 1, std::nullopt, 2500 },
        { communityClassId, QCoreApplication::translate("DemoMutual", "Community"), 1, std::nullopt, 2500 },
        { investorClassId, QCoreApplication::translate("DemoMutual", "Investor"), 100, 100'000, 0 },
    };
}

Mutual demoMutual()
{
    Mutual mutual;
    mutual.name = QStringLiteral("Northern Shared Digital Services Co-operative");
    mutual.legalForm = LegalForm::CooperativeSociety;
    mutual.registrationNumber = QStringLiteral("RS008412");
    mutual.grantIdPrefix = QStringLiteral("northerndigital");
    mutual.currency = Currency::gbp();
    mutual.nominalShareValue = 100;
    mutual.financialYearStartMonth = 4;
    mutual.financialYearStartDay = 1;
    return mutual;
}

enum class EventKind
{
    Admission, // the first subscription, on the day of admission
    TopUp,
    PartialWithdrawal,
    Transfer,
    Cessation, // everything withdrawn on the day the member ceases
};

struct Event
{
    qint64 day = 0; // Julian day
    int phase = 0; // within a day: admissions first, cessations last
    qint64 sequence = 0; // order of creation, so that sorting is stable and deterministic
    EventKind kind = EventKind::TopUp;
    int member = 0; // index into the members
    int otherMember = 0; // transfers: the receiving member
    qint64 shares = 0;
    bool isReversed = false; // top-ups entered in error and reversed the same day
};

// Where a member stands while the history is written, so that no rule is ever checked by a scan.
struct Standing
{
    qint64 admitted = 0; // Julian day, 0 for an applicant
    qint64 ceased = 0; // Julian day, 0 unless ceased
    qint64 shares = 0;
};

class DemoBuilder
{
public:
    explicit DemoBuilder(const DemoOptions& options)
        : m_options(options)
        , m_random(options.seed)
        , m_until(options.until.toJulianDay())
        , m_founded(options.until.addYears(-std::max(1, options.years)).toJulianDay())
    {
        Q_ASSERT(options.until.isValid());
        m_plan.mutual = demoMutual();
        m_plan.classes = demoClasses();
    }

    DemoPlan build()
    {
        addMembers();
        planEvents();
        writeLedger();
        return std::move(m_plan);
    }

private:
    struct Applicant
    {
        qint64 classId = 0;
        qint64 day = 0; // admission, or application for an applicant
        bool isApplicant = false;
    };

    void addMembers()
    {
        const int total = std::max(0, m_options.members);
        const int councils = std::min(total, std::max(3, total / 50));
        const int employees = (total - councils) * 20 / 98;
        const int community = (total - councils) * 70 / 98;
        m_plan.members.reserve(total);
        m_standings.reserve(total);
        for (int i = 0; i < councils; ++i)
            addCouncil(i);

        QList<Applicant> others;
        others.reserve(total - councils);
        for (int i = councils; i < total; ++i) {
            const int rank = i - councils;
            const qint64 classId = rank < employees ? employeeClassId
                : rank < employees + community      ? communityClassId
                                                    : investorClassId;
            others.append(newcomer(classId));
        }
        // Numbers follow the order in which people joined, as a register kept by hand would.
        std::stable_sort(others.begin(), others.end(),
                         [](const Applicant& a, const Applicant& b) { return a.day < b.day; });
        for (qsizetype i = 0; i < others.size(); ++i)
            addPerson(others[i], QString::number(1001 + i));
    }

    Applicant newcomer(qint64 classId)
    {
        if (m_random.chance(20))
            return { classId, m_random.between(std::max(m_founded, m_until - 90), m_until), true };
        return { classId, m_random.between(m_founded + 1, m_until), false };
    }

    void addCouncil(int index)
    {
        const auto placeCount = static_cast<int>(places.size());
        const auto formCount = static_cast<int>(councilForms.size());
        const QString place = QString::fromUtf16(places[static_cast<std::size_t>(index % placeCount)]);
        QString name
            = QString::fromUtf16(councilForms[static_cast<std::size_t>((index / placeCount) % formCount)])
                  .arg(place);
        if (index >= placeCount * formCount)
            name += QStringLiteral(" %1").arg(index / (placeCount * formCount) + 1);

        Member member;
        member.id = m_plan.members.size() + 1;
        member.number = QStringLiteral("C%1").arg(index + 1, 3, 10, QLatin1Char('0'));
        member.name = name;
        member.kind = MemberKind::Organisation;
        member.classId = foundingClassId;
        member.email = QStringLiteral("shared.services@%1.example.org").arg(slug(place));
        member.phone = phoneNumber();
        member.address = QStringLiteral("Town Hall, %1").arg(place);
        member.admittedOn = QDate::fromJulianDay(m_founded);
        member.status = MemberStatus::Active;
        m_plan.members.append(member);
        m_standings.append(Standing { m_founded, 0, 0 });
    }

    void addPerson(const Applicant& applicant, const QString& number)
    {
        Member member;
        member.id = m_plan.members.size() + 1;
        member.number = number;
        member.classId = applicant.classId;
        const bool isOrganisation = applicant.classId == investorClassId && m_random.chance(300);
        member.kind = isOrganisation ? MemberKind::Organisation : MemberKind::Individual;
        if (isOrganisation) {
            member.name = pick(m_random, investorNames);
            member.email = QStringLiteral("treasurer@%1.example.org").arg(slug(member.name));
        } else {
            const QString first = pick(m_random, firstNames);
            const QString last = pick(m_random, lastNames);
            member.name = first + u' ' + last;
            if (!m_random.chance(100))
                member.email
                    = QStringLiteral("%1.%2@%3").arg(slug(first), slug(last), pick(m_random, emailDomains));
        }
        member.phone = phoneNumber();
        member.address = QStringLiteral("%1 %2, %3")
                             .arg(m_random.between(1, 180))
                             .arg(pick(m_random, streets), pick(m_random, places));

        Standing standing;
        if (applicant.isApplicant) {
            member.status = MemberStatus::Applicant;
        } else {
            member.admittedOn = QDate::fromJulianDay(applicant.day);
            member.status = MemberStatus::Active;
            standing.admitted = applicant.day;
            if (applicant.day + 30 < m_until && m_random.chance(50)) {
                standing.ceased = m_random.between(applicant.day + 30, m_until);
                member.status = MemberStatus::Ceased;
                member.ceasedOn = QDate::fromJulianDay(standing.ceased);
            } else if (m_random.chance(10)) {
                member.status = MemberStatus::Suspended;
            }
        }
        m_plan.members.append(member);
        m_standings.append(standing);
    }

    QString phoneNumber()
    {
        // 01632 960xxx: numbers Ofcom keeps for drama and examples, never a real line.
        return QStringLiteral("01632 960%1").arg(m_random.between(0, 999), 3, 10, QLatin1Char('0'));
    }

    void addEvent(qint64 day, int phase, EventKind kind, int member, qint64 shares, int otherMember = 0)
    {
        Event event;
        event.day = day;
        event.phase = phase;
        event.sequence = m_events.size();
        event.kind = kind;
        event.member = member;
        event.otherMember = otherMember;
        event.shares = shares;
        event.isReversed = kind == EventKind::TopUp && m_random.chance(10);
        m_events.append(event);
    }

    qint64 firstSubscription(qint64 classId)
    {
        switch (classId) {
        case foundingClassId:
            return m_random.between(25'000, 250'000);
        case investorClassId:
            return m_random.between(100, 5'000);
        default:
            // Most members put in a little, a few a lot: £1 to £5,000 in three bands.
            if (m_random.chance(500))
                return m_random.between(1, 100);
            if (m_random.chance(600))
                return m_random.between(100, 1'000);
            return m_random.between(1'000, 5'000);
        }
    }

    qint64 topUpShares(qint64 classId)
    {
        if (classId == foundingClassId)
            return m_random.between(5'000, 50'000);
        if (classId == investorClassId)
            return m_random.between(100, 2'000);
        return m_random.between(1, 500);
    }

    void planEvents()
    {
        m_events.reserve(m_plan.members.size() * (m_options.years + 2));
        for (int i = 0; i < m_plan.members.size(); ++i)
            planMemberEvents(i);
        planTransfers();
        std::sort(m_events.begin(), m_events.end(), [](const Event& a, const Event& b) {
            return std::tie(a.day, a.phase, a.sequence) < std::tie(b.day, b.phase, b.sequence);
        });
    }

    void planMemberEvents(int index)
    {
        const Standing& standing = m_standings[index];
        if (standing.admitted == 0)
            return;
        const qint64 classId = m_plan.members[index].classId;
        addEvent(standing.admitted, 0, EventKind::Admission, index, firstSubscription(classId));
        // Later movements fall strictly between admission and cessation.
        const qint64 last = standing.ceased != 0 ? standing.ceased - 1 : m_until;
        if (last <= standing.admitted)
            return;
        const qint64 years = (last - standing.admitted) / 365 + 1;
        for (qint64 year = 0; year < years; ++year) {
            if (m_random.chance(150))
                addEvent(m_random.between(standing.admitted + 1, last), 1, EventKind::TopUp, index,
                         topUpShares(classId));
            if (classId != foundingClassId && m_random.chance(40))
                addEvent(m_random.between(standing.admitted + 1, last), 1, EventKind::PartialWithdrawal,
                         index, 0);
        }
        if (standing.ceased != 0)
            addEvent(standing.ceased, 2, EventKind::Cessation, index, 0);
    }

    void planTransfers()
    {
        const qint64 count = static_cast<qint64>(m_plan.members.size()) * std::max(1, m_options.years) / 50;
        if (m_plan.members.size() < 2)
            return;
        for (qint64 i = 0; i < count; ++i) {
            const qint64 day = m_random.between(m_founded + 1, m_until);
            const int from = m_random.index(m_plan.members.size());
            const int to = m_random.index(m_plan.members.size());
            addEvent(day, 1, EventKind::Transfer, from, m_random.between(1, 200), to);
        }
    }

    bool isActiveOn(int index, qint64 day) const
    {
        const Standing& standing = m_standings[index];
        return standing.admitted != 0 && standing.admitted <= day
            && (standing.ceased == 0 || day < standing.ceased);
    }

    const MemberClass& classOf(int index) const
    {
        return m_plan.classes[static_cast<qsizetype>(m_plan.members[index].classId - 1)];
    }

    // The most shares the member may receive now: the class maximum and, for individuals, the cap
    // on withdrawable share capital.
    qint64 roomFor(int index) const
    {
        qint64 room = std::numeric_limits<qint64>::max();
        const MemberClass& memberClass = classOf(index);
        if (memberClass.maximumShares)
            room = *memberClass.maximumShares - m_standings[index].shares;
        if (m_plan.members[index].kind == MemberKind::Individual) {
            const qint64 capShares
                = m_plan.mutual.individualWithdrawableCap / m_plan.mutual.nominalShareValue;
            room = std::min(room, capShares - m_standings[index].shares);
        }
        return room;
    }

    qint64 spareAboveMinimum(int index) const
    {
        return m_standings[index].shares - classOf(index).minimumShares;
    }

    void writeLedger()
    {
        m_plan.entries.reserve(m_events.size() * 2);
        for (const Event& event : std::as_const(m_events)) {
            switch (event.kind) {
            case EventKind::Admission:
            case EventKind::TopUp:
                writeSubscription(event);
                break;
            case EventKind::PartialWithdrawal:
                writePartialWithdrawal(event);
                break;
            case EventKind::Transfer:
                writeTransfer(event);
                break;
            case EventKind::Cessation:
                if (m_standings[event.member].shares > 0)
                    append(event.day, ShareEntryKind::Withdrawal, event.member,
                           -m_standings[event.member].shares,
                           QCoreApplication::translate("DemoMutual", "Shares withdrawn on cessation"));
                break;
            }
        }
    }

    void writeSubscription(const Event& event)
    {
        const qint64 shares = std::min(event.shares, roomFor(event.member));
        if (shares <= 0 || m_standings[event.member].shares + shares < classOf(event.member).minimumShares)
            return;
        const bool isAdmission = event.kind == EventKind::Admission;
        append(event.day, ShareEntryKind::Subscription, event.member, shares,
               isAdmission ? QCoreApplication::translate("DemoMutual", "Application for membership")
                           : QCoreApplication::translate("DemoMutual", "Further subscription"));
        if (event.isReversed && !isAdmission) {
            const qint64 reversedId = m_plan.entries.size();
            append(event.day, ShareEntryKind::Reversal, event.member, -shares,
                   QCoreApplication::translate("DemoMutual", "Entered twice in error"));
            m_plan.entries.last().reversesId = reversedId;
        }
    }

    void writePartialWithdrawal(const Event& event)
    {
        const qint64 spare = spareAboveMinimum(event.member);
        if (spare <= 0)
            return;
        const qint64 shares = m_random.between(1, spare);
        const bool isForfeit = m_random.chance(100);
        append(event.day, isForfeit ? ShareEntryKind::Forfeiture : ShareEntryKind::Withdrawal, event.member,
               -shares,
               isForfeit ? QCoreApplication::translate("DemoMutual", "Forfeited under rule 14")
                         : QCoreApplication::translate("DemoMutual", "Withdrawal on request"));
    }

    void writeTransfer(const Event& event)
    {
        const int from = event.member;
        const int to = event.otherMember;
        if (from == to || !isActiveOn(from, event.day) || !isActiveOn(to, event.day))
            return;
        if (m_plan.members[to].status == MemberStatus::Applicant)
            return;
        const qint64 shares = std::min({ event.shares, spareAboveMinimum(from), roomFor(to) });
        if (shares <= 0 || m_standings[to].shares + shares < classOf(to).minimumShares)
            return;
        const QString reference = QCoreApplication::translate("DemoMutual", "Transfer %1 to %2")
                                      .arg(m_plan.members[from].number, m_plan.members[to].number);
        append(event.day, ShareEntryKind::Transfer, from, -shares, reference);
        m_plan.entries.last().counterpartyId = m_plan.members[to].id;
        append(event.day, ShareEntryKind::Transfer, to, shares, reference);
        m_plan.entries.last().counterpartyId = m_plan.members[from].id;
    }

    void append(qint64 day, ShareEntryKind kind, int member, qint64 shares, const QString& reference)
    {
        ShareEntry entry;
        entry.id = m_plan.entries.size() + 1;
        entry.kind = kind;
        entry.date = QDate::fromJulianDay(day);
        entry.memberId = m_plan.members[member].id;
        entry.shares = shares;
        entry.amount = shares * m_plan.mutual.nominalShareValue;
        entry.reference = reference;
        entry.recordedAt = QDateTime(entry.date, QTime(9, 0).addSecs(static_cast<int>(60 * (entry.id % 480))),
                                     QTimeZone::utc());
        m_standings[member].shares += shares;
        m_plan.entries.append(entry);
    }

    const DemoOptions& m_options;
    Random m_random;
    qint64 m_until = 0;
    qint64 m_founded = 0;
    DemoPlan m_plan;
    QList<Standing> m_standings;
    QList<Event> m_events;
};

} // namespace

DemoPlan planDemoMutual(const DemoOptions& options)
{
    DemoPlan plan = DemoBuilder(options).build();
    plan.seed = options.seed;
    plan.meetings = planDemoMeetings(plan, options);
    plan.money = planDemoMoney(plan, options);
    return plan;
}

} // namespace mutualise::domain
