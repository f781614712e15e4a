#pragma once

#include "Error.h"
#include "ShareLedger.h"

#include <QHash>
#include <QList>
#include <QMap>

#include <functional>

namespace mutualise::domain {

// A movement read from one row of an imported file.
struct ImportedMovement
{
    int row = 0; // as a spreadsheet numbers it
    ShareMovement movement;
};

// The movements of a file, kept packed: a ledger of a million rows takes some 60 MB rather than the
// 150 MB of a list of ImportedMovement, each with a string of its own.
class ImportedMovements
{
public:
    void reserve(qsizetype rows) { m_rows.reserve(rows); }
    void append(const ImportedMovement& movement);
    qsizetype size() const { return m_rows.size(); }
    ImportedMovement at(qsizetype index) const;
    QDate dateAt(qsizetype index) const { return QDate::fromJulianDay(m_rows.at(index).julianDay); }

private:
    struct Packed
    {
        qint64 memberId = 0;
        qint64 toMemberId = 0;
        qint64 shares = 0;
        qint64 amount = 0;
        qint32 julianDay = 0;
        qint32 row = 0;
        qint32 referenceAt = 0; // in m_references
        quint8 referenceLength = 0; // a reference is at most maximumReferenceLength characters
        quint8 kind = 0;
        bool hasToMember = false;
        bool hasAmount = false;
    };
    static_assert(maximumReferenceLength <= 255);

    QList<Packed> m_rows;
    QString m_references;
};

// A movement the ledger's rules refuse, by the row it came from.
struct RefusedRow
{
    int row = 0;
    Error error;
};

// The rules of the share ledger (ShareLedger::prepare) applied to many movements at once, as an
// imported register brings them: in the order of their dates (rows of one day in the order of the
// file), each against the ledger as it stands with the movements before it, so that a file may list a
// withdrawal above the subscription it draws on. A member who has since ceased is held to the rules as
// the member was on each movement's date: active before the day it ceased (an applicant or suspended
// member stays so). The totals of the mutual and its classes are checked once all are prepared.
class LedgerImport
{
public:
    // Told the lines of each movement the rules accept, in the order they are checked; an error stops
    // the check (a database failure), and is returned.
    using Accept = std::function<Outcome(int row, const QList<ShareEntry>& lines)>;
    // Told how many of the movements have been checked; false stops the check.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // `positions` holds every member the movements name, with their lines in the ledger (one a day will
    // do: only a day's end counts); `existing` the ledger's totals as ShareLedger::prepare takes them,
    // for every class.
    LedgerImport(QHash<qint64, MemberPosition> positions, const Mutual& mutual, LedgerTotals existing);

    struct Checked
    {
        QList<RefusedRow> refused; // in the order of their rows
        bool isStopped = false; // by the progress callback
        std::optional<Error> failure; // from `accept`
    };

    Checked check(const ImportedMovements& movements, const Accept& accept, const Progress& progress = {});

private:
    // Folds a member's lines dated before `date` into one, once there are many: every movement still to
    // be checked is dated on or after it, and the rules look only at days from a movement's own date on.
    void compact(MemberPosition& position, const QDate& date) const;
    // The row to blame for a total that goes too far on `date`: the last accepted on or before it.
    int rowOn(const QDate& date) const;

    QHash<qint64, MemberPosition> m_positions;
    Mutual m_mutual;
    LedgerTotals m_existing;
    LedgerTotals m_added; // a change a day, in date order (more only where one would overflow)
    QMap<QDate, int> m_lastRowOn;
};

} // namespace mutualise::domain
