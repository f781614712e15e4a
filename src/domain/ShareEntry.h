#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace mutualise::domain {

enum class ShareEntryKind
{
    Subscription, // shares issued to a member for cash
    Transfer, // one side of a transfer between members; the pair is written together
    Withdrawal, // shares withdrawn (redeemed) and the capital repaid
    Forfeiture, // shares forfeited to the mutual under its rules
    Reversal, // undoes one earlier entry; history is never edited
    InterestCapitalised, // shares bought at nominal value with a member's interest; only an allocation makes
                         // them
};

// Keys used by files and the CLI: "subscription", "transfer", "withdrawal", "forfeiture", "reversal",
// "interest-capitalised".
QString entryKindKey(ShareEntryKind kind);
std::optional<ShareEntryKind> entryKindFromKey(QStringView key);
QString entryKindLabel(ShareEntryKind kind);
QList<ShareEntryKind> allEntryKinds();

// The most one entry may move. A thousand million shares, and 1,000,000,000,000 minor units (ten
// thousand million pounds): more than the whole share capital of any co-operative, so no real entry
// meets them, yet far enough below the 64-bit limit of 9,223,372,036,854,775,807 that a mistyped or
// hostile figure is refused before it can swamp the totals it feeds. Rule "entry-too-large".
inline constexpr qint64 maximumSharesInOneEntry = 1'000'000'000;
inline constexpr qint64 maximumAmountInOneEntry = 1'000'000'000'000;

// The longest reference (a receipt or minute number) an entry may carry, as for a name.
inline constexpr qsizetype maximumReferenceLength = 200;

// One line of the append-only share ledger. Each line changes one member's holding: `shares` and
// `amount` are signed (a subscription is positive, a withdrawal negative; a transfer is two lines).
struct ShareEntry
{
    qint64 id = 0;
    ShareEntryKind kind = ShareEntryKind::Subscription;
    QDate date;
    qint64 memberId = 0;
    qint64 shares = 0;
    qint64 amount = 0; // minor units of the mutual's currency
    std::optional<qint64> counterpartyId; // the other member of a transfer
    std::optional<qint64> reversesId; // for a reversal: the entry it undoes
    QString reference;
    QString recordedBy;
    QDateTime recordedAt; // UTC

    bool operator==(const ShareEntry&) const = default;
};

} // namespace mutualise::domain
