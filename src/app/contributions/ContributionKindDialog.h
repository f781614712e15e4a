#pragma once

#include "domain/Contribution.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ContributionKindDialog;
}

namespace mutualise::app {

class MutualSession;

// Adds a kind of contribution of the mutual's own ("sponsorship"): its name and the key that the
// command line and reports use, suggested from the name.
class ContributionKindDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ContributionKindDialog(MutualSession& session, QWidget* parent = nullptr);
    ~ContributionKindDialog() override;

    QString shownError() const { return m_shownError; }
    void accept() override;

Q_SIGNALS:
    void kindAdded(const domain::ContributionKind& kind);

private:
    void suggestKey();
    void clearErrors();

    std::unique_ptr<Ui::ContributionKindDialog> m_ui;
    MutualSession& m_session;
    bool m_isKeyTyped = false;
    QString m_shownError;
};

} // namespace mutualise::app
