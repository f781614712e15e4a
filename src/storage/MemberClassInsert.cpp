#include "MemberClassInsert.h"

namespace mutualise::storage {

MemberClassInsert::MemberClassInsert(const QSqlDatabase& database)
    : m_statement(database,
                  QStringLiteral("INSERT INTO member_classes (name, minimum_shares, maximum_shares, "
                                 "voting_share_bp) VALUES (:name, :minimum, :maximum, :bp) RETURNING id"))
{ }

domain::Result<qint64> MemberClassInsert::insert(const domain::MemberClass& memberClass)
{
    m_statement.bind(QStringLiteral(":name"), memberClass.name)
        .bind(QStringLiteral(":minimum"), memberClass.minimumShares)
        .bind(QStringLiteral(":maximum"),
              memberClass.maximumShares ? QVariant(*memberClass.maximumShares) : QVariant())
        .bind(QStringLiteral(":bp"), memberClass.votingShareBasisPoints);
    return m_statement.insertReturningId();
}

QJsonObject memberClassToJson(const domain::MemberClass& memberClass)
{
    QJsonObject json { { QStringLiteral("id"), memberClass.id },
                       { QStringLiteral("name"), memberClass.name },
                       { QStringLiteral("minimumShares"), memberClass.minimumShares },
                       { QStringLiteral("votingShareBasisPoints"), memberClass.votingShareBasisPoints } };
    if (memberClass.maximumShares)
        json.insert(QStringLiteral("maximumShares"), *memberClass.maximumShares);
    return json;
}

} // namespace mutualise::storage
