#pragma once

#include "domain/Error.h"
#include "storage/ShareLedgerRepository.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace mutualise::app {

class MutualSession;

// Confirms the reversal of one ledger line. The original stays in the ledger; storage appends the
// reversing entry (for a transfer, of both sides).
class ReverseEntryDialog : public QDialog
{
    Q_OBJECT

public:
    ReverseEntryDialog(MutualSession& session, const storage::ShareEntryRow& original,
                       QWidget* parent = nullptr);

    QDateEdit* dateEdit() const { return m_dateEdit; }
    QLineEdit* referenceEdit() const { return m_referenceEdit; }
    QString shownError() const { return m_shownError; }

    void accept() override;

private:
    void revalidate();
    void showError(const domain::Error& error);

    MutualSession& m_session;
    qint64 m_entryId = 0;
    QDateEdit* m_dateEdit;
    QLineEdit* m_referenceEdit;
    QLabel* m_dateError;
    QLabel* m_referenceError;
    QDialogButtonBox* m_buttons;
    QString m_shownError;
};

} // namespace mutualise::app
