#include "ServiceRepository.h"

#include "Statement.h"
#include "domain/Text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace mutualise::storage {

namespace {

using domain::Service;

QJsonObject serviceToJson(const Service& service)
{
    QJsonArray members;
    for (const qint64 memberId : service.memberIds)
        members.append(memberId);
    return QJsonObject { { QStringLiteral("id"), service.id },
                         { QStringLiteral("name"), service.name },
                         { QStringLiteral("description"), service.description },
                         { QStringLiteral("start"), service.start.toString(Qt::ISODate) },
                         { QStringLiteral("end"),
                           service.end.isValid() ? QJsonValue(service.end.toString(Qt::ISODate))
                                                 : QJsonValue() },
                         { QStringLiteral("memberIds"), members } };
}

Error unknownService(qint64 id)
{
    return Error { QCoreApplication::translate("ServiceRepository", "There is no service %1.").arg(id),
                   QStringLiteral("unknown-service"), QStringLiteral("service") };
}

Result<QList<qint64>> membersOf(const QSqlDatabase& database, qint64 serviceId)
{
    Statement query(database,
                    QStringLiteral("SELECT member_id FROM service_members WHERE service_id = :service "
                                   "ORDER BY member_id"));
    query.bind(QStringLiteral(":service"), serviceId);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<qint64> members;
    while (query.next())
        members.append(query.value(0).toLongLong());
    return members;
}

Result<QList<Service>> servicesWhere(const QSqlDatabase& database, const QString& condition,
                                     std::optional<qint64> id)
{
    Statement query(database,
                    QStringLiteral("SELECT id, name, description, starts_on, ends_on FROM services%1 "
                                   "ORDER BY starts_on, id")
                        .arg(condition));
    if (id)
        query.bind(QStringLiteral(":id"), *id);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<Service> services;
    while (query.next()) {
        Service service;
        service.id = query.value(0).toLongLong();
        service.name = query.value(1).toString();
        service.description = query.value(2).toString();
        service.start = dateFrom(query.value(3));
        service.end = dateFrom(query.value(4));
        services.append(service);
    }
    for (Service& service : services) {
        auto members = membersOf(database, service.id);
        if (!members)
            return members.error();
        service.memberIds = std::move(members).value();
    }
    return services;
}

// No other service may have the name, ignoring case in every script (SQLite's lower() folds ASCII only).
Outcome checkNameIsFree(const QSqlDatabase& database, const Service& service)
{
    Statement query(database, QStringLiteral("SELECT id, name FROM services WHERE id <> :id"));
    query.bind(QStringLiteral(":id"), service.id);
    if (auto done = query.exec(); !done)
        return done;
    while (query.next()) {
        if (domain::isSameServiceName(query.value(1).toString(), service.name))
            return Error { QCoreApplication::translate("ServiceRepository",
                                                       "There is already a service named “%1” (%2).")
                               .arg(domain::quotedText(query.value(1).toString()))
                               .arg(query.value(0).toLongLong()),
                           QStringLiteral("duplicate-service"), QStringLiteral("name") };
    }
    return domain::ok();
}

Outcome writeMembers(const QSqlDatabase& database, qint64 serviceId, const QList<qint64>& memberIds)
{
    Statement remove(database, QStringLiteral("DELETE FROM service_members WHERE service_id = :service"));
    remove.bind(QStringLiteral(":service"), serviceId);
    if (auto done = remove.exec(); !done)
        return done;
    Statement exists(database, QStringLiteral("SELECT number FROM members WHERE id = :member"));
    Statement insert(database,
                     QStringLiteral("INSERT OR IGNORE INTO service_members (service_id, member_id) VALUES "
                                    "(:service, :member)"));
    for (const qint64 memberId : memberIds) {
        exists.bind(QStringLiteral(":member"), memberId);
        if (auto done = exists.exec(); !done)
            return done;
        if (!exists.next())
            return Error { QCoreApplication::translate("ServiceRepository", "There is no member with id %1.")
                               .arg(memberId),
                           QStringLiteral("unknown-member"), QStringLiteral("members") };
        insert.bind(QStringLiteral(":service"), serviceId).bind(QStringLiteral(":member"), memberId);
        if (auto done = insert.exec(); !done)
            return done;
    }
    return domain::ok();
}

Service withSortedMembers(Service service)
{
    std::sort(service.memberIds.begin(), service.memberIds.end());
    service.memberIds.erase(std::unique(service.memberIds.begin(), service.memberIds.end()),
                            service.memberIds.end());
    service.name = service.name.trimmed();
    return service;
}

} // namespace

ServiceRepository::ServiceRepository(MutualFile& file)
    : m_file(file)
{ }

Result<domain::Service> ServiceRepository::add(const domain::Service& service)
{
    if (auto done = domain::validateService(service); !done)
        return done.error();
    Service stored = withSortedMembers(service);
    const Outcome outcome = m_file.inTransaction([&]() -> Outcome {
        const QSqlDatabase database = m_file.connection();
        stored.id = 0;
        if (auto done = checkNameIsFree(database, stored); !done)
            return done;
        Statement insert(database,
                         QStringLiteral("INSERT INTO services (name, description, starts_on, ends_on) "
                                        "VALUES (:name, :description, :start, :end) RETURNING id"));
        insert.bind(QStringLiteral(":name"), stored.name)
            .bind(QStringLiteral(":description"), stored.description)
            .bind(QStringLiteral(":start"), dateValue(stored.start))
            .bind(QStringLiteral(":end"), dateValue(stored.end));
        const auto id = insert.insertReturningId();
        if (!id)
            return id.error();
        stored.id = *id;
        if (auto done = writeMembers(database, stored.id, stored.memberIds); !done)
            return done;
        return m_file.audit(QStringLiteral("service.add"), QStringLiteral("service"),
                            QString::number(stored.id), {}, serviceToJson(stored));
    });
    if (!outcome)
        return outcome.error();
    return stored;
}

Result<domain::Service> ServiceRepository::update(const domain::Service& service)
{
    if (auto done = domain::validateService(service); !done)
        return done.error();
    const Service stored = withSortedMembers(service);
    const Outcome outcome = m_file.inTransaction([&]() -> Outcome {
        const QSqlDatabase database = m_file.connection();
        const auto before = servicesWhere(database, QStringLiteral(" WHERE id = :id"), stored.id);
        if (!before)
            return before.error();
        if (before->isEmpty())
            return unknownService(stored.id);
        if (auto done = checkNameIsFree(database, stored); !done)
            return done;
        Statement update(database,
                         QStringLiteral("UPDATE services SET name = :name, description = :description, "
                                        "starts_on = :start, ends_on = :end WHERE id = :id"));
        update.bind(QStringLiteral(":name"), stored.name)
            .bind(QStringLiteral(":description"), stored.description)
            .bind(QStringLiteral(":start"), dateValue(stored.start))
            .bind(QStringLiteral(":end"), dateValue(stored.end))
            .bind(QStringLiteral(":id"), stored.id);
        if (auto done = update.exec(); !done)
            return done;
        if (auto done = writeMembers(database, stored.id, stored.memberIds); !done)
            return done;
        return m_file.audit(QStringLiteral("service.update"), QStringLiteral("service"),
                            QString::number(stored.id), serviceToJson(before->constFirst()),
                            serviceToJson(stored));
    });
    if (!outcome)
        return outcome.error();
    return stored;
}

Outcome ServiceRepository::setMembers(qint64 serviceId, const QList<qint64>& memberIds)
{
    auto current = service(serviceId);
    if (!current)
        return current.error();
    Service changed = *current;
    changed.memberIds = memberIds;
    const auto updated = update(changed);
    if (!updated)
        return updated.error();
    return domain::ok();
}

Result<QList<domain::Service>> ServiceRepository::services() const
{
    return servicesWhere(m_file.connection(), {}, std::nullopt);
}

Result<domain::Service> ServiceRepository::service(qint64 id) const
{
    const auto found = servicesWhere(m_file.connection(), QStringLiteral(" WHERE id = :id"), id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return unknownService(id);
    return found->constFirst();
}

} // namespace mutualise::storage
