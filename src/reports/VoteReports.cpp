#include "VoteReports.h"

#include "ElectionFigures.h"
#include "Reports.h"
#include "ResultFigures.h"
#include "domain/StvCount.h"
#include "storage/ElectionRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MotionRepository.h"

#include <QHash>

#include <algorithm>

namespace mutualise::reports {

namespace {

ReportColumn textColumn(const QString& key, const QString& title)
{
    return { key, title, ColumnType::Text, false };
}

ReportColumn countColumn(const QString& key, const QString& title, bool isTotalled = false)
{
    return { key, title, ColumnType::Integer, isTotalled };
}

// Every table starts with the meeting a line belongs to: its day and its name.
QList<ReportColumn> meetingColumns()
{
    return { { QStringLiteral("date"), VoteReports::tr("Date"), ColumnType::Date, false },
             textColumn(QStringLiteral("meeting"), VoteReports::tr("Meeting")) };
}

// The tables of the report, filled meeting by meeting.
struct VoteTables
{
    ReportTable meetings;
    ReportTable attendance;
    ReportTable motions;
    ReportTable motionWorking;
    ReportTable elections;
    ReportTable electionWorking;
    ReportTable rounds;
};

// A vote's working, a sentence a line, for the minutes.
ReportTable workingTable(const QString& name, const QString& title, const ReportColumn& vote)
{
    ReportTable table;
    table.name = name;
    table.title = title;
    table.columns = meetingColumns()
        + QList<ReportColumn> { vote, countColumn(QStringLiteral("line"), VoteReports::tr("Line")),
                                textColumn(QStringLiteral("working"), VoteReports::tr("Working")) };
    return table;
}

void addWorking(ReportTable& table, const QList<ReportCell>& heading, const QString& vote,
                const QStringList& working)
{
    for (qsizetype line = 0; line < working.size(); ++line)
        table.rows.append(heading + QList<ReportCell> { vote, qint64 { line + 1 }, working.at(line) });
}

VoteTables emptyTables()
{
    VoteTables tables;
    tables.meetings.name = QStringLiteral("meetings");
    tables.meetings.title = VoteReports::tr("Meetings");
    tables.meetings.columns = meetingColumns()
        + QList<ReportColumn> { textColumn(QStringLiteral("place"), VoteReports::tr("Place")),
                                countColumn(QStringLiteral("eligible"), VoteReports::tr("Members eligible")),
                                countColumn(QStringLiteral("present"), VoteReports::tr("Present")),
                                countColumn(QStringLiteral("by_proxy"), VoteReports::tr("By proxy")),
                                countColumn(QStringLiteral("apologies"), VoteReports::tr("Apologies")),
                                countColumn(QStringLiteral("motions"), VoteReports::tr("Motions"), true),
                                countColumn(QStringLiteral("elections"), VoteReports::tr("Elections"),
                                            true) };
    tables.attendance.name = QStringLiteral("attendance");
    tables.attendance.title = VoteReports::tr("Attendance");
    tables.attendance.columns = meetingColumns()
        + QList<ReportColumn> { textColumn(QStringLiteral("number"), VoteReports::tr("Number")),
                                textColumn(QStringLiteral("name"), VoteReports::tr("Name")),
                                textColumn(QStringLiteral("attendance"), VoteReports::tr("Attendance")),
                                textColumn(QStringLiteral("proxy"), VoteReports::tr("Proxy")) };
    tables.motions.name = QStringLiteral("motions");
    tables.motions.title = VoteReports::tr("Motions and their results");
    tables.motions.columns = meetingColumns()
        + QList<ReportColumn> { textColumn(QStringLiteral("motion"), VoteReports::tr("Motion")),
                                textColumn(QStringLiteral("threshold"), VoteReports::tr("Threshold")),
                                countColumn(QStringLiteral("for"), VoteReports::tr("For (members)")),
                                countColumn(QStringLiteral("against"), VoteReports::tr("Against (members)")),
                                countColumn(QStringLiteral("abstain"), VoteReports::tr("Abstain (members)")),
                                textColumn(QStringLiteral("weight_for"), VoteReports::tr("Weight for")),
                                textColumn(QStringLiteral("weight_against"),
                                           VoteReports::tr("Weight against")),
                                textColumn(QStringLiteral("quorum"), VoteReports::tr("Quorum")),
                                textColumn(QStringLiteral("outcome"), VoteReports::tr("Outcome")) };
    tables.motionWorking
        = workingTable(QStringLiteral("motion_working"), VoteReports::tr("The working of each motion"),
                       textColumn(QStringLiteral("motion"), VoteReports::tr("Motion")));
    tables.elections.name = QStringLiteral("elections");
    tables.elections.title = VoteReports::tr("Elections and their results");
    tables.elections.columns = meetingColumns()
        + QList<ReportColumn> { textColumn(QStringLiteral("election"), VoteReports::tr("Election")),
                                textColumn(QStringLiteral("method"), VoteReports::tr("Method")),
                                countColumn(QStringLiteral("seats"), VoteReports::tr("Seats")),
                                countColumn(QStringLiteral("valid"), VoteReports::tr("Valid papers")),
                                countColumn(QStringLiteral("invalid"), VoteReports::tr("Invalid papers")),
                                countColumn(QStringLiteral("quota"), VoteReports::tr("Quota")),
                                textColumn(QStringLiteral("elected"), VoteReports::tr("Elected")) };
    tables.electionWorking
        = workingTable(QStringLiteral("election_working"), VoteReports::tr("The working of each election"),
                       textColumn(QStringLiteral("election"), VoteReports::tr("Election")));
    tables.rounds.name = QStringLiteral("rounds");
    tables.rounds.title = VoteReports::tr("Elections round by round");
    tables.rounds.columns = meetingColumns()
        + QList<ReportColumn> { textColumn(QStringLiteral("election"), VoteReports::tr("Election")),
                                countColumn(QStringLiteral("round"), VoteReports::tr("Round")),
                                textColumn(QStringLiteral("action"), VoteReports::tr("Action")),
                                textColumn(QStringLiteral("candidate"), VoteReports::tr("Candidate")),
                                textColumn(QStringLiteral("transfer"), VoteReports::tr("Transfer")),
                                textColumn(QStringLiteral("votes"), VoteReports::tr("Votes")),
                                textColumn(QStringLiteral("status"), VoteReports::tr("Status")) };
    return tables;
}

// Where a vote stands when it has no declared result: "Draft", "Voting open".
QString undeclaredText(domain::VoteState state)
{
    return state == domain::VoteState::Open ? VoteReports::tr("Voting open, not declared")
                                            : domain::voteStateLabel(state);
}

domain::Outcome addAttendance(storage::MutualFile& file, const domain::Meeting& meeting,
                              const QList<ReportCell>& heading, VoteTables& tables)
{
    storage::MeetingRepository meetings(file);
    const auto attendance = meetings.attendance(meeting.id);
    if (!attendance)
        return attendance.error();
    const auto proxies = meetings.proxies(meeting.id);
    if (!proxies)
        return proxies.error();
    QHash<qint64, QString> proxyOf;
    for (const storage::ProxyRow& proxy : *proxies) {
        proxyOf.insert(proxy.appointment.memberId,
                       proxy.proxyNumber.isEmpty()
                           ? VoteReports::tr("The chair")
                           //: a proxy holder: their member number, then their name
                           : VoteReports::tr("%1 · %2").arg(proxy.proxyNumber, proxy.proxyName));
    }
    for (const storage::AttendanceRow& row : *attendance) {
        tables.attendance.rows.append(heading
                                      + QList<ReportCell> { row.memberNumber, row.memberName,
                                                            domain::attendanceLabel(row.attendance),
                                                            proxyOf.value(row.memberId) });
    }
    return domain::ok();
}

domain::Result<qint64> addMotions(storage::MutualFile& file, const domain::Meeting& meeting,
                                  const QList<ReportCell>& heading, VoteTables& tables)
{
    storage::MotionRepository repository(file);
    const auto motions = repository.all(meeting.id);
    if (!motions)
        return motions.error();
    for (const domain::Motion& motion : *motions) {
        QList<ReportCell> row
            = heading + QList<ReportCell> { motion.title, domain::thresholdLabel(motion.rules.threshold) };
        if (motion.state != domain::VoteState::Closed) {
            row += QList<ReportCell> { {}, {}, {}, {}, {}, {}, undeclaredText(motion.state) };
            tables.motions.rows.append(row);
            continue;
        }
        const auto result = repository.result(motion.id);
        if (!result)
            return result.error();
        const ResultFigures figures = resultFigures(*result);
        row += QList<ReportCell> { figures.votesFor.members,    figures.votesAgainst.members,
                                   figures.abstentions.members, figures.votesFor.weight,
                                   figures.votesAgainst.weight, figures.quorum,
                                   figures.outcomeText };
        tables.motions.rows.append(row);
        addWorking(tables.motionWorking, heading, motion.title, result->working);
    }
    return motions->size();
}

// The count's rounds: each standing candidate's transfer and votes after the round, then the papers no
// candidate can take on.
void addRounds(const ElectionFigures& figures, const QList<ReportCell>& heading, const QString& election,
               VoteTables& tables)
{
    if (!figures.isStv()) {
        for (const QString& candidate : figures.standing()) {
            tables.rounds.rows.append(heading
                                      + QList<ReportCell> { election,
                                                            qint64 { 1 },
                                                            VoteReports::tr("Votes cast"),
                                                            candidate,
                                                            {},
                                                            QString::number(figures.votes.value(candidate)),
                                                            figures.outcomeText(candidate) });
        }
        return;
    }
    qint64 nonTransferable = 0;
    for (const ElectionRound& round : figures.rounds) {
        const QList<ReportCell> start = heading + QList<ReportCell> { election, qint64 { round.number } };
        for (const QString& candidate : figures.standing()) {
            if (!round.totals.contains(candidate))
                continue;
            QString status;
            if (round.elected.contains(candidate))
                status = VoteReports::tr("Elected");
            else if (round.kind == ElectionRound::Kind::Exclusion && round.candidate == candidate)
                status = VoteReports::tr("Excluded");
            tables.rounds.rows.append(
                start
                + QList<ReportCell> { round.actionText(), candidate,
                                      transferText(round.transfers.value(candidate)),
                                      domain::Stv::formatVotes(round.totals.value(candidate)), status });
        }
        nonTransferable += round.nonTransferable;
        tables.rounds.rows.append(
            start
            + QList<ReportCell> { round.actionText(), VoteReports::tr("Non-transferable"),
                                  transferText(round.nonTransferable),
                                  domain::Stv::formatVotes(nonTransferable), QString() });
    }
}

domain::Result<qint64> addElections(storage::MutualFile& file, const domain::Meeting& meeting,
                                    const QList<ReportCell>& heading, VoteTables& tables)
{
    storage::ElectionRepository repository(file);
    const auto elections = repository.all(meeting.id);
    if (!elections)
        return elections.error();
    for (const domain::Election& election : *elections) {
        QList<ReportCell> row = heading
            + QList<ReportCell> { election.title, domain::electionMethodLabel(election.method),
                                  qint64 { election.seats } };
        if (election.state != domain::VoteState::Closed) {
            row += QList<ReportCell> { {}, {}, {}, undeclaredText(election.state) };
            tables.elections.rows.append(row);
            continue;
        }
        const auto result = repository.result(election.id);
        if (!result)
            return result.error();
        const ElectionFigures figures = electionFigures(*result);
        row += QList<ReportCell> { figures.validPapers, figures.invalidPapers,
                                   figures.isStv() ? ReportCell(figures.quota) : ReportCell(),
                                   figures.elected.join(QStringLiteral(", ")) };
        tables.elections.rows.append(row);
        addWorking(tables.electionWorking, heading, election.title, figures.working);
        addRounds(figures, heading, election.title, tables);
    }
    return elections->size();
}

} // namespace

domain::Result<Report> VoteReports::votes(storage::MutualFile& file, const ReportRequest& request)
{
    storage::MeetingRepository repository(file);
    const auto newestFirst = repository.all();
    if (!newestFirst)
        return newestFirst.error();
    // Oldest first, as minutes are read.
    QList<domain::Meeting> meetings = *newestFirst;
    std::reverse(meetings.begin(), meetings.end());
    VoteTables tables = emptyTables();
    for (const domain::Meeting& meeting : std::as_const(meetings)) {
        if (meeting.heldOn < request.from || meeting.heldOn > request.to)
            continue;
        const QList<ReportCell> heading { meeting.heldOn, meeting.displayTitle() };
        const auto summary = repository.attendanceSummary(meeting.id);
        if (!summary)
            return summary.error();
        if (const domain::Outcome attended = addAttendance(file, meeting, heading, tables); !attended)
            return attended.error();
        const auto motions = addMotions(file, meeting, heading, tables);
        if (!motions)
            return motions.error();
        const auto elections = addElections(file, meeting, heading, tables);
        if (!elections)
            return elections.error();
        tables.meetings.rows.append(heading
                                    + QList<ReportCell> { meeting.place, summary->eligibleMembers,
                                                          summary->present, summary->byProxy,
                                                          summary->apologies, *motions, *elections });
    }
    Report report = Reports::titled(file, QStringLiteral("votes"), request);
    report.tables = { tables.meetings,  tables.attendance,      tables.motions, tables.motionWorking,
                      tables.elections, tables.electionWorking, tables.rounds };
    return report;
}

} // namespace mutualise::reports
