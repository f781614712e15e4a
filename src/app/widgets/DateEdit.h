#pragma once

#include <QDate>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>

class QCalendarWidget;

namespace mutualise::app {

// A date field that takes a date the way people type one: 2026-04-01, the locale's 01/04/2026 (or
// 1/4/2026), or 1 Apr 2026 (domain::parseTypedDate). It is a line edit, so a space is part of the
// date and only Tab leaves the field; nothing typed here ever lands in the next field. A calendar
// button (and Alt+Down or F4) picks a date instead; Up and Down move a day.
//
// What cannot be read, or lies outside the range, is named in place: the field is marked, problem()
// says what is wrong and how to type it, and date() is null until the text is a date again, so a form
// cannot save a date other than the one shown. The range is the one every record may carry
// (domain::checkPlausibleDate), narrowed by setMinimumDate/setMaximumDate.
class DateEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateEdit(QWidget* parent = nullptr);
    explicit DateEdit(const QDate& date, QWidget* parent = nullptr);
    ~DateEdit() override;

    // The date the text names, inside the range; null while the text is not such a date.
    QDate date() const { return m_date; }
    // Shows `date`, brought inside the range as QDateEdit does; a null date empties the field.
    void setDate(const QDate& date);

    QDate minimumDate() const { return m_minimum; }
    QDate maximumDate() const { return m_maximum; }
    void setMinimumDate(const QDate& date);
    void setMaximumDate(const QDate& date);
    void setDateRange(const QDate& minimum, const QDate& maximum);

    // Why the text is not an acceptable date, naming it and the ways to type one; empty when it is.
    QString problem() const { return m_problem; }
    bool hasProblem() const { return !m_problem.isEmpty(); }

    // The calendar, while it is shown (for tests and for the keyboard).
    QCalendarWidget* calendar() const { return m_calendar; }
    void showCalendar();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // The date changed, to a null date when the text stopped naming one.
    void dateChanged(const QDate& date);
    // The problem appeared, changed or went away (then `problem` is empty). A form that shows it in
    // its own message line connects to this; elsewhere the field shows it in a note under itself.
    void problemChanged(const QString& problem);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;
    void moveEvent(QMoveEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void readText();
    void commitText();
    void updateDate(const QDate& date, const QString& problem);
    void showDateText();
    void markProblem();
    QString rangeProblem(const QDate& date) const;
    QDate clamped(const QDate& date) const;
    void pickFromCalendar(const QDate& date);
    void showBalloon();

    QDate m_date;
    QDate m_minimum;
    QDate m_maximum;
    QString m_problem;
    QAction* m_calendarAction = nullptr;
    QCalendarWidget* m_calendar = nullptr;
    QPointer<QLabel> m_balloon; // a child of the window, which may go first
};

} // namespace mutualise::app
