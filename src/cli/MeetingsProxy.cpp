#include "MeetingsProxy.h"

#include "domain/Text.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"

#include <algorithm>

namespace mutualise::cli {

using namespace mutualise::domain;

MeetingsProxy::MeetingsProxy()
    : MutualCommand(QStringLiteral("meetings proxy"),
                    tr("Appoint a member's proxy for a meeting, another member or the chair, or revoke it."))
{
    addPositionalArgument(QStringLiteral("MEETING"), tr("The meeting's id, as “meetings” lists it."));
    addOption({ QStringLiteral("member"), tr("The number of the member appointing a proxy (required)."),
                tr("NUMBER") });
    addOption({ QStringLiteral("proxy"), tr("The number of the member who holds the proxy."), tr("NUMBER") });
    addOption({ QStringLiteral("chair"), tr("The chair of the meeting holds the proxy (the default).") });
    addOption({ QStringLiteral("direction"),
                tr("for, against or abstain: how the proxy must vote on every motion (default: as the "
                   "proxy decides)."),
                tr("CHOICE") });
    addOption({ QStringLiteral("revoke"), tr("Revoke the member's proxy instead of appointing one.") });
}

int MeetingsProxy::checkArguments(const QCommandLineParser& parser, const QStringList& positional)
{
    m_meetingId = meetingIdArgument(positional.at(1));
    if (!m_meetingId)
        return ExitUsage;
    if (!hasRequiredOptions(parser, { QStringLiteral("member") }))
        return ExitUsage;
    m_request = requestFrom(parser);
    if (!m_request)
        return ExitUsage;
    return ExitSuccess;
}

int MeetingsProxy::runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                                 const QStringList& /*positional*/)
{
    const Result<Member> member
        = storage::MemberRepository(file).memberByNumber(textOption(parser, QStringLiteral("member")));
    if (!member)
        return refuse(member.error());
    return m_request->isRevocation ? revoke(file, *m_meetingId, *member)
                                   : appoint(file, *m_meetingId, *member, *m_request);
}

std::optional<MeetingsProxy::Request> MeetingsProxy::requestFrom(const QCommandLineParser& parser) const
{
    Request request;
    request.isRevocation = parser.isSet(QStringLiteral("revoke"));
    const bool hasHolder = parser.isSet(QStringLiteral("proxy"));
    if (hasHolder && parser.isSet(QStringLiteral("chair"))) {
        refuseUsage(tr("Give --proxy NUMBER or --chair, not both."));
        return std::nullopt;
    }
    if (request.isRevocation) {
        if (hasHolder || parser.isSet(QStringLiteral("chair")) || parser.isSet(QStringLiteral("direction"))) {
            refuseUsage(tr("--revoke takes no --proxy, --chair or --direction."));
            return std::nullopt;
        }
        return request;
    }
    if (hasHolder)
        request.holderNumber = textOption(parser, QStringLiteral("proxy"));
    if (parser.isSet(QStringLiteral("direction"))) {
        request.direction = choiceFromKey(keyOption(parser, QStringLiteral("direction")));
        if (!request.direction) {
            refuseUsage(tr("--direction must be for, against or abstain."));
            return std::nullopt;
        }
    }
    return request;
}

int MeetingsProxy::revoke(storage::MutualFile& file, qint64 meetingId, const Member& member)
{
    storage::MeetingRepository meetings(file);
    if (const auto meeting = meetings.meeting(meetingId); !meeting)
        return refuse(meeting.error());
    const auto proxies = meetings.proxies(meetingId);
    if (!proxies)
        return refuse(proxies.error());
    // Revoking what was never appointed is a slip worth a word, not an entry in the audit trail.
    const bool hasProxy
        = std::any_of(proxies->cbegin(), proxies->cend(), [&member](const storage::ProxyRow& row) {
              return row.appointment.memberId == member.id;
          });
    if (!hasProxy)
        return refuse(Error {
            tr("%1 %2 has no proxy appointed for meeting %3.")
                .arg(visibleText(member.number), visibleText(member.name), QString::number(meetingId)),
            QStringLiteral("no-proxy"), QStringLiteral("member") });
    if (const Outcome done = meetings.revokeProxy(meetingId, member.id); !done)
        return refuse(done.error());
    writeOut(tr("The proxy of %1 %2 for meeting %3 is revoked.")
                 .arg(visibleText(member.number), visibleText(member.name), QString::number(meetingId))
             + QLatin1Char('\n'));
    return ExitSuccess;
}

int MeetingsProxy::appoint(storage::MutualFile& file, qint64 meetingId, const Member& member,
                           const Request& request)
{
    ProxyAppointment appointment;
    appointment.memberId = member.id;
    appointment.direction = request.direction;
    QString holder = tr("the chair");
    if (request.holderNumber) {
        const Result<Member> found = storage::MemberRepository(file).memberByNumber(*request.holderNumber);
        if (!found)
            return refuse(found.error());
        appointment.proxyMemberId = found->id;
        holder = visibleText(found->number + QLatin1Char(' ') + found->name);
    }
    if (const Outcome done = storage::MeetingRepository(file).appointProxy(meetingId, appointment); !done)
        return refuse(done.error());
    const QString text = request.direction
        ? tr("%1 %2 appoints %3 as proxy for meeting %4, directed to vote: %5.")
              .arg(visibleText(member.number), visibleText(member.name), holder, QString::number(meetingId),
                   choiceLabel(*request.direction))
        : tr("%1 %2 appoints %3 as proxy for meeting %4.")
              .arg(visibleText(member.number), visibleText(member.name), holder, QString::number(meetingId));
    writeOut(text + QLatin1Char('\n'));
    return ExitSuccess;
}

} // namespace mutualise::cli
