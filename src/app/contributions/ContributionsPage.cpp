#include "app/contributions/ContributionsPage.h"

#include "app/contributions/ContributionChartsTab.h"
#include "app/contributions/ContributionDialog.h"
#include "app/contributions/ContributionEntriesModel.h"
#include "app/contributions/ContributionTotalsModel.h"
#include "app/contributions/ServicesTab.h"
#include "app/shares/ShareEntryDialog.h"
#include "app/shell/MutualSession.h"
#include "app/widgets/ColumnWidths.h"
#include "app/widgets/ConfirmationBox.h"
#include "app/widgets/DateEdit.h"
#include "app/widgets/PageWidgets.h"
#include "domain/Money.h"
#include "domain/Text.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mutualise::app {

namespace {

// A check box that switches a date bound on and the field with the date.
void addDateBound(QHBoxLayout* layout, QCheckBox* check, DateEdit* edit)
{
    edit->setEnabled(false);
    layout->addWidget(check);
    layout->addWidget(edit);
}

QString money(qint64 amount, const domain::Currency& currency)
{
    return domain::Money(amount, currency).format(QLocale());
}

} // namespace

ContributionsPage::ContributionsPage(QWidget* parent)
    : QWidget(parent)
    , m_newAction(new QAction(tr("&New Contribution…"), this))
    , m_reverseAction(new QAction(tr("&Reverse Entry…"), this))
    , m_entriesModel(new ContributionEntriesModel(this))
    , m_totalsModel(new ContributionTotalsModel(this))
{
    m_newAction->setObjectName(u"newContributionAction"_s);
    m_reverseAction->setObjectName(u"reverseContributionAction"_s);
    // As on the Share capital page, Ctrl+Shift+E records an entry: only the page shown answers it.
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    // Anywhere in the window while this page is shown, even with the focus on the sidebar.
    m_newAction->setShortcutContext(Qt::WindowShortcut);
    m_newAction->setToolTip(
        tr("Record a subscription, charge, donation, payment of a pledge or time in kind (%1)")
            .arg(m_newAction->shortcut().toString(QKeySequence::NativeText)));
    m_reverseAction->setToolTip(tr("Undo the entry selected on the Entries tab with a reversing entry"));
    addAction(m_newAction);
    addAction(m_reverseAction);
    connect(m_newAction, &QAction::triggered, this, &ContributionsPage::openNewContributionDialog);
    connect(m_reverseAction, &QAction::triggered, this, &ContributionsPage::reverseSelectedEntry);

    auto* title = new QLabel(tr("Contributions"), this);
    title->setFont(headlineFont(title->font(), 1.5));
    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(buttonFor(m_newAction, this));
    header->addWidget(buttonFor(m_reverseAction, this));

    m_chartsTab = new ContributionChartsTab(this);
    m_servicesTab = new ServicesTab(this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(createEntriesTab(), tr("&Entries"));
    m_tabs->addTab(createTotalsTab(), tr("Tot&als"));
    m_tabs->addTab(m_chartsTab, tr("&Charts"));
    m_tabs->addTab(m_servicesTab, tr("&Services"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);

    connect(m_entriesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ContributionsPage::updateActions);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ContributionsPage::reloadCurrentTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ContributionsPage::updateActions);
    connect(m_entriesModel, &QAbstractItemModel::modelReset, this, &ContributionsPage::updateActions);
    setSession(nullptr);
}

ContributionsPage::~ContributionsPage() = default;

QWidget* ContributionsPage::mainWidget() const
{
    switch (m_tabs->currentIndex()) {
    case TotalsTab:
        return m_totalsView;
    case ChartsTab:
        return m_chartsTab->mainWidget();
    case ServicesTabIndex:
        return m_servicesTab->mainWidget();
    default:
        return m_entriesView;
    }
}

QWidget* ContributionsPage::createEntriesTab()
{
    auto* tab = new QWidget(this);
    m_memberFilterEdit = new QLineEdit(tab);
    m_memberFilterEdit->setObjectName(u"memberFilterEdit"_s);
    m_memberFilterEdit->setPlaceholderText(tr("All members"));
    m_memberFilterEdit->setClearButtonEnabled(true);
    m_memberFilterEdit->setMinimumWidth(120);
    auto* memberLabel = new QLabel(tr("&Member:"), tab);
    memberLabel->setBuddy(m_memberFilterEdit);
    m_kindFilterCombo = new QComboBox(tab);
    m_kindFilterCombo->setObjectName(u"kindFilterCombo"_s);
    // Wide enough for the built-in kinds; a longer label of the mutual's own is cut, never the window.
    m_kindFilterCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kindFilterCombo->setMinimumContentsLength(22);
    auto* kindLabel = new QLabel(tr("&Kind:"), tab);
    kindLabel->setBuddy(m_kindFilterCombo);
    m_fromCheck = new QCheckBox(tr("Fr&om:"), tab); // Alt+F is the File menu's
    m_fromCheck->setObjectName(u"fromCheck"_s);
    m_fromEdit = new DateEdit(QDate::currentDate(), tab);
    m_fromEdit->setObjectName(u"fromEdit"_s);
    m_toCheck = new QCheckBox(tr("&To:"), tab);
    m_toCheck->setObjectName(u"toCheck"_s);
    m_toEdit = new DateEdit(QDate::currentDate(), tab);
    m_toEdit->setObjectName(u"toEdit"_s);

    // Two lines, so that a 900 pixel window shows every filter whole.
    auto* filters = new QHBoxLayout;
    filters->addWidget(memberLabel);
    filters->addWidget(m_memberFilterEdit, 1);
    filters->addSpacing(8);
    filters->addWidget(kindLabel);
    filters->addWidget(m_kindFilterCombo);
    auto* dates = new QHBoxLayout;
    addDateBound(dates, m_fromCheck, m_fromEdit);
    dates->addSpacing(8);
    addDateBound(dates, m_toCheck, m_toEdit);
    dates->addStretch();

    m_entriesView = createTable(tab, u"entriesView"_s);
    m_entriesView->setModel(m_entriesModel);
    QHeaderView* columns = m_entriesView->horizontalHeader();
    columns->setMinimumSectionSize(48);
    // A heading's click sorts (see ContributionEntriesModel::sort); until then the record's own order.
    columns->setSortIndicator(-1, Qt::AscendingOrder);
    columns->setSortIndicatorShown(false);
    m_entriesView->setSortingEnabled(true);
    connect(columns, &QHeaderView::sortIndicatorChanged, this,
            [columns](int column) { columns->setSortIndicatorShown(column >= 0); });
    const int memberWidth = fontMetrics().horizontalAdvance(
        ContributionEntriesModel::tr("%1 · %2").arg(u"C0000"_s, QString(20, u'n')));
    // A narrow window keeps the date, member, kind and amount: the note goes first, then the reference,
    // the entry number and what it was for.
    m_entriesFitter = new ColumnFitter(
        m_entriesView, ContributionEntriesModel::MemberColumn, memberWidth,
        { ContributionEntriesModel::NoteColumn, ContributionEntriesModel::ReferenceColumn,
          ContributionEntriesModel::EntryNumberColumn, ContributionEntriesModel::ForColumn });
    fitEntriesColumns();
    // Double-clicking a reversal shows the entry it undoes, when it has been read.
    connect(m_entriesView, &QTableView::doubleClicked, this, &ContributionsPage::selectReversedEntry);

    m_entriesStatusLabel = new QLabel(tab);
    m_entriesStatusLabel->setObjectName(u"entriesStatusLabel"_s);
    m_entriesStatusLabel->setWordWrap(true);
    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(filters);
    layout->addLayout(dates);
    layout->addWidget(m_entriesView, 1);
    layout->addWidget(m_entriesStatusLabel);

    connect(m_memberFilterEdit, &QLineEdit::textChanged, this, &ContributionsPage::applyEntriesFilter);
    connect(m_kindFilterCombo, &QComboBox::currentIndexChanged, this, &ContributionsPage::applyEntriesFilter);
    for (QCheckBox* check : { m_fromCheck, m_toCheck }) {
        connect(check, &QCheckBox::toggled, this, [this] {
            m_fromEdit->setEnabled(m_fromCheck->isChecked());
            m_toEdit->setEnabled(m_toCheck->isChecked());
            applyEntriesFilter();
        });
    }
    // While a date field's text is not a date, the field says so and the last filter stays.
    for (DateEdit* edit : { m_fromEdit, m_toEdit }) {
        connect(edit, &DateEdit::dateChanged, this, [this](const QDate& date) {
            if (date.isValid()) {
                applyEntriesFilter();
            }
        });
    }
    return tab;
}

QWidget* ContributionsPage::createTotalsTab()
{
    auto* tab = new QWidget(this);
    m_groupingCombo = new QComboBox(tab);
    m_groupingCombo->setObjectName(u"groupingCombo"_s);
    for (const domain::ContributionGrouping grouping : domain::allContributionGroupings())
        m_groupingCombo->addItem(domain::contributionGroupingLabel(grouping), static_cast<int>(grouping));
    // By class first: a handful of rows, quick to add up for a mutual of any size.
    m_groupingCombo->setCurrentIndex(1);
    auto* groupingLabel = new QLabel(tr("&Group by:"), tab);
    groupingLabel->setBuddy(m_groupingCombo);
    m_totalsKindCombo = new QComboBox(tab);
    m_totalsKindCombo->setObjectName(u"totalsKindCombo"_s);
    m_totalsKindCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_totalsKindCombo->setMinimumContentsLength(22);
    auto* kindLabel = new QLabel(tr("&Kind:"), tab);
    kindLabel->setBuddy(m_totalsKindCombo);
    m_totalsFromCheck = new QCheckBox(tr("Fr&om:"), tab);
    m_totalsFromCheck->setObjectName(u"totalsFromCheck"_s);
    m_totalsFromEdit = new DateEdit(QDate::currentDate(), tab);
    m_totalsFromEdit->setObjectName(u"totalsFromEdit"_s);
    m_totalsToCheck = new QCheckBox(tr("&To:"), tab);
    m_totalsToCheck->setObjectName(u"totalsToCheck"_s);
    m_totalsToEdit = new DateEdit(QDate::currentDate(), tab);
    m_totalsToEdit->setObjectName(u"totalsToEdit"_s);

    auto* controls = new QHBoxLayout;
    controls->addWidget(groupingLabel);
    controls->addWidget(m_groupingCombo);
    controls->addWidget(kindLabel);
    controls->addWidget(m_totalsKindCombo);
    controls->addStretch();
    auto* dates = new QHBoxLayout;
    addDateBound(dates, m_totalsFromCheck, m_totalsFromEdit);
    dates->addSpacing(8);
    addDateBound(dates, m_totalsToCheck, m_totalsToEdit);
    dates->addStretch();

    m_totalsView = createTable(tab, u"totalsView"_s);
    m_totalsView->setModel(m_totalsModel);
    m_totalsView->setSelectionMode(QAbstractItemView::NoSelection);
    m_totalsView->setFocusPolicy(Qt::StrongFocus);
    m_totalsStatusLabel = new QLabel(tab);
    m_totalsStatusLabel->setObjectName(u"totalsStatusLabel"_s);
    m_totalsStatusLabel->setWordWrap(true);
    m_totalsStatusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(controls);
    layout->addLayout(dates);
    layout->addWidget(m_totalsView, 1);
    layout->addWidget(m_totalsStatusLabel);

    connect(m_groupingCombo, &QComboBox::currentIndexChanged, this, &ContributionsPage::reloadTotals);
    connect(m_totalsKindCombo, &QComboBox::currentIndexChanged, this, &ContributionsPage::reloadTotals);
    for (QCheckBox* check : { m_totalsFromCheck, m_totalsToCheck }) {
        connect(check, &QCheckBox::toggled, this, [this] {
            m_totalsFromEdit->setEnabled(m_totalsFromCheck->isChecked());
            m_totalsToEdit->setEnabled(m_totalsToCheck->isChecked());
            reloadTotals();
        });
    }
    for (DateEdit* edit : { m_totalsFromEdit, m_totalsToEdit }) {
        connect(edit, &DateEdit::dateChanged, this, [this](const QDate& date) {
            if (date.isValid()) {
                reloadTotals();
            }
        });
    }
    return tab;
}

void ContributionsPage::fitEntriesColumns()
{
    const QLocale locale;
    const domain::Currency currency = m_session ? m_session->mutual().currency : domain::Currency::gbp();
    m_entriesFitter->fit(ContributionEntriesModel::DateColumn, sampleShortDates());
    m_entriesFitter->fit(ContributionEntriesModel::EntryNumberColumn, { locale.toString(99'999) });
    // Each kind as it is shown reversed, and time in kind with its days and rate.
    QStringList kinds;
    QStringList keys = domain::builtInContributionKinds();
    if (m_session) {
        if (const auto stored = storage::ContributionRepository(m_session->file()).kinds()) {
            keys.clear();
            for (const domain::ContributionKind& kind : *stored) {
                kinds << ContributionEntriesModel::tr("%1 (reversed)")
                             .arg(domain::contributionKindLabel(kind.key, kind.label));
            }
        }
    }
    for (const QString& key : std::as_const(keys)) {
        kinds << ContributionEntriesModel::tr("%1 (reversed)").arg(domain::contributionKindLabel(key));
    }
    kinds << ContributionEntriesModel::tr("%1, %2 days × %3")
                 .arg(domain::contributionKindLabel(u"in-kind"_s), u"10.5"_s, money(999'99, currency));
    m_entriesFitter->fit(ContributionEntriesModel::KindColumn, kinds);
    m_entriesFitter->fit(ContributionEntriesModel::AmountColumn, { money(-99'999'99, currency) });
    m_entriesFitter->fit(ContributionEntriesModel::ForColumn, { QString(20, u'n') });
    m_entriesFitter->fit(ContributionEntriesModel::ReferenceColumn, { QString(14, u'n') });
    m_entriesFitter->fit(ContributionEntriesModel::NoteColumn, { QString(20, u'n') });
    m_entriesFitter->apply();
}

void ContributionsPage::setSession(MutualSession* session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    delete m_memberCompleter;
    m_memberCompleter = nullptr;
    {
        const QSignalBlocker blocker(m_memberFilterEdit);
        m_memberFilterEdit->clear();
    }
    if (session) {
        m_memberCompleter = new MemberCompleter(session->file(), m_memberFilterEdit);
        connect(session, &MutualSession::dataChanged, this, &ContributionsPage::reload);
        connect(session, &QObject::destroyed, this, [this] { setSession(nullptr); });
    }
    m_tabs->setEnabled(session != nullptr);
    m_chartsTab->setSession(nullptr);
    m_servicesTab->setSession(nullptr);
    m_isStale = false;
    reload();
    fitEntriesColumns();
}

void ContributionsPage::fillKindCombos()
{
    const QString entriesKind = m_kindFilterCombo->currentData().toString();
    const QString totalsKind = m_totalsKindCombo->currentData().toString();
    const QSignalBlocker entriesBlocker(m_kindFilterCombo);
    const QSignalBlocker totalsBlocker(m_totalsKindCombo);
    m_kindFilterCombo->clear();
    m_totalsKindCombo->clear();
    m_kindFilterCombo->addItem(tr("All kinds"), QString());
    m_totalsKindCombo->addItem(tr("All kinds"), QString());
    // Share capital is read from the share ledger: it has totals but no entries here.
    m_totalsKindCombo->addItem(domain::contributionKindLabel(domain::shareCapitalKind()),
                               domain::shareCapitalKind());
    if (m_session) {
        if (const auto kinds = storage::ContributionRepository(m_session->file()).kinds()) {
            for (const domain::ContributionKind& kind : *kinds) {
                const QString label = domain::contributionKindLabel(kind.key, kind.label);
                m_kindFilterCombo->addItem(label, kind.key);
                m_totalsKindCombo->addItem(label, kind.key);
            }
        }
    }
    m_kindFilterCombo->setCurrentIndex(std::max(0, m_kindFilterCombo->findData(entriesKind)));
    m_totalsKindCombo->setCurrentIndex(std::max(0, m_totalsKindCombo->findData(totalsKind)));
}

void ContributionsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_isStale) {
        reload();
    }
}

void ContributionsPage::reload()
{
    // A hidden page is read when it is shown: totals and charts of a large mutual take a moment, and
    // every change made on another page would otherwise read them again.
    if (m_session && !isVisible()) {
        m_isStale = true;
        return;
    }
    m_isStale = false;
    fillKindCombos();
    if (MutualSession* session = m_session) {
        m_entriesModel->setSource(&session->file(), session->mutual());
    } else {
        m_entriesModel->setSource(nullptr, domain::Mutual {});
    }
    applyEntriesFilter();
    updateEntriesStatus();
    m_staleTabs = { TotalsTab, ChartsTab, ServicesTabIndex };
    reloadCurrentTab();
    updateActions();
}

void ContributionsPage::reloadCurrentTab()
{
    const int tab = m_tabs->currentIndex();
    if (!m_staleTabs.remove(tab)) {
        return;
    }
    switch (tab) {
    case TotalsTab:
        reloadTotals();
        break;
    case ChartsTab:
        if (m_chartsTab->session() != m_session) {
            m_chartsTab->setSession(m_session);
        } else {
            m_chartsTab->reload();
        }
        break;
    case ServicesTabIndex:
        if (m_servicesTab->session() != m_session) {
            m_servicesTab->setSession(m_session);
        } else {
            m_servicesTab->reload();
        }
        break;
    default:
        break;
    }
}

storage::ContributionFilter ContributionsPage::entriesFilter() const
{
    storage::ContributionFilter filter;
    if (m_memberCompleter) {
        if (const auto member = m_memberCompleter->resolve(m_memberFilterEdit->text())) {
            filter.memberId = member->id;
        }
    }
    filter.kind = m_kindFilterCombo->currentData().toString();
    if (m_fromCheck->isChecked()) {
        filter.from = m_fromEdit->date();
    }
    if (m_toCheck->isChecked()) {
        filter.to = m_toEdit->date();
    }
    return filter;
}

void ContributionsPage::applyEntriesFilter()
{
    const storage::ContributionFilter filter = entriesFilter();
    m_isMemberFilterUnknown = !filter.memberId && !m_memberFilterEdit->text().trimmed().isEmpty();
    const storage::ContributionFilter current = m_entriesModel->filter();
    if (filter.memberId != current.memberId || filter.kind != current.kind || filter.from != current.from
        || filter.to != current.to) {
        m_entriesModel->setFilter(filter);
    }
    updateEntriesStatus();
}

domain::Result<qint64> ContributionsPage::totalOfEntries(const storage::ContributionFilter& filter) const
{
    const storage::ContributionRepository repository(m_session->file());
    // A few lines (one member's, say) are added up as listed, through the member's index; more are added up
    // by storage for the whole class at once, share capital left out as it has no lines here.
    if (m_entriesModel->rowCount() <= ContributionEntriesModel::maximumSortedInMemory) {
        const auto rows = repository.entries(filter);
        if (!rows) {
            return rows.error();
        }
        qint64 total = 0;
        bool isTooLarge = false;
        for (const storage::ContributionRow& row : *rows) {
            isTooLarge = isTooLarge || qAddOverflow(total, row.contribution.amount, &total);
        }
        if (!isTooLarge) {
            return total;
        }
    }
    const auto totals
        = repository.totals(domain::ContributionGrouping::Class, filter.from, filter.to, filter.kind);
    if (!totals) {
        return totals.error();
    }
    if (filter.memberId) {
        // Unreachable in practice: one member's lines beyond maximumSortedInMemory.
        return domain::Error { tr("Too many lines to add up for one member."), u"total-too-large"_s, {} };
    }
    return totals->total - totals->amountByKind.value(domain::shareCapitalKind());
}

void ContributionsPage::updateEntriesStatus()
{
    m_entriesTotal.reset();
    if (!m_session) {
        m_entriesStatusLabel->setText(tr("Open a mutual to see its contributions."));
        return;
    }
    if (!m_entriesModel->lastError().isEmpty()) {
        m_entriesStatusLabel->setText(m_entriesModel->lastError());
        return;
    }
    const auto total = totalOfEntries(m_entriesModel->filter());
    if (!total) {
        m_entriesStatusLabel->setText(total.error().message);
        return;
    }
    m_entriesTotal = *total;
    //: %1 is "12 entries", %2 their total, net of reversals
    QString text = tr("%1, %2 in all (net of reversals)")
                       .arg(tr("%Ln entry(ies)", nullptr, m_entriesModel->rowCount()),
                            money(*total, m_session->mutual().currency));
    if (m_isMemberFilterUnknown) {
        text = tr("No member has the number “%1”: showing every member's entries. %2")
                   .arg(domain::quotedText(m_memberFilterEdit->text().trimmed()), text);
    }
    if (!m_entriesModel->sortNotice().isEmpty()) {
        text += u' ' + m_entriesModel->sortNotice();
    }
    m_entriesStatusLabel->setText(text);
}

void ContributionsPage::reloadTotals()
{
    if (!m_session) {
        m_totalsModel->clear();
        m_totalsStatusLabel->clear();
        return;
    }
    const storage::ContributionRepository repository(m_session->file());
    const auto grouping = static_cast<domain::ContributionGrouping>(m_groupingCombo->currentData().toInt());
    const QDate from = m_totalsFromCheck->isChecked() ? m_totalsFromEdit->date() : QDate();
    const QDate to = m_totalsToCheck->isChecked() ? m_totalsToEdit->date() : QDate();
    const QString kind = m_totalsKindCombo->currentData().toString();
    const auto totals = repository.totals(grouping, from, to, kind);
    if (!totals) {
        m_totalsModel->clear();
        m_totalsStatusLabel->setText(totals.error().message);
        return;
    }
    QHash<QString, QString> labels;
    if (const auto kinds = repository.kinds()) {
        for (const domain::ContributionKind& each : *kinds) {
            labels.insert(each.key, each.label);
        }
    }
    const domain::Mutual mutual = m_session->mutual();
    m_totalsModel->setTotals(*totals, labels, mutual);
    // Each column fits what the rows in sight hold (the view reads at most a thousand rows to find out).
    for (int column = 0; column < m_totalsModel->columnCount(); ++column) {
        m_totalsView->resizeColumnToContents(column);
    }
    // A long name shows on hover or by widening: the figures beside it matter more.
    if (grouping == domain::ContributionGrouping::Member) {
        m_totalsView->setColumnWidth(
            1, std::min(m_totalsView->columnWidth(1), 22 * fontMetrics().averageCharWidth()));
    }
    // The total reconciles with the Entries tab: share capital comes from the share ledger, the rest
    // are the entries listed there for the same dates and kind.
    const qint64 shareCapital = totals->amountByKind.value(domain::shareCapitalKind());
    const qint64 entered = totals->total - shareCapital;
    //: %1 the total, %2 share capital, %3 the contributions entered
    m_totalsStatusLabel->setText(tr("Total %1 = share capital %2 (from the share ledger) + contributions "
                                    "entered %3 (as the Entries tab lists them for the same dates and kind).")
                                     .arg(money(totals->total, mutual.currency),
                                          money(shareCapital, mutual.currency),
                                          money(entered, mutual.currency)));
}

void ContributionsPage::updateActions()
{
    const bool isWritable = m_session != nullptr && !m_session->file().isReadOnly();
    m_newAction->setEnabled(isWritable);
    bool isReversible = false;
    // Only while the entries show: on another tab the selected line is out of sight.
    const QModelIndexList selected = m_entriesView->selectionModel()->selectedRows();
    if (isWritable && m_tabs->currentIndex() == EntriesTab && selected.size() == 1) {
        const QModelIndex index = selected.constFirst();
        isReversible = !index.data(ContributionEntriesModel::IsReversedRole).toBool()
            && !index.data(ContributionEntriesModel::IsReversalRole).toBool();
    }
    m_reverseAction->setEnabled(isReversible);
}

void ContributionsPage::openNewContributionDialog()
{
    if (!m_session || m_session->file().isReadOnly()) {
        return;
    }
    auto* dialog = new ContributionDialog(*m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_memberCompleter) {
        if (const auto member = m_memberCompleter->resolve(m_memberFilterEdit->text())) {
            dialog->setMember(*member);
        }
    }
    dialog->open();
}

void ContributionsPage::reverseSelectedEntry()
{
    const QModelIndexList selected = m_entriesView->selectionModel()->selectedRows();
    if (!m_session || selected.size() != 1 || !m_reverseAction->isEnabled()) {
        return;
    }
    const storage::ContributionRow* row = m_entriesModel->rowAt(selected.constFirst().row());
    if (!row) {
        return;
    }
    const qint64 entryId = row->contribution.id;
    const QString what
        = tr("%1 of %2 from %3 · %4 on %5")
              .arg(row->kindLabel, money(row->contribution.amount, m_session->mutual().currency),
                   row->memberNumber, row->memberName,
                   QLocale().toString(row->contribution.date, QLocale::LongFormat));
    Confirmation confirmation;
    confirmation.objectName = u"reverseContributionBox"_s;
    confirmation.title = tr("Reverse entry");
    confirmation.text = tr("Reverse entry #%1: %2?").arg(QLocale().toString(entryId), what);
    confirmation.details
        = tr("A reversing entry dated today undoes it. Both stay in the record, and an entry "
             "can be reversed only once.");
    confirmation.actionText = tr("&Reverse Entry");
    confirmation.actionObjectName = u"reverseButton"_s;
    askToConfirm(this, confirmation, [this, entryId] {
        if (!m_session) {
            return;
        }
        const auto reversed
            = storage::ContributionRepository(m_session->file()).reverse(entryId, QDate::currentDate());
        if (!reversed) {
            auto* box = new QMessageBox(QMessageBox::Warning, tr("Entry not reversed"),
                                        reversed.error().message, QMessageBox::Ok, this);
            box->setObjectName(u"reverseRefusedBox"_s);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
        m_session->notifyChanged();
    });
}

void ContributionsPage::selectReversedEntry(const QModelIndex& index)
{
    const storage::ContributionRow* row = m_entriesModel->rowAt(index.row());
    if (!row || !row->contribution.reversesId) {
        return;
    }
    const auto original = m_entriesModel->rowOfEntry(*row->contribution.reversesId);
    if (!original) {
        return;
    }
    // After the click that is still going on, which would select the row under the pointer again.
    QTimer::singleShot(0, this, [this, row = *original] {
        m_entriesView->selectRow(row);
        m_entriesView->scrollTo(m_entriesModel->index(row, 0));
    });
}

} // namespace mutualise::app
