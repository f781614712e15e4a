// ShareLedgerRepository::importCsv: the share ledger brought in from a spreadsheet.

#include "BulkInsert.h"
#include "MemberRepository.h"
#include "ShareLedgerRepository.h"
#include "Statement.h"
#include "domain/Dates.h"
#include "domain/LedgerImport.h"
#include "domain/Text.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <array>
#include <charconv>

namespace mutualise::storage {

namespace {

using domain::ImportedMovement;
using domain::MemberPosition;
using domain::ShareEntry;
using domain::ShareEntryKind;
using formats::CsvTable;

const QString csvRule = QStringLiteral("shares-csv");

// How often progress is told while the file is read, in rows.
constexpr qint64 progressStep = 4096;

// The context of this file's texts for translators, as the repository's.
struct ShareImportTexts
{
    Q_DECLARE_TR_FUNCTIONS(ShareLedgerRepository)
};

// The column of the file a rule of the ledger speaks of.
QString columnOf(const QString& field)
{
    if (field == QStringLiteral("memberId"))
        return QStringLiteral("member");
    if (field == QStringLiteral("toMemberId"))
        return QStringLiteral("counterparty");
    return field;
}

// The register as the rows name it: each member's position by folded number, without its ledger yet.
struct Register
{
    QHash<QString, qint64> idByNumber;
    QHash<qint64, MemberPosition> positions;
};

Result<Register> readRegister(MutualFile& file)
{
    const auto classes = MemberRepository(file).classes();
    if (!classes)
        return classes.error();
    QHash<qint64, domain::MemberClass> classById;
    for (const domain::MemberClass& memberClass : *classes)
        classById.insert(memberClass.id, memberClass);
    Statement query(file.connection(),
                    QStringLiteral("SELECT id, number, kind, class_id, admitted_on, "
                                   "ceased_on, status FROM members"));
    if (auto done = query.exec(); !done)
        return done.error();
    Register known;
    while (query.next()) {
        MemberPosition position;
        domain::Member& member = position.member;
        member.id = query.value(0).toLongLong();
        member.number = query.value(1).toString();
        member.kind = domain::kindFromKey(query.value(2).toString()).value_or(domain::MemberKind::Individual);
        member.classId = query.value(3).toLongLong();
        member.admittedOn = dateFrom(query.value(4));
        member.ceasedOn = dateFrom(query.value(5));
        member.status
            = domain::statusFromKey(query.value(6).toString()).value_or(domain::MemberStatus::Applicant);
        position.memberClass = classById.value(member.classId);
        known.idByNumber.insert(sqlLower(member.number), member.id);
        known.positions.insert(member.id, position);
    }
    return known;
}

// Reads the rows into movements, noting what is wrong with each.
class MovementReader
{
public:
    MovementReader(ImportTable& table, const Register& known, const domain::Currency& currency)
        : m_table(table)
        , m_known(known)
        , m_currency(currency)
    { }

    std::optional<ImportedMovement> read(const CsvTable::Row& row)
    {
        const qsizetype before = m_table.problemCount();
        ImportedMovement read;
        read.row = row.record;
        domain::ShareMovement& movement = read.movement;
        movement.date = m_table.date(row, QStringLiteral("date"));
        if (movement.date.isValid()) {
            if (auto done = domain::checkNotInFuture(movement.date, m_today, QStringLiteral("date")); !done)
                m_table.problem(row.record, QStringLiteral("date"), done.error().message, done.error().rule);
        }
        const auto member = memberOf(row, QStringLiteral("member"));
        movement.kind = kind(row);
        const auto shares = m_table.wholeNumber(row, QStringLiteral("shares"));
        if (shares && *shares <= 0)
            m_table.problem(
                row.record, QStringLiteral("shares"),
                ShareImportTexts::tr("write the number of shares as a whole number more than zero; the kind "
                                     "says which way they move."),
                QStringLiteral("invalid-shares"));
        movement.shares = shares.value_or(0);
        movement.amount = m_table.amount(row, QStringLiteral("amount"), m_currency, false);
        const bool isTransfer = movement.kind == ShareEntryKind::Transfer;
        const QString counterparty = m_table.text(row, QStringLiteral("counterparty"), false);
        if (isTransfer && counterparty.isEmpty())
            m_table.problem(row.record, QStringLiteral("counterparty"),
                            ShareImportTexts::tr("a transfer names the member receiving the shares here."),
                            QStringLiteral("invalid-counterparty"));
        else if (!isTransfer && !counterparty.isEmpty())
            m_table.problem(row.record, QStringLiteral("counterparty"),
                            ShareImportTexts::tr("only a transfer names a member receiving the shares."),
                            QStringLiteral("invalid-counterparty"));
        else if (isTransfer)
            movement.toMemberId = memberOf(row, QStringLiteral("counterparty"));
        movement.reference = m_table.text(row, QStringLiteral("reference"), false);
        if (m_table.problemCount() != before || !member)
            return std::nullopt;
        movement.memberId = *member;
        return read;
    }

    // Every member the rows name: a few for each of a large file's many rows.
    QSet<qint64> named() const
    {
        QSet<qint64> ids;
        for (const qint64 id : m_seen)
            ids.insert(id);
        return ids;
    }

private:
    std::optional<qint64> memberOf(const CsvTable::Row& row, const QString& column)
    {
        const QString number = m_table.text(row, column);
        if (number.isEmpty())
            return std::nullopt;
        // Each member is named on many rows: its number as written is looked up once.
        if (const auto seen = m_seen.constFind(number); seen != m_seen.cend())
            return *seen;
        const auto id = m_known.idByNumber.constFind(sqlLower(domain::normalisedMemberNumber(number)));
        if (id != m_known.idByNumber.cend()) {
            m_seen.insert(number, *id);
            return *id;
        }
        m_table.problem(
            row.record, column,
            ShareImportTexts::tr("there is no member %1 in the register.").arg(domain::quotedText(number)),
            QStringLiteral("unknown-member"));
        return std::nullopt;
    }

    ShareEntryKind kind(const CsvTable::Row& row)
    {
        const QString key = m_table.text(row, QStringLiteral("kind"));
        const auto kind = domain::entryKindFromKey(key.toLower());
        const bool isImported = kind
            && (*kind == ShareEntryKind::Subscription || *kind == ShareEntryKind::Transfer
                || *kind == ShareEntryKind::Withdrawal || *kind == ShareEntryKind::Forfeiture);
        if (isImported)
            return *kind;
        if (!key.isEmpty())
            m_table.problem(
                row.record, QStringLiteral("kind"),
                ShareImportTexts::tr("“%1” is not a kind of entry that can be imported; write subscription, "
                                     "transfer, withdrawal or forfeiture.")
                    .arg(domain::quotedText(key)),
                QStringLiteral("invalid-kind"));
        return ShareEntryKind::Subscription;
    }

    ImportTable& m_table;
    const Register& m_known;
    QHash<QString, qint64> m_seen; // by the number as a row writes it
    domain::Currency m_currency;
    QDate m_today = QDate::currentDate();
};

// Each named member's ledger, a line a day, and the totals of the mutual and of every class.
Outcome readLedger(const QSqlDatabase& database, QHash<qint64, MemberPosition>& positions,
                   domain::LedgerTotals& totals)
{
    Statement query(database,
                    QStringLiteral("SELECT e.member_id, m.class_id, e.entry_date, %1, %2 FROM "
                                   "share_entries e JOIN members m ON m.id = e.member_id GROUP BY "
                                   "e.member_id, e.entry_date")
                        .arg(splitSum(QStringLiteral("e.shares")), splitSum(QStringLiteral("e.amount"))));
    if (auto done = query.exec(); !done)
        return done;
    QMap<qint64, QMap<QDate, domain::DayChange>> byClass;
    while (query.next()) {
        const std::optional<qint64> shares = joinedSum(query, 3);
        const std::optional<qint64> amount = joinedSum(query, 5);
        const QDate date = dateFrom(query.value(2));
        // A day's lines too large to add up stay apart, for the rules to name.
        ShareEntry day;
        day.memberId = query.value(0).toLongLong();
        day.date = date;
        day.shares = shares.value_or(std::numeric_limits<qint64>::max());
        day.amount = amount.value_or(std::numeric_limits<qint64>::max());
        if (auto position = positions.find(day.memberId); position != positions.end())
            position->entries.append(day);
        const domain::DayChange change { date, day.shares, day.amount };
        totals.mutual.append(change);
        totals.byClass[query.value(1).toLongLong()].append(change);
    }
    return domain::ok();
}

// Writes the accepted lines a chunk at a time, with the ids and movement numbers that follow the
// ledger's, and keeps what the audit entry says of them. SQLite writes them in the background while the
// rules check the next movements, which touch the connection not at all until finish().
class LineWriter
{
public:
    LineWriter(const QSqlDatabase& database, const QString& actor)
        : m_database(database)
        , m_actor(actor.toUtf8())
        , m_recordedAt(nowUtcText().toUtf8())
        , m_insert(database, QStringLiteral("share_entries"),
                   { QStringLiteral("id"), QStringLiteral("movement_id"), QStringLiteral("kind"),
                     QStringLiteral("entry_date"), QStringLiteral("member_id"), QStringLiteral("shares"),
                     QStringLiteral("amount"), QStringLiteral("counterparty_id"),
                     QStringLiteral("reverses_id"), QStringLiteral("reference"),
                     QStringLiteral("recorded_by"), QStringLiteral("recorded_at") },
                   BulkInsert::Binding::Native, BulkInsert::Writing::InBackground)
    { }

    Outcome start()
    {
        Statement next(m_database,
                       QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1, COALESCE(MAX(movement_id), "
                                      "0) + 1 FROM share_entries"));
        if (auto done = next.exec(); !done)
            return done;
        next.next();
        m_firstId = m_nextId = next.value(0).toLongLong();
        m_nextMovement = next.value(1).toLongLong();
        return domain::ok();
    }

    Outcome write(const QList<ShareEntry>& lines)
    {
        for (const ShareEntry& line : lines) {
            // Text is bound in UTF-8, as it is stored; what every row repeats is encoded once.
            const QByteArray& kind = kindText(line.kind);
            const QByteArray& date = dateText(line.date);
            const QByteArray reference = line.reference.toUtf8();
            if (auto done = m_insert.add({ m_nextId, m_nextMovement, kind, date, line.memberId, line.shares,
                                           line.amount, idValue(line.counterpartyId), QVariant(), reference,
                                           m_actor, m_recordedAt });
                !done)
                return done;
            // What the audit entry's digest is taken over: each line as stored, one a row.
            appendNumber(m_nextId).append(',');
            appendNumber(m_nextMovement).append(',');
            m_digested.append(kind).append(',').append(date).append(',');
            appendNumber(line.memberId).append(',');
            appendNumber(line.shares).append(',');
            appendNumber(line.amount).append(',');
            if (line.counterpartyId)
                appendNumber(*line.counterpartyId);
            m_digested.append(',').append(reference).append('\n');
            if (m_digested.size() >= digestBlock) {
                m_digest.addData(m_digested);
                m_digested.clear();
            }
            ++m_nextId;
            m_shares += line.shares;
            m_amount += line.amount;
        }
        ++m_nextMovement;
        ++m_movements;
        return domain::ok();
    }

    Outcome finish()
    {
        m_digest.addData(m_digested);
        m_digested.clear();
        return m_insert.finish();
    }

    QString key() const { return QStringLiteral("%1-%2").arg(m_firstId).arg(m_nextId - 1); }

    QJsonObject summary(const QByteArray& fileDigest) const
    {
        return QJsonObject { { QStringLiteral("entries"), m_nextId - m_firstId },
                             { QStringLiteral("movements"), m_movements },
                             { QStringLiteral("firstId"), m_firstId },
                             { QStringLiteral("lastId"), m_nextId - 1 },
                             { QStringLiteral("shares"), m_shares },
                             { QStringLiteral("amount"), m_amount },
                             { QStringLiteral("linesSha256"),
                               QString::fromLatin1(m_digest.result().toHex()) },
                             { QStringLiteral("fileSha256"), QString::fromLatin1(fileDigest.toHex()) } };
    }

private:
    // A ledger has a few thousand days and a million lines: each day is written as text once.
    const QByteArray& dateText(const QDate& date)
    {
        auto known = m_dates.constFind(date.toJulianDay());
        if (known == m_dates.cend())
            known = m_dates.insert(date.toJulianDay(), date.toString(Qt::ISODate).toLatin1());
        return *known;
    }

    const QByteArray& kindText(ShareEntryKind kind)
    {
        auto known = m_kinds.constFind(kind);
        if (known == m_kinds.cend())
            known = m_kinds.insert(kind, domain::entryKindKey(kind).toLatin1());
        return *known;
    }

    QByteArray& appendNumber(qint64 number)
    {
        std::array<char, 24> digits {};
        const auto written = std::to_chars(digits.data(), digits.data() + digits.size(), number);
        return m_digested.append(digits.data(), written.ptr - digits.data());
    }

    // How much of the digested text is gathered before it is hashed.
    static constexpr qsizetype digestBlock = 1 << 16;

    QSqlDatabase m_database;
    QHash<qint64, QByteArray> m_dates;
    QHash<ShareEntryKind, QByteArray> m_kinds;
    QByteArray m_actor;
    QByteArray m_recordedAt;
    QByteArray m_digested; // lines not yet hashed
    BulkInsert m_insert;
    qint64 m_firstId = 0;
    qint64 m_nextId = 0;
    qint64 m_nextMovement = 0;
    qint64 m_movements = 0;
    qint64 m_shares = 0; // within maximumTotal, which the rules keep every total to
    qint64 m_amount = 0;
    QCryptographicHash m_digest { QCryptographicHash::Sha256 };
};

} // namespace

QList<ImportField> ShareLedgerRepository::importFields()
{
    return { { QStringLiteral("date") },
             { QStringLiteral("member") },
             { QStringLiteral("kind") },
             { QStringLiteral("shares") },
             { QStringLiteral("amount"), false },
             { QStringLiteral("counterparty"), false },
             { QStringLiteral("reference"), false } };
}

Result<ImportReport> ShareLedgerRepository::importCsv(QByteArrayView content, const ImportOptions& options)
{
    ImportReport report;
    // The file is read, half the work, then the ledger's rules check it and the lines are written.
    const auto tell = [&options](qint64 done, qint64 total, qint64 half) {
        return !options.progress || total <= 0 || options.progress(half * total + done, 2 * total);
    };
    const Outcome outcome = m_file.inTransaction([&]() -> Outcome {
        const auto mutual = m_file.readMutual();
        if (!mutual)
            return mutual.error();
        auto registered = readRegister(m_file);
        if (!registered)
            return registered.error();
        Register known = std::move(registered).value();

        ImportTable table(content, importFields(), csvRule, options);
        if (!table.readHeader()) {
            report = table.report(0);
            return domain::Error { {}, QStringLiteral("not-recorded"), {} };
        }
        MovementReader reader(table, known, mutual->currency);
        domain::ImportedMovements movements;
        movements.reserve(formats::TextLines::countNonBlankLines(content));
        qint64 rows = 0;
        while (const auto row = table.next()) {
            if (++rows % progressStep == 0 && !tell(table.bytesRead(), table.contentSize(), 0))
                return importCancelled();
            if (auto movement = reader.read(*row))
                movements.append(*movement);
        }
        if (rows == 0 && table.problemCount() == 0)
            table.problem(2, {}, ShareImportTexts::tr("there are no entries after the header row."), csvRule);

        QHash<qint64, MemberPosition> positions;
        for (const qint64 id : reader.named())
            positions.insert(id, known.positions.value(id));
        known = Register(); // what the rows did not name is not needed again
        domain::LedgerTotals totals;
        if (auto done = readLedger(m_file.connection(), positions, totals); !done)
            return done;

        LineWriter writer(m_file.connection(), m_file.actor());
        if (auto done = writer.start(); !done)
            return done;
        const bool isWritten = !options.isDryRun && table.problemCount() == 0;
        domain::LedgerImport ledger(std::move(positions), *mutual, std::move(totals));
        const auto checked = ledger.check(
            movements,
            [&](int /*row*/, const QList<ShareEntry>& lines) {
                return isWritten ? writer.write(lines) : domain::ok();
            },
            [&](qint64 done, qint64 total) { return tell(done, total, 1); });
        if (checked.isStopped)
            return importCancelled();
        if (checked.failure)
            return *checked.failure;
        for (const domain::RefusedRow& refused : checked.refused)
            table.problem(refused.row, columnOf(refused.error.field), refused.error.message,
                          refused.error.rule);
        report = table.report(movements.size());
        if (!report.isAccepted() || !isWritten)
            return domain::Error { {}, QStringLiteral("not-recorded"), {} };
        if (auto done = writer.finish(); !done)
            return done;
        return m_file.audit(QStringLiteral("share.import"), QStringLiteral("share_entry"), writer.key(), {},
                            writer.summary(QCryptographicHash::hash(content, QCryptographicHash::Sha256)));
    });
    if (!outcome && outcome.error().rule != QStringLiteral("not-recorded"))
        return outcome.error();
    if (!report.isAccepted())
        report.rows = 0;
    return report;
}

} // namespace mutualise::storage
