#pragma once

#include "domain/Meeting.h"
#include "storage/MutualFile.h"

#include <QList>

#include <optional>

namespace mutualise::storage {

// A member's line in a meeting's attendance.
struct AttendanceRow
{
    qint64 memberId = 0;
    QString memberNumber;
    QString memberName;
    domain::Attendance attendance = domain::Attendance::Present;
};

// A proxy appointment with the names a list shows.
struct ProxyRow
{
    domain::ProxyAppointment appointment;
    QString memberNumber;
    QString memberName;
    QString proxyNumber; // empty for the chair
    QString proxyName;
};

// Who a meeting's quorum is counted from: the members eligible on the day (admitted on or before it,
// not ceased by it, neither applicants nor suspended) and who is there.
struct AttendanceSummary
{
    qint64 eligibleMembers = 0;
    qint64 present = 0;
    qint64 byProxy = 0;
    qint64 apologies = 0;

    qint64 attending() const { return present + byProxy; }
};

// Meetings, their attendance and proxies. Every change is one transaction with its audit entry.
//
// Rules: those of domain::validateMeeting; of domain::checkVotingMember and
// domain::checkProxyAppointment ("not-a-voter", "own-proxy", "proxy-limit"); of
// domain::checkMeetingRemovable ("meeting-in-use"); and, for rows the file lacks, "unknown-meeting",
// "unknown-member".
class MeetingRepository
{
public:
    explicit MeetingRepository(MutualFile& file);

    Result<domain::Meeting> add(const domain::Meeting& meeting);
    Result<domain::Meeting> update(const domain::Meeting& meeting);
    // Deletes a meeting entered by mistake, with its attendance and proxies; one with motions or
    // elections is refused, since a vote once opened is part of the record.
    domain::Outcome remove(qint64 meetingId);
    Result<domain::Meeting> meeting(qint64 id) const;
    // Newest first.
    Result<QList<domain::Meeting>> all() const;

    // Records the member as present, represented by proxy or sending apologies; nothing removes the
    // line. Appointing a proxy records "proxy" by itself.
    domain::Outcome setAttendance(qint64 meetingId, qint64 memberId,
                                  std::optional<domain::Attendance> attendance);
    // The same for several members at once: all of them or, if one is refused, none.
    domain::Outcome setAttendance(qint64 meetingId, const QList<qint64>& memberIds,
                                  std::optional<domain::Attendance> attendance);
    // In register order.
    Result<QList<AttendanceRow>> attendance(qint64 meetingId) const;
    Result<AttendanceSummary> attendanceSummary(qint64 meetingId) const;

    // Appoints (or replaces) the member's proxy for the meeting.
    domain::Outcome appointProxy(qint64 meetingId, const domain::ProxyAppointment& appointment);
    domain::Outcome revokeProxy(qint64 meetingId, qint64 memberId);
    Result<QList<ProxyRow>> proxies(qint64 meetingId) const;

private:
    MutualFile& m_file;
};

} // namespace mutualise::storage
