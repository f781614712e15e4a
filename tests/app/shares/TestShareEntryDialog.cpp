#include "app/shares/ShareEntryDialog.h"
#include "app/shell/MutualSession.h"
#include "app/widgets/DateEdit.h"
#include "storage/MemberRepository.h"
#include "storage/MutualFile.h"
#include "storage/ShareLedgerRepository.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
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

namespace {

// "45 shares", whether or not the English plural forms are installed ("45 share(s)" without them).
QString sharesPattern(int count)
{
    return u"%1 share(\\(s\\)|s)"_s.arg(count);
}

bool isShownInPlace(const QWidget* dialog, const QString& message)
{
    for (const QLabel* label : dialog->findChildren<QLabel*>()) {
        if (label->isVisible() && label->text() == message) {
            return true;
        }
    }
    return false;
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
    void withdrawalLimitIsSaidBeforeRecord_data();
    void withdrawalLimitIsSaidBeforeRecord();
    void withdrawalLimitCountsLaterEntries();
    void withdrawalUpToTheLimitIsRecorded();
    void unreadableDateIsNamedUnderTheField();
    void messageLeavesTheFieldsBelowInPlace();
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
    qint64 m_firstMemberId = 0;
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
    council.minimumShares = 5;
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
        if (number == u"C001"_s) {
            m_firstMemberId = added->id;
        }
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

// A message that wraps onto a second line is given the height it needs, not cut off at one line, in
// the message line under the fields, where the list of matching members does not cover it.
void TestShareEntryDialog::errorUnderAFieldIsShownWhole()
{
    m_dialog->setKind(domain::ShareEntryKind::Transfer);
    QTest::keyClicks(field<QLineEdit>("memberEdit"), u"ZZ999"_s);
    auto* error = field<QLabel>("memberError");
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), m_dialog->shownError());
    QTRY_VERIFY(error->height() >= error->heightForWidth(error->width()));
    const QWidget* reference = field<QLineEdit>("referenceEdit");
    QVERIFY(error->mapTo(m_dialog.get(), QPoint(0, 0)).y()
            > reference->mapTo(m_dialog.get(), QPoint(0, reference->height())).y());
    // The field it concerns is marked.
    QVERIFY(field<QLineEdit>("memberEdit")->palette().color(QPalette::Base)
            != field<QLineEdit>("referenceEdit")->palette().color(QPalette::Base));
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
    QVERIFY2(QRegularExpression(u"^Holding after this entry: %1 \\(£120.00\\)$"_s.arg(sharesPattern(120)))
                 .match(field<QLabel>("previewLabel")->text())
                 .hasMatch(),
             qPrintable(field<QLabel>("previewLabel")->text()));
}

void TestShareEntryDialog::transferShowsTheReceivingMember()
{
    QVERIFY(field<QLineEdit>("toMemberEdit")->isHidden());
    domain::ShareMovement held; // C001 holds shares to transfer
    held.date = QDate(2024, 1, 10);
    held.memberId = m_firstMemberId;
    held.shares = 20;
    QVERIFY(ledger().record(held));
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
    field<app::DateEdit>("dateEdit")->setDate(QDate(2025, 5, 1));
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

void TestShareEntryDialog::withdrawalLimitIsSaidBeforeRecord_data()
{
    QTest::addColumn<int>("kindValue");
    QTest::addColumn<QString>("verb");
    QTest::newRow("withdrawal") << int(domain::ShareEntryKind::Withdrawal) << u"withdrawn"_s;
    QTest::newRow("transfer") << int(domain::ShareEntryKind::Transfer) << u"transferred"_s;
    QTest::newRow("forfeiture") << int(domain::ShareEntryKind::Forfeiture) << u"forfeited"_s;
}

// 50 held, and the class keeps at least 5: at most 50 - 5 = 45 can go. The dialog says so as soon as the
// member is known, and 80 cannot be recorded: no "Holding after this entry: -30", no refusal after
// Record.
void TestShareEntryDialog::withdrawalLimitIsSaidBeforeRecord()
{
    QFETCH(int, kindValue);
    QFETCH(QString, verb);
    const auto kind = static_cast<domain::ShareEntryKind>(kindValue);
    domain::ShareMovement subscription;
    subscription.date = QDate(2024, 1, 10);
    subscription.memberId = m_firstMemberId;
    subscription.shares = 50;
    subscription.reference = u"Receipt"_s;
    QVERIFY(ledger().record(subscription));

    m_dialog->setKind(kind);
    field<app::DateEdit>("dateEdit")->setDate(QDate(2025, 2, 1));
    QTest::keyClicks(field<QLineEdit>("memberEdit"), u"C001"_s);
    const QRegularExpression limit(
        u"^At most %1 can be %2 on 01/02/2025\\. Members of the class "
        u"“Founding council” keep at least %3\\.$"_s.arg(sharesPattern(45), verb, sharesPattern(5)));
    QVERIFY2(limit.match(m_dialog->reductionLimit()).hasMatch(), qPrintable(m_dialog->reductionLimit()));
    QVERIFY(field<QLabel>("previewLabel")->text().contains(m_dialog->reductionLimit()));

    if (kind == domain::ShareEntryKind::Transfer) {
        QTest::keyClicks(field<QLineEdit>("toMemberEdit"), u"C002"_s);
    }
    field<QSpinBox>("sharesSpin")->setValue(80);
    QVERIFY(!okButton()->isEnabled());
    QCOMPARE(field<QLabel>("sharesError")->text(), m_dialog->reductionLimit());
    QVERIFY(field<QLabel>("sharesError")->isVisible());
    QCOMPARE(m_dialog->shownError(), m_dialog->reductionLimit());
    QVERIFY(!field<QLabel>("previewLabel")->text().contains(u"-30"_s));
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(ledger().count({}).value(), 1); // only the subscription

    field<QSpinBox>("sharesSpin")->setValue(46);
    QVERIFY(!okButton()->isEnabled());
    field<QSpinBox>("sharesSpin")->setValue(45);
    QVERIFY(okButton()->isEnabled());
    QVERIFY(!field<QLabel>("sharesError")->isVisible());
    QVERIFY(m_dialog->shownError().isEmpty());
}

// A withdrawal in June leaves 50 - 30 = 20 from then on; in March at most 20 - 5 = 15 can go, or June's
// holding would fall under the class minimum.
void TestShareEntryDialog::withdrawalLimitCountsLaterEntries()
{
    domain::ShareMovement subscription;
    subscription.date = QDate(2024, 1, 10);
    subscription.memberId = m_firstMemberId;
    subscription.shares = 50;
    QVERIFY(ledger().record(subscription));
    domain::ShareMovement later = subscription;
    later.kind = domain::ShareEntryKind::Withdrawal;
    later.date = QDate(2024, 6, 1);
    later.shares = 30;
    QVERIFY(ledger().record(later));

    m_dialog->setKind(domain::ShareEntryKind::Withdrawal);
    field<app::DateEdit>("dateEdit")->setDate(QDate(2024, 3, 1));
    QTest::keyClicks(field<QLineEdit>("memberEdit"), u"C001"_s);
    QVERIFY2(QRegularExpression(u"^At most %1 can be withdrawn on 01/03/2024\\."_s.arg(sharesPattern(15)))
                 .match(m_dialog->reductionLimit())
                 .hasMatch(),
             qPrintable(m_dialog->reductionLimit()));
    field<QSpinBox>("sharesSpin")->setValue(16);
    QVERIFY(!okButton()->isEnabled());
    field<QSpinBox>("sharesSpin")->setValue(15);
    QVERIFY(okButton()->isEnabled());
    // Storage agrees on both sides of the limit.
    auto movement = *m_dialog->movement();
    QVERIFY(ledger().record(movement));
    movement.shares = 1;
    movement.amount.reset();
    QCOMPARE(ledger().record(movement).error().rule, u"below-class-minimum"_s);
}

void TestShareEntryDialog::withdrawalUpToTheLimitIsRecorded()
{
    domain::ShareMovement subscription;
    subscription.date = QDate(2024, 1, 10);
    subscription.memberId = m_firstMemberId;
    subscription.shares = 50;
    QVERIFY(ledger().record(subscription));

    m_dialog->setKind(domain::ShareEntryKind::Withdrawal);
    QTest::keyClicks(field<QLineEdit>("memberEdit"), u"C001"_s);
    field<app::DateEdit>("dateEdit")->setDate(QDate(2025, 2, 1));
    field<QSpinBox>("sharesSpin")->setValue(45);
    QVERIFY(QRegularExpression(u"^Holding after this entry: %1 \\(£5.00\\)\n"_s.arg(sharesPattern(5)))
                .match(field<QLabel>("previewLabel")->text())
                .hasMatch());
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(ledger().holdingOf(m_firstMemberId, QDate(2025, 2, 1))->shares, 5);
}

void TestShareEntryDialog::unreadableDateIsNamedUnderTheField()
{
    QVERIFY(activate(m_dialog.get()));
    QTest::keyClicks(field<QLineEdit>("memberEdit"), u"C001"_s);
    auto* date = field<app::DateEdit>("dateEdit");
    date->setFocus();
    date->selectAll();
    QTest::keyClicks(date, u"31/02/2025"_s);
    QTest::keyClick(date, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), field<QSpinBox>("sharesSpin"));
    QCOMPARE(field<QSpinBox>("sharesSpin")->value(), 1); // nothing typed landed there
    QVERIFY(!okButton()->isEnabled());
    QVERIFY(field<QLabel>("dateError")->isVisible());
    QVERIFY(field<QLabel>("dateError")->text().startsWith(u"“31/02/2025” is not a date: type it as "_s));
    QCOMPARE(m_dialog->shownError(), date->problem());
    QVERIFY(isShownInPlace(m_dialog.get(), date->problem()));
}

// A message under a field does not push the fields below it down, nor pull them up when it clears: the
// next click lands where the user aimed it.
void TestShareEntryDialog::messageLeavesTheFieldsBelowInPlace()
{
    QVERIFY(activate(m_dialog.get()));
    auto* shares = field<QSpinBox>("sharesSpin");
    auto* reference = field<QLineEdit>("referenceEdit");
    QTRY_VERIFY(shares->isVisible());
    const QRect sharesBefore = shares->geometry();
    const QRect referenceBefore = reference->geometry();

    QTest::keyClicks(field<QLineEdit>("memberEdit"), u"ZZ999"_s); // nobody's number
    QVERIFY(field<QLabel>("memberError")->isVisible());
    QTest::qWait(50);
    QCOMPARE(shares->geometry(), sharesBefore);
    QCOMPARE(reference->geometry(), referenceBefore);
    const int heightWithMessage = m_dialog->height();

    field<QLineEdit>("memberEdit")->clear(); // the message clears
    QVERIFY(!field<QLabel>("memberError")->isVisible());
    QTest::qWait(50);
    QCOMPARE(shares->geometry(), sharesBefore);
    QCOMPARE(reference->geometry(), referenceBefore);
    QCOMPARE(m_dialog->height(), heightWithMessage); // nor do the buttons move back up
}

// Storage refuses an entry dated after today, so the date field offers none; and Tab leaves the date
// for the next field instead of stepping from its day to its month to its year.
void TestShareEntryDialog::dateFieldStopsAtTodayAndTabLeavesIt()
{
    QVERIFY(activate(m_dialog.get()));
    auto* date = field<app::DateEdit>("dateEdit");
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
