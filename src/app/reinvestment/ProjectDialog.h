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
class ProjectDialog;
}

namespace mutualise::app {

class MutualSession;

// Adds a project to the fund's list or changes one: its title, category, recipient (named with its
// org-id), target, dates, status and outcomes. The checks of storage are shown beside the field they
// concern; a status that cannot be undone (approved, completed, withdrawn) is confirmed first.
class ProjectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProjectDialog(MutualSession& session, QWidget* parent = nullptr);
    ~ProjectDialog() override;

    // Edits `project` instead of adding a new one.
    void setProject(const domain::Project& project);
    // The project as saved, once Save has succeeded.
    std::optional<domain::Project> savedProject() const { return m_saved; }
    // The message of the last error shown; empty if none.
    QString shownError() const { return m_errors.shown(); }

    void accept() override;

private:
    void loadCategories(const QString& selectedKey);
    void loadStatuses();
    void askForNewCategory();
    void addCategory(const QString& label);
    std::optional<domain::Project> project() const;
    std::optional<qint64> target() const;
    // The user changed a field: a refusal shown for the old input goes, and the form is checked again.
    void inputChanged();
    void revalidate();
    void save(const domain::Project& project);
    void showFieldHint(QWidget* field, const QString& message);
    void clearErrors();
    void showError(const domain::Error& error);

    std::unique_ptr<Ui::ProjectDialog> m_ui;
    MutualSession& m_session;
    std::optional<domain::Project> m_original; // when editing
    std::optional<domain::Project> m_saved;
    FieldErrors m_errors;
    // The last refusal shown beside a field, kept through checks that the user's edits did not cause
    // (a date field committing its text as the focus leaves it).
    QWidget* m_refusalField = nullptr;
    QString m_refusal;
};

} // namespace mutualise::app
