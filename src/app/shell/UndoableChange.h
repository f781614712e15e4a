#pragma once

#include "domain/Error.h"
#include "domain/Meeting.h"
#include "domain/Member.h"
#include "domain/Mutual.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace mutualise::app {

class MutualSession;

// A change made in the window that Edit > Undo takes back, after Tiled's undo commands: each knows how
// to take itself back and make itself again. The change is made (and checked) before it is pushed, so
// its first redo does nothing. Taking it back and making it again are each a change of their own,
// checked by the same rules and recorded in the audit trail. One that can no longer be undone or
// redone (the record has changed since, here or in another program, or the rules now refuse it)
// says why through MutualSession::undoRefused and leaves the stack. Ledger entries and votes are never
// undone: a share entry is reversed instead.
class UndoableChange : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(UndoableChange)

public:
    UndoableChange(MutualSession& session, const QString& text);

    void undo() final;
    void redo() final;

protected:
    virtual domain::Outcome takeBack() = 0;
    virtual domain::Outcome makeAgain() = 0;
    MutualSession& session() const { return m_session; }
    // Rule "changed-since": `what` is no longer as the change left it.
    static domain::Error changedSince(const QString& what);

private:
    void run(bool isUndo);

    MutualSession& m_session;
    bool m_isFirstRedo = true;
};

// A member's details or status changed, or the member ceased: undone by putting the record back as
// it was.
class MemberChange : public UndoableChange
{
public:
    MemberChange(MutualSession& session, const QString& text, const domain::Member& before,
                 const domain::Member& after);

protected:
    domain::Outcome takeBack() override;
    domain::Outcome makeAgain() override;

private:
    domain::Outcome replace(const domain::Member& expected, const domain::Member& wanted);

    domain::Member m_before;
    domain::Member m_after;
};

// The mutual's settings changed.
class SettingsChange : public UndoableChange
{
public:
    SettingsChange(MutualSession& session, const domain::Mutual& before, const domain::Mutual& after);

protected:
    domain::Outcome takeBack() override;
    domain::Outcome makeAgain() override;

private:
    domain::Outcome replace(const domain::Mutual& expected, const domain::Mutual& wanted);

    domain::Mutual m_before;
    domain::Mutual m_after;
};

// A meeting's details changed.
class MeetingChange : public UndoableChange
{
public:
    MeetingChange(MutualSession& session, const domain::Meeting& before, const domain::Meeting& after);

protected:
    domain::Outcome takeBack() override;
    domain::Outcome makeAgain() override;

private:
    domain::Outcome replace(const domain::Meeting& expected, const domain::Meeting& wanted);

    domain::Meeting m_before;
    domain::Meeting m_after;
};

} // namespace mutualise::app
