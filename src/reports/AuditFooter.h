#pragma once

#include "storage/AuditLog.h"

#include <QCoreApplication>
#include <QString>

namespace mutualise::reports {

// The line every printed or exported report and result carries at its foot: where the file's audit
// trail ended when it was made. Kept on paper, it anchors the file's history (`verify --head`).
class AuditFooter
{
    Q_DECLARE_TR_FUNCTIONS(AuditFooter)

public:
    // "Audit trail: entry 1,234, 3f9a…c21e"; empty for a trail with no entry.
    static QString text(const storage::AuditHead& head);
    // The trail's head now; an empty head when it cannot be read, so that a report is never refused
    // for its footer.
    static storage::AuditHead headOf(const storage::MutualFile& file);
};

} // namespace mutualise::reports
