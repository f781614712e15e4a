#include "LedgerImport.h"

#include <QtNumeric>

#include <algorithm>
#include <array>
#include <numeric>

namespace mutualise::domain {

namespace {

// From how many lines a member's history is folded: a million rows of a hundred thousand members
// then keep two or three lines each in memory, and no movement reads a long history.
constexpr qsizetype linesBeforeFolding = 3;

// How often progress is told.
constexpr qint64 progressStep = 4096;

// Adds a change to a list kept in date order: into its last day where it fits, as a day of its own
// where that would overflow (the check of the totals then names it).
void addChange(QList<DayChange>& days, const QDate& date, qint64 shares, qint64 amount)
{
    if (!days.isEmpty() && days.last().date == date) {
        DayChange& day = days.last();
        qint64 sharesSum = 0;
        qint64 amountSum = 0;
        if (!qAddOverflow(day.shares, shares, &sharesSum) && !qAddOverflow(day.amount, amount, &amountSum)) {
            day.shares = sharesSum;
            day.amount = amountSum;
            return;
        }
    }
    days.append({ date, shares, amount });
}

// The member as the rules must see it on `date`: one who has since ceased was active until then.
MemberStatus statusOn(const Member& member, MemberStatus recorded, const QDate& date)
{
    if (recorded != MemberStatus::Ceased)
        return recorded;
    return member.ceasedOn.isValid() && date < member.ceasedOn ? MemberStatus::Active : MemberStatus::Ceased;
}

} // namespace

void ImportedMovements::append(const ImportedMovement& imported)
{
    const ShareMovement& movement = imported.movement;
    Q_ASSERT(movement.reference.size() <= maximumReferenceLength);
    Packed packed;
    packed.memberId = movement.memberId;
    packed.toMemberId = movement.toMemberId.value_or(0);
    packed.hasToMember = movement.toMemberId.has_value();
    packed.shares = movement.shares;
    packed.amount = movement.amount.value_or(0);
    packed.hasAmount = movement.amount.has_value();
    packed.julianDay = static_cast<qint32>(movement.date.toJulianDay());
    packed.row = imported.row;
    packed.referenceAt = static_cast<qint32>(m_references.size());
    packed.referenceLength = static_cast<quint8>(movement.reference.size());
    packed.kind = static_cast<quint8>(movement.kind);
    m_references += movement.reference;
    m_rows.append(packed);
}

ImportedMovement ImportedMovements::at(qsizetype index) const
{
    const Packed& packed = m_rows.at(index);
    ImportedMovement imported;
    imported.row = packed.row;
    ShareMovement& movement = imported.movement;
    movement.kind = static_cast<ShareEntryKind>(packed.kind);
    movement.date = QDate::fromJulianDay(packed.julianDay);
    movement.memberId = packed.memberId;
    if (packed.hasToMember)
        movement.toMemberId = packed.toMemberId;
    movement.shares = packed.shares;
    if (packed.hasAmount)
        movement.amount = packed.amount;
    movement.reference = m_references.mid(packed.referenceAt, packed.referenceLength);
    return imported;
}

LedgerImport::LedgerImport(QHash<qint64, MemberPosition> positions, const Mutual& mutual,
                           LedgerTotals existing)
    : m_positions(std::move(positions))
    , m_mutual(mutual)
    , m_existing(std::move(existing))
{ }

LedgerImport::Checked LedgerImport::check(const ImportedMovements& movements, const Accept& accept,
                                          const Progress& progress)
{
    Checked outcome;
    QList<qsizetype> order(movements.size());
    std::iota(order.begin(), order.end(), qsizetype { 0 });
    std::stable_sort(order.begin(), order.end(), [&movements](qsizetype a, qsizetype b) {
        return movements.dateAt(a) < movements.dateAt(b);
    });
    QHash<qint64, MemberStatus> recordedStatus;
    for (auto it = m_positions.cbegin(); it != m_positions.cend(); ++it)
        recordedStatus.insert(it.key(), it->member.status);

    const auto total = static_cast<qint64>(order.size());
    for (qint64 done = 0; done < total; ++done) {
        if (progress && done % progressStep == 0 && !progress(done, total)) {
            outcome.isStopped = true;
            return outcome;
        }
        const ImportedMovement imported = movements.at(order[done]);
        const ShareMovement& movement = imported.movement;
        // The one or two members the movement moves shares between, each looked up once: the positions
        // gain no member here, so what is found stays where it is.
        std::array<MemberPosition*, 2> involved {};
        for (std::size_t i = 0; i < involved.size(); ++i) {
            const qint64 memberId = i == 0 ? movement.memberId : movement.toMemberId.value_or(0);
            const auto position = m_positions.find(memberId);
            if (position == m_positions.end())
                continue;
            position->member.status
                = statusOn(position->member, recordedStatus.value(memberId), movement.date);
            compact(*position, movement.date);
            involved[i] = &*position;
        }
        const auto lines = ShareLedger::prepare(movement, m_positions, m_mutual);
        if (!lines) {
            outcome.refused.append({ imported.row, lines.error() });
            continue;
        }
        for (ShareEntry line : *lines) {
            line.reference.clear(); // the rules never read it, and it would be kept for every line
            MemberPosition* position
                = involved[0] && involved[0]->member.id == line.memberId ? involved[0] : involved[1];
            Q_ASSERT(position && position->member.id == line.memberId);
            position->entries.append(line);
            addChange(m_added.mutual, line.date, line.shares, line.amount);
            addChange(m_added.byClass[position->memberClass.id], line.date, line.shares, line.amount);
        }
        m_lastRowOn[lines->first().date] = imported.row;
        if (!outcome.refused.isEmpty())
            continue; // nothing will be recorded: the lines are only checked
        if (auto accepted = accept(imported.row, *lines); !accepted) {
            outcome.failure = accepted.error();
            return outcome;
        }
    }
    QHash<qint64, QString> classNames;
    for (const MemberPosition& position : std::as_const(m_positions))
        classNames.insert(position.memberClass.id, position.memberClass.name);
    if (const auto breach = ShareLedger::firstTotalBreach(m_existing, m_added, classNames, m_mutual))
        outcome.refused.append({ rowOn(breach->date), breach->error });
    std::stable_sort(outcome.refused.begin(), outcome.refused.end(),
                     [](const RefusedRow& a, const RefusedRow& b) { return a.row < b.row; });
    return outcome;
}

void LedgerImport::compact(MemberPosition& position, const QDate& date) const
{
    QList<ShareEntry>& entries = position.entries;
    if (entries.size() < linesBeforeFolding)
        return;
    // The lines before the day as one line, and the day's own as another: only a day's end counts, and
    // a file may move one member's shares many times on one day.
    ShareEntry earlier;
    earlier.memberId = position.member.id;
    ShareEntry today = earlier;
    today.date = date;
    bool isTodayUsed = false;
    QList<ShareEntry> kept;
    for (const ShareEntry& entry : std::as_const(entries)) {
        ShareEntry& into = entry.date < date ? earlier : today;
        // A sum that would overflow is left unfolded, for the rules to name.
        qint64 shares = 0;
        qint64 amount = 0;
        const bool isFoldable = entry.date <= date && !qAddOverflow(into.shares, entry.shares, &shares)
            && !qAddOverflow(into.amount, entry.amount, &amount);
        if (!isFoldable) {
            kept.append(entry);
            continue;
        }
        into.shares = shares;
        into.amount = amount;
        if (entry.date < date)
            earlier.date = std::max(earlier.date, entry.date);
        else
            isTodayUsed = true;
    }
    if (earlier.date.isValid())
        kept.prepend(earlier);
    if (isTodayUsed)
        kept.append(today);
    entries = std::move(kept);
}

int LedgerImport::rowOn(const QDate& date) const
{
    auto after = m_lastRowOn.upperBound(date);
    return after == m_lastRowOn.cbegin() ? m_lastRowOn.isEmpty() ? 0 : m_lastRowOn.first()
                                         : *std::prev(after);
}

} // namespace mutualise::domain
