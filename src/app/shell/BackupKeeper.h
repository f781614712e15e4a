#pragma once

#include <QObject>
#include <QString>

class QThread;

namespace mutualise::app {

// Keeps a backup of each mutual the window opens for writing, at most one a day, on a thread of its own
// so that a large file opens at once (storage::BackupRotation says which are kept, and where).
class BackupKeeper : public QObject
{
    Q_OBJECT

public:
    explicit BackupKeeper(QObject* parent = nullptr);
    ~BackupKeeper() override;

    // The folder under which every mutual's backups are kept: "backups" in the user's data folder,
    // beside the demo mutual.
    static QString backupsFolder();

    // Writes today's backup of the mutual at `path` if there is none yet, after any under way.
    void keep(const QString& path);
    // Waits for a backup under way: before the file it reads is restored, moved or closed for good.
    void waitForDone();
    bool isKeeping() const { return m_thread != nullptr; }

Q_SIGNALS:
    // A backup was written, with what the status bar says of it; or it could not be, and why.
    void kept(const QString& summary);
    void failed(const QString& message);

private:
    QThread* m_thread = nullptr;
    quint64 m_generation = 0; // which backup's finishing is wanted: waiting moves it on
};

} // namespace mutualise::app
