#include "app/reinvestment/SavingsTab.h"

#include "app/reinvestment/SavingsGridModel.h"
#include "app/reinvestment/SavingsImportDialog.h"
#include "app/reinvestment/SavingsTotalsModel.h"
#include "app/shell/MutualSession.h"
#include "app/widgets/ChosenFile.h"
#include "app/widgets/ColumnWidths.h"
#include "app/widgets/DateEdit.h"
#include "app/widgets/PageWidgets.h"
#include "app/widgets/SortableTable.h"
#include "domain/Money.h"
#include "domain/Text.h"
#include "formats/OutputFile.h"
#include "storage/SavingsRepository.h"
#include "storage/ServiceRepository.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mutualise::app {

namespace {

// The red of a negative saving, as the tables show it.
const QString negativeColour = u"#b00020"_s;

QString dateText(const QDate& date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

// Period items carry their first and last days; "other dates" carries none.
constexpr int PeriodFromRole = Qt::UserRole;
constexpr int PeriodToRole = Qt::UserRole + 1;

} // namespace

SavingsTab::SavingsTab(QWidget* parent)
    : QWidget(parent)
    , m_gridModel(new SavingsGridModel(this))
    , m_totalsModel(new SavingsTotalsModel(this))
{
    m_openPathChooser = [this] {
        return QFileDialog::getOpenFileName(this, tr("Import Savings"), documentsFolder(),
                                            tr("CSV files (*.csv);;All files (*)"));
    };
    m_readOnlyLabel = new QLabel(
        tr("This mutual is open read-only: its savings can be read, not edited or imported."), this);
    m_readOnlyLabel->setObjectName(u"savingsReadOnlyLabel"_s);
    m_readOnlyLabel->setWordWrap(true);
    m_readOnlyLabel->hide();
    m_noticeLabel = createNoticeLabel(u"savingsNoticeLabel"_s, this);

    m_views = new QTabWidget(this);
    m_views->setObjectName(u"savingsViews"_s);
    // Alt+S, A, P and C are the page's tabs; F, V and H the menus.
    m_views->addTab(createGridTab(), tr("&Grid"));
    m_views->addTab(createTotalsTab(), tr("T&otals"));
    m_views->setDocumentMode(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnlyLabel);
    layout->addWidget(m_noticeLabel);
    layout->addWidget(m_views, 1);

    connect(m_views, &QTabWidget::currentChanged, this, [this] {
        if (m_views->currentIndex() == 1) {
            reloadTotals();
        }
    });
    setSession(nullptr);
}

SavingsTab::~SavingsTab() = default;

QWidget* SavingsTab::createGridTab()
{
    auto* tab = new QWidget(this);
    m_serviceCombo = new QComboBox(tab);
    m_serviceCombo->setObjectName(u"savingsServiceCombo"_s);
    m_serviceCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_serviceCombo->setMinimumContentsLength(16);
    auto* serviceLabel = new QLabel(tr("S&ervice:"), tab);
    serviceLabel->setBuddy(m_serviceCombo);
    m_periodCombo = new QComboBox(tab);
    m_periodCombo->setObjectName(u"savingsPeriodCombo"_s);
    m_periodCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* periodLabel = new QLabel(tr("Pe&riod:"), tab);
    periodLabel->setBuddy(m_periodCombo);
    m_fromEdit = new DateEdit(tab);
    m_fromEdit->setObjectName(u"savingsFromEdit"_s);
    auto* fromLabel = new QLabel(tr("Fro&m:"), tab);
    fromLabel->setBuddy(m_fromEdit);
    m_toEdit = new DateEdit(tab);
    m_toEdit->setObjectName(u"savingsToEdit"_s);
    auto* toLabel = new QLabel(tr("&To:"), tab);
    toLabel->setBuddy(m_toEdit);
    m_importButton = new QPushButton(tr("&Import CSV…"), tab);
    m_importButton->setObjectName(u"savingsImportButton"_s);
    m_importButton->setToolTip(tr("Record the savings in a CSV file: all of them, or none if any row is "
                                  "refused. You see what it would do before anything is recorded."));

    auto* serviceRow = new QHBoxLayout;
    serviceRow->addWidget(serviceLabel);
    serviceRow->addWidget(m_serviceCombo, 1);
    serviceRow->addSpacing(12);
    serviceRow->addWidget(periodLabel);
    serviceRow->addWidget(m_periodCombo);
    auto* datesRow = new QHBoxLayout;
    datesRow->addWidget(fromLabel);
    datesRow->addWidget(m_fromEdit);
    datesRow->addSpacing(12);
    datesRow->addWidget(toLabel);
    datesRow->addWidget(m_toEdit);
    datesRow->addStretch();
    datesRow->addWidget(m_importButton);

    m_gridView = createTable(tab, u"savingsGridView"_s);
    m_gridView->setModel(m_gridModel);
    m_gridView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_gridView->setShowGrid(true);
    m_gridView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                | QAbstractItemView::AnyKeyPressed);
    m_gridView->horizontalHeader()->setMinimumSectionSize(48);
    // The amounts and the member's number always show; the evidence takes the room left over, and the
    // name gives way to it only as far as a usual name needs.
    m_gridFitter = new ColumnFitter(m_gridView, SavingsGridModel::EvidenceColumn,
                                    12 * fontMetrics().averageCharWidth(), {});

    m_gridTotalLabel = new QLabel(tab);
    m_gridTotalLabel->setObjectName(u"savingsGridTotalLabel"_s);
    m_gridTotalLabel->setTextFormat(Qt::RichText);
    m_gridTotalLabel->setWordWrap(true);
    m_messageLabel = new QLabel(tab);
    m_messageLabel->setObjectName(u"savingsMessageLabel"_s);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(u"QLabel { color: %1; }"_s.arg(negativeColour));
    m_messageLabel->hide();
    m_changesLabel = new QLabel(tab);
    m_changesLabel->setObjectName(u"savingsChangesLabel"_s);
    m_saveButton = new QPushButton(tr("Save cha&nges"), tab);
    m_saveButton->setObjectName(u"savingsSaveButton"_s);
    m_discardButton = new QPushButton(tr("&Discard"), tab);
    m_discardButton->setObjectName(u"savingsDiscardButton"_s);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_changesLabel, 1);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_discardButton);

    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(serviceRow);
    layout->addLayout(datesRow);
    layout->addWidget(m_gridView, 1);
    layout->addWidget(m_gridTotalLabel);
    layout->addWidget(m_messageLabel);
    layout->addLayout(buttons);

    connect(m_serviceCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_isChoosing) {
            return;
        }
        const Grid wanted { m_serviceCombo->currentData().toLongLong(), {}, {} };
        if (!resolveUnsavedChanges()) {
            chooseGrid(m_shownGrid);
            return;
        }
        chooseGrid(wanted);
    });
    connect(m_periodCombo, &QComboBox::currentIndexChanged, this, &SavingsTab::periodChosen);
    for (DateEdit* edit : { m_fromEdit, m_toEdit }) {
        connect(edit, &DateEdit::dateChanged, this, &SavingsTab::datesEdited);
    }
    connect(m_importButton, &QPushButton::clicked, this, &SavingsTab::chooseAndImportCsv);
    connect(m_saveButton, &QPushButton::clicked, this, &SavingsTab::saveChanges);
    connect(m_discardButton, &QPushButton::clicked, this, &SavingsTab::discardChanges);
    connect(m_gridModel, &SavingsGridModel::refused, this, &SavingsTab::showMessage);
    // An edit taken, saved or dropped: the refusal of an earlier one no longer applies.
    connect(m_gridModel, &QAbstractItemModel::dataChanged, this, [this] { showMessage({}); });
    connect(m_gridModel, &SavingsGridModel::changesChanged, this, [this] {
        updateGridTotal();
        updateActions();
    });
    return tab;
}

QWidget* SavingsTab::createTotalsTab()
{
    auto* tab = new QWidget(this);
    m_groupingCombo = new QComboBox(tab);
    m_groupingCombo->setObjectName(u"savingsGroupingCombo"_s);
    m_groupingCombo->addItem(tr("Member"), static_cast<int>(domain::SavingsGrouping::Member));
    m_groupingCombo->addItem(tr("Service"), static_cast<int>(domain::SavingsGrouping::Service));
    m_groupingCombo->addItem(tr("Member class"), static_cast<int>(domain::SavingsGrouping::Class));
    m_groupingCombo->addItem(tr("Financial year"), static_cast<int>(domain::SavingsGrouping::Year));
    m_groupingCombo->setCurrentIndex(1);
    auto* groupingLabel = new QLabel(tr("&By:"), tab);
    groupingLabel->setBuddy(m_groupingCombo);
    m_yearCombo = new QComboBox(tab);
    m_yearCombo->setObjectName(u"savingsYearCombo"_s);
    m_yearCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* yearLabel = new QLabel(tr("&Year:"), tab);
    yearLabel->setBuddy(m_yearCombo);
    auto* controls = new QHBoxLayout;
    controls->addWidget(groupingLabel);
    controls->addWidget(m_groupingCombo);
    controls->addSpacing(12);
    controls->addWidget(yearLabel);
    controls->addWidget(m_yearCombo);
    controls->addStretch();

    m_totalsView = createTable(tab, u"savingsTotalsView"_s);
    makeSortable(m_totalsView, m_totalsModel);
    m_totalsFitter = new ColumnFitter(m_totalsView, SavingsTotalsModel::KeyColumn,
                                      16 * fontMetrics().averageCharWidth(), {});
    m_totalsTotalLabel = new QLabel(tab);
    m_totalsTotalLabel->setObjectName(u"savingsTotalsTotalLabel"_s);
    m_totalsTotalLabel->setTextFormat(Qt::RichText);
    m_totalsTotalLabel->setWordWrap(true);

    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_totalsView, 1);
    layout->addWidget(m_totalsTotalLabel);

    connect(m_groupingCombo, &QComboBox::currentIndexChanged, this, &SavingsTab::reloadTotals);
    connect(m_yearCombo, &QComboBox::currentIndexChanged, this, &SavingsTab::reloadTotals);
    return tab;
}

QWidget* SavingsTab::mainWidget() const
{
    return m_views->currentIndex() == 0 ? m_gridView : m_totalsView;
}

void SavingsTab::setOpenPathChooser(OpenPathChooser chooser)
{
    m_openPathChooser = std::move(chooser);
}

bool SavingsTab::isEditable() const
{
    return m_session && !m_session->file().isReadOnly();
}

bool SavingsTab::hasUnsavedChanges() const
{
    return m_gridModel->hasChanges();
}

void SavingsTab::setSession(MutualSession* session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        // The window closes the mutual without asking its pages; edits not saved yet are offered first.
        if (session != m_session && hasUnsavedChanges()) {
            QMessageBox box(QMessageBox::Question, tr("Unsaved Savings"),
                            tr("Save the changes to the savings grid before the mutual closes?"),
                            QMessageBox::Save | QMessageBox::Discard, this);
            box.setObjectName(u"savingsCloseBox"_s);
            if (box.exec() == QMessageBox::Save) {
                saveChanges();
            }
        }
    }
    m_session = session;
    m_gridModel->load(nullptr, domain::Currency::gbp(), 0, {}, {}, false);
    m_shownGrid = {};
    if (session) {
        connect(session, &MutualSession::dataChanged, this, &SavingsTab::reload);
        connect(session, &QObject::destroyed, this, [this] {
            // Too late to save: the file is going.
            m_gridModel->load(nullptr, domain::Currency::gbp(), 0, {}, {}, false);
            setSession(nullptr);
        });
        // Closing the window with edits not saved asks first.
        if (QWidget* top = window(); top != this && top != m_watchedWindow) {
            if (m_watchedWindow) {
                m_watchedWindow->removeEventFilter(this);
            }
            m_watchedWindow = top;
            top->installEventFilter(this);
        }
    }
    m_views->setEnabled(session != nullptr);
    m_messageLabel->hide();
    m_noticeLabel->hide();
    reload();
}

bool SavingsTab::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_watchedWindow && event->type() == QEvent::Close && hasUnsavedChanges()) {
        if (!resolveUnsavedChanges()) {
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool SavingsTab::resolveUnsavedChanges()
{
    if (!hasUnsavedChanges()) {
        return true;
    }
    QMessageBox box(QMessageBox::Question, tr("Unsaved Savings"),
                    tr("%n line(s) of the savings grid changed and not saved. Save them?", nullptr,
                       m_gridModel->changedLineCount()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(u"savingsUnsavedBox"_s);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        saveChanges();
        return !hasUnsavedChanges();
    case QMessageBox::Discard:
        discardChanges();
        return true;
    default:
        return false;
    }
}

void SavingsTab::reload()
{
    m_readOnlyLabel->setVisible(m_session && m_session->file().isReadOnly());
    reloadServices();
    reloadYears();
    reloadTotals();
    updateActions();
}

void SavingsTab::reloadServices()
{
    const qint64 wanted = m_shownGrid.serviceId;
    m_isChoosing = true;
    m_serviceCombo->clear();
    if (m_session) {
        const auto services = storage::ServiceRepository(m_session->file()).services();
        if (services) {
            for (const domain::Service& service : *services) {
                m_serviceCombo->addItem(domain::visibleText(service.name), service.id);
            }
        } else {
            showMessage(services.error().message);
        }
    }
    if (m_serviceCombo->count() == 0) {
        m_serviceCombo->addItem(tr("No services yet"), 0);
    }
    m_isChoosing = false;
    const int found = m_serviceCombo->findData(wanted);
    Grid grid = m_shownGrid;
    if (found < 0) {
        grid = { m_serviceCombo->itemData(0).toLongLong(), {}, {} };
    }
    chooseGrid(grid);
}

// Shows the grid wanted: its service, then its period, or the service's latest recorded period (the
// financial year of today when none is recorded) when it names none.
void SavingsTab::chooseGrid(const Grid& wanted)
{
    m_isChoosing = true;
    m_serviceCombo->setCurrentIndex(std::max(0, m_serviceCombo->findData(wanted.serviceId)));
    const qint64 serviceId = m_serviceCombo->currentData().toLongLong();
    m_periodCombo->clear();
    QList<std::pair<QDate, QDate>> periods;
    if (m_session && serviceId > 0) {
        // The latest first: the period a finance officer is most likely working on.
        if (const auto recorded = storage::SavingsRepository(m_session->file()).periods(serviceId)) {
            for (const domain::Period& period : *recorded) {
                periods.append({ period.first, period.last });
            }
        }
    }
    Grid grid { serviceId, wanted.from, wanted.to };
    if (m_session && (!grid.from.isValid() || !grid.to.isValid())) {
        // The latest period recorded for the service, or this financial year when none is.
        const domain::Period thisYear = m_session->mutual().financialYearContaining(QDate::currentDate());
        grid.from = periods.isEmpty() ? thisYear.first : periods.constFirst().first;
        grid.to = periods.isEmpty() ? thisYear.last : periods.constFirst().second;
    }
    if (m_session) {
        const domain::Period thisYear = m_session->mutual().financialYearContaining(QDate::currentDate());
        if (!periods.contains(std::pair { thisYear.first, thisYear.last })) {
            periods.prepend({ thisYear.first, thisYear.last });
        }
    }
    for (const auto& [from, to] : periods) {
        //: A period of savings: "01/04/2025 – 31/03/2026"
        m_periodCombo->addItem(tr("%1 – %2").arg(dateText(from), dateText(to)));
        m_periodCombo->setItemData(m_periodCombo->count() - 1, from, PeriodFromRole);
        m_periodCombo->setItemData(m_periodCombo->count() - 1, to, PeriodToRole);
    }
    m_periodCombo->addItem(tr("Other dates"));
    int periodIndex = m_periodCombo->count() - 1;
    for (int index = 0; index + 1 < m_periodCombo->count(); ++index) {
        if (m_periodCombo->itemData(index, PeriodFromRole).toDate() == grid.from
            && m_periodCombo->itemData(index, PeriodToRole).toDate() == grid.to) {
            periodIndex = index;
        }
    }
    m_periodCombo->setCurrentIndex(periodIndex);
    if (m_fromEdit->date() != grid.from || grid.from.isNull()) {
        m_fromEdit->setDate(grid.from);
    }
    if (m_toEdit->date() != grid.to || grid.to.isNull()) {
        m_toEdit->setDate(grid.to);
    }
    m_isChoosing = false;
    showGrid(grid);
}

void SavingsTab::periodChosen()
{
    if (m_isChoosing) {
        return;
    }
    const int index = m_periodCombo->currentIndex();
    const QDate from = m_periodCombo->itemData(index, PeriodFromRole).toDate();
    const QDate to = m_periodCombo->itemData(index, PeriodToRole).toDate();
    if (!from.isValid()) {
        // Other dates: the fields are typed into.
        m_fromEdit->setFocus();
        m_fromEdit->selectAll();
        return;
    }
    if (!resolveUnsavedChanges()) {
        chooseGrid(m_shownGrid);
        return;
    }
    chooseGrid({ m_serviceCombo->currentData().toLongLong(), from, to });
}

void SavingsTab::datesEdited()
{
    if (m_isChoosing) {
        return;
    }
    const Grid grid = chosenGrid();
    // While a date's text is not a date, the field says so and the grid shown stays.
    if (!grid.from.isValid() || !grid.to.isValid() || grid == m_shownGrid) {
        return;
    }
    if (grid.to < grid.from) {
        showMessage(tr("The period ends on %1, before it starts on %2: choose another last day.")
                        .arg(dateText(grid.to), dateText(grid.from)));
        return;
    }
    if (!resolveUnsavedChanges()) {
        chooseGrid(m_shownGrid);
        return;
    }
    chooseGrid(grid);
}

SavingsTab::Grid SavingsTab::chosenGrid() const
{
    return { m_serviceCombo->currentData().toLongLong(), m_fromEdit->date(), m_toEdit->date() };
}

void SavingsTab::showGrid(const Grid& grid)
{
    m_shownGrid = grid;
    m_gridModel->load(m_session ? &m_session->file() : nullptr,
                      m_session ? m_session->mutual().currency : domain::Currency::gbp(), grid.serviceId,
                      grid.from, grid.to, isEditable());
    if (!m_gridModel->lastError().isEmpty()) {
        showMessage(m_gridModel->lastError());
    }
    fitGridColumns();
    updateGridTotal();
    updateActions();
}

void SavingsTab::fitGridColumns()
{
    const domain::Currency currency = m_session ? m_session->mutual().currency : domain::Currency::gbp();
    const QString amount = domain::Money(-99'999'999, currency).format(QLocale());
    QStringList numbers { u"C0000"_s };
    QStringList names { QString(16, u'n') };
    for (int row = 0; row < m_gridModel->rowCount(); ++row) {
        numbers << m_gridModel->index(row, SavingsGridModel::NumberColumn).data().toString();
        // Room for the names shown, up to a long one; a longer one shows on hover or by widening.
        names << m_gridModel->index(row, SavingsGridModel::NameColumn).data().toString().left(32);
    }
    m_gridFitter->fit(SavingsGridModel::NumberColumn, numbers);
    m_gridFitter->fit(SavingsGridModel::NameColumn, names);
    for (const int column : { SavingsGridModel::BaselineColumn, SavingsGridModel::ActualColumn,
                              SavingsGridModel::SavingColumn }) {
        m_gridFitter->fit(column, { amount });
    }
    m_gridFitter->apply();
}

void SavingsTab::fitTotalsColumns()
{
    const domain::Currency currency = m_session ? m_session->mutual().currency : domain::Currency::gbp();
    const QString amount = domain::Money(-9'999'999'999, currency).format(QLocale());
    for (const int column : { SavingsTotalsModel::BaselineColumn, SavingsTotalsModel::ActualColumn,
                              SavingsTotalsModel::SavingColumn }) {
        m_totalsFitter->fit(column, { amount });
    }
    m_totalsFitter->apply();
}

namespace {

// "£1,250.00", or in red with its minus sign when negative.
QString moneyHtml(qint64 minorUnits, const domain::Currency& currency)
{
    const QString text = domain::Money(minorUnits, currency).format(QLocale()).toHtmlEscaped();
    return minorUnits < 0 ? u"<span style=\"color:%1\">%2</span>"_s.arg(negativeColour, text) : text;
}

} // namespace

void SavingsTab::updateGridTotal()
{
    if (!m_session || m_gridModel->serviceId() <= 0) {
        m_gridTotalLabel->setText(m_session ? tr("Add a service (mutualise-cli services add) to record the "
                                                 "savings it brings its members.")
                                            : tr("Open a mutual to see its savings."));
        return;
    }
    if (m_gridModel->rowCount() == 0) {
        m_gridTotalLabel->setText(tr("No member takes this service."));
        return;
    }
    const auto total = m_gridModel->total();
    if (!total) {
        m_gridTotalLabel->setText(total.error().message.toHtmlEscaped());
        return;
    }
    const domain::Currency currency = m_session->mutual().currency;
    //: %1 is "3 savings", then the baseline, the actual cost and the saving, each an amount
    m_gridTotalLabel->setText(
        tr("<b>Total</b> of %1: baseline <b>%2</b>, actual cost <b>%3</b>, saving <b>%4</b>")
            .arg(tr("%Ln saving(s)", nullptr, total->savings), moneyHtml(total->baseline, currency),
                 moneyHtml(total->actual, currency), moneyHtml(total->saving(), currency)));
}

void SavingsTab::reloadYears()
{
    const int wanted = m_yearCombo->currentData().isValid() ? m_yearCombo->currentData().toInt() : -1;
    const QSignalBlocker blocker(m_yearCombo);
    m_yearCombo->clear();
    m_yearCombo->addItem(tr("All years"));
    if (m_session) {
        const auto years
            = storage::SavingsRepository(m_session->file()).totals(domain::SavingsGrouping::Year);
        if (years) {
            for (auto row = years->rows.crbegin(); row != years->rows.crend(); ++row) {
                m_yearCombo->addItem(financialYearName(row->key.toInt()), row->key.toInt());
            }
        }
    }
    m_yearCombo->setCurrentIndex(std::max(0, m_yearCombo->findData(wanted)));
}

void SavingsTab::reloadTotals()
{
    const auto grouping = static_cast<domain::SavingsGrouping>(m_groupingCombo->currentData().toInt());
    std::optional<int> year;
    if (m_yearCombo->currentData().isValid()) {
        year = m_yearCombo->currentData().toInt();
    }
    const domain::Currency currency = m_session ? m_session->mutual().currency : domain::Currency::gbp();
    m_totalsModel->load(m_session ? &m_session->file() : nullptr, currency, grouping, year);
    fitTotalsColumns();
    if (!m_totalsModel->lastError().isEmpty()) {
        m_totalsTotalLabel->setText(m_totalsModel->lastError().toHtmlEscaped());
        return;
    }
    if (!m_session) {
        m_totalsTotalLabel->clear();
        return;
    }
    const domain::SavingsTotal total = m_totalsModel->total();
    m_totalsTotalLabel->setText(
        tr("<b>Total</b>: baseline <b>%1</b>, actual cost <b>%2</b>, saving <b>%3</b>")
            .arg(moneyHtml(total.baseline, currency), moneyHtml(total.actual, currency),
                 moneyHtml(total.saving, currency)));
}

void SavingsTab::updateActions()
{
    const bool isEditable = this->isEditable();
    const bool hasChanges = m_gridModel->hasChanges();
    m_importButton->setEnabled(isEditable);
    m_saveButton->setEnabled(isEditable && hasChanges);
    m_discardButton->setEnabled(hasChanges);
    m_changesLabel->setText(
        hasChanges ? tr("%n line(s) changed, not saved yet.", nullptr, m_gridModel->changedLineCount())
                   : QString());
    const bool hasService = m_session && m_serviceCombo->currentData().toLongLong() > 0;
    for (QWidget* control :
         std::initializer_list<QWidget*> { m_serviceCombo, m_periodCombo, m_fromEdit, m_toEdit }) {
        control->setEnabled(hasService);
    }
}

void SavingsTab::showMessage(const QString& message)
{
    m_messageLabel->setText(message);
    m_messageLabel->setVisible(!message.isEmpty());
}

void SavingsTab::saveChanges()
{
    if (!m_session || !m_gridModel->hasChanges()) {
        return;
    }
    const int lines = m_gridModel->changedLineCount();
    const domain::Outcome saved = m_gridModel->saveChanges();
    if (!saved) {
        showMessage(tr("Not every change was saved; the lines not saved keep their changes.\n%1")
                        .arg(saved.error().message));
    } else {
        showMessage({});
        m_noticeLabel->setText(tr("Saved %n line(s) of the savings grid.", nullptr, lines));
        m_noticeLabel->show();
    }
    // Other pages, and this tab's totals, read what was written.
    m_session->notifyChanged();
}

void SavingsTab::discardChanges()
{
    m_gridModel->discardChanges();
    showMessage({});
}

void SavingsTab::chooseAndImportCsv()
{
    if (!isEditable()) {
        return;
    }
    const QString path = m_openPathChooser();
    if (path.isEmpty()) {
        return;
    }
    // The mutual itself (or a file SQLite keeps beside it) is not a CSV file of savings.
    if (const auto isElsewhere = formats::checkNotMutual(path, m_session->path()); !isElsewhere) {
        QMessageBox::warning(this, tr("Savings Not Imported"),
                             tr("%1 is the mutual itself, not a CSV file of savings: choose the CSV file "
                                "to import.")
                                 .arg(domain::quotedText(QDir::toNativeSeparators(path))));
        return;
    }
    const auto file = readChosenFile(
        [path] { return path; },
        [this](const QString& message) { QMessageBox::warning(this, tr("Savings Not Imported"), message); });
    if (!file) {
        return;
    }
    auto* dialog = new SavingsImportDialog(*m_session, file->name, file->content, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, name = file->name] {
        m_noticeLabel->setText(
            tr("Imported %Ln saving(s) from %1.", nullptr, static_cast<int>(dialog->importedCount()))
                .arg(domain::quotedText(name)));
        m_noticeLabel->show();
    });
    dialog->open();
}

} // namespace mutualise::app
