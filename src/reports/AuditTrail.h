#pragma once

#include "Report.h"
#include "storage/AuditLog.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mutualise::reports {

// The audit trail as a reader sees it: each change in words, what it changed, and the trail as a report
// that every format writes.
class AuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)

public:
    // One field of a changed record: its value before and after the change, as text.
    struct Field
    {
        QString name;
        QString before;
        QString after;
        bool isChanged = false;
    };

    // "Member updated" for "member.update"; an action this version does not know is shown as it is
    // stored.
    static QString actionText(const QString& action);
    // "Members" for "member": a kind of record, as a list of changes is narrowed to one.
    static QString entityText(const QString& entity);
    // What the entry changed, on one line: the fields an update changed ("name: “Council 2” → “Renamed”"),
    // or what a record added or removed held. Cut with "…" when long.
    static QString summary(const storage::AuditEntry& entry);
    // Every field of the record before and after, in the order the entry stores them.
    static QList<Field> fields(const storage::AuditEntry& entry);

    // The entries as a report of one table, newest first, for the file whose trail they are; the
    // title block names the filter's dates as its period when it has both.
    static Report report(const storage::MutualFile& file, const storage::AuditFilter& filter,
                         const QList<storage::AuditEntry>& entries);
};

} // namespace mutualise::reports
