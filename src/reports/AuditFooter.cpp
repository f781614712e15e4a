#include "AuditFooter.h"

#include "storage/Verify.h"

#include <QLocale>

namespace mutualise::reports {

QString AuditFooter::text(const storage::AuditHead& head)
{
    if (head.entry <= 0)
        return {};
    //: At the foot of a report: the last entry of the audit trail and the start and end of its hash
    return tr("Audit trail: entry %1, %2")
        .arg(QLocale().toString(head.entry), storage::Verifier::shortHash(head.hash));
}

storage::AuditHead AuditFooter::headOf(const storage::MutualFile& file)
{
    const auto head = storage::AuditLog(file).head();
    return head ? *head : storage::AuditHead();
}

} // namespace mutualise::reports
