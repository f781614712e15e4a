#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;

namespace mutualise::domain {
class Currency;
}

namespace mutualise::app {

class ColumnFitter;
class DateEdit;
class HoldingsModel;
class MemberCompleter;
class MutualSession;
class ShareLedgerModel;

// The share ledger and who holds what: every movement of share capital, filtered by member and
// dates, and the holdings on any day, with the actions that add entries and reverse them.
class ShareCapitalPage : public QWidget
{
    Q_OBJECT

public:
    explicit ShareCapitalPage(QWidget* parent = nullptr);
    ~ShareCapitalPage() override;

    // nullptr when the mutual is closed.
    void setSession(MutualSession* session);

    QAction* newEntryAction() const { return m_newEntryAction; }
    QAction* reverseEntryAction() const { return m_reverseEntryAction; }
    ShareLedgerModel* ledgerModel() const { return m_ledgerModel; }
    HoldingsModel* holdingsModel() const { return m_holdingsModel; }
    QTableView* ledgerView() const { return m_ledgerView; }
    DateEdit* holdingsDateEdit() const { return m_asOfEdit; }
    QTabWidget* tabs() const { return m_tabs; }
    // The table of the tab shown: where the focus goes when the page is chosen from the keyboard.
    QWidget* mainWidget() const;

private:
    enum Tab
    {
        LedgerTab,
        HoldingsTab,
    };

    QWidget* createLedgerTab();
    QWidget* createHoldingsTab();
    void fitLedgerColumns(const domain::Currency& currency, const QString& actor);
    void fitHoldingsColumns(const domain::Currency& currency);
    void reload();
    void applyLedgerFilter();
    void updateTotals();
    void updateActions();
    void openNewEntryDialog();
    void openReverseEntryDialog();

    MutualSession* m_session = nullptr;
    QAction* m_newEntryAction;
    QAction* m_reverseEntryAction;
    QLabel* m_totalsLabel = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_memberFilterEdit = nullptr;
    bool m_isMemberFilterUnknown = false;
    MemberCompleter* m_memberCompleter = nullptr;
    QCheckBox* m_fromCheck = nullptr;
    DateEdit* m_fromEdit = nullptr;
    QCheckBox* m_toCheck = nullptr;
    DateEdit* m_toEdit = nullptr;
    QLabel* m_ledgerStatusLabel = nullptr;
    QTableView* m_ledgerView = nullptr;
    ColumnFitter* m_ledgerFitter = nullptr;
    ShareLedgerModel* m_ledgerModel;
    DateEdit* m_asOfEdit = nullptr;
    QTableView* m_holdingsView = nullptr;
    ColumnFitter* m_holdingsFitter = nullptr;
    QLabel* m_holdingsTotalsLabel = nullptr;
    HoldingsModel* m_holdingsModel;
};

} // namespace mutualise::app
