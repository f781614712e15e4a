#include "app/meetings/ProxiesPanel.h"

#include "app/meetings/ProxyDialog.h"
#include "app/meetings/ProxyListModel.h"
#include "app/shell/MutualSession.h"
#include "app/widgets/ColumnWidths.h"
#include "app/widgets/PageWidgets.h"
#include "app/widgets/SortableTable.h"
#include "storage/MeetingRepository.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mutualise::app {

ProxiesPanel::ProxiesPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new ProxyListModel(this))
{
    m_model->setObjectName(u"proxiesModel"_s);
    createActions();
    createProxiesTable();
    QLayout* actions = createActionRow();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createProxiesStack(), 1);
    layout->addLayout(actions);

    m_errorPresenter = [this](const QString& title, const QString& message) {
        QMessageBox::warning(this, title, message);
    };
    setSession(nullptr);
}

ProxiesPanel::~ProxiesPanel() = default;

void ProxiesPanel::createActions()
{
    const auto action = [this](const QString& name, const QString& text, const QString& toolTip,
                               void (ProxiesPanel::*slot)()) {
        auto* created = new QAction(text, this);
        created->setObjectName(name);
        created->setToolTip(toolTip);
        connect(created, &QAction::triggered, this, slot);
        addAction(created);
        return created;
    };
    m_appointProxyAction
        = action(u"appointProxyAction"_s, tr("Appoint &Proxy…"),
                 tr("Record a member's proxy for this meeting"), &ProxiesPanel::appointProxy);
    m_revokeProxyAction = action(u"revokeProxyAction"_s, tr("Revo&ke Proxy"),
                                 tr("Withdraw the selected proxy appointment"), &ProxiesPanel::revokeProxy);
}

void ProxiesPanel::createProxiesTable()
{
    m_view = createTable(this, u"proxiesView"_s);
    m_sorted = makeSortable(m_view, m_model);
    m_view->horizontalHeader()->setSectionResizeMode(ProxyListModel::MemberColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ProxyListModel::HolderColumn, QHeaderView::Stretch);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProxiesPanel::updateActions);
}

QLayout* ProxiesPanel::createActionRow()
{
    auto* note = new QLabel(tr("A member represented by proxy counts as attending. The proxy casts its vote "
                               "with the method “By proxy”."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto* actions = new QHBoxLayout;
    actions->addWidget(note, 1);
    actions->addWidget(buttonFor(m_appointProxyAction, this));
    actions->addWidget(buttonFor(m_revokeProxyAction, this));
    return actions;
}

// The proxies, or a note that there are none.
QWidget* ProxiesPanel::createProxiesStack()
{
    auto* stack = new QStackedWidget(this);
    stack->addWidget(m_view);
    stack->addWidget(placeholderLabel(tr("No proxies appointed for this meeting."), stack));
    connect(m_model, &QAbstractItemModel::modelReset, this, [this, stack] {
        stack->setCurrentIndex(m_model->rowCount() == 0 ? 1 : 0);
        updateActions();
    });
    return stack;
}

void ProxiesPanel::fitColumns()
{
    QStringList directions { ProxyListModel::tr("As the proxy decides") };
    for (const domain::Choice choice : domain::allChoices()) {
        directions << domain::choiceLabel(choice);
    }
    fitColumnToTexts(m_view, ProxyListModel::DirectionColumn, directions);
}

void ProxiesPanel::setSession(MutualSession* session)
{
    m_session = session;
    m_meeting.reset();
    fitColumns();
    setMeeting(std::nullopt);
}

void ProxiesPanel::setMeeting(const std::optional<domain::Meeting>& meeting)
{
    m_meeting = m_session ? meeting : std::nullopt;
    m_model->setSource(m_session ? &m_session->file() : nullptr,
                       m_meeting ? std::optional(m_meeting->id) : std::nullopt);
    updateActions();
}

void ProxiesPanel::setErrorPresenter(ErrorPresenter presenter)
{
    m_errorPresenter = std::move(presenter);
}

void ProxiesPanel::showError(const QString& title, const QString& message)
{
    m_errorPresenter(title, message);
}

int ProxiesPanel::proxyCount() const
{
    return m_model->rowCount();
}

void ProxiesPanel::updateActions()
{
    const bool hasMeeting = m_meeting.has_value();
    m_appointProxyAction->setEnabled(hasMeeting);
    m_revokeProxyAction->setEnabled(hasMeeting && m_view->selectionModel()->selectedRows().size() == 1);
}

void ProxiesPanel::appointProxy()
{
    if (!m_session || !m_meeting) {
        return;
    }
    auto* dialog = new ProxyDialog(*m_session, m_meeting->id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ProxiesPanel::revokeProxy()
{
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (!m_session || !m_meeting || selected.size() != 1) {
        return;
    }
    const auto row = m_model->rowAt(m_sorted->mapToSource(selected.constFirst()).row());
    if (!row) {
        return;
    }
    const auto revoked
        = storage::MeetingRepository(m_session->file()).revokeProxy(m_meeting->id, row->appointment.memberId);
    if (!revoked) {
        showError(tr("Proxy Not Revoked"), revoked.error().message);
        return;
    }
    m_session->notifyChanged();
}

} // namespace mutualise::app
