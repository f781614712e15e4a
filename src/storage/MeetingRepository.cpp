#include "MeetingRepository.h"

#include "Statement.h"
#include "domain/Eligibility.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace mutualise::storage {

using domain::Attendance;
using domain::Meeting;
using domain::Outcome;

namespace {

const QString meetingColumns = QStringLiteral("id, kind, held_on, title, place, agenda, proxy_limit");

Meeting meetingFrom(const Statement& query)
{
    Meeting meeting;
    meeting.id = query.value(0).toLongLong();
    meeting.kind
        = domain::meetingKindFromKey(query.value(1).toString()).value_or(domain::MeetingKind::General);
    meeting.heldOn = dateFrom(query.value(2));
    meeting.title = query.value(3).toString();
    meeting.place = query.value(4).toString();
    meeting.agenda = query.value(5).toString();
    meeting.proxyLimit = query.value(6).toInt();
    return meeting;
}

QJsonObject meetingToJson(const Meeting& meeting)
{
    return {
        { QStringLiteral("kind"), domain::meetingKindKey(meeting.kind) },
        { QStringLiteral("heldOn"), meeting.heldOn.toString(Qt::ISODate) },
        { QStringLiteral("title"), meeting.title },
        { QStringLiteral("place"), meeting.place },
        { QStringLiteral("agenda"), meeting.agenda },
        { QStringLiteral("proxyLimit"), meeting.proxyLimit },
    };
}

void bindMeeting(Statement& statement, const Meeting& meeting)
{
    statement.bind(QStringLiteral(":kind"), domain::meetingKindKey(meeting.kind))
        .bind(QStringLiteral(":held_on"), dateValue(meeting.heldOn))
        .bind(QStringLiteral(":title"), meeting.title.trimmed())
        .bind(QStringLiteral(":place"), meeting.place.trimmed())
        .bind(QStringLiteral(":agenda"), meeting.agenda)
        .bind(QStringLiteral(":proxy_limit"), meeting.proxyLimit);
}

Error unknownMeeting(qint64 id)
{
    return Error { QCoreApplication::translate("MeetingRepository", "There is no meeting %1.").arg(id),
                   QStringLiteral("unknown-meeting"), QStringLiteral("meeting") };
}

// The member as the register has it: what the rules of a meeting need to know of it.
Result<std::optional<domain::Member>> findMember(const QSqlDatabase& database, qint64 memberId)
{
    Statement query(
        database,
        QStringLiteral("SELECT number, name, status, admitted_on, ceased_on FROM members WHERE id = "
                       ":id"));
    query.bind(QStringLiteral(":id"), memberId);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return std::optional<domain::Member>();
    domain::Member member;
    member.id = memberId;
    member.number = query.value(0).toString();
    member.name = query.value(1).toString();
    member.status
        = domain::statusFromKey(query.value(2).toString()).value_or(domain::MemberStatus::Applicant);
    member.admittedOn = dateFrom(query.value(3));
    member.ceasedOn = dateFrom(query.value(4));
    return std::optional(member);
}

Result<domain::Member> memberOf(const QSqlDatabase& database, qint64 memberId)
{
    const auto member = findMember(database, memberId);
    if (!member)
        return member.error();
    if (!*member)
        return Error {
            QCoreApplication::translate("MeetingRepository", "There is no member with id %1.").arg(memberId),
            QStringLiteral("unknown-member"), QStringLiteral("member")
        };
    return **member;
}

Outcome storeAttendance(const QSqlDatabase& database, qint64 meetingId, qint64 memberId,
                        std::optional<Attendance> attendance)
{
    Statement remove(database,
                     QStringLiteral("DELETE FROM attendance WHERE meeting_id = :meeting AND member_id = "
                                    ":member"));
    remove.bind(QStringLiteral(":meeting"), meetingId).bind(QStringLiteral(":member"), memberId);
    if (auto done = remove.exec(); !done)
        return done;
    if (!attendance)
        return domain::ok();
    Statement insert(database,
                     QStringLiteral("INSERT INTO attendance (meeting_id, member_id, kind) VALUES "
                                    "(:meeting, :member, :kind)"));
    insert.bind(QStringLiteral(":meeting"), meetingId)
        .bind(QStringLiteral(":member"), memberId)
        .bind(QStringLiteral(":kind"), domain::attendanceKey(*attendance));
    return insert.exec();
}

// The attendance line before a change, for the audit trail.
Result<QString> attendanceKeyOf(const QSqlDatabase& database, qint64 meetingId, qint64 memberId)
{
    Statement query(database,
                    QStringLiteral("SELECT kind FROM attendance WHERE meeting_id = :meeting AND "
                                   "member_id = :member"));
    query.bind(QStringLiteral(":meeting"), meetingId).bind(QStringLiteral(":member"), memberId);
    if (auto done = query.exec(); !done)
        return done.error();
    return query.next() ? query.value(0).toString() : QString();
}

// How many other members' proxies the holder already holds at the meeting.
Result<qint64> proxiesHeld(const QSqlDatabase& database, qint64 meetingId,
                           const domain::ProxyAppointment& appointment)
{
    if (!appointment.proxyMemberId)
        return qint64 { 0 };
    Statement query(database,
                    QStringLiteral("SELECT COUNT(*) FROM proxies WHERE meeting_id = :meeting AND "
                                   "proxy_member_id = :holder AND member_id <> :member"));
    query.bind(QStringLiteral(":meeting"), meetingId)
        .bind(QStringLiteral(":holder"), *appointment.proxyMemberId)
        .bind(QStringLiteral(":member"), appointment.memberId);
    if (auto done = query.exec(); !done)
        return done.error();
    return query.next() ? query.value(0).toLongLong() : 0;
}

// The member, the holder and the holder's other proxies, as the rules of an appointment need them.
Result<domain::ProxyFacts> proxyFacts(const QSqlDatabase& database, qint64 meetingId,
                                      const domain::ProxyAppointment& appointment)
{
    domain::ProxyFacts facts;
    auto member = memberOf(database, appointment.memberId);
    if (!member)
        return member.error();
    facts.member = std::move(member).value();
    if (appointment.proxyMemberId) {
        auto holder = findMember(database, *appointment.proxyMemberId);
        if (!holder)
            return holder.error();
        facts.holder = std::move(holder).value();
    }
    const auto held = proxiesHeld(database, meetingId, appointment);
    if (!held)
        return held.error();
    facts.heldAlready = *held;
    return facts;
}

QJsonObject appointmentToJson(const domain::ProxyAppointment& appointment, const domain::Member& member,
                              const QString& proxyNumber)
{
    return {
        { QStringLiteral("member"), member.number },
        { QStringLiteral("proxy"),
          appointment.proxyMemberId ? QJsonValue(proxyNumber) : QJsonValue(QStringLiteral("chair")) },
        { QStringLiteral("direction"),
          appointment.direction ? QJsonValue(domain::choiceKey(*appointment.direction)) : QJsonValue() },
    };
}

} // namespace

MeetingRepository::MeetingRepository(MutualFile& file)
    : m_file(file)
{ }

Result<Meeting> MeetingRepository::add(const Meeting& meeting)
{
    if (auto valid = domain::validateMeeting(meeting); !valid)
        return valid.error();
    Meeting stored = meeting;
    const Outcome outcome = m_file.inTransaction([&]() -> Outcome {
        Statement insert(
            m_file.connection(),
            QStringLiteral("INSERT INTO meetings (kind, held_on, title, place, agenda, proxy_limit) "
                           "VALUES (:kind, :held_on, :title, :place, :agenda, :proxy_limit) "
                           "RETURNING id"));
        bindMeeting(insert, stored);
        const auto id = insert.insertReturningId();
        if (!id)
            return id.error();
        stored.id = *id;
        return m_file.audit(QStringLiteral("meeting.add"), QStringLiteral("meeting"),
                            QString::number(stored.id), {}, meetingToJson(stored));
    });
    if (!outcome)
        return outcome.error();
    return this->meeting(stored.id);
}

Result<Meeting> MeetingRepository::update(const Meeting& meeting)
{
    if (auto valid = domain::validateMeeting(meeting); !valid)
        return valid.error();
    const Outcome outcome = m_file.inTransaction([&]() -> Outcome {
        const auto before = this->meeting(meeting.id);
        if (!before)
            return before.error();
        Statement update(
            m_file.connection(),
            QStringLiteral("UPDATE meetings SET kind = :kind, held_on = :held_on, title = :title, "
                           "place = :place, agenda = :agenda, proxy_limit = :proxy_limit WHERE id "
                           "= :id"));
        bindMeeting(update, meeting);
        update.bind(QStringLiteral(":id"), meeting.id);
        if (auto done = update.exec(); !done)
            return done;
        return m_file.audit(QStringLiteral("meeting.update"), QStringLiteral("meeting"),
                            QString::number(meeting.id), meetingToJson(*before), meetingToJson(meeting));
    });
    if (!outcome)
        return outcome.error();
    return this->meeting(meeting.id);
}

Outcome MeetingRepository::remove(qint64 meetingId)
{
    return m_file.inTransaction([&]() -> Outcome {
        const QSqlDatabase database = m_file.connection();
        const auto before = this->meeting(meetingId);
        if (!before)
            return before.error();
        Statement uses(database,
                       QStringLiteral("SELECT (SELECT COUNT(*) FROM motions WHERE meeting_id = :id), "
                                      "(SELECT COUNT(*) FROM elections WHERE meeting_id = :id2)"));
        uses.bind(QStringLiteral(":id"), meetingId).bind(QStringLiteral(":id2"), meetingId);
        if (auto done = uses.exec(); !done)
            return done;
        uses.next();
        if (auto removable
            = domain::checkMeetingRemovable(*before, uses.value(0).toLongLong(), uses.value(1).toLongLong());
            !removable)
            return removable;
        for (const QString& table :
             { QStringLiteral("proxies"), QStringLiteral("attendance"), QStringLiteral("meetings") }) {
            const QString key = table == u"meetings" ? QStringLiteral("id") : QStringLiteral("meeting_id");
            Statement remove(database, QStringLiteral("DELETE FROM %1 WHERE %2 = :id").arg(table, key));
            remove.bind(QStringLiteral(":id"), meetingId);
            if (auto done = remove.exec(); !done)
                return done;
        }
        return m_file.audit(QStringLiteral("meeting.remove"), QStringLiteral("meeting"),
                            QString::number(meetingId), meetingToJson(*before), {});
    });
}

Result<Meeting> MeetingRepository::meeting(qint64 id) const
{
    Statement query(m_file.connection(),
                    QStringLiteral("SELECT %1 FROM meetings WHERE id = :id").arg(meetingColumns));
    query.bind(QStringLiteral(":id"), id);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return unknownMeeting(id);
    return meetingFrom(query);
}

Result<QList<Meeting>> MeetingRepository::all() const
{
    Statement query(
        m_file.connection(),
        QStringLiteral("SELECT %1 FROM meetings ORDER BY held_on DESC, id DESC").arg(meetingColumns));
    if (auto done = query.exec(); !done)
        return done.error();
    QList<Meeting> meetings;
    while (query.next())
        meetings.append(meetingFrom(query));
    return meetings;
}

Outcome MeetingRepository::setAttendance(qint64 meetingId, qint64 memberId,
                                         std::optional<Attendance> attendance)
{
    return setAttendance(meetingId, QList<qint64> { memberId }, attendance);
}

Outcome MeetingRepository::setAttendance(qint64 meetingId, const QList<qint64>& memberIds,
                                         std::optional<Attendance> attendance)
{
    return m_file.inTransaction([&]() -> Outcome {
        const QSqlDatabase database = m_file.connection();
        const auto meeting = this->meeting(meetingId);
        if (!meeting)
            return meeting.error();
        QJsonArray before;
        QJsonArray after;
        for (qint64 memberId : memberIds) {
            const auto member = memberOf(database, memberId);
            if (!member)
                return member.error();
            if (attendance) {
                if (auto done = domain::checkVotingMember(*member, meeting->heldOn); !done)
                    return done;
            }
            const auto was = attendanceKeyOf(database, meetingId, memberId);
            if (!was)
                return was.error();
            if (auto done = storeAttendance(database, meetingId, memberId, attendance); !done)
                return done;
            before.append(QJsonObject { { QStringLiteral("member"), member->number },
                                        { QStringLiteral("attendance"), *was } });
            after.append(QJsonObject { { QStringLiteral("member"), member->number },
                                       { QStringLiteral("attendance"),
                                         attendance ? domain::attendanceKey(*attendance) : QString() } });
        }
        return m_file.audit(QStringLiteral("meeting.attendance"), QStringLiteral("meeting"),
                            QString::number(meetingId), { { QStringLiteral("attendance"), before } },
                            { { QStringLiteral("attendance"), after } });
    });
}

Result<QList<AttendanceRow>> MeetingRepository::attendance(qint64 meetingId) const
{
    Statement query(
        m_file.connection(),
        QStringLiteral("SELECT m.id, m.number, m.name, a.kind FROM attendance a JOIN members m ON "
                       "m.id = a.member_id WHERE a.meeting_id = :meeting ORDER BY length(m.number), "
                       "m.number"));
    query.bind(QStringLiteral(":meeting"), meetingId);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<AttendanceRow> rows;
    while (query.next()) {
        rows.append({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                      domain::attendanceFromKey(query.value(3).toString()).value_or(Attendance::Present) });
    }
    return rows;
}

Result<AttendanceSummary> MeetingRepository::attendanceSummary(qint64 meetingId) const
{
    const auto meeting = this->meeting(meetingId);
    if (!meeting)
        return meeting.error();
    Statement query(
        m_file.connection(),
        QStringLiteral("SELECT (SELECT COUNT(*) FROM members WHERE status IN ('active', 'ceased') AND "
                       "admitted_on <= :day AND (ceased_on IS NULL OR ceased_on > :day2)), "
                       "(SELECT COUNT(*) FROM attendance WHERE meeting_id = :m1 AND kind = 'present'), "
                       "(SELECT COUNT(*) FROM attendance WHERE meeting_id = :m2 AND kind = 'proxy'), "
                       "(SELECT COUNT(*) FROM attendance WHERE meeting_id = :m3 AND kind = "
                       "'apologies')"));
    query.bind(QStringLiteral(":day"), dateValue(meeting->heldOn))
        .bind(QStringLiteral(":day2"), dateValue(meeting->heldOn))
        .bind(QStringLiteral(":m1"), meetingId)
        .bind(QStringLiteral(":m2"), meetingId)
        .bind(QStringLiteral(":m3"), meetingId);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return databaseError(query.lastError());
    return AttendanceSummary { query.value(0).toLongLong(), query.value(1).toLongLong(),
                               query.value(2).toLongLong(), query.value(3).toLongLong() };
}

Outcome MeetingRepository::appointProxy(qint64 meetingId, const domain::ProxyAppointment& appointment)
{
    return m_file.inTransaction([&]() -> Outcome {
        const QSqlDatabase database = m_file.connection();
        const auto meeting = this->meeting(meetingId);
        if (!meeting)
            return meeting.error();
        const auto facts = proxyFacts(database, meetingId, appointment);
        if (!facts)
            return facts.error();
        if (auto done = domain::checkProxyAppointment(*meeting, appointment, *facts); !done)
            return done;
        Statement remove(database,
                         QStringLiteral("DELETE FROM proxies WHERE meeting_id = :meeting AND "
                                        "member_id = :member"));
        remove.bind(QStringLiteral(":meeting"), meetingId)
            .bind(QStringLiteral(":member"), appointment.memberId);
        if (auto done = remove.exec(); !done)
            return done;
        Statement insert(database,
                         QStringLiteral("INSERT INTO proxies (meeting_id, member_id, proxy_member_id, "
                                        "direction) VALUES (:meeting, :member, :proxy, :direction)"));
        insert.bind(QStringLiteral(":meeting"), meetingId)
            .bind(QStringLiteral(":member"), appointment.memberId)
            .bind(QStringLiteral(":proxy"),
                  appointment.proxyMemberId ? QVariant(*appointment.proxyMemberId) : QVariant())
            .bind(QStringLiteral(":direction"),
                  appointment.direction ? QVariant(domain::choiceKey(*appointment.direction)) : QVariant());
        if (auto done = insert.exec(); !done)
            return done;
        if (auto done = storeAttendance(database, meetingId, appointment.memberId, Attendance::Proxy); !done)
            return done;
        return m_file.audit(
            QStringLiteral("meeting.proxy"), QStringLiteral("meeting"), QString::number(meetingId), {},
            appointmentToJson(appointment, facts->member, facts->holder ? facts->holder->number : QString()));
    });
}

Outcome MeetingRepository::revokeProxy(qint64 meetingId, qint64 memberId)
{
    return m_file.inTransaction([&]() -> Outcome {
        const QSqlDatabase database = m_file.connection();
        const auto meeting = this->meeting(meetingId);
        if (!meeting)
            return meeting.error();
        const auto member = memberOf(database, memberId);
        if (!member)
            return member.error();
        Statement remove(database,
                         QStringLiteral("DELETE FROM proxies WHERE meeting_id = :meeting AND "
                                        "member_id = :member"));
        remove.bind(QStringLiteral(":meeting"), meetingId).bind(QStringLiteral(":member"), memberId);
        if (auto done = remove.exec(); !done)
            return done;
        Statement attendance(database,
                             QStringLiteral("DELETE FROM attendance WHERE meeting_id = :meeting AND "
                                            "member_id = :member AND kind = 'proxy'"));
        attendance.bind(QStringLiteral(":meeting"), meetingId).bind(QStringLiteral(":member"), memberId);
        if (auto done = attendance.exec(); !done)
            return done;
        return m_file.audit(QStringLiteral("meeting.proxy-revoked"), QStringLiteral("meeting"),
                            QString::number(meetingId), { { QStringLiteral("member"), member->number } }, {});
    });
}

Result<QList<ProxyRow>> MeetingRepository::proxies(qint64 meetingId) const
{
    Statement query(
        m_file.connection(),
        QStringLiteral("SELECT p.member_id, p.proxy_member_id, p.direction, m.number, m.name, "
                       "h.number, h.name FROM proxies p JOIN members m ON m.id = p.member_id LEFT "
                       "JOIN members h ON h.id = p.proxy_member_id WHERE p.meeting_id = :meeting "
                       "ORDER BY length(m.number), m.number"));
    query.bind(QStringLiteral(":meeting"), meetingId);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<ProxyRow> rows;
    while (query.next()) {
        ProxyRow row;
        row.appointment.memberId = query.value(0).toLongLong();
        if (!query.value(1).isNull())
            row.appointment.proxyMemberId = query.value(1).toLongLong();
        if (!query.value(2).isNull())
            row.appointment.direction = domain::choiceFromKey(query.value(2).toString());
        row.memberNumber = query.value(3).toString();
        row.memberName = query.value(4).toString();
        row.proxyNumber = query.value(5).toString();
        row.proxyName = query.value(6).toString();
        rows.append(row);
    }
    return rows;
}

} // namespace mutualise::storage
