#pragma once

#include "CsvImport.h"
#include "MutualFile.h"
#include "domain/Contributions.h"
#include "domain/ShareLedger.h"

#include <QDate>
#include <QList>

#include <optional>

namespace mutualise::storage {

struct ShareEntryFilter
{
    // The order of a listing; ties go by date and entry number, so that pages neither repeat nor skip.
    enum class SortKey
    {
        Date,
        EntryNumber,
        Kind,
        Member,
        Counterparty,
        Shares,
        Amount,
        Reference,
        RecordedBy,
    };

    std::optional<qint64> memberId;
    QDate from; // inclusive; null for no bound
    QDate to; // inclusive; null for no bound
    SortKey sortKey = SortKey::Date;
    bool descending = false;
};

// A ledger line as listed: the entry with the names a reader needs.
struct ShareEntryRow
{
    domain::ShareEntry entry;
    QString memberNumber;
    QString memberName;
    QString counterpartyNumber; // empty when none
    bool isReversed = false; // a later reversal undoes it
};

struct HoldingRow
{
    domain::Holding holding;
    QString memberNumber;
    QString memberName;
    QString className;
};

// How appended lines are grouped into movements: all together (both sides of a transfer), or each its
// own (the capitalised interest of many members).
enum class LineMovements
{
    OneMovement,
    MovementEach,
};

// The condition, on share entries named "e", for what counts as capital subscribed: a subscription, or
// the reversal of one. The reversed entry is looked up for reversals only, not joined to every line.
QString subscribedCondition();

// Appends lines the ledger's rules have already accepted inside the caller's transaction
// (MutualFile::inTransaction), with one statement for all of them; fills in their ids and who recorded
// them. For work that records shares with other data in one transaction, such as capitalised interest.
Result<QList<domain::ShareEntry>> appendShareLines(const QSqlDatabase& database,
                                                   const QList<domain::ShareEntry>& lines,
                                                   const QString& actor,
                                                   LineMovements movements = LineMovements::OneMovement);

class ShareLedgerRepository
{
public:
    explicit ShareLedgerRepository(MutualFile& file);

    Result<qint64> count(const ShareEntryFilter& filter) const;
    // Ordered by date, then id.
    Result<QList<ShareEntryRow>> entries(const ShareEntryFilter& filter, qint64 offset = 0,
                                         qint64 limit = -1) const;

    // Every ledger line of one member, in the order they were recorded.
    Result<QList<domain::ShareEntry>> entriesOf(qint64 memberId) const;

    // Checks the movement against the ledger rules with the data as it is inside the transaction,
    // appends its lines and audits them, all in one transaction. Returns the stored lines.
    Result<QList<domain::ShareEntry>> record(const domain::ShareMovement& movement);
    // Appends the reversal of an entry (both sides of a transfer) dated `date`.
    Result<QList<domain::ShareEntry>> reverse(qint64 entryId, const QDate& date, const QString& reference);

    // Holdings at the end of the day, members with a non-zero holding only, ordered by member number.
    Result<QList<HoldingRow>> holdingsAsOf(const QDate& asOf) const;
    Result<domain::Holding> holdingOf(qint64 memberId, const QDate& asOf) const;
    // The total of all holdings at the end of the day.
    Result<domain::Holding> totalAsOf(const QDate& asOf) const;

    // Capital subscribed (subscriptions less their reversals) between two dates inclusive.
    Result<qint64> subscribedBetween(const QDate& first, const QDate& last) const;
    // Subscribed capital per calendar month and member class, for the contributions chart.
    Result<QList<domain::MonthlyContribution>> monthlySubscriptionsByClass() const;

    // Imports ledger entries from a CSV file, all of them or, when any row has a problem, none: a header
    // row naming the columns date, member (its number), kind (subscription, transfer, withdrawal or
    // forfeiture), shares (a count more than zero) and, if you wish, amount (which must then be shares
    // x nominal value, unless the mutual allows otherwise), counterparty (the member receiving a
    // transfer) and reference, in any order (or the columns `options.mapping` chooses); then a movement
    // a row. The rows are checked by the ledger's rules in date order (domain::LedgerImport), against
    // the ledger and the rows before them, and stored with one audit entry, "share.import", that gives
    // the ids, the totals and a SHA-256 digest of the lines and of the file. Rules of the problems
    // besides the ledger's own: "shares-csv" (the file's shape), "unknown-member", "invalid-kind",
    // "invalid-counterparty", "currency-mismatch".
    Result<ImportReport> importCsv(QByteArrayView content, const ImportOptions& options);
    static QList<ImportField> importFields();

private:
    MutualFile& m_file;
};

} // namespace mutualise::storage
