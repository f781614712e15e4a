#pragma once

#include "MutualCommand.h"
#include "storage/MeetingRepository.h"

namespace mutualise::cli {

// `meetings attendance FILE MEETING`: who attends a meeting, in person or by proxy, and who sent
// apologies, with the figures a quorum is counted from.
class MeetingsAttendance : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(MeetingsAttendance)

public:
    MeetingsAttendance();

protected:
    int checkArguments(const QCommandLineParser& parser, const QStringList& positional) override;
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    // A member's line: the attendance recorded, if any, and the proxy appointed, if any.
    struct Line
    {
        QString memberNumber;
        QString memberName;
        std::optional<domain::Attendance> attendance;
        std::optional<storage::ProxyRow> proxy;
    };

    // Attendance and proxies together, in register order.
    static QList<Line> linesOf(const QList<storage::AttendanceRow>& attendance,
                               const QList<storage::ProxyRow>& proxies);
    static QString proxyText(const storage::ProxyRow& proxy);
    static QString asText(const domain::Meeting& meeting, const QList<Line>& lines,
                          const storage::AttendanceSummary& summary);
    static QString asJson(const domain::Meeting& meeting, const QList<Line>& lines,
                          const storage::AttendanceSummary& summary);

    // What the arguments ask for, read by checkArguments.
    std::optional<qint64> m_meetingId;
};

} // namespace mutualise::cli
