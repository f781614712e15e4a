#pragma once

#include "app/widgets/FieldErrors.h"
#include "domain/Error.h"
#include "domain/Reinvestment.h"

#include <QDialog>
#include <QHash>

#include <memory>
#include <optional>

class QLabel;

namespace Ui {
class GrantDialog;
}

namespace mutualise::app {

class MutualSession;

// Records a grant from the community fund to a project, approved by a carried motion. It shows what
// the fund holds on the grant's date; a grant larger than that, or one to a closed project, is refused
// in place and nothing is written. Grants are final, so Record asks first.
class GrantDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GrantDialog(MutualSession& session, QWidget* parent = nullptr);
    ~GrantDialog() override;

    void setProject(qint64 projectId);
    // The message of the last error shown; empty if none.
    QString shownError() const { return m_errors.shown(); }
    // What the form says the fund holds on the grant's date.
    QString fundBalanceText() const;
    std::optional<domain::Grant> grant() const;

    void accept() override;

private:
    void loadProjects();
    void loadMotions();
    std::optional<domain::Project> chosenProject() const;
    bool isBenefitRequired() const;
    void updateForProject();
    // The user changed a field: a refusal shown for the old input goes, and the form is checked again.
    void inputChanged();
    void revalidate();
    void record(const domain::Grant& grant);
    void showFieldHint(QWidget* field, const QString& message);
    void clearErrors();
    void showError(const domain::Error& error);

    std::unique_ptr<Ui::GrantDialog> m_ui;
    MutualSession& m_session;
    QList<domain::Project> m_projects;
    FieldErrors m_errors;
    // The last refusal shown beside a field, kept through checks that the user's edits did not cause
    // (a date field committing its text as the focus leaves it).
    QWidget* m_refusalField = nullptr;
    QString m_refusal;
};

} // namespace mutualise::app
