#include "app/meetings/AttendancePanel.h"

#include "app/meetings/AttendanceModel.h"
#include "app/shell/MutualSession.h"
#include "app/widgets/ColumnWidths.h"
#include "app/widgets/PageWidgets.h"
#include "app/widgets/SortableTable.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mutualise::app {

AttendancePanel::AttendancePanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new AttendanceModel(this))
{
    m_model->setObjectName(u"attendanceModel"_s);
    createActions();
    createAttendanceTable();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(createFindRow());
    layout->addWidget(m_view, 1);
    layout->addLayout(createActionRow());

    m_errorPresenter = [this](const QString& title, const QString& message) {
        QMessageBox::warning(this, title, message);
    };
    setSession(nullptr);
}

AttendancePanel::~AttendancePanel() = default;

void AttendancePanel::createActions()
{
    const auto action = [this](const QString& name, const QString& text, const QString& toolTip,
                               std::optional<domain::Attendance> attendance) {
        auto* created = new QAction(text, this);
        created->setObjectName(name);
        created->setToolTip(toolTip);
        connect(created, &QAction::triggered, this, [this, attendance] { setAttendance(attendance); });
        addAction(created);
        return created;
    };
    m_markPresentAction = action(u"markPresentAction"_s, tr("Mark &present"),
                                 tr("Record the selected members as present"), domain::Attendance::Present);
    m_markApologiesAction
        = action(u"markApologiesAction"_s, tr("Mark ap&ologies"),
                 tr("Record that the selected members sent apologies"), domain::Attendance::Apologies);
    m_clearAction = action(u"clearAttendanceAction"_s, tr("&Clear"),
                           tr("Remove what is recorded for the selected members (Delete)"), std::nullopt);
}

QLayout* AttendancePanel::createFindRow()
{
    m_findField = new QLineEdit(this);
    m_findField->setObjectName(u"attendanceFindField"_s);
    m_findField->setPlaceholderText(tr("Member number or name; Enter marks a single match present"));
    m_findField->setClearButtonEnabled(true);
    auto* findLabel = new QLabel(tr("Fin&d:"), this);
    findLabel->setBuddy(m_findField);
    auto* findRow = new QHBoxLayout;
    findRow->addWidget(findLabel);
    findRow->addWidget(m_findField, 1);
    connect(m_findField, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setFilterFixedString(text.trimmed());
        updateCount();
        updateActions();
    });
    connect(m_findField, &QLineEdit::returnPressed, this, &AttendancePanel::markFoundMemberPresent);
    return findRow;
}

void AttendancePanel::createAttendanceTable()
{
    m_view = createTable(this, u"attendanceView"_s);
    // One proxy sorts by the heading clicked and keeps the members that Find matches.
    m_filter = makeSortable(m_view, m_model);
    m_filter->setObjectName(u"attendanceFilter"_s);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1);
    // Several members at once: Shift and Ctrl pick a range or more, and one action marks them all.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->horizontalHeader()->setSectionResizeMode(AttendanceModel::NameColumn, QHeaderView::Stretch);
    auto* clearOnDelete = new QAction(m_view);
    clearOnDelete->setShortcut(QKeySequence::Delete);
    clearOnDelete->setShortcutContext(Qt::WidgetShortcut);
    connect(clearOnDelete, &QAction::triggered, m_clearAction, &QAction::trigger);
    m_view->addAction(clearOnDelete);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AttendancePanel::updateActions);
}

QLayout* AttendancePanel::createActionRow()
{
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"attendanceCountLabel"_s);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_countLabel, 1);
    actions->addWidget(buttonFor(m_markPresentAction, this));
    actions->addWidget(buttonFor(m_markApologiesAction, this));
    actions->addWidget(buttonFor(m_clearAction, this));
    return actions;
}

void AttendancePanel::fitColumns()
{
    QStringList attendances { AttendanceModel::tr("—") };
    for (const domain::Attendance attendance : domain::allAttendances()) {
        attendances << domain::attendanceLabel(attendance);
    }
    QStringList classes;
    if (m_session) {
        if (const auto all = storage::MemberRepository(m_session->file()).classes()) {
            for (const domain::MemberClass& memberClass : *all) {
                classes << memberClass.name;
            }
        }
    }
    fitColumnToTexts(m_view, AttendanceModel::NumberColumn, { u"C0000"_s });
    fitColumnToTexts(m_view, AttendanceModel::ClassColumn, classes);
    fitColumnToTexts(m_view, AttendanceModel::AttendanceColumn, attendances);
}

void AttendancePanel::setSession(MutualSession* session)
{
    m_session = session;
    m_meeting.reset();
    m_findField->clear();
    fitColumns();
    setMeeting(std::nullopt);
}

void AttendancePanel::setMeeting(const std::optional<domain::Meeting>& meeting)
{
    m_meeting = m_session ? meeting : std::nullopt;
    m_model->setSource(m_session ? &m_session->file() : nullptr,
                       m_meeting ? std::optional(m_meeting->id) : std::nullopt);
    updateCount();
    updateActions();
}

void AttendancePanel::setErrorPresenter(ErrorPresenter presenter)
{
    m_errorPresenter = std::move(presenter);
}

void AttendancePanel::showError(const QString& title, const QString& message)
{
    m_errorPresenter(title, message);
}

void AttendancePanel::updateCount()
{
    const QLocale locale;
    const int shown = m_filter->rowCount();
    const int all = m_model->rowCount();
    if (!m_model->lastError().isEmpty()) {
        m_countLabel->setText(m_model->lastError());
    } else if (shown == all) {
        m_countLabel->setText(tr("%Ln member(s) may attend", nullptr, all));
    } else {
        m_countLabel->setText(tr("%1 of %2 shown").arg(locale.toString(shown), locale.toString(all)));
    }
}

void AttendancePanel::updateActions()
{
    const bool hasSelection = m_meeting && !selectedMemberIds().isEmpty();
    for (QAction* action : { m_markPresentAction, m_markApologiesAction, m_clearAction }) {
        action->setEnabled(hasSelection);
    }
}

QList<qint64> AttendancePanel::selectedMemberIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows()) {
        ids.append(index.data(AttendanceModel::MemberIdRole).toLongLong());
    }
    return ids;
}

void AttendancePanel::setAttendance(std::optional<domain::Attendance> attendance)
{
    const QList<qint64> memberIds = selectedMemberIds();
    if (!m_session || !m_meeting || memberIds.isEmpty()) {
        return;
    }
    // All the members chosen, or none of them if storage refuses one.
    const auto recorded
        = storage::MeetingRepository(m_session->file()).setAttendance(m_meeting->id, memberIds, attendance);
    if (!recorded) {
        showError(tr("Attendance Not Recorded"), recorded.error().message);
        return;
    }
    m_session->notifyChanged();
}

// At the door: the number typed in Find leaves one member, and Enter marks that member present and
// selects the number, ready for the next one.
void AttendancePanel::markFoundMemberPresent()
{
    if (m_filter->rowCount() != 1) {
        if (m_filter->rowCount() > 1) {
            m_view->setFocus();
        }
        return;
    }
    m_view->selectRow(0);
    setAttendance(domain::Attendance::Present);
    m_findField->selectAll();
}

} // namespace mutualise::app
