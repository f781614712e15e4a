#include "app/members/MemberDialog.h"
#include "app/widgets/DateEdit.h"
#include "storage/MemberRepository.h"
#include "storage/MutualFile.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mutualise;

namespace {

bool activate(QWidget* window)
{
    window->activateWindow();
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; });
}

} // namespace

// Adding a member: the next free number is offered, a typed admission date is taken as typed, and
// messages leave the fields where they are.
class TestMemberDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void nextFreeNumberIsOffered_data();
    void nextFreeNumberIsOffered();
    void typingReplacesTheOfferedNumber();
    void typedAdmissionDateStaysInItsField();
    void unreadableAdmissionDateIsNamed();
    void messagesLeaveTheFieldsBelowInPlace();

private:
    template<typename T>
    T* field(const char* name) const
    {
        auto* widget = m_dialog->findChild<T*>(QString::fromLatin1(name));
        Q_ASSERT(widget);
        return widget;
    }
    QPushButton* okButton() const
    {
        return m_dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    }
    void addMember(const QString& number);
    void openDialog();

    QTemporaryDir m_dir;
    std::unique_ptr<storage::MutualFile> m_file;
    std::unique_ptr<app::MemberDialog> m_dialog;
    QList<domain::MemberClass> m_classes;
    int m_fileNumber = 0;
};

void TestMemberDialog::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(m_dir.isValid());
}

void TestMemberDialog::init()
{
    domain::Mutual mutual;
    mutual.name = u"Shire Digital"_s;
    mutual.registrationNumber = u"RS008123"_s;
    domain::MemberClass council;
    council.name = u"Founding council"_s;
    auto file = storage::MutualFile::create(m_dir.filePath(u"members%1.mutual"_s.arg(++m_fileNumber)), mutual,
                                            { council }, u"tester"_s);
    QVERIFY2(file, qPrintable(file ? QString() : file.error().message));
    m_file = std::move(file).value();
    m_classes = storage::MemberRepository(*m_file).classes().value();
}

void TestMemberDialog::cleanup()
{
    m_dialog.reset();
    m_file.reset();
}

void TestMemberDialog::addMember(const QString& number)
{
    domain::Member member;
    member.number = number;
    member.name = u"Member "_s + number;
    member.kind = domain::MemberKind::Organisation;
    member.classId = m_classes.constFirst().id;
    member.admittedOn = QDate(2020, 1, 1);
    member.status = domain::MemberStatus::Active;
    const auto added = storage::MemberRepository(*m_file).add(member);
    QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
}

// As the members page opens it.
void TestMemberDialog::openDialog()
{
    storage::MutualFile* file = m_file.get();
    m_dialog = std::make_unique<app::MemberDialog>(m_classes, [file](const domain::Member& member) {
        return storage::MemberRepository(*file).add(member);
    });
    const auto next = storage::MemberRepository(*m_file).nextFreeNumber();
    QVERIFY(next);
    m_dialog->setSuggestedNumber(*next);
    m_dialog->show();
    QVERIFY(activate(m_dialog.get()));
}

void TestMemberDialog::nextFreeNumberIsOffered_data()
{
    QTest::addColumn<QStringList>("numbers");
    QTest::addColumn<QString>("offered");
    QTest::newRow("first member") << QStringList() << u"1"_s;
    QTest::newRow("C001 to C003") << QStringList { u"C001"_s, u"C002"_s, u"C003"_s } << u"C004"_s;
    QTest::newRow("after 7") << QStringList { u"5"_s, u"7"_s } << u"8"_s;
}

void TestMemberDialog::nextFreeNumberIsOffered()
{
    QFETCH(QStringList, numbers);
    QFETCH(QString, offered);
    for (const QString& number : std::as_const(numbers)) {
        addMember(number);
    }
    openDialog();
    auto* number = field<QLineEdit>("numberEdit");
    QCOMPARE(number->text(), offered);
    QCOMPARE(number->selectedText(), offered); // typing replaces it
    QVERIFY(!field<QLabel>("nameError")->isVisible()); // nothing typed yet: nothing is wrong yet
    QVERIFY(!okButton()->isEnabled()); // no name yet

    QTest::keyClicks(field<QLineEdit>("nameEdit"), u"Ada Lovelace"_s);
    QVERIFY(okButton()->isEnabled());
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->savedMember().number, offered);
    QCOMPARE(storage::MemberRepository(*m_file).memberByNumber(offered)->name, u"Ada Lovelace"_s);
}

void TestMemberDialog::typingReplacesTheOfferedNumber()
{
    addMember(u"C001"_s);
    openDialog();
    auto* number = field<QLineEdit>("numberEdit");
    number->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), number);
    QTest::keyClicks(number, u"E01"_s);
    QCOMPARE(number->text(), u"E01"_s);
}

// The space in "1 Apr 2024" stays in the date: the date is 1 April and the e-mail stays empty.
void TestMemberDialog::typedAdmissionDateStaysInItsField()
{
    openDialog();
    QTest::keyClicks(field<QLineEdit>("nameEdit"), u"Ada Lovelace"_s);
    auto* admitted = field<app::DateEdit>("admittedEdit");
    QTest::keyClick(m_dialog.get(), Qt::Key_A, Qt::AltModifier); // "&Admitted on:"
    QCOMPARE(QApplication::focusWidget(), admitted);
    admitted->selectAll();
    QTest::keyClicks(admitted, u"1 Apr 2024"_s);
    QTest::keyClick(admitted, Qt::Key_Tab);
    QCOMPARE(admitted->date(), QDate(2024, 4, 1));
    QCOMPARE(QApplication::focusWidget(), field<QLineEdit>("emailEdit"));
    QCOMPARE(field<QLineEdit>("emailEdit")->text(), QString());
    QCOMPARE(m_dialog->member().admittedOn, QDate(2024, 4, 1));
    QVERIFY(okButton()->isEnabled());
}

void TestMemberDialog::unreadableAdmissionDateIsNamed()
{
    openDialog();
    QTest::keyClicks(field<QLineEdit>("nameEdit"), u"Ada Lovelace"_s);
    auto* admitted = field<app::DateEdit>("admittedEdit");
    admitted->setFocus();
    admitted->selectAll();
    QTest::keyClicks(admitted, u"31/02/2024"_s);
    QVERIFY(!okButton()->isEnabled()); // not a date: nothing to save
    QTest::keyClick(admitted, Qt::Key_Tab);
    auto* error = field<QLabel>("admittedError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(u"“31/02/2024” is not a date: type it as "_s),
             qPrintable(error->text()));
    QVERIFY(!okButton()->isEnabled());
    QCOMPARE(field<QLineEdit>("emailEdit")->text(), QString());

    admitted->setFocus();
    admitted->selectAll();
    QTest::keyClicks(admitted, u"29/02/2024"_s);
    QVERIFY(!error->isVisible());
    QVERIFY(okButton()->isEnabled());
}

// A message appears under a field and goes again: the fields below stay where they were, so the next
// click lands on the field the user aimed at.
void TestMemberDialog::messagesLeaveTheFieldsBelowInPlace()
{
    openDialog();
    auto* name = field<QLineEdit>("nameEdit");
    auto* email = field<QLineEdit>("emailEdit");
    auto* phone = field<QLineEdit>("phoneEdit");
    QTest::keyClicks(name, u"Ada Lovelace"_s);
    QTest::qWait(50);
    const QRect nameBefore = name->geometry();
    const QRect emailBefore = email->geometry();
    const QRect phoneBefore = phone->geometry();

    auto* number = field<QLineEdit>("numberEdit");
    number->setText(u"C 1"_s); // not a member number: a message under the number
    QVERIFY(field<QLabel>("numberError")->isVisible());
    QTest::qWait(50);
    QCOMPARE(name->geometry(), nameBefore);
    QCOMPARE(email->geometry(), emailBefore);

    QTest::keyClicks(email, u"ada@"_s); // not an e-mail address: a message under the e-mail
    number->setText(u"C1"_s);
    QVERIFY(!field<QLabel>("numberError")->isVisible());
    QVERIFY(field<QLabel>("emailError")->isVisible());
    QTest::qWait(50);
    QCOMPARE(name->geometry(), nameBefore);
    QCOMPARE(email->geometry(), emailBefore);
    QCOMPARE(phone->geometry(), phoneBefore);

    email->clear(); // every message gone
    QVERIFY(!field<QLabel>("emailError")->isVisible());
    QTest::qWait(50);
    QCOMPARE(name->geometry(), nameBefore);
    QCOMPARE(phone->geometry(), phoneBefore);
}

QTEST_MAIN(TestMemberDialog)
#include "TestMemberDialog.moc"
