#include "app/widgets/DateEdit.h"

#include "domain/Dates.h"

#include <QAction>
#include <QCalendarWidget>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMetaMethod>
#include <QPainter>
#include <QScreen>
#include <QStyle>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mutualise::app {

namespace {

// A small page of a calendar, drawn, so that the button needs no icon theme.
QIcon calendarIcon(const QPalette& palette)
{
    QIcon themed = QIcon::fromTheme(u"x-office-calendar"_s);
    if (!themed.isNull()) {
        return themed;
    }
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    const QColor ink = palette.color(QPalette::Text);
    painter.setPen(ink);
    painter.drawRect(1, 2, 13, 12);
    painter.fillRect(1, 2, 14, 3, ink);
    for (int row = 0; row < 3; ++row) {
        for (int column = 0; column < 4; ++column) {
            painter.fillRect(3 + column * 3, 7 + row * 2, 2, 1, ink);
        }
    }
    return QIcon(pixmap);
}

// The colour behind a field whose text is not a date the field takes.
const QColor problemBackground(0xfd, 0xe7, 0xe9);

} // namespace

DateEdit::DateEdit(QWidget* parent)
    : QLineEdit(parent)
    , m_minimum(domain::earliestPlausibleDate())
    , m_maximum(domain::latestPlausibleDate(QDate::currentDate()))
{
    // As wide as a date needs, as QDateEdit was, rather than as wide as a row allows.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_calendarAction = addAction(calendarIcon(palette()), QLineEdit::TrailingPosition);
    m_calendarAction->setToolTip(tr("Pick the date from a calendar (Alt+Down)"));
    connect(m_calendarAction, &QAction::triggered, this, &DateEdit::showCalendar);
    connect(this, &QLineEdit::textEdited, this, &DateEdit::readText);
    setPlaceholderText(locale().toString(QDate::currentDate(), domain::typedDateFormat(locale())));
}

DateEdit::DateEdit(const QDate& date, QWidget* parent)
    : DateEdit(parent)
{
    setDate(date);
}

DateEdit::~DateEdit() = default;

void DateEdit::setDate(const QDate& date)
{
    const QDate shown = date.isValid() ? clamped(date) : QDate();
    setText(shown.isValid() ? locale().toString(shown, domain::typedDateFormat(locale())) : QString());
    updateDate(shown, QString());
}

void DateEdit::setMinimumDate(const QDate& date)
{
    setDateRange(date, std::max(date, m_maximum));
}

void DateEdit::setMaximumDate(const QDate& date)
{
    setDateRange(std::min(date, m_minimum), date);
}

void DateEdit::setDateRange(const QDate& minimum, const QDate& maximum)
{
    Q_ASSERT(minimum.isValid() && maximum.isValid() && minimum <= maximum);
    // Never wider than the range every record may carry.
    m_minimum = std::max(minimum, domain::earliestPlausibleDate());
    m_maximum = std::max(m_minimum, std::min(maximum, domain::latestPlausibleDate(QDate::currentDate())));
    if (m_calendar) {
        m_calendar->setDateRange(m_minimum, m_maximum);
    }
    if (m_date.isValid() && clamped(m_date) != m_date) {
        setDate(m_date);
    }
}

QDate DateEdit::clamped(const QDate& date) const
{
    return std::clamp(date, m_minimum, m_maximum);
}

QString DateEdit::rangeProblem(const QDate& date) const
{
    const QDate today = QDate::currentDate();
    if (const auto plausible = domain::checkPlausibleDate(date, today, QString()); !plausible) {
        return plausible.error().message;
    }
    const QString format = domain::typedDateFormat(locale());
    if (date > m_maximum) {
        return m_maximum == today
            ? tr("%1 is after today: the latest date this field takes is today, %2.")
                  .arg(locale().toString(date, format), locale().toString(m_maximum, format))
            : tr("%1 is after %2, the latest date this field takes.")
                  .arg(locale().toString(date, format), locale().toString(m_maximum, format));
    }
    if (date < m_minimum) {
        return tr("%1 is before %2, the earliest date this field takes.")
            .arg(locale().toString(date, format), locale().toString(m_minimum, format));
    }
    return {};
}

// While the user types: a date that can be read and lies in the range is taken at once; anything else
// leaves the field without a date. The problem is only named once the user is done with the field (or
// was already named), so that "1 Ap" is not called wrong on the way to "1 Apr 2026".
void DateEdit::readText()
{
    const auto read = domain::parseTypedDate(text(), locale(), QDate::currentDate());
    QString problem = read ? rangeProblem(*read) : read.error().message;
    const QDate date = problem.isEmpty() ? *read : QDate();
    updateDate(date, hasProblem() ? problem : QString());
}

// When the user is done (Tab, Enter, a click elsewhere): the text is shown in the field's own format,
// or what is wrong with it is named.
void DateEdit::commitText()
{
    const auto read = domain::parseTypedDate(text(), locale(), QDate::currentDate());
    const QString problem = read ? rangeProblem(*read) : read.error().message;
    if (problem.isEmpty()) {
        setText(locale().toString(*read, domain::typedDateFormat(locale())));
        updateDate(*read, QString());
        return;
    }
    updateDate(QDate(), problem);
}

// A note under the field, over what lies below it, while the problem lasts: for a field on a page,
// which has no message line of its own. It moves nothing in the page's layout.
void DateEdit::showBalloon()
{
    const bool isShown = hasProblem() && isVisible()
        && !isSignalConnected(QMetaMethod::fromSignal(&DateEdit::problemChanged));
    if (!isShown) {
        if (QLabel* balloon = m_balloon) {
            balloon->hide();
        }
        return;
    }
    QLabel* balloon = m_balloon;
    if (!balloon) {
        balloon = new QLabel(window());
        balloon->setObjectName(u"dateProblem"_s);
        balloon->setWordWrap(true);
        balloon->setMargin(4);
        balloon->setFrameShape(QFrame::Box);
        balloon->setAutoFillBackground(true);
        QPalette colours = balloon->palette();
        colours.setColor(QPalette::Window, problemBackground);
        colours.setColor(QPalette::WindowText, QColor(0xb3, 0x26, 0x1e));
        balloon->setPalette(colours);
        m_balloon = balloon;
    }
    balloon->setText(m_problem);
    const int width = std::max(this->width(), 360);
    balloon->resize(width, balloon->heightForWidth(width));
    balloon->move(mapTo(window(), QPoint(0, height())));
    balloon->show();
    balloon->raise();
}

void DateEdit::moveEvent(QMoveEvent* event)
{
    QLineEdit::moveEvent(event);
    if (const QLabel* balloon = m_balloon; balloon && balloon->isVisible()) {
        showBalloon();
    }
}

void DateEdit::hideEvent(QHideEvent* event)
{
    QLineEdit::hideEvent(event);
    if (QLabel* balloon = m_balloon) {
        balloon->hide();
    }
}

void DateEdit::updateDate(const QDate& date, const QString& problem)
{
    const bool isDateChanged = date != m_date;
    const bool isProblemChanged = problem != m_problem;
    m_date = date;
    m_problem = problem;
    if (isProblemChanged) {
        markProblem();
    }
    if (isDateChanged) {
        Q_EMIT dateChanged(m_date);
    }
    if (isProblemChanged) {
        // Once the focus has moved on, and never while the window is being taken down.
        QTimer::singleShot(0, this, &DateEdit::showBalloon);
        Q_EMIT problemChanged(m_problem);
    }
}

void DateEdit::markProblem()
{
    QPalette marked = parentWidget() ? parentWidget()->palette() : QPalette();
    if (hasProblem()) {
        marked.setColor(QPalette::Base, problemBackground);
        marked.setColor(QPalette::Text, Qt::black);
    }
    setPalette(marked);
    setToolTip(m_problem);
    setAccessibleDescription(m_problem);
}

void DateEdit::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    const bool isCalendarKey = key == Qt::Key_F4
        || ((key == Qt::Key_Down || key == Qt::Key_Up) && event->modifiers() & Qt::AltModifier);
    if (isCalendarKey) {
        showCalendar();
        return;
    }
    if ((key == Qt::Key_Up || key == Qt::Key_Down) && event->modifiers() == Qt::NoModifier) {
        const QDate from = m_date.isValid() ? m_date : clamped(QDate::currentDate());
        const QDate next = m_date.isValid() ? from.addDays(key == Qt::Key_Up ? 1 : -1) : from;
        setDate(next);
        return;
    }
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        commitText();
    }
    QLineEdit::keyPressEvent(event);
}

void DateEdit::focusOutEvent(QFocusEvent* event)
{
    if (event->reason() != Qt::PopupFocusReason) {
        commitText();
    }
    QLineEdit::focusOutEvent(event);
}

void DateEdit::changeEvent(QEvent* event)
{
    QLineEdit::changeEvent(event);
    if (event->type() == QEvent::LocaleChange && m_date.isValid()) {
        setText(locale().toString(m_date, domain::typedDateFormat(locale())));
    }
}

void DateEdit::showCalendar()
{
    if (!m_calendar) {
        m_calendar = new QCalendarWidget(this);
        m_calendar->setWindowFlags(Qt::Popup);
        m_calendar->setObjectName(u"calendar"_s);
        m_calendar->setGridVisible(false);
        m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
        connect(m_calendar, &QCalendarWidget::clicked, this, &DateEdit::pickFromCalendar);
        connect(m_calendar, &QCalendarWidget::activated, this, &DateEdit::pickFromCalendar);
    }
    m_calendar->setDateRange(m_minimum, m_maximum);
    m_calendar->setSelectedDate(m_date.isValid() ? m_date : clamped(QDate::currentDate()));
    m_calendar->adjustSize();
    QPoint place = mapToGlobal(QPoint(width() - m_calendar->width(), height()));
    if (const QScreen* shown = screen()) {
        const QRect area = shown->availableGeometry();
        if (place.y() + m_calendar->height() > area.bottom()) {
            place.setY(mapToGlobal(QPoint(0, 0)).y() - m_calendar->height());
        }
        place.setX(
            std::clamp(place.x(), area.left(), std::max(area.left(), area.right() - m_calendar->width())));
    }
    m_calendar->move(place);
    m_calendar->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

void DateEdit::pickFromCalendar(const QDate& date)
{
    setDate(date);
    m_calendar->hide();
    setFocus(Qt::PopupFocusReason);
}

QSize DateEdit::sizeHint() const
{
    QSize size = QLineEdit::sizeHint();
    // Room for a date typed in words, "30 September 2026", beside the calendar button.
    const int textWidth = fontMetrics().horizontalAdvance(u"30 September 2026"_s);
    size.setWidth(textWidth + 2 * style()->pixelMetric(QStyle::PM_DefaultFrameWidth) + 40);
    return size;
}

QSize DateEdit::minimumSizeHint() const
{
    QSize size = QLineEdit::minimumSizeHint();
    const int textWidth = fontMetrics().horizontalAdvance(
        locale().toString(QDate(2026, 12, 28), domain::typedDateFormat(locale())));
    size.setWidth(std::max(size.width(), textWidth + 40));
    return size;
}

} // namespace mutualise::app
