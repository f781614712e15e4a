#include "app/dashboard/DashboardPage.h"

#include "app/charts/MoneyCharts.h"
#include "app/dashboard/ContributionChart.h"
#include "app/shell/MutualSession.h"
#include "app/widgets/PageWidgets.h"
#include "domain/Counts.h"
#include "domain/Money.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/ProjectRepository.h"
#include "storage/SavingsRepository.h"
#include "storage/ShareLedgerRepository.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mutualise::app {

namespace {

struct Card
{
    QFrame* frame;
    QLabel* caption;
    QLabel* value;
    QLabel* detail;
};

// A headline figure: a small caption over a large value, with a line of detail under it.
Card createCard(QWidget* parent, const QString& caption, const QString& valueObjectName)
{
    auto* frame = new QFrame(parent);
    frame->setObjectName(u"card"_s);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    frame->setStyleSheet(u"QFrame#card { background: palette(base); border: 1px solid palette(mid); "
                         "border-radius: 8px; }"_s);
    auto* captionLabel = new QLabel(caption, frame);
    captionLabel->setWordWrap(true);
    auto* valueLabel = new QLabel(frame);
    valueLabel->setObjectName(valueObjectName);
    QFont large = valueLabel->font();
    large.setPointSizeF(large.pointSizeF() * 1.8);
    large.setBold(true);
    valueLabel->setFont(large);
    valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* detailLabel = new QLabel(frame);
    detailLabel->setWordWrap(true);
    detailLabel->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(14, 8, 14, 8);
    layout->setSpacing(2);
    layout->addWidget(captionLabel);
    layout->addWidget(valueLabel);
    layout->addWidget(detailLabel);
    layout->addStretch();
    return { frame, captionLabel, valueLabel, detailLabel };
}

// "2026/27" for a year from April, "2026" for a calendar year.
QString financialYearLabel(const domain::Period& year)
{
    if (year.first.year() == year.last.year()) {
        return QString::number(year.first.year());
    }
    return u"%1/%2"_s.arg(year.first.year()).arg(year.last.year() % 100, 2, 10, QChar(u'0'));
}

} // namespace

DashboardPage::DashboardPage(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_emptyLabel(new QLabel(this))
{
    m_emptyLabel->setObjectName(u"dashboardEmptyLabel"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setText(tr("Open or create a mutual to see its members and share capital at a glance."));
    m_stack->addWidget(m_emptyLabel);
    // A small window scrolls the page rather than squeezing the figures out of sight.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"dashboardScrollArea"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(createContent());
    m_stack->addWidget(scroll);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    setSession(nullptr);
}

QWidget* DashboardPage::createContent()
{
    auto* content = new QWidget(this);
    m_titleLabel = new QLabel(content);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_errorLabel = new QLabel(content);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #b3261e;"_s);
    m_errorLabel->hide();

    m_nextSteps = createNextSteps(content);

    const Card active = createCard(content, tr("Active members"), u"activeMembersValue"_s);
    const Card capital = createCard(content, tr("Total share capital"), u"totalCapitalValue"_s);
    const Card subscribed
        = createCard(content, tr("Capital subscribed this financial year"), u"subscribedThisYearValue"_s);
    m_activeMembersValue = active.value;
    m_activeMembersDetail = active.detail;
    m_totalCapitalValue = capital.value;
    m_totalCapitalDetail = capital.detail;
    m_subscribedCaption = subscribed.caption;
    m_subscribedValue = subscribed.value;
    m_subscribedDetail = subscribed.detail;
    // The money side in a row across the page: what the mutual saved its members, and what it put back.
    const Card saved = createCard(content, tr("Savings this financial year"), u"savingsThisYearValue"_s);
    const Card fund = createCard(content, tr("Community fund balance"), u"fundBalanceValue"_s);
    const Card reinvested = createCard(content, tr("Reinvested to date"), u"reinvestedValue"_s);
    m_savingsCaption = saved.caption;
    m_savingsValue = saved.value;
    m_savingsDetail = saved.detail;
    m_fundValue = fund.value;
    m_fundDetail = fund.detail;
    m_reinvestedValue = reinvested.value;
    m_reinvestedDetail = reinvested.detail;
    m_moneyCards = new QHBoxLayout;
    for (const Card& card : { saved, fund, reinvested }) {
        m_moneyCards->addWidget(card.frame, 1);
    }

    // Figures on the left, read top to bottom; the chart takes the wide space on the right.
    auto* figures = new QVBoxLayout;
    for (const Card& card : { active, capital, subscribed }) {
        figures->addWidget(card.frame);
    }
    figures->addSpacing(8);

    m_membersTable = new QTableWidget(content);
    m_membersTable->setObjectName(u"membersByClassTable"_s);
    m_membersTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_membersTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_membersTable->setFocusPolicy(Qt::NoFocus);
    m_membersTable->setTabKeyNavigation(false); // should it ever take the focus, Tab still leaves it
    m_membersTable->verticalHeader()->hide();
    m_membersTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_membersTable->verticalHeader()->setDefaultSectionSize(m_membersTable->fontMetrics().height() + 8);
    m_membersTable->setAlternatingRowColors(true);
    auto* membersTitle = new QLabel(tr("Members by class and status"), content);
    QFont bold = membersTitle->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    membersTitle->setFont(bold);
    figures->addWidget(membersTitle);
    figures->addWidget(m_membersTable);
    figures->addStretch();

    m_chart = new ContributionChart(content);
    m_columns = new QBoxLayout(QBoxLayout::LeftToRight);
    m_columns->addLayout(figures, figuresStretch);
    m_columns->addSpacing(8);
    m_columns->addWidget(m_chart, chartStretch);

    auto* layout = new QVBoxLayout(content);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_nextSteps);
    layout->addLayout(m_moneyCards);
    layout->addLayout(m_columns, 1);
    return content;
}

// What is left to do in a new mutual, each step with a button that goes there; steps done are not shown.
QFrame* DashboardPage::createNextSteps(QWidget* parent)
{
    auto* frame = new QFrame(parent);
    frame->setObjectName(u"nextStepsPanel"_s);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setStyleSheet(u"QFrame#nextStepsPanel { background: #eef6f3; border: 1px solid #9cc9b9; "
                         "border-radius: 8px; }"_s);
    auto* title = new QLabel(tr("Getting started"), frame);
    title->setFont(headlineFont(font(), 1.15));
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->addWidget(title);
    struct Choice
    {
        QString text;
        QString objectName;
        NextStep step;
    };
    const auto addStep = [this, frame, layout](const QString& text, const QList<Choice>& choices) {
        auto* row = new QWidget(frame);
        auto* label = new QLabel(text, row);
        label->setWordWrap(true);
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->addWidget(label, 1);
        for (const Choice& choice : choices) {
            auto* button = new QPushButton(choice.text, row);
            button->setObjectName(choice.objectName);
            connect(button, &QPushButton::clicked, this,
                    [this, step = choice.step] { Q_EMIT nextStepChosen(step); });
            rowLayout->addWidget(button);
        }
        layout->addWidget(row);
        return row;
    };
    m_addMembersStep
        = addStep(tr("Add your members to the register, one by one or from a spreadsheet."),
                  { { tr("Add members…"), u"addMembersButton"_s, NextStep::AddMembers },
                    { tr("Import members…"), u"importMembersButton"_s, NextStep::ImportMembers } });
    m_recordSharesStep
        = addStep(tr("Record the shares each member has subscribed for."),
                  { { tr("Record shares…"), u"recordSharesButton"_s, NextStep::RecordShares },
                    { tr("Import share entries…"), u"importSharesButton"_s, NextStep::ImportShares } });
    m_addMeetingStep = addStep(tr("Add a meeting, to take attendance and hold votes and elections."),
                               { { tr("Add a meeting…"), u"addMeetingButton"_s, NextStep::AddMeeting } });
    return frame;
}

void DashboardPage::reloadNextSteps()
{
    const auto members = storage::MemberRepository(m_session->file()).count({});
    const auto entries = storage::ShareLedgerRepository(m_session->file()).count({});
    const auto meetings = storage::MeetingRepository(m_session->file()).all();
    if (!members || !entries || !meetings) {
        m_nextSteps->hide();
        return;
    }
    m_addMembersStep->setVisible(members.value() == 0);
    m_recordSharesStep->setVisible(entries.value() == 0);
    m_addMeetingStep->setVisible(meetings->isEmpty());
    m_nextSteps->setVisible(members.value() == 0 || entries.value() == 0 || meetings->isEmpty());
}

bool DashboardPage::isStacked() const
{
    return m_columns->direction() == QBoxLayout::TopToBottom;
}

// Side by side the figures get two fifths of the width; when that is too narrow for the table of
// members by class, the chart moves below the figures and keeps a readable height.
void DashboardPage::arrangeForWidth(int width)
{
    // reloadMembers() sets the table's minimum width to what its counts and class names need.
    const bool shouldStack
        = width * figuresStretch / (figuresStretch + chartStretch) < m_membersTable->minimumWidth();
    if (shouldStack == isStacked())
        return;
    m_columns->setDirection(shouldStack ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    m_chart->setMinimumHeight(shouldStack ? 24 * fontMetrics().height() : 0);
}

void DashboardPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrangeForWidth(event->size().width());
}

void DashboardPage::setSession(MutualSession* session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    m_chart->setMutualPath(session ? session->path() : QString());
    if (session) {
        connect(session, &MutualSession::dataChanged, this, &DashboardPage::reload);
        connect(session, &QObject::destroyed, this, [this] { setSession(nullptr); });
    }
    reload();
}

void DashboardPage::reload()
{
    if (!m_session) {
        m_chart->clear(QString());
        m_stack->setCurrentWidget(m_emptyLabel);
        return;
    }
    m_stack->setCurrentIndex(1);
    m_errorLabel->hide();
    m_titleLabel->setText(m_session->mutual().name);
    reloadNextSteps();
    reloadMembers();
    reloadCapital();
    reloadMoney();
    reloadChart();
}

void DashboardPage::showError(const QString& message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

void DashboardPage::reloadMembers()
{
    const storage::MemberRepository members(m_session->file());
    const auto classes = members.classes();
    const auto counts = members.countsByStatusAndClass();
    if (!classes || !counts) {
        showError(classes ? counts.error().message : classes.error().message);
        return;
    }
    const QList<domain::MemberStatus> statuses = domain::allStatuses();
    // Rows: each class, then a total; columns: class, each status, then a total.
    QMap<std::pair<qint64, int>, qint64> countOf;
    qint64 activeCount = 0;
    qint64 registerSize = 0;
    for (const storage::MemberCount& count : *counts) {
        countOf[{ count.classId, static_cast<int>(count.status) }] += count.count;
        countOf[{ -1, static_cast<int>(count.status) }] += count.count;
        registerSize += count.count;
        if (count.status == domain::MemberStatus::Active) {
            activeCount += count.count;
        }
    }
    m_activeMembersValue->setText(QLocale().toString(activeCount));
    m_activeMembersDetail->setText(
        tr("%1 in the register, ceased members included", nullptr, domain::pluralFormOf(registerSize))
            .arg(QLocale().toString(registerSize)));

    QStringList headers { tr("Class") };
    for (const domain::MemberStatus status : statuses) {
        headers.append(domain::statusLabel(status));
    }
    headers.append(tr("Total"));
    m_membersTable->clear();
    m_membersTable->setColumnCount(static_cast<int>(headers.size()));
    m_membersTable->setHorizontalHeaderLabels(headers);
    m_membersTable->setRowCount(static_cast<int>(classes->size()) + 1);
    const auto fillRow = [&](int row, const QString& name, qint64 classKey) {
        m_membersTable->setItem(row, 0, new QTableWidgetItem(name));
        qint64 total = 0;
        for (int column = 0; column < statuses.size(); ++column) {
            const qint64 count = countOf.value({ classKey, static_cast<int>(statuses.at(column)) });
            total += count;
            auto* item = new QTableWidgetItem(QLocale().toString(count));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_membersTable->setItem(row, column + 1, item);
        }
        auto* totalItem = new QTableWidgetItem(QLocale().toString(total));
        totalItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_membersTable->setItem(row, static_cast<int>(statuses.size()) + 1, totalItem);
    };
    for (int row = 0; row < classes->size(); ++row) {
        fillRow(row, classes->at(row).name, classes->at(row).id);
    }
    const int totalRow = static_cast<int>(classes->size());
    fillRow(totalRow, tr("All classes"), -1);
    for (int column = 0; column < m_membersTable->columnCount(); ++column) {
        QFont font = m_membersTable->item(totalRow, column)->font();
        font.setBold(true);
        m_membersTable->item(totalRow, column)->setFont(font);
    }
    // As tall as its rows, so that the space below is not an empty white box.
    int height = m_membersTable->horizontalHeader()->sizeHint().height() + 2 * m_membersTable->frameWidth();
    for (int row = 0; row < m_membersTable->rowCount(); ++row) {
        height += m_membersTable->rowHeight(row);
    }
    m_membersTable->setMaximumHeight(height);
    // Wide enough for every count and the longest class name; the chart gives way.
    QHeaderView* columns = m_membersTable->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_membersTable->resizeColumnsToContents();
    m_membersTable->setMinimumWidth(columns->length() + 2 * m_membersTable->frameWidth());
    columns->setSectionResizeMode(0, QHeaderView::Stretch);
    arrangeForWidth(width());
}

void DashboardPage::reloadCapital()
{
    const domain::Mutual mutual = m_session->mutual();
    const storage::ShareLedgerRepository ledger(m_session->file());
    const QDate today = QDate::currentDate();
    const domain::Period year = mutual.financialYearContaining(today);
    const auto total = ledger.totalAsOf(today);
    const auto subscribed = ledger.subscribedBetween(year.first, year.last);
    if (!total || !subscribed) {
        showError(total ? subscribed.error().message : total.error().message);
        return;
    }
    m_totalCapitalValue->setText(domain::Money(total->amount, mutual.currency).format(QLocale()));
    //: %1 is "1,250 shares"
    m_totalCapitalDetail->setText(tr("%1 held today").arg(domain::shareCount(total->shares)));
    m_subscribedCaption->setText(tr("Capital subscribed in %1").arg(financialYearLabel(year)));
    m_subscribedValue->setText(domain::Money(*subscribed, mutual.currency).format(QLocale()));
    m_subscribedDetail->setText(tr("Financial year %1 to %2")
                                    .arg(QLocale().toString(year.first, QLocale::ShortFormat),
                                         QLocale().toString(year.last, QLocale::ShortFormat)));
}

void DashboardPage::reloadMoney()
{
    const domain::Mutual mutual = m_session->mutual();
    const domain::Period year = mutual.financialYearContaining(QDate::currentDate());
    const auto savings = storage::SavingsRepository(m_session->file())
                             .totals(domain::SavingsGrouping::Year, year.first.year());
    const storage::ProjectRepository projects(m_session->file());
    const auto balance = projects.fundBalance();
    const auto granted = projects.totalGranted();
    if (!savings || !balance || !granted) {
        showError(!savings ? savings.error().message
                           : (!balance ? balance.error().message : granted.error().message));
        return;
    }
    const auto money
        = [&mutual](qint64 amount) { return domain::Money(amount, mutual.currency).format(QLocale()); };
    const domain::SavingsTotal& total = savings->total;
    m_savingsCaption->setText(tr("Savings in %1").arg(financialYearLabel(year)));
    m_savingsValue->setText(money(total.saving));
    // Less than nothing saved is a fact the board must see, in the colour of a warning.
    m_savingsValue->setStyleSheet(total.saving < 0 ? u"color: #b3261e;"_s : QString());
    if (savings->rows.isEmpty() || total.baseline <= 0) {
        m_savingsDetail->setText(tr("No savings recorded for this year yet"));
    } else if (total.saving >= 0) {
        //: %1 is a percentage such as "17.0%"
        m_savingsDetail->setText(tr("%1 less than members would pay alone")
                                     .arg(MoneyCharts::percentText(total.saving, total.baseline)));
    } else {
        m_savingsDetail->setText(tr("%1 more than members would pay alone")
                                     .arg(MoneyCharts::percentText(-total.saving, total.baseline)));
    }
    m_fundValue->setText(money(*balance));
    m_fundDetail->setText(tr("Allocated from surpluses, less the grants paid"));
    m_reinvestedValue->setText(money(*granted));
    m_reinvestedDetail->setText(tr("Granted to community projects"));
}

void DashboardPage::reloadChart()
{
    const auto classes = storage::MemberRepository(m_session->file()).classes();
    const auto contributions
        = storage::ShareLedgerRepository(m_session->file()).monthlySubscriptionsByClass();
    if (!classes || !contributions) {
        const QString message = classes ? contributions.error().message : classes.error().message;
        showError(message);
        m_chart->clear(message);
        return;
    }
    m_chart->setContributions(*contributions, *classes, m_session->mutual());
}

} // namespace mutualise::app
