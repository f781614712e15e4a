#pragma once

#include "domain/Mutual.h"
#include "storage/MutualFile.h"

#include <QObject>
#include <QTimer>
#include <QUndoStack>

#include <memory>

namespace mutualise::app {

// The mutual open in the window. Pages read through file() and call notifyChanged() after every
// successful write; every page listens to dataChanged() and reloads. A timer also notices commits
// made by another program (the CLI, another window) and announces them the same way.
class MutualSession : public QObject
{
    Q_OBJECT

public:
    explicit MutualSession(std::unique_ptr<storage::MutualFile> file, QObject* parent = nullptr);
    ~MutualSession() override;

    storage::MutualFile& file() const { return *m_file; }
    domain::Mutual mutual() const { return m_mutual; }
    QString path() const { return m_file->path(); }

    void notifyChanged();

    // The changes made in the window that Edit > Undo takes back, most recent last (see
    // UndoableChange); a stack for each file opened, gone when it is closed.
    QUndoStack* undoStack() { return &m_undoStack; }
    // Pushes a change already made, for Edit > Undo.
    void recordUndoable(QUndoCommand* change);

Q_SIGNALS:
    void dataChanged();
    // An undo or redo was refused, and why; the change has left the stack.
    void undoRefused(const QString& title, const QString& message);

private:
    void pollForOutsideChanges();

    std::unique_ptr<storage::MutualFile> m_file;
    domain::Mutual m_mutual;
    qint64 m_dataVersion = 0;
    QTimer m_pollTimer;
    QUndoStack m_undoStack;
};

} // namespace mutualise::app
