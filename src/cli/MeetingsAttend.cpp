#include "MeetingsAttend.h"

#include "domain/Text.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"

namespace mutualise::cli {

using namespace mutualise::domain;

MeetingsAttend::MeetingsAttend()
    : MutualCommand(QStringLiteral("meetings attend"),
                    tr("Record members as present, represented by proxy or sending apologies at a meeting."))
{
    addPositionalArgument(QStringLiteral("MEETING"), tr("The meeting's id, as “meetings” lists it."));
    addRepeatedArgument(QStringLiteral("NUMBER"), tr("The number of each member to record."));
    addOption({ QStringLiteral("as"),
                tr("present, proxy, apologies, or none to remove the member's line (required)."),
                tr("ATTENDANCE") });
}

int MeetingsAttend::checkArguments(const QCommandLineParser& parser, const QStringList& positional)
{
    m_meetingId = meetingIdArgument(positional.at(1));
    if (!m_meetingId)
        return ExitUsage;
    if (!hasRequiredOptions(parser, { QStringLiteral("as") }))
        return ExitUsage;
    const QString key = keyOption(parser, QStringLiteral("as"));
    m_attendance = attendanceFromKey(key);
    if (!m_attendance && key != u"none")
        return refuseUsage(tr("--as must be present, proxy, apologies or none."));
    return ExitSuccess;
}

int MeetingsAttend::runWithMutual(storage::MutualFile& file, const QCommandLineParser& /*parser*/,
                                  const QStringList& positional)
{
    storage::MeetingRepository meetings(file);
    if (const auto meeting = meetings.meeting(*m_meetingId); !meeting)
        return refuse(meeting.error());
    // Every number is looked up before anything is recorded, so that a mistyped one changes nothing.
    const storage::MemberRepository memberRegister(file);
    QList<Member> members;
    for (const QString& number : positional.mid(2)) {
        const Result<Member> member = memberRegister.memberByNumber(number.trimmed());
        if (!member)
            return refuse(member.error());
        members.append(*member);
    }
    // All of them in one transaction: one refused member (a ceased one, say) leaves every line as it was.
    QList<qint64> ids;
    for (const Member& member : std::as_const(members))
        ids.append(member.id);
    if (const Outcome done = meetings.setAttendance(*m_meetingId, ids, m_attendance); !done)
        return refuse(done.error());
    for (const Member& member : std::as_const(members)) {
        writeOut(tr("%1 %2: %3")
                     .arg(visibleText(member.number), visibleText(member.name),
                          m_attendance ? attendanceLabel(*m_attendance) : tr("no attendance recorded"))
                 + QLatin1Char('\n'));
    }
    return ExitSuccess;
}

} // namespace mutualise::cli
