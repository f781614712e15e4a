#include "app/reinvestment/AllocationsTab.h"

#include "app/reinvestment/AllocationDialog.h"
#include "app/reinvestment/AllocationMembersModel.h"
#include "app/reinvestment/AllocationTableModel.h"
#include "app/shell/MutualSession.h"
#include "app/widgets/ColumnWidths.h"
#include "app/widgets/PageWidgets.h"
#include "app/widgets/SortableTable.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mutualise::app {

AllocationsTab::AllocationsTab(QWidget* parent)
    : QWidget(parent)
    // Alt+S, A, P and C are the page's tabs; F, V and H the menus'.
    , m_newAction(new QAction(tr("&New allocation…"), this))
    , m_editAction(new QAction(tr("Edit &draft…"), this))
    , m_model(new AllocationTableModel(this))
    , m_view(createTable(this, u"allocationsView"_s))
    , m_paymentsModel(new AllocationMembersModel(this))
    , m_paymentsView(createTable(this, u"allocationPaymentsView"_s))
{
    m_newAction->setObjectName(u"newAllocationAction"_s);
    m_editAction->setObjectName(u"editDraftAction"_s);
    m_newAction->setToolTip(tr("Work out how a financial year's surplus is allocated, and record it"));
    m_editAction->setToolTip(tr("Change the selected draft allocation, or approve it"));
    connect(m_newAction, &QAction::triggered, this, [this] { openDialog(false); });
    connect(m_editAction, &QAction::triggered, this, [this] { openDialog(true); });

    auto* header = new QHBoxLayout;
    auto* intro = new QLabel(tr("Each financial year's surplus, divided into reserves, interest on share "
                                "capital, rebates and the community fund."),
                             this);
    intro->setWordWrap(true);
    header->addWidget(intro, 1);
    header->addWidget(buttonFor(m_newAction, this));
    header->addWidget(buttonFor(m_editAction, this));

    m_proxy = makeSortable(m_view, m_model);
    m_fitter = new ColumnFitter(m_view, AllocationTableModel::ResolutionColumn, 120,
                                { AllocationTableModel::PeriodColumn, AllocationTableModel::ModeColumn,
                                  AllocationTableModel::ReservesColumn, AllocationTableModel::RateColumn });
    m_emptyLabel = placeholderLabel(tr("No allocation yet. Choose “New allocation…” to work one out from "
                                       "the share ledger and the year's service charges."),
                                    this);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_view);
    topLayout->addWidget(m_emptyLabel);

    m_reconcileLabel = new QLabel(this);
    m_reconcileLabel->setObjectName(u"reconcileLabel"_s);
    m_reconcileLabel->setWordWrap(true);
    m_reconcileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_paymentsModel->setCurrency(domain::Currency::gbp());
    makeSortable(m_paymentsView, m_paymentsModel);
    m_paymentsFitter = new ColumnFitter(
        m_paymentsView, AllocationMembersModel::NameColumn, 120,
        { AllocationMembersModel::ChargesColumn, AllocationMembersModel::ShareDaysColumn });
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_reconcileLabel);
    bottomLayout->addWidget(m_paymentsView, 1);
    // Keeps the line at the top while the payments are hidden (for a draft).
    bottomLayout->addStretch(0);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showSelected();
        updateActions();
    });
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (m_editAction->isEnabled()) {
            m_editAction->trigger();
        }
    });
    setSession(nullptr);
}

AllocationsTab::~AllocationsTab() = default;

QWidget* AllocationsTab::mainWidget() const
{
    return m_view;
}

void AllocationsTab::setSession(MutualSession* session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (session) {
        connect(session, &MutualSession::dataChanged, this, &AllocationsTab::reload);
        connect(session, &QObject::destroyed, this, [this] { setSession(nullptr); });
    }
    reload();
}

void AllocationsTab::reload()
{
    const int selected = selectedRow();
    // The year stays selected across a reload; 0 when none was.
    const int year = selected >= 0 ? m_model->rowAt(selected)->allocation.year : 0;
    const domain::Currency currency = m_session ? m_session->mutual().currency : domain::Currency::gbp();
    m_paymentsModel->setCurrency(currency);
    m_model->setSource(m_session ? &m_session->file() : nullptr, currency);
    const bool isEmpty = m_model->rowCount() == 0;
    m_view->setVisible(!isEmpty || !m_model->lastError().isEmpty());
    m_emptyLabel->setVisible(isEmpty && m_model->lastError().isEmpty() && m_session);
    fitColumns();
    if (year != 0 && m_model->rowOfYear(year)) {
        selectYear(year);
    } else if (!isEmpty && selectedRow() < 0) {
        // The latest year is the one a finance officer looks at first.
        selectYear(m_model->rowAt(m_model->rowCount() - 1)->allocation.year);
    }
    showSelected();
    updateActions();
}

void AllocationsTab::fitColumns()
{
    QStringList years;
    QStringList periods;
    QStringList amounts {
        domain::Money(0, m_session ? m_session->mutual().currency : domain::Currency::gbp()).format(QLocale())
    };
    for (int row = 0; row < m_model->rowCount(); ++row) {
        years.append(m_model->index(row, AllocationTableModel::YearColumn).data().toString());
        periods.append(m_model->index(row, AllocationTableModel::PeriodColumn).data().toString());
        amounts.append(m_model->index(row, AllocationTableModel::SurplusColumn).data().toString());
    }
    m_fitter->fit(AllocationTableModel::YearColumn, years);
    m_fitter->fit(AllocationTableModel::PeriodColumn, periods);
    m_fitter->fit(AllocationTableModel::StatusColumn, { tr("Approved"), tr("Draft") });
    for (const int column : { AllocationTableModel::SurplusColumn, AllocationTableModel::ReservesColumn,
                              AllocationTableModel::InterestColumn, AllocationTableModel::RebatesColumn,
                              AllocationTableModel::FundColumn }) {
        m_fitter->fit(column, amounts);
    }
    m_fitter->fit(AllocationTableModel::RateColumn, { percentFromBasisPoints(9999) });
    m_fitter->fit(AllocationTableModel::ModeColumn, { tr("Capitalised"), tr("Paid") });
    m_fitter->apply();
}

int AllocationsTab::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() != 1) {
        return -1;
    }
    return m_proxy->mapToSource(rows.constFirst()).row();
}

void AllocationsTab::selectYear(int year)
{
    const std::optional<int> row = m_model->rowOfYear(year);
    if (!row) {
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(*row, 0));
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void AllocationsTab::showSelected()
{
    const int row = selectedRow();
    if (!m_session || row < 0) {
        m_paymentsModel->clear();
        m_reconcileLabel->setText(!m_model->lastError().isEmpty() ? m_model->lastError()
                                      : m_model->rowCount() > 0
                                      ? tr("Select a year to see each member's part.")
                                      : QString());
        m_paymentsView->setVisible(false);
        return;
    }
    const storage::AllocationRow allocation = m_model->rowAt(row)->allocation;
    const domain::Currency currency = m_session->mutual().currency;
    const auto money
        = [&currency](qint64 amount) { return domain::Money(amount, currency).format(QLocale()); };
    qint64 allocated = 0;
    const bool isSumKnown = !qAddOverflow(allocation.reserves, allocation.interestTotal, &allocated)
        && !qAddOverflow(allocated, allocation.rebates, &allocated)
        && !qAddOverflow(allocated, allocation.fund, &allocated);
    //: %1 a financial year, then the parts of its allocation and the surplus they add up to
    QString text = tr("%1: %2 reserves + %3 interest + %4 rebates + %5 fund = %6 surplus.")
                       .arg(financialYearName(allocation.period), money(allocation.reserves),
                            money(allocation.interestTotal), money(allocation.rebates),
                            money(allocation.fund), money(allocation.surplus));
    if (!isSumKnown || allocated != allocation.surplus) {
        text
            = tr("%1: the parts (reserves %2, interest %3, rebates %4, fund %5) do not add up to the surplus "
                 "of %6.")
                  .arg(financialYearName(allocation.period), money(allocation.reserves),
                       money(allocation.interestTotal), money(allocation.rebates), money(allocation.fund),
                       money(allocation.surplus));
    }
    if (!allocation.isApproved) {
        text += u' '
            + tr("A draft: nothing is paid until it is approved. “Edit draft…” shows each member's part.");
        m_paymentsModel->clear();
        m_paymentsView->setVisible(false);
        m_reconcileLabel->setText(text);
        return;
    }
    m_paymentsModel->showParts(storage::AllocationRepository(m_session->file()).memberParts(allocation));
    if (!m_paymentsModel->lastError().isEmpty()) {
        text += u' ' + m_paymentsModel->lastError();
    }
    m_reconcileLabel->setText(text);
    m_paymentsView->setVisible(true);
    const QStringList amounts { money(allocation.interestTotal), money(allocation.rebates) };
    m_paymentsFitter->fit(AllocationMembersModel::NumberColumn, { u"WWWW0000"_s });
    m_paymentsFitter->fit(AllocationMembersModel::ShareDaysColumn, { QLocale().toString(999'999'999) });
    m_paymentsFitter->fit(AllocationMembersModel::InterestColumn, amounts);
    m_paymentsFitter->fit(AllocationMembersModel::CapitalisedColumn, { QLocale().toString(9'999'999) });
    // Fitting shows a column: the shares bought are hidden again when the interest was paid.
    m_paymentsView->setColumnHidden(AllocationMembersModel::CapitalisedColumn,
                                    allocation.interestMode != domain::InterestMode::Capitalise);
    m_paymentsFitter->fit(AllocationMembersModel::ChargesColumn, { money(allocation.surplus) });
    m_paymentsFitter->fit(AllocationMembersModel::RebateColumn, amounts);
    m_paymentsFitter->apply();
}

void AllocationsTab::updateActions()
{
    const bool isWritable = m_session && !m_session->file().isReadOnly();
    const int row = selectedRow();
    m_newAction->setEnabled(isWritable);
    m_editAction->setEnabled(isWritable && row >= 0 && !m_model->rowAt(row)->allocation.isApproved);
}

void AllocationsTab::openDialog(bool isEditingDraft)
{
    if (!m_session || m_session->file().isReadOnly()) {
        return;
    }
    auto* dialog = new AllocationDialog(*m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const int row = selectedRow();
    if (isEditingDraft && row >= 0) {
        dialog->setDraft(m_model->rowAt(row)->allocation);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->recordedYear()) {
            selectYear(*dialog->recordedYear());
        }
    });
    dialog->open();
}

} // namespace mutualise::app
