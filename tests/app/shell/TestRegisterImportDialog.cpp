#include "SampleMutual.h"
#include "app/shell/MutualSession.h"
#include "app/shell/RegisterImportDialog.h"
#include "storage/MemberRepository.h"
#include "storage/ShareLedgerRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace mutualise;
using app::RegisterImportDialog;

// The import of a register and a ledger in the window: the columns chosen for the fields, the preview,
// the check that lists every problem, and the import that records all or nothing.
class TestRegisterImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void columnsNamedAsTheFieldsAreChosen();
    void otherHeadingsAreMappedByHand();
    void problemsAreListedAndNothingIsRecorded();
    void shareEntriesAreImportedAfterTheirCheck();

private:
    qint64 memberCount() const;

    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<app::MutualSession> m_session;
};

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
    const QByteArray csv = "Name,Number,Kind,Class,Admitted\n"
                           "Ada,M1,individual,Community,2020-01-15\n"
                           "Bo,M2,organisation,Employee,2021-02-01\n";
    RegisterImportDialog dialog(*m_session, RegisterImportDialog::Kind::Members, u"register.csv"_s, csv);
    // Column B is "Number", column A "Name"; the optional fields the file lacks choose none.
    QCOMPARE(dialog.columnChooser(u"number"_s)->currentIndex(), 2);
    QCOMPARE(dialog.columnChooser(u"number"_s)->currentText(), u"B: Number"_s);
    QCOMPARE(dialog.columnChooser(u"name"_s)->currentIndex(), 1);
    QCOMPARE(dialog.columnChooser(u"email"_s)->currentIndex(), 0);
    QCOMPARE(dialog.mapping().value(u"admitted"_s), 4);
    // The preview shows the two rows under the fields, numbered as the spreadsheet numbers them.
    QCOMPARE(dialog.preview()->rowCount(), 2);
    QCOMPARE(dialog.preview()->verticalHeaderItem(0)->text(), u"2"_s);
    QCOMPARE(dialog.preview()->horizontalHeaderItem(0)->text(), u"number"_s);
    QCOMPARE(dialog.preview()->item(1, 0)->text(), u"M2"_s);
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
        u"Row 1, column number: no column of the file is chosen"_s));

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
    QVERIFY(lines.at(0).startsWith(u"Row 3, column number: member number M1 is also on row 2."_s));
    QVERIFY(lines.at(1).startsWith(u"Row 4, column kind:"_s));
    QVERIFY(lines.at(2).startsWith(u"Row 4, column class:"_s));
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

QTEST_MAIN(TestRegisterImportDialog)
#include "TestRegisterImportDialog.moc"
