#pragma once

#include "storage/BackupRotation.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace mutualise::app {

// File > Restore from Backup…: the backups kept of the open mutual, newest first, each with its day,
// its members and where its audit trail ends (to set beside a printed report's footer). The backup
// chosen is checked as `verify` checks a file and, once the user confirms, accepted; the window then
// restores it, keeping the file as it is now aside.
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    // Asks before restoring; a box by default, replaceable so that tests never block. Calls `confirmed`
    // when the user goes on.
    using Confirmer
        = std::function<void(const QString& title, const QString& text, std::function<void()> confirmed)>;

    RestoreBackupDialog(const storage::BackupRotation& rotation, const QString& mutualName,
                        QWidget* parent = nullptr);

    void setConfirmer(Confirmer confirmer);
    // The backup to restore, once the dialog is accepted.
    QString chosenPath() const { return m_chosen; }

    QTableWidget* table() const { return m_table; }
    QPushButton* restoreButton() const { return m_restoreButton; }
    QLabel* messageLabel() const { return m_message; }
    // Checks the selected backup and, when it holds, asks to confirm.
    void restoreSelected();

private:
    void fill();

    QList<storage::KeptBackup> m_backups;
    QString m_mutualName;
    QString m_chosen;
    Confirmer m_confirmer;
    QTableWidget* m_table;
    QLabel* m_message;
    QPushButton* m_restoreButton;
};

} // namespace mutualise::app
