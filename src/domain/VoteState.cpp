#include "VoteState.h"

#include <QCoreApplication>

namespace mutualise::domain {

namespace {

Error stateError(VoteKind kind, const QString& message, bool wantsDraft)
{
    const bool isMotion = kind == VoteKind::Motion;
    const QString rule = wantsDraft
        ? (isMotion ? QStringLiteral("motion-not-draft") : QStringLiteral("election-not-draft"))
        : (isMotion ? QStringLiteral("motion-not-open") : QStringLiteral("election-not-open"));
    return Error { message, rule, QStringLiteral("state") };
}

// Why a vote that has opened can no longer be edited, opened again or deleted.
QString hasOpenedMessage(VoteKind kind, VoteAction action, const QString& title)
{
    if (kind == VoteKind::Motion) {
        if (action == VoteAction::Remove)
            return QCoreApplication::translate(
                       "VoteState",
                       "Voting on “%1” has opened, so it stays in the record and cannot be deleted.")
                .arg(title);
        return QCoreApplication::translate("VoteState",
                                           "Voting on “%1” has opened: its text and rules are fixed, "
                                           "and it cannot open again.")
            .arg(title);
    }
    switch (action) {
    case VoteAction::Remove:
        return QCoreApplication::translate(
                   "VoteState", "Voting in “%1” has opened, so it stays in the record and cannot be deleted.")
            .arg(title);
    case VoteAction::Edit:
        return QCoreApplication::translate("VoteState",
                                           "Voting in “%1” has opened, so its seats, method and candidates "
                                           "can no longer change.")
            .arg(title);
    default:
        return QCoreApplication::translate("VoteState", "Voting in “%1” has opened; it cannot open again.")
            .arg(title);
    }
}

// Why ballots cannot be taken, or a result read, in this state.
QString notOpenMessage(VoteKind kind, VoteState state, const QString& title)
{
    const bool isMotion = kind == VoteKind::Motion;
    if (state == VoteState::Draft)
        return isMotion
            ? QCoreApplication::translate("VoteState", "Voting on “%1” has not opened yet.").arg(title)
            : QCoreApplication::translate("VoteState", "Voting in “%1” has not opened yet.").arg(title);
    return isMotion
        ? QCoreApplication::translate("VoteState", "Voting on “%1” has closed and its result is declared.")
              .arg(title)
        : QCoreApplication::translate("VoteState", "Voting in “%1” has closed and its result is declared.")
              .arg(title);
}

bool isAllowed(VoteState state, VoteAction action)
{
    switch (action) {
    case VoteAction::Edit:
    case VoteAction::Open:
    case VoteAction::Remove:
        return state == VoteState::Draft;
    case VoteAction::Vote:
        return state == VoteState::Open;
    case VoteAction::Read:
        return state != VoteState::Draft;
    }
    Q_UNREACHABLE();
    return false;
}

} // namespace

QString voteStateKey(VoteState state)
{
    switch (state) {
    case VoteState::Draft:
        return QStringLiteral("draft");
    case VoteState::Open:
        return QStringLiteral("open");
    case VoteState::Closed:
        return QStringLiteral("closed");
    }
    Q_UNREACHABLE();
}

std::optional<VoteState> voteStateFromKey(QStringView key)
{
    for (const VoteState state : { VoteState::Draft, VoteState::Open, VoteState::Closed }) {
        if (key == voteStateKey(state))
            return state;
    }
    return std::nullopt;
}

QString voteStateLabel(VoteState state)
{
    switch (state) {
    case VoteState::Draft:
        return QCoreApplication::translate("VoteState", "Draft");
    case VoteState::Open:
        return QCoreApplication::translate("VoteState", "Voting open");
    case VoteState::Closed:
        return QCoreApplication::translate("VoteState", "Result declared");
    }
    Q_UNREACHABLE();
}

Outcome checkVoteState(VoteKind kind, const QString& title, VoteState state, VoteAction action)
{
    if (isAllowed(state, action))
        return ok();
    const bool wantsDraft
        = action == VoteAction::Edit || action == VoteAction::Open || action == VoteAction::Remove;
    if (wantsDraft)
        return stateError(kind, hasOpenedMessage(kind, action, title), true);
    return stateError(kind, notOpenMessage(kind, state, title), false);
}

} // namespace mutualise::domain
