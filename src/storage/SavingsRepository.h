#pragma once

#include "CsvImport.h"
#include "MutualFile.h"
#include "domain/Savings.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace mutualise::storage {

// A saving as listed: the row with the names a reader needs.
struct SavingRow
{
    domain::Saving saving;
    QString serviceName;
    QString memberNumber;
    QString memberName;
    QString className;
};

// One line of the grid of a service and period: a member that takes the service (or has a saving
// recorded for it), with its saving for exactly that period when one is recorded.
struct SavingsGridRow
{
    qint64 memberId = 0;
    QString memberNumber;
    QString memberName;
    std::optional<domain::Saving> saving;
};

struct SavingsFilter
{
    std::optional<qint64> serviceId;
    std::optional<qint64> memberId;
    QDate from; // periods starting on or after this day; null for no bound
    QDate to; // periods starting on or before this day; null for no bound
};

// The savings each service brings each member, entered one by one, edited in a grid or imported from
// CSV. Every change is one transaction with its audit entry. Rules, besides domain::validateSaving's:
//   "unknown-service"   no service with that id (or, in a CSV file, that id or name)
//   "unknown-member"    no member with that id or number
//   "unknown-saving"    update() of a saving that is not there
//   "duplicate-saving"  the same service, member and period is already recorded; names the saving
//   "savings-csv"       a CSV file without the header row, with unknown or repeated columns, a row with
//                       the wrong number of fields, or no savings at all
//   "savings-import"    a CSV file with problems under different rules (each is named in the message)
class SavingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(SavingsRepository)

public:
    // The most problems one refusal of an import lists; the message counts the rest.
    static constexpr int maximumListedProblems = storage::maximumListedProblems;

    explicit SavingsRepository(MutualFile& file);

    // Validates, checks that the service and member exist and that the period is not already
    // recorded for them, stores and audits ("saving.add") in one transaction; returns it with its id.
    Result<domain::Saving> add(const domain::Saving& saving);
    // Changes a recorded saving in place (the grid's edit), checked as add() checks; audited
    // ("saving.update") with the row before and after.
    Result<domain::Saving> update(const domain::Saving& saving);
    // Adds the savings without an id and changes those with one, each checked as add() and update()
    // check them, all in one transaction: the grid's Save changes. The first refusal leaves the file as
    // it was. Returns them as stored, in the same order.
    Result<QList<domain::Saving>> save(const QList<domain::Saving>& savings);
    Result<domain::Saving> saving(qint64 id) const;

    // Savings matching the filter, ordered by the start of the period, service name, member number.
    Result<QList<SavingRow>> list(const SavingsFilter& filter) const;
    // The periods recorded for a service, the latest first.
    Result<QList<domain::Period>> periods(qint64 serviceId) const;
    // The grid of one service and period: one row per member that takes the service, ordered by
    // member number, with its saving when recorded for exactly that period.
    Result<QList<SavingsGridRow>> grid(qint64 serviceId, const QDate& from, const QDate& to) const;
    // Totals grouped by member, service, member class or financial year, over every saving or only
    // those whose period starts in financial year `year` (the year starting in that calendar year).
    Result<domain::SavingsTotals> totals(domain::SavingsGrouping grouping,
                                         std::optional<int> year = std::nullopt) const;

    // Imports savings from CSV, all or none: a header row naming the columns service (an id or a
    // name), member (a number), from, to (YYYY-MM-DD), baseline, actual (major units, such as
    // 1234.56) and, optionally, evidence; then one saving a row. Every row is checked before anything
    // is stored, and every problem (up to maximumListedProblems) is named "Row N, column C: ...",
    // where N is the row as a spreadsheet numbers it (the header is row 1). With `isDryRun`, checks only and
    // writes nothing. Returns how many savings were (or would be) recorded; audited as "saving.import".
    Result<qint64> importCsv(QByteArrayView content, bool isDryRun);

private:
    // add() and update() inside a transaction already begun.
    Result<domain::Saving> addWithin(const domain::Saving& saving);
    Result<domain::Saving> updateWithin(const domain::Saving& saving);

    MutualFile& m_file;
};

} // namespace mutualise::storage
