#include "app/widgets/DateEdit.h"

#include "domain/Dates.h"

namespace mutualise::app {

DateEdit::DateEdit(QWidget* parent)
    : QDateEdit(parent)
{
    limitToPlausibleDates();
}

DateEdit::DateEdit(const QDate& date, QWidget* parent)
    : QDateEdit(date, parent)
{
    limitToPlausibleDates();
}

void DateEdit::limitToPlausibleDates()
{
    // The range domain::checkPlausibleDate accepts, so that year 1 or 9999 cannot even be typed. A
    // dialog may narrow it further (no admission after today).
    setDateRange(domain::earliestPlausibleDate(), domain::latestPlausibleDate(QDate::currentDate()));
}

bool DateEdit::focusNextPrevChild(bool next)
{
    // Skip QDateTimeEdit's override, which moves to the next section of the date while there is one:
    // Tab and Shift+Tab move to the next and previous field, as in every other field of a form.
    return QWidget::focusNextPrevChild(next);
}

} // namespace mutualise::app
