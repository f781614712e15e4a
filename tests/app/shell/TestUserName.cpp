#include "SampleMutual.h"
#include "app/shell/MainWindow.h"
#include "app/shell/MutualSession.h"
#include "app/shell/UserName.h"
#include "storage/AuditLog.h"
#include "storage/MemberRepository.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace mutualise;
using app::MainWindow;
using app::UserName;
using app::UserNameDialog;

// "Recorded by" names a person: the window asks for the name before the first change, keeps it, and
// Edit > Preferences… changes it.
class TestUserName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void firstChangeAsksForTheName();
    void declinedNameChangesNothing();
    void preferencesChangeTheName();
    void dialogTakesOnlyAUsableName();
    void unusableStoredNameIsNotUsed();

private:
    QString newFile(const QString& name);
    static domain::Result<domain::Member> addMember(MainWindow& window, const QString& number);
    static QString latestActor(MainWindow& window);

    QTemporaryDir m_dir;
};

void TestUserName::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"MutualiseTests"_s);
    QCoreApplication::setApplicationName(u"TestUserName"_s);
}

void TestUserName::init()
{
    QSettings().clear(); // nobody has said who they are
}

QString TestUserName::newFile(const QString& name)
{
    const QString path = m_dir.filePath(name);
    return sample::createFileWithCouncils(path) ? path : QString();
}

domain::Result<domain::Member> TestUserName::addMember(MainWindow& window, const QString& number)
{
    return storage::MemberRepository(window.session()->file()).add(sample::member(number, u"Council"_s, 1));
}

QString TestUserName::latestActor(MainWindow& window)
{
    return storage::AuditLog(window.session()->file()).entries(1)->constFirst().actor;
}

void TestUserName::firstChangeAsksForTheName()
{
    MainWindow window;
    int asked = 0;
    window.setUserNameAsker([&asked]() -> std::optional<QString> {
        ++asked;
        return u"  Ada Lovelace "_s;
    });
    QVERIFY(window.openFile(newFile(u"first.mutual"_s)));
    QCOMPARE(asked, 0); // opening and reading ask nothing
    QVERIFY(addMember(window, u"C004"_s).isOk());
    QCOMPARE(asked, 1);
    QCOMPARE(latestActor(window), u"Ada Lovelace"_s);
    QCOMPARE(UserName::stored(), u"Ada Lovelace"_s);
    QVERIFY(addMember(window, u"C005"_s).isOk());
    QCOMPARE(asked, 1);

    // Kept for the next mutual opened.
    QVERIFY(window.openFile(newFile(u"next.mutual"_s)));
    QVERIFY(addMember(window, u"C004"_s).isOk());
    QCOMPARE(asked, 1);
    QCOMPARE(latestActor(window), u"Ada Lovelace"_s);
}

void TestUserName::declinedNameChangesNothing()
{
    MainWindow window;
    int asked = 0;
    window.setUserNameAsker([&asked]() -> std::optional<QString> {
        ++asked;
        return std::nullopt;
    });
    QVERIFY(window.openFile(newFile(u"declined.mutual"_s)));
    const auto refused = addMember(window, u"C004"_s);
    QVERIFY(!refused.isOk());
    QCOMPARE(refused.error().rule, u"cancelled"_s);
    QCOMPARE(refused.error().message,
             u"Nothing was changed: the audit trail records who makes each change, and no name was given. "
             "Give your name when asked, or in Edit > Preferences."_s);
    QCOMPARE(storage::MemberRepository(window.session()->file()).count({}).value(), 3);
    QCOMPARE(storage::AuditLog(window.session()->file()).entries()->size(), 5);
    QVERIFY(UserName::stored().isEmpty());
    QVERIFY(!addMember(window, u"C004"_s).isOk());
    QCOMPARE(asked, 2); // asked again, not taken as an answer for good
}

void TestUserName::preferencesChangeTheName()
{
    UserName::store(u"Ada Lovelace"_s);
    MainWindow window;
    window.setUserNameAsker([]() -> std::optional<QString> {
        QTest::qFail("asked, though a name was given", __FILE__, __LINE__);
        return std::nullopt;
    });
    QVERIFY(window.openFile(newFile(u"preferences.mutual"_s)));
    QVERIFY(addMember(window, u"C004"_s).isOk());
    QCOMPARE(latestActor(window), u"Ada Lovelace"_s);

    auto* preferences = window.findChild<QAction*>(u"preferencesAction"_s);
    QVERIFY(preferences != nullptr);
    bool wasShown = false;
    QTimer::singleShot(0, &window, [&wasShown] {
        auto* dialog = qobject_cast<UserNameDialog*>(QApplication::activeModalWidget());
        if (dialog == nullptr)
            return;
        wasShown = true;
        QCOMPARE(dialog->nameField()->text(), u"Ada Lovelace"_s);
        dialog->nameField()->setText(u"Ada King"_s);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    preferences->trigger();
    QVERIFY(wasShown);
    QCOMPARE(UserName::stored(), u"Ada King"_s);
    QVERIFY(addMember(window, u"C005"_s).isOk());
    QCOMPARE(latestActor(window), u"Ada King"_s);
    // What was recorded before keeps the name it was made with.
    QCOMPARE(storage::AuditLog(window.session()->file()).entries(2)->at(1).actor, u"Ada Lovelace"_s);
}

void TestUserName::dialogTakesOnlyAUsableName()
{
    UserNameDialog dialog(UserNameDialog::Purpose::FirstChange);
    // The login name is offered at first.
    QCOMPARE(dialog.nameField()->text(), storage::MutualFile::currentActor());
    QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QCOMPARE(ok->text(), u"&Continue"_s);
    auto* error = dialog.findChild<QLabel*>(u"errorLabel"_s);

    dialog.nameField()->setText(u"   "_s);
    QVERIFY(!ok->isEnabled());
    QCOMPARE(error->text(), QString()); // an empty field is what the dialog asks to fill
    dialog.nameField()->setText(u"Ada\u202eecalevol"_s);
    QVERIFY(!ok->isEnabled());
    QVERIFY2(error->text().contains(u"U+202E"_s), qPrintable(error->text()));
    dialog.nameField()->setText(u"Ada Lovelace"_s);
    QVERIFY(ok->isEnabled());
    QCOMPARE(error->text(), QString());
    QCOMPARE(dialog.name(), u"Ada Lovelace"_s);

    // The field holds no more than a name may have.
    QCOMPARE(dialog.nameField()->maxLength(), int(UserName::longest));
    const auto tooLong = UserName::checked(QString(UserName::longest + 1, u'a'));
    QVERIFY(!tooLong.isOk());
    QCOMPARE(tooLong.error().rule, u"too-long"_s);
    QVERIFY(UserName::checked(QString(UserName::longest, u'a')).isOk());
}

void TestUserName::unusableStoredNameIsNotUsed()
{
    // A name edited into the settings by hand, holding an escape sequence: asked for again instead.
    QSettings().setValue(u"user/name"_s, u"\u001b[2JMallory"_s);
    QVERIFY(UserName::stored().isEmpty());
    QCOMPARE(UserName::actor(), storage::MutualFile::currentActor());
}

QTEST_MAIN(TestUserName)
#include "TestUserName.moc"
