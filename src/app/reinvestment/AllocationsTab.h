#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace mutualise::app {

class AllocationMembersModel;
class AllocationTableModel;
class ColumnFitter;
class MutualSession;

// Each financial year's surplus allocation: the drafts and approved plans, and the dialog that works one out.
class AllocationsTab : public QWidget
{
    Q_OBJECT

public:
    explicit AllocationsTab(QWidget* parent = nullptr);
    ~AllocationsTab() override;

    // nullptr when the mutual is closed.
    void setSession(MutualSession* session);
    // Where the focus goes when the page or tab is chosen from the keyboard.
    QWidget* mainWidget() const;

    QAction* newAllocationAction() const { return m_newAction; }
    QAction* editDraftAction() const { return m_editAction; }

private:
    void reload();
    void fitColumns();
    void showSelected();
    void updateActions();
    void openDialog(bool isEditingDraft);
    void selectYear(int year);
    // The source row of the selected allocation; -1 when none is selected.
    int selectedRow() const;

    MutualSession* m_session = nullptr;
    QAction* m_newAction;
    QAction* m_editAction;
    AllocationTableModel* m_model;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view;
    ColumnFitter* m_fitter = nullptr;
    QLabel* m_emptyLabel;
    QLabel* m_reconcileLabel;
    AllocationMembersModel* m_paymentsModel;
    QTableView* m_paymentsView;
    ColumnFitter* m_paymentsFitter = nullptr;
};

} // namespace mutualise::app
