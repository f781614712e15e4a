#pragma once

#include <QDateEdit>

namespace mutualise::app {

// A date field that Tab leaves. QDateEdit uses Tab to step between its day, month and year, so in a
// form the next field's text (an e-mail, say) went into the date instead and a wrong date was saved
// without a word. Every date field in the program is one of these; the arrow keys and the cursor
// still move between the parts of the date. The field takes only the dates the register accepts, from
// 1800 to 100 years ahead (domain::checkPlausibleDate).
class DateEdit : public QDateEdit
{
    Q_OBJECT

public:
    explicit DateEdit(QWidget* parent = nullptr);
    explicit DateEdit(const QDate& date, QWidget* parent = nullptr);

protected:
    bool focusNextPrevChild(bool next) override;

private:
    void limitToPlausibleDates();
};

} // namespace mutualise::app
