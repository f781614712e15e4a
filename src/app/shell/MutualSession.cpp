#include "app/shell/MutualSession.h"

namespace mutualise::app {

namespace {
constexpr int pollIntervalMs = 2000;
}

MutualSession::MutualSession(std::unique_ptr<storage::MutualFile> file, QObject* parent)
    : QObject(parent)
    , m_file(std::move(file))
    , m_mutual(m_file->mutual())
    , m_dataVersion(m_file->dataVersion())
{
    m_pollTimer.setInterval(pollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &MutualSession::pollForOutsideChanges);
    m_pollTimer.start();
}

MutualSession::~MutualSession() = default;

void MutualSession::notifyChanged()
{
    // Another program may have changed the settings; if they cannot be read now, keep the last known.
    if (auto current = m_file->readMutual())
        m_mutual = std::move(current).value();
    m_dataVersion = m_file->dataVersion();
    Q_EMIT dataChanged();
}

void MutualSession::recordUndoable(QUndoCommand* change)
{
    m_undoStack.push(change);
}

void MutualSession::pollForOutsideChanges()
{
    const qint64 version = m_file->dataVersion();
    if (version != m_dataVersion) {
        notifyChanged();
    }
}

} // namespace mutualise::app
