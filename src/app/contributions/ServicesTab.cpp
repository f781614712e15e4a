#include "app/contributions/ServicesTab.h"

#include "app/contributions/ServiceDialog.h"
#include "app/contributions/ServicesModel.h"
#include "app/shell/MutualSession.h"
#include "app/widgets/ColumnWidths.h"
#include "app/widgets/PageWidgets.h"
#include "app/widgets/SortableTable.h"
#include "storage/ServiceRepository.h"

#include <QAction>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mutualise::app {

ServicesTab::ServicesTab(QWidget* parent)
    : QWidget(parent)
    // Alt+A is the Totals tab's and Alt+V the View menu's.
    , m_newAction(new QAction(tr("Ne&w Service…"), this))
    , m_editAction(new QAction(tr("E&dit Service…"), this))
    , m_model(new ServicesModel(this))
{
    m_newAction->setObjectName(u"newServiceAction"_s);
    m_editAction->setObjectName(u"editServiceAction"_s);
    m_editAction->setToolTip(
        tr("Change the service selected, its dates and the members that take it (Enter)"));
    m_view = createTable(this, u"servicesView"_s);
    m_proxy = makeSortable(m_view, m_model);
    m_fitter = new ColumnFitter(m_view, ServicesModel::DescriptionColumn, 120, {});
    m_fitter->fit(ServicesModel::NameColumn, { QString(28, u'n') });
    m_fitter->fit(ServicesModel::StartColumn, sampleShortDates());
    m_fitter->fit(ServicesModel::EndColumn, sampleShortDates() << ServicesModel::tr("open-ended"));
    m_fitter->fit(ServicesModel::MembersColumn, { QLocale().toString(99'999) });
    m_fitter->apply();
    // Enter on a service edits it, as a double-click does.
    auto* editOnEnter = new QAction(this);
    editOnEnter->setShortcuts({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
    editOnEnter->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(editOnEnter);
    connect(editOnEnter, &QAction::triggered, m_editAction, &QAction::trigger);
    connect(m_view, &QTableView::doubleClicked, m_editAction, &QAction::trigger);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"servicesStatusLabel"_s);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(buttonFor(m_newAction, this));
    buttons->addWidget(buttonFor(m_editAction, this));
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_statusLabel);

    connect(m_newAction, &QAction::triggered, this, [this] { openServiceDialog(false); });
    connect(m_editAction, &QAction::triggered, this, [this] { openServiceDialog(true); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ServicesTab::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ServicesTab::updateActions);
    updateActions();
}

QWidget* ServicesTab::mainWidget() const
{
    return m_view;
}

void ServicesTab::setSession(MutualSession* session)
{
    m_session = session;
    reload();
}

void ServicesTab::reload()
{
    if (!m_session) {
        m_model->setServices(QList<domain::Service> {});
        m_statusLabel->clear();
    } else {
        m_model->setServices(storage::ServiceRepository(m_session->file()).services());
        m_statusLabel->setText(m_model->lastError().isEmpty()
                                   ? tr("%n service(s)", nullptr, m_model->rowCount())
                                   : m_model->lastError());
        // The keyboard finds a service chosen, ready to edit with Enter.
        if (m_model->rowCount() > 0 && !m_view->selectionModel()->hasSelection()) {
            m_view->selectRow(0);
        }
    }
    updateActions();
}

void ServicesTab::updateActions()
{
    const bool isWritable = m_session && !m_session->file().isReadOnly();
    m_newAction->setEnabled(isWritable);
    m_editAction->setEnabled(isWritable && m_view->selectionModel()->selectedRows().size() == 1);
}

void ServicesTab::openServiceDialog(bool isEdit)
{
    if (!m_session || m_session->file().isReadOnly()) {
        return;
    }
    std::optional<domain::Service> existing;
    if (isEdit) {
        const QModelIndexList selected = m_view->selectionModel()->selectedRows();
        if (selected.size() != 1) {
            return;
        }
        existing = m_model->rowAt(m_proxy->mapToSource(selected.constFirst()).row());
        if (!existing) {
            return;
        }
    }
    auto* dialog = new ServiceDialog(*m_session, existing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace mutualise::app
