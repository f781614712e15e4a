#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace mutualise::app {

class ColumnFitter;
class MutualSession;
class ServicesModel;

// The services the mutual provides its members: a table with the members that take each, and the
// actions that add a service and edit one.
class ServicesTab : public QWidget
{
    Q_OBJECT

public:
    explicit ServicesTab(QWidget* parent = nullptr);

    void setSession(MutualSession* session);
    MutualSession* session() const { return m_session; }
    void reload();

    QAction* newServiceAction() const { return m_newAction; }
    QAction* editServiceAction() const { return m_editAction; }
    QTableView* view() const { return m_view; }
    ServicesModel* model() const { return m_model; }
    QWidget* mainWidget() const;

private:
    void updateActions();
    void openServiceDialog(bool isEdit);

    MutualSession* m_session = nullptr;
    QAction* m_newAction;
    QAction* m_editAction;
    ServicesModel* m_model;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    ColumnFitter* m_fitter = nullptr;
    QLabel* m_statusLabel = nullptr;
};

} // namespace mutualise::app
