#pragma once

#include <QDate>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace mutualise::app {

class ColumnFitter;
class DateEdit;
class MutualSession;
class SavingsGridModel;
class SavingsTotalsModel;

// The savings the mutual makes its members: a grid per service and period, edited in place and saved
// with "Save changes" (or dropped with "Discard"), imports from CSV, and totals by member, service, class
// or financial year.
class SavingsTab : public QWidget
{
    Q_OBJECT

public:
    using OpenPathChooser = std::function<QString()>;

    explicit SavingsTab(QWidget* parent = nullptr);
    ~SavingsTab() override;

    // nullptr when the mutual is closed. Edits not saved yet are offered to be saved first.
    void setSession(MutualSession* session);
    // Where the focus goes when the page or tab is chosen from the keyboard.
    QWidget* mainWidget() const;

    // Asks whether to save or discard the grid's edits not saved yet; false when the user cancels (or
    // the save failed), so that whatever was about to replace the grid does not. True when there are
    // none.
    bool resolveUnsavedChanges();
    bool hasUnsavedChanges() const;

    // How Import CSV asks for the file (a file dialog; tests give a path).
    void setOpenPathChooser(OpenPathChooser chooser);

    QTabWidget* views() const { return m_views; }
    QComboBox* serviceCombo() const { return m_serviceCombo; }
    QComboBox* periodCombo() const { return m_periodCombo; }
    DateEdit* fromEdit() const { return m_fromEdit; }
    DateEdit* toEdit() const { return m_toEdit; }
    QTableView* gridView() const { return m_gridView; }
    SavingsGridModel* gridModel() const { return m_gridModel; }
    QLabel* gridTotalLabel() const { return m_gridTotalLabel; }
    QLabel* messageLabel() const { return m_messageLabel; }
    QPushButton* saveButton() const { return m_saveButton; }
    QPushButton* discardButton() const { return m_discardButton; }
    QPushButton* importButton() const { return m_importButton; }
    QComboBox* groupingCombo() const { return m_groupingCombo; }
    QComboBox* yearCombo() const { return m_yearCombo; }
    QTableView* totalsView() const { return m_totalsView; }
    SavingsTotalsModel* totalsModel() const { return m_totalsModel; }
    QLabel* totalsTotalLabel() const { return m_totalsTotalLabel; }

    void saveChanges();
    void discardChanges();
    void chooseAndImportCsv();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Grid
    {
        qint64 serviceId = 0;
        QDate from;
        QDate to;
        bool operator==(const Grid&) const = default;
    };

    QWidget* createGridTab();
    QWidget* createTotalsTab();
    void reload();
    void reloadServices();
    void reloadPeriods();
    void reloadGrid();
    void reloadTotals();
    void reloadYears();
    Grid chosenGrid() const;
    void showGrid(const Grid& grid);
    void chooseGrid(const Grid& wanted);
    void periodChosen();
    void datesEdited();
    void updateGridTotal();
    void updateActions();
    void showMessage(const QString& message);
    void fitGridColumns();
    void fitTotalsColumns();
    bool isEditable() const;

    MutualSession* m_session = nullptr;
    QPointer<QWidget> m_watchedWindow;
    OpenPathChooser m_openPathChooser;
    Grid m_shownGrid;
    bool m_isChoosing = false;
    QTabWidget* m_views = nullptr;
    QLabel* m_readOnlyLabel = nullptr;
    QLabel* m_noticeLabel = nullptr;
    QComboBox* m_serviceCombo = nullptr;
    QComboBox* m_periodCombo = nullptr;
    DateEdit* m_fromEdit = nullptr;
    DateEdit* m_toEdit = nullptr;
    QPushButton* m_importButton = nullptr;
    QTableView* m_gridView = nullptr;
    ColumnFitter* m_gridFitter = nullptr;
    SavingsGridModel* m_gridModel = nullptr;
    QLabel* m_gridTotalLabel = nullptr;
    QLabel* m_changesLabel = nullptr;
    QLabel* m_messageLabel = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_discardButton = nullptr;
    QComboBox* m_groupingCombo = nullptr;
    QComboBox* m_yearCombo = nullptr;
    QTableView* m_totalsView = nullptr;
    ColumnFitter* m_totalsFitter = nullptr;
    SavingsTotalsModel* m_totalsModel = nullptr;
    QLabel* m_totalsTotalLabel = nullptr;
};

} // namespace mutualise::app
