#pragma once

#include "app/widgets/FieldErrors.h"
#include "domain/Error.h"
#include "domain/Member.h"
#include "domain/Reinvestment.h"

#include <QDialog>
#include <QHash>

#include <memory>
#include <optional>

class QLabel;

namespace Ui {
class PledgeDialog;
}

namespace mutualise::app {

class MemberCompleter;
class MutualSession;

// Records a member's pledge to a project. Only a proposed or approved project takes pledges: one that
// is funded, completed or withdrawn is refused in place with the rule "project-closed". Pledges are
// final, so Record asks first.
class PledgeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PledgeDialog(MutualSession& session, QWidget* parent = nullptr);
    ~PledgeDialog() override;

    void setProject(qint64 projectId);
    // Fills in the member, as if their number had been typed.
    void setMember(const domain::Member& member);
    // The message of the last error shown; empty if none.
    QString shownError() const { return m_errors.shown(); }
    std::optional<domain::Pledge> pledge() const;

    void accept() override;

private:
    void loadProjects();
    std::optional<domain::Project> chosenProject() const;
    // The user changed a field: a refusal shown for the old input goes, and the form is checked again.
    void inputChanged();
    void revalidate();
    void record(const domain::Pledge& pledge);
    void showFieldHint(QWidget* field, const QString& message);
    void clearErrors();
    void showError(const domain::Error& error);

    std::unique_ptr<Ui::PledgeDialog> m_ui;
    MutualSession& m_session;
    MemberCompleter* m_memberCompleter;
    std::optional<domain::Member> m_member;
    QList<domain::Project> m_projects;
    FieldErrors m_errors;
    // The last refusal shown beside a field, kept through checks that the user's edits did not cause
    // (a date field committing its text as the focus leaves it).
    QWidget* m_refusalField = nullptr;
    QString m_refusal;
};

} // namespace mutualise::app
