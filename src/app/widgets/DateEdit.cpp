#include "app/widgets/DateEdit.h"

namespace mutualise::app {

DateEdit::DateEdit(QWidget* parent)
    : QDateEdit(parent)
{ }

DateEdit::DateEdit(const QDate& date, QWidget* parent)
    : QDateEdit(date, parent)
{ }

bool DateEdit::focusNextPrevChild(bool next)
{
    // Skip QDateTimeEdit's override, which moves to the next section of the date while there is one:
    // Tab and Shift+Tab move to the next and previous field, as in every other field of a form.
    return QWidget::focusNextPrevChild(next);
}

} // namespace mutualise::app
