#include "SampleMutual.h"
#include "WindowDriving.h"
#include "app/shell/MainWindow.h"
#include "app/shell/MutualSession.h"
#include "app/shell/RegisterImportDialog.h"
#include "storage/AuditLog.h"
#include "storage/MemberRepository.h"
#include "storage/ShareLedgerRepository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace mutualise;
using app::RegisterImportDialog;

// The import of a register and a ledger in the window: the columns chosen for the fields, the preview,
// the check that lists every problem, and the import that records all or nothing.
class TestRegisterImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void columnsNamedAsTheFieldsAreChosen();
    void otherHeadingsAreMappedByHand();
    void theFilesColumnsAreShownAsTheSpreadsheetNamesThem();
    void problemsAreListedAndNothingIsRecorded();
    void shareEntriesAreImportedAfterTheirCheck();
    void noTwoControlsShareAnAltLetter();
    void theFileMenuImportsIntoTheOpenMutual();

private:
    qint64 memberCount() const;

    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<app::MutualSession> m_session;
};

void TestRegisterImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"MutualiseTests"_s);
    QCoreApplication::setApplicationName(u"TestRegisterImportDialog"_s);
}

void TestRegisterImportDialog::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    auto file = sample::createFile(m_folder->filePath(u"window.mutual"_s));
    QVERIFY(file);
    m_session = std::make_unique<app::MutualSession>(std::move(file));
}

void TestRegisterImportDialog::cleanup()
{
    m_session.reset();
    m_folder.reset();
}

qint64 TestRegisterImportDialog::memberCount() const
{
    return storage::MemberRepository(m_session->file()).count({}).value();
}

void TestRegisterImportDialog::columnsNamedAsTheFieldsAreChosen()
{
    const QByteArray csv = "Name,Member Number,Kind,Class,Admitted\n"
                           "Ada,M1,individual,Community,2020-01-15\n"
                           "Bo,M2,organisation,Employee,2021-02-01\n";
    RegisterImportDialog dialog(*m_session, RegisterImportDialog::Kind::Members, u"register.csv"_s, csv);
    // Column B is headed with the field's name, column A with its key; the optional fields the file
    // lacks choose none.
    QCOMPARE(dialog.columnChooser(u"number"_s)->currentIndex(), 2);
    QCOMPARE(dialog.columnChooser(u"number"_s)->currentText(), u"B: Member Number"_s);
    QCOMPARE(dialog.columnChooser(u"name"_s)->currentIndex(), 1);
    QCOMPARE(dialog.columnChooser(u"email"_s)->currentIndex(), 0);
    QCOMPARE(dialog.mapping().value(u"admitted"_s), 4);
    // The preview shows the file's columns and two rows, numbered as the spreadsheet numbers them, and
    // under each heading the field the column gives.
    QCOMPARE(dialog.preview()->rowCount(), 2);
    QCOMPARE(dialog.preview()->columnCount(), 5);
    QCOMPARE(dialog.preview()->verticalHeaderItem(0)->text(), u"2"_s);
    QCOMPARE(dialog.preview()->horizontalHeaderItem(1)->text(), u"B: Member Number\n→ Member number"_s);
    QCOMPARE(dialog.preview()->item(1, 1)->text(), u"M2"_s);
    // Nothing can be imported before the file is checked.
    QVERIFY(!dialog.importButton()->isEnabled());
    dialog.checkFile();
    QVERIFY2(dialog.importButton()->isEnabled(), qPrintable(dialog.summaryLabel()->text()));
    QVERIFY2(dialog.summaryLabel()->text().contains(u"All 2 rows can be imported"_s),
             qPrintable(dialog.summaryLabel()->text()));
    QCOMPARE(memberCount(), 0);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.importedRows(), 2);
    QCOMPARE(memberCount(), 2);
}

void TestRegisterImportDialog::otherHeadingsAreMappedByHand()
{
    const QByteArray csv = "Membership no.,Member name,Type,Category,Joined\n"
                           "A-7,Ada,individual,Community,2020-01-15\n";
    RegisterImportDialog dialog(*m_session, RegisterImportDialog::Kind::Members, u"register.csv"_s, csv);
    QCOMPARE(dialog.columnChooser(u"number"_s)->currentIndex(), 0);
    dialog.checkFile();
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY(dialog.problemsEdit()->toPlainText().contains(
        u"Row 1, Member number: no column of the file is chosen"_s));

    for (const auto& [field, column] :
         { std::pair { u"number"_s, 1 }, std::pair { u"name"_s, 2 }, std::pair { u"kind"_s, 3 },
           std::pair { u"class"_s, 4 }, std::pair { u"admitted"_s, 5 } })
        dialog.columnChooser(field)->setCurrentIndex(column);
    // Choosing the columns again asks for another check.
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY(dialog.problemsEdit()->isHidden());
    QCOMPARE(dialog.preview()->item(0, 0)->text(), u"A-7"_s);
    dialog.checkFile();
    QVERIFY2(dialog.importButton()->isEnabled(), qPrintable(dialog.problemsEdit()->toPlainText()));
    dialog.accept();
    QCOMPARE(storage::MemberRepository(m_session->file()).memberByNumber(u"A-7"_s)->admittedOn,
             QDate(2020, 1, 15));
}

void TestRegisterImportDialog::theFilesColumnsAreShownAsTheSpreadsheetNamesThem()
{
    // 28 columns: the last two are AA and AB, and only AB is named as a field. The first row runs over
    // two lines and a blank line follows it, so the next row is row 4 in the spreadsheet.
    QByteArray csv;
    for (int column = 1; column <= 27; ++column)
        csv += "c" + QByteArray::number(column) + ',';
    csv += "Number\n" + QByteArray(27, ',') + "\"M\n1\"\n\n" + QByteArray(27, ',') + "M2\n";
    RegisterImportDialog dialog(*m_session, RegisterImportDialog::Kind::Members, u"wide.csv"_s, csv);
    QCOMPARE(dialog.columnChooser(u"number"_s)->currentText(), u"AB: Number"_s);
    QCOMPARE(dialog.columnChooser(u"number"_s)->itemText(27), u"AA: c27"_s);
    QCOMPARE(dialog.preview()->columnCount(), 28);
    QCOMPARE(dialog.preview()->horizontalHeaderItem(0)->text(), u"A: c1"_s);
    QCOMPARE(dialog.preview()->horizontalHeaderItem(27)->text(), u"AB: Number\n→ Member number"_s);
    QCOMPARE(dialog.preview()->rowCount(), 2);
    QCOMPARE(dialog.preview()->verticalHeaderItem(0)->text(), u"2"_s);
    QCOMPARE(dialog.preview()->verticalHeaderItem(1)->text(), u"4"_s);
    // Line breaks in a field are shown, not run together.
    QCOMPARE(dialog.preview()->item(0, 27)->text(), u"M ↵ 1"_s);
    QCOMPARE(dialog.preview()->item(1, 27)->text(), u"M2"_s);
}

void TestRegisterImportDialog::problemsAreListedAndNothingIsRecorded()
{
    const QByteArray csv = "number,name,kind,class,admitted\n"
                           "M1,Ada,individual,Community,2020-01-15\n"
                           "M1,Bo,individual,Community,2020-01-15\n"
                           "M3,Cy,person,Nowhere,2020-01-15\n";
    RegisterImportDialog dialog(*m_session, RegisterImportDialog::Kind::Members, u"register.csv"_s, csv);
    dialog.checkFile();
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY(dialog.problemsEdit()->isVisibleTo(&dialog));
    const QStringList lines = dialog.problemsEdit()->toPlainText().split(u'\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(u"Row 3, column A (Member number): member number M1 is also on row 2."_s));
    QVERIFY(lines.at(1).startsWith(u"Row 4, column C (Kind):"_s));
    QVERIFY(lines.at(2).startsWith(u"Row 4, column D (Class):"_s));
    QVERIFY(dialog.summaryLabel()->text().contains(u"3 problems"_s));
    QCOMPARE(memberCount(), 0);
}

void TestRegisterImportDialog::shareEntriesAreImportedAfterTheirCheck()
{
    QVERIFY(
        storage::MemberRepository(m_session->file()).add(sample::member(u"1001"_s, u"Council"_s, 1)).isOk());
    const qint64 id = storage::MemberRepository(m_session->file()).memberByNumber(u"1001"_s)->id;
    // 250 shares subscribed and 50 withdrawn: 200 shares, £200.00.
    const QByteArray csv = "date,member,kind,shares,amount\n"
                           "2024-06-30,1001,withdrawal,50,50.00\n"
                           "2024-01-10,1001,subscription,250,250.00\n";
    RegisterImportDialog dialog(*m_session, RegisterImportDialog::Kind::ShareEntries, u"ledger.csv"_s, csv);
    QVERIFY(dialog.windowTitle().contains(u"Share Entries"_s));
    dialog.checkFile();
    QVERIFY2(dialog.importButton()->isEnabled(), qPrintable(dialog.problemsEdit()->toPlainText()));
    dialog.accept();
    QCOMPARE(dialog.importedRows(), 2);
    const auto holding = storage::ShareLedgerRepository(m_session->file()).holdingOf(id, QDate(2024, 12, 31));
    QCOMPARE(holding->shares, 200);
    QCOMPARE(holding->amount, 20000);
}

void TestRegisterImportDialog::noTwoControlsShareAnAltLetter()
{
    const QByteArray csv = "number,name\nM1,Ada\n";
    for (const auto kind :
         { RegisterImportDialog::Kind::Members, RegisterImportDialog::Kind::ShareEntries }) {
        RegisterImportDialog dialog(*m_session, kind, u"file.csv"_s, csv);
        dialog.setObjectName(kind == RegisterImportDialog::Kind::Members ? u"members"_s : u"shares"_s);
        const QStringList clashes = driving::altLetterClashes(&dialog);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
    }
}

void TestRegisterImportDialog::theFileMenuImportsIntoTheOpenMutual()
{
    const QString path = m_session->path();
    m_session.reset(); // the window opens the file itself
    app::MainWindow window;
    QStringList errors;
    window.setErrorPresenter([&errors](const QString&, const QString& message) { errors << message; });
    // Someone who has not said who they are is asked before the import, which the work cannot do.
    QSettings().remove(u"user/name"_s);
    int asked = 0;
    window.setUserNameAsker([&asked]() -> std::optional<QString> {
        ++asked;
        return u"Ada Lovelace"_s;
    });
    QVERIFY(window.openFile(path));
    auto* importMembers = window.findChild<QAction*>(u"importMembersAction"_s);
    QVERIFY(importMembers != nullptr && importMembers->isEnabled());

    // The mutual itself is not a spreadsheet's file: nothing opens, and the error says what to choose.
    window.setImportPathChooser([path] { return path; });
    importMembers->trigger();
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.constFirst().contains(u"is the mutual itself, not a spreadsheet"_s),
             qPrintable(errors.constFirst()));

    const QString csvPath = m_folder->filePath(u"register.csv"_s);
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("number,name,kind,class,admitted\n"
              "M1,Ada,individual,Community,2020-01-15\n"
              "M2,Bo,organisation,Employee,2021-02-01\n");
    csv.close();
    window.setImportPathChooser([csvPath] { return csvPath; });
    bool wasShown = false;
    QTimer::singleShot(0, &window, [&wasShown] {
        auto* dialog = qobject_cast<RegisterImportDialog*>(QApplication::activeModalWidget());
        if (dialog == nullptr)
            return;
        wasShown = true;
        dialog->checkFile();
        dialog->accept();
    });
    importMembers->trigger();
    QVERIFY(wasShown);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(window.statusBar()->currentMessage(), u"2 members imported from register.csv."_s);
    QCOMPARE(storage::MemberRepository(window.session()->file()).count({}).value(), 2);
    QCOMPARE(asked, 1);
    QCOMPARE(storage::AuditLog(window.session()->file()).entries(1)->constFirst().actor, u"Ada Lovelace"_s);
}

QTEST_MAIN(TestRegisterImportDialog)
#include "TestRegisterImportDialog.moc"
