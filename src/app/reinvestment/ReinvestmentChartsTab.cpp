#include "app/reinvestment/ReinvestmentChartsTab.h"

#include "app/charts/ChartPanel.h"
#include "app/charts/ChartView.h"
#include "app/charts/MoneyCharts.h"
#include "app/shell/MutualSession.h"
#include "domain/DemoVotes.h"
#include "storage/ProjectRepository.h"
#include "storage/SavingsRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mutualise::app {

namespace {

// The savings of each financial year that has savings or grants, against the grants of that year.
storage::Result<SavingsByYear> savingsByYear(storage::MutualFile& file, const domain::Mutual& mutual)
{
    const auto saved = storage::SavingsRepository(file).totals(domain::SavingsGrouping::Year);
    if (!saved) {
        return saved.error();
    }
    const auto granted = storage::ProjectRepository(file).grantsByFinancialYear();
    if (!granted) {
        return granted.error();
    }
    QMap<int, YearSavings> years;
    for (const domain::SavingsTotal& row : saved->rows) {
        const int year = row.key.toInt();
        years[year].saved = row.saving;
    }
    for (const storage::YearTotal& row : *granted) {
        years[row.year].reinvested = row.amount;
    }
    SavingsByYear input;
    input.currency = mutual.currency;
    for (auto year = years.begin(); year != years.end(); ++year) {
        year->year = domain::financialYearLabel(mutual, year.key());
        input.years.append(*year);
    }
    return input;
}

storage::Result<ReinvestmentByCategory> byCategory(storage::MutualFile& file, const domain::Mutual& mutual)
{
    const auto totals = storage::ProjectRepository(file).grantsByCategory();
    if (!totals) {
        return totals.error();
    }
    ReinvestmentByCategory input;
    input.currency = mutual.currency;
    for (const storage::CategoryTotal& total : *totals) {
        input.categories.append({ total.label, total.amount });
    }
    return input;
}

// The projects still under way, in the order they were proposed: those are the ones the board asks
// about. Then the latest of those funded or completed, as many as leave the bars readable.
storage::Result<ProjectsProgress> progress(storage::MutualFile& file, const domain::Mutual& mutual,
                                           qsizetype& shown, qsizetype& total)
{
    const auto projects = storage::ProjectRepository(file).projects();
    if (!projects) {
        return projects.error();
    }
    ProjectsProgress input;
    input.currency = mutual.currency;
    QList<ProjectProgress> closed;
    total = 0;
    for (const storage::ProjectRow& row : *projects) {
        const ProjectProgress project { row.project.title, row.project.target, row.granted, row.received };
        if (row.project.status == domain::ProjectStatus::Withdrawn) {
            continue;
        }
        ++total;
        if (row.project.status == domain::ProjectStatus::Proposed
            || row.project.status == domain::ProjectStatus::Approved) {
            input.projects.append(project);
        } else {
            closed.prepend(project);
        }
    }
    for (const ProjectProgress& project : std::as_const(closed)) {
        if (input.projects.size() >= ReinvestmentChartsTab::maximumProjectsShown) {
            break;
        }
        input.projects.append(project);
    }
    shown = input.projects.size();
    return input;
}

} // namespace

ReinvestmentChartsTab::ReinvestmentChartsTab(QWidget* parent)
    : QWidget(parent)
    , m_chartCombo(new QComboBox(this))
    , m_panel(new ChartPanel(this))
    , m_noteLabel(new QLabel(this))
{
    m_noteLabel->setObjectName(u"chartNoteLabel"_s);
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setForegroundRole(QPalette::PlaceholderText);
    m_noteLabel->hide();
    m_chartCombo->setObjectName(u"reinvestmentChartCombo"_s);
    m_chartCombo->addItem(tr("Savings generated and reinvested, by year"), SavingsAndReinvestment);
    m_chartCombo->addItem(tr("Reinvestment by category"), ByCategory);
    m_chartCombo->addItem(tr("Progress of each project"), ProjectProgress);
    m_chartCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* chartLabel = new QLabel(tr("Cha&rt:"), this);
    chartLabel->setBuddy(m_chartCombo);
    auto* hint = new QLabel(tr("Right-click the chart to save it as PNG or SVG."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto* choice = new QHBoxLayout;
    choice->addWidget(chartLabel);
    choice->addWidget(m_chartCombo);
    choice->addStretch();
    choice->addWidget(hint);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choice);
    layout->addWidget(m_panel, 1);
    layout->addWidget(m_noteLabel);

    connect(m_chartCombo, &QComboBox::currentIndexChanged, this, &ReinvestmentChartsTab::reload);
}

ReinvestmentChartsTab::~ReinvestmentChartsTab() = default;

QWidget* ReinvestmentChartsTab::mainWidget() const
{
    return m_chartCombo;
}

void ReinvestmentChartsTab::showChart(Chart chart)
{
    m_chartCombo->setCurrentIndex(m_chartCombo->findData(chart));
}

void ReinvestmentChartsTab::setSession(MutualSession* session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (session) {
        connect(session, &MutualSession::dataChanged, this, &ReinvestmentChartsTab::reload);
        connect(session, &QObject::destroyed, this, [this] { setSession(nullptr); });
        m_panel->chartView()->setMutualPath(session->path());
    }
    reload();
}

void ReinvestmentChartsTab::reload()
{
    if (m_session == nullptr) {
        m_panel->showMessage(tr("No mutual is open."));
        return;
    }
    storage::MutualFile& file = m_session->file();
    const domain::Mutual mutual = m_session->mutual();
    const auto failed = [this](const domain::Error& error) {
        m_panel->showMessage(tr("The chart cannot be drawn: %1").arg(error.message));
    };
    m_noteLabel->hide();
    switch (static_cast<Chart>(m_chartCombo->currentData().toInt())) {
    case SavingsAndReinvestment:
        if (const auto input = savingsByYear(file, mutual)) {
            m_panel->showChart(MoneyCharts::savingsAndReinvestment(*input));
        } else {
            failed(input.error());
        }
        break;
    case ByCategory:
        if (const auto input = byCategory(file, mutual)) {
            m_panel->showChart(MoneyCharts::reinvestmentByCategory(*input));
        } else {
            failed(input.error());
        }
        break;
    case ProjectProgress:
        qsizetype shown = 0;
        qsizetype total = 0;
        if (const auto input = progress(file, mutual, shown, total)) {
            m_panel->showChart(MoneyCharts::projectProgress(*input));
            if (shown < total) {
                //: %1 and %2 are counts of projects, %2 more than one
                m_noteLabel->setText(tr("%1 of %2 projects shown: every one still raising money, then "
                                        "the latest funded or completed.")
                                         .arg(QLocale().toString(shown), QLocale().toString(total)));
                m_noteLabel->show();
            }
        } else {
            failed(input.error());
        }
        break;
    }
}

} // namespace mutualise::app
