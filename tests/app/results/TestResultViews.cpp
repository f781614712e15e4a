#include "WindowDriving.h"
#include "app/elections/ElectionResultView.h"
#include "app/elections/ElectionRoundsChart.h"
#include "app/motions/MotionResultView.h"
#include "domain/StvCount.h"
#include "formats/Blt.h"
#include "reports/ElectionRoundsModel.h"
#include "storage/ElectionResultJson.h"

#include <QAbstractScrollArea>
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mutualise;

namespace {

// Six candidates with long names for two seats, so that the count takes several rounds and its captions
// ("Surplus of Alexandra Featherstonehaugh-Smythe") are longer than a narrow column.
const QByteArray longNamesBlt = R"(6 2
10 1 5 0
4 2 0
3 3 4 0
2 4 3 0
2 5 6 0
1 6 3 0
0
"Alexandra Featherstonehaugh-Smythe"
"Bartholomew Cholmondeley"
"Cressida Marjoribanks"
"Dafydd ap Gruffydd"
"Eleanor Wriothesley"
"Florian Knatchbull-Hugessen"
"Board election"
)";

reports::ElectionResultSource electionSource()
{
    const auto election = formats::Blt::read(longNamesBlt);
    Q_ASSERT(election.isOk());
    const auto count = domain::Stv::count(*election);
    Q_ASSERT(count.isOk());
    reports::ElectionResultSource source;
    source.election.title = u"Board election"_s;
    source.election.seats = 2;
    source.result.isDeclared = true;
    source.result.json = storage::stvCountJson(*count);
    source.result.working = domain::Stv::describe(*count);
    for (int c : count->elected) {
        source.result.elected.append(count->candidates.at(c));
    }
    source.rollSize = 30;
    source.voters = 22;
    source.papers = 22;
    return source;
}

// A special resolution weighted by shares: 184,752 for, 9,110 against, so 193,862 votes cast and a bar of
// 75% x 193,862 = 581,586 / 4 = 145,396.5; 184,752 clears it.
reports::MotionResultSource specialResolutionSource()
{
    const auto choice = [](qint64 members, qint64 weight) {
        return QJsonObject { { u"members"_s, members }, { u"weight"_s, weight } };
    };
    QJsonObject json {
        { u"scheme"_s, u"shares"_s },
        { u"threshold"_s, u"special"_s },
        { u"eligible"_s, choice(812, 260'000) },
        { u"for"_s, choice(603, 184'752) },
        { u"against"_s, choice(41, 9'110) },
        { u"abstain"_s, choice(12, 1'200) },
        { u"votes_cast"_s, 193'862 },
        { u"quorum"_s,
          QJsonObject { { u"required"_s, 82 }, { u"participating"_s, 656 }, { u"met"_s, true } } },
        { u"test"_s,
          QJsonObject { { u"threshold"_s, u"special"_s },
                        { u"for"_s, 184'752 },
                        { u"comparison"_s, u">="_s },
                        { u"bar"_s, 145'396.5 },
                        { u"bar_exact"_s, u"290793/2"_s },
                        { u"met"_s, true } } },
        { u"outcome"_s, u"carried"_s },
        { u"cap_bp"_s, 0 },
        { u"roll"_s,
          QJsonObject { { u"members"_s, 812 },
                        { u"total_weight"_s, 260'000 },
                        { u"record_date"_s, u"2026-10-01"_s } } },
    };
    reports::MotionResultSource source;
    source.motion.title = u"Change of rules"_s;
    source.result.isDeclared = true;
    source.result.json = json;
    source.result.working = { u"Voting: by shares."_s };
    source.result.outcome = domain::MotionOutcome::Carried;
    return source;
}

// Scroll areas inside the view that can scroll: only the page's own should.
QList<QAbstractScrollArea*> scrollingAreas(QWidget* view)
{
    QList<QAbstractScrollArea*> areas;
    for (QAbstractScrollArea* area : view->findChildren<QAbstractScrollArea*>()) {
        if (area->horizontalScrollBarPolicy() != Qt::ScrollBarAlwaysOff
            || area->verticalScrollBarPolicy() != Qt::ScrollBarAlwaysOff) {
            areas.append(area);
        }
    }
    return areas;
}

bool isWhollyVisible(QWidget* widget, QWidget* window)
{
    const QRect shown(widget->mapTo(window, QPoint(0, 0)), widget->size());
    return widget->isVisible() && window->rect().contains(shown)
        && widget->visibleRegion() == QRegion(widget->rect());
}

} // namespace

class TestResultViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void motionThresholdIsWordedAsTheWorkingDoes();
    void motionChartGroupsThousands();
    void workingCallsARoundARound();
    void electionViewScrollsAsOnePage();
    void roundCaptionsAreNeverCutShort();
    void buttonsStayInSightInASmallWindow();
};

void TestResultViews::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestResultViews::motionThresholdIsWordedAsTheWorkingDoes()
{
    app::MotionResultView view;
    view.showResult(specialResolutionSource());
    const auto* test = view.findChild<QLabel*>(u"thresholdTestValue"_s);
    QVERIFY(test != nullptr);
    // 75% x (184,752 + 9,110) = 0.75 x 193,862 = 145,396.5: a half, not "145,396.50 (290793/2)".
    QVERIFY2(test->text().startsWith(u"For 184,752; needs at least 145,396½, 75% of 193,862 vote"_s),
             qPrintable(test->text()));
    QVERIFY2(test->text().endsWith(u": met"_s), qPrintable(test->text()));
    QVERIFY2(!test->text().contains(u"290793"_s), qPrintable(test->text()));
}

void TestResultViews::motionChartGroupsThousands()
{
    app::MotionResultView view;
    view.resize(1000, 700);
    view.show();
    view.showResult(specialResolutionSource());
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCoreApplication::processEvents();
    auto* chartView = view.findChild<QChartView*>(u"resultChart"_s);
    QVERIFY(chartView != nullptr);
    QStringList texts;
    for (QGraphicsItem* item : chartView->scene()->items()) {
        if (auto* text = dynamic_cast<QGraphicsTextItem*>(item)) {
            texts.append(text->toPlainText());
        }
    }
    // The bar's figure and the axis's grid lines, with the thousands grouped.
    QVERIFY2(texts.contains(u"184,752"_s), qPrintable(texts.join(u" | "_s)));
    QVERIFY2(texts.contains(u"50,000"_s), qPrintable(texts.join(u" | "_s)));
}

void TestResultViews::workingCallsARoundARound()
{
    const reports::ElectionResultSource source = electionSource();
    QVERIFY(source.result.json.value(u"rounds"_s).toArray().size() >= 4);
    app::ElectionResultView view;
    view.showResult(source);
    const QString working = view.workingView()->text();
    QVERIFY2(working.contains(u"Round 1: first preferences."_s), qPrintable(working));
    QVERIFY2(working.contains(u"Round 2: surplus of Alexandra Featherstonehaugh-Smythe"_s),
             qPrintable(working));
    QVERIFY2(!working.contains(u"Stage"_s), qPrintable(working));
    // The JSON keeps its keys: "rounds", each with its "round".
    QCOMPARE(source.result.json.value(u"rounds"_s).toArray().at(1).toObject().value(u"round"_s).toInt(), 2);
}

void TestResultViews::electionViewScrollsAsOnePage()
{
    app::ElectionResultView view;
    view.resize(640, 420);
    view.show();
    view.showResult(electionSource());
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCoreApplication::processEvents();
    const QList<QAbstractScrollArea*> areas = scrollingAreas(&view);
    QCOMPARE(areas.size(), 1);
    auto* page = qobject_cast<QScrollArea*>(areas.constFirst());
    QVERIFY(page != nullptr);
    QCOMPARE(page->objectName(), u"resultScrollArea"_s);
    // The page scrolls down, never sideways: every block of the table fits its width.
    QVERIFY(page->verticalScrollBar()->maximum() > 0);
    QCOMPARE(page->horizontalScrollBar()->maximum(), 0);
    const QList<QTableView*> blocks = view.roundsViews();
    QVERIFY2(blocks.size() > 1, "a narrow page shows the rounds in blocks");
    int figureColumnsShown = 0;
    for (QTableView* block : blocks) {
        QVERIFY(block->width() <= page->viewport()->width());
        QVERIFY(!block->isColumnHidden(reports::ElectionRoundsModel::CandidateColumn));
        for (int column = reports::ElectionRoundsModel::FirstFigureColumn;
             column < view.roundsModel()->columnCount(); ++column) {
            figureColumnsShown += block->isColumnHidden(column) ? 0 : 1;
        }
        // Every row of the block in sight without a scroll of its own.
        QCOMPARE(block->verticalHeader()->length() + block->horizontalHeader()->height()
                     + 2 * block->frameWidth(),
                 block->height());
    }
    QCOMPARE(figureColumnsShown,
             view.roundsModel()->columnCount() - reports::ElectionRoundsModel::FirstFigureColumn);
    // The working is as tall as its sentences.
    QLabel* working = view.workingView();
    QVERIFY(working->height() >= working->heightForWidth(working->width()));
}

void TestResultViews::roundCaptionsAreNeverCutShort()
{
    app::ElectionResultView view;
    view.showResult(electionSource());
    app::ElectionRoundsChart* chart = view.roundsChart();
    QVERIFY(chart->roundCount() >= 4);
    QFont bold = chart->font();
    bold.setBold(true);
    for (const int width : { 420, 640, 1100 }) {
        chart->resize(width, chart->heightForWidth(width));
        for (int round = 1; round <= chart->roundCount(); ++round) {
            const QRect area = chart->captionRect(round);
            const QString title = chart->caption(round).section(u'\n', 0, 0);
            const QString action = chart->caption(round).section(u'\n', 1);
            QVERIFY2(QFontMetrics(bold).horizontalAdvance(title) <= area.width(), qPrintable(title));
            // The action wraps between words within the caption's room; no word is wider than it.
            for (const QString& word : action.split(u' ')) {
                QVERIFY2(chart->fontMetrics().horizontalAdvance(word) <= area.width(),
                         qPrintable(QStringLiteral("%1 at %2").arg(word).arg(width)));
            }
            const QRect needed = chart->fontMetrics().boundingRect(QRect(0, 0, area.width(), 10'000),
                                                                   Qt::TextWordWrap, action);
            QVERIFY2(chart->fontMetrics().height() + needed.height() <= area.height(),
                     qPrintable(QStringLiteral("%1 at %2").arg(action).arg(width)));
            QVERIFY(chart->rect().contains(area));
        }
    }
}

// The Results tab of a 900 x 600 window leaves the view about 600 x 380: Print… and Save as PDF… are in
// sight, not behind a scroll bar, for both kinds of result.
void TestResultViews::buttonsStayInSightInASmallWindow()
{
    app::ElectionResultView election;
    election.resize(600, 380);
    election.show();
    election.showResult(electionSource());
    QVERIFY(QTest::qWaitForWindowExposed(&election));
    QCoreApplication::processEvents();
    QVERIFY(isWhollyVisible(election.printButton(), &election));
    QVERIFY(isWhollyVisible(election.savePdfButton(), &election));
    // Nothing sideways to scroll to: what is on the page is all in sight across.
    auto* page = election.findChild<QScrollArea*>(u"resultScrollArea"_s);
    for (QWidget* child : page->widget()->findChildren<QWidget*>()) {
        if (child->isVisible() && child->minimumSizeHint().width() > 560)
            qWarning() << child << child->minimumSizeHint() << child->sizeHint();
    }
    qWarning() << page->widget()->minimumSizeHint() << page->viewport()->width();
    QCOMPARE(page->horizontalScrollBar()->maximum(), 0);
    QVERIFY(driving::saveShot(&election, u"election-result-small"_s));

    app::MotionResultView motion;
    motion.resize(600, 380);
    motion.show();
    motion.showResult(specialResolutionSource());
    QVERIFY(QTest::qWaitForWindowExposed(&motion));
    QCoreApplication::processEvents();
    QVERIFY(isWhollyVisible(motion.printButton(), &motion));
    QVERIFY(isWhollyVisible(motion.savePdfButton(), &motion));
    QVERIFY(scrollingAreas(&motion).size() == 1);
    QVERIFY(driving::saveShot(&motion, u"motion-result-small"_s));
}

QTEST_MAIN(TestResultViews)
#include "TestResultViews.moc"
