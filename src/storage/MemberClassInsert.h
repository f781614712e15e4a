#pragma once

#include "Statement.h"
#include "domain/Member.h"

#include <QJsonObject>

namespace mutualise::storage {

// How a member class is stored, shared by creating a file, adding a class and writing the demo: one
// prepared statement, reused for every class inserted through it.
class MemberClassInsert
{
public:
    explicit MemberClassInsert(const QSqlDatabase& database);

    // The new class's id.
    domain::Result<qint64> insert(const domain::MemberClass& memberClass);

private:
    Statement m_statement;
};

// A member class as the audit trail records it.
QJsonObject memberClassToJson(const domain::MemberClass& memberClass);

} // namespace mutualise::storage
