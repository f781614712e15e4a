#include "app/meetings/AttendanceModel.h"

#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"

#include <QHash>
#include <QPalette>

#include <algorithm>

namespace mutualise::app {

namespace {

// Register order: shorter member numbers first, then by text ("2", "12", "1042", "C001").
bool isBefore(const AttendanceModel::Line& left, const AttendanceModel::Line& right)
{
    if (left.number.size() != right.number.size()) {
        return left.number.size() < right.number.size();
    }
    return left.number < right.number;
}

QString numberAndName(const QString& number, const QString& name)
{
    return AttendanceModel::tr("%1 · %2").arg(number, name);
}

} // namespace

AttendanceModel::AttendanceModel(QObject* parent)
    : RowListModel(ColumnCount, Headings::HeaderAligned, parent)
{ }

void AttendanceModel::setSource(storage::MutualFile* file, std::optional<qint64> meetingId)
{
    const bool isSameSource = file == m_file && meetingId == m_meetingId;
    m_file = file;
    m_meetingId = meetingId;
    if (!isSameSource) {
        showRows(QList<Line>());
    }
    reload();
}

domain::Result<QList<AttendanceModel::Line>> AttendanceModel::readLines() const
{
    if (!m_file || !m_meetingId) {
        return QList<Line>();
    }
    const storage::MeetingRepository meetings(*m_file);
    const storage::MemberRepository members(*m_file);
    const auto meeting = meetings.meeting(*m_meetingId);
    const auto attendance = meetings.attendance(*m_meetingId);
    const auto proxies = meetings.proxies(*m_meetingId);
    const auto everyone = members.allMembers();
    const auto classes = members.classes();
    for (const domain::Error* error :
         { meeting ? nullptr : &meeting.error(), attendance ? nullptr : &attendance.error(),
           proxies ? nullptr : &proxies.error(), everyone ? nullptr : &everyone.error(),
           classes ? nullptr : &classes.error() }) {
        if (error) {
            return *error;
        }
    }
    QHash<qint64, domain::Attendance> recorded;
    for (const storage::AttendanceRow& row : *attendance) {
        recorded.insert(row.memberId, row.attendance);
    }
    QHash<qint64, QString> holders;
    for (const storage::ProxyRow& row : *proxies) {
        holders.insert(row.appointment.memberId,
                       row.proxyNumber.isEmpty() ? tr("the chair")
                                                 : numberAndName(row.proxyNumber, row.proxyName));
    }
    QHash<qint64, QString> classNames;
    for (const domain::MemberClass& memberClass : *classes) {
        classNames.insert(memberClass.id, memberClass.name);
    }
    QList<Line> lines;
    lines.reserve(everyone->size());
    for (const domain::Member& member : *everyone) {
        // Anyone with a line already recorded stays listed, whatever the register says now.
        // The domain's rule, the one storage applies in SQL when it refuses "not-a-voter".
        if (!domain::isVotingMemberOn(member, meeting->heldOn) && !recorded.contains(member.id)) {
            continue;
        }
        Line line { member.id, member.number, member.name, classNames.value(member.classId), {}, {} };
        if (const auto found = recorded.constFind(member.id); found != recorded.constEnd()) {
            line.attendance = found.value();
        }
        line.proxyHolder = holders.value(member.id);
        lines.append(std::move(line));
    }
    std::stable_sort(lines.begin(), lines.end(), isBefore);
    return lines;
}

void AttendanceModel::reload()
{
    // The same members in the same order: changed in place, so that the selection and the scroll
    // position stay where they were while a secretary marks one member after another.
    updateRows(readLines(),
               [](const Line& left, const Line& right) { return left.memberId == right.memberId; });
}

std::optional<int> AttendanceModel::rowOf(qint64 memberId) const
{
    return firstRowWhere([memberId](const Line& line) { return line.memberId == memberId; });
}

QStringList AttendanceModel::headings() const
{
    return { tr("Number"), tr("Name"), tr("Class"), tr("Attendance") };
}

QVariant AttendanceModel::cell(const Line& line, int column, int role) const
{
    if (role == MemberIdRole) {
        return line.memberId;
    }
    const bool isAttendance = column == AttendanceColumn;
    if (role == Qt::ForegroundRole && isAttendance && !line.attendance) {
        return QPalette().brush(QPalette::PlaceholderText);
    }
    // Present, by proxy, apologies, then those with nothing recorded yet.
    if (role == SortRole) {
        return isAttendance ? QVariant(line.attendance ? static_cast<int>(*line.attendance) : 99)
                            : QVariant();
    }
    if (role == Qt::ToolTipRole && isAttendance && !line.proxyHolder.isEmpty()) {
        return tr("Represented by %1").arg(line.proxyHolder);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
    case NumberColumn:
        return line.number;
    case NameColumn:
        return line.name;
    case ClassColumn:
        return line.className;
    case AttendanceColumn:
        //: Nothing recorded yet for this member at this meeting
        return line.attendance ? domain::attendanceLabel(*line.attendance) : tr("—");
    default:
        return {};
    }
}

} // namespace mutualise::app
