#include "app/shares/ShareCapitalPage.h"

#include "app/shares/HoldingsModel.h"
#include "app/shares/ReverseEntryDialog.h"
#include "app/shares/ShareEntryDialog.h"
#include "app/shares/ShareLedgerModel.h"
#include "app/shell/MutualSession.h"
#include "app/widgets/ColumnWidths.h"
#include "app/widgets/DateEdit.h"
#include "app/widgets/PageWidgets.h"
#include "app/widgets/SortableTable.h"
#include "app/widgets/TableActions.h"
#include "domain/Counts.h"
#include "domain/Money.h"
#include "domain/Text.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mutualise::app {

namespace {

QTableView* createLedgerTable(QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    addCopyAndExport(view);
    view->verticalHeader()->hide();
    // Fixed row heights: the view never asks a million rows how tall they are.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setHighlightSections(false);
    // Tab moves on to the next control; the arrow keys move between rows.
    view->setTabKeyNavigation(false);
    return view;
}

DateEdit* createDateEdit(QWidget* parent)
{
    return new DateEdit(QDate::currentDate(), parent);
}

} // namespace

ShareCapitalPage::ShareCapitalPage(QWidget* parent)
    : QWidget(parent)
    , m_newEntryAction(new QAction(tr("&New entry…"), this))
    , m_reverseEntryAction(new QAction(tr("&Reverse entry…"), this))
    , m_ledgerModel(new ShareLedgerModel(this))
    , m_holdingsModel(new HoldingsModel(this))
{
    m_newEntryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    // Anywhere in the window while this page is shown, even with the focus on the sidebar; the
    // actions of a hidden page do not fire.
    m_newEntryAction->setShortcutContext(Qt::WindowShortcut);
    m_newEntryAction->setToolTip(tr("Record a subscription, transfer, withdrawal or forfeiture (%1)")
                                     .arg(m_newEntryAction->shortcut().toString(QKeySequence::NativeText)));
    m_reverseEntryAction->setToolTip(
        tr("Undo the ledger line selected on the Ledger tab with a reversing entry"));
    addAction(m_newEntryAction);
    addAction(m_reverseEntryAction);
    connect(m_newEntryAction, &QAction::triggered, this, &ShareCapitalPage::openNewEntryDialog);
    connect(m_reverseEntryAction, &QAction::triggered, this, &ShareCapitalPage::openReverseEntryDialog);

    auto* title = new QLabel(tr("Share capital"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    // A tool button shows its action's icon text, which Qt derives by dropping the "&": set it whole so
    // that the buttons keep their Alt letters.
    for (QAction* action : { m_newEntryAction, m_reverseEntryAction }) {
        action->setIconText(action->text());
    }
    auto* newButton = new QToolButton(this);
    newButton->setDefaultAction(m_newEntryAction);
    newButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* reverseButton = new QToolButton(this);
    reverseButton->setDefaultAction(m_reverseEntryAction);
    reverseButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(newButton);
    header->addWidget(reverseButton);

    m_totalsLabel = new QLabel(this);
    m_totalsLabel->setObjectName(u"capitalTotalsLabel"_s);
    m_totalsLabel->setWordWrap(true);
    m_totalsLabel->setFrameShape(QFrame::StyledPanel);
    m_totalsLabel->setMargin(8);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(createLedgerTab(), tr("&Ledger"));
    // Alt+H is the Help menu's.
    m_tabs->addTab(createHoldingsTab(), tr("Holding&s"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_totalsLabel);
    layout->addWidget(m_tabs, 1);

    connect(m_ledgerView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ShareCapitalPage::updateActions);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ShareCapitalPage::updateActions);
    connect(m_ledgerModel, &QAbstractItemModel::modelReset, this, &ShareCapitalPage::updateActions);
    setSession(nullptr);
}

ShareCapitalPage::~ShareCapitalPage() = default;

QWidget* ShareCapitalPage::mainWidget() const
{
    return m_tabs->currentIndex() == LedgerTab ? m_ledgerView : m_holdingsView;
}

QWidget* ShareCapitalPage::createLedgerTab()
{
    auto* tab = new QWidget(this);
    m_memberFilterEdit = new QLineEdit(tab);
    m_memberFilterEdit->setObjectName(u"memberFilterEdit"_s);
    m_memberFilterEdit->setPlaceholderText(tr("All members"));
    m_memberFilterEdit->setClearButtonEnabled(true);
    m_memberFilterEdit->setMinimumWidth(160);
    auto* memberLabel = new QLabel(tr("&Member:"), tab);
    memberLabel->setBuddy(m_memberFilterEdit);
    m_fromCheck = new QCheckBox(tr("Fr&om:"), tab); // Alt+F is the File menu's
    m_fromEdit = createDateEdit(tab);
    m_toCheck = new QCheckBox(tr("&To:"), tab);
    m_toEdit = createDateEdit(tab);
    m_fromEdit->setEnabled(false);
    m_toEdit->setEnabled(false);

    auto* filters = new QHBoxLayout;
    filters->addWidget(memberLabel);
    filters->addWidget(m_memberFilterEdit, 1);
    filters->addSpacing(12);
    filters->addWidget(m_fromCheck);
    filters->addWidget(m_fromEdit);
    filters->addWidget(m_toCheck);
    filters->addWidget(m_toEdit);

    m_ledgerView = createLedgerTable(tab);
    m_ledgerView->setObjectName(u"ledgerView"_s);
    m_ledgerView->setModel(m_ledgerModel);
    QHeaderView* columns = m_ledgerView->horizontalHeader();
    columns->setMinimumSectionSize(48);
    // A heading's click sorts the ledger in storage (see ShareLedgerModel::sort); until then the lines
    // keep the ledger's own order, with no arrow shown.
    columns->setSortIndicator(-1, Qt::AscendingOrder);
    columns->setSortIndicatorShown(false);
    m_ledgerView->setSortingEnabled(true);
    connect(columns, &QHeaderView::sortIndicatorChanged, this,
            [columns](int column) { columns->setSortIndicatorShown(column >= 0); });
    // Each column fits what it can hold and the member takes the room left over. A narrow window keeps
    // the date, kind, member, shares and amount: who recorded a line goes first, then its reference
    // and number, then the other side of a transfer.
    // Room for a member number and a name of usual length; a longer one shows on hover or by widening.
    const int memberWidth
        = fontMetrics().horizontalAdvance(ShareLedgerModel::tr("%1 · %2").arg(u"C0000"_s, QString(22, u'n')));
    m_ledgerFitter
        = new ColumnFitter(m_ledgerView, ShareLedgerModel::MemberColumn, memberWidth,
                           { ShareLedgerModel::RecordedByColumn, ShareLedgerModel::ReferenceColumn,
                             ShareLedgerModel::EntryNumberColumn, ShareLedgerModel::CounterpartyColumn });
    fitLedgerColumns(domain::Currency::gbp(), QString());

    m_ledgerStatusLabel = new QLabel(tab);
    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(filters);
    layout->addWidget(m_ledgerView, 1);
    layout->addWidget(m_ledgerStatusLabel);

    connect(m_memberFilterEdit, &QLineEdit::textChanged, this, &ShareCapitalPage::applyLedgerFilter);
    for (QCheckBox* check : { m_fromCheck, m_toCheck }) {
        connect(check, &QCheckBox::toggled, this, [this] {
            m_fromEdit->setEnabled(m_fromCheck->isChecked());
            m_toEdit->setEnabled(m_toCheck->isChecked());
            applyLedgerFilter();
        });
    }
    // While a date field's text is not a date, the field says so and the last filter stays.
    for (DateEdit* edit : { m_fromEdit, m_toEdit }) {
        connect(edit, &DateEdit::dateChanged, this, [this](const QDate& date) {
            if (date.isValid()) {
                applyLedgerFilter();
            }
        });
    }
    return tab;
}

QWidget* ShareCapitalPage::createHoldingsTab()
{
    auto* tab = new QWidget(this);
    m_asOfEdit = createDateEdit(tab);
    m_asOfEdit->setObjectName(u"holdingsAsOfEdit"_s);
    auto* asOfLabel = new QLabel(tr("Holdings at the end of &day:"), tab);
    asOfLabel->setBuddy(m_asOfEdit);
    auto* todayButton = new QPushButton(tr("Toda&y"), tab);
    auto* controls = new QHBoxLayout;
    controls->addWidget(asOfLabel);
    controls->addWidget(m_asOfEdit);
    controls->addWidget(todayButton);
    controls->addStretch();

    m_holdingsView = createLedgerTable(tab);
    m_holdingsView->setObjectName(u"holdingsView"_s);
    // Holdings are read whole, so a proxy sorts them without asking storage again.
    makeSortable(m_holdingsView, m_holdingsModel);
    m_holdingsFitter
        = new ColumnFitter(m_holdingsView, HoldingsModel::NameColumn, 24 * fontMetrics().averageCharWidth(),
                           { HoldingsModel::ClassColumn });
    fitHoldingsColumns(domain::Currency::gbp());

    m_holdingsTotalsLabel = new QLabel(tab);
    m_holdingsTotalsLabel->setObjectName(u"holdingsTotalsLabel"_s);
    QFont bold = m_holdingsTotalsLabel->font();
    bold.setBold(true);
    m_holdingsTotalsLabel->setFont(bold);

    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(controls);
    layout->addWidget(m_holdingsView, 1);
    layout->addWidget(m_holdingsTotalsLabel);

    connect(m_asOfEdit, &DateEdit::dateChanged, this, [this](const QDate& date) {
        if (!date.isValid()) {
            return; // the field names what is wrong with the text; the holdings shown stay
        }
        m_holdingsModel->setAsOf(date);
        updateTotals();
    });
    connect(todayButton, &QPushButton::clicked, this, [this] { m_asOfEdit->setDate(QDate::currentDate()); });
    return tab;
}

void ShareCapitalPage::fitLedgerColumns(const domain::Currency& currency, const QString& actor)
{
    const QLocale locale;
    QStringList kinds { ShareLedgerModel::tr("Reversal of #%1").arg(locale.toString(99'999)) };
    for (const auto kind : { domain::ShareEntryKind::Subscription, domain::ShareEntryKind::Transfer,
                             domain::ShareEntryKind::Withdrawal, domain::ShareEntryKind::Forfeiture }) {
        kinds << ShareLedgerModel::tr("%1 (reversed)").arg(domain::entryKindLabel(kind));
    }
    const QString shares = locale.toString(-999'999);
    const QString amount = domain::Money(-99'999'999, currency).format(locale);
    // Names vary: room for a number and a name of usual length, the rest shown on hover or by widening.
    const QString member = ShareLedgerModel::tr("%1 · %2").arg(QStringLiteral("C0000"), QString(22, u'n'));
    m_ledgerFitter->fit(ShareLedgerModel::DateColumn, sampleShortDates());
    m_ledgerFitter->fit(ShareLedgerModel::EntryNumberColumn, { locale.toString(99'999) });
    m_ledgerFitter->fit(ShareLedgerModel::KindColumn, kinds);
    m_ledgerFitter->fit(ShareLedgerModel::CounterpartyColumn, { QStringLiteral("C0000") });
    m_ledgerFitter->fit(ShareLedgerModel::SharesColumn, { shares });
    m_ledgerFitter->fit(ShareLedgerModel::AmountColumn, { amount });
    // A reference of usual length ("Receipt 2026/0123"); a longer one shows on hover or by widening.
    m_ledgerFitter->fit(ShareLedgerModel::ReferenceColumn, { QString(16, u'n') });
    // Whoever records entries on this desk, and a user name of usual length.
    m_ledgerFitter->fit(ShareLedgerModel::RecordedByColumn, { actor, QString(10, u'n') });
    m_ledgerFitter->apply();
}

void ShareCapitalPage::fitHoldingsColumns(const domain::Currency& currency)
{
    const QLocale locale;
    QStringList classes;
    for (int row = 0; row < m_holdingsModel->rowCount(); ++row) {
        classes << m_holdingsModel->index(row, HoldingsModel::ClassColumn).data().toString();
    }
    classes.removeDuplicates();
    m_holdingsFitter->fit(HoldingsModel::NumberColumn, { QStringLiteral("C0000") });
    m_holdingsFitter->fit(HoldingsModel::ClassColumn, classes);
    m_holdingsFitter->fit(HoldingsModel::SharesColumn, { locale.toString(9'999'999) });
    m_holdingsFitter->fit(HoldingsModel::AmountColumn,
                          { domain::Money(999'999'999, currency).format(locale) });
    m_holdingsFitter->apply();
}

void ShareCapitalPage::setSession(MutualSession* session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    delete m_memberCompleter;
    m_memberCompleter = nullptr;
    m_memberFilterEdit->clear();
    if (session) {
        m_memberCompleter = new MemberCompleter(session->file(), m_memberFilterEdit);
        connect(session, &MutualSession::dataChanged, this, &ShareCapitalPage::reload);
        connect(session, &QObject::destroyed, this, [this] { setSession(nullptr); });
    }
    m_tabs->setEnabled(session != nullptr);
    reload();
    if (session) {
        fitLedgerColumns(session->mutual().currency, session->file().actor());
        fitHoldingsColumns(session->mutual().currency);
    }
}

void ShareCapitalPage::reload()
{
    if (MutualSession* session = m_session) {
        m_ledgerModel->setSource(&session->file(), session->mutual());
        m_holdingsModel->setSource(&session->file(), session->mutual());
    } else {
        m_ledgerModel->setSource(nullptr, domain::Mutual {});
        m_holdingsModel->setSource(nullptr, domain::Mutual {});
    }
    updateTotals();
    updateActions();
}

void ShareCapitalPage::applyLedgerFilter()
{
    // The order chosen by a heading stays.
    storage::ShareEntryFilter filter = m_ledgerModel->filter();
    filter.memberId.reset();
    filter.from = {};
    filter.to = {};
    if (m_memberCompleter) {
        const auto member = m_memberCompleter->resolve(m_memberFilterEdit->text());
        if (member) {
            filter.memberId = member->id;
        }
        m_isMemberFilterUnknown = !member && !m_memberFilterEdit->text().trimmed().isEmpty();
    }
    if (m_fromCheck->isChecked()) {
        filter.from = m_fromEdit->date();
    }
    if (m_toCheck->isChecked()) {
        filter.to = m_toEdit->date();
    }
    const storage::ShareEntryFilter current = m_ledgerModel->filter();
    if (filter.memberId != current.memberId || filter.from != current.from || filter.to != current.to) {
        m_ledgerModel->setFilter(filter);
    }
    updateTotals();
}

void ShareCapitalPage::updateTotals()
{
    if (!m_session) {
        m_totalsLabel->setText(tr("Open a mutual to see its share capital."));
        m_ledgerStatusLabel->clear();
        m_holdingsTotalsLabel->clear();
        return;
    }
    const domain::Currency currency = m_session->mutual().currency;
    const auto today = storage::ShareLedgerRepository(m_session->file()).totalAsOf(QDate::currentDate());
    if (today) {
        //: %1 is "1,250 shares", %2 their amount
        m_totalsLabel->setText(tr("Share capital today: %1, %2")
                                   .arg(domain::shareCount(today->shares),
                                        domain::Money(today->amount, currency).format(QLocale())));
    } else {
        m_totalsLabel->setText(today.error().message);
    }
    if (!m_ledgerModel->lastError().isEmpty()) {
        m_ledgerStatusLabel->setText(m_ledgerModel->lastError());
    } else if (m_isMemberFilterUnknown) {
        m_ledgerStatusLabel->setText(tr("No member has the number “%1”: showing every member's lines (%2).")
                                         .arg(domain::quotedText(m_memberFilterEdit->text().trimmed()),
                                              QLocale().toString(m_ledgerModel->rowCount())));
    } else {
        m_ledgerStatusLabel->setText(tr("%Ln ledger line(s) shown", nullptr, m_ledgerModel->rowCount()));
    }
    if (!m_holdingsModel->lastError().isEmpty()) {
        m_holdingsTotalsLabel->setText(m_holdingsModel->lastError());
        return;
    }
    const domain::Holding total = m_holdingsModel->total();
    //: %1 is "12 holders", %2 "1,250 shares", %3 their amount
    m_holdingsTotalsLabel->setText(
        tr("Total: %1, %2, %3")
            .arg(tr("%Ln holder(s)", nullptr, static_cast<int>(m_holdingsModel->holderCount())),
                 domain::shareCount(total.shares), domain::Money(total.amount, currency).format(QLocale())));
}

void ShareCapitalPage::updateActions()
{
    m_newEntryAction->setEnabled(m_session != nullptr);
    const QModelIndexList selected = m_ledgerView->selectionModel()->selectedRows();
    bool isReversible = false;
    // Only while the ledger is showing: on the Holdings tab the selected line is out of sight.
    const bool isLedgerShown = m_tabs->currentIndex() == LedgerTab;
    if (m_session && isLedgerShown && selected.size() == 1) {
        const QModelIndex index = selected.constFirst();
        isReversible = !index.data(ShareLedgerModel::IsReversedRole).toBool()
            && !index.data(ShareLedgerModel::IsReversalRole).toBool();
    }
    m_reverseEntryAction->setEnabled(isReversible);
}

void ShareCapitalPage::openNewEntryDialog()
{
    if (!m_session) {
        return;
    }
    auto* dialog = new ShareEntryDialog(*m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ShareCapitalPage::openReverseEntryDialog()
{
    const QModelIndexList selected = m_ledgerView->selectionModel()->selectedRows();
    if (!m_session || selected.size() != 1 || !m_reverseEntryAction->isEnabled()) {
        return;
    }
    const storage::ShareEntryRow* row = m_ledgerModel->rowAt(selected.constFirst().row());
    if (!row) {
        return;
    }
    auto* dialog = new ReverseEntryDialog(*m_session, *row, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace mutualise::app
