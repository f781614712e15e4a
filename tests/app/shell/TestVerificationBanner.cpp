#include "SampleMutual.h"
#include "app/shell/MainWindow.h"
#include "app/shell/VerificationBanner.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace mutualise;
using app::MainWindow;
using app::VerificationBanner;

// The check the window runs on every file it opens: nothing but a line in the status bar when the file
// holds, and a banner above the pages, with every problem a click away, when it does not.
class TestVerificationBanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void fileThatHoldsShowsNoBanner();
    void changedFileShowsABanner();
    void bannerListsEveryProblem();
    void bannerCanBeHidden();
    void closingTheFileStopsTheCheck();
    void openingAnotherFileKeepsOnlyItsCheck();
    void unreadableFileIsSaidSo();

private:
    // Three members, C001 to C003, made by the program; five audit entries.
    QString newFile(const QString& name);
    // Shows the window, opens the file in it and waits for its check to finish.
    static bool openAndCheck(MainWindow& window, const QString& path);

    QTemporaryDir m_dir;
};

void TestVerificationBanner::init()
{
    QSettings().clear();
}

QString TestVerificationBanner::newFile(const QString& name)
{
    const QString path = m_dir.filePath(name);
    return sample::createFileWithCouncils(path) ? path : QString();
}

bool TestVerificationBanner::openAndCheck(MainWindow& window, const QString& path)
{
    window.show();
    return !path.isEmpty() && window.openFile(path)
        && QTest::qWaitFor([&window] { return !window.verificationBanner()->isChecking(); }, 10000);
}

void TestVerificationBanner::fileThatHoldsShowsNoBanner()
{
    const QString path = newFile(u"holds.mutual"_s);
    QVERIFY(!path.isEmpty());
    MainWindow window;
    QVERIFY(openAndCheck(window, path));
    VerificationBanner* banner = window.verificationBanner();
    QVERIFY(banner->report());
    QVERIFY(banner->report()->isIntact());
    QVERIFY(!banner->isVisible());
    QVERIFY2(
        window.statusBar()->currentMessage().startsWith(u"Records verified against the audit trail (audit "
                                                        "trail entry 5, "_s),
        qPrintable(window.statusBar()->currentMessage()));
}

void TestVerificationBanner::changedFileShowsABanner()
{
    const QString path = newFile(u"changed.mutual"_s);
    QVERIFY(!path.isEmpty());
    QCOMPARE(sample::execRaw(path, { u"UPDATE members SET name = 'Mallory' WHERE number = 'C002'"_s }),
             QString());
    MainWindow window;
    QVERIFY(openAndCheck(window, path));
    VerificationBanner* banner = window.verificationBanner();
    QVERIFY(banner->isVisible());
    const auto* message = banner->findChild<QLabel*>(u"verificationMessage"_s);
    QVERIFY(message);
    QVERIFY2(message->text().startsWith(u"This file does not match its audit trail: 2 problems found."_s),
             qPrintable(message->text()));
    QVERIFY(window.statusBar()->currentMessage().startsWith(u"The file does not match its audit trail"_s));
    // The pages are still there to read: the banner warns, it does not lock the file away.
    QVERIFY(!window.isShowingWelcome());

    // Opening a file that holds puts the banner away.
    QVERIFY(openAndCheck(window, newFile(u"other.mutual"_s)));
    QVERIFY(!banner->isVisible());
}

void TestVerificationBanner::bannerListsEveryProblem()
{
    const QString path = newFile(u"listed.mutual"_s);
    QVERIFY(!path.isEmpty());
    QCOMPARE(sample::execRaw(path,
                             { u"UPDATE members SET name = 'Mallory', email = 'm@example.org' WHERE "
                               "number = 'C002'"_s }),
             QString());
    MainWindow window;
    QVERIFY(openAndCheck(window, path));
    VerificationBanner* banner = window.verificationBanner();
    auto* details = banner->findChild<QPushButton*>(u"verificationDetailsButton"_s);
    QVERIFY(details && details->isVisible());

    QStringList rows;
    QTimer::singleShot(0, [&rows] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto* table = dialog->findChild<QTableWidget*>(u"verificationProblems"_s);
        QVERIFY(table);
        for (int row = 0; row < table->rowCount(); ++row)
            rows.append(u"%1/%2/%3"_s.arg(table->item(row, 0)->text(), table->item(row, 1)->text(),
                                          table->item(row, 2)->text()));
        dialog->reject();
    });
    QTest::keyClick(details, Qt::Key_Space);
    QCOMPARE(rows, (QStringList { u"members//"_s, u"members/C002/name"_s, u"members/C002/email"_s }));
}

void TestVerificationBanner::bannerCanBeHidden()
{
    const QString path = newFile(u"hidden.mutual"_s);
    QVERIFY(!path.isEmpty());
    QCOMPARE(sample::execRaw(path, { u"DELETE FROM members WHERE number = 'C003'"_s }), QString());
    MainWindow window;
    QVERIFY(openAndCheck(window, path));
    VerificationBanner* banner = window.verificationBanner();
    QVERIFY(banner->isVisible());
    auto* close = banner->findChild<QToolButton*>(u"verificationCloseButton"_s);
    QVERIFY(close);
    close->click();
    QVERIFY(!banner->isVisible());
    // The report is still there for whoever asks.
    QVERIFY(banner->report() && !banner->report()->isIntact());
}

void TestVerificationBanner::closingTheFileStopsTheCheck()
{
    const QString path = newFile(u"closed.mutual"_s);
    QVERIFY(!path.isEmpty());
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(path));
    window.closeMutual();
    QVERIFY(!window.verificationBanner()->isChecking());
    QVERIFY(!window.verificationBanner()->isVisible());
    QVERIFY(window.isShowingWelcome());
}

void TestVerificationBanner::openingAnotherFileKeepsOnlyItsCheck()
{
    // A file that does not hold and one that does, opened in turn faster than they are checked, with
    // events let through between: only the last file's check is shown.
    const QString changed = newFile(u"turn-changed.mutual"_s);
    QCOMPARE(sample::execRaw(changed, { u"DELETE FROM members WHERE number = 'C003'"_s }), QString());
    const QString holds = newFile(u"turn-holds.mutual"_s);
    QVERIFY(!holds.isEmpty());
    MainWindow window;
    window.show();
    for (int turn = 0; turn < 10; ++turn) {
        QVERIFY(window.openFile(changed));
        QTest::qWait(turn);
        QVERIFY(window.openFile(holds));
        QTest::qWait(turn);
    }
    QVERIFY(QTest::qWaitFor([&window] { return !window.verificationBanner()->isChecking(); }, 10000));
    QTest::qWait(50); // a finding of a stopped check, if any were still on its way
    QVERIFY(window.verificationBanner()->report());
    QVERIFY(window.verificationBanner()->report()->isIntact());
    QVERIFY(!window.verificationBanner()->isVisible());
}

void TestVerificationBanner::unreadableFileIsSaidSo()
{
    // A banner on its own, given a file that is not there: it says the check could not be made.
    VerificationBanner banner;
    banner.show();
    banner.check(m_dir.filePath(u"missing.mutual"_s));
    QVERIFY(QTest::qWaitFor([&banner] { return !banner.isChecking(); }, 10000));
    QVERIFY(banner.isVisible());
    QVERIFY(!banner.report());
    const auto* message = banner.findChild<QLabel*>(u"verificationMessage"_s);
    QVERIFY(message->text().startsWith(u"The file's records could not be checked: There is no file"_s));
    QVERIFY(!banner.findChild<QPushButton*>(u"verificationDetailsButton"_s)->isVisible());
}

QTEST_MAIN(TestVerificationBanner)
#include "TestVerificationBanner.moc"
