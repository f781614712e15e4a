#include "SampleMutual.h"
#include "app/shell/BackupKeeper.h"
#include "app/shell/MainWindow.h"
#include "app/shell/MutualSession.h"
#include "app/shell/RestoreBackupDialog.h"
#include "app/shell/UserName.h"
#include "app/shell/VerificationBanner.h"
#include "storage/BackupRotation.h"
#include "storage/MemberRepository.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mutualise;
using app::BackupKeeper;
using app::MainWindow;
using app::RestoreBackupDialog;

// The window keeps a backup of each mutual it opens, one a day, and File > Restore from Backup… puts
// one back, once it is checked and the user confirms, with the file as it was kept aside.
class TestRestoreBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void openingKeepsTodaysBackup();
    void restoringPutsTheBackupBack();
    void backupThatDoesNotHoldIsNotRestored();
    void declinedConfirmationRestoresNothing();

private:
    QString newFile(const QString& name);
    // Opens the file and waits for its check and its backup.
    static bool openAndKeep(MainWindow& window, const QString& path);
    static qint64 members(const MainWindow& window);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestRestoreBackup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"MutualiseTests"_s);
    QCoreApplication::setApplicationName(u"TestRestoreBackup"_s);
}

void TestRestoreBackup::init()
{
    QSettings().clear();
    app::UserName::store(u"Test Secretary"_s);
    QDir(BackupKeeper::backupsFolder()).removeRecursively();
    m_dir = std::make_unique<QTemporaryDir>();
}

QString TestRestoreBackup::newFile(const QString& name)
{
    const QString path = m_dir->filePath(name);
    return sample::createFileWithCouncils(path) ? path : QString();
}

bool TestRestoreBackup::openAndKeep(MainWindow& window, const QString& path)
{
    // The backup is written once the check has finished.
    return !path.isEmpty() && window.openFile(path)
        && QTest::qWaitFor(
            [&window] {
                return !window.verificationBanner()->isChecking() && !window.backupKeeper()->isKeeping();
            },
            10000);
}

qint64 TestRestoreBackup::members(const MainWindow& window)
{
    return storage::MemberRepository(window.session()->file()).count({}).value();
}

void TestRestoreBackup::openingKeepsTodaysBackup()
{
    const QString path = newFile(u"kept.mutual"_s);
    MainWindow window;
    QSignalSpy kept(window.backupKeeper(), &BackupKeeper::kept);
    QVERIFY(openAndKeep(window, path));
    const storage::BackupRotation rotation(BackupKeeper::backupsFolder(), path);
    QCOMPARE(rotation.backups().size(), 1);
    QCOMPARE(rotation.backups().constFirst().day, QDate::currentDate());
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.constFirst().constFirst().toString(),
             u"Today's backup is kept, with 3 members (File > Restore from Backup… lists them)."_s);
    // The status bar keeps what the check of the file found.
    QTRY_VERIFY(
        window.statusBar()->currentMessage().startsWith(u"Records verified against the audit trail"_s));
    // Opening it again the same day keeps no other.
    QVERIFY(openAndKeep(window, newFile(u"other.mutual"_s)));
    QVERIFY(openAndKeep(window, path));
    QCOMPARE(rotation.backups().size(), 1);
}

void TestRestoreBackup::restoringPutsTheBackupBack()
{
    const QString path = newFile(u"restored.mutual"_s);
    MainWindow window;
    QVERIFY(openAndKeep(window, path));
    QVERIFY(storage::MemberRepository(window.session()->file())
                .add(sample::member(u"C004"_s, u"Later"_s, 1))
                .isOk());
    QCOMPARE(members(window), 4);

    bool wasShown = false;
    window.setRestoreDialogRunner([&wasShown](RestoreBackupDialog& dialog) {
        wasShown = true;
        QTableWidget* table = dialog.table();
        if (table->rowCount() != 1 || table->item(0, 2)->text() != u"3"_s
            || table->item(0, 1)->text() != u"today"_s)
            return false;
        dialog.setConfirmer([](const QString&, const QString& text, std::function<void()> confirmed) {
            if (text.startsWith(u"Restore Shared Digital Services Mutual as it was on "_s))
                confirmed();
        });
        dialog.restoreSelected();
        return dialog.result() == QDialog::Accepted;
    });
    window.findChild<QAction*>(u"restoreBackupAction"_s)->trigger();
    QVERIFY(wasShown);
    QVERIFY(window.session() != nullptr);
    QCOMPARE(window.session()->path(), path);
    QCOMPARE(members(window), 3);
    QVERIFY2(window.statusBar()->currentMessage().startsWith(
                 u"The backup is restored. The file as it was is kept as "_s),
             qPrintable(window.statusBar()->currentMessage()));
    // Once the restored file is checked, the status bar says both.
    QTRY_VERIFY(
        window.statusBar()->currentMessage().contains(u". Records verified against the audit trail"_s));
    QVERIFY(window.statusBar()->currentMessage().startsWith(u"The backup is restored."_s));
    const QStringList aside = QDir(m_dir->path()).entryList({ u"restored (before restore *).mutual"_s });
    QCOMPARE(aside.size(), 1);
    auto kept = storage::MutualFile::openForReading(m_dir->filePath(aside.constFirst()), u"auditor"_s);
    QVERIFY(kept.isOk());
    QCOMPARE(storage::MemberRepository(**kept).count({}).value(), 4);
}

void TestRestoreBackup::backupThatDoesNotHoldIsNotRestored()
{
    const QString path = newFile(u"tampered.mutual"_s);
    MainWindow window;
    QVERIFY(openAndKeep(window, path));
    const QString backup
        = storage::BackupRotation(BackupKeeper::backupsFolder(), path).backups().constFirst().path;
    QCOMPARE(sample::execRaw(backup, { u"UPDATE members SET name = 'Mallory' WHERE number = 'C002'"_s }),
             QString());

    QString message;
    bool wasAsked = false;
    window.setRestoreDialogRunner([&message, &wasAsked](RestoreBackupDialog& dialog) {
        dialog.setConfirmer(
            [&wasAsked](const QString&, const QString&, std::function<void()>) { wasAsked = true; });
        dialog.restoreSelected();
        message = dialog.messageLabel()->text();
        return dialog.result() == QDialog::Accepted;
    });
    const QByteArray before = sample::fingerprint(path);
    window.findChild<QAction*>(u"restoreBackupAction"_s)->trigger();
    QVERIFY(!wasAsked);
    QVERIFY2(message.contains(u"does not match its audit trail (2 problems), so it is not restored"_s),
             qPrintable(message));
    QCOMPARE(window.session()->path(), path);
    QCOMPARE(QDir(m_dir->path()).entryList({ u"*before restore*"_s }), QStringList());
    QCOMPARE(sample::fingerprint(path), before);
}

void TestRestoreBackup::declinedConfirmationRestoresNothing()
{
    const QString path = newFile(u"declined.mutual"_s);
    MainWindow window;
    QVERIFY(openAndKeep(window, path));
    QVERIFY(storage::MemberRepository(window.session()->file())
                .add(sample::member(u"C004"_s, u"Later"_s, 1))
                .isOk());
    window.setRestoreDialogRunner([](RestoreBackupDialog& dialog) {
        dialog.setConfirmer([](const QString&, const QString&, std::function<void()>) {}); // Cancel
        dialog.restoreSelected();
        return dialog.result() == QDialog::Accepted;
    });
    window.findChild<QAction*>(u"restoreBackupAction"_s)->trigger();
    QCOMPARE(members(window), 4);
    QCOMPARE(QDir(m_dir->path()).entryList({ u"*before restore*"_s }), QStringList());
}

QTEST_MAIN(TestRestoreBackup)
#include "TestRestoreBackup.moc"
