#pragma once

#include "domain/Error.h"
#include "domain/Meeting.h"
#include "domain/Member.h"
#include "domain/Mutual.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

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

// A record replaced by another, taken back by putting the record back as it was: once it is checked
// that the record is still as the change left it, so that nothing changed since is overwritten.
template<typename Record>
class RecordChange : public UndoableChange
{
public:
    // How the record is read as stored now, written, and named in a refusal ("Member “C001”").
    struct Access
    {
        std::function<domain::Result<Record>(MutualSession&, const Record&)> read;
        std::function<domain::Outcome(MutualSession&, const Record&)> write;
        std::function<QString(const Record&)> name;
    };

    RecordChange(MutualSession& session, const QString& text, Record before, Record after, Access access)
        : UndoableChange(session, text)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_access(std::move(access))
    { }

protected:
    domain::Outcome takeBack() override { return replace(m_after, m_before); }
    domain::Outcome makeAgain() override { return replace(m_before, m_after); }

private:
    domain::Outcome replace(const Record& expected, const Record& wanted)
    {
        const domain::Result<Record> current = m_access.read(session(), wanted);
        if (!current)
            return current.error();
        if (*current != expected)
            return changedSince(m_access.name(*current));
        return m_access.write(session(), wanted);
    }

    Record m_before;
    Record m_after;
    Access m_access;
};

// A member's details or status changed, or the member ceased.
QUndoCommand* memberChange(MutualSession& session, const QString& text, const domain::Member& before,
                           const domain::Member& after);
// The mutual's settings changed.
QUndoCommand* settingsChange(MutualSession& session, const domain::Mutual& before,
                             const domain::Mutual& after);
// A meeting's details changed.
QUndoCommand* meetingChange(MutualSession& session, const domain::Meeting& before,
                            const domain::Meeting& after);

} // namespace mutualise::app
