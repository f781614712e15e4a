#pragma once

#include "domain/Error.h"
#include "domain/Mutual.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class MutualSettingsDialog;
}

namespace mutualise::app {

// The mutual's settings and the rules from its constitution that the program enforces: name, legal
// form, registration, financial year, the cap on an individual's share capital, and the caps on
// interest and dividends that allocations of the surplus must keep to. The currency and the value of
// a share are fixed once the ledger has an entry, since they give every recorded amount its meaning.
class MutualSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // `save` stores the settings and says why not; the dialog stays open on a refusal, showing it.
    MutualSettingsDialog(const domain::Mutual& current, bool isLedgerInUse,
                         std::function<domain::Outcome(const domain::Mutual&)> save,
                         QWidget* parent = nullptr);
    ~MutualSettingsDialog() override;

    // The settings as entered, or the first problem with them.
    domain::Result<domain::Mutual> mutual() const;

private:
    void revalidate();
    void trySave();

    std::unique_ptr<Ui::MutualSettingsDialog> m_ui;
    domain::Mutual m_current;
    std::function<domain::Outcome(const domain::Mutual&)> m_save;
};

} // namespace mutualise::app
