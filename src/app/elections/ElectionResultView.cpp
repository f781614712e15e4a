#include "app/elections/ElectionResultView.h"

#include "app/elections/ElectionRoundsChart.h"
#include "app/results/ResultStatusLabel.h"
#include "app/widgets/PageWidgets.h"
#include "reports/ElectionFigures.h"
#include "reports/ElectionRoundsModel.h"

#include <QBoxLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace mutualise::app {

namespace {

// Below this width the figures go under those elected instead of beside them.
constexpr int sideBySideWidth = 700;

} // namespace

ElectionResultView::ElectionResultView(QWidget* parent)
    : ResultView(tr("Choose an election on the Elections tab to see its result."), parent)
    , m_roundsModel(new reports::ElectionRoundsModel(this))
{
    QWidget* page = content();
    auto* electedLayout = new QVBoxLayout;
    m_electedHeading = new QLabel(page);
    m_electedHeading->setForegroundRole(QPalette::PlaceholderText);
    m_electedLabel = new QLabel(page);
    m_electedLabel->setObjectName(u"electedLabel"_s);
    m_electedLabel->setFont(headlineFont(font(), 1.2));
    m_electedLabel->setStyleSheet(u"color: #1b5e20;"_s);
    m_electedLabel->setWordWrap(true);
    m_electedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    electedLayout->addWidget(m_electedHeading);
    electedLayout->addWidget(m_electedLabel);
    electedLayout->addStretch();
    m_figuresGrid = new QGridLayout;
    m_figuresGrid->setHorizontalSpacing(16);
    m_figuresGrid->setVerticalSpacing(4);
    m_figuresGrid->setColumnStretch(1, 1);
    m_columns = new QBoxLayout(QBoxLayout::LeftToRight);
    m_columns->setSpacing(16);
    // Never shorter than their contents: stacked in a narrow window, the scroll area gives them room
    // instead of squeezing the lines of figures together.
    for (QFrame* card : { createCard(u"electedCard"_s, electedLayout),
                          createCard(u"electionFiguresCard"_s, m_figuresGrid) }) {
        card->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
        m_columns->addWidget(card, m_columns->count() == 0 ? 2 : 3);
    }

    m_roundsHeading = new QLabel(page);
    m_roundsHeading->setFont(headlineFont(font(), 1.1));
    m_chart = new ElectionRoundsChart(page);
    m_roundsView = new QTableView(page);
    m_roundsView->setObjectName(u"roundsView"_s);
    m_roundsView->setModel(m_roundsModel);
    m_roundsView->setSelectionMode(QAbstractItemView::NoSelection);
    m_roundsView->setFocusPolicy(Qt::NoFocus);
    m_roundsView->setWordWrap(false);
    m_roundsView->setAlternatingRowColors(true);
    m_roundsView->verticalHeader()->hide();
    m_roundsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_roundsView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_roundsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_roundsView->horizontalHeader()->setHighlightSections(false);
    m_roundsView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_tiesHeading = new QLabel(tr("Ties decided by lot"), page);
    m_tiesHeading->setFont(headlineFont(font(), 1.1));
    m_tiesLabel = new QLabel(page);
    m_tiesLabel->setObjectName(u"tiesLabel"_s);
    m_tiesLabel->setWordWrap(true);
    m_tiesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* body = new QVBoxLayout;
    body->setSpacing(10);
    body->addLayout(m_columns);
    body->addWidget(m_roundsHeading);
    body->addWidget(m_chart);
    body->addWidget(m_roundsView);
    body->addWidget(m_tiesHeading);
    body->addWidget(m_tiesLabel);
    setBody(body);
    workingView()->setMinimumHeight(8 * fontMetrics().height());
}

QString ElectionResultView::figure(const QString& key) const
{
    const auto* label = findChild<QLabel*>(key + u"Value"_s);
    return label ? label->text() : QString();
}

void ElectionResultView::forgetResult()
{
    m_source.reset();
    m_roundsModel->clear();
}

void ElectionResultView::showResult(const reports::ElectionResultSource& source)
{
    m_source = source;
    const reports::ElectionFigures figures = reports::electionFigures(source.result);
    showResultStatus(statusLabel(), figures.isDeclared, source.election.closedAt,
                     tr("Provisional — voting is open. The count changes as papers are recorded; nobody is "
                        "elected until voting closes."));
    m_electedHeading->setText(figures.isDeclared ? tr("Elected, in order of election")
                                                 : tr("Elected if voting closed now"));
    const QStringList elected = reports::ElectionSummary::electedLines(figures);
    m_electedLabel->setText(elected.isEmpty() ? tr("Nobody") : elected.join(u'\n'));
    showFigures(source, figures);
    m_roundsHeading->setText(figures.isStv() ? tr("Rounds of the count") : tr("Votes"));
    m_chart->setFigures(figures);
    m_roundsModel->setFigures(figures);
    QStringList ties;
    for (const reports::ElectionTie& tie : figures.ties) {
        ties.append(tie.description());
    }
    if (!figures.tiesNote.isEmpty())
        ties.append(figures.tiesNote);
    m_tiesLabel->setText(ties.join(u'\n'));
    m_tiesHeading->setVisible(!ties.isEmpty());
    m_tiesLabel->setVisible(!ties.isEmpty());
    workingView()->setPlainText(figures.working.join(u'\n'));
    showResultPage(source.election.title);
    fitRoundsTable();
    arrangeForWidth(width());
}

// The figures in a grid of captions and values, made anew for each result: STV shows more than plurality.
void ElectionResultView::showFigures(const reports::ElectionResultSource& source,
                                     const reports::ElectionFigures& figures)
{
    while (QLayoutItem* item = m_figuresGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QWidget* card = m_figuresGrid->parentWidget();
    int row = 0;
    for (const reports::ElectionFigureLine& line : reports::ElectionSummary::figureLines(source, figures)) {
        auto* caption = new QLabel(line.caption, card);
        caption->setForegroundRole(QPalette::PlaceholderText);
        caption->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        auto* value = new QLabel(line.value, card);
        value->setObjectName(line.key + u"Value"_s);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_figuresGrid->addWidget(caption, row, 0);
        m_figuresGrid->addWidget(value, row, 1);
        ++row;
    }
}

// The table is as tall as its rows, so that the page scrolls as one rather than the table on its own, and
// no wider than its columns; a count of many rounds scrolls sideways in a narrow window.
void ElectionResultView::fitRoundsTable()
{
    QHeaderView* header = m_roundsView->horizontalHeader();
    m_roundsView->resizeColumnsToContents();
    m_roundsView->setMaximumWidth(header->length() + 2 * m_roundsView->frameWidth());
    int height = header->sizeHint().height() + 2 * m_roundsView->frameWidth();
    for (int row = 0; row < m_roundsModel->rowCount(); ++row) {
        height += m_roundsView->rowHeight(row);
    }
    if (header->length() > m_roundsView->viewport()->width()) {
        height += m_roundsView->horizontalScrollBar()->sizeHint().height();
    }
    m_roundsView->setFixedHeight(height);
}

void ElectionResultView::arrangeForWidth(int width)
{
    const bool shouldStack = width < sideBySideWidth;
    if (shouldStack != (m_columns->direction() == QBoxLayout::TopToBottom)) {
        m_columns->setDirection(shouldStack ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    }
}

void ElectionResultView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrangeForWidth(event->size().width());
    if (isShowingResult()) {
        fitRoundsTable();
    }
}

} // namespace mutualise::app
