#include "app/shell/BackupKeeper.h"

#include "domain/Counts.h"
#include "storage/BackupRotation.h"

#include <QDate>
#include <QDir>
#include <QStandardPaths>
#include <QThread>

#include <memory>

namespace mutualise::app {

namespace {

// What the thread found, handed over when it finishes.
struct Outcome
{
    bool isWritten = false;
    qint64 members = 0;
    QString error;
};

} // namespace

BackupKeeper::BackupKeeper(QObject* parent)
    : QObject(parent)
{ }

BackupKeeper::~BackupKeeper()
{
    waitForDone();
}

QString BackupKeeper::backupsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/Mutualise/backups");
}

void BackupKeeper::keep(const QString& path)
{
    waitForDone();
    const QString folder = backupsFolder();
    const QDate today = QDate::currentDate();
    if (path.isEmpty() || storage::BackupRotation(folder, path).hasBackupOn(today))
        return;
    const auto outcome = std::make_shared<Outcome>();
    m_thread = QThread::create([path, folder, today, outcome] {
        // A connection of its own, made and closed on this thread, that only reads.
        auto file = storage::MutualFile::openForReading(path, storage::MutualFile::currentActor());
        if (!file) {
            outcome->error = file.error().message;
            return;
        }
        const auto kept = storage::BackupRotation(folder, path).keep(**file, today);
        if (!kept) {
            outcome->error = kept.error().message;
            return;
        }
        outcome->isWritten = kept->has_value();
        outcome->members = kept->has_value() ? (*kept)->members : 0;
    });
    QThread* thread = m_thread;
    const quint64 generation = m_generation;
    connect(thread, &QThread::finished, this, [this, thread, outcome, generation] {
        // Finished after waitForDone() had already waited for it and deleted it: nothing to report.
        if (generation != m_generation)
            return;
        m_thread = nullptr;
        thread->deleteLater();
        if (!outcome->error.isEmpty())
            Q_EMIT failed(tr("Today's backup could not be kept: %1").arg(outcome->error));
        else if (outcome->isWritten)
            Q_EMIT kept(tr("Today's backup is kept, with %1 (File > Restore from Backup… lists them).")
                            .arg(domain::memberCount(outcome->members)));
    });
    m_thread->start(QThread::LowPriority);
}

void BackupKeeper::waitForDone()
{
    ++m_generation;
    if (m_thread == nullptr)
        return;
    m_thread->wait();
    // Its finishing is not reported: whoever waited goes on at once.
    m_thread->disconnect(this);
    delete m_thread;
    m_thread = nullptr;
}

} // namespace mutualise::app
