#pragma once

#include "app/widgets/FieldErrors.h"
#include "domain/Contribution.h"

#include <QDialog>
#include <QHash>

#include <memory>
#include <optional>

class QLabel;
class QSortFilterProxyModel;

namespace Ui {
class ServiceDialog;
}

namespace mutualise::app {

class MutualSession;
class ServiceMembersModel;

// Adds a service or edits one: its name, description, start and end, and the members that take it,
// ticked in a list that a filter line narrows. Storage stores the service with its members in one
// transaction.
class ServiceDialog : public QDialog
{
    Q_OBJECT

public:
    // A new service, or `existing` to edit.
    ServiceDialog(MutualSession& session, const std::optional<domain::Service>& existing,
                  QWidget* parent = nullptr);
    ~ServiceDialog() override;

    QString shownError() const { return m_errors.shown(); }
    ServiceMembersModel* membersModel() const { return m_members; }
    QSortFilterProxyModel* membersFilter() const { return m_filter; }
    std::optional<domain::Service> service() const;

    void accept() override;

private:
    void collectErrorLabels();
    void revalidate();
    void updateMembersCount();
    void clearErrors();
    void showFieldHint(QWidget* field, const QString& message);

    std::unique_ptr<Ui::ServiceDialog> m_ui;
    MutualSession& m_session;
    std::optional<domain::Service> m_existing;
    ServiceMembersModel* m_members;
    QSortFilterProxyModel* m_filter;
    FieldErrors m_errors;
};

} // namespace mutualise::app
