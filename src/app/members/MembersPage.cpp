#include "app/members/MembersPage.h"

#include "app/members/CeaseMemberDialog.h"
#include "app/members/MemberDialog.h"
#include "app/members/MemberTableModel.h"
#include "app/shares/ShareEntryDialog.h"
#include "app/shell/MutualSession.h"
#include "app/shell/UndoableChange.h"
#include "app/widgets/ColumnWidths.h"
#include "app/widgets/PageWidgets.h"
#include "app/widgets/TableActions.h"
#include "domain/Counts.h"
#include "domain/Money.h"
#include "storage/ShareLedgerRepository.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace mutualise::app {

namespace {
constexpr int searchPauseMs = 250;

enum LedgerColumn
{
    LedgerDateColumn,
    LedgerEntryColumn,
    LedgerSharesColumn,
    LedgerAmountColumn,
};

// A cell of the member's own ledger that sorts by its value (a date, a number) rather than its text.
class LedgerItem : public QTableWidgetItem
{
public:
    LedgerItem(const QString& text, QVariant key)
        : QTableWidgetItem(text)
        , m_key(std::move(key))
    { }

    bool operator<(const QTableWidgetItem& other) const override
    {
        const auto* item = dynamic_cast<const LedgerItem*>(&other);
        if (item == nullptr) {
            return QTableWidgetItem::operator<(other);
        }
        return QVariant::compare(m_key, item->m_key) == QPartialOrdering::Less;
    }

private:
    QVariant m_key;
};

// The class most members now in the register belong to (ceased members left out): the likeliest one
// for a new member. Empty when the register has nobody in it yet.
std::optional<qint64> mostCommonClassId(const QList<storage::MemberCount>& counts)
{
    QMap<qint64, qint64> membersByClass; // ordered by class id, so a tie goes to the older class
    for (const auto& count : counts) {
        if (count.status != domain::MemberStatus::Ceased) {
            membersByClass[count.classId] += count.count;
        }
    }
    std::optional<qint64> mostCommon;
    qint64 most = 0;
    for (auto it = membersByClass.cbegin(); it != membersByClass.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            mostCommon = it.key();
        }
    }
    return mostCommon;
}
} // namespace

MembersPage::MembersPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new MemberTableModel(this))
    , m_searchField(new QLineEdit(this))
    , m_statusFilter(new QComboBox(this))
    , m_classFilter(new QComboBox(this))
    , m_searchTimer(new QTimer(this))
    , m_tableStack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_columnFitter(nullptr)
    , m_emptyLabel(new QLabel(this))
    , m_addFirstButton(new QPushButton(this))
    , m_countLabel(new QLabel(this))
    , m_detailTitle(new QLabel(this))
    , m_detailText(new QLabel(this))
    , m_holdingText(new QLabel(this))
    , m_minimumWarning(new QLabel(this))
    , m_recordSharesButton(new QPushButton(this))
    , m_ledgerTable(new QTableWidget(this))
    , m_addAction(new QAction(tr("&Add Member…"), this))
    , m_editAction(new QAction(tr("Ed&it…"), this))
    , m_ceaseAction(new QAction(tr("&Cease…"), this))
    , m_editButton(new QPushButton(this))
    , m_ceaseButton(new QPushButton(this))
{
    auto* title = new QLabel(tr("Members"), this);
    title->setFont(headlineFont(font(), 1.6));

    m_searchField->setObjectName(QStringLiteral("memberSearch"));
    m_searchField->setPlaceholderText(tr("Search number, name or e-mail (Ctrl+F)"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setMinimumWidth(160);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_classFilter->setObjectName(QStringLiteral("classFilter"));
    m_classFilter->setAccessibleName(tr("Class filter"));
    m_statusFilter->addItem(tr("All statuses"));
    for (const auto status : domain::allStatuses()) {
        m_statusFilter->addItem(domain::statusLabel(status), static_cast<int>(status));
    }
    m_classFilter->addItem(tr("All classes"));

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchPauseMs);
    connect(m_searchTimer, &QTimer::timeout, this, &MembersPage::applyFilters);
    connect(m_searchField, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &MembersPage::applyFilters);
    connect(m_classFilter, &QComboBox::currentIndexChanged, this, &MembersPage::applyFilters);

    // The page's shortcuts work anywhere in the window while the page is shown, even with the focus on
    // the sidebar just after Ctrl+2; the actions of a hidden page do not fire.
    auto* findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WindowShortcut);
    connect(findAction, &QAction::triggered, this, [this] {
        m_searchField->setFocus(Qt::ShortcutFocusReason);
        m_searchField->selectAll();
    });
    addAction(findAction);

    m_addAction->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QKeySequence(Qt::Key_Insert) });
    m_addAction->setShortcutContext(Qt::WindowShortcut);
    m_addAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    connect(m_addAction, &QAction::triggered, this, &MembersPage::addMember);
    addAction(m_addAction);
    m_editAction->setShortcuts({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
    m_editAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_editAction, &QAction::triggered, this, &MembersPage::editSelectedMember);
    m_table->addAction(m_editAction);
    // Delete on the selected member asks to cease them; the dialog's default answer is Cancel.
    m_ceaseAction->setShortcut(QKeySequence::Delete);
    m_ceaseAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_ceaseAction, &QAction::triggered, this, &MembersPage::ceaseSelectedMember);
    m_table->addAction(m_ceaseAction);

    auto* addButton = new QPushButton(tr("&Add Member…"), this);
    addButton->setToolTip(tr("Add a member to the register (Ctrl+Shift+N)"));
    connect(addButton, &QPushButton::clicked, this, &MembersPage::addMember);
    m_editButton->setText(tr("Ed&it…"));
    connect(m_editButton, &QPushButton::clicked, this, &MembersPage::editSelectedMember);
    m_editButton->setToolTip(tr("Edit the selected member (Enter)"));
    m_ceaseButton->setText(tr("&Cease…"));
    m_ceaseButton->setToolTip(tr("Record that the selected member has ceased (Delete)"));
    connect(m_ceaseButton, &QPushButton::clicked, this, &MembersPage::ceaseSelectedMember);

    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(addButton);
    header->addWidget(m_editButton);
    header->addWidget(m_ceaseButton);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_searchField, 1);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_classFilter);
    filters->addWidget(m_countLabel);

    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("membersTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setProperty(exportTitleProperty, tr("Members"));
    addCopyAndExport(m_table);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(MemberTableModel::NumberColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    // Tab moves on to the member's own ledger and the other controls; the arrow keys move between rows.
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights let the view skip measuring rows it never shows, which keeps large registers fast.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    // Every column fits what it can hold and the name takes the room left over. A narrow window keeps
    // the name readable and the number and holding in sight: the date of ceasing goes first, then the
    // type, the date of admission, the class and the status, all of which the details beside show.
    m_columnFitter = new ColumnFitter(
        m_table, MemberTableModel::NameColumn, 16 * fontMetrics().averageCharWidth(),
        { MemberTableModel::CeasedColumn, MemberTableModel::KindColumn, MemberTableModel::AdmittedColumn,
          MemberTableModel::ClassColumn, MemberTableModel::StatusColumn });
    fitColumns();
    connect(m_table, &QTableView::doubleClicked, this, &MembersPage::editSelectedMember);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateDetails();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const bool isEmpty = m_model->rowCount() == 0;
        m_tableStack->setCurrentIndex(isEmpty ? 1 : 0);
        fitNameColumn();
        updateEmptyPanel();
        updateCount();
        updateDetails();
        updateActions();
    });

    m_countLabel->setObjectName(QStringLiteral("membersShownLabel"));
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(createEmptyRegisterPanel());

    // The table gets about two thirds of the width and the details the rest, keeping that share as the
    // window is resized: with both stretch factors set the splitter scales the sizes below. At 1280
    // wide that leaves the details room for their ledger and the table room for all its columns.
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tableStack);
    splitter->addWidget(createDetailPanel());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 700, 300 });
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    setTabOrder(m_searchField, m_statusFilter);
    setTabOrder(m_statusFilter, m_classFilter);
    setTabOrder(m_classFilter, m_table);
    updateActions();
}

// Shown instead of the table when it has no rows: an invitation to add the first member while the
// register is empty, or a note that the search and filters leave nobody.
QWidget* MembersPage::createEmptyRegisterPanel()
{
    auto* panel = new QWidget(this);
    m_emptyLabel->setObjectName(QStringLiteral("membersEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setStyleSheet(QStringLiteral("color: palette(mid); font-size: 14pt;"));
    m_addFirstButton->setObjectName(QStringLiteral("addFirstMemberButton"));
    m_addFirstButton->setText(tr("Add the &first member…"));
    connect(m_addFirstButton, &QPushButton::clicked, this, &MembersPage::addMember);
    auto* layout = new QVBoxLayout(panel);
    layout->addStretch();
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_addFirstButton, 0, Qt::AlignHCenter);
    layout->addStretch();
    updateEmptyPanel();
    return panel;
}

void MembersPage::updateEmptyPanel()
{
    const storage::MemberQuery query = m_model->query();
    const bool isFiltered = !query.search.isEmpty() || query.status || query.classId;
    const bool isRegisterEmpty = m_session != nullptr && !isFiltered && m_model->rowCount() == 0;
    m_emptyLabel->setText(isRegisterEmpty ? tr("The register has no members yet.")
                                          : tr("No members match the search and filters."));
    m_addFirstButton->setVisible(isRegisterEmpty);
}

QWidget* MembersPage::createDetailPanel()
{
    auto* panel = new QWidget(this);
    panel->setMinimumWidth(270);
    panel->setMaximumWidth(560);
    m_detailTitle->setFont(headlineFont(font(), 1.25));
    m_detailTitle->setWordWrap(true);
    m_detailText->setWordWrap(true);
    m_detailText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_holdingText->setObjectName(QStringLiteral("memberHolding"));
    m_holdingText->setFont(headlineFont(font(), 1.1));
    m_holdingText->setWordWrap(true);
    m_minimumWarning->setObjectName(QStringLiteral("memberMinimumWarning"));
    m_minimumWarning->setWordWrap(true);
    m_minimumWarning->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4e5; color: #7a4100; border: 1px "
                       "solid #f0b76a; border-radius: 6px; padding: 6px; }"));
    m_minimumWarning->hide();
    m_recordSharesButton->setObjectName(QStringLiteral("recordSharesButton"));
    m_recordSharesButton->setText(tr("&Record shares…"));
    m_recordSharesButton->setToolTip(tr("Record a subscription of shares by this member"));
    connect(m_recordSharesButton, &QPushButton::clicked, this, &MembersPage::recordSharesForSelectedMember);
    auto* ledgerTitle = new QLabel(tr("Share ledger"), panel);
    ledgerTitle->setFont(headlineFont(font(), 1.0));

    m_ledgerTable->setColumnCount(4);
    m_ledgerTable->setHorizontalHeaderLabels({ tr("Date"), tr("Entry"), tr("Shares"), tr("Amount") });
    m_ledgerTable->verticalHeader()->hide();
    m_ledgerTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ledgerTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ledgerTable->setShowGrid(false);
    m_ledgerTable->setWordWrap(false);
    m_ledgerTable->setTabKeyNavigation(false);
    m_ledgerTable->setAlternatingRowColors(true);
    // The entry takes what the date and figures leave; in a narrow window the amount gives way first
    // (the holding above says it), so that no column is cut.
    const QLocale locale;
    QStringList kinds;
    for (const auto kind : { domain::ShareEntryKind::Subscription, domain::ShareEntryKind::Withdrawal,
                             domain::ShareEntryKind::Forfeiture, domain::ShareEntryKind::Reversal,
                             domain::ShareEntryKind::InterestCapitalised }) {
        kinds << domain::entryKindLabel(kind);
    }
    kinds << tr("%1 (%2)").arg(domain::entryKindLabel(domain::ShareEntryKind::Transfer),
                               QStringLiteral("C0000"));
    int widestKind = 0;
    for (const QString& kind : std::as_const(kinds)) {
        widestKind = std::max(widestKind, m_ledgerTable->fontMetrics().horizontalAdvance(kind));
    }
    auto* ledgerFitter
        = new ColumnFitter(m_ledgerTable, LedgerEntryColumn, widestKind + 10, { LedgerAmountColumn });
    ledgerFitter->fit(LedgerDateColumn, sampleShortDates());
    ledgerFitter->fit(LedgerSharesColumn, { locale.toString(-99'999) });
    ledgerFitter->fit(LedgerAmountColumn,
                      { domain::Money(-9'999'999, domain::Currency::gbp()).format(locale) });
    ledgerFitter->apply();
    // Sorted by a heading's click, by date or amount rather than by their text; unsorted, the ledger's order.
    m_ledgerTable->horizontalHeader()->setSectionsClickable(true);
    m_ledgerTable->horizontalHeader()->setSortIndicatorShown(false);
    connect(m_ledgerTable->horizontalHeader(), &QHeaderView::sectionClicked, this,
            &MembersPage::sortMemberLedger);

    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(12, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_detailTitle);
    layout->addWidget(m_detailText);
    layout->addWidget(m_holdingText);
    layout->addWidget(m_minimumWarning);
    layout->addWidget(m_recordSharesButton, 0, Qt::AlignLeft);
    layout->addWidget(ledgerTitle);
    layout->addWidget(m_ledgerTable, 1);
    return panel;
}

void MembersPage::setSession(MutualSession* session)
{
    if (m_session != nullptr) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (m_session != nullptr) {
        connect(m_session, &MutualSession::dataChanged, this, &MembersPage::reloadAfterChange);
    }
    {
        const QSignalBlocker statusBlocker(m_statusFilter);
        const QSignalBlocker searchBlocker(m_searchField);
        m_searchField->clear();
        m_statusFilter->setCurrentIndex(0);
    }
    reloadClasses();
    fitColumns();
    m_model->setFile(m_session != nullptr ? &m_session->file() : nullptr);
    applyFilters();
}

QWidget* MembersPage::mainWidget() const
{
    if (m_tableStack->currentWidget() == m_table) {
        return m_table;
    }
    return m_addFirstButton->isVisibleTo(m_tableStack) ? static_cast<QWidget*>(m_addFirstButton)
                                                       : m_searchField;
}

void MembersPage::updateCount()
{
    if (m_session == nullptr) {
        m_countLabel->clear();
        return;
    }
    const QLocale locale;
    const qint64 shown = m_model->rowCount();
    const storage::MemberQuery query = m_model->query();
    const bool isFiltered = !query.search.isEmpty() || query.status || query.classId;
    if (!isFiltered) {
        m_countLabel->setText(domain::memberCount(shown));
        return;
    }
    // The whole register's size beside what the search and filters leave, so the two never read as
    // different counts of the same thing.
    const auto total = storage::MemberRepository(m_session->file()).count({});
    if (!total) {
        m_countLabel->setText(total.error().message);
        return;
    }
    //: Members the search and filters leave, out of the whole register: "12 of 240 members"
    m_countLabel->setText(tr("%1 of %2").arg(locale.toString(shown), domain::memberCount(total.value())));
}

void MembersPage::reloadClasses()
{
    const QSignalBlocker blocker(m_classFilter);
    const QVariant current = m_classFilter->currentData();
    while (m_classFilter->count() > 1) {
        m_classFilter->removeItem(m_classFilter->count() - 1);
    }
    if (m_session == nullptr) {
        return;
    }
    const auto classes = storage::MemberRepository(m_session->file()).classes();
    if (classes) {
        for (const auto& memberClass : classes.value()) {
            m_classFilter->addItem(memberClass.name, memberClass.id);
        }
    }
    const int index = current.isValid() ? m_classFilter->findData(current) : 0;
    m_classFilter->setCurrentIndex(std::max(index, 0));
}

void MembersPage::fitColumns()
{
    const QLocale locale;
    QStringList kinds;
    for (const auto kind : { domain::MemberKind::Individual, domain::MemberKind::Organisation }) {
        kinds << domain::kindLabel(kind);
    }
    QStringList statuses;
    for (const auto status : domain::allStatuses()) {
        statuses << domain::statusLabel(status);
    }
    QStringList classes;
    for (int index = 1; index < m_classFilter->count(); ++index) {
        classes << m_classFilter->itemText(index);
    }
    const QStringList dates = sampleShortDates();
    m_columnFitter->fit(MemberTableModel::NumberColumn, { QStringLiteral("C0000") });
    m_columnFitter->fit(MemberTableModel::KindColumn, kinds);
    m_columnFitter->fit(MemberTableModel::ClassColumn, classes);
    m_columnFitter->fit(MemberTableModel::StatusColumn, statuses);
    m_columnFitter->fit(MemberTableModel::AdmittedColumn, dates);
    m_columnFitter->fit(MemberTableModel::CeasedColumn, dates);
    // Room for the mark of a holding under the class minimum.
    const int iconRoom = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_table) + 6;
    m_columnFitter->fit(MemberTableModel::SharesColumn, { locale.toString(999'999) }, iconRoom);
    m_columnFitter->apply();
}

// The name keeps room for the longest of the first rows' names (the page the view reads first anyway),
// within bounds, and the columns that do not fit beside it give way.
void MembersPage::fitNameColumn()
{
    constexpr int shortestName = 16;
    constexpr int longestName = 36;
    const QFontMetrics metrics(m_table->font());
    int widest = shortestName * metrics.averageCharWidth();
    const int rows = static_cast<int>(std::min<qint64>(m_model->rowCount(), MemberTableModel::pageSize));
    for (int row = 0; row < rows; ++row) {
        if (const auto member = m_model->rowAt(row)) {
            widest = std::max(widest, metrics.horizontalAdvance(member->member.name.left(longestName)));
        }
    }
    const int padding
        = 2 * (m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1) + 2;
    m_columnFitter->setMinimumStretch(widest + padding);
    m_columnFitter->apply();
}

void MembersPage::applyFilters()
{
    m_searchTimer->stop();
    storage::MemberQuery query = m_model->query();
    query.search = m_searchField->text().trimmed();
    const QVariant status = m_statusFilter->currentData();
    query.status
        = status.isValid() ? std::optional(static_cast<domain::MemberStatus>(status.toInt())) : std::nullopt;
    const QVariant classId = m_classFilter->currentData();
    query.classId = classId.isValid() ? std::optional(classId.toLongLong()) : std::nullopt;
    m_model->setQuery(query);
}

void MembersPage::reloadAfterChange()
{
    const auto selected = selectedMemberId();
    reloadClasses();
    m_model->reload();
    if (selected) {
        selectMember(*selected);
    }
}

void MembersPage::selectMember(qint64 memberId)
{
    // After a reload the cache holds only the first rows; the member may be anywhere in the register.
    const auto row = m_model->rowOf(memberId);
    if (row) {
        m_table->setCurrentIndex(m_model->index(*row, 0));
        m_table->scrollTo(m_model->index(*row, 0));
        // The columns fitted to the reloaded rows may bring a scroll bar that takes the last line's room:
        // once the layout has settled, the member is brought into view again.
        QTimer::singleShot(0, m_table, [table = m_table] { table->scrollTo(table->currentIndex()); });
    }
}

std::optional<qint64> MembersPage::selectedMemberId() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        return std::nullopt;
    }
    const auto row = m_model->rowAt(current.row());
    return row ? std::optional(row->member.id) : std::nullopt;
}

void MembersPage::updateActions()
{
    const QModelIndex current = m_table->currentIndex();
    const auto row = current.isValid() ? m_model->rowAt(current.row()) : std::nullopt;
    const bool isOpen = m_session != nullptr;
    m_addAction->setEnabled(isOpen);
    m_editAction->setEnabled(row.has_value());
    m_editButton->setEnabled(row.has_value());
    const bool isCeasable = row.has_value() && row->member.status != domain::MemberStatus::Ceased;
    m_ceaseAction->setEnabled(isCeasable);
    m_ceaseButton->setEnabled(isCeasable);
    m_recordSharesButton->setEnabled(isCeasable);
}

void MembersPage::updateDetails()
{
    m_ledgerTable->setRowCount(0);
    const QModelIndex current = m_table->currentIndex();
    const auto row = current.isValid() ? m_model->rowAt(current.row()) : std::nullopt;
    if (m_session == nullptr || !row) {
        m_detailTitle->setText(tr("No member selected"));
        m_detailText->setText(tr("Select a member to see their details and share ledger."));
        m_holdingText->clear();
        m_minimumWarning->hide();
        return;
    }
    const QLocale locale;
    const auto& member = row->member;
    m_detailTitle->setText(tr("%1 · %2").arg(member.number, member.name));
    QStringList lines;
    lines << tr("%1, %2").arg(domain::kindLabel(member.kind), row->className);
    lines << tr("Status: %1").arg(domain::statusLabel(member.status));
    if (member.admittedOn.isValid()) {
        lines << tr("Admitted: %1").arg(locale.toString(member.admittedOn, QLocale::LongFormat));
    }
    if (member.ceasedOn.isValid()) {
        lines << tr("Ceased: %1").arg(locale.toString(member.ceasedOn, QLocale::LongFormat));
    }
    for (const auto& contact : { member.email, member.phone, member.address }) {
        if (!contact.isEmpty()) {
            lines << contact;
        }
    }
    m_detailText->setText(lines.join(QLatin1Char('\n')));

    const auto currency = m_session->mutual().currency;
    storage::ShareLedgerRepository ledger(m_session->file());
    const auto holding = ledger.holdingOf(member.id, QDate::currentDate());
    if (holding) {
        //: %1 is "12 shares", %2 their amount
        m_holdingText->setText(tr("Holds %1, %2")
                                   .arg(domain::shareCount(holding->shares),
                                        domain::Money(holding->amount, currency).format(locale)));
    } else {
        m_holdingText->setText(holding.error().message);
    }
    const QString warning = m_model->minimumWarning(*row);
    m_minimumWarning->setText(warning);
    m_minimumWarning->setVisible(!warning.isEmpty());
    fillMemberLedger(*row);
}

void MembersPage::fillMemberLedger(const storage::MemberRow& row)
{
    storage::ShareEntryFilter filter;
    filter.memberId = row.member.id;
    const auto entries = storage::ShareLedgerRepository(m_session->file()).entries(filter);
    if (!entries) {
        return;
    }
    const QLocale locale;
    const auto currency = m_session->mutual().currency;
    m_ledgerTable->setRowCount(static_cast<int>(entries->size()));
    for (int i = 0; i < entries->size(); ++i) {
        const auto& entryRow = entries->at(i);
        const auto& entry = entryRow.entry;
        QString kind = domain::entryKindLabel(entry.kind);
        if (!entryRow.counterpartyNumber.isEmpty()) {
            kind = tr("%1 (%2)").arg(kind, entryRow.counterpartyNumber);
        }
        auto* shares = new LedgerItem(locale.toString(entry.shares), entry.shares);
        shares->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* amount = new LedgerItem(domain::Money(entry.amount, currency).format(locale), entry.amount);
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_ledgerTable->setItem(i, LedgerDateColumn,
                               new LedgerItem(locale.toString(entry.date, QLocale::ShortFormat), entry.date));
        m_ledgerTable->setItem(i, LedgerEntryColumn, new QTableWidgetItem(kind));
        m_ledgerTable->setItem(i, LedgerSharesColumn, shares);
        m_ledgerTable->setItem(i, LedgerAmountColumn, amount);
    }
    QHeaderView* header = m_ledgerTable->horizontalHeader();
    if (header->isSortIndicatorShown()) {
        m_ledgerTable->sortItems(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
}

// A first click sorts up, a second on the same heading down.
void MembersPage::sortMemberLedger(int column)
{
    QHeaderView* header = m_ledgerTable->horizontalHeader();
    const bool isSameColumn = header->isSortIndicatorShown() && header->sortIndicatorSection() == column;
    const Qt::SortOrder order = isSameColumn && header->sortIndicatorOrder() == Qt::AscendingOrder
        ? Qt::DescendingOrder
        : Qt::AscendingOrder;
    header->setSortIndicator(column, order);
    header->setSortIndicatorShown(true);
    m_ledgerTable->sortItems(column, order);
}

void MembersPage::recordSharesForSelectedMember()
{
    const auto id = selectedMemberId();
    if (m_session == nullptr || !id) {
        return;
    }
    const auto member = storage::MemberRepository(m_session->file()).member(*id);
    if (!member) {
        QMessageBox::warning(this, tr("Record Shares"), member.error().message);
        return;
    }
    auto* dialog = new ShareEntryDialog(*m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setKind(domain::ShareEntryKind::Subscription);
    dialog->setMember(member.value());
    // A recorded entry changes the file: the session tells every page, this one included.
    dialog->open();
}

void MembersPage::addMember()
{
    if (m_session == nullptr) {
        return;
    }
    const storage::MemberRepository repository(m_session->file());
    const auto classes = repository.classes();
    auto* session = m_session;
    auto* dialog = new MemberDialog(
        classes ? classes.value() : QList<domain::MemberClass>(),
        [session](const domain::Member& member) {
            return storage::MemberRepository(session->file()).add(member);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const auto counts = repository.countsByStatusAndClass();
    if (const auto classId = counts ? mostCommonClassId(counts.value()) : std::nullopt) {
        dialog->setSuggestedClass(*classId);
    }
    if (const auto number = repository.nextFreeNumber()) {
        dialog->setSuggestedNumber(*number);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 id = dialog->savedMember().id;
        m_session->notifyChanged();
        selectMember(id);
    });
    dialog->open();
}

void MembersPage::editSelectedMember()
{
    const auto id = selectedMemberId();
    if (m_session == nullptr || !id) {
        return;
    }
    storage::MemberRepository repository(m_session->file());
    const auto member = repository.member(*id);
    if (!member) {
        QMessageBox::warning(this, tr("Edit Member"), member.error().message);
        return;
    }
    const auto classes = repository.classes();
    auto* session = m_session;
    auto* dialog = new MemberDialog(
        classes ? classes.value() : QList<domain::MemberClass>(),
        [session](const domain::Member& edited) {
            return storage::MemberRepository(session->file()).update(edited);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMember(member.value());
    connect(dialog, &QDialog::accepted, this, [this, dialog, before = member.value()] {
        const domain::Member after = dialog->savedMember();
        if (after != before)
            m_session->recordUndoable(
                memberChange(*m_session, tr("Edit member %1").arg(after.number), before, after));
        m_session->notifyChanged();
    });
    dialog->open();
}

void MembersPage::ceaseSelectedMember()
{
    const auto id = selectedMemberId();
    if (m_session == nullptr || !id) {
        return;
    }
    const auto member = storage::MemberRepository(m_session->file()).member(*id);
    if (!member) {
        QMessageBox::warning(this, tr("Cease Member"), member.error().message);
        return;
    }
    auto* dialog = new CeaseMemberDialog(member.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, memberId = *id, before = member.value()] {
        const auto ceased = storage::MemberRepository(m_session->file()).cease(memberId, dialog->ceaseDate());
        if (!ceased) {
            QMessageBox::warning(this, tr("Cease Member"), ceased.error().message);
            return;
        }
        m_session->recordUndoable(
            memberChange(*m_session, tr("Cease member %1").arg(ceased->number), before, *ceased));
        m_session->notifyChanged();
    });
    dialog->open();
}

} // namespace mutualise::app
