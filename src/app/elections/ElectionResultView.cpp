#include "app/elections/ElectionResultView.h"

#include "app/elections/ElectionRoundsChart.h"
#include "app/results/ResultStatusLabel.h"
#include "app/widgets/PageWidgets.h"
#include "app/widgets/TableActions.h"
#include "reports/ElectionFigures.h"
#include "reports/ElectionRoundsModel.h"

#include <QBoxLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QResizeEvent>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace mutualise::app {

namespace {

// Below this width the figures go under those elected instead of beside them.
constexpr int sideBySideWidth = 700;

// A table's height with every row in sight and no scroll bar.
int fullHeight(const QTableView* view)
{
    return view->horizontalHeader()->sizeHint().height() + view->verticalHeader()->length()
        + 2 * view->frameWidth();
}

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
    m_roundsBox = new QWidget(page);
    auto* roundsLayout = new QVBoxLayout(m_roundsBox);
    roundsLayout->setContentsMargins(0, 0, 0, 0);
    roundsLayout->setSpacing(8);
    m_roundsViews.append(createRoundsView());

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
    body->addWidget(m_roundsBox);
    body->addWidget(m_tiesHeading);
    body->addWidget(m_tiesLabel);
    setBody(body);
}

QTableView* ElectionResultView::createRoundsView()
{
    auto* view = new QTableView(m_roundsBox);
    view->setObjectName(u"roundsView"_s);
    view->setModel(m_roundsModel);
    view->setSelectionMode(QAbstractItemView::NoSelection);
    view->setFocusPolicy(Qt::NoFocus);
    view->setProperty(exportTitleProperty, tr("Rounds"));
    addCopyAndExport(view);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    // As large as its rows and columns: the page scrolls, the table does not.
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_roundsBox->layout()->addWidget(view);
    m_roundsBox->layout()->setAlignment(view, Qt::AlignLeft);
    return view;
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
    workingView()->setText(figures.working.join(u'\n'));
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

// The figure columns in blocks that each fit `available` beside the candidates' names: a round's transfers
// and its totals stay together. The first block also has the result column, alone if need be.
QList<QList<int>> ElectionResultView::roundsBlocks(const QList<int>& widths, int available) const
{
    using Model = reports::ElectionRoundsModel;
    const int columns = static_cast<int>(widths.size());
    QList<QList<int>> blocks { { Model::CandidateColumn, Model::OutcomeColumn } };
    int used = widths.value(Model::CandidateColumn) + widths.value(Model::OutcomeColumn);
    for (int column = Model::FirstFigureColumn; column < columns;) {
        // Round 1's totals alone, then a round's transfers with the totals after them, unless the two
        // together are too wide for any block.
        int span = column == Model::FirstFigureColumn ? 1 : std::min(2, columns - column);
        int width = 0;
        for (int c = column; c < column + span; ++c) {
            width += widths.at(c);
        }
        if (span == 2 && widths.value(Model::CandidateColumn) + width > available) {
            span = 1;
            width = widths.at(column);
        }
        // A block has the names and at least one more column; the result column may stand alone.
        if (used + width > available && blocks.constLast().size() > 1) {
            blocks.append(QList<int> { Model::CandidateColumn });
            used = widths.value(Model::CandidateColumn);
        }
        for (int c = column; c < column + span; ++c) {
            blocks.last().append(c);
        }
        used += width;
        column += span;
    }
    return blocks;
}

// Each block of the table is exactly as large as its rows and columns, so that the page scrolls as one
// rather than the table on its own; blocks go one under another, so that nothing scrolls sideways.
void ElectionResultView::fitRoundsTable()
{
    m_fittedWidth = bodyWidth();
    QTableView* measure = m_roundsViews.constFirst();
    const int columns = m_roundsModel->columnCount();
    for (int column = 0; column < columns; ++column) {
        measure->setColumnHidden(column, false);
    }
    // Every row in sight first, so that the columns are measured against all of them.
    measure->setFixedHeight(fullHeight(measure));
    measure->resizeColumnsToContents();
    QList<int> widths;
    for (int column = 0; column < columns; ++column) {
        widths.append(measure->columnWidth(column));
    }
    const int frame = 2 * measure->frameWidth();
    const QList<QList<int>> blocks = roundsBlocks(widths, m_fittedWidth - frame);
    while (m_roundsViews.size() < blocks.size()) {
        m_roundsViews.append(createRoundsView());
    }
    while (m_roundsViews.size() > blocks.size()) {
        delete m_roundsViews.takeLast();
    }
    for (qsizetype b = 0; b < blocks.size(); ++b) {
        QTableView* view = m_roundsViews.at(b);
        int width = frame;
        for (int column = 0; column < columns; ++column) {
            const bool isShown = blocks.at(b).contains(column);
            view->setColumnHidden(column, !isShown);
            if (isShown) {
                view->setColumnWidth(column, widths.at(column));
                width += widths.at(column);
            }
        }
        view->setFixedSize(width, fullHeight(view));
    }
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
}

void ElectionResultView::bodyResized()
{
    if (isShowingResult() && bodyWidth() != m_fittedWidth) {
        fitRoundsTable();
    }
}

} // namespace mutualise::app
