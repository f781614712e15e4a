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
    : QAbstractTableModel(parent)
{ }

void AttendanceModel::setSource(storage::MutualFile* file, std::optional<qint64> meetingId)
{
    const bool isSameSource = file == m_file && meetingId == m_meetingId;
    m_file = file;
    m_meetingId = meetingId;
    if (!isSameSource) {
        beginResetModel();
        m_lines.clear();
        endResetModel();
    }
    reload();
}

QList<AttendanceModel::Line> AttendanceModel::readLines()
{
    if (!m_file || !m_meetingId) {
        return {};
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
            m_lastError = error->message;
            return {};
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
    m_lastError.clear();
    QList<Line> lines = readLines();
    const bool isSameMembers = lines.size() == m_lines.size()
        && std::equal(lines.cbegin(), lines.cend(), m_lines.cbegin(),
                      [](const Line& left, const Line& right) { return left.memberId == right.memberId; });
    // The same members in the same order: changed in place, so that the selection and the scroll
    // position stay where they were while a secretary marks one member after another.
    if (isSameMembers && !lines.isEmpty()) {
        m_lines = std::move(lines);
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

std::optional<AttendanceModel::Line> AttendanceModel::lineAt(int row) const
{
    if (row < 0 || row >= m_lines.size()) {
        return std::nullopt;
    }
    return m_lines.at(row);
}

std::optional<int> AttendanceModel::rowOf(qint64 memberId) const
{
    for (int row = 0; row < m_lines.size(); ++row) {
        if (m_lines.at(row).memberId == memberId) {
            return row;
        }
    }
    return std::nullopt;
}

int AttendanceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int AttendanceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttendanceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Line& line = m_lines.at(index.row());
    if (role == MemberIdRole) {
        return line.memberId;
    }
    const bool isAttendance = index.column() == AttendanceColumn;
    if (role == Qt::ForegroundRole && isAttendance && !line.attendance) {
        return QPalette().brush(QPalette::PlaceholderText);
    }
    if (role == Qt::ToolTipRole && isAttendance && !line.proxyHolder.isEmpty()) {
        return tr("Represented by %1").arg(line.proxyHolder);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
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

QVariant AttendanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case NameColumn:
        return tr("Name");
    case ClassColumn:
        return tr("Class");
    case AttendanceColumn:
        return tr("Attendance");
    default:
        return {};
    }
}

} // namespace mutualise::app
