#include "DemoWriter.h"

#include "MemberRepository.h"
#include "Statement.h"

#include <QFile>
#include <QHash>
#include <QJsonObject>

#include <algorithm>

namespace mutualise::storage {

namespace {

using domain::ShareEntry;
using domain::ShareEntryKind;

// Calls the progress callback only when the fraction done (in thousandths) moves on by ten: about
// every 1%.
class ProgressReport
{
public:
    ProgressReport(const std::function<void(int)>& callback, qint64 total)
        : m_callback(callback)
        , m_total(qMax<qint64>(1, total))
    { }

    void advance()
    {
        ++m_done;
        const int permille = static_cast<int>(m_done * 1000 / m_total);
        if (m_callback && permille >= m_lastReported + 10) {
            m_lastReported = permille;
            m_callback(permille);
        }
    }

    void finish()
    {
        if (m_callback && m_lastReported < 1000)
            m_callback(1000);
    }

private:
    const std::function<void(int)>& m_callback;
    qint64 m_total;
    qint64 m_done = 0;
    int m_lastReported = -10;
};

qint64 planIdOf(const ShareEntry& entry, qsizetype position)
{
    return entry.id != 0 ? entry.id : position + 1;
}

// The second side of a transfer (or of a transfer's reversal) follows the first in the plan.
bool isSecondSide(const ShareEntry& previous, const ShareEntry& entry,
                  const QHash<qint64, qint64>& movementOf)
{
    if (previous.kind != entry.kind || previous.date != entry.date || previous.shares != -entry.shares)
        return false;
    if (entry.kind == ShareEntryKind::Transfer)
        return previous.counterpartyId == entry.memberId && entry.counterpartyId == previous.memberId;
    if (entry.kind == ShareEntryKind::Reversal && previous.reversesId && entry.reversesId)
        return movementOf.value(*previous.reversesId, -1) == movementOf.value(*entry.reversesId, -2);
    return false;
}

class DemoInserter
{
public:
    DemoInserter(MutualFile& file, const domain::DemoPlan& plan, ProgressReport& progress)
        : m_file(file)
        , m_plan(plan)
        , m_progress(progress)
    { }

    Outcome insertAll()
    {
        if (auto done = mapClasses(); !done)
            return done;
        if (auto done = insertMembers(); !done)
            return done;
        return insertEntries();
    }

private:
    // The classes were stored when the file was created; the plan's members refer to them by position.
    Outcome mapClasses()
    {
        const auto stored = MemberRepository(m_file).classes();
        if (!stored)
            return stored.error();
        for (qsizetype i = 0; i < m_plan.classes.size(); ++i) {
            const domain::MemberClass& memberClass = m_plan.classes.at(i);
            const auto found
                = std::find_if(stored->cbegin(), stored->cend(),
                               [&](const domain::MemberClass& c) { return c.name == memberClass.name; });
            Q_ASSERT(found != stored->cend());
            m_classIds.insert(memberClass.id != 0 ? memberClass.id : i + 1, found->id);
            m_progress.advance();
        }
        return domain::ok();
    }

    Outcome insertMembers()
    {
        Statement insert(
            m_file.connection(),
            QStringLiteral("INSERT INTO members (id, number, name, kind, class_id, email, phone, address, "
                           "admitted_on, ceased_on, status) VALUES (:id, :number, :name, :kind, :class_id, "
                           ":email, :phone, :address, :admitted_on, :ceased_on, :status)"));
        for (qsizetype i = 0; i < m_plan.members.size(); ++i) {
            const domain::Member& member = m_plan.members.at(i);
            // The file is new and its tables empty: the ids are simply 1, 2, 3...
            const qint64 id = i + 1;
            insert.bind(QStringLiteral(":id"), id)
                .bind(QStringLiteral(":number"), member.number)
                .bind(QStringLiteral(":name"), member.name)
                .bind(QStringLiteral(":kind"), domain::kindKey(member.kind))
                .bind(QStringLiteral(":class_id"), m_classIds.value(member.classId))
                .bind(QStringLiteral(":email"), member.email)
                .bind(QStringLiteral(":phone"), member.phone)
                .bind(QStringLiteral(":address"), member.address)
                .bind(QStringLiteral(":admitted_on"), dateValue(member.admittedOn))
                .bind(QStringLiteral(":ceased_on"), dateValue(member.ceasedOn))
                .bind(QStringLiteral(":status"), domain::statusKey(member.status));
            if (auto done = insert.exec(); !done)
                return done;
            m_memberIds.insert(member.id != 0 ? member.id : i + 1, id);
            m_progress.advance();
        }
        return domain::ok();
    }

    QVariant realMemberId(const std::optional<qint64>& planId) const
    {
        return planId ? QVariant(m_memberIds.value(*planId)) : QVariant();
    }

    Outcome insertEntries()
    {
        Statement insert(
            m_file.connection(),
            QStringLiteral("INSERT INTO share_entries (id, movement_id, kind, entry_date, member_id, "
                           "shares, amount, counterparty_id, reverses_id, reference, recorded_by, "
                           "recorded_at) VALUES (:id, :movement, :kind, :date, :member, :shares, :amount, "
                           ":counterparty, :reverses, :reference, :recorded_by, :recorded_at)"));
        const QString recordedAt = nowUtcText();
        QHash<qint64, qint64> entryIds; // plan id -> stored id
        QHash<qint64, qint64> movementOf; // plan id -> movement id
        qint64 movementId = 0;
        for (qsizetype i = 0; i < m_plan.entries.size(); ++i) {
            const ShareEntry& entry = m_plan.entries.at(i);
            if (i == 0 || !isSecondSide(m_plan.entries.at(i - 1), entry, movementOf))
                ++movementId;
            const qint64 planId = planIdOf(entry, i);
            movementOf.insert(planId, movementId);
            const qint64 id = i + 1;
            insert.bind(QStringLiteral(":id"), id)
                .bind(QStringLiteral(":movement"), movementId)
                .bind(QStringLiteral(":kind"), domain::entryKindKey(entry.kind))
                .bind(QStringLiteral(":date"), dateValue(entry.date))
                .bind(QStringLiteral(":member"), m_memberIds.value(entry.memberId))
                .bind(QStringLiteral(":shares"), entry.shares)
                .bind(QStringLiteral(":amount"), entry.amount)
                .bind(QStringLiteral(":counterparty"), realMemberId(entry.counterpartyId))
                .bind(QStringLiteral(":reverses"),
                      entry.reversesId ? QVariant(entryIds.value(*entry.reversesId)) : QVariant())
                .bind(QStringLiteral(":reference"), entry.reference)
                .bind(QStringLiteral(":recorded_by"),
                      entry.recordedBy.isEmpty() ? m_file.actor() : entry.recordedBy)
                .bind(QStringLiteral(":recorded_at"),
                      entry.recordedAt.isValid() ? entry.recordedAt.toUTC().toString(Qt::ISODateWithMs)
                                                 : recordedAt);
            if (auto done = insert.exec(); !done)
                return done;
            entryIds.insert(planId, id);
            m_progress.advance();
        }
        return domain::ok();
    }

    MutualFile& m_file;
    const domain::DemoPlan& m_plan;
    ProgressReport& m_progress;
    QHash<qint64, qint64> m_classIds; // plan id -> stored id
    QHash<qint64, qint64> m_memberIds;
};

} // namespace

Result<std::unique_ptr<MutualFile>> writeDemoMutual(const QString& path, const domain::DemoPlan& plan,
                                                    const QString& actor,
                                                    const std::function<void(int)>& progress)
{
    auto created = MutualFile::create(path, plan.mutual, plan.classes, actor);
    if (!created)
        return created.error();
    std::unique_ptr<MutualFile> file = std::move(created).value();

    ProgressReport report(progress, plan.classes.size() + plan.members.size() + plan.entries.size());
    const Outcome written = file->inTransaction([&]() -> Outcome {
        DemoInserter inserter(*file, plan, report);
        if (auto done = inserter.insertAll(); !done)
            return done;
        const QJsonObject summary { { QStringLiteral("classes"), static_cast<qint64>(plan.classes.size()) },
                                    { QStringLiteral("members"), static_cast<qint64>(plan.members.size()) },
                                    { QStringLiteral("entries"), static_cast<qint64>(plan.entries.size()) } };
        return file->audit(QStringLiteral("demo.create"), QStringLiteral("mutual"), plan.mutual.name, {},
                           summary);
    });
    if (!written) {
        // The demo is useless half-made: remove the file that create() left.
        const QString createdPath = file->path();
        file.reset();
        QFile::remove(createdPath);
        return written.error();
    }
    report.finish();
    return file;
}

} // namespace mutualise::storage
