#include "app/reinvestment/ProjectsTab.h"

#include "app/reinvestment/GrantDialog.h"
#include "app/reinvestment/GrantTableModel.h"
#include "app/reinvestment/PledgeDialog.h"
#include "app/reinvestment/PledgeTableModel.h"
#include "app/reinvestment/ProjectDialog.h"
#include "app/reinvestment/ProjectTableModel.h"
#include "app/shell/MutualSession.h"
#include "app/widgets/ColumnWidths.h"
#include "app/widgets/ConfirmationBox.h"
#include "app/widgets/PageWidgets.h"
#include "app/widgets/SortableTable.h"
#include "domain/Dates.h"
#include "domain/Money.h"
#include "storage/ProjectRepository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mutualise::app {

namespace {

// Draws a project's progress as a bar with its percentage, full at the target.
class ProgressDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const QVariant progress = index.data(ProjectTableModel::ProgressRole);
        if (!progress.isValid()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        // Draw the cell's background and selection, then the bar over it.
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        QStyle* style = option.widget ? option.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(3, 3, -3, -3);
        bar.minimum = 0;
        bar.maximum = 10'000;
        bar.progress = static_cast<int>(std::clamp<qint64>(progress.toLongLong(), 0, 10'000));
        bar.text = index.data().toString();
        bar.textVisible = true;
        bar.textAlignment = Qt::AlignCenter;
        bar.state = option.state | QStyle::State_Horizontal;
        bar.palette = option.palette;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
    }
};

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

} // namespace

ProjectsTab::ProjectsTab(QWidget* parent)
    : QWidget(parent)
    , m_projectsModel(new ProjectTableModel(this))
    , m_grantsModel(new GrantTableModel(this))
    , m_pledgesModel(new PledgeTableModel(this))
{
    createActions();

    m_fundLabel = new QLabel(this);
    m_fundLabel->setObjectName(u"fundLabel"_s);
    m_fundLabel->setWordWrap(true);
    m_fundLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_fundLabel->font();
    bold.setBold(true);
    m_fundLabel->setFont(bold);

    // Alt+S, A, P and C are the page's tabs, F, V and H the menus'.
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(u"statusFilter"_s);
    auto* statusLabel = new QLabel(tr("Stat&us:"), this);
    statusLabel->setBuddy(m_statusFilter);
    m_categoryFilter = new QComboBox(this);
    m_categoryFilter->setObjectName(u"categoryFilter"_s);
    m_categoryFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* categoryLabel = new QLabel(tr("Categor&y:"), this);
    categoryLabel->setBuddy(m_categoryFilter);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"projectCountLabel"_s);
    m_countLabel->setForegroundRole(QPalette::PlaceholderText);

    auto* filters = new QHBoxLayout;
    filters->addWidget(statusLabel);
    filters->addWidget(m_statusFilter);
    filters->addSpacing(8);
    filters->addWidget(categoryLabel);
    filters->addWidget(m_categoryFilter);
    filters->addSpacing(8);
    filters->addWidget(m_countLabel, 1);

    auto* statusButton = buttonFor(m_statusMenuAction, this);
    statusButton->setObjectName(u"statusButton"_s);
    statusButton->setPopupMode(QToolButton::InstantPopup);
    auto* buttons = new QHBoxLayout;
    for (QAction* action : { m_newAction, m_editAction, m_grantAction, m_pledgeAction }) {
        buttons->addWidget(buttonFor(action, this));
    }
    buttons->addWidget(statusButton);
    buttons->addStretch();

    m_projectsView = createTable(this, u"projectsView"_s);
    m_projectsProxy = makeSortable(m_projectsView, m_projectsModel);
    m_projectsView->setItemDelegateForColumn(ProjectTableModel::ProgressColumn, new ProgressDelegate(this));
    m_projectsFitter = new ColumnFitter(
        m_projectsView, ProjectTableModel::TitleColumn, 28 * fontMetrics().averageCharWidth(),
        { ProjectTableModel::OrgIdColumn, ProjectTableModel::CategoryColumn, ProjectTableModel::PledgedColumn,
          ProjectTableModel::TargetColumn, ProjectTableModel::RecipientColumn });

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"projectsSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_projectsView);
    splitter->addWidget(createDetails());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_fundLabel);
    layout->addLayout(buttons);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &ProjectsTab::applyFilter);
    connect(m_categoryFilter, &QComboBox::currentIndexChanged, this, &ProjectsTab::applyFilter);
    connect(m_projectsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetails();
        updateActions();
    });
    connect(m_projectsView, &QTableView::activated, this, [this] {
        if (m_editAction->isEnabled()) {
            m_editAction->trigger();
        }
    });
    setSession(nullptr);
}

ProjectsTab::~ProjectsTab() = default;

void ProjectsTab::createActions()
{
    m_newAction = new QAction(tr("&New project…"), this);
    m_editAction = new QAction(tr("Ed&it…"), this);
    m_grantAction = new QAction(tr("Record &grant…"), this);
    m_pledgeAction = new QAction(tr("Record p&ledge…"), this);
    m_statusMenuAction = new QAction(tr("Change s&tatus"), this);
    m_approveAction = new QAction(tr("&Approve…"), this);
    m_completeAction = new QAction(tr("Mark &completed…"), this);
    m_withdrawAction = new QAction(tr("&Withdraw…"), this);
    m_newAction->setObjectName(u"newProjectAction"_s);
    m_editAction->setObjectName(u"editProjectAction"_s);
    m_grantAction->setObjectName(u"recordGrantAction"_s);
    m_pledgeAction->setObjectName(u"recordPledgeAction"_s);
    m_approveAction->setObjectName(u"approveProjectAction"_s);
    m_completeAction->setObjectName(u"completeProjectAction"_s);
    m_withdrawAction->setObjectName(u"withdrawProjectAction"_s);
    m_grantAction->setToolTip(
        tr("Pay a grant from the community fund to the chosen project, on a carried motion"));
    m_pledgeAction->setToolTip(tr("Record a member's pledge to the chosen project"));
    auto* menu = new QMenu(this);
    menu->addAction(m_approveAction);
    menu->addAction(m_completeAction);
    menu->addAction(m_withdrawAction);
    m_statusMenuAction->setMenu(menu);

    connect(m_newAction, &QAction::triggered, this, [this] { openProjectDialog(false); });
    connect(m_editAction, &QAction::triggered, this, [this] { openProjectDialog(true); });
    connect(m_grantAction, &QAction::triggered, this, &ProjectsTab::openGrantDialog);
    connect(m_pledgeAction, &QAction::triggered, this, &ProjectsTab::openPledgeDialog);
    connect(m_approveAction, &QAction::triggered, this,
            [this] { changeStatus(domain::ProjectStatus::Approved); });
    connect(m_completeAction, &QAction::triggered, this,
            [this] { changeStatus(domain::ProjectStatus::Completed); });
    connect(m_withdrawAction, &QAction::triggered, this,
            [this] { changeStatus(domain::ProjectStatus::Withdrawn); });
}

QWidget* ProjectsTab::createDetails()
{
    m_detailsView = new QTextBrowser(this);
    m_detailsView->setObjectName(u"projectDetails"_s);
    m_detailsView->setOpenLinks(false);

    m_grantsView = createTable(this, u"grantsView"_s);
    makeSortable(m_grantsView, m_grantsModel);
    m_grantsFitter
        = new ColumnFitter(m_grantsView, GrantTableModel::MotionColumn, 14 * fontMetrics().averageCharWidth(),
                           { GrantTableModel::ReferenceColumn });
    m_pledgesView = createTable(this, u"pledgesView"_s);
    makeSortable(m_pledgesView, m_pledgesModel);
    m_pledgesFitter
        = new ColumnFitter(m_pledgesView, PledgeTableModel::MemberColumn,
                           18 * fontMetrics().averageCharWidth(), { PledgeTableModel::DateColumn });

    m_detailTabs = new QTabWidget(this);
    m_detailTabs->setObjectName(u"projectDetailTabs"_s);
    m_detailTabs->addTab(m_grantsView, tr("G&rants"));
    m_detailTabs->addTab(m_pledgesView, tr("Pl&edges"));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"detailsSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_detailsView);
    splitter->addWidget(m_detailTabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    return splitter;
}

QWidget* ProjectsTab::mainWidget() const
{
    return m_projectsView;
}

void ProjectsTab::setSession(MutualSession* session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (session) {
        connect(session, &MutualSession::dataChanged, this, &ProjectsTab::reload);
        connect(session, &QObject::destroyed, this, [this] { setSession(nullptr); });
    }
    reloadFilters();
    m_projectsModel->setSource(session ? &session->file() : nullptr,
                               session ? session->mutual() : domain::Mutual {});
    reload();
    fitColumns();
}

void ProjectsTab::reloadFilters()
{
    const QSignalBlocker statusBlocker(m_statusFilter);
    const QSignalBlocker categoryBlocker(m_categoryFilter);
    const QVariant status = m_statusFilter->currentData();
    const QVariant category = m_categoryFilter->currentData();
    m_statusFilter->clear();
    m_statusFilter->addItem(tr("All"));
    for (const auto each : domain::allProjectStatuses()) {
        m_statusFilter->addItem(domain::projectStatusLabel(each), static_cast<int>(each));
    }
    m_categoryFilter->clear();
    m_categoryFilter->addItem(tr("All"));
    if (m_session) {
        if (const auto categories = storage::ProjectRepository(m_session->file()).categories()) {
            for (const domain::ProjectCategory& each : *categories) {
                m_categoryFilter->addItem(domain::projectCategoryLabel(each), each.key);
            }
        }
    }
    m_statusFilter->setCurrentIndex(std::max(0, m_statusFilter->findData(status)));
    m_categoryFilter->setCurrentIndex(std::max(0, m_categoryFilter->findData(category)));
}

void ProjectsTab::applyFilter()
{
    const qint64 selected = selectedProject() ? selectedProject()->id : 0;
    const QVariant status = m_statusFilter->currentData();
    m_projectsModel->setFilter(
        status.isValid() ? std::optional(static_cast<domain::ProjectStatus>(status.toInt())) : std::nullopt,
        m_categoryFilter->currentData().toString());
    selectProject(selected);
    updateFund();
    updateDetails();
    updateActions();
}

void ProjectsTab::reload()
{
    const qint64 selected = selectedProject() ? selectedProject()->id : 0;
    // A category added from a dialog shows in the filter.
    reloadFilters();
    m_projectsModel->reload();
    selectProjectOrFirst(selected);
    updateFund();
    updateDetails();
    updateActions();
}

void ProjectsTab::fitColumns()
{
    const QLocale locale;
    const domain::Currency currency = m_projectsModel->currency();
    const QString amount = domain::Money(99'999'999, currency).format(locale);
    QStringList statuses;
    for (const auto status : domain::allProjectStatuses()) {
        statuses << domain::projectStatusLabel(status);
    }
    QStringList categories;
    for (int index = 1; index < m_categoryFilter->count(); ++index) {
        categories << m_categoryFilter->itemText(index);
    }
    m_projectsFitter->fit(ProjectTableModel::CategoryColumn, categories);
    // A recipient of usual length; a longer one shows on hover or by widening.
    m_projectsFitter->fit(ProjectTableModel::RecipientColumn, { QString(18, u'n') });
    m_projectsFitter->fit(ProjectTableModel::OrgIdColumn, { u"GB-COH-01234567"_s });
    m_projectsFitter->fit(ProjectTableModel::StatusColumn, statuses);
    m_projectsFitter->fit(ProjectTableModel::TargetColumn, { amount });
    m_projectsFitter->fit(ProjectTableModel::GrantedColumn, { amount });
    m_projectsFitter->fit(
        ProjectTableModel::PledgedColumn,
        { ProjectTableModel::tr("%1 / %2").arg(domain::Money(9'999'999, currency).format(locale),
                                               domain::Money(9'999'999, currency).format(locale)) });
    m_projectsFitter->fit(ProjectTableModel::ProgressColumn, { progressText(10'000) }, 24);
    m_projectsFitter->apply();
    const QString grantAmount = domain::Money(9'999'999, currency).format(locale);
    m_grantsFitter->fit(GrantTableModel::DateColumn, sampleShortDates());
    m_grantsFitter->fit(GrantTableModel::AmountColumn, { grantAmount });
    // A reference of usual length ("GRT-2021-1"); a longer one shows by widening.
    m_grantsFitter->fit(GrantTableModel::ReferenceColumn, { QString(10, u'n') });
    m_grantsFitter->apply();
    m_pledgesFitter->fit(PledgeTableModel::AmountColumn, { grantAmount });
    m_pledgesFitter->fit(PledgeTableModel::DateColumn, sampleShortDates());
    m_pledgesFitter->fit(
        PledgeTableModel::PaidColumn,
        { PledgeTableModel::tr("Not yet"),
          PledgeTableModel::tr("%1 so far").arg(domain::Money(99'999, currency).format(locale)) });
    m_pledgesFitter->apply();
}

void ProjectsTab::updateFund()
{
    if (!m_session) {
        m_fundLabel->clear();
        m_countLabel->clear();
        return;
    }
    const storage::ProjectRepository projects(m_session->file());
    const auto balance = projects.fundBalanceOn(QDate::currentDate());
    const auto granted = projects.totalGranted();
    if (!balance || !granted) {
        m_fundLabel->setText(!balance ? balance.error().message : granted.error().message);
    } else {
        const domain::Currency currency = m_session->mutual().currency;
        //: %1 and %2 are amounts of money
        m_fundLabel->setText(tr("Fund balance: %1 · granted to date: %2")
                                 .arg(domain::Money(*balance, currency).format(QLocale()),
                                      domain::Money(*granted, currency).format(QLocale())));
    }
    const int shown = m_projectsModel->rowCount();
    const auto total = static_cast<int>(m_projectsModel->projectCount());
    if (!m_projectsModel->lastError().isEmpty()) {
        m_countLabel->setText(m_projectsModel->lastError());
    } else if (shown == total) {
        m_countLabel->setText(tr("%n project(s)", nullptr, total));
    } else {
        //: %1 is how many projects the filter shows, of %n in all
        m_countLabel->setText(tr("%1 shown of %n project(s)", nullptr, total).arg(QLocale().toString(shown)));
    }
}

std::optional<domain::Project> ProjectsTab::selectedProject() const
{
    const QModelIndexList rows = m_projectsView->selectionModel()->selectedRows();
    if (rows.size() != 1) {
        return std::nullopt;
    }
    const auto row = m_projectsModel->rowAt(m_projectsProxy->mapToSource(rows.first()).row());
    if (!row) {
        return std::nullopt;
    }
    return row->project;
}

void ProjectsTab::selectProject(qint64 projectId)
{
    const auto row = m_projectsModel->rowOf(projectId);
    if (!row) {
        m_projectsView->clearSelection();
        return;
    }
    const QModelIndex index = m_projectsProxy->mapFromSource(m_projectsModel->index(*row, 0));
    m_projectsView->setCurrentIndex(index);
    m_projectsView->selectionModel()->select(index,
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_projectsView->scrollTo(index);
}

// The first project shown is chosen when the one asked for is not, so that the details below are never
// empty while there is a project to show.
void ProjectsTab::selectProjectOrFirst(qint64 projectId)
{
    selectProject(projectId);
    if (!selectedProject() && m_projectsProxy->rowCount() > 0) {
        const auto first
            = m_projectsModel->rowAt(m_projectsProxy->mapToSource(m_projectsProxy->index(0, 0)).row());
        selectProject(first ? first->project.id : 0);
    }
}

void ProjectsTab::updateDetails()
{
    const auto project = selectedProject();
    storage::MutualFile* file = m_session ? &m_session->file() : nullptr;
    const domain::Mutual mutual = m_session ? m_session->mutual() : domain::Mutual {};
    m_grantsModel->setProject(file, mutual, project ? project->id : 0);
    m_pledgesModel->setProject(file, mutual, project ? project->id : 0);
    m_detailTabs->setTabText(0, tr("G&rants (%1)").arg(QLocale().toString(m_grantsModel->rowCount())));
    m_detailTabs->setTabText(1, tr("Pl&edges (%1)").arg(QLocale().toString(m_pledgesModel->rowCount())));
    if (!project) {
        m_detailsView->setHtml(u"<p style='color:gray'>%1</p>"_s.arg(
            escaped(m_projectsModel->rowCount() == 0
                        ? tr("No project yet: add one with New project.")
                        : tr("Choose a project to see its details, grants and pledges."))));
        return;
    }
    const auto row = m_projectsModel->rowAt(m_projectsModel->rowOf(project->id).value_or(-1));
    const QLocale locale;
    auto money
        = [&mutual](qint64 amount) { return domain::Money(amount, mutual.currency).format(QLocale()); };
    QString html = u"<p><b>%1</b><br>%2 · %3</p>"_s.arg(escaped(project->title),
                                                        escaped(row ? row->categoryLabel : project->category),
                                                        escaped(domain::projectStatusLabel(project->status)));
    QString recipient = project->recipientName.isEmpty() ? tr("not named yet") : project->recipientName;
    if (!project->recipientOrgId.isEmpty()) {
        recipient = tr("%1 (%2)").arg(recipient, project->recipientOrgId);
    }
    if (domain::isRecipientAssetLockedOrCharity(*project)) {
        recipient = tr("%1, an asset-locked body or a charity").arg(recipient);
    }
    html += u"<p>"_s + tr("Recipient: %1").arg(escaped(recipient));
    if (row) {
        //: %1 the grants and money received, %2 the target, %3 the progress "25%"
        html += u"<br>"_s
            + tr("Progress: %1 of %2 (%3)")
                  .arg(money(row->granted + row->received), money(project->target),
                       progressText(row->progressBp));
    }
    const auto date = [&locale](const QDate& day) {
        return day.isValid() ? locale.toString(day, domain::typedDateFormat(locale)) : tr("not known");
    };
    if (project->startsOn.isValid() || project->endsOn.isValid()) {
        html += u"<br>"_s + tr("From %1 to %2").arg(date(project->startsOn), date(project->endsOn));
    }
    html += u"</p>"_s;
    if (!project->description.isEmpty()) {
        html += u"<p>%1</p>"_s.arg(escaped(project->description));
    }
    if (!project->outcomes.isEmpty()) {
        html += u"<p><b>%1</b><br>%2</p>"_s.arg(escaped(tr("Outcomes")), escaped(project->outcomes));
    }
    m_detailsView->setHtml(html);
}

void ProjectsTab::updateActions()
{
    const bool isWritable = m_session && !m_session->file().isReadOnly();
    const auto project = selectedProject();
    const auto canBecome = [&project](domain::ProjectStatus status) {
        return project && project->status != status && domain::checkStatusChange(project->status, status);
    };
    m_newAction->setEnabled(isWritable);
    m_editAction->setEnabled(isWritable && project);
    m_grantAction->setEnabled(isWritable && project && domain::checkProjectOpenForGrants(*project));
    m_pledgeAction->setEnabled(isWritable && project && !domain::isProjectClosed(project->status));
    m_approveAction->setEnabled(isWritable && canBecome(domain::ProjectStatus::Approved));
    m_completeAction->setEnabled(isWritable && canBecome(domain::ProjectStatus::Completed));
    m_withdrawAction->setEnabled(isWritable && canBecome(domain::ProjectStatus::Withdrawn));
    m_statusMenuAction->setEnabled(m_approveAction->isEnabled() || m_completeAction->isEnabled()
                                   || m_withdrawAction->isEnabled());
    const QString readOnly = tr("The file is open read-only.");
    for (QAction* action : { m_newAction, m_editAction, m_grantAction, m_pledgeAction }) {
        action->setStatusTip(m_session && !isWritable ? readOnly : QString());
    }
}

void ProjectsTab::showDialog(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QDialog* ProjectsTab::openProjectDialog(bool isEditing)
{
    if (!m_session || m_session->file().isReadOnly()) {
        return nullptr;
    }
    auto* dialog = new ProjectDialog(*m_session, this);
    if (isEditing) {
        const auto project = selectedProject();
        if (!project) {
            delete dialog;
            return nullptr;
        }
        dialog->setProject(*project);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const auto saved = dialog->savedProject()) {
            selectProject(saved->id);
        }
    });
    showDialog(dialog);
    return dialog;
}

QDialog* ProjectsTab::openGrantDialog()
{
    if (!m_session || m_session->file().isReadOnly()) {
        return nullptr;
    }
    auto* dialog = new GrantDialog(*m_session, this);
    if (const auto project = selectedProject()) {
        dialog->setProject(project->id);
    }
    showDialog(dialog);
    return dialog;
}

QDialog* ProjectsTab::openPledgeDialog()
{
    if (!m_session || m_session->file().isReadOnly()) {
        return nullptr;
    }
    auto* dialog = new PledgeDialog(*m_session, this);
    if (const auto project = selectedProject()) {
        dialog->setProject(project->id);
    }
    showDialog(dialog);
    return dialog;
}

// Statuses never go back, so each change is confirmed first.
void ProjectsTab::changeStatus(domain::ProjectStatus status)
{
    const auto project = selectedProject();
    if (!m_session || !project) {
        return;
    }
    Confirmation confirmation;
    confirmation.objectName = u"statusConfirmation"_s;
    confirmation.title = tr("Change the project's status");
    switch (status) {
    case domain::ProjectStatus::Approved:
        confirmation.text
            = tr("Approve “%1”? Members may still pledge to it. An approved project cannot go back to "
                 "proposed.")
                  .arg(project->title);
        confirmation.actionText = tr("&Approve");
        break;
    case domain::ProjectStatus::Completed:
        confirmation.text
            = tr("Mark “%1” as completed? It takes no more grants or pledges, and this cannot be "
                 "undone. Record its outcomes with Edit.")
                  .arg(project->title);
        confirmation.actionText = tr("Mark &Completed");
        break;
    default:
        confirmation.text
            = tr("Withdraw “%1”? It takes no more grants or pledges, and this cannot be undone.")
                  .arg(project->title);
        confirmation.actionText = tr("&Withdraw");
        break;
    }
    confirmation.actionObjectName = u"confirmStatusButton"_s;
    askToConfirm(this, confirmation, [this, changed = *project, status]() mutable {
        changed.status = status;
        const auto saved = storage::ProjectRepository(m_session->file()).update(changed);
        if (!saved) {
            auto* box = new QMessageBox(QMessageBox::Warning, tr("Status not changed"), saved.error().message,
                                        QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
        m_session->notifyChanged();
    });
}

} // namespace mutualise::app
