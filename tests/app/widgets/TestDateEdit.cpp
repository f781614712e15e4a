#include "app/widgets/DateEdit.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCalendarWidget>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using mutualise::app::DateEdit;

namespace {

// A desktop's window manager activates a window as it is shown; the offscreen platform has none, so
// the tests do it, as a person's click would.
bool activate(QWidget* window)
{
    window->activateWindow();
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; });
}

QString britishDate(const QDate& date)
{
    return QLocale().toString(date, u"dd/MM/yyyy"_s);
}

// "type it as 2026-12-06, 06/12/2026 or 6 Dec 2026": today is the example.
QString waysToType()
{
    const QDate today = QDate::currentDate();
    return u"type it as %1, %2 or %3."_s.arg(today.toString(Qt::ISODate), britishDate(today),
                                             QLocale().toString(today, u"d MMM yyyy"_s));
}

} // namespace

// A date field takes a date as people type it, and Tab alone leaves it: nothing typed in it ever lands
// in the next field, and what it cannot read is named in place.
class TestDateEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void typedDateThenTab_data();
    void typedDateThenTab();
    void unreadableDateIsNamedInPlace();
    void fieldOnAPageShowsTheProblemUnderItself();
    void problemWaitsUntilTheUserIsDone();
    void correctedDateClearsTheProblem();
    void dateAfterTheMaximumIsNamed();
    void implausibleYearIsNamed();
    void setDateStaysInsideTheRange();
    void arrowsMoveADay();
    void calendarPicksADate();
    void enterTakesTheTypedDate();

private:
    void typeThenTab(const QString& text);

    std::unique_ptr<QWidget> m_form;
    DateEdit* m_date = nullptr;
    QLineEdit* m_next = nullptr;
};

void TestDateEdit::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestDateEdit::init()
{
    m_form = std::make_unique<QWidget>();
    auto* layout = new QFormLayout(m_form.get());
    m_date = new DateEdit(QDate(2025, 6, 30), m_form.get());
    m_next = new QLineEdit(m_form.get());
    layout->addRow(u"&Admitted on:"_s, m_date);
    layout->addRow(u"&E-mail:"_s, m_next);
    m_form->show();
    QVERIFY(activate(m_form.get()));
    m_date->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), m_date);
}

void TestDateEdit::cleanup()
{
    m_form.reset();
}

void TestDateEdit::typeThenTab(const QString& text)
{
    m_date->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), m_date);
    m_date->selectAll();
    QTest::keyClicks(m_date, text);
    QTest::keyClick(m_date, Qt::Key_Tab);
}

void TestDateEdit::typedDateThenTab_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QDate>("date");
    QTest::newRow("day, short month, year") << u"1 Apr 2026"_s << QDate(2026, 4, 1);
    QTest::newRow("day, long month, year") << u"1 April 2026"_s << QDate(2026, 4, 1);
    QTest::newRow("ISO") << u"2026-04-01"_s << QDate(2026, 4, 1);
    QTest::newRow("UK short format") << u"01/04/2026"_s << QDate(2026, 4, 1);
    QTest::newRow("UK without zeros") << u"1/4/2024"_s << QDate(2024, 4, 1);
}

// The space in "1 Apr 2026" is part of the date: the focus stays until Tab, and the e-mail stays empty.
void TestDateEdit::typedDateThenTab()
{
    QFETCH(QString, typed);
    QFETCH(QDate, date);
    QSignalSpy changed(m_date, &DateEdit::dateChanged);
    typeThenTab(typed);
    QCOMPARE(m_date->date(), date);
    QVERIFY(!m_date->hasProblem());
    QCOMPARE(QApplication::focusWidget(), m_next);
    QCOMPARE(m_next->text(), QString());
    QCOMPARE(m_date->text(), britishDate(date)); // shown in the field's own format once left
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().at(0).toDate(), date);
}

void TestDateEdit::unreadableDateIsNamedInPlace()
{
    QSignalSpy problems(m_date, &DateEdit::problemChanged);
    typeThenTab(u"31/02/2026"_s);
    QVERIFY(!m_date->date().isValid()); // no date rather than a wrong one
    const QString expected = u"“31/02/2026” is not a date: "_s + waysToType();
    QCOMPARE(m_date->problem(), expected);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).at(0).toString(), expected);
    QCOMPARE(m_date->toolTip(), expected);
    QVERIFY(m_date->palette().color(QPalette::Base) != m_next->palette().color(QPalette::Base)); // marked
    QCOMPARE(m_date->text(), u"31/02/2026"_s); // left as typed, to be put right
    QCOMPARE(QApplication::focusWidget(), m_next);
    QCOMPARE(m_next->text(), QString());

    typeThenTab(u"1 Aprl 2026"_s);
    QVERIFY(m_date->problem().startsWith(u"“1 Aprl 2026” is not a date"_s));
}

// On a page, where no message line listens, the field shows what is wrong in a note under itself that
// covers what lies below rather than pushing it down; the note goes when the date is put right.
void TestDateEdit::fieldOnAPageShowsTheProblemUnderItself()
{
    const QRect nextBefore = m_next->geometry();
    typeThenTab(u"31/02/2026"_s);
    QTRY_VERIFY(m_form->findChild<QLabel*>(u"dateProblem"_s));
    auto* note = m_form->findChild<QLabel*>(u"dateProblem"_s);
    QTRY_VERIFY(note->isVisible());
    QCOMPARE(note->text(), m_date->problem());
    QCOMPARE(note->y(), m_date->mapTo(m_form.get(), QPoint(0, m_date->height())).y());
    QCOMPARE(m_next->geometry(), nextBefore);
    typeThenTab(u"28/02/2026"_s);
    QTRY_VERIFY(!note->isVisible());
}

// "1 Ap" on the way to "1 Apr 2026" is not yet wrong: it is named only when the user leaves the field.
void TestDateEdit::problemWaitsUntilTheUserIsDone()
{
    m_date->selectAll();
    QTest::keyClicks(m_date, u"1 Ap"_s);
    QVERIFY(!m_date->hasProblem());
    QVERIFY(!m_date->date().isValid());
    QTest::keyClicks(m_date, u"r 2026"_s);
    QCOMPARE(m_date->date(), QDate(2026, 4, 1));
    QTest::keyClick(m_date, Qt::Key_Tab);
    QVERIFY(!m_date->hasProblem());
}

void TestDateEdit::correctedDateClearsTheProblem()
{
    typeThenTab(u"31/02/2026"_s);
    QVERIFY(m_date->hasProblem());
    m_date->setFocus();
    QTest::keyClick(m_date, Qt::Key_Backspace); // 31/02/202
    QVERIFY(m_date->hasProblem()); // still named, now for what the field holds
    QVERIFY(m_date->problem().startsWith(u"“31/02/202” is not a date"_s));
    m_date->selectAll();
    QTest::keyClicks(m_date, u"28/02/2026"_s);
    QVERIFY(!m_date->hasProblem()); // put right: the mark goes at once
    QCOMPARE(m_date->date(), QDate(2026, 2, 28));
    QCOMPARE(m_date->toolTip(), QString());
}

void TestDateEdit::dateAfterTheMaximumIsNamed()
{
    const QDate today = QDate::currentDate();
    m_date->setMaximumDate(today);
    m_date->setDate(today);
    typeThenTab(today.addDays(1).toString(Qt::ISODate));
    QVERIFY(!m_date->date().isValid());
    QCOMPARE(m_date->problem(),
             u"%1 is after today: the latest date this field takes is today, %2."_s.arg(
                 britishDate(today.addDays(1)), britishDate(today)));

    m_date->setDateRange(QDate(2020, 1, 1), QDate(2020, 12, 31));
    typeThenTab(u"1 Jan 2021"_s);
    QCOMPARE(m_date->problem(), u"01/01/2021 is after 31/12/2020, the latest date this field takes."_s);
    typeThenTab(u"31 Dec 2019"_s);
    QCOMPARE(m_date->problem(), u"31/12/2019 is before 01/01/2020, the earliest date this field takes."_s);
    typeThenTab(u"1 Jul 2020"_s);
    QVERIFY(!m_date->hasProblem());
    QCOMPARE(m_date->date(), QDate(2020, 7, 1));
}

// domain::checkPlausibleDate: year 1700 is a slip of the keyboard, whatever the form allows.
void TestDateEdit::implausibleYearIsNamed()
{
    typeThenTab(u"1/1/1700"_s);
    QVERIFY(!m_date->date().isValid());
    QVERIFY2(m_date->problem().startsWith(u"1700-01-01 is not a plausible date"_s),
             qPrintable(m_date->problem()));
}

// As QDateEdit did: a date set by the program is brought inside the range, and so is a range narrowed
// under the date shown.
void TestDateEdit::setDateStaysInsideTheRange()
{
    m_date->setDateRange(QDate(2020, 1, 1), QDate(2020, 12, 31));
    QCOMPARE(m_date->date(), QDate(2020, 12, 31)); // 30/06/2025 was after the new range
    m_date->setDate(QDate(2019, 5, 5));
    QCOMPARE(m_date->date(), QDate(2020, 1, 1));
    QCOMPARE(m_date->text(), u"01/01/2020"_s);
    m_date->setMinimumDate(QDate(2021, 1, 1)); // past the maximum: the maximum moves with it
    QCOMPARE(m_date->maximumDate(), QDate(2021, 1, 1));
    QCOMPARE(m_date->date(), QDate(2021, 1, 1));
    m_date->setDate(QDate());
    QVERIFY(!m_date->date().isValid());
    QCOMPARE(m_date->text(), QString());
}

void TestDateEdit::arrowsMoveADay()
{
    QTest::keyClick(m_date, Qt::Key_Up);
    QCOMPARE(m_date->date(), QDate(2025, 7, 1));
    QTest::keyClick(m_date, Qt::Key_Down);
    QTest::keyClick(m_date, Qt::Key_Down);
    QCOMPARE(m_date->date(), QDate(2025, 6, 29));
    m_date->setMaximumDate(QDate(2025, 6, 29));
    QTest::keyClick(m_date, Qt::Key_Up);
    QCOMPARE(m_date->date(), QDate(2025, 6, 29)); // not past the maximum
}

void TestDateEdit::calendarPicksADate()
{
    QTest::keyClick(m_date, Qt::Key_Down, Qt::AltModifier);
    QCalendarWidget* calendar = m_date->calendar();
    QVERIFY(calendar);
    QTRY_VERIFY(calendar->isVisible());
    QCOMPARE(calendar->selectedDate(), QDate(2025, 6, 30));
    calendar->setSelectedDate(QDate(2025, 6, 12));
    QTest::keyClick(calendar->findChild<QAbstractItemView*>(), Qt::Key_Return);
    QTRY_VERIFY(!calendar->isVisible());
    QCOMPARE(m_date->date(), QDate(2025, 6, 12));
    QCOMPARE(m_date->text(), u"12/06/2025"_s);
    QTRY_COMPARE(QApplication::focusWidget(), m_date);
}

void TestDateEdit::enterTakesTheTypedDate()
{
    m_date->selectAll();
    QTest::keyClicks(m_date, u"3 march 2024"_s);
    QTest::keyClick(m_date, Qt::Key_Return);
    QCOMPARE(m_date->date(), QDate(2024, 3, 3));
    QCOMPARE(m_date->text(), u"03/03/2024"_s);
}

QTEST_MAIN(TestDateEdit)
#include "TestDateEdit.moc"
