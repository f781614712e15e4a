#pragma once

#include "MutualFile.h"
#include "domain/Contribution.h"

#include <QList>

namespace mutualise::storage {

// The services the mutual provides its members, and which members take each one. Every change is one
// transaction with its audit entry.
class ServiceRepository
{
public:
    explicit ServiceRepository(MutualFile& file);

    // Checks the service (domain::validateService), that no other has its name ignoring case
    // ("duplicate-service") and that its members exist ("unknown-member"); stores it with its members.
    Result<domain::Service> add(const domain::Service& service);
    // Changes the name, description, dates and members of a stored service ("unknown-service").
    Result<domain::Service> update(const domain::Service& service);
    // Replaces the members that take the service.
    Outcome setMembers(qint64 serviceId, const QList<qint64>& memberIds);

    // Every service, by start date then id, each with its members in id order.
    Result<QList<domain::Service>> services() const;
    Result<domain::Service> service(qint64 id) const;

private:
    MutualFile& m_file;
};

} // namespace mutualise::storage
