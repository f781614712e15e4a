#include "MeetingsAttendance.h"

#include "TextTable.h"
#include "domain/Text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace mutualise::cli {

using namespace mutualise::domain;
using storage::AttendanceRow;
using storage::AttendanceSummary;
using storage::ProxyRow;

MeetingsAttendance::MeetingsAttendance()
    : MutualCommand(QStringLiteral("meetings attendance"),
                    tr("List who attends a meeting, in person or by proxy, and who sent apologies."),
                    Access::ReadOnly)
{
    addPositionalArgument(QStringLiteral("MEETING"), tr("The meeting's id, as “meetings” lists it."));
    addOption({ QStringLiteral("json"), tr("Print JSON for other programs instead of a table.") });
}

int MeetingsAttendance::checkArguments(const QCommandLineParser& /*parser*/, const QStringList& positional)
{
    m_meetingId = meetingIdArgument(positional.at(1));
    if (!m_meetingId)
        return ExitUsage;
    return ExitSuccess;
}

int MeetingsAttendance::runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                                      const QStringList& /*positional*/)
{
    const storage::MeetingRepository meetings(file);
    const Result<Meeting> meeting = meetings.meeting(*m_meetingId);
    if (!meeting)
        return refuse(meeting.error());
    const auto attendance = meetings.attendance(*m_meetingId);
    if (!attendance)
        return refuse(attendance.error());
    const auto proxies = meetings.proxies(*m_meetingId);
    if (!proxies)
        return refuse(proxies.error());
    const Result<AttendanceSummary> summary = meetings.attendanceSummary(*m_meetingId);
    if (!summary)
        return refuse(summary.error());
    const QList<Line> lines = linesOf(*attendance, *proxies);
    writeOut(parser.isSet(QStringLiteral("json")) ? asJson(*meeting, lines, *summary)
                                                  : asText(*meeting, lines, *summary));
    return ExitSuccess;
}

// A proxy stays appointed when the member's attendance is changed or removed afterwards, so the
// appointments are listed beside the attendance, not only where it says "proxy".
QList<MeetingsAttendance::Line> MeetingsAttendance::linesOf(const QList<AttendanceRow>& attendance,
                                                            const QList<ProxyRow>& proxies)
{
    QList<Line> lines;
    for (const AttendanceRow& row : attendance)
        lines.append({ row.memberNumber, row.memberName, row.attendance, std::nullopt });
    for (const ProxyRow& proxy : proxies) {
        const auto line = std::find_if(lines.begin(), lines.end(), [&proxy](const Line& each) {
            return each.memberNumber == proxy.memberNumber;
        });
        if (line != lines.end())
            line->proxy = proxy;
        else
            lines.append({ proxy.memberNumber, proxy.memberName, std::nullopt, proxy });
    }
    // Register order, as storage lists each: shorter numbers first, then by number.
    std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) {
        return std::pair(a.memberNumber.size(), a.memberNumber)
            < std::pair(b.memberNumber.size(), b.memberNumber);
    });
    return lines;
}

QString MeetingsAttendance::proxyText(const ProxyRow& proxy)
{
    const QString holder = proxy.proxyNumber.isEmpty()
        ? tr("the chair")
        : proxy.proxyNumber + QLatin1Char(' ') + proxy.proxyName;
    if (!proxy.appointment.direction)
        return holder;
    //: A proxy and how the member told it to vote: "1004 Dee Example, directed: For"
    return tr("%1, directed: %2").arg(holder, choiceLabel(*proxy.appointment.direction));
}

QString MeetingsAttendance::asText(const Meeting& meeting, const QList<Line>& lines,
                                   const AttendanceSummary& summary)
{
    using Alignment = TextTable::Alignment;
    TextTable table({
        { tr("Member"), Alignment::Left },
        { tr("Name"), Alignment::Left },
        { tr("Attendance"), Alignment::Left },
        { tr("Proxy"), Alignment::Left },
    });
    for (const Line& line : lines) {
        table.addRow({ line.memberNumber, line.memberName,
                       line.attendance ? attendanceLabel(*line.attendance) : QString(),
                       line.proxy ? proxyText(*line.proxy) : QString() });
    }
    // Plain digits, as in the minutes of the quorum.
    return tr("Meeting %1: %2").arg(QString::number(meeting.id), visibleText(meeting.displayTitle()))
        + QStringLiteral("\n\n") + table.render()
        + tr("Eligible: %1, present: %2, by proxy: %3, apologies: %4 (attending: %5)")
              .arg(summary.eligibleMembers)
              .arg(summary.present)
              .arg(summary.byProxy)
              .arg(summary.apologies)
              .arg(summary.attending())
        + QLatin1Char('\n');
}

QString MeetingsAttendance::asJson(const Meeting& meeting, const QList<Line>& lines,
                                   const AttendanceSummary& summary)
{
    QJsonArray list;
    for (const Line& line : lines) {
        // "proxy" is the holder's number, "chair", or null when no proxy is appointed.
        QJsonValue proxy(QJsonValue::Null);
        QJsonValue direction(QJsonValue::Null);
        if (line.proxy) {
            proxy = line.proxy->proxyNumber.isEmpty() ? QStringLiteral("chair") : line.proxy->proxyNumber;
            if (line.proxy->appointment.direction)
                direction = choiceKey(*line.proxy->appointment.direction);
        }
        list.append(QJsonObject {
            { QStringLiteral("member"), line.memberNumber },
            { QStringLiteral("name"), line.memberName },
            { QStringLiteral("attendance"),
              line.attendance ? QJsonValue(attendanceKey(*line.attendance)) : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("proxy"), proxy },
            { QStringLiteral("direction"), direction },
        });
    }
    const QJsonObject document {
        { QStringLiteral("meeting"), meeting.id },
        { QStringLiteral("title"), meeting.title },
        { QStringLiteral("date"), isoDate(meeting.heldOn) },
        { QStringLiteral("attendance"), list },
        { QStringLiteral("eligible"), summary.eligibleMembers },
        { QStringLiteral("present"), summary.present },
        { QStringLiteral("by_proxy"), summary.byProxy },
        { QStringLiteral("apologies"), summary.apologies },
        { QStringLiteral("attending"), summary.attending() },
    };
    return QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
}

} // namespace mutualise::cli
