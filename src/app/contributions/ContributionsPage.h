#pragma once

#include "storage/ContributionRepository.h"

#include <QSet>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;

namespace mutualise::app {

class ColumnFitter;
class ContributionChartsTab;
class ContributionEntriesModel;
class ContributionTotalsModel;
class DateEdit;
class MemberCompleter;
class MutualSession;
class ServicesTab;

// What members contribute besides share capital: the entries, their totals and charts, and the services the
// mutual provides, with the actions that record a contribution and reverse one.
class ContributionsPage : public QWidget
{
    Q_OBJECT

public:
    enum Tab
    {
        EntriesTab,
        TotalsTab,
        ChartsTab,
        ServicesTabIndex,
    };

    explicit ContributionsPage(QWidget* parent = nullptr);
    ~ContributionsPage() override;

    // nullptr when the mutual is closed.
    void setSession(MutualSession* session);
    // Where the focus goes when the page or tab is chosen from the keyboard.
    QWidget* mainWidget() const;

    QAction* newContributionAction() const { return m_newAction; }
    QAction* reverseEntryAction() const { return m_reverseAction; }
    QTabWidget* tabs() const { return m_tabs; }
    ContributionEntriesModel* entriesModel() const { return m_entriesModel; }
    QTableView* entriesView() const { return m_entriesView; }
    ContributionTotalsModel* totalsModel() const { return m_totalsModel; }
    ContributionChartsTab* chartsTab() const { return m_chartsTab; }
    ServicesTab* servicesTab() const { return m_servicesTab; }
    // What the Entries tab's filters list, and the total of those entries as storage adds it up.
    storage::ContributionFilter entriesFilter() const;
    std::optional<qint64> entriesTotal() const { return m_entriesTotal; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createEntriesTab();
    QWidget* createTotalsTab();
    void fitEntriesColumns();
    void reload();
    void fillKindCombos();
    void applyEntriesFilter();
    void updateEntriesStatus();
    domain::Result<qint64> totalOfEntries(const storage::ContributionFilter& filter) const;
    void reloadTotals();
    // Reads again what the tab shown needs; the other tabs are read when they are chosen.
    void reloadCurrentTab();
    void updateActions();
    void openNewContributionDialog();
    void reverseSelectedEntry();
    void selectReversedEntry(const QModelIndex& index);

    MutualSession* m_session = nullptr;
    // Whether the file changed while the page was hidden, and which tabs have not been read since.
    bool m_isStale = false;
    QSet<int> m_staleTabs;
    QAction* m_newAction;
    QAction* m_reverseAction;
    QTabWidget* m_tabs = nullptr;
    // Entries
    QLineEdit* m_memberFilterEdit = nullptr;
    MemberCompleter* m_memberCompleter = nullptr;
    bool m_isMemberFilterUnknown = false;
    QComboBox* m_kindFilterCombo = nullptr;
    QCheckBox* m_fromCheck = nullptr;
    DateEdit* m_fromEdit = nullptr;
    QCheckBox* m_toCheck = nullptr;
    DateEdit* m_toEdit = nullptr;
    QTableView* m_entriesView = nullptr;
    ColumnFitter* m_entriesFitter = nullptr;
    QLabel* m_entriesStatusLabel = nullptr;
    ContributionEntriesModel* m_entriesModel;
    std::optional<qint64> m_entriesTotal;
    // Totals
    QComboBox* m_groupingCombo = nullptr;
    QComboBox* m_totalsKindCombo = nullptr;
    QCheckBox* m_totalsFromCheck = nullptr;
    DateEdit* m_totalsFromEdit = nullptr;
    QCheckBox* m_totalsToCheck = nullptr;
    DateEdit* m_totalsToEdit = nullptr;
    QTableView* m_totalsView = nullptr;
    QLabel* m_totalsStatusLabel = nullptr;
    ContributionTotalsModel* m_totalsModel;
    ContributionChartsTab* m_chartsTab = nullptr;
    ServicesTab* m_servicesTab = nullptr;
};

} // namespace mutualise::app
