#pragma once

#include <QWidget>

#include <optional>

namespace mutualise::storage {
struct MemberRow;
}

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTableWidget;
class QTimer;

namespace mutualise::app {

class ColumnFitter;
class MemberTableModel;
class MutualSession;

// The register of members: a searchable, filterable table of every member, the selected member's
// details and share ledger beside it, and the actions that add, edit and cease members.
class MembersPage : public QWidget
{
    Q_OBJECT

public:
    explicit MembersPage(QWidget* parent = nullptr);

    // nullptr when the mutual is closed.
    void setSession(MutualSession* session);

    MemberTableModel* model() const { return m_model; }
    QTableView* tableView() const { return m_table; }
    QLineEdit* searchField() const { return m_searchField; }
    std::optional<qint64> selectedMemberId() const;
    // The members table, the invitation to add the first member while the register is empty, or the
    // search field when nothing matches: where the focus goes when the page is chosen from the keyboard.
    QWidget* mainWidget() const;

    // Each opens its dialog without blocking and applies it when accepted.
    void addMember();
    void editSelectedMember();
    void ceaseSelectedMember();
    // Opens the share entry dialog for a subscription by the selected member.
    void recordSharesForSelectedMember();

    // Applies the search and filters now instead of after the typing pause.
    void applyFilters();

private:
    QWidget* createEmptyRegisterPanel();
    QWidget* createDetailPanel();
    void updateEmptyPanel();
    void fillMemberLedger(const storage::MemberRow& row);
    void sortMemberLedger(int column);
    void reloadClasses();
    void fitColumns();
    void fitNameColumn();
    void updateCount();
    void reloadAfterChange();
    void updateDetails();
    void updateActions();
    void selectMember(qint64 memberId);

    MutualSession* m_session = nullptr;
    MemberTableModel* m_model;
    QLineEdit* m_searchField;
    QComboBox* m_statusFilter;
    QComboBox* m_classFilter;
    QTimer* m_searchTimer;
    QStackedWidget* m_tableStack;
    QTableView* m_table;
    ColumnFitter* m_columnFitter;
    QLabel* m_emptyLabel;
    QPushButton* m_addFirstButton;
    QLabel* m_countLabel;
    QLabel* m_detailTitle;
    QLabel* m_detailText;
    QLabel* m_holdingText;
    QLabel* m_minimumWarning;
    QPushButton* m_recordSharesButton;
    QTableWidget* m_ledgerTable;
    QAction* m_addAction;
    QAction* m_editAction;
    QAction* m_ceaseAction;
    QPushButton* m_editButton;
    QPushButton* m_ceaseButton;
};

} // namespace mutualise::app
