#include "app/shares/ShareEntryDialog.h"
#include "app/shell/MutualSession.h"
#include "storage/MemberRepository.h"
#include "storage/MutualFile.h"
#include "storage/ShareLedgerRepository.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mutualise;

namespace {
// A desktop's window manager activates a window as it is shown; the offscreen platform has none, so
// the tests do it, as a person's click would.
bool activate(QWidget* window)
{
    window->activateWindow();
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; });
}
} // namespace

class TestShareEntryDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void okIsDisabledUntilTheFormIsValid();
    void unknownMemberIsPointedOut();
    void errorUnderAFieldIsShownWhole();
    void amountIsSharesTimesNominal_data();
    void amountIsSharesTimesNominal();
    void amountTypedWhenItMayDiffer_data();
    void amountTypedWhenItMayDiffer();
    void previewShowsTheHoldingAfterTheEntry();
    void transferShowsTheReceivingMember();
    void transferToTheSameMemberIsNotAllowed();
    void subscriptionIsRecorded();
    void withdrawalLargerThanHoldingIsRefused();
    void dateFieldStopsAtTodayAndTabLeavesIt();

private:
    storage::ShareLedgerRepository ledger() const
    {
        return storage::ShareLedgerRepository(m_session->file());
    }
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

    QTemporaryDir m_dir;
    std::unique_ptr<app::MutualSession> m_session;
    std::unique_ptr<app::ShareEntryDialog> m_dialog;
    qint64 m_councilId = 0;
    int m_fileNumber = 0;
};

void TestShareEntryDialog::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(m_dir.isValid());
}

void TestShareEntryDialog::init()
{
    domain::Mutual mutual;
    mutual.name = u"Shire Digital"_s;
    mutual.registrationNumber = u"RS008123"_s;
    domain::MemberClass council;
    council.name = u"Founding council"_s;
    auto file = storage::MutualFile::create(m_dir.filePath(u"dialog%1.mutual"_s.arg(++m_fileNumber)), mutual,
                                            { council }, u"tester"_s);
    QVERIFY2(file, qPrintable(file ? QString() : file.error().message));
    m_session = std::make_unique<app::MutualSession>(std::move(file).value());
    storage::MemberRepository members(m_session->file());
    const auto classes = members.classes();
    QVERIFY(classes && classes->size() == 1);
    m_councilId = classes->constFirst().id;
    for (const auto& [number, name] : { std::pair { u"C001"_s, u"Northshire Council"_s },
                                        std::pair { u"C002"_s, u"Southdale Council"_s } }) {
        domain::Member member;
        member.number = number;
        member.name = name;
        member.kind = domain::MemberKind::Organisation;
        member.classId = m_councilId;
        member.email = member.number.toLower() + u"@members.example.org"_s;
        member.phone = u"01632 960000"_s;
        member.address = u"1 High Street, Shiretown"_s;
        member.admittedOn = QDate(2020, 1, 1);
        member.status = domain::MemberStatus::Active;
        const auto added = members.add(member);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
    }
    m_dialog = std::make_unique<app::ShareEntryDialog>(*m_session);
    m_dialog->show();
}

void TestShareEntryDialog::cleanup()
{
    m_dialog.reset();
    m_session.reset();
}

void TestShareEntryDialog::okIsDisabledUntilTheFormIsValid()
{
    QVERIFY(!okButton()->isEnabled());
    QTest::keyClicks(field<QLineEdit>("memberEdit"), u"C00"_s);
    QVERIFY(!okButton()->isEnabled()); // "C00" is nobody's number
    QTest::keyClicks(field<QLineEdit>("memberEdit"), u"1"_s);
    QVERIFY(okButton()->isEnabled());
    field<QLineEdit>("memberEdit")->clear();
    QVERIFY(!okButton()->isEnabled());
}

void TestShareEntryDialog::unknownMemberIsPointedOut()
{
    QTest::keyClicks(field<QLineEdit>("memberEdit"), u"ZZ999"_s);
    QVERIFY(!okButton()->isEnabled());
    QVERIFY(m_dialog->shownError().contains(u"ZZ999"_s));
}

// A message that wraps onto a second line is given the height it needs, not cut off at one line.
void TestShareEntryDialog::errorUnderAFieldIsShownWhole()
{
    m_dialog->setKind(domain::ShareEntryKind::Transfer);
    QTest::keyClicks(field<QLineEdit>("memberEdit"), u"ZZ999"_s);
    auto* error = field<QLabel>("memberError");
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), m_dialog->shownError());
    QTRY_VERIFY(error->height() >= error->heightForWidth(error->width()));
    QVERIFY(error->geometry().bottom() < field<QLineEdit>("toMemberEdit")->geometry().top());
}

void TestShareEntryDialog::amountIsSharesTimesNominal_data()
{
    QTest::addColumn<int>("shares");
    QTest::addColumn<QString>("amount");
    QTest::newRow("one share") << 1 << u"£1.00"_s; // 1 x 100p = 100p
    QTest::newRow("120 shares") << 120 << u"£120.00"_s; // 120 x 100p = 12,000p
    QTest::newRow("grouped thousands") << 2500 << u"£2,500.00"_s; // 2,500 x 100p = 250,000p
}

void TestShareEntryDialog::amountIsSharesTimesNominal()
{
    QFETCH(int, shares);
    QFETCH(QString, amount);
    field<QSpinBox>("sharesSpin")->setValue(shares);
    QVERIFY(field<QLineEdit>("amountEdit")->isReadOnly()); // the rules fix the price of a share
    QCOMPARE(field<QLineEdit>("amountEdit")->text(), amount);
}

void TestShareEntryDialog::amountTypedWhenItMayDiffer_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("isValid");
    QTest::addColumn<qint64>("minorUnits");
    QTest::newRow("premium") << u"£150.00"_s << true << qint64(15'000); // 100 shares at £1.50
    QTest::newRow("grouping") << u"1,200.50"_s << true << qint64(120'050);
    QTest::newRow("too many decimals") << u"150.005"_s << false << qint64(0);
    QTest::newRow("zero") << u"0.00"_s << false << qint64(0);
    QTest::newRow("negative") << u"-5.00"_s << false << qint64(0);
    QTest::newRow("words") << u"a hundred"_s << false << qint64(0);
}

void TestShareEntryDialog::amountTypedWhenItMayDiffer()
{
    QFETCH(QString, typed);
    QFETCH(bool, isValid);
    QFETCH(qint64, minorUnits);
    domain::Mutual mutual = m_session->mutual();
    mutual.amountMayDifferFromNominal = true; // shares issued at a premium
    QVERIFY(m_session->file().updateMutual(mutual));
    m_session->notifyChanged();
    m_dialog = std::make_unique<app::ShareEntryDialog>(*m_session);
    m_dialog->show();

    QTest::keyClicks(field<QLineEdit>("memberEdit"), u"C001"_s);
    field<QSpinBox>("sharesSpin")->setValue(100);
    auto* amount = field<QLineEdit>("amountEdit");
    QVERIFY(!amount->isReadOnly());
    QCOMPARE(amount->text(), u"£100.00"_s); // suggested: 100 x £1.00, until the user types
    amount->clear();
    QTest::keyClicks(amount, typed);
    QCOMPARE(okButton()->isEnabled(), isValid);
    if (isValid) {
        QCOMPARE(m_dialog->movement()->amount.value(), minorUnits);
        field<QSpinBox>("sharesSpin")->setValue(90);
        QCOMPARE(amount->text(), typed); // what the user typed is not overwritten
    } else {
        QVERIFY(!m_dialog->shownError().isEmpty());
    }
}

void TestShareEntryDialog::previewShowsTheHoldingAfterTheEntry()
{
    domain::ShareMovement earlier;
    earlier.date = QDate(2024, 1, 10);
    earlier.memberId = storage::MemberRepository(m_session->file()).memberByNumber(u"C001"_s)->id;
    earlier.shares = 20;
    earlier.reference = u"Receipt"_s;
    QVERIFY(ledger().record(earlier));

    QTest::keyClicks(field<QLineEdit>("memberEdit"), u"C001"_s);
    field<QSpinBox>("sharesSpin")->setValue(100);
    // 20 held + 100 subscribed = 120 shares; 120 x £1.00 = £120.00
    QCOMPARE(field<QLabel>("previewLabel")->text(), u"Holding after this entry: 120 shares (£120.00)"_s);
}

void TestShareEntryDialog::transferShowsTheReceivingMember()
{
    QVERIFY(field<QLineEdit>("toMemberEdit")->isHidden());
    m_dialog->setKind(domain::ShareEntryKind::Transfer);
    QVERIFY(field<QLineEdit>("toMemberEdit")->isVisible());
    QTest::keyClicks(field<QLineEdit>("memberEdit"), u"C001"_s);
    QVERIFY(!okButton()->isEnabled()); // no receiving member yet
    QTest::keyClicks(field<QLineEdit>("toMemberEdit"), u"C002"_s);
    QVERIFY(okButton()->isEnabled());
    const auto movement = m_dialog->movement();
    QVERIFY(movement && movement->toMemberId);
    m_dialog->setKind(domain::ShareEntryKind::Withdrawal);
    QVERIFY(field<QLineEdit>("toMemberEdit")->isHidden());
    QVERIFY(!m_dialog->movement()->toMemberId);
}

void TestShareEntryDialog::transferToTheSameMemberIsNotAllowed()
{
    m_dialog->setKind(domain::ShareEntryKind::Transfer);
    QTest::keyClicks(field<QLineEdit>("memberEdit"), u"C001"_s);
    QTest::keyClicks(field<QLineEdit>("toMemberEdit"), u"C001"_s);
    QVERIFY(!okButton()->isEnabled());
    QVERIFY(!m_dialog->shownError().isEmpty());
}

void TestShareEntryDialog::subscriptionIsRecorded()
{
    QSignalSpy changed(m_session.get(), &app::MutualSession::dataChanged);
    QTest::keyClicks(field<QLineEdit>("memberEdit"), u"C002"_s);
    field<QDateEdit>("dateEdit")->setDate(QDate(2025, 5, 1));
    field<QSpinBox>("sharesSpin")->setValue(120);
    QTest::keyClicks(field<QLineEdit>("referenceEdit"), u"Receipt 17"_s);
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(changed.size(), 1);
    const auto lines = ledger().entries({});
    QVERIFY(lines);
    QCOMPARE(lines->size(), 1);
    const domain::ShareEntry& entry = lines->constFirst().entry;
    QCOMPARE(entry.kind, domain::ShareEntryKind::Subscription);
    QCOMPARE(entry.shares, 120);
    QCOMPARE(entry.amount, 12'000); // 120 x 100p
    QCOMPARE(entry.date, QDate(2025, 5, 1));
    QCOMPARE(entry.reference, u"Receipt 17"_s);
}

void TestShareEntryDialog::withdrawalLargerThanHoldingIsRefused()
{
    domain::ShareMovement subscription;
    subscription.date = QDate(2024, 1, 10);
    subscription.memberId = storage::MemberRepository(m_session->file()).memberByNumber(u"C001"_s)->id;
    subscription.shares = 50;
    subscription.reference = u"Receipt"_s;
    QVERIFY(ledger().record(subscription));

    m_dialog->setKind(domain::ShareEntryKind::Withdrawal);
    QTest::keyClicks(field<QLineEdit>("memberEdit"), u"C001"_s);
    field<QDateEdit>("dateEdit")->setDate(QDate(2025, 2, 1));
    field<QSpinBox>("sharesSpin")->setValue(80); // 50 held - 80 withdrawn = -30: below zero
    QTest::mouseClick(okButton(), Qt::LeftButton);

    QVERIFY(m_dialog->isVisible());
    QVERIFY(m_dialog->result() != QDialog::Accepted);
    const auto refused = ledger().record(*m_dialog->movement());
    QVERIFY(!refused);
    QCOMPARE(refused.error().rule, u"holding-below-zero"_s);
    QCOMPARE(m_dialog->shownError(), refused.error().message);
    bool isShownInPlace = false; // beside the field the rule names, not in a separate box
    for (const QLabel* label : m_dialog->findChildren<QLabel*>()) {
        isShownInPlace = isShownInPlace || (label->isVisible() && label->text() == refused.error().message);
    }
    QVERIFY(isShownInPlace);
    QCOMPARE(ledger().count({}).value(), 1); // only the subscription
    QCOMPARE(ledger().holdingOf(subscription.memberId, QDate(2025, 2, 1))->shares, 50);
}

// Storage refuses an entry dated after today, so the date field offers none; and Tab leaves the date
// for the next field instead of stepping from its day to its month to its year.
void TestShareEntryDialog::dateFieldStopsAtTodayAndTabLeavesIt()
{
    QVERIFY(activate(m_dialog.get()));
    auto* date = field<QDateEdit>("dateEdit");
    QTest::keyClick(m_dialog.get(), Qt::Key_D, Qt::AltModifier); // "&Date:"
    QCOMPARE(QApplication::focusWidget(), date);
    QTest::keyClick(date, Qt::Key_End); // the year
    QTest::keyClick(date, Qt::Key_Up);
    QCOMPARE(date->date(), QDate::currentDate());
    QTest::keyClick(date, Qt::Key_Home); // the first part, whichever it is in this locale
    QTest::keyClick(date, Qt::Key_Up);
    QCOMPARE(date->date(), QDate::currentDate());

    QTest::keyClick(date, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), field<QSpinBox>("sharesSpin"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), date);
    QCOMPARE(date->date(), QDate::currentDate());
}

QTEST_MAIN(TestShareEntryDialog)
#include "TestShareEntryDialog.moc"
