#include "Eligibility.h"

#include "Counts.h"
#include "Dates.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace mutualise::domain {

namespace {

Error eligibilityError(const QString& message, const char* rule, const char* field = "")
{
    return Error { message, QString::fromLatin1(rule), QString::fromLatin1(field) };
}

QString momentText(const QDateTime& moment)
{
    return QLocale().toString(moment.toLocalTime(), QLocale::ShortFormat);
}

Outcome checkOwnProxy(const ProxyAppointment& appointment)
{
    if (!appointment.proxyMemberId || *appointment.proxyMemberId != appointment.memberId)
        return ok();
    return eligibilityError(QCoreApplication::translate("Eligibility",
                                                        "A member cannot be its own proxy: appoint another "
                                                        "member or the chair."),
                            "own-proxy", "proxy");
}

Outcome checkProxyLimit(const Meeting& meeting, const Member& holder, qint64 heldAlready)
{
    // The meeting's limit on how many members one person may represent; 0 is no limit.
    if (meeting.proxyLimit == 0 || heldAlready < meeting.proxyLimit)
        return ok();
    return eligibilityError(QCoreApplication::translate("Eligibility",
                                                        "%1 %2 already holds %3 proxy(ies), as many as one "
                                                        "person may hold at this meeting. Appoint someone "
                                                        "else, or the chair.",
                                                        nullptr, pluralFormOf(heldAlready))
                                .arg(holder.number, holder.name, QLocale().toString(heldAlready)),
                            "proxy-limit", "proxy");
}

QString chairOrMember(bool isMember)
{
    return isMember ? QCoreApplication::translate("Eligibility", "another member")
                    : QCoreApplication::translate("Eligibility", "the chair");
}

// The member's direction binds its proxy: the ballot is refused rather than counted another way.
Outcome checkDirection(const BallotFacts& ballot, const ProxyAppointment& appointment)
{
    if (!appointment.direction || *appointment.direction == ballot.choice)
        return ok();
    return eligibilityError(
        QCoreApplication::translate("Eligibility", "member %1 directed its proxy to vote “%2”, not “%3”.")
            .arg(ballot.voterNumber, choiceLabel(*appointment.direction), choiceLabel(ballot.choice)),
        "proxy-direction");
}

QString tooManyInFile(qint64 incoming, const PaperRoom& room, qint64 notYetVoted)
{
    const QString papers = paperCount(incoming);
    const QString election = QString::number(room.electionId);
    const QString roll = QLocale().toString(room.rollSize);
    const QString recorded = paperCount(room.papersRecorded);
    if (notYetVoted == 0)
        return QCoreApplication::translate("Eligibility",
                                           "This file holds %1, but every member on the roll of election %2 "
                                           "has voted: %3 on the roll, %4 recorded.")
            .arg(papers, election, roll, recorded);
    return QCoreApplication::translate("Eligibility",
                                       "This file holds %1, but election %2 has only %3 on its roll yet to "
                                       "vote: %4 on the roll, %5 recorded.")
        .arg(papers, election, memberCount(notYetVoted), roll, recorded);
}

QString tooManyEntered(qint64 incoming, const PaperRoom& room)
{
    return QCoreApplication::translate("Eligibility",
                                       "Recording %1 would give election %2 more papers than members on its "
                                       "roll: %3 on the roll, %4 recorded already (imported papers name no "
                                       "voter, but each stands for a member who voted).")
        .arg(paperCount(incoming), QString::number(room.electionId), QLocale().toString(room.rollSize),
             paperCount(room.papersRecorded));
}

} // namespace

Outcome checkVotingMember(const Member& member, const QDate& day)
{
    if (isVotingMemberOn(member, day))
        return ok();
    return eligibilityError(
        QCoreApplication::translate("Eligibility",
                                    "Member %1 %2 is not a voting member on %3: only "
                                    "admitted members who are neither suspended nor "
                                    "ceased take part.")
            .arg(member.number, member.name, QLocale().toString(day, QLocale::ShortFormat)),
        "not-a-voter", "member");
}

Outcome checkProxyAppointment(const Meeting& meeting, const ProxyAppointment& appointment,
                              const ProxyFacts& facts)
{
    if (auto done = checkVotingMember(facts.member, meeting.heldOn); !done)
        return done;
    if (auto done = checkOwnProxy(appointment); !done)
        return done;
    if (!appointment.proxyMemberId)
        return ok(); // the chair, who may hold any number
    if (!facts.holder)
        return eligibilityError(QCoreApplication::translate("Eligibility", "There is no member with id %1.")
                                    .arg(*appointment.proxyMemberId),
                                "unknown-member", "member");
    if (auto done = checkVotingMember(*facts.holder, meeting.heldOn); !done)
        return done;
    return checkProxyLimit(meeting, *facts.holder, facts.heldAlready);
}

Outcome checkMotionVoter(const VoterFacts& voter, const QDate& recordDate)
{
    if (voter.standing == RollStanding::NotAMember)
        return eligibilityError(
            QCoreApplication::translate("Eligibility", "there is no member %1.").arg(voter.number),
            "unknown-member");
    // The roll frozen when voting opened decides, whatever the register says now.
    if (voter.standing == RollStanding::NotOnRoll)
        return eligibilityError(
            QCoreApplication::translate("Eligibility",
                                        "member %1 is not on the roll for this motion: only members eligible "
                                        "on the record date, %2, vote on it.")
                .arg(voter.number, QLocale().toString(recordDate, QLocale::ShortFormat)),
            "not-eligible");
    if (voter.votedOnLine) {
        return eligibilityError(
            *voter.votedOnLine > 0
                ? QCoreApplication::translate("Eligibility",
                                              "member %1 has already voted on this motion, on line %2.")
                      .arg(voter.number)
                      .arg(*voter.votedOnLine)
                : QCoreApplication::translate("Eligibility", "member %1 has already voted on this motion.")
                      .arg(voter.number),
            "voted-twice");
    }
    if (voter.votedAt)
        return eligibilityError(
            QCoreApplication::translate("Eligibility", "member %1 has already voted on this motion, at %2.")
                .arg(voter.number, momentText(*voter.votedAt)),
            "voted-twice");
    return ok();
}

Outcome checkElectionVoter(const VoterFacts& voter)
{
    if (voter.standing != RollStanding::OnRoll)
        return eligibilityError(QCoreApplication::translate("Eligibility",
                                                            "%1 is not on the roll for this election: only "
                                                            "members eligible on the record date vote in it.")
                                    .arg(voter.number),
                                "not-eligible");
    if (!voter.votedOnLine && !voter.votedAt)
        return ok();
    const QString when = voter.votedAt
        ? momentText(*voter.votedAt)
        : QCoreApplication::translate("Eligibility", "line %1").arg(*voter.votedOnLine);
    return eligibilityError(
        QCoreApplication::translate("Eligibility", "member %1 has already voted in this election (%2).")
            .arg(voter.number, when),
        "voted-twice");
}

Outcome checkPaperCount(qint64 incoming, const PaperRoom& room, PaperSource source)
{
    // An old file may already hold more papers than its roll: then nothing more goes in.
    const qint64 notYetVoted = std::max<qint64>(0, room.rollSize - room.papersRecorded);
    if (incoming <= notYetVoted)
        return ok();
    return eligibilityError(source == PaperSource::File ? tooManyInFile(incoming, room, notYetVoted)
                                                        : tooManyEntered(incoming, room),
                            "too-many-papers", "papers");
}

Outcome checkProxyBallot(const BallotFacts& ballot, const std::optional<ProxyAppointment>& appointment)
{
    if (ballot.method != BallotMethod::Proxy) {
        if (ballot.proxyNumber.isEmpty())
            return ok();
        return eligibilityError(QCoreApplication::translate("Eligibility",
                                                            "a proxy (%1) is named on a ballot not cast by "
                                                            "proxy.")
                                    .arg(ballot.proxyNumber),
                                "not-a-proxy-ballot");
    }
    if (!appointment)
        return eligibilityError(
            QCoreApplication::translate("Eligibility", "member %1 appointed no proxy for this meeting.")
                .arg(ballot.voterNumber),
            "no-proxy");
    if (!ballot.proxyNumber.isEmpty() && !ballot.proxyMemberId)
        return eligibilityError(
            QCoreApplication::translate("Eligibility", "there is no member %1 to hold the proxy.")
                .arg(ballot.proxyNumber),
            "unknown-member");
    if (appointment->proxyMemberId != ballot.proxyMemberId) {
        return eligibilityError(
            QCoreApplication::translate("Eligibility",
                                        "member %1 appointed %2 as proxy, but the ballot was cast by %3.")
                .arg(ballot.voterNumber, chairOrMember(appointment->proxyMemberId.has_value()),
                     ballot.proxyNumber.isEmpty() ? chairOrMember(false) : ballot.proxyNumber),
            "wrong-proxy");
    }
    return checkDirection(ballot, *appointment);
}

Outcome checkRecordDate(const QDate& recordDate, const QDate& today)
{
    if (!recordDate.isValid())
        return eligibilityError(QCoreApplication::translate("Eligibility",
                                                            "Voting opens on a record date: the day whose "
                                                            "register decides who may vote."),
                                "invalid-date", "recordDate");
    return checkNotInFuture(recordDate, today, QStringLiteral("recordDate"));
}

Outcome checkPreviewDate(const QDate& recordDate)
{
    if (recordDate.isValid())
        return ok();
    return eligibilityError(QCoreApplication::translate("Eligibility", "Choose a record date."),
                            "invalid-date", "recordDate");
}

} // namespace mutualise::domain
