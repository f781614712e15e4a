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

QUndoCommand* memberChange(MutualSession& session, const QString& text, const domain::Member& before,
                           const domain::Member& after)
{
    return new RecordChange<domain::Member>(
        session, text, before, after,
        { [](MutualSession& on, const domain::Member& member) {
             return storage::MemberRepository(on.file()).member(member.id);
         },
          [](MutualSession& on, const domain::Member& member) -> domain::Outcome {
              if (auto updated = storage::MemberRepository(on.file()).update(member); !updated)
                  return updated.error();
              return domain::ok();
          },
          [](const domain::Member& member) {
              return UndoableChange::tr("Member %1").arg(domain::quotedText(member.number));
          } });
}

QUndoCommand* settingsChange(MutualSession& session, const domain::Mutual& before,
                             const domain::Mutual& after)
{
    return new RecordChange<domain::Mutual>(
        session, UndoableChange::tr("Change the mutual's settings"), before, after,
        { [](MutualSession& on, const domain::Mutual&) { return on.file().readMutual(); },
          [](MutualSession& on, const domain::Mutual& mutual) { return on.file().updateMutual(mutual); },
          [](const domain::Mutual&) { return UndoableChange::tr("The mutual's settings"); } });
}

QUndoCommand* meetingChange(MutualSession& session, const domain::Meeting& before,
                            const domain::Meeting& after)
{
    return new RecordChange<domain::Meeting>(
        session, UndoableChange::tr("Edit the meeting “%1”").arg(after.displayTitle()), before, after,
        { [](MutualSession& on, const domain::Meeting& meeting) {
             return storage::MeetingRepository(on.file()).meeting(meeting.id);
         },
          [](MutualSession& on, const domain::Meeting& meeting) -> domain::Outcome {
              if (auto updated = storage::MeetingRepository(on.file()).update(meeting); !updated)
                  return updated.error();
              return domain::ok();
          },
          [](const domain::Meeting& meeting) {
              return UndoableChange::tr("The meeting “%1”").arg(meeting.displayTitle());
          } });
}

} // namespace mutualise::app
