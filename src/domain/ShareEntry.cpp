#include "ShareEntry.h"

#include <QCoreApplication>

namespace mutualise::domain {

QString entryKindKey(ShareEntryKind kind)
{
    switch (kind) {
    case ShareEntryKind::Subscription:
        return QStringLiteral("subscription");
    case ShareEntryKind::Transfer:
        return QStringLiteral("transfer");
    case ShareEntryKind::Withdrawal:
        return QStringLiteral("withdrawal");
    case ShareEntryKind::Forfeiture:
        return QStringLiteral("forfeiture");
    case ShareEntryKind::Reversal:
        return QStringLiteral("reversal");
    case ShareEntryKind::InterestCapitalised:
        return QStringLiteral("interest-capitalised");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<ShareEntryKind> entryKindFromKey(QStringView key)
{
    for (const ShareEntryKind kind : allEntryKinds()) {
        if (key == entryKindKey(kind))
            return kind;
    }
    return std::nullopt;
}

QString entryKindLabel(ShareEntryKind kind)
{
    switch (kind) {
    case ShareEntryKind::Subscription:
        return QCoreApplication::translate("ShareEntry", "Subscription");
    case ShareEntryKind::Transfer:
        return QCoreApplication::translate("ShareEntry", "Transfer");
    case ShareEntryKind::Withdrawal:
        return QCoreApplication::translate("ShareEntry", "Withdrawal");
    case ShareEntryKind::Forfeiture:
        return QCoreApplication::translate("ShareEntry", "Forfeiture");
    case ShareEntryKind::Reversal:
        return QCoreApplication::translate("ShareEntry", "Reversal");
    case ShareEntryKind::InterestCapitalised:
        return QCoreApplication::translate("ShareEntry", "Interest capitalised");
    }
    Q_UNREACHABLE();
    return {};
}

QList<ShareEntryKind> allEntryKinds()
{
    return { ShareEntryKind::Subscription, ShareEntryKind::Transfer, ShareEntryKind::Withdrawal,
             ShareEntryKind::Forfeiture,   ShareEntryKind::Reversal, ShareEntryKind::InterestCapitalised };
}

} // namespace mutualise::domain
