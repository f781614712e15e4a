#include "MeetingsAttend.h"

#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"

namespace mutualise::cli {

using namespace mutualise::domain;

MeetingsAttend::MeetingsAttend()
    : Command(QStringLiteral("meetings attend"),
              tr("Record members as present, represented by proxy or sending apologies at a meeting."))
{
    addPositionalArgument(QStringLiteral("FILE"), tr("The .mutual file."));
    addPositionalArgument(QStringLiteral("MEETING"), tr("The meeting's id, as “meetings” lists it."));
    addRepeatedArgument(QStringLiteral("NUMBER"), tr("The number of each member to record."));
    addOption({ QStringLiteral("as"),
                tr("present, proxy, apologies, or none to remove the member's line (required)."),
                tr("ATTENDANCE") });
}

int MeetingsAttend::run(const QCommandLineParser& parser, const QStringList& positional)
{
    const std::optional<qint64> meetingId = meetingIdArgument(positional.at(1));
    if (!meetingId)
        return ExitUsage;
    if (!hasRequiredOptions(parser, { QStringLiteral("as") }))
        return ExitUsage;
    const QString key = keyOption(parser, QStringLiteral("as"));
    const std::optional<Attendance> attendance = attendanceFromKey(key);
    if (!attendance && key != u"none")
        return refuseUsage(tr("--as must be present, proxy, apologies or none."));

    const auto file = openExisting(positional.at(0));
    if (!file)
        return refuse(file.error());
    storage::MeetingRepository meetings(**file);
    if (const auto meeting = meetings.meeting(*meetingId); !meeting)
        return refuse(meeting.error());
    // Every number is looked up before anything is recorded, so that a mistyped one changes nothing.
    const storage::MemberRepository memberRegister(**file);
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
    if (const Outcome done = meetings.setAttendance(*meetingId, ids, attendance); !done)
        return refuse(done.error());
    for (const Member& member : std::as_const(members)) {
        writeOut(tr("%1 %2: %3")
                     .arg(member.number, member.name,
                          attendance ? attendanceLabel(*attendance) : tr("no attendance recorded"))
                 + QLatin1Char('\n'));
    }
    return ExitSuccess;
}

} // namespace mutualise::cli
