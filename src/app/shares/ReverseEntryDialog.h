#pragma once

#include "domain/Error.h"
#include "storage/ShareLedgerRepository.h"

#include <QDialog>

#include <memory>

class QLineEdit;

namespace Ui {
class ReverseEntryDialog;
}

namespace mutualise::app {

class DateEdit;
class MutualSession;

// Confirms the reversal of one ledger line. The original stays in the ledger; storage appends the
// reversing entry (for a transfer, of both sides).
class ReverseEntryDialog : public QDialog
{
    Q_OBJECT

public:
    ReverseEntryDialog(MutualSession& session, const storage::ShareEntryRow& original,
                       QWidget* parent = nullptr);
    ~ReverseEntryDialog() override;

    DateEdit* dateEdit() const;
    QLineEdit* referenceEdit() const;
    QString shownError() const { return m_shownError; }

    void accept() override;

private:
    void describe(const storage::ShareEntryRow& original);
    void revalidate();
    void clearErrors();
    void showError(const domain::Error& error);

    std::unique_ptr<Ui::ReverseEntryDialog> m_ui;
    MutualSession& m_session;
    qint64 m_entryId = 0;
    QString m_shownError;
};

} // namespace mutualise::app
