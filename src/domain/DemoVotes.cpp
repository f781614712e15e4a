#include "DemoVotes.h"

#include "DemoMutual.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace mutualise::domain {

namespace {

// A number from the seed, a purpose and a member number, the same on every platform (qHash is
// seeded per process, so it will not do): FNV-1a over the text, mixed by splitmix64.
quint64 demoHash(quint64 seed, quint64 purpose, const QString& text)
{
    quint64 hash = 0xCBF2'9CE4'8422'2325ULL ^ seed ^ (purpose * 0x9E37'79B9'7F4A'7C15ULL);
    for (const QChar character : text) {
        hash ^= character.unicode();
        hash *= 0x100'0000'01B3ULL;
    }
    hash += 0x9E37'79B9'7F4A'7C15ULL;
    hash = (hash ^ (hash >> 30)) * 0xBF58'476D'1CE4'E5B9ULL;
    hash = (hash ^ (hash >> 27)) * 0x94D0'49BB'1331'11EBULL;
    return hash ^ (hash >> 31);
}

int perMille(quint64 hash)
{
    return static_cast<int>(hash % 1000);
}

// The classes' agreed shares of the vote, as the register has them.
QHash<qint64, int> classShares(const DemoPlan& plan)
{
    QHash<qint64, int> shares;
    for (const MemberClass& memberClass : plan.classes) {
        if (memberClass.votingShareBasisPoints > 0)
            shares.insert(memberClass.id, memberClass.votingShareBasisPoints);
    }
    return shares;
}

// The first individuals admitted by the day and still members: the board's candidates.
QStringList candidatesOn(const DemoPlan& plan, const QDate& day, int count)
{
    QStringList numbers;
    for (const Member& member : plan.members) {
        if (numbers.size() == count)
            break;
        if (isVotingMemberOn(member, day) && member.kind == MemberKind::Individual)
            numbers.append(member.number);
    }
    return numbers;
}

} // namespace

int financialYearForAgm(const Mutual& mutual, const QDate& heldOn)
{
    const Period current = mutual.financialYearContaining(heldOn.addDays(-60));
    return mutual.financialYearContaining(current.first.addDays(-1)).first.year();
}

QString financialYearLabel(const Mutual& mutual, int year)
{
    const Period period = mutual.financialYearContaining(
        QDate(year, mutual.financialYearStartMonth, mutual.financialYearStartDay));
    if (period.first.year() == period.last.year())
        return QString::number(year);
    return QStringLiteral("%1/%2").arg(year).arg(period.last.year() % 100, 2, 10, QLatin1Char('0'));
}

namespace {

Motion accountsMotion()
{
    Motion accounts;
    accounts.title = QCoreApplication::translate("DemoVotes", "Receive the annual report and accounts");
    accounts.body = QCoreApplication::translate(
        "DemoVotes", "That the annual report and accounts for the year be received and adopted.");
    accounts.rules.quorum = { 10, 500 }; // the larger of 10 members and 5% of those eligible
    return accounts;
}

// The two money motions of an AGM: the surplus allocation of the year and the grants it funds, or one
// motion for both when `isCombined`. Ordinary resolutions that the members carry by a wide margin.
QList<DemoMotion> moneyMotions(const Mutual& mutual, int year, int turnoutPerMille, bool isCombined)
{
    const QString label = financialYearLabel(mutual, year);
    DemoMotion allocation;
    allocation.motion.title
        = QCoreApplication::translate("DemoVotes", "Approve the allocation of the surplus for %1").arg(label);
    allocation.motion.body = QCoreApplication::translate(
                                 "DemoVotes",
                                 "That the surplus for %1 be allocated to reserves, interest on share "
                                 "capital, rebates to the members that use the services and the community "
                                 "reinvestment fund, as set out in the board's plan.")
                                 .arg(label);
    allocation.motion.rules.quorum = { 10, 500 };
    allocation.supportPerMille = 920;
    allocation.turnoutPerMille = turnoutPerMille;
    allocation.purpose = DemoMotionPurpose::SurplusAllocation;
    allocation.financialYear = year;
    if (isCombined) {
        allocation.motion.title
            = QCoreApplication::translate("DemoVotes",
                                          "Approve the allocation of the surplus for %1 and its grants")
                  .arg(label);
        allocation.motion.body += u' '
            + QCoreApplication::translate("DemoVotes",
                                          "That the projects recommended by the board be granted the sums "
                                          "set out in its report from the fund so allocated.");
        return { allocation };
    }
    DemoMotion grants;
    grants.motion.title
        = QCoreApplication::translate("DemoVotes",
                                      "Approve the grants from the community reinvestment fund "
                                      "for %1")
              .arg(label);
    grants.motion.body = QCoreApplication::translate(
                             "DemoVotes",
                             "That the projects recommended by the board be granted the sums set out in "
                             "its report from the fund allocated for %1.")
                             .arg(label);
    grants.motion.rules.quorum = { 10, 500 };
    grants.supportPerMille = 900;
    grants.turnoutPerMille = turnoutPerMille;
    grants.purpose = DemoMotionPurpose::Grants;
    grants.financialYear = year;
    return { allocation, grants };
}

} // namespace

QList<DemoMeeting> planDemoMeetings(const DemoPlan& plan, const DemoOptions& options)
{
    QList<DemoMeeting> meetings;
    QDate founded;
    for (const Member& member : plan.members) {
        if (member.admittedOn.isValid() && (!founded.isValid() || member.admittedOn < founded))
            founded = member.admittedOn;
    }
    if (!founded.isValid() || !options.until.isValid())
        return meetings;
    const QDate latest = options.until.addDays(-30);
    for (int yearsAgo = std::max(1, options.years) - 1; yearsAgo >= 0; --yearsAgo) {
        DemoMeeting demo;
        demo.meeting.kind = MeetingKind::AnnualGeneral;
        demo.meeting.heldOn = latest.addYears(-yearsAgo);
        demo.recordDate = demo.meeting.heldOn.addDays(-14);
        demo.votingOpensAt = QDateTime(demo.recordDate, QTime(9, 30));
        demo.startsAt = QDateTime(demo.meeting.heldOn, QTime(19, 0));
        demo.electionDeclaredAt = QDateTime(demo.meeting.heldOn, QTime(21, 10));
        if (demo.recordDate <= founded.addDays(60))
            continue;
        demo.meeting.title = QCoreApplication::translate("DemoVotes", "Annual general meeting %1")
                                 .arg(demo.meeting.heldOn.year());
        demo.meeting.place = QCoreApplication::translate("DemoVotes", "Council Chamber, Civic Centre");
        demo.meeting.proxyLimit = 5;
        demo.meeting.agenda = QCoreApplication::translate(
            "DemoVotes",
            "1. Apologies\n2. Minutes of the last meeting\n3. Annual report and accounts\n"
            "4. Resolutions\n5. Election of directors\n6. Any other business");
        // A year is allocated once the mutual has traded in it for three months or more.
        const int year = financialYearForAgm(plan.mutual, demo.meeting.heldOn);
        const Period period = plan.mutual.financialYearContaining(
            QDate(year, plan.mutual.financialYearStartMonth, plan.mutual.financialYearStartDay));
        const qsizetype eligible
            = std::count_if(plan.members.cbegin(), plan.members.cend(),
                            [&](const Member& member) { return isVotingMemberOn(member, demo.recordDate); });
        // Every motion stores a roll of the whole register: in a large mutual the older AGMs take the
        // money in one motion, with the lower turnout of the years before the mutual grew.
        const bool isLargeAndOld = yearsAgo >= 2 && plan.members.size() >= 1000;
        // A young mutual's few members nearly all vote: its quorum of 10 is met.
        const int turnout = isLargeAndOld ? 300 : eligible < 100 ? 850 : 550;
        const QList<DemoMotion> money = period.last >= founded.addDays(90) && eligible >= 20
            ? moneyMotions(plan.mutual, year, turnout, isLargeAndOld)
            : QList<DemoMotion> {};
        if (yearsAgo >= 2 && money.isEmpty())
            continue; // an AGM with nothing to vote on is not worth recording
        if (yearsAgo >= 1) {
            if (yearsAgo == 1)
                demo.motions.append({ accountsMotion(), 880 });
            demo.motions.append(money);
            meetings.append(demo);
            continue;
        }
        demo.motions.append({ accountsMotion(), 850 });
        Motion cap;
        cap.title = QCoreApplication::translate("DemoVotes", "Amend rule 12: interest on share capital");
        cap.body = QCoreApplication::translate(
            "DemoVotes",
            "That rule 12 be amended so that interest on share capital is paid at up to 3% a year.");
        cap.rules.threshold = Threshold::Special;
        cap.rules.scheme = VotingScheme::ShareWeighted;
        cap.rules.capBasisPoints = 1000; // no member more than 10% of the vote
        cap.rules.quorum = { 10, 500 };
        demo.motions.append({ cap, 760 });
        Motion fund;
        fund.title = QCoreApplication::translate("DemoVotes", "Adopt the community reinvestment fund plan");
        fund.body = QCoreApplication::translate(
            "DemoVotes", "That the plan for the community reinvestment fund be adopted for the coming year.");
        fund.rules.threshold = Threshold::TwoThirds;
        fund.rules.scheme = VotingScheme::ClassWeighted;
        fund.rules.classShares = classShares(plan);
        fund.rules.quorum = { 10, 500 };
        fund.isSecret = true;
        demo.motions.append({ fund, 690 });
        demo.motions.append(money);
        const QStringList candidates = candidatesOn(plan, demo.recordDate, 6);
        if (candidates.size() == 6) {
            DemoElection election;
            election.election.title = QCoreApplication::translate("DemoVotes", "Election of three directors");
            election.election.seats = 3;
            election.election.method = ElectionMethod::SingleTransferableVote;
            election.candidateNumbers = candidates;
            demo.election = election;
        }
        meetings.append(demo);
    }
    return meetings;
}

std::optional<Choice> demoChoice(quint64 seed, int motionIndex, const QString& memberNumber,
                                 int supportPerMille, int turnoutPerMille)
{
    const quint64 hash = demoHash(seed, 100 + static_cast<quint64>(motionIndex), memberNumber);
    if (perMille(hash) >= turnoutPerMille) // 55% turn out unless the motion says otherwise
        return std::nullopt;
    const int leaning = perMille(hash >> 20);
    if (leaning < supportPerMille)
        return Choice::For;
    return leaning < supportPerMille + (1000 - supportPerMille) * 3 / 4 ? Choice::Against : Choice::Abstain;
}

BallotMethod demoMethod(quint64 seed, int motionIndex, const QString& memberNumber)
{
    const int method = perMille(demoHash(seed, 200 + static_cast<quint64>(motionIndex), memberNumber));
    return method < 600 ? BallotMethod::Online : method < 900 ? BallotMethod::Post : BallotMethod::InPerson;
}

bool demoAttends(quint64 seed, int meetingIndex, const QString& memberNumber)
{
    return perMille(demoHash(seed, 300 + static_cast<quint64>(meetingIndex), memberNumber)) < 30;
}

std::optional<QList<int>> demoRanking(quint64 seed, const QString& memberNumber, int candidates)
{
    quint64 hash = demoHash(seed, 400, memberNumber);
    if (perMille(hash) >= 500)
        return std::nullopt;
    // Earlier candidates are better known: of those still unranked, the k-th from the front is
    // chosen with weight (n - k), so that with six candidates the first has six times the chance of
    // the last. Every candidate gets some first preferences, and a count has surpluses and
    // exclusions to show.
    QList<int> unranked;
    for (int position = 1; position <= candidates; ++position)
        unranked.append(position);
    QList<int> ranking;
    const int length = 1 + static_cast<int>((hash >> 10) % static_cast<quint64>(candidates));
    for (int place = 0; place < length; ++place) {
        hash = demoHash(hash, 500 + static_cast<quint64>(place), memberNumber);
        const auto left = static_cast<quint64>(unranked.size());
        quint64 draw = hash % (left * (left + 1) / 2); // the sum of the weights left, ..., 1
        qsizetype chosen = 0;
        for (quint64 weight = left; draw >= weight; --weight, ++chosen)
            draw -= weight;
        ranking.append(unranked.takeAt(chosen));
    }
    return ranking;
}

} // namespace mutualise::domain
