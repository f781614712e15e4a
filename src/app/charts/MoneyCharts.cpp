#include "app/charts/MoneyCharts.h"

#include "app/charts/MoneyAxis.h"
#include "domain/Fraction.h"
#include "domain/Text.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QTextBoundaryFinder>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace mutualise::app {

namespace {

using domain::WideInteger;

// Categories on an axis beyond which their labels are turned on end to fit under the bars.
constexpr qsizetype uprightLabelLimit = 8;

const QColor savedColour(0x2e, 0x7d, 0x32);
const QColor reinvestedColour(0x15, 0x65, 0xc0);
const QColor grantedColour(0x15, 0x65, 0xc0);
const QColor receivedColour(0x64, 0xb5, 0xf6);
const QColor remainingColour(0xe0, 0xe0, 0xe0);
const QColor targetColour(0x21, 0x21, 0x21);

std::unique_ptr<QChart> createChart(const QString& title)
{
    auto chart = std::make_unique<QChart>();
    chart->setTheme(QChart::ChartThemeLight);
    chart->setBackgroundVisible(false);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    // The axes' and bars' numbers in the user's format: "12,500", not "12500".
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    QFont titleFont = QApplication::font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    chart->setTitleFont(titleFont);
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

MoneyChart emptyChart(const QString& title, const QString& message)
{
    return MoneyChart { title, nullptr, message };
}

QString moneyText(qint64 amount, const domain::Currency& currency)
{
    return domain::Money(amount, currency).format(QLocale());
}

// Shows `text` by the pointer while it is over a bar; a bar's exact amount is only ever read here. A
// tooltip that looks like markup is read as markup: the text is escaped, so a name is shown as typed.
void showTip(bool isOver, const QString& text)
{
    if (isOver) {
        QToolTip::showText(QCursor::pos(),
                           u"<html>%1</html>"_s.arg(text.toHtmlEscaped().replace(u'\n', u"<br>"_s)));
    } else {
        QToolTip::hideText();
    }
}

// `amount` on the axis, rounded to a tenth of its unit (or to a whole pound when the axis counts in
// pounds) so that the figure written at the end of a bar is short: "12.3" on an axis of £ thousands.
double labelValue(qint64 amount, const MoneyAxis& axis, const domain::Currency& currency)
{
    const qint64 divisor
        = axis.minorPerUnit() > currency.minorPerMajor() ? axis.minorPerUnit() / 10 : axis.minorPerUnit();
    qint64 rounded = amount / divisor;
    const qint64 remainder = amount % divisor;
    if (remainder != 0 && (remainder < 0 ? -remainder : remainder) * 2 >= divisor) {
        rounded += amount < 0 ? -1 : 1;
    }
    return axis.valueOf(rounded) * static_cast<double>(divisor);
}

// Labels for a category axis must differ from one another: a repeated one gets `key` after it.
QStringList distinctLabels(const QStringList& labels, const QStringList& keys)
{
    QStringList distinct;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        QString label = labels.at(i);
        if (labels.count(label) > 1 && !keys.at(i).isEmpty()) {
            label = u"%1 (%2)"_s.arg(label, keys.at(i));
        }
        for (int copy = 2; distinct.contains(label); ++copy) {
            label = u"%1 (%2)"_s.arg(labels.at(i)).arg(copy);
        }
        distinct.append(label);
    }
    return distinct;
}

// Periods named under the bars at most: more would be drawn over one another at 900 pixels.
constexpr qsizetype maximumPeriodLabels = 24;

// The periods under the bars, every one while they fit, otherwise every 2nd, 3rd, 4th, 6th, 12th...
// (steps that keep months and quarters in step with the year). A category axis needs a distinct text
// for each bar, so a period left unnamed gets a different number of zero-width spaces; its tooltip still
// names it.
QStringList periodLabels(const QStringList& periods)
{
    qsizetype every = 1;
    for (const qsizetype step : { 2, 3, 4, 6, 12 }) {
        if (periods.size() <= maximumPeriodLabels * every) {
            break;
        }
        every = step;
    }
    while (periods.size() > maximumPeriodLabels * every) {
        every *= 2;
    }
    QStringList labels;
    for (qsizetype i = 0; i < periods.size(); ++i) {
        labels.append(i % every == 0 ? domain::visibleText(periods.at(i)) : QString(i + 1, QChar(0x200B)));
    }
    return labels;
}

// Qt Charts reads the labels of axes, legends and titles as rich text: names and titles that people
// type are escaped before they are drawn, so that "Councils <5,000" is shown as typed.
QBarCategoryAxis* createCategoryAxis(const QStringList& categories)
{
    auto* axis = new QBarCategoryAxis;
    for (const QString& category : categories) {
        axis->append(category.toHtmlEscaped());
    }
    axis->setTruncateLabels(false);
    return axis;
}

void attach(QAbstractSeries* series, QAbstractAxis* horizontal, QAbstractAxis* vertical)
{
    series->attachAxis(horizontal);
    series->attachAxis(vertical);
}

} // namespace

QString MoneyCharts::shortLabel(const QString& text)
{
    const QString visible = domain::visibleText(text);
    // Counted in characters as a person sees them, so that no accent or emoji is cut in two.
    QList<qsizetype> boundaries;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, visible);
    for (qsizetype at = 0; at >= 0 && at < visible.size(); at = finder.toNextBoundary()) {
        boundaries.append(at);
    }
    if (boundaries.size() <= maximumLabelLength) {
        return visible;
    }
    const qsizetype head = boundaries.at((maximumLabelLength - 1) / 2);
    const qsizetype tail = boundaries.at(boundaries.size() - (maximumLabelLength - 1) / 2);
    return visible.left(head).trimmed() + u"…"_s + visible.mid(tail).trimmed();
}

QString MoneyCharts::percentText(qint64 part, qint64 whole)
{
    if (whole == 0) {
        return QString();
    }
    // Tenths of a percent, rounded half away from zero, in 128 bits so that no sum of money overflows.
    const WideInteger scaled = static_cast<WideInteger>(part) * 1000;
    WideInteger tenths = scaled / whole;
    const WideInteger remainder = scaled % whole;
    const WideInteger twice = (remainder < 0 ? -remainder : remainder) * 2;
    if (twice >= (whole < 0 ? -static_cast<WideInteger>(whole) : static_cast<WideInteger>(whole))) {
        tenths += ((scaled < 0) != (whole < 0)) ? -1 : 1;
    }
    const bool isNegative = tenths < 0;
    const WideInteger size = isNegative ? -tenths : tenths;
    const QLocale locale;
    //: A share of a total: "23.4%"
    return tr("%1%").arg((isNegative ? locale.negativeSign() : QString())
                         + locale.toString(static_cast<qint64>(size / 10)) + locale.decimalPoint()
                         + locale.toString(static_cast<qint64>(size % 10)));
}

qint64 MoneyCharts::percentReached(qint64 amount, qint64 target)
{
    if (target <= 0 || amount <= 0) {
        return 0;
    }
    return static_cast<qint64>(static_cast<WideInteger>(amount) * 100 / target);
}

MoneyChart MoneyCharts::contributionsByClass(const ContributionsOverTime& input)
{
    const QString title = tr("Contributions by class");
    // The top and the bottom of each stack: what the classes put in, and what reversals took out.
    qint64 largest = 0;
    qint64 smallest = 0;
    bool hasAmount = false;
    for (qsizetype period = 0; period < input.periods.size(); ++period) {
        qint64 above = 0;
        qint64 below = 0;
        for (const ClassAmounts& amounts : input.classes) {
            const qint64 amount = amounts.amounts.value(period);
            hasAmount = hasAmount || amount != 0;
            if (qAddOverflow(amount > 0 ? above : below, amount, amount > 0 ? &above : &below)) {
                return emptyChart(title, tr("The contributions are too large to draw."));
            }
        }
        largest = std::max(largest, above);
        smallest = std::min(smallest, below);
    }
    if (!hasAmount || input.classes.isEmpty()) {
        return emptyChart(title,
                          tr("No contributions have been recorded yet. They appear here by class "
                             "once members have contributed."));
    }

    const MoneyAxis moneyAxis(smallest, largest, input.currency);
    auto* series = new QStackedBarSeries;
    for (const ClassAmounts& amounts : input.classes) {
        auto* set = new QBarSet(domain::visibleText(amounts.className).toHtmlEscaped());
        QStringList tips;
        for (qsizetype period = 0; period < input.periods.size(); ++period) {
            const qint64 amount = amounts.amounts.value(period);
            set->append(moneyAxis.valueOf(amount));
            tips.append(tr("%1\n%2: %3")
                            .arg(input.periods.at(period), set->label(), moneyText(amount, input.currency)));
        }
        QObject::connect(set, &QBarSet::hovered, set, [tips](bool isOver, int index) {
            showTip(isOver && index >= 0 && index < tips.size(), tips.value(index));
        });
        series->append(set);
    }

    auto chart = createChart(title);
    chart->addSeries(series);
    auto* periods = createCategoryAxis(periodLabels(input.periods));
    if (input.periods.size() > uprightLabelLimit) {
        periods->setLabelsAngle(-90);
    }
    chart->addAxis(periods, Qt::AlignBottom);
    QValueAxis* amounts = moneyAxis.createAxis();
    chart->addAxis(amounts, Qt::AlignLeft);
    attach(series, periods, amounts);
    return MoneyChart { title, std::move(chart), QString() };
}

MoneyChart MoneyCharts::topContributors(const Contributors& input)
{
    const QString title = tr("Largest contributors");
    // The ten largest, by amount and then by name and number so that the order never depends on the
    // input's: partial sorting keeps this quick for a hundred thousand members.
    QList<const ContributorAmount*> ranked;
    ranked.reserve(input.contributors.size());
    for (const ContributorAmount& contributor : input.contributors) {
        if (contributor.amount > 0) {
            ranked.append(&contributor);
        }
    }
    if (ranked.isEmpty()) {
        return emptyChart(title,
                          tr("No member has contributed yet. The ten largest contributors appear "
                             "here once contributions are recorded."));
    }
    const qsizetype shown = std::min(topContributorCount, ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + shown, ranked.end(),
                      [](const ContributorAmount* left, const ContributorAmount* right) {
                          if (left->amount != right->amount) {
                              return left->amount > right->amount;
                          }
                          if (left->name != right->name) {
                              return left->name < right->name;
                          }
                          return left->number < right->number;
                      });
    ranked.resize(shown);
    // A horizontal bar axis runs from the bottom up: the smallest of the ten first puts the largest on top.
    std::reverse(ranked.begin(), ranked.end());

    QStringList labels;
    QStringList numbers;
    for (const ContributorAmount* contributor : std::as_const(ranked)) {
        labels.append(shortLabel(contributor->name));
        numbers.append(domain::visibleText(contributor->number));
    }
    const QStringList names = distinctLabels(labels, numbers);
    const MoneyAxis moneyAxis(0, ranked.constLast()->amount, input.currency, true);
    auto* set = new QBarSet(tr("Contributed"));
    set->setColor(savedColour);
    set->setBorderColor(savedColour);
    set->setLabelColor(Qt::black);
    QStringList tips;
    for (const ContributorAmount* contributor : std::as_const(ranked)) {
        set->append(labelValue(contributor->amount, moneyAxis, input.currency));
        tips.append(tr("%1 (%2)\n%3")
                        .arg(domain::visibleText(contributor->name), domain::visibleText(contributor->number),
                             moneyText(contributor->amount, input.currency)));
    }
    QObject::connect(set, &QBarSet::hovered, set, [tips](bool isOver, int index) {
        showTip(isOver && index >= 0 && index < tips.size(), tips.value(index));
    });
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(12);

    auto chart = createChart(title);
    chart->addSeries(series);
    chart->legend()->hide();
    auto* members = createCategoryAxis(names);
    chart->addAxis(members, Qt::AlignLeft);
    QValueAxis* amounts = moneyAxis.createAxis();
    chart->addAxis(amounts, Qt::AlignBottom);
    attach(series, amounts, members);
    return MoneyChart { title, std::move(chart), QString() };
}

MoneyChart MoneyCharts::savingsAndReinvestment(const SavingsByYear& input)
{
    const QString title = tr("Savings generated and reinvested");
    qint64 largest = 0;
    qint64 smallest = 0;
    bool hasAmount = false;
    for (const YearSavings& year : input.years) {
        for (const qint64 amount : { year.saved, year.reinvested }) {
            largest = std::max(largest, amount);
            smallest = std::min(smallest, amount);
            hasAmount = hasAmount || amount != 0;
        }
    }
    if (!hasAmount) {
        return emptyChart(title,
                          tr("No savings have been recorded yet. Each financial year's savings and "
                             "what was reinvested from them appear here."));
    }

    const MoneyAxis moneyAxis(smallest, largest, input.currency);
    auto* saved = new QBarSet(tr("Savings generated"));
    saved->setColor(savedColour);
    saved->setBorderColor(savedColour);
    auto* reinvested = new QBarSet(tr("Savings reinvested"));
    reinvested->setColor(reinvestedColour);
    reinvested->setBorderColor(reinvestedColour);
    QStringList years;
    QStringList savedTips;
    QStringList reinvestedTips;
    for (const YearSavings& year : input.years) {
        years.append(domain::visibleText(year.year));
        saved->append(moneyAxis.valueOf(year.saved));
        reinvested->append(moneyAxis.valueOf(year.reinvested));
        savedTips.append(tr("%1\nSaved: %2").arg(years.constLast(), moneyText(year.saved, input.currency)));
        reinvestedTips.append(
            tr("%1\nReinvested: %2").arg(years.constLast(), moneyText(year.reinvested, input.currency)));
    }
    for (const auto& [set, tips] :
         { std::pair { saved, savedTips }, std::pair { reinvested, reinvestedTips } }) {
        QObject::connect(set, &QBarSet::hovered, set, [tips](bool isOver, int index) {
            showTip(isOver && index >= 0 && index < tips.size(), tips.value(index));
        });
    }
    auto* series = new QBarSeries;
    series->append(saved);
    series->append(reinvested);

    auto chart = createChart(title);
    chart->addSeries(series);
    auto* yearAxis = createCategoryAxis(periodLabels(years));
    if (years.size() > uprightLabelLimit) {
        yearAxis->setLabelsAngle(-90);
    }
    chart->addAxis(yearAxis, Qt::AlignBottom);
    QValueAxis* amounts = moneyAxis.createAxis();
    chart->addAxis(amounts, Qt::AlignLeft);
    attach(series, yearAxis, amounts);
    return MoneyChart { title, std::move(chart), QString() };
}

MoneyChart MoneyCharts::reinvestmentByCategory(const ReinvestmentByCategory& input)
{
    const QString title = tr("Reinvestment by category");
    // A slice cannot be negative or nothing: only the categories that received money are drawn.
    qint64 total = 0;
    QList<const CategoryAmount*> drawn;
    for (const CategoryAmount& category : input.categories) {
        if (category.amount <= 0) {
            continue;
        }
        if (qAddOverflow(total, category.amount, &total)) {
            return emptyChart(title, tr("The grants are too large to draw."));
        }
        drawn.append(&category);
    }
    if (drawn.isEmpty()) {
        return emptyChart(title,
                          tr("Nothing has been reinvested yet. Grants from the community fund appear "
                             "here by category."));
    }
    std::stable_sort(drawn.begin(), drawn.end(), [](const CategoryAmount* left, const CategoryAmount* right) {
        return left->amount > right->amount;
    });

    auto* series = new QPieSeries;
    series->setHoleSize(0.45);
    series->setPieSize(0.8);
    QStringList legendLabels;
    for (const CategoryAmount* category : std::as_const(drawn)) {
        const QString percent = percentText(category->amount, total);
        // Over two lines, so that the legend stays narrow beside the ring in a small window. The legend
        // reads its labels as rich text: the name is escaped, so that a category called "<b>" is shown as
        // typed.
        //: A category in the legend of the reinvestment chart, as HTML over two lines:
        //: "Skills<br>£12,500.00 (23.4%)"
        legendLabels.append(tr("%1<br>%2 (%3)")
                                .arg(shortLabel(category->category).toHtmlEscaped(),
                                     moneyText(category->amount, input.currency).toHtmlEscaped(), percent));
        // The ring carries the percentage; the legend beside it names the category with its amount. A thin
        // slice's figure would not fit on it and is left to the legend.
        auto* slice = series->append(percent, static_cast<double>(category->amount));
        slice->setLabelVisible(static_cast<WideInteger>(category->amount) * 20 >= total);
        slice->setLabelPosition(QPieSlice::LabelInsideHorizontal);
        slice->setLabelColor(Qt::white);
        QObject::connect(slice, &QPieSlice::hovered, slice,
                         [slice, tip = legendLabels.constLast()](bool isOver) {
                             showTip(isOver, tip);
                             slice->setExploded(isOver);
                         });
    }

    auto chart = createChart(title);
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    const auto markers = chart->legend()->markers(series);
    for (qsizetype i = 0; i < markers.size() && i < legendLabels.size(); ++i) {
        markers.at(i)->setLabel(legendLabels.at(i));
    }
    return MoneyChart { title, std::move(chart), QString() };
}

MoneyChart MoneyCharts::projectProgress(const ProjectsProgress& input)
{
    const QString title = tr("Projects and their targets");
    if (input.projects.isEmpty()) {
        return emptyChart(title,
                          tr("No projects have been proposed yet. Each project's progress towards its "
                             "target appears here."));
    }
    qint64 largest = 0;
    for (const ProjectProgress& project : input.projects) {
        qint64 raised = 0;
        if (qAddOverflow(std::max<qint64>(project.granted, 0), std::max<qint64>(project.received, 0),
                         &raised)) {
            return emptyChart(title, tr("The projects' figures are too large to draw."));
        }
        largest = std::max({ largest, raised, project.target });
    }
    // Room past the longest bar or target, so that a target's mark at the end is not cut in half.
    const MoneyAxis moneyAxis(0, largest, input.currency, true);

    // Horizontal bars run from the bottom up: the first project is put last so that it is drawn on top.
    QList<const ProjectProgress*> projects;
    for (const ProjectProgress& project : input.projects) {
        projects.prepend(&project);
    }
    auto* granted = new QBarSet(tr("Granted"));
    auto* received = new QBarSet(tr("Pledged and seconded"));
    auto* remaining = new QBarSet(tr("Still to raise"));
    for (const auto& [set, colour] :
         { std::pair { granted, grantedColour }, std::pair { received, receivedColour },
           std::pair { remaining, remainingColour } }) {
        set->setColor(colour);
        set->setBorderColor(colour);
    }
    auto* targets = new QScatterSeries;
    targets->setName(tr("Target"));
    QStringList labels;
    QStringList tips;
    for (qsizetype row = 0; row < projects.size(); ++row) {
        const ProjectProgress& project = *projects.at(row);
        const qint64 given = std::max<qint64>(project.granted, 0);
        const qint64 taken = std::max<qint64>(project.received, 0);
        const qint64 raised = given + taken; // checked above
        const qint64 percent = percentReached(raised, project.target);
        //: A project on the progress chart and the share of its target reached: "Library hub (75%)"
        labels.append(tr("%1 (%2%)").arg(shortLabel(project.title), QLocale().toString(percent)));
        granted->append(moneyAxis.valueOf(given));
        received->append(moneyAxis.valueOf(taken));
        remaining->append(moneyAxis.valueOf(std::max<qint64>(project.target - raised, 0)));
        targets->append(moneyAxis.valueOf(project.target), static_cast<double>(row));
        tips.append(tr("%1\nTarget: %2\nGranted: %3\nPledged and seconded: %4")
                        .arg(domain::visibleText(project.title), moneyText(project.target, input.currency),
                             moneyText(given, input.currency), moneyText(taken, input.currency)));
    }
    const QStringList names = distinctLabels(labels, QStringList(labels.size(), QString()));
    auto* series = new QHorizontalStackedBarSeries;
    for (QBarSet* set : { granted, received, remaining }) {
        QObject::connect(set, &QBarSet::hovered, set, [tips](bool isOver, int index) {
            showTip(isOver && index >= 0 && index < tips.size(), tips.value(index));
        });
        series->append(set);
    }
    series->setBarWidth(0.6);

    // The target: an upright stroke across the bar, where the bar would end on reaching it.
    constexpr int markerSize = 22;
    QImage stroke(markerSize, markerSize, QImage::Format_ARGB32_Premultiplied);
    stroke.fill(Qt::transparent);
    {
        QPainter painter(&stroke);
        painter.fillRect(QRect(markerSize / 2 - 1, 0, 3, markerSize), targetColour);
    }
    targets->setLightMarker(stroke);
    targets->setMarkerSize(markerSize);
    targets->setColor(targetColour);
    targets->setBorderColor(targetColour);

    auto chart = createChart(title);
    chart->addSeries(series);
    chart->addSeries(targets);
    auto* projectAxis = createCategoryAxis(names);
    chart->addAxis(projectAxis, Qt::AlignLeft);
    QValueAxis* amounts = moneyAxis.createAxis();
    chart->addAxis(amounts, Qt::AlignBottom);
    attach(series, amounts, projectAxis);
    attach(targets, amounts, projectAxis);
    return MoneyChart { title, std::move(chart), QString() };
}

} // namespace mutualise::app
