#include "app/shell/UndoableChange.h"

#include "app/shell/MutualSession.h"
#include "domain/Text.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"

namespace mutualise::app {

UndoableChange::UndoableChange(MutualSession& session, const QString& text)
    : QUndoCommand(text)
    , m_session(session)
{ }

domain::Error UndoableChange::changedSince(const QString& what)
{
    return domain::Error { tr("%1 has changed since, so the change cannot be taken back or made again: "
                              "change it by hand instead.")
                               .arg(what),
                           QStringLiteral("changed-since"),
                           {} };
}

void UndoableChange::undo()
{
    run(true);
}

void UndoableChange::redo()
{
    if (m_isFirstRedo) {
        m_isFirstRedo = false; // made before it was pushed
        return;
    }
    run(false);
}

void UndoableChange::run(bool isUndo)
{
    const domain::Outcome done = isUndo ? takeBack() : makeAgain();
    if (!done) {
        // QUndoStack removes a command made obsolete, and every command after it is cleared.
        setObsolete(true);
        Q_EMIT m_session.undoRefused(isUndo ? tr("Cannot Undo") : tr("Cannot Redo"),
                                     (isUndo ? tr("“%1” was not undone: %2") : tr("“%1” was not redone: %2"))
                                         .arg(text(), done.error().message));
        return;
    }
    m_session.notifyChanged();
}

MemberChange::MemberChange(MutualSession& session, const QString& text, const domain::Member& before,
                           const domain::Member& after)
    : UndoableChange(session, text)
    , m_before(before)
    , m_after(after)
{ }

domain::Outcome MemberChange::takeBack()
{
    return replace(m_after, m_before);
}

domain::Outcome MemberChange::makeAgain()
{
    return replace(m_before, m_after);
}

domain::Outcome MemberChange::replace(const domain::Member& expected, const domain::Member& wanted)
{
    storage::MemberRepository members(session().file());
    const auto current = members.member(wanted.id);
    if (!current)
        return current.error();
    if (*current != expected)
        return changedSince(tr("Member %1").arg(domain::quotedText(current->number)));
    if (auto updated = members.update(wanted); !updated)
        return updated.error();
    return domain::ok();
}

SettingsChange::SettingsChange(MutualSession& session, const domain::Mutual& before,
                               const domain::Mutual& after)
    : UndoableChange(session, tr("Change the mutual's settings"))
    , m_before(before)
    , m_after(after)
{ }

domain::Outcome SettingsChange::takeBack()
{
    return replace(m_after, m_before);
}

domain::Outcome SettingsChange::makeAgain()
{
    return replace(m_before, m_after);
}

domain::Outcome SettingsChange::replace(const domain::Mutual& expected, const domain::Mutual& wanted)
{
    const auto current = session().file().readMutual();
    if (!current)
        return current.error();
    if (*current != expected)
        return changedSince(tr("The mutual's settings"));
    return session().file().updateMutual(wanted);
}

MeetingChange::MeetingChange(MutualSession& session, const domain::Meeting& before,
                             const domain::Meeting& after)
    : UndoableChange(session, tr("Edit the meeting “%1”").arg(after.displayTitle()))
    , m_before(before)
    , m_after(after)
{ }

domain::Outcome MeetingChange::takeBack()
{
    return replace(m_after, m_before);
}

domain::Outcome MeetingChange::makeAgain()
{
    return replace(m_before, m_after);
}

domain::Outcome MeetingChange::replace(const domain::Meeting& expected, const domain::Meeting& wanted)
{
    storage::MeetingRepository meetings(session().file());
    const auto current = meetings.meeting(wanted.id);
    if (!current)
        return current.error();
    if (*current != expected)
        return changedSince(tr("The meeting “%1”").arg(current->displayTitle()));
    if (auto updated = meetings.update(wanted); !updated)
        return updated.error();
    return domain::ok();
}

} // namespace mutualise::app
