#include "ReportRepository.h"

#include "Statement.h"

#include <QCoreApplication>
#include <QLocale>

#include <limits>

namespace mutualise::storage {

namespace {

domain::Error sumTooLargeError(const QString& number)
{
    return domain::Error {
        QCoreApplication::translate(
            "ReportRepository",
            "The share capital of member %1 comes to more than %2, the most that can be "
            "added up: the ledger holds an entry far too large, which a reversal can undo.")
            .arg(number, QLocale().toString(std::numeric_limits<qint64>::max())),
        QStringLiteral("total-too-large"),
        {}
    };
}

domain::Error savingsTooLargeError(const QString& number, const QString& service)
{
    return domain::Error { QCoreApplication::translate(
                               "ReportRepository",
                               "The savings of member %1 from %2 come to more than %3, the most that can be "
                               "added up: correct the savings recorded far too large.")
                               .arg(number, service, QLocale().toString(std::numeric_limits<qint64>::max())),
                           QStringLiteral("total-too-large"),
                           {} };
}

// " AND ..." for the members a filter asks for, on members named "m".
QString filterClause(const ReportFilter& filter)
{
    QString clause;
    if (filter.memberId)
        clause += QStringLiteral(" AND m.id = :member");
    if (filter.classId)
        clause += QStringLiteral(" AND m.class_id = :class");
    return clause;
}

void bindFilter(Statement& query, const ReportFilter& filter)
{
    if (filter.memberId)
        query.bind(QStringLiteral(":member"), *filter.memberId);
    if (filter.classId)
        query.bind(QStringLiteral(":class"), *filter.classId);
}

// A share entry that is, or reverses, an entry of `condition` (on the entry named "x").
QString isOrReverses(const QString& condition)
{
    QString entry = condition;
    QString reversed = condition;
    entry.replace(QStringLiteral("x."), QStringLiteral("e."));
    reversed.replace(QStringLiteral("x."), QStringLiteral("o."));
    return QStringLiteral("((%1) OR (e.kind = 'reversal' AND %2))").arg(entry, reversed);
}

} // namespace

ReportRepository::ReportRepository(MutualFile& file)
    : m_file(file)
{ }

Result<QList<RegisterLine>> ReportRepository::registerAsOf(const QDate& asOf,
                                                           const ReportFilter& filter) const
{
    Statement query(
        m_file.connection(),
        QStringLiteral(
            "SELECT m.id, m.number, m.name, m.address, m.email, c.name, m.admitted_on, m.ceased_on, "
            "h.shares_high, h.shares_low, h.amount_high, h.amount_low FROM members m JOIN "
            "member_classes c ON c.id = m.class_id LEFT JOIN (SELECT member_id, %1, %2 FROM "
            "share_entries WHERE entry_date <= :as_of GROUP BY member_id) h ON h.member_id = m.id "
            "WHERE m.admitted_on <= :as_of%3 ORDER BY length(m.number), m.number")
            .arg(splitSum(QStringLiteral("shares"), QStringLiteral("shares")),
                 splitSum(QStringLiteral("amount"), QStringLiteral("amount")), filterClause(filter)));
    query.bind(QStringLiteral(":as_of"), dateValue(asOf));
    bindFilter(query, filter);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<RegisterLine> lines;
    while (query.next()) {
        RegisterLine line;
        line.memberId = query.value(0).toLongLong();
        line.number = query.value(1).toString();
        line.name = query.value(2).toString();
        line.address = query.value(3).toString();
        line.email = query.value(4).toString();
        line.className = query.value(5).toString();
        line.admitted = dateFrom(query.value(6));
        const QDate ceased = dateFrom(query.value(7));
        if (ceased.isValid() && ceased <= asOf)
            line.ceased = ceased;
        const std::optional<qint64> shares = joinedSum(query, 8);
        const std::optional<qint64> paid = joinedSum(query, 10);
        if (!shares || !paid)
            return sumTooLargeError(line.number);
        line.shares = *shares;
        line.paid = *paid;
        lines.append(line);
    }
    return lines;
}

Result<QList<CapitalLine>> ReportRepository::shareCapital(const QDate& from, const QDate& to,
                                                          const ReportFilter& filter) const
{
    // Each figure is a sum over the member's entries up to the period's end, of the amounts the CASE
    // lets through; a reversal is put with the entry it reverses.
    const QString inPeriod = QStringLiteral("e.entry_date >= :from");
    const auto part = [&](const QString& condition, const QString& amount, const QString& name) {
        return splitSum(
            QStringLiteral("CASE WHEN %1 AND %2 THEN %3 ELSE 0 END").arg(inPeriod, condition, amount), name);
    };
    const QStringList sums {
        splitSum(QStringLiteral("CASE WHEN e.entry_date < :from THEN e.amount ELSE 0 END"),
                 QStringLiteral("opening")),
        part(isOrReverses(QStringLiteral("x.kind = 'subscription'")), QStringLiteral("e.amount"),
             QStringLiteral("subscriptions")),
        part(isOrReverses(QStringLiteral("x.kind = 'transfer' AND x.amount > 0")), QStringLiteral("e.amount"),
             QStringLiteral("transfers_in")),
        part(isOrReverses(QStringLiteral("x.kind = 'transfer' AND x.amount < 0")),
             QStringLiteral("-e.amount"), QStringLiteral("transfers_out")),
        part(isOrReverses(QStringLiteral("x.kind = 'withdrawal'")), QStringLiteral("-e.amount"),
             QStringLiteral("withdrawals")),
        part(isOrReverses(QStringLiteral("x.kind IN ('forfeiture', 'interest-capitalised')")),
             QStringLiteral("e.amount"), QStringLiteral("other")),
        splitSum(QStringLiteral("e.amount"), QStringLiteral("closing")),
    };
    Statement query(
        m_file.connection(),
        QStringLiteral("SELECT m.id, m.number, m.name, c.name, t.* FROM (SELECT e.member_id AS "
                       "member_id, %1 FROM share_entries e LEFT JOIN share_entries o ON o.id = "
                       "e.reverses_id WHERE e.entry_date <= :to GROUP BY e.member_id) t JOIN "
                       "members m ON m.id = t.member_id JOIN member_classes c ON c.id = m.class_id "
                       "WHERE 1 = 1%2 ORDER BY length(m.number), m.number")
            .arg(sums.join(QStringLiteral(", ")), filterClause(filter)));
    query.bind(QStringLiteral(":from"), dateValue(from)).bind(QStringLiteral(":to"), dateValue(to));
    bindFilter(query, filter);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<CapitalLine> lines;
    while (query.next()) {
        CapitalLine line;
        line.memberId = query.value(0).toLongLong();
        line.number = query.value(1).toString();
        line.name = query.value(2).toString();
        line.className = query.value(3).toString();
        // Column 4 is t.member_id; then two columns for each figure.
        qint64* figures[] = { &line.opening,     &line.subscriptions, &line.transfersIn, &line.transfersOut,
                              &line.withdrawals, &line.other,         &line.closing };
        bool hasAny = false;
        int column = 5;
        for (qint64* figure : figures) {
            const std::optional<qint64> sum = joinedSum(query, column);
            if (!sum)
                return sumTooLargeError(line.number);
            *figure = *sum;
            hasAny = hasAny || *sum != 0;
            column += 2;
        }
        if (hasAny)
            lines.append(line);
    }
    return lines;
}

Result<QList<SavingsLine>> ReportRepository::savings(const QDate& from, const QDate& to,
                                                     const ReportFilter& filter) const
{
    Statement query(
        m_file.connection(),
        QStringLiteral("SELECT m.number, m.name, v.name, %1, %2 FROM savings s JOIN members m ON m.id = "
                       "s.member_id JOIN services v ON v.id = s.service_id WHERE s.period_from >= :from AND "
                       "s.period_from <= :to%3 GROUP BY m.id, v.id ORDER BY length(m.number), m.number, "
                       "v.name, v.id")
            .arg(splitSum(QStringLiteral("s.baseline"), QStringLiteral("baseline")),
                 splitSum(QStringLiteral("s.actual"), QStringLiteral("actual")), filterClause(filter)));
    query.bind(QStringLiteral(":from"), dateValue(from)).bind(QStringLiteral(":to"), dateValue(to));
    bindFilter(query, filter);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<SavingsLine> lines;
    while (query.next()) {
        SavingsLine line;
        line.number = query.value(0).toString();
        line.name = query.value(1).toString();
        line.service = query.value(2).toString();
        const std::optional<qint64> baseline = joinedSum(query, 3);
        const std::optional<qint64> actual = joinedSum(query, 5);
        if (!baseline || !actual)
            return savingsTooLargeError(line.number, line.service);
        line.baseline = *baseline;
        line.actual = *actual;
        lines.append(line);
    }
    return lines;
}

Result<QList<MembershipLine>> ReportRepository::membership(const QDate& from, const QDate& to) const
{
    Statement query(
        m_file.connection(),
        QStringLiteral(
            "SELECT c.name, "
            "coalesce(sum(m.admitted_on < :from AND (m.ceased_on IS NULL OR m.ceased_on >= :from)), 0), "
            "coalesce(sum(m.admitted_on >= :from AND m.admitted_on <= :to), 0), "
            "coalesce(sum(m.ceased_on >= :from AND m.ceased_on <= :to AND m.admitted_on <= :to), 0), "
            "coalesce(sum(m.admitted_on <= :to AND (m.ceased_on IS NULL OR m.ceased_on > :to)), 0) "
            "FROM member_classes c LEFT JOIN members m ON m.class_id = c.id AND m.admitted_on IS NOT NULL "
            "GROUP BY c.id ORDER BY c.name"));
    query.bind(QStringLiteral(":from"), dateValue(from));
    query.bind(QStringLiteral(":to"), dateValue(to));
    if (auto done = query.exec(); !done)
        return done.error();
    QList<MembershipLine> lines;
    while (query.next()) {
        lines.append({ query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                       query.value(3).toLongLong(), query.value(4).toLongLong() });
    }
    return lines;
}

Result<QDate> ReportRepository::firstAdmission() const
{
    Statement query(m_file.connection(), QStringLiteral("SELECT min(admitted_on) FROM members"));
    if (auto done = query.exec(); !done)
        return done.error();
    return query.next() ? dateFrom(query.value(0)) : QDate();
}

} // namespace mutualise::storage
