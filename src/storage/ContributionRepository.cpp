#include "ContributionRepository.h"

#include "MemberRepository.h"
#include "ProjectRepository.h"
#include "ShareLedgerRepository.h"
#include "Statement.h"
#include "domain/Dates.h"
#include "domain/Text.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QtNumeric>

#include <algorithm>
#include <functional>
#include <limits>

namespace mutualise::storage {

namespace {

using domain::Contribution;
using domain::ContributionGrouping;
using domain::ContributionKind;

const QString contributionColumns
    = QStringLiteral("e.id, e.kind, e.entry_date, e.member_id, e.amount, e.days_hundredths, e.day_rate, "
                     "e.service_id, e.project_id, e.reference, e.note, e.reverses_id, e.recorded_by, "
                     "e.recorded_at");
constexpr int contributionColumnCount = 14;

Error sumTooLargeError(const QString& what)
{
    return Error { QCoreApplication::translate(
                       "ContributionRepository",
                       "%1 come to more than %2, the most that can be added up: the "
                       "file holds an entry far too large, which a reversal can undo.")
                       .arg(what, QLocale().toString(std::numeric_limits<qint64>::max())),
                   QStringLiteral("total-too-large"),
                   {} };
}

Contribution contributionFrom(const Statement& query)
{
    Contribution contribution;
    contribution.id = query.value(0).toLongLong();
    contribution.kind = query.value(1).toString();
    contribution.date = dateFrom(query.value(2));
    contribution.memberId = query.value(3).toLongLong();
    contribution.amount = query.value(4).toLongLong();
    contribution.daysHundredths = idFrom(query.value(5));
    contribution.dayRate = idFrom(query.value(6));
    contribution.serviceId = idFrom(query.value(7));
    contribution.projectId = idFrom(query.value(8));
    contribution.reference = query.value(9).toString();
    contribution.note = query.value(10).toString();
    contribution.reversesId = idFrom(query.value(11));
    contribution.recordedBy = query.value(12).toString();
    contribution.recordedAt = momentFrom(query.value(13));
    return contribution;
}

QJsonObject contributionToJson(const Contribution& contribution)
{
    QJsonObject json { { QStringLiteral("id"), contribution.id },
                       { QStringLiteral("kind"), contribution.kind },
                       { QStringLiteral("date"), contribution.date.toString(Qt::ISODate) },
                       { QStringLiteral("memberId"), contribution.memberId },
                       { QStringLiteral("amount"), contribution.amount },
                       { QStringLiteral("reference"), contribution.reference },
                       { QStringLiteral("note"), contribution.note } };
    if (contribution.daysHundredths)
        json.insert(QStringLiteral("daysHundredths"), *contribution.daysHundredths);
    if (contribution.dayRate)
        json.insert(QStringLiteral("dayRate"), *contribution.dayRate);
    if (contribution.serviceId)
        json.insert(QStringLiteral("serviceId"), *contribution.serviceId);
    if (contribution.projectId)
        json.insert(QStringLiteral("projectId"), *contribution.projectId);
    if (contribution.reversesId)
        json.insert(QStringLiteral("reversesId"), *contribution.reversesId);
    return json;
}

Error contributionError(const QString& message, const char* rule, const char* field)
{
    return Error { message, QString::fromLatin1(rule), QString::fromLatin1(field) };
}

Result<std::optional<Contribution>> contributionWithId(const QSqlDatabase& database, qint64 id)
{
    Statement query(
        database, QStringLiteral("SELECT %1 FROM contributions e WHERE e.id = :id").arg(contributionColumns));
    query.bind(QStringLiteral(":id"), id);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return std::optional<Contribution>();
    return std::optional<Contribution>(contributionFrom(query));
}

// Whether a row with that id is in `table` (a name from this file, never from input).
Result<bool> rowExists(const QSqlDatabase& database, const QString& table, qint64 id)
{
    Statement query(database, QStringLiteral("SELECT 1 FROM %1 WHERE id = :id").arg(table));
    query.bind(QStringLiteral(":id"), id);
    if (auto done = query.exec(); !done)
        return done.error();
    return query.next();
}

// The member must have been admitted by the day of the contribution and not have ceased before it.
Outcome checkMemberOn(MutualFile& file, qint64 memberId, const QDate& date)
{
    const auto member = MemberRepository(file).member(memberId);
    if (!member)
        return member.error();
    const QString day = date.toString(Qt::ISODate);
    if (!member->admittedOn.isValid() || date < member->admittedOn)
        return contributionError(
            member->admittedOn.isValid()
                ? QCoreApplication::translate(
                      "ContributionRepository",
                      "Member %1 was admitted on %2; a contribution cannot be dated %3.")
                      .arg(member->number, member->admittedOn.toString(Qt::ISODate), day)
                : QCoreApplication::translate("ContributionRepository",
                                              "Member %1 has not been admitted, so cannot contribute.")
                      .arg(member->number),
            "before-admission", "date");
    if (member->ceasedOn.isValid() && member->ceasedOn < date)
        return contributionError(
            QCoreApplication::translate("ContributionRepository",
                                        "Member %1 ceased on %2; a contribution cannot be "
                                        "dated %3.")
                .arg(member->number, member->ceasedOn.toString(Qt::ISODate), day),
            "after-cessation", "date");
    return domain::ok();
}

Outcome checkReferences(const QSqlDatabase& database, const Contribution& contribution)
{
    if (contribution.serviceId) {
        const auto exists = rowExists(database, QStringLiteral("services"), *contribution.serviceId);
        if (!exists)
            return exists.error();
        if (!*exists)
            return contributionError(
                QCoreApplication::translate("ContributionRepository", "There is no service %1.")
                    .arg(*contribution.serviceId),
                "unknown-service", "service");
    }
    if (contribution.projectId) {
        const auto exists = rowExists(database, QStringLiteral("projects"), *contribution.projectId);
        if (!exists)
            return exists.error();
        if (!*exists)
            return contributionError(
                QCoreApplication::translate("ContributionRepository", "There is no project %1.")
                    .arg(*contribution.projectId),
                "unknown-project", "project");
    }
    return domain::ok();
}

Result<Contribution> append(const QSqlDatabase& database, Contribution line, const QString& actor)
{
    Statement insert(
        database,
        QStringLiteral("INSERT INTO contributions (kind, entry_date, member_id, amount, days_hundredths, "
                       "day_rate, service_id, project_id, reference, note, reverses_id, recorded_by, "
                       "recorded_at) VALUES (:kind, :date, :member, :amount, :days, :rate, :service, "
                       ":project, :reference, :note, :reverses, :recorded_by, :recorded_at) "
                       "RETURNING id"));
    const QString recordedAt = nowUtcText();
    insert.bind(QStringLiteral(":kind"), line.kind)
        .bind(QStringLiteral(":date"), dateValue(line.date))
        .bind(QStringLiteral(":member"), line.memberId)
        .bind(QStringLiteral(":amount"), line.amount)
        .bind(QStringLiteral(":days"), idValue(line.daysHundredths))
        .bind(QStringLiteral(":rate"), idValue(line.dayRate))
        .bind(QStringLiteral(":service"), idValue(line.serviceId))
        .bind(QStringLiteral(":project"), idValue(line.projectId))
        .bind(QStringLiteral(":reference"), line.reference)
        .bind(QStringLiteral(":note"), line.note)
        .bind(QStringLiteral(":reverses"), idValue(line.reversesId))
        .bind(QStringLiteral(":recorded_by"), actor)
        .bind(QStringLiteral(":recorded_at"), recordedAt);
    const auto id = insert.insertReturningId();
    if (!id)
        return id.error();
    line.id = *id;
    line.recordedBy = actor;
    line.recordedAt = momentFrom(recordedAt);
    return line;
}

QString filterClause(const ContributionFilter& filter)
{
    QStringList conditions;
    if (filter.memberId)
        conditions.append(QStringLiteral("e.member_id = :member"));
    if (!filter.kind.isEmpty())
        conditions.append(QStringLiteral("e.kind = :kind"));
    if (filter.from.isValid())
        conditions.append(QStringLiteral("e.entry_date >= :from"));
    if (filter.to.isValid())
        conditions.append(QStringLiteral("e.entry_date <= :to"));
    if (filter.serviceId)
        conditions.append(QStringLiteral("e.service_id = :service"));
    if (filter.projectId)
        conditions.append(QStringLiteral("e.project_id = :project"));
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

void bindFilter(Statement& statement, const ContributionFilter& filter)
{
    if (filter.memberId)
        statement.bind(QStringLiteral(":member"), *filter.memberId);
    if (!filter.kind.isEmpty())
        statement.bind(QStringLiteral(":kind"), filter.kind);
    if (filter.from.isValid())
        statement.bind(QStringLiteral(":from"), dateValue(filter.from));
    if (filter.to.isValid())
        statement.bind(QStringLiteral(":to"), dateValue(filter.to));
    if (filter.serviceId)
        statement.bind(QStringLiteral(":service"), *filter.serviceId);
    if (filter.projectId)
        statement.bind(QStringLiteral(":project"), *filter.projectId);
}

// What a grouping groups the rows of a table by, and what it reads as the row's key and label. The
// quarter and the year are worked out from each day, since the financial year may start on any day.
struct GroupColumns
{
    QString group;
    QString key;
    QString label;
};

GroupColumns groupColumns(ContributionGrouping grouping)
{
    switch (grouping) {
    case ContributionGrouping::Member:
        return { QStringLiteral("e.member_id"), QStringLiteral("m.number"), QStringLiteral("m.name") };
    case ContributionGrouping::Class:
        return { QStringLiteral("m.class_id"), QStringLiteral("c.name"), QStringLiteral("''") };
    case ContributionGrouping::Month:
        return { QStringLiteral("substr(e.entry_date, 1, 7)"), QStringLiteral("substr(e.entry_date, 1, 7)"),
                 QStringLiteral("''") };
    case ContributionGrouping::Quarter:
    case ContributionGrouping::Year:
        return { QStringLiteral("e.entry_date"), QStringLiteral("e.entry_date"), QStringLiteral("''") };
    }
    Q_UNREACHABLE();
    return {};
}

QString periodClause(const QDate& from, const QDate& to)
{
    QString clause;
    if (from.isValid())
        clause += QStringLiteral(" AND e.entry_date >= :from");
    if (to.isValid())
        clause += QStringLiteral(" AND e.entry_date <= :to");
    return clause;
}

// One pass over a table's sums, grouped, adding each to the tally; `labels` gathers the members' names.
Outcome tallyQuery(Statement& query, ContributionGrouping grouping, const domain::Mutual& mutual,
                   domain::ContributionTally& tally, QHash<QString, QString>& labels)
{
    if (auto done = query.exec(); !done)
        return done;
    while (query.next()) {
        QString key = query.value(0).toString();
        if (grouping == ContributionGrouping::Quarter || grouping == ContributionGrouping::Year)
            key = domain::contributionPeriodKey(dateFrom(query.value(0)), grouping, mutual);
        const QString kind = query.value(2).toString();
        const std::optional<qint64> amount = joinedSum(query, 3);
        if (!amount)
            return sumTooLargeError(
                QCoreApplication::translate("ContributionRepository", "The contributions of %1")
                    .arg(domain::visibleText(key)));
        if (grouping == ContributionGrouping::Member)
            labels.insert(key, query.value(1).toString());
        if (auto done = tally.add(key, kind, *amount); !done)
            return done;
    }
    return domain::ok();
}

void bindPeriod(Statement& query, const QDate& from, const QDate& to, const QString& kind)
{
    if (from.isValid())
        query.bind(QStringLiteral(":from"), dateValue(from));
    if (to.isValid())
        query.bind(QStringLiteral(":to"), dateValue(to));
    if (!kind.isEmpty())
        query.bind(QStringLiteral(":kind"), kind);
}

} // namespace

ContributionRepository::ContributionRepository(MutualFile& file)
    : m_file(file)
{ }

Result<QList<domain::ContributionKind>> ContributionRepository::kinds() const
{
    Statement query(m_file.connection(),
                    QStringLiteral("SELECT key, label, built_in FROM contribution_kinds ORDER BY "
                                   "built_in DESC, key"));
    if (auto done = query.exec(); !done)
        return done.error();
    QList<ContributionKind> kinds;
    while (query.next()) {
        ContributionKind kind { query.value(0).toString(), query.value(1).toString(),
                                query.value(2).toInt() != 0 };
        if (kind.isBuiltIn)
            kind.label = domain::contributionKindLabel(kind.key, kind.label);
        kinds.append(kind);
    }
    // The built-in kinds in the order the program names them.
    const QStringList order = domain::builtInContributionKinds();
    std::stable_sort(kinds.begin(), kinds.end(),
                     [&order](const ContributionKind& a, const ContributionKind& b) {
                         const qsizetype first = a.isBuiltIn ? order.indexOf(a.key) : order.size();
                         const qsizetype second = b.isBuiltIn ? order.indexOf(b.key) : order.size();
                         return first < second;
                     });
    return kinds;
}

Result<domain::ContributionKind> ContributionRepository::addKind(const domain::ContributionKind& kind)
{
    ContributionKind stored { kind.key.trimmed(), kind.label.trimmed(), false };
    if (auto done = domain::validateContributionKind(stored); !done)
        return done.error();
    const Outcome outcome = m_file.inTransaction([&]() -> Outcome {
        // A label may not repeat another kind's, as stored or as the program shows a built-in one.
        Statement existing(
            m_file.connection(),
            QStringLiteral("SELECT key, label, built_in FROM contribution_kinds ORDER BY key"));
        if (auto done = existing.exec(); !done)
            return done;
        while (existing.next()) {
            const QString key = existing.value(0).toString();
            const QString label = existing.value(1).toString();
            const QString shown
                = existing.value(2).toInt() != 0 ? domain::contributionKindLabel(key, label) : label;
            const bool sameKey = key == stored.key;
            const bool sameLabel = label.compare(stored.label, Qt::CaseInsensitive) == 0
                || shown.compare(stored.label, Qt::CaseInsensitive) == 0;
            if (sameKey || sameLabel)
                return contributionError(
                    QCoreApplication::translate("ContributionRepository",
                                                "There is already a kind of contribution “%1” (%2).")
                        .arg(domain::quotedText(key), domain::quotedText(shown)),
                    "duplicate-kind", sameKey ? "key" : "label");
        }
        Statement insert(
            m_file.connection(),
            QStringLiteral("INSERT INTO contribution_kinds (key, label, built_in) VALUES (:key, :label, 0)"));
        insert.bind(QStringLiteral(":key"), stored.key).bind(QStringLiteral(":label"), stored.label);
        if (auto done = insert.exec(); !done)
            return done;
        return m_file.audit(
            QStringLiteral("contribution-kind.add"), QStringLiteral("contribution_kind"), stored.key, {},
            QJsonObject { { QStringLiteral("key"), stored.key }, { QStringLiteral("label"), stored.label } });
    });
    if (!outcome)
        return outcome.error();
    return stored;
}

Result<domain::Contribution> ContributionRepository::add(const domain::Contribution& contribution)
{
    Contribution stored = contribution;
    stored.reference = stored.reference.trimmed();
    stored.reversesId.reset();
    const Outcome outcome = m_file.inTransaction([&]() -> Outcome {
        const auto known = kinds();
        if (!known)
            return known.error();
        QStringList keys;
        for (const ContributionKind& kind : *known)
            keys.append(kind.key);
        if (auto done = domain::validateContribution(stored, keys); !done)
            return done;
        if (auto done = checkMemberOn(m_file, stored.memberId, stored.date); !done)
            return done;
        if (auto done = checkReferences(m_file.connection(), stored); !done)
            return done;
        auto appended = append(m_file.connection(), stored, m_file.actor());
        if (!appended)
            return appended.error();
        stored = std::move(appended).value();
        if (auto done = m_file.audit(QStringLiteral("contribution.add"), QStringLiteral("contribution"),
                                     QString::number(stored.id), {}, contributionToJson(stored));
            !done)
            return done;
        // Staff time or a pledge paid for a project counts towards its target.
        if (!stored.projectId)
            return domain::ok();
        const auto funded = refreshFundedStatus(m_file, *stored.projectId);
        return funded ? domain::ok() : Outcome(funded.error());
    });
    if (!outcome)
        return outcome.error();
    return stored;
}

Result<domain::Contribution> ContributionRepository::reverse(qint64 entryId, const QDate& date,
                                                             const QString& reference)
{
    if (auto done = domain::checkNotInFuture(date, QDate::currentDate(), QStringLiteral("date")); !done)
        return done.error();
    Contribution stored;
    const Outcome outcome = m_file.inTransaction([&]() -> Outcome {
        const QSqlDatabase database = m_file.connection();
        const auto original = contributionWithId(database, entryId);
        if (!original)
            return original.error();
        if (!*original)
            return contributionError(
                QCoreApplication::translate("ContributionRepository", "There is no contribution %1.")
                    .arg(entryId),
                "unknown-entry", "entry");
        const Contribution& undone = **original;
        if (undone.isReversal())
            return contributionError(
                QCoreApplication::translate("ContributionRepository",
                                            "Contribution %1 is itself a reversal (of %2); "
                                            "record the contribution again instead.")
                    .arg(entryId)
                    .arg(*undone.reversesId),
                "reversal-not-reversible", "entry");
        Statement reversed(database, QStringLiteral("SELECT id FROM contributions WHERE reverses_id = :id"));
        reversed.bind(QStringLiteral(":id"), entryId);
        if (auto done = reversed.exec(); !done)
            return done;
        if (reversed.next())
            return contributionError(
                QCoreApplication::translate("ContributionRepository",
                                            "Contribution %1 has already been reversed, by "
                                            "%2.")
                    .arg(entryId)
                    .arg(reversed.value(0).toLongLong()),
                "already-reversed", "entry");
        if (date < undone.date)
            return contributionError(QCoreApplication::translate("ContributionRepository",
                                                                 "Contribution %1 is dated %2; its reversal "
                                                                 "cannot be dated before it, on %3.")
                                         .arg(QString::number(entryId), undone.date.toString(Qt::ISODate),
                                              date.toString(Qt::ISODate)),
                                     "reversal-before-entry", "date");
        Contribution line = undone;
        line.id = 0;
        line.date = date;
        line.amount = -undone.amount;
        if (undone.daysHundredths)
            line.daysHundredths = -*undone.daysHundredths;
        line.reversesId = undone.id;
        line.reference = reference.trimmed();
        line.note.clear();
        if (auto done = domain::checkPlainText(
                line.reference, QCoreApplication::translate("ContributionRepository", "The reference"),
                QStringLiteral("reference"));
            !done)
            return done;
        if (line.reference.size() > domain::maximumReferenceLength)
            return contributionError(QCoreApplication::translate("ContributionRepository",
                                                                 "The reference can be at most %1 characters "
                                                                 "long.")
                                         .arg(domain::maximumReferenceLength),
                                     "invalid-text", "reference");
        auto appended = append(database, line, m_file.actor());
        if (!appended)
            return appended.error();
        stored = std::move(appended).value();
        return m_file.audit(QStringLiteral("contribution.reverse"), QStringLiteral("contribution"),
                            QString::number(undone.id), contributionToJson(undone),
                            contributionToJson(stored));
    });
    if (!outcome)
        return outcome.error();
    return stored;
}

Result<qint64> ContributionRepository::count(const ContributionFilter& filter) const
{
    Statement query(m_file.connection(),
                    QStringLiteral("SELECT COUNT(*) FROM contributions e") + filterClause(filter));
    bindFilter(query, filter);
    if (auto done = query.exec(); !done)
        return done.error();
    return query.next() ? query.value(0).toLongLong() : 0;
}

Result<QList<ContributionRow>> ContributionRepository::entries(const ContributionFilter& filter,
                                                               qint64 offset, qint64 limit) const
{
    Statement query(
        m_file.connection(),
        QStringLiteral("SELECT %1, m.number, m.name, k.label, EXISTS (SELECT 1 FROM contributions r "
                       "WHERE r.reverses_id = e.id) FROM contributions e JOIN members m ON m.id = "
                       "e.member_id JOIN contribution_kinds k ON k.key = e.kind")
                .arg(contributionColumns)
            + filterClause(filter)
            + QStringLiteral(" ORDER BY e.entry_date, e.id LIMIT :limit OFFSET :offset"));
    bindFilter(query, filter);
    query.bind(QStringLiteral(":limit"), limitValue(limit))
        .bind(QStringLiteral(":offset"), qMax<qint64>(0, offset));
    if (auto done = query.exec(); !done)
        return done.error();
    QList<ContributionRow> rows;
    while (query.next()) {
        ContributionRow row;
        row.contribution = contributionFrom(query);
        row.memberNumber = query.value(contributionColumnCount).toString();
        row.memberName = query.value(contributionColumnCount + 1).toString();
        row.kindLabel = domain::contributionKindLabel(row.contribution.kind,
                                                      query.value(contributionColumnCount + 2).toString());
        row.isReversed = query.value(contributionColumnCount + 3).toInt() != 0;
        rows.append(row);
    }
    return rows;
}

Result<QDate> ContributionRepository::earliestDate() const
{
    Statement query(
        m_file.connection(),
        QStringLiteral("SELECT MIN(d) FROM (SELECT MIN(entry_date) AS d FROM contributions UNION ALL "
                       "SELECT MIN(entry_date) FROM share_entries WHERE kind = 'subscription')"));
    if (auto done = query.exec(); !done)
        return done.error();
    return query.next() ? dateFrom(query.value(0)) : QDate();
}

Result<domain::ContributionTotals> ContributionRepository::totals(domain::ContributionGrouping grouping,
                                                                  const QDate& from, const QDate& to,
                                                                  const QString& kind,
                                                                  const ReportFilter& members) const
{
    const bool isShareCapitalOnly = kind == domain::shareCapitalKind();
    if (!kind.isEmpty() && !isShareCapitalOnly) {
        const auto known = kinds();
        if (!known)
            return known.error();
        QStringList keys { domain::shareCapitalKind() };
        for (const ContributionKind& each : *known)
            keys.append(each.key);
        if (!keys.contains(kind))
            return contributionError(QCoreApplication::translate("ContributionRepository",
                                                                 "There is no kind of contribution “%1”; the "
                                                                 "kinds are %2.")
                                         .arg(domain::quotedText(kind), keys.join(QStringLiteral(", "))),
                                     "unknown-kind", "kind");
    }
    const domain::Mutual mutual = m_file.mutual();
    const GroupColumns columns = groupColumns(grouping);
    const QString joins
        = QStringLiteral(" JOIN members m ON m.id = e.member_id JOIN member_classes c ON c.id = "
                         "m.class_id");
    QString scope;
    if (members.memberId)
        scope += QStringLiteral(" AND e.member_id = :member");
    if (members.classId)
        scope += QStringLiteral(" AND m.class_id = :class");
    const auto bindScope = [&members](Statement& query) {
        if (members.memberId)
            query.bind(QStringLiteral(":member"), *members.memberId);
        if (members.classId)
            query.bind(QStringLiteral(":class"), *members.classId);
    };
    domain::ContributionTally tally;
    QHash<QString, QString> labels;

    if (!isShareCapitalOnly) {
        Statement entered(
            m_file.connection(),
            QStringLiteral("SELECT %1, %2, e.kind, %3 FROM contributions e%4 WHERE 1 = 1%5%6%7 GROUP "
                           "BY %8, e.kind")
                .arg(columns.key, columns.label, splitSum(QStringLiteral("e.amount")), joins,
                     periodClause(from, to),
                     kind.isEmpty() ? QString() : QStringLiteral(" AND e.kind = :kind"), scope,
                     columns.group));
        bindPeriod(entered, from, to, kind);
        bindScope(entered);
        if (auto done = tallyQuery(entered, grouping, mutual, tally, labels); !done)
            return done.error();
    }
    if (kind.isEmpty() || isShareCapitalOnly) {
        Statement subscribed(
            m_file.connection(),
            QStringLiteral(
                "SELECT %1, %2, 'share-capital', %3 FROM share_entries e%4 WHERE %5%6%7 GROUP BY %8")
                .arg(columns.key, columns.label, splitSum(QStringLiteral("e.amount")), joins,
                     subscribedCondition(), periodClause(from, to), scope, columns.group));
        bindPeriod(subscribed, from, to, {});
        bindScope(subscribed);
        if (auto done = tallyQuery(subscribed, grouping, mutual, tally, labels); !done)
            return done.error();
    }
    domain::ContributionTotals totals = tally.totals(from, to, grouping);
    for (domain::ContributionTotalRow& row : totals.rows)
        row.label = labels.value(row.key);
    return totals;
}

namespace {

// A period of classTotals, its days as stored.
struct PeriodBounds
{
    QString first;
    QString last;
    qsizetype index = 0; // in the list asked for
};

// The sums of one query of a class's lines by day (its columns: the day and the split sum), added to the
// amounts of the periods holding them; `bounds` are sorted by their first days.
Outcome addClassTotals(Statement& query, const QList<PeriodBounds>& bounds, QList<qint64>& amounts,
                       bool& hasLines)
{
    if (auto done = query.exec(); !done)
        return done;
    while (query.next()) {
        const QString day = query.value(0).toString();
        // The last period starting on or before the day, if the day is within it.
        auto after = std::upper_bound(
            bounds.cbegin(), bounds.cend(), day,
            [](const QString& text, const PeriodBounds& period) { return text < period.first; });
        if (after == bounds.cbegin() || day > std::prev(after)->last)
            continue;
        qint64& amount = amounts[std::prev(after)->index];
        const std::optional<qint64> sum = joinedSum(query, 1);
        if (!sum || qAddOverflow(amount, *sum, &amount))
            return sumTooLargeError(
                QCoreApplication::translate("ContributionRepository", "The contributions of a class"));
        hasLines = true;
    }
    return domain::ok();
}

// The members' totals of one table, added to `totals`.
Outcome addMemberTotals(Statement& query, const QDate& to, QHash<qint64, qint64>& totals)
{
    if (to.isValid())
        query.bind(QStringLiteral(":to"), dateValue(to));
    if (auto done = query.exec(); !done)
        return done;
    while (query.next()) {
        const std::optional<qint64> amount = joinedSum(query, 1);
        qint64& total = totals[query.value(0).toLongLong()];
        if (!amount || qAddOverflow(total, *amount, &total))
            return sumTooLargeError(
                QCoreApplication::translate("ContributionRepository", "The contributions of a member"));
    }
    return domain::ok();
}

// Above this many, the names of the largest contributors are read in one pass over the members rather
// than one member at a time.
constexpr qsizetype namesLookedUpOneByOne = 256;

} // namespace

Result<QHash<qint64, QList<qint64>>>
ContributionRepository::classTotals(const QList<domain::Period>& periods) const
{
    QHash<qint64, QList<qint64>> totals;
    if (periods.isEmpty())
        return totals;
    // The periods by their first days, as the ISO text the dates are stored in (which sorts as they do).
    QList<PeriodBounds> bounds;
    for (qsizetype i = 0; i < periods.size(); ++i) {
        bounds.append(
            { periods.at(i).first.toString(Qt::ISODate), periods.at(i).last.toString(Qt::ISODate), i });
    }
    std::sort(bounds.begin(), bounds.end(),
              [](const PeriodBounds& left, const PeriodBounds& right) { return left.first < right.first; });
    QString last = bounds.first().last;
    for (const PeriodBounds& period : std::as_const(bounds))
        last = std::max(last, period.last);
    const auto classes = MemberRepository(m_file).classes();
    if (!classes)
        return classes.error();
    // A class at a time, its members' lines found through the member indexes rather than the class looked
    // up for every line, and summed by day: a few thousand days to put in their periods here.
    const QString select = QStringLiteral(
        "SELECT e.entry_date, %1 FROM %2 e WHERE e.member_id IN (SELECT id FROM members WHERE class_id = "
        ":class) AND e.entry_date >= :first AND e.entry_date <= :last%3 GROUP BY e.entry_date");
    const QString sum = splitSum(QStringLiteral("e.amount"));
    Statement entered(m_file.connection(), select.arg(sum, QStringLiteral("contributions"), QString()));
    Statement subscribed(
        m_file.connection(),
        select.arg(sum, QStringLiteral("share_entries"), QStringLiteral(" AND ") + subscribedCondition()));
    for (const domain::MemberClass& memberClass : *classes) {
        QList<qint64> amounts(periods.size(), 0);
        bool hasLines = false;
        for (Statement* query : { &entered, &subscribed }) {
            query->bind(QStringLiteral(":class"), memberClass.id)
                .bind(QStringLiteral(":first"), bounds.first().first)
                .bind(QStringLiteral(":last"), last);
            if (auto done = addClassTotals(*query, bounds, amounts, hasLines); !done)
                return done.error();
        }
        if (hasLines)
            totals.insert(memberClass.id, amounts);
    }
    return totals;
}

Result<QList<ContributorTotal>> ContributionRepository::largestContributors(int count, const QDate& to) const
{
    // Each member's total, from two passes that need no join: the names are read for the few at the top.
    const QString until = to.isValid() ? QStringLiteral(" AND e.entry_date <= :to") : QString();
    const QString sum = splitSum(QStringLiteral("e.amount"));
    Statement entered(m_file.connection(),
                      QStringLiteral("SELECT e.member_id, %1 FROM contributions e WHERE 1 = 1%2 GROUP BY "
                                     "e.member_id")
                          .arg(sum, until));
    Statement subscribed(m_file.connection(),
                         QStringLiteral("SELECT e.member_id, %1 FROM share_entries e WHERE %2%3 GROUP BY "
                                        "e.member_id")
                             .arg(sum, subscribedCondition(), until));
    QHash<qint64, qint64> byMember;
    for (Statement* query : { &entered, &subscribed }) {
        if (auto done = addMemberTotals(*query, to, byMember); !done)
            return done.error();
    }
    QList<qint64> amounts;
    for (const qint64 amount : std::as_const(byMember)) {
        if (amount > 0)
            amounts.append(amount);
    }
    QList<ContributorTotal> largest;
    if (count <= 0 || amounts.isEmpty())
        return largest;
    const qsizetype last = std::min<qsizetype>(count, amounts.size()) - 1;
    std::nth_element(amounts.begin(), amounts.begin() + last, amounts.end(), std::greater<>());
    const qint64 threshold = amounts.at(last);
    QHash<qint64, qsizetype> indexOf;
    for (auto it = byMember.cbegin(); it != byMember.cend(); ++it) {
        if (it.value() >= threshold) {
            indexOf.insert(it.key(), largest.size());
            largest.append({ it.key(), {}, {}, it.value() });
        }
    }
    const bool isOneByOne = largest.size() <= namesLookedUpOneByOne;
    Statement names(m_file.connection(),
                    QStringLiteral("SELECT id, number, name FROM members")
                        + (isOneByOne ? QStringLiteral(" WHERE id = :id") : QString()));
    const auto readNames = [&]() -> Outcome {
        if (auto done = names.exec(); !done)
            return done;
        while (names.next()) {
            const qsizetype index = indexOf.value(names.value(0).toLongLong(), -1);
            if (index >= 0) {
                largest[index].number = names.value(1).toString();
                largest[index].name = names.value(2).toString();
            }
        }
        return domain::ok();
    };
    if (!isOneByOne) {
        if (auto done = readNames(); !done)
            return done.error();
        return largest;
    }
    for (auto it = indexOf.cbegin(); it != indexOf.cend(); ++it) {
        names.bind(QStringLiteral(":id"), it.key());
        if (auto done = readNames(); !done)
            return done.error();
    }
    return largest;
}

} // namespace mutualise::storage
