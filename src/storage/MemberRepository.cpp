#include "MemberRepository.h"

#include "MemberClassInsert.h"
#include "ShareLedgerRepository.h"
#include "Statement.h"
#include "domain/Dates.h"
#include "domain/MemberNumbers.h"
#include "domain/ShareLedger.h"
#include "domain/Text.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

#include <algorithm>

namespace mutualise::storage {

namespace {

using domain::Member;
using domain::MemberClass;

const QString memberColumns = QStringLiteral(
    "m.id, m.number, m.name, m.kind, m.class_id, m.email, m.phone, m.address, m.admitted_on, m.ceased_on, "
    "m.status");
constexpr int memberColumnCount = 11;

Member memberFrom(const Statement& query)
{
    Member member;
    member.id = query.value(0).toLongLong();
    member.number = query.value(1).toString();
    member.name = query.value(2).toString();
    member.kind = domain::kindFromKey(query.value(3).toString()).value_or(domain::MemberKind::Individual);
    member.classId = query.value(4).toLongLong();
    member.email = query.value(5).toString();
    member.phone = query.value(6).toString();
    member.address = query.value(7).toString();
    member.admittedOn = dateFrom(query.value(8));
    member.ceasedOn = dateFrom(query.value(9));
    member.status
        = domain::statusFromKey(query.value(10).toString()).value_or(domain::MemberStatus::Applicant);
    return member;
}

QJsonObject memberToJson(const Member& member)
{
    return QJsonObject {
        { QStringLiteral("id"), member.id },
        { QStringLiteral("number"), member.number },
        { QStringLiteral("name"), member.name },
        { QStringLiteral("kind"), domain::kindKey(member.kind) },
        { QStringLiteral("classId"), member.classId },
        { QStringLiteral("email"), member.email },
        { QStringLiteral("phone"), member.phone },
        { QStringLiteral("address"), member.address },
        { QStringLiteral("admittedOn"), member.admittedOn.toString(Qt::ISODate) },
        { QStringLiteral("ceasedOn"), member.ceasedOn.toString(Qt::ISODate) },
        { QStringLiteral("status"), domain::statusKey(member.status) },
    };
}

Error unknownMember(const QString& which)
{
    return Error { QCoreApplication::translate("MemberRepository", "There is no member %1.")
                       .arg(domain::quotedText(which)),
                   QStringLiteral("unknown-member"), QStringLiteral("number") };
}

// A search is matched literally: '%' and '_' typed by a person are not wildcards.
QString likePattern(const QString& search)
{
    QString escaped = search.toLower();
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'%', QStringLiteral("\\%"));
    escaped.replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

QString whereClause(const MemberQuery& query)
{
    QStringList conditions;
    if (!query.search.isEmpty()) {
        conditions.append(
            QStringLiteral("(lower(m.number) LIKE :search1 ESCAPE '\\' OR lower(m.name) LIKE "
                           ":search2 ESCAPE '\\' OR lower(m.email) LIKE :search3 ESCAPE '\\')"));
    }
    if (query.status)
        conditions.append(QStringLiteral("m.status = :status"));
    if (query.classId)
        conditions.append(QStringLiteral("m.class_id = :class_id"));
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

void bindFilters(Statement& statement, const MemberQuery& query)
{
    if (!query.search.isEmpty()) {
        const QString pattern = likePattern(query.search);
        statement.bind(QStringLiteral(":search1"), pattern)
            .bind(QStringLiteral(":search2"), pattern)
            .bind(QStringLiteral(":search3"), pattern);
    }
    if (query.status)
        statement.bind(QStringLiteral(":status"), domain::statusKey(*query.status));
    if (query.classId)
        statement.bind(QStringLiteral(":class_id"), *query.classId);
}

QString sortColumn(MemberQuery::SortKey key)
{
    switch (key) {
    case MemberQuery::SortKey::Number:
        return QStringLiteral("m.number");
    case MemberQuery::SortKey::Name:
        return QStringLiteral("m.name");
    case MemberQuery::SortKey::Kind:
        return QStringLiteral("m.kind");
    case MemberQuery::SortKey::Class:
        return QStringLiteral("c.name");
    case MemberQuery::SortKey::Status:
        return QStringLiteral("m.status");
    case MemberQuery::SortKey::AdmittedOn:
        return QStringLiteral("m.admitted_on");
    case MemberQuery::SortKey::CeasedOn:
        return QStringLiteral("m.ceased_on");
    case MemberQuery::SortKey::Shares:
        return QStringLiteral("COALESCE(h.shares, 0)");
    }
    Q_UNREACHABLE();
}

// " ORDER BY …" for a listing. Ties are broken by number so that consecutive pages neither repeat nor
// skip a member.
QString orderClause(const MemberQuery& query)
{
    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString order = QStringLiteral(" ORDER BY ");
    if (query.sortKey != MemberQuery::SortKey::Number)
        order += sortColumn(query.sortKey) + direction + QStringLiteral(", ");
    // Shorter numbers first, so that 2 comes before 12 and C001 after 1042 (both four characters).
    order += QStringLiteral("length(m.number)") + direction + QStringLiteral(", m.number") + direction;
    return order;
}

// "Current" holdings count every entry dated up to today; later-dated entries are not yet in force.
const QString holdingsSubquery
    = QStringLiteral("(SELECT member_id, SUM(shares) AS shares, SUM(amount) AS amount FROM share_entries "
                     "WHERE entry_date <= :today GROUP BY member_id)");

struct HoldingTotals
{
    qint64 shares = 0;
    qint64 amount = 0;
};

// Holdings of the members on one page, a batch of ids at a time: one placeholder per id keeps the
// statement prepared and bound, and batches keep it short (SQLite matches placeholder names linearly,
// so a single statement for a whole register of 100,000 would take quadratic time).
Outcome addHoldingsOf(const QSqlDatabase& database, QList<qint64>::const_iterator first,
                      QList<qint64>::const_iterator last, QHash<qint64, HoldingTotals>& holdings)
{
    QStringList placeholders;
    for (auto id = first; id != last; ++id)
        placeholders.append(QStringLiteral(":id%1").arg(placeholders.size()));
    Statement query(
        database,
        QStringLiteral("SELECT member_id, SUM(shares), SUM(amount) FROM share_entries WHERE entry_date "
                       "<= :today AND member_id IN (%1) GROUP BY member_id")
            .arg(placeholders.join(u',')));
    query.bind(QStringLiteral(":today"), dateValue(QDate::currentDate()));
    qsizetype index = 0;
    for (auto id = first; id != last; ++id)
        query.bind(placeholders.at(index++), *id);
    if (auto done = query.exec(); !done)
        return done;
    while (query.next())
        holdings.insert(query.value(0).toLongLong(),
                        { query.value(1).toLongLong(), query.value(2).toLongLong() });
    return domain::ok();
}

Result<QHash<qint64, HoldingTotals>> holdingsOf(const QSqlDatabase& database, const QList<qint64>& memberIds)
{
    constexpr qsizetype batchSize = 500;
    QHash<qint64, HoldingTotals> holdings;
    holdings.reserve(memberIds.size());
    for (qsizetype start = 0; start < memberIds.size(); start += batchSize) {
        const auto first = memberIds.cbegin() + start;
        const auto last = memberIds.cbegin() + std::min(start + batchSize, memberIds.size());
        if (auto done = addHoldingsOf(database, first, last, holdings); !done)
            return done.error();
    }
    return holdings;
}

Result<std::optional<Member>> memberWithNumber(const QSqlDatabase& database, const QString& number)
{
    Statement query(
        database,
        QStringLiteral("SELECT %1 FROM members m WHERE lower(m.number) = lower(:number)").arg(memberColumns));
    query.bind(QStringLiteral(":number"), number);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return std::optional<Member>();
    return std::optional<Member>(memberFrom(query));
}

Outcome checkClassExists(const QSqlDatabase& database, qint64 classId)
{
    Statement query(database, QStringLiteral("SELECT 1 FROM member_classes WHERE id = :id"));
    query.bind(QStringLiteral(":id"), classId);
    if (auto done = query.exec(); !done)
        return done;
    if (!query.next()) {
        return Error { QCoreApplication::translate("MemberRepository",
                                                   "Choose one of the mutual's member classes."),
                       QStringLiteral("unknown-class"), QStringLiteral("classId") };
    }
    return domain::ok();
}

// The register keeps member numbers unique, ignoring case so that "c001" cannot sit beside "C001".
Outcome checkNumberIsFree(const QSqlDatabase& database, const Member& member)
{
    const auto existing = memberWithNumber(database, member.number);
    if (!existing)
        return existing.error();
    if (*existing && (*existing)->id != member.id) {
        return Error { QCoreApplication::translate("MemberRepository",
                                                   "Member number %1 is already used by %2.")
                           .arg(member.number, domain::quotedText((*existing)->name)),
                       QStringLiteral("duplicate-number"), QStringLiteral("number") };
    }
    return domain::ok();
}

Statement& bindMember(Statement& statement, const Member& member)
{
    return statement.bind(QStringLiteral(":number"), member.number)
        .bind(QStringLiteral(":name"), member.name)
        .bind(QStringLiteral(":kind"), domain::kindKey(member.kind))
        .bind(QStringLiteral(":class_id"), member.classId)
        .bind(QStringLiteral(":email"), member.email)
        .bind(QStringLiteral(":phone"), member.phone)
        .bind(QStringLiteral(":address"), member.address)
        .bind(QStringLiteral(":admitted_on"), dateValue(member.admittedOn))
        .bind(QStringLiteral(":ceased_on"), dateValue(member.ceasedOn))
        .bind(QStringLiteral(":status"), domain::statusKey(member.status));
}

Outcome storeUpdate(const QSqlDatabase& database, const Member& member)
{
    Statement update(
        database,
        QStringLiteral("UPDATE members SET number = :number, name = :name, kind = :kind, class_id = "
                       ":class_id, email = :email, phone = :phone, address = :address, admitted_on = "
                       ":admitted_on, ceased_on = :ceased_on, status = :status WHERE id = :id"));
    bindMember(update, member).bind(QStringLiteral(":id"), member.id);
    return update.exec();
}

} // namespace

MemberRepository::MemberRepository(MutualFile& file)
    : m_file(file)
{ }

Result<QList<domain::MemberClass>> MemberRepository::classes() const
{
    Statement query(m_file.connection(),
                    QStringLiteral("SELECT id, name, minimum_shares, maximum_shares, voting_share_bp FROM "
                                   "member_classes ORDER BY id"));
    if (auto done = query.exec(); !done)
        return done.error();
    QList<MemberClass> found;
    while (query.next()) {
        MemberClass memberClass;
        memberClass.id = query.value(0).toLongLong();
        memberClass.name = query.value(1).toString();
        memberClass.minimumShares = query.value(2).toLongLong();
        if (!query.value(3).isNull())
            memberClass.maximumShares = query.value(3).toLongLong();
        memberClass.votingShareBasisPoints = query.value(4).toInt();
        found.append(memberClass);
    }
    return found;
}

Result<domain::MemberClass> MemberRepository::addClass(const domain::MemberClass& memberClass)
{
    if (auto valid = domain::checkClassName(memberClass.name); !valid)
        return valid.error();
    if (auto valid = domain::validateMemberClass(memberClass); !valid)
        return valid.error();
    MemberClass stored = memberClass;
    const Outcome outcome = m_file.inTransaction([&]() -> Outcome {
        Statement existing(m_file.connection(),
                           QStringLiteral("SELECT 1 FROM member_classes WHERE lower(name) = lower(:name)"));
        existing.bind(QStringLiteral(":name"), memberClass.name);
        if (auto done = existing.exec(); !done)
            return done;
        if (existing.next()) {
            return Error { QCoreApplication::translate("MemberRepository",
                                                       "There is already a class named %1.")
                               .arg(memberClass.name),
                           QStringLiteral("duplicate-class"), QStringLiteral("name") };
        }
        const auto id = MemberClassInsert(m_file.connection()).insert(memberClass);
        if (!id)
            return id.error();
        stored.id = *id;
        return m_file.audit(QStringLiteral("class.add"), QStringLiteral("member_class"), stored.name, {},
                            memberClassToJson(stored));
    });
    if (!outcome)
        return outcome.error();
    return stored;
}

Result<qint64> MemberRepository::count(const MemberQuery& query) const
{
    Statement statement(m_file.connection(),
                        QStringLiteral("SELECT COUNT(*) FROM members m") + whereClause(query));
    bindFilters(statement, query);
    if (auto done = statement.exec(); !done)
        return done.error();
    return statement.next() ? statement.value(0).toLongLong() : 0;
}

Result<std::optional<qint64>> MemberRepository::positionOf(const MemberQuery& query, qint64 memberId) const
{
    // The same order as page(), numbered; one pass over the members the filters leave.
    QString from = QStringLiteral(" FROM members m");
    if (query.sortKey == MemberQuery::SortKey::Class)
        from += QStringLiteral(" JOIN member_classes c ON c.id = m.class_id");
    if (query.sortKey == MemberQuery::SortKey::Shares)
        from += QStringLiteral(" LEFT JOIN %1 h ON h.member_id = m.id").arg(holdingsSubquery);
    Statement statement(m_file.connection(),
                        QStringLiteral("SELECT position FROM (SELECT m.id, ROW_NUMBER() OVER (%1) - 1 AS "
                                       "position%2%3) WHERE id = :member_id")
                            .arg(orderClause(query).trimmed(), from, whereClause(query)));
    bindFilters(statement, query);
    if (query.sortKey == MemberQuery::SortKey::Shares)
        statement.bind(QStringLiteral(":today"), dateValue(QDate::currentDate()));
    statement.bind(QStringLiteral(":member_id"), memberId);
    if (auto done = statement.exec(); !done)
        return done.error();
    if (!statement.next())
        return std::optional<qint64>();
    return std::optional<qint64>(statement.value(0).toLongLong());
}

Result<QList<MemberRow>> MemberRepository::page(const MemberQuery& query, qint64 offset, qint64 limit) const
{
    const bool isSortedByShares = query.sortKey == MemberQuery::SortKey::Shares;
    const QString order = orderClause(query);
    QString sql;
    if (isSortedByShares) {
        // Sorting by holding needs every member's holding: one aggregate over the ledger.
        sql = QStringLiteral(
                  "SELECT %1, c.name, COALESCE(h.shares, 0), COALESCE(h.amount, 0) FROM members m JOIN "
                  "member_classes c ON c.id = m.class_id LEFT JOIN %2 h ON h.member_id = m.id")
                  .arg(memberColumns, holdingsSubquery)
            + whereClause(query) + order + QStringLiteral(" LIMIT :limit OFFSET :offset");
    } else {
        // The page's ids are found first, from the indexes alone, so that a deep offset skips index
        // entries rather than whole rows; then only the page's rows are read.
        sql = QStringLiteral(
                  "SELECT %1, c.name FROM (SELECT m.id FROM members m%2%3%4 LIMIT :limit OFFSET "
                  ":offset) p JOIN members m ON m.id = p.id JOIN member_classes c ON c.id = m.class_id")
                  .arg(memberColumns,
                       query.sortKey == MemberQuery::SortKey::Class
                           ? QStringLiteral(" JOIN member_classes c ON c.id = m.class_id")
                           : QString(),
                       whereClause(query), order)
            + order;
    }

    Statement statement(m_file.connection(), sql);
    bindFilters(statement, query);
    if (isSortedByShares)
        statement.bind(QStringLiteral(":today"), dateValue(QDate::currentDate()));
    statement.bind(QStringLiteral(":limit"), limitValue(limit))
        .bind(QStringLiteral(":offset"), qMax<qint64>(0, offset));
    if (auto done = statement.exec(); !done)
        return done.error();

    QList<MemberRow> rows;
    while (statement.next()) {
        MemberRow row;
        row.member = memberFrom(statement);
        row.className = statement.value(memberColumnCount).toString();
        if (isSortedByShares) {
            row.shares = statement.value(memberColumnCount + 1).toLongLong();
            row.amount = statement.value(memberColumnCount + 2).toLongLong();
        }
        rows.append(row);
    }
    if (!isSortedByShares) {
        QList<qint64> ids;
        for (const MemberRow& row : rows)
            ids.append(row.member.id);
        const auto holdings = holdingsOf(m_file.connection(), ids);
        if (!holdings)
            return holdings.error();
        for (MemberRow& row : rows) {
            const HoldingTotals totals = holdings->value(row.member.id);
            row.shares = totals.shares;
            row.amount = totals.amount;
        }
    }
    return rows;
}

Result<domain::Member> MemberRepository::member(qint64 id) const
{
    Statement query(m_file.connection(),
                    QStringLiteral("SELECT %1 FROM members m WHERE m.id = :id").arg(memberColumns));
    query.bind(QStringLiteral(":id"), id);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return unknownMember(QString::number(id));
    return memberFrom(query);
}

Result<domain::Member> MemberRepository::memberByNumber(const QString& number) const
{
    // "１０１" typed in full width finds member 101, as it was stored under that form.
    const auto found = memberWithNumber(m_file.connection(), domain::normalisedMemberNumber(number));
    if (!found)
        return found.error();
    if (!*found)
        return unknownMember(number);
    return **found;
}

Result<QList<domain::Member>> MemberRepository::allMembers() const
{
    Statement query(
        m_file.connection(),
        QStringLiteral("SELECT %1 FROM members m ORDER BY length(m.number), m.number").arg(memberColumns));
    if (auto done = query.exec(); !done)
        return done.error();
    QList<Member> members;
    while (query.next())
        members.append(memberFrom(query));
    return members;
}

Result<QString> MemberRepository::nextFreeNumber() const
{
    Statement query(m_file.connection(), QStringLiteral("SELECT number FROM members ORDER BY id"));
    if (auto done = query.exec(); !done)
        return done.error();
    QStringList numbers;
    while (query.next())
        numbers.append(query.value(0).toString());
    return domain::nextMemberNumber(numbers);
}

Outcome MemberRepository::validateForRegister(const Member& member)
{
    const QDate today = QDate::currentDate();
    if (auto valid = domain::validateMember(member, today); !valid)
        return valid;
    if (auto done = domain::checkNotInFuture(member.admittedOn, today, QStringLiteral("admittedOn")); !done)
        return done;
    return domain::checkNotInFuture(member.ceasedOn, today, QStringLiteral("ceasedOn"));
}

// The member as it would be stored, checked against its own ledger history: an edit or a cessation
// must not leave entries before admission, shares received after cessation, or a holding outside the
// limits of its (possibly new) class.
Outcome MemberRepository::checkAgainstLedger(const Member& changed, const Member& before) const
{
    const auto entries = ShareLedgerRepository(m_file).entriesOf(changed.id);
    if (!entries)
        return entries.error();
    const auto allClasses = classes();
    if (!allClasses)
        return allClasses.error();
    domain::MemberPosition position { changed, {}, *entries };
    for (const domain::MemberClass& memberClass : *allClasses) {
        if (memberClass.id == changed.classId)
            position.memberClass = memberClass;
    }
    const auto mutual = m_file.readMutual();
    if (!mutual)
        return mutual.error();
    return domain::ShareLedger::checkMemberChange(position, *mutual, changed.classId != before.classId);
}

Result<domain::Member> MemberRepository::add(const domain::Member& member)
{
    Member stored = member;
    stored.number = domain::normalisedMemberNumber(member.number);
    if (auto valid = validateForRegister(stored); !valid)
        return valid.error();
    const Outcome outcome = m_file.inTransaction([&]() -> Outcome {
        const QSqlDatabase database = m_file.connection();
        stored.id = 0;
        if (auto done = checkNumberIsFree(database, stored); !done)
            return done;
        if (auto done = checkClassExists(database, stored.classId); !done)
            return done;
        Statement insert = insertStatement();
        const auto id = insertWithin(insert, stored, QStringLiteral("member.add"));
        if (!id)
            return id.error();
        stored.id = *id;
        return domain::ok();
    });
    if (!outcome)
        return outcome.error();
    return stored;
}

Result<domain::Member> MemberRepository::update(const domain::Member& changed)
{
    Member member = changed;
    member.number = domain::normalisedMemberNumber(changed.number);
    if (auto valid = validateForRegister(member); !valid)
        return valid.error();
    const Outcome outcome = m_file.inTransaction([&]() -> Outcome {
        const QSqlDatabase database = m_file.connection();
        const auto before = this->member(member.id);
        if (!before)
            return before.error();
        if (auto done = checkNumberIsFree(database, member); !done)
            return done;
        if (auto done = checkClassExists(database, member.classId); !done)
            return done;
        if (auto done = checkAgainstLedger(member, *before); !done)
            return done;
        if (auto done = storeUpdate(database, member); !done)
            return done;
        return m_file.audit(QStringLiteral("member.update"), QStringLiteral("member"), member.number,
                            memberToJson(*before), memberToJson(member));
    });
    if (!outcome)
        return outcome.error();
    return member;
}

Result<domain::Member> MemberRepository::cease(qint64 memberId, const QDate& on)
{
    const QDate today = QDate::currentDate();
    if (auto done = domain::checkNotInFuture(on, today, QStringLiteral("ceasedOn")); !done)
        return done.error();
    Member stored;
    const Outcome outcome = m_file.inTransaction([&]() -> Outcome {
        const auto before = member(memberId);
        if (!before)
            return before.error();
        const auto after = domain::ceased(*before, on, today);
        if (!after)
            return after.error();
        stored = *after;
        if (auto done = checkAgainstLedger(stored, *before); !done)
            return done;
        if (auto done = storeUpdate(m_file.connection(), stored); !done)
            return done;
        return m_file.audit(QStringLiteral("member.cease"), QStringLiteral("member"), stored.number,
                            memberToJson(*before), memberToJson(stored));
    });
    if (!outcome)
        return outcome.error();
    return stored;
}

Statement MemberRepository::insertStatement() const
{
    return Statement(
        m_file.connection(),
        QStringLiteral("INSERT INTO members (number, name, kind, class_id, email, phone, address, "
                       "admitted_on, ceased_on, status) VALUES (:number, :name, :kind, :class_id, "
                       ":email, :phone, :address, :admitted_on, :ceased_on, :status) RETURNING id"));
}

Result<qint64> MemberRepository::insertWithin(Statement& insert, const domain::Member& member,
                                              const QString& action)
{
    bindMember(insert, member);
    const auto id = insert.insertReturningId();
    if (!id)
        return id.error();
    Member stored = member;
    stored.id = *id;
    if (auto done = m_file.audit(action, QStringLiteral("member"), stored.number, {}, memberToJson(stored));
        !done)
        return done.error();
    return *id;
}

Result<QList<MemberCount>> MemberRepository::countsByStatusAndClass() const
{
    Statement query(m_file.connection(),
                    QStringLiteral("SELECT status, class_id, COUNT(*) FROM members GROUP BY class_id, status "
                                   "ORDER BY class_id, status"));
    if (auto done = query.exec(); !done)
        return done.error();
    QList<MemberCount> counts;
    while (query.next()) {
        MemberCount count;
        count.status
            = domain::statusFromKey(query.value(0).toString()).value_or(domain::MemberStatus::Applicant);
        count.classId = query.value(1).toLongLong();
        count.count = query.value(2).toLongLong();
        counts.append(count);
    }
    return counts;
}

} // namespace mutualise::storage
