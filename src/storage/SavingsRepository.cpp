#include "SavingsRepository.h"

#include "CsvImport.h"
#include "MemberRepository.h"
#include "Statement.h"
#include "domain/Member.h"
#include "domain/Money.h"
#include "domain/Text.h"
#include "formats/CsvTable.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace mutualise::storage {

namespace {

using domain::Saving;
using formats::CsvTable;

const QString savingColumns
    = QStringLiteral("s.id, s.service_id, s.member_id, s.period_from, s.period_to, "
                     "s.baseline, s.actual, s.evidence, s.recorded_by, s.recorded_at");
constexpr int savingColumnCount = 10;

const QString csvRule = QStringLiteral("savings-csv");

Saving savingFrom(const Statement& query, int column = 0)
{
    Saving saving;
    saving.id = query.value(column).toLongLong();
    saving.serviceId = query.value(column + 1).toLongLong();
    saving.memberId = query.value(column + 2).toLongLong();
    saving.from = dateFrom(query.value(column + 3));
    saving.to = dateFrom(query.value(column + 4));
    saving.baseline = query.value(column + 5).toLongLong();
    saving.actual = query.value(column + 6).toLongLong();
    saving.evidence = query.value(column + 7).toString();
    saving.recordedBy = query.value(column + 8).toString();
    saving.recordedAt = momentFrom(query.value(column + 9));
    return saving;
}

QJsonObject savingToJson(const Saving& saving)
{
    return QJsonObject {
        { QStringLiteral("id"), saving.id },
        { QStringLiteral("serviceId"), saving.serviceId },
        { QStringLiteral("memberId"), saving.memberId },
        { QStringLiteral("from"), saving.from.toString(Qt::ISODate) },
        { QStringLiteral("to"), saving.to.toString(Qt::ISODate) },
        { QStringLiteral("baseline"), saving.baseline },
        { QStringLiteral("actual"), saving.actual },
        { QStringLiteral("evidence"), saving.evidence },
    };
}

QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

// The service's name, or rule "unknown-service".
Result<QString> serviceName(const QSqlDatabase& database, qint64 serviceId)
{
    Statement query(database, QStringLiteral("SELECT name FROM services WHERE id = :id"));
    query.bind(QStringLiteral(":id"), serviceId);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return Error { SavingsRepository::tr("There is no service %1.").arg(serviceId),
                       QStringLiteral("unknown-service"), QStringLiteral("service") };
    return query.value(0).toString();
}

// The member's number, or rule "unknown-member".
Result<QString> memberNumber(const QSqlDatabase& database, qint64 memberId)
{
    Statement query(database, QStringLiteral("SELECT number FROM members WHERE id = :id"));
    query.bind(QStringLiteral(":id"), memberId);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return Error { SavingsRepository::tr("There is no member with the id %1.").arg(memberId),
                       QStringLiteral("unknown-member"), QStringLiteral("member") };
    return query.value(0).toString();
}

// The id of the saving already recorded for the same service, member and period, other than `saving`
// itself.
Result<std::optional<qint64>> sameSaving(const QSqlDatabase& database, const Saving& saving)
{
    Statement query(
        database,
        QStringLiteral("SELECT id FROM savings WHERE service_id = :service AND member_id = :member "
                       "AND period_from = :from AND period_to = :to AND id <> :id"));
    query.bind(QStringLiteral(":service"), saving.serviceId)
        .bind(QStringLiteral(":member"), saving.memberId)
        .bind(QStringLiteral(":from"), dateValue(saving.from))
        .bind(QStringLiteral(":to"), dateValue(saving.to))
        .bind(QStringLiteral(":id"), saving.id);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return std::optional<qint64>();
    return std::optional<qint64>(query.value(0).toLongLong());
}

Error duplicateSaving(qint64 existingId, const QString& service, const QString& member, const Saving& saving)
{
    return Error { SavingsRepository::tr("A saving of “%1” for member %2 from %3 to %4 is already recorded "
                                         "(saving %5); correct that one instead of adding another.")
                       .arg(domain::quotedText(service), domain::quotedText(member), isoDate(saving.from),
                            isoDate(saving.to))
                       .arg(existingId),
                   QStringLiteral("duplicate-saving"), QString() };
}

// Everything a saving is checked against: its own rules, then the service, the member and the savings
// already recorded.
Outcome checkSaving(const QSqlDatabase& database, const Saving& saving, const domain::Currency& currency)
{
    if (auto valid = domain::validateSaving(saving, currency, QDate::currentDate()); !valid)
        return valid;
    const Result<QString> service = serviceName(database, saving.serviceId);
    if (!service)
        return service.error();
    const Result<QString> member = memberNumber(database, saving.memberId);
    if (!member)
        return member.error();
    const auto existing = sameSaving(database, saving);
    if (!existing)
        return existing.error();
    if (*existing)
        return duplicateSaving(**existing, *service, *member, saving);
    return domain::ok();
}

Result<qint64> insertSaving(const QSqlDatabase& database, const Saving& saving, const QString& actor,
                            const QString& recordedAt)
{
    Statement insert(
        database,
        QStringLiteral("INSERT INTO savings (service_id, member_id, period_from, period_to, "
                       "baseline, actual, evidence, recorded_by, recorded_at) VALUES (:service, "
                       ":member, :from, :to, :baseline, :actual, :evidence, :by, :at) RETURNING id"));
    insert.bind(QStringLiteral(":service"), saving.serviceId)
        .bind(QStringLiteral(":member"), saving.memberId)
        .bind(QStringLiteral(":from"), dateValue(saving.from))
        .bind(QStringLiteral(":to"), dateValue(saving.to))
        .bind(QStringLiteral(":baseline"), saving.baseline)
        .bind(QStringLiteral(":actual"), saving.actual)
        .bind(QStringLiteral(":evidence"), saving.evidence)
        .bind(QStringLiteral(":by"), actor)
        .bind(QStringLiteral(":at"), recordedAt);
    return insert.insertReturningId();
}

// --- Import ---------------------------------------------------------------------------------------

const QList<ImportField> savingFields { { QStringLiteral("service") },        { QStringLiteral("member") },
                                        { QStringLiteral("from") },           { QStringLiteral("to") },
                                        { QStringLiteral("baseline") },       { QStringLiteral("actual") },
                                        { QStringLiteral("evidence"), false } };

// A data row as read, with the row it is on.
struct CsvSaving
{
    int row = 0;
    QString service;
    QString member;
    Saving saving;
    bool isComplete = false; // every field was read and the saving keeps its own rules
};

CsvSaving savingOfRow(ImportTable& table, const CsvTable::Row& row, const domain::Currency& currency)
{
    const qsizetype before = table.problemCount();
    CsvSaving read;
    read.row = row.record;
    read.service = table.text(row, QStringLiteral("service"));
    read.member = table.text(row, QStringLiteral("member"));
    read.saving.from = table.date(row, QStringLiteral("from"));
    read.saving.to = table.date(row, QStringLiteral("to"));
    read.saving.baseline = table.amount(row, QStringLiteral("baseline"), currency).value_or(0);
    read.saving.actual = table.amount(row, QStringLiteral("actual"), currency).value_or(0);
    read.saving.evidence = table.freeText(row, QStringLiteral("evidence"));
    // A row with an unreadable field is still looked at for its service and member, so that
    // one reading names all that is wrong with it.
    if (table.problemCount() != before)
        return read;
    // The rules of a saving, each said of its column.
    if (auto valid = domain::validateSaving(read.saving, currency, QDate::currentDate()); !valid) {
        table.problem(row.record, valid.error().field, valid.error().message, valid.error().rule);
        return read;
    }
    read.isComplete = true;
    return read;
}

// The rows of the file; the problems that keep it from being read are noted in the table.
QList<CsvSaving> readCsv(ImportTable& table, const domain::Currency& currency)
{
    QList<CsvSaving> rows;
    if (!table.readHeader())
        return rows;
    while (const auto row = table.next())
        rows.append(savingOfRow(table, *row, currency));
    if (rows.isEmpty() && table.problemCount() == 0)
        table.problem(2, {}, SavingsRepository::tr("there are no savings after the header row."), csvRule);
    return rows;
}

bool isWholeNumber(const QString& text)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{1,18}$"));
    return digits.match(text).hasMatch();
}

// Finds the services and members the rows name and checks each row against what is recorded and
// against the rows before it.
class ImportChecker
{
public:
    ImportChecker(MutualFile& file, ImportTable& reader)
        : m_file(file)
        , m_reader(reader)
    { }

    Outcome resolve(QList<CsvSaving>& rows)
    {
        QHash<QString, int> seen; // service, member and period -> the row that first gave them
        for (CsvSaving& row : rows) {
            const auto service
                = row.service.isEmpty() ? Result<std::optional<qint64>>(std::nullopt) : serviceOf(row);
            if (!service)
                return service.error();
            const auto member
                = row.member.isEmpty() ? Result<std::optional<qint64>>(std::nullopt) : memberOf(row);
            if (!member)
                return member.error();
            if (!row.isComplete || !*service || !*member)
                continue;
            row.saving.serviceId = **service;
            row.saving.memberId = **member;
            const QString key = QStringLiteral("%1|%2|%3|%4")
                                    .arg(row.saving.serviceId)
                                    .arg(row.saving.memberId)
                                    .arg(isoDate(row.saving.from), isoDate(row.saving.to));
            if (seen.contains(key)) {
                m_reader.problem(row.row, {},
                                 SavingsRepository::tr("the same service, member and period as row %1.")
                                     .arg(seen.value(key)),
                                 QStringLiteral("duplicate-saving"));
                continue;
            }
            seen.insert(key, row.row);
            const auto existing = sameSaving(m_file.connection(), row.saving);
            if (!existing)
                return existing.error();
            if (*existing) {
                const Error error = duplicateSaving(**existing, m_serviceNames.value(row.saving.serviceId),
                                                    m_memberNumbers.value(row.saving.memberId), row.saving);
                m_reader.problem(row.row, {}, error.message, error.rule);
            }
        }
        return domain::ok();
    }

private:
    // The service named by its id or its name (ignoring case), nothing after noting that none is.
    Result<std::optional<qint64>> serviceOf(const CsvSaving& row)
    {
        const QString folded = row.service.toLower();
        if (auto known = m_services.constFind(folded); known != m_services.cend())
            return noteUnknown(row, *known, QStringLiteral("service"));
        const bool isId = isWholeNumber(row.service);
        Statement query(
            m_file.connection(),
            isId ? QStringLiteral("SELECT id, name FROM services WHERE id = :key")
                 : QStringLiteral("SELECT id, name FROM services WHERE lower(name) = lower(:key)"));
        query.bind(QStringLiteral(":key"), isId ? QVariant(row.service.toLongLong()) : QVariant(row.service));
        if (auto done = query.exec(); !done)
            return done.error();
        std::optional<qint64> id;
        if (query.next()) {
            id = query.value(0).toLongLong();
            m_serviceNames.insert(*id, query.value(1).toString());
        }
        m_services.insert(folded, id);
        return noteUnknown(row, id, QStringLiteral("service"));
    }

    Result<std::optional<qint64>> memberOf(const CsvSaving& row)
    {
        if (auto known = m_members.constFind(row.member); known != m_members.cend())
            return noteUnknown(row, *known, QStringLiteral("member"));
        const auto member = MemberRepository(m_file).memberByNumber(row.member);
        std::optional<qint64> id;
        if (member) {
            id = member->id;
            m_memberNumbers.insert(member->id, member->number);
        } else if (member.error().rule != QStringLiteral("unknown-member")) {
            return member.error();
        }
        m_members.insert(row.member, id);
        return noteUnknown(row, id, QStringLiteral("member"));
    }

    std::optional<qint64> noteUnknown(const CsvSaving& row, const std::optional<qint64>& id,
                                      const QString& column)
    {
        if (id)
            return id;
        if (column == QStringLiteral("service"))
            m_reader.problem(row.row, column,
                             SavingsRepository::tr("there is no service with the id or name “%1”.")
                                 .arg(domain::quotedText(row.service)),
                             QStringLiteral("unknown-service"));
        else
            m_reader.problem(
                row.row, column,
                SavingsRepository::tr("there is no member %1.").arg(domain::quotedText(row.member)),
                QStringLiteral("unknown-member"));
        return std::nullopt;
    }

    MutualFile& m_file;
    ImportTable& m_reader;
    QHash<QString, std::optional<qint64>> m_services; // by folded id or name
    QHash<QString, std::optional<qint64>> m_members; // by number as written
    QHash<qint64, QString> m_serviceNames;
    QHash<qint64, QString> m_memberNumbers;
};

} // namespace

SavingsRepository::SavingsRepository(MutualFile& file)
    : m_file(file)
{ }

Result<domain::Saving> SavingsRepository::add(const domain::Saving& saving)
{
    Result<Saving> stored = saving;
    const Outcome outcome = m_file.inTransaction([&]() -> Outcome {
        stored = addWithin(saving);
        return stored ? domain::ok() : Outcome(stored.error());
    });
    if (!outcome)
        return outcome.error();
    return stored;
}

Result<domain::Saving> SavingsRepository::update(const domain::Saving& saving)
{
    Result<Saving> stored = saving;
    const Outcome outcome = m_file.inTransaction([&]() -> Outcome {
        stored = updateWithin(saving);
        return stored ? domain::ok() : Outcome(stored.error());
    });
    if (!outcome)
        return outcome.error();
    return stored;
}

Result<QList<domain::Saving>> SavingsRepository::save(const QList<domain::Saving>& savings)
{
    QList<Saving> stored;
    const Outcome outcome = m_file.inTransaction([&]() -> Outcome {
        stored.clear();
        for (const Saving& saving : savings) {
            const Result<Saving> one = saving.id == 0 ? addWithin(saving) : updateWithin(saving);
            if (!one)
                return one.error();
            stored.append(*one);
        }
        return domain::ok();
    });
    if (!outcome)
        return outcome.error();
    return stored;
}

Result<domain::Saving> SavingsRepository::addWithin(const domain::Saving& saving)
{
    Saving stored = saving;
    stored.id = 0;
    const QSqlDatabase database = m_file.connection();
    if (auto done = checkSaving(database, stored, m_file.mutual().currency); !done)
        return done.error();
    const QString recordedAt = nowUtcText();
    const Result<qint64> id = insertSaving(database, stored, m_file.actor(), recordedAt);
    if (!id)
        return id.error();
    stored.id = *id;
    stored.recordedBy = m_file.actor();
    stored.recordedAt = momentFrom(recordedAt);
    if (auto done = m_file.audit(QStringLiteral("saving.add"), QStringLiteral("saving"),
                                 QString::number(stored.id), {}, savingToJson(stored));
        !done)
        return done.error();
    return stored;
}

Result<domain::Saving> SavingsRepository::updateWithin(const domain::Saving& saving)
{
    Saving stored = saving;
    const QSqlDatabase database = m_file.connection();
    const Result<Saving> before = this->saving(saving.id);
    if (!before)
        return before.error();
    if (auto done = checkSaving(database, stored, m_file.mutual().currency); !done)
        return done.error();
    Statement change(database,
                     QStringLiteral("UPDATE savings SET service_id = :service, member_id = :member, "
                                    "period_from = :from, period_to = :to, baseline = :baseline, actual = "
                                    ":actual, evidence = :evidence WHERE id = :id"));
    change.bind(QStringLiteral(":service"), stored.serviceId)
        .bind(QStringLiteral(":member"), stored.memberId)
        .bind(QStringLiteral(":from"), dateValue(stored.from))
        .bind(QStringLiteral(":to"), dateValue(stored.to))
        .bind(QStringLiteral(":baseline"), stored.baseline)
        .bind(QStringLiteral(":actual"), stored.actual)
        .bind(QStringLiteral(":evidence"), stored.evidence)
        .bind(QStringLiteral(":id"), stored.id);
    if (auto done = change.exec(); !done)
        return done.error();
    // Who recorded it first, and when, stays as it was: the audit trail says who changed it.
    stored.recordedBy = before->recordedBy;
    stored.recordedAt = before->recordedAt;
    if (auto done = m_file.audit(QStringLiteral("saving.update"), QStringLiteral("saving"),
                                 QString::number(stored.id), savingToJson(*before), savingToJson(stored));
        !done)
        return done.error();
    return stored;
}

Result<domain::Saving> SavingsRepository::saving(qint64 id) const
{
    Statement query(m_file.connection(),
                    QStringLiteral("SELECT %1 FROM savings s WHERE s.id = :id").arg(savingColumns));
    query.bind(QStringLiteral(":id"), id);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return Error { tr("There is no saving %1.").arg(id), QStringLiteral("unknown-saving"), QString() };
    return savingFrom(query);
}

Result<QList<SavingRow>> SavingsRepository::list(const SavingsFilter& filter) const
{
    QStringList conditions;
    if (filter.serviceId)
        conditions.append(QStringLiteral("s.service_id = :service"));
    if (filter.memberId)
        conditions.append(QStringLiteral("s.member_id = :member"));
    if (filter.from.isValid())
        conditions.append(QStringLiteral("s.period_from >= :from"));
    if (filter.to.isValid())
        conditions.append(QStringLiteral("s.period_from <= :to"));
    const QString where = conditions.isEmpty()
        ? QString()
        : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    Statement query(
        m_file.connection(),
        QStringLiteral("SELECT %1, v.name, m.number, m.name, c.name FROM savings s JOIN services v "
                       "ON v.id = s.service_id JOIN members m ON m.id = s.member_id JOIN "
                       "member_classes c ON c.id = m.class_id%2 ORDER BY s.period_from, "
                       "lower(v.name), length(m.number), m.number, s.id")
            .arg(savingColumns, where));
    if (filter.serviceId)
        query.bind(QStringLiteral(":service"), *filter.serviceId);
    if (filter.memberId)
        query.bind(QStringLiteral(":member"), *filter.memberId);
    if (filter.from.isValid())
        query.bind(QStringLiteral(":from"), dateValue(filter.from));
    if (filter.to.isValid())
        query.bind(QStringLiteral(":to"), dateValue(filter.to));
    if (auto done = query.exec(); !done)
        return done.error();
    QList<SavingRow> rows;
    while (query.next()) {
        rows.append(SavingRow { savingFrom(query), query.value(savingColumnCount).toString(),
                                query.value(savingColumnCount + 1).toString(),
                                query.value(savingColumnCount + 2).toString(),
                                query.value(savingColumnCount + 3).toString() });
    }
    return rows;
}

Result<QList<domain::Period>> SavingsRepository::periods(qint64 serviceId) const
{
    Statement query(m_file.connection(),
                    QStringLiteral("SELECT DISTINCT period_from, period_to FROM savings WHERE service_id = "
                                   ":service ORDER BY period_from DESC, period_to DESC"));
    query.bind(QStringLiteral(":service"), serviceId);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<domain::Period> periods;
    while (query.next())
        periods.append({ dateFrom(query.value(0)), dateFrom(query.value(1)) });
    return periods;
}

Result<QList<SavingsGridRow>> SavingsRepository::grid(qint64 serviceId, const QDate& from,
                                                      const QDate& to) const
{
    const QSqlDatabase database = m_file.connection();
    if (const Result<QString> service = serviceName(database, serviceId); !service)
        return service.error();
    // A member that has left the service keeps its row while it has a saving for the period: nothing
    // recorded is hidden.
    Statement query(
        database,
        QStringLiteral("SELECT m.id, m.number, m.name, %1 FROM members m LEFT JOIN savings s ON "
                       "s.member_id = m.id AND s.service_id = :service_a AND s.period_from = :from "
                       "AND s.period_to = :to WHERE s.id IS NOT NULL OR EXISTS (SELECT 1 FROM "
                       "service_members t WHERE t.service_id = :service_b AND t.member_id = m.id) "
                       "ORDER BY length(m.number), m.number")
            .arg(savingColumns));
    query.bind(QStringLiteral(":service_a"), serviceId)
        .bind(QStringLiteral(":service_b"), serviceId)
        .bind(QStringLiteral(":from"), dateValue(from))
        .bind(QStringLiteral(":to"), dateValue(to));
    if (auto done = query.exec(); !done)
        return done.error();
    QList<SavingsGridRow> rows;
    while (query.next()) {
        SavingsGridRow row;
        row.memberId = query.value(0).toLongLong();
        row.memberNumber = query.value(1).toString();
        row.memberName = query.value(2).toString();
        if (!query.value(3).isNull())
            row.saving = savingFrom(query, 3);
        rows.append(row);
    }
    return rows;
}

Result<domain::SavingsTotals> SavingsRepository::totals(domain::SavingsGrouping grouping,
                                                        std::optional<int> year) const
{
    const domain::Mutual mutual = m_file.mutual();
    QString where;
    domain::Period period;
    if (year) {
        period = mutual.financialYearContaining(
            QDate(*year, mutual.financialYearStartMonth, mutual.financialYearStartDay));
        where = QStringLiteral(" WHERE s.period_from >= :first AND s.period_from <= :last");
    }
    Statement query(
        m_file.connection(),
        QStringLiteral("SELECT m.number, v.name, c.name, s.period_from, s.baseline, s.actual FROM "
                       "savings s JOIN services v ON v.id = s.service_id JOIN members m ON m.id = "
                       "s.member_id JOIN member_classes c ON c.id = m.class_id")
            + where);
    if (year)
        query.bind(QStringLiteral(":first"), dateValue(period.first))
            .bind(QStringLiteral(":last"), dateValue(period.last));
    if (auto done = query.exec(); !done)
        return done.error();
    QList<domain::SavingsFigure> figures;
    while (query.next()) {
        figures.append(domain::SavingsFigure { query.value(0).toString(), query.value(1).toString(),
                                               query.value(2).toString(), dateFrom(query.value(3)),
                                               query.value(4).toLongLong(), query.value(5).toLongLong() });
    }
    return domain::totalSavings(figures, grouping, mutual);
}

Result<qint64> SavingsRepository::importCsv(QByteArrayView content, bool isDryRun)
{
    const domain::Currency currency = m_file.mutual().currency;
    ImportTable reader(content, savingFields, csvRule, ImportOptions {});
    QList<CsvSaving> rows = readCsv(reader, currency);
    if (rows.isEmpty())
        return importRefused(reader.report(rows.size()), QStringLiteral("savings-import"));

    // Checked against the file inside the transaction that stores them, so that nothing recorded
    // meanwhile slips between the check and the write.
    const auto checkAndStore = [&]() -> Outcome {
        if (auto done = ImportChecker(m_file, reader).resolve(rows); !done)
            return done;
        if (reader.problemCount() > 0)
            return importRefused(reader.report(rows.size()), QStringLiteral("savings-import"));
        if (isDryRun)
            return domain::ok();
        const QSqlDatabase database = m_file.connection();
        const QString recordedAt = nowUtcText();
        QJsonArray stored;
        for (CsvSaving& row : rows) {
            const Result<qint64> id = insertSaving(database, row.saving, m_file.actor(), recordedAt);
            if (!id)
                return errorOnLine(id.error(), row.row, QString());
            row.saving.id = *id;
            stored.append(savingToJson(row.saving));
        }
        return m_file.audit(QStringLiteral("saving.import"), QStringLiteral("saving"),
                            QStringLiteral("%1-%2").arg(rows.first().saving.id).arg(rows.last().saving.id),
                            {}, QJsonObject { { QStringLiteral("savings"), stored } });
    };
    const Outcome outcome = isDryRun ? checkAndStore() : m_file.inTransaction(checkAndStore);
    if (!outcome)
        return outcome.error();
    return rows.size();
}

} // namespace mutualise::storage
