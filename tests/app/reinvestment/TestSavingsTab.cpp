#include "SampleMutual.h"
#include "app/reinvestment/SavingsGridModel.h"
#include "app/reinvestment/SavingsImportDialog.h"
#include "app/reinvestment/SavingsTab.h"
#include "app/reinvestment/SavingsTotalsModel.h"
#include "app/shell/MutualSession.h"
#include "app/widgets/DateEdit.h"
#include "storage/MemberRepository.h"
#include "storage/MutualFile.h"
#include "storage/SavingsRepository.h"
#include "storage/ServiceRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace mutualise;

namespace {

// The mutual's file and the write-ahead log beside it: whatever is written lands in one of them.
QByteArray fileAndLog(const QString& path)
{
    QByteArray both;
    for (const QString& name : { path, path + u"-wal"_s }) {
        QFile file(name);
        both += name.toUtf8() + ':';
        // A log that is not there holds what an empty one holds: nothing.
        const QByteArray content = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        both += QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
        both += '\n';
    }
    return both;
}

bool activate(QWidget* window)
{
    window->activateWindow();
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; });
}

void typeDate(app::DateEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Tab);
}

} // namespace

class TestSavingsTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void modelsPassTheModelTester();
    void gridShowsTheServiceMembers();
    void editedAmountsAreSavedWithTheirSaving();
    void badAmountIsRefusedAndTheFileUnchanged();
    void negativeBaselineIsRefused();
    void newLineNeedsBothAmounts();
    void changingServiceWithUnsavedEditsAsks();
    void closingTheWindowWithUnsavedEditsAsks();
    void importDryRunNamesRowAndColumnAndWritesNothing();
    void goodImportAddsTheRows();
    void importRefusesTheMutualItself();
    void totalsByServiceReconcileWithTheRows();
    void readOnlyFileCannotBeEdited();
    void fitsA700PixelPage();

private:
    qint64 memberId(const QString& number) const
    {
        return storage::MemberRepository(m_session->file()).memberByNumber(number)->id;
    }
    QString path() const { return m_dir.filePath(u"savings%1.mutual"_s.arg(m_fileNumber)); }
    void showPeriod(const QString& from, const QString& to);
    void editCell(int row, int column, const QString& text);
    QString cell(int row, int column) const
    {
        return m_tab->gridModel()->index(row, column).data().toString();
    }
    QString writeCsv(const QString& name, const QByteArray& content) const;
    app::SavingsImportDialog* importFile(const QString& csvPath);
    void recordSaving(const QString& member, qint64 serviceId, const QDate& from, const QDate& to,
                      qint64 baseline, qint64 actual);

    QTemporaryDir m_dir;
    std::unique_ptr<app::MutualSession> m_session;
    std::unique_ptr<app::SavingsTab> m_tab;
    int m_fileNumber = 0;
    qint64 m_hostingId = 0;
    qint64 m_licenceId = 0;
};

void TestSavingsTab::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(m_dir.isValid());
}

// Three councils; "Shared hosting" is taken by C001 and C002, "Joint licence" by C003.
void TestSavingsTab::init()
{
    ++m_fileNumber;
    auto file = sample::createFile(path());
    QVERIFY(file);
    m_session = std::make_unique<app::MutualSession>(std::move(file));
    storage::MemberRepository members(m_session->file());
    const qint64 councils = members.classes()->constFirst().id;
    const qint64 community = members.classes()->constLast().id;
    QVERIFY(members.add(sample::member(u"C001"_s, u"Northshire Council"_s, councils)));
    QVERIFY(members.add(sample::member(u"C002"_s, u"Southdale Council"_s, councils)));
    QVERIFY(members.add(sample::member(u"C003"_s, u"Westmoor Trust"_s, community)));
    storage::ServiceRepository services(m_session->file());
    domain::Service hosting;
    hosting.name = u"Shared hosting"_s;
    hosting.start = QDate(2022, 4, 1);
    hosting.memberIds = { memberId(u"C001"_s), memberId(u"C002"_s) };
    const auto storedHosting = services.add(hosting);
    QVERIFY2(storedHosting, qPrintable(storedHosting ? QString() : storedHosting.error().message));
    m_hostingId = storedHosting->id;
    domain::Service licence;
    licence.name = u"Joint licence"_s;
    licence.start = QDate(2023, 4, 1);
    licence.memberIds = { memberId(u"C003"_s) };
    m_licenceId = services.add(licence)->id;

    m_tab = std::make_unique<app::SavingsTab>();
    m_tab->resize(1000, 600);
    m_tab->setSession(m_session.get());
    m_tab->show();
    QVERIFY(activate(m_tab.get()));
}

void TestSavingsTab::cleanup()
{
    if (m_tab) {
        m_tab->discardChanges();
    }
    m_tab.reset();
    m_session.reset();
}

void TestSavingsTab::showPeriod(const QString& from, const QString& to)
{
    typeDate(m_tab->fromEdit(), from);
    typeDate(m_tab->toEdit(), to);
    QCOMPARE(m_tab->gridModel()->from(), QDate::fromString(from, Qt::ISODate));
    QCOMPARE(m_tab->gridModel()->to(), QDate::fromString(to, Qt::ISODate));
}

// As a person does: the cell chosen, F2, the text typed over what was there, Enter.
void TestSavingsTab::editCell(int row, int column, const QString& text)
{
    QTableView* view = m_tab->gridView();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, column));
    QTest::keyClick(view, Qt::Key_F2);
    auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QVERIFY2(editor, "no editor opened");
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits and closes the editor once the event loop turns.
    QVERIFY(QTest::qWaitFor([view] { return QApplication::focusWidget() == view; }));
}

QString TestSavingsTab::writeCsv(const QString& name, const QByteArray& content) const
{
    const QString csvPath = m_dir.filePath(name);
    QFile file(csvPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        return {};
    }
    return csvPath;
}

app::SavingsImportDialog* TestSavingsTab::importFile(const QString& csvPath)
{
    m_tab->setOpenPathChooser([csvPath] { return csvPath; });
    QTest::mouseClick(m_tab->importButton(), Qt::LeftButton);
    return m_tab->findChild<app::SavingsImportDialog*>();
}

void TestSavingsTab::recordSaving(const QString& member, qint64 serviceId, const QDate& from, const QDate& to,
                                  qint64 baseline, qint64 actual)
{
    domain::Saving saving;
    saving.serviceId = serviceId;
    saving.memberId = memberId(member);
    saving.from = from;
    saving.to = to;
    saving.baseline = baseline;
    saving.actual = actual;
    const auto stored = storage::SavingsRepository(m_session->file()).add(saving);
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
}

void TestSavingsTab::modelsPassTheModelTester()
{
    recordSaving(u"C001"_s, m_hostingId, QDate(2025, 4, 1), QDate(2026, 3, 31), 100000, 80000);
    m_session->notifyChanged();
    QAbstractItemModelTester grid(m_tab->gridModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester totals(m_tab->totalsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_session->notifyChanged();
    m_tab->views()->setCurrentIndex(1);
    m_tab->groupingCombo()->setCurrentIndex(0);
}

void TestSavingsTab::gridShowsTheServiceMembers()
{
    QCOMPARE(m_tab->serviceCombo()->count(), 2);
    // Services are listed by start date: hosting (2022) before the licence (2023).
    QCOMPARE(m_tab->serviceCombo()->currentText(), u"Shared hosting"_s);
    // No saving yet: the period is this financial year.
    const domain::Period thisYear = m_session->mutual().financialYearContaining(QDate::currentDate());
    QCOMPARE(m_tab->gridModel()->from(), thisYear.first);
    QCOMPARE(m_tab->gridModel()->to(), thisYear.last);
    QCOMPARE(m_tab->gridModel()->rowCount(), 2);
    QCOMPARE(cell(0, app::SavingsGridModel::NumberColumn), u"C001"_s);
    QCOMPARE(cell(1, app::SavingsGridModel::NameColumn), u"Southdale Council"_s);
    m_tab->serviceCombo()->setCurrentIndex(1);
    QCOMPARE(m_tab->gridModel()->serviceId(), m_licenceId);
    QCOMPARE(m_tab->gridModel()->rowCount(), 1);
    QCOMPARE(cell(0, app::SavingsGridModel::NumberColumn), u"C003"_s);

    // A recorded period is offered and chosen first for its service.
    recordSaving(u"C003"_s, m_licenceId, QDate(2024, 4, 1), QDate(2025, 3, 31), 300000, 250000);
    m_session->notifyChanged();
    m_tab->serviceCombo()->setCurrentIndex(0);
    m_tab->serviceCombo()->setCurrentIndex(1);
    QCOMPARE(m_tab->gridModel()->from(), QDate(2024, 4, 1));
    QCOMPARE(cell(0, app::SavingsGridModel::SavingColumn), u"£500.00"_s); // 3,000.00 - 2,500.00
    QVERIFY(m_tab->periodCombo()->currentText().contains(u"01/04/2024"_s));
}

void TestSavingsTab::editedAmountsAreSavedWithTheirSaving()
{
    showPeriod(u"2025-04-01"_s, u"2026-03-31"_s);
    using Grid = app::SavingsGridModel;
    editCell(0, Grid::BaselineColumn, u"12000.00"_s);
    editCell(0, Grid::ActualColumn, u"9600.00"_s);
    editCell(0, Grid::EvidenceColumn, u"Quote from Hosting Ltd"_s);
    editCell(1, Grid::BaselineColumn, u"500.00"_s);
    editCell(1, Grid::ActualColumn, u"650"_s);
    QVERIFY2(!m_tab->messageLabel()->isVisible(), qPrintable(m_tab->messageLabel()->text()));
    QCOMPARE(cell(0, Grid::SavingColumn), u"£2,400.00"_s); // 12,000.00 - 9,600.00
    // A negative saving keeps its minus sign and shows in red.
    QCOMPARE(cell(1, Grid::SavingColumn), u"-£150.00"_s); // 500.00 - 650.00
    const QColor red
        = m_tab->gridModel()->index(1, Grid::SavingColumn).data(Qt::ForegroundRole).value<QBrush>().color();
    QVERIFY(red.red() > 150 && red.green() < 50);
    QVERIFY(m_tab->saveButton()->isEnabled());
    // Nothing is written before Save changes.
    QCOMPARE(storage::SavingsRepository(m_session->file()).list({})->size(), 0);
    // The total of the grid, edits included: baseline 12,000.00 + 500.00 = 12,500.00; actual 9,600.00 +
    // 650.00 = 10,250.00; saving 2,400.00 - 150.00 = 2,250.00.
    QVERIFY2(m_tab->gridTotalLabel()->text().contains(u"£12,500.00"_s),
             qPrintable(m_tab->gridTotalLabel()->text()));
    QVERIFY(m_tab->gridTotalLabel()->text().contains(u"£10,250.00"_s));
    QVERIFY(m_tab->gridTotalLabel()->text().contains(u"£2,250.00"_s));

    QTest::mouseClick(m_tab->saveButton(), Qt::LeftButton);
    const auto rows = storage::SavingsRepository(m_session->file()).list({});
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).memberNumber, u"C001"_s);
    QCOMPARE(rows->at(0).saving.baseline, 1'200'000);
    QCOMPARE(rows->at(0).saving.actual, 960'000);
    QCOMPARE(rows->at(0).saving.saving(), 240'000);
    QCOMPARE(rows->at(0).saving.evidence, u"Quote from Hosting Ltd"_s);
    QCOMPARE(rows->at(0).saving.from, QDate(2025, 4, 1));
    QCOMPARE(rows->at(0).saving.to, QDate(2026, 3, 31));
    QCOMPARE(rows->at(1).saving.saving(), -15'000);
    QVERIFY(!m_tab->gridModel()->hasChanges());
    QVERIFY(!m_tab->saveButton()->isEnabled());
    QCOMPARE(cell(1, Grid::SavingColumn), u"-£150.00"_s);

    // Editing a recorded saving changes it in place: 500.00 - 450.00 = 50.00.
    editCell(1, Grid::ActualColumn, u"450.00"_s);
    QTest::mouseClick(m_tab->saveButton(), Qt::LeftButton);
    const auto changed = storage::SavingsRepository(m_session->file()).list({});
    QCOMPARE(changed->size(), 2);
    QCOMPARE(changed->at(1).saving.actual, 45'000);
    QCOMPARE(cell(1, Grid::SavingColumn), u"£50.00"_s);
}

void TestSavingsTab::badAmountIsRefusedAndTheFileUnchanged()
{
    recordSaving(u"C001"_s, m_hostingId, QDate(2025, 4, 1), QDate(2026, 3, 31), 100000, 80000);
    showPeriod(u"2025-04-01"_s, u"2026-03-31"_s);
    const QByteArray before = fileAndLog(path());
    editCell(0, app::SavingsGridModel::BaselineColumn, u"12,x"_s);
    const QString message = m_tab->messageLabel()->text();
    QVERIFY2(message.contains(u"“12,x” is not an amount"_s), qPrintable(message));
    QVERIFY(message.contains(u"C001"_s));
    QVERIFY(m_tab->messageLabel()->isVisible());
    QCOMPARE(cell(0, app::SavingsGridModel::BaselineColumn), u"£1,000.00"_s);
    QVERIFY(!m_tab->gridModel()->hasChanges());
    QVERIFY(!m_tab->saveButton()->isEnabled());
    QTest::mouseClick(m_tab->saveButton(), Qt::LeftButton);
    QCOMPARE(fileAndLog(path()), before);
    QCOMPARE(storage::SavingsRepository(m_session->file()).list({})->constFirst().saving.baseline, 100000);
}

void TestSavingsTab::negativeBaselineIsRefused()
{
    showPeriod(u"2025-04-01"_s, u"2026-03-31"_s);
    editCell(0, app::SavingsGridModel::BaselineColumn, u"-5.00"_s);
    const QString message = m_tab->messageLabel()->text();
    QVERIFY2(message.contains(u"baseline"_s, Qt::CaseInsensitive), qPrintable(message));
    QCOMPARE(cell(0, app::SavingsGridModel::BaselineColumn), QString());
    QVERIFY(!m_tab->gridModel()->hasChanges());
}

void TestSavingsTab::newLineNeedsBothAmounts()
{
    showPeriod(u"2025-04-01"_s, u"2026-03-31"_s);
    editCell(0, app::SavingsGridModel::BaselineColumn, u"100.00"_s);
    const QByteArray before = fileAndLog(path());
    QTest::mouseClick(m_tab->saveButton(), Qt::LeftButton);
    QVERIFY2(m_tab->messageLabel()->text().contains(u"C001"_s), qPrintable(m_tab->messageLabel()->text()));
    QVERIFY(m_tab->messageLabel()->text().contains(u"actual cost"_s));
    QVERIFY(m_tab->gridModel()->hasChanges());
    QCOMPARE(fileAndLog(path()), before);
    QTest::mouseClick(m_tab->discardButton(), Qt::LeftButton);
    QVERIFY(!m_tab->gridModel()->hasChanges());
    QCOMPARE(cell(0, app::SavingsGridModel::BaselineColumn), QString());
}

void TestSavingsTab::changingServiceWithUnsavedEditsAsks()
{
    showPeriod(u"2025-04-01"_s, u"2026-03-31"_s);
    editCell(0, app::SavingsGridModel::BaselineColumn, u"100.00"_s);
    editCell(0, app::SavingsGridModel::ActualColumn, u"90.00"_s);
    // Cancel: the grid and its edit stay.
    QTimer::singleShot(0, this, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        QCOMPARE(box->objectName(), u"savingsUnsavedBox"_s);
        box->button(QMessageBox::Cancel)->click();
    });
    m_tab->serviceCombo()->setCurrentIndex(1);
    QCOMPARE(m_tab->serviceCombo()->currentIndex(), 0);
    QCOMPARE(m_tab->gridModel()->serviceId(), m_hostingId);
    QVERIFY(m_tab->gridModel()->hasChanges());
    // Save: written, then the other service is shown.
    QTimer::singleShot(0, this, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(QMessageBox::Save)->click();
    });
    m_tab->serviceCombo()->setCurrentIndex(1);
    QCOMPARE(m_tab->gridModel()->serviceId(), m_licenceId);
    const auto rows = storage::SavingsRepository(m_session->file()).list({});
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->constFirst().saving.saving(), 1000); // 100.00 - 90.00 = 10.00
}

void TestSavingsTab::closingTheWindowWithUnsavedEditsAsks()
{
    // The tab inside a window, as the main window holds it.
    QWidget window;
    m_tab->setSession(nullptr);
    m_tab->setParent(&window);
    m_tab->setSession(m_session.get());
    window.show();
    QVERIFY(activate(&window));
    showPeriod(u"2025-04-01"_s, u"2026-03-31"_s);
    editCell(0, app::SavingsGridModel::BaselineColumn, u"100.00"_s);
    editCell(0, app::SavingsGridModel::ActualColumn, u"90.00"_s);
    // A refused edit's message goes once a later edit is taken.
    editCell(1, app::SavingsGridModel::BaselineColumn, u"12,x"_s);
    QVERIFY(m_tab->messageLabel()->isVisible());
    editCell(1, app::SavingsGridModel::BaselineColumn, u"12.00"_s);
    QVERIFY(!m_tab->messageLabel()->isVisible());
    QTimer::singleShot(0, this, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(QMessageBox::Cancel)->click();
    });
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    QVERIFY(m_tab->gridModel()->hasChanges());
    QTimer::singleShot(0, this, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(QMessageBox::Discard)->click();
    });
    QVERIFY(window.close());
    QVERIFY(!m_tab->gridModel()->hasChanges());
    QCOMPARE(storage::SavingsRepository(m_session->file()).list({})->size(), 0);
    m_tab->setParent(nullptr);
}

void TestSavingsTab::importDryRunNamesRowAndColumnAndWritesNothing()
{
    const QString csvPath = writeCsv(u"bad.csv"_s,
                                     "service,member,from,to,baseline,actual,evidence\n"
                                     "Shared hosting,C001,2025-04-01,2026-03-31,1000.00,800.00,Quote\n"
                                     "Shared hosting,C002,2025-04-01,2026-03-31,12.x,700.00,Quote\n");
    QVERIFY(!csvPath.isEmpty());
    const QByteArray before = fileAndLog(path());
    app::SavingsImportDialog* dialog = importFile(csvPath);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    const QString problems = dialog->problemsEdit()->toPlainText();
    // The header is row 1, so the second saving is row 3.
    QVERIFY2(problems.contains(u"Row 3, column baseline"_s), qPrintable(problems));
    QVERIFY(!problems.contains(u"Row 2"_s));
    QVERIFY(!dialog->importButton()->isEnabled());
    QVERIFY(dialog->summaryLabel()->text().contains(u"Nothing has been recorded"_s));
    dialog->reject();
    QCOMPARE(fileAndLog(path()), before);
    QCOMPARE(storage::SavingsRepository(m_session->file()).list({})->size(), 0);
}

void TestSavingsTab::goodImportAddsTheRows()
{
    showPeriod(u"2025-04-01"_s, u"2026-03-31"_s);
    const QString csvPath = writeCsv(u"good.csv"_s,
                                     "service,member,from,to,baseline,actual,evidence\n"
                                     "Shared hosting,C001,2025-04-01,2026-03-31,1000.00,800.00,Quote\n"
                                     "Shared hosting,C002,2025-04-01,2026-03-31,700.00,750.00,Invoice\n");
    const QByteArray before = fileAndLog(path());
    app::SavingsImportDialog* dialog = importFile(csvPath);
    QVERIFY(dialog);
    QCOMPARE(dialog->checkedCount(), 2);
    QVERIFY2(dialog->summaryLabel()->text().contains(u"2 saving"_s),
             qPrintable(dialog->summaryLabel()->text()));
    QVERIFY(dialog->importButton()->isEnabled());
    // The dry run wrote nothing.
    QCOMPARE(fileAndLog(path()), before);
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([this] { return !m_tab->findChild<app::SavingsImportDialog*>(); }));
    const auto rows = storage::SavingsRepository(m_session->file()).list({});
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(1).saving.saving(), -5000); // 700.00 - 750.00 = -50.00
    // The grid shown reads them at once.
    QCOMPARE(cell(0, app::SavingsGridModel::SavingColumn), u"£200.00"_s); // 1,000.00 - 800.00
    QCOMPARE(cell(1, app::SavingsGridModel::SavingColumn), u"-£50.00"_s);
    QCOMPARE(cell(1, app::SavingsGridModel::EvidenceColumn), u"Invoice"_s);
}

void TestSavingsTab::importRefusesTheMutualItself()
{
    const QByteArray before = fileAndLog(path());
    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        shown = box->text();
        box->accept();
    });
    QCOMPARE(importFile(path()), nullptr);
    QVERIFY2(shown.contains(u"the mutual itself"_s), qPrintable(shown));
    QCOMPARE(fileAndLog(path()), before);
}

void TestSavingsTab::totalsByServiceReconcileWithTheRows()
{
    // 2024-25: hosting C001 1,000.00 - 800.00 = 200.00; licence C003 3,000.00 - 3,100.00 = -100.00.
    // 2025-26: hosting C001 1,200.00 - 900.00 = 300.00, C002 400.00 - 500.00 = -100.00.
    recordSaving(u"C001"_s, m_hostingId, QDate(2024, 4, 1), QDate(2025, 3, 31), 100000, 80000);
    recordSaving(u"C003"_s, m_licenceId, QDate(2024, 4, 1), QDate(2025, 3, 31), 300000, 310000);
    recordSaving(u"C001"_s, m_hostingId, QDate(2025, 4, 1), QDate(2026, 3, 31), 120000, 90000);
    recordSaving(u"C002"_s, m_hostingId, QDate(2025, 4, 1), QDate(2026, 3, 31), 40000, 50000);
    m_session->notifyChanged();
    m_tab->views()->setCurrentIndex(1);
    m_tab->groupingCombo()->setCurrentIndex(m_tab->groupingCombo()->findText(u"Service"_s));
    m_tab->yearCombo()->setCurrentIndex(0); // all years
    const app::SavingsTotalsModel* totals = m_tab->totalsModel();
    QCOMPARE(totals->rowCount(), 2);
    // Joint licence: 3,000.00 - 3,100.00 = -100.00.
    QCOMPARE(totals->index(0, 0).data().toString(), u"Joint licence"_s);
    QCOMPARE(totals->index(0, app::SavingsTotalsModel::SavingColumn).data().toString(), u"-£100.00"_s);
    // Shared hosting: baseline 1,000.00 + 1,200.00 + 400.00 = 2,600.00; actual 800.00 + 900.00 + 500.00
    // = 2,200.00; saving 200.00 + 300.00 - 100.00 = 400.00.
    QCOMPARE(totals->index(1, 0).data().toString(), u"Shared hosting"_s);
    QCOMPARE(totals->index(1, app::SavingsTotalsModel::BaselineColumn).data().toString(), u"£2,600.00"_s);
    QCOMPARE(totals->index(1, app::SavingsTotalsModel::ActualColumn).data().toString(), u"£2,200.00"_s);
    QCOMPARE(totals->index(1, app::SavingsTotalsModel::SavingColumn).data().toString(), u"£400.00"_s);
    // Total: baseline 2,600.00 + 3,000.00 = 5,600.00; actual 2,200.00 + 3,100.00 = 5,300.00; saving 300.00.
    const QString total = m_tab->totalsTotalLabel()->text();
    QVERIFY2(total.contains(u"£5,600.00"_s) && total.contains(u"£5,300.00"_s) && total.contains(u"£300.00"_s),
             qPrintable(total));

    // Narrowed to 2025-26, the hosting total is the grid of that period: 1,600.00, 1,400.00, 200.00.
    m_tab->yearCombo()->setCurrentIndex(m_tab->yearCombo()->findText(u"2025–26"_s));
    QCOMPARE(totals->rowCount(), 1);
    QCOMPARE(totals->index(0, app::SavingsTotalsModel::SavingColumn).data().toString(), u"£200.00"_s);
    m_tab->views()->setCurrentIndex(0);
    showPeriod(u"2025-04-01"_s, u"2026-03-31"_s);
    const auto grid = m_tab->gridModel()->total();
    QCOMPARE(grid->baseline, totals->total().baseline);
    QCOMPARE(grid->actual, totals->total().actual);
    QCOMPARE(grid->saving(), totals->total().saving);
    QCOMPARE(grid->saving(), 20000);
    QVERIFY(m_tab->gridTotalLabel()->text().contains(u"£200.00"_s));

    // By financial year, a negative year stays negative: 2024-25 is 200.00 - 100.00 = 100.00.
    m_tab->views()->setCurrentIndex(1);
    m_tab->yearCombo()->setCurrentIndex(0);
    m_tab->groupingCombo()->setCurrentIndex(m_tab->groupingCombo()->findText(u"Financial year"_s));
    QCOMPARE(totals->rowCount(), 2);
    QCOMPARE(totals->index(0, 0).data().toString(), u"2024–25"_s);
    QCOMPARE(totals->index(0, app::SavingsTotalsModel::SavingColumn).data().toString(), u"£100.00"_s);

    // By member, named beside the number: C001 saved 200.00 + 300.00 = 500.00; C002 -100.00.
    m_tab->groupingCombo()->setCurrentIndex(m_tab->groupingCombo()->findText(u"Member"_s));
    QCOMPARE(totals->rowCount(), 3);
    QCOMPARE(totals->index(0, 0).data().toString(), u"C001 · Northshire Council"_s);
    QCOMPARE(totals->index(0, app::SavingsTotalsModel::SavingColumn).data().toString(), u"£500.00"_s);
    QCOMPARE(totals->index(1, app::SavingsTotalsModel::SavingColumn).data().toString(), u"-£100.00"_s);
    QCOMPARE(totals->headerData(0, Qt::Horizontal).toString(), u"Member"_s);
}

void TestSavingsTab::readOnlyFileCannotBeEdited()
{
    recordSaving(u"C001"_s, m_hostingId, QDate(2025, 4, 1), QDate(2026, 3, 31), 100000, 80000);
    m_tab->setSession(nullptr);
    m_session.reset();
    const QByteArray before = fileAndLog(path());
    auto reading = storage::MutualFile::openForReading(path(), u"reader"_s);
    QVERIFY(reading);
    m_session = std::make_unique<app::MutualSession>(std::move(reading).value());
    m_tab->setSession(m_session.get());
    QVERIFY(!m_tab->importButton()->isEnabled());
    QVERIFY(!(m_tab->gridModel()->flags(m_tab->gridModel()->index(0, app::SavingsGridModel::BaselineColumn))
              & Qt::ItemIsEditable));
    QCOMPARE(cell(0, app::SavingsGridModel::SavingColumn), u"£200.00"_s);
    QVERIFY(m_tab->findChild<QLabel*>(u"savingsReadOnlyLabel"_s)->isVisible());
    QCOMPARE(fileAndLog(path()), before);
}

void TestSavingsTab::fitsA700PixelPage()
{
    recordSaving(u"C001"_s, m_hostingId, QDate(2025, 4, 1), QDate(2026, 3, 31), 100000, 80000);
    m_session->notifyChanged();
    m_tab->resize(700, 480);
    QTest::qWait(20);
    QVERIFY2(m_tab->minimumSizeHint().width() <= 700,
             qPrintable(QString::number(m_tab->minimumSizeHint().width())));
    QTableView* view = m_tab->gridView();
    // Every column shows, none runs past the view's right edge.
    for (int column = 0; column < app::SavingsGridModel::ColumnCount; ++column) {
        QVERIFY2(!view->isColumnHidden(column), qPrintable(QString::number(column)));
    }
    int right = 0;
    for (int column = 0; column < app::SavingsGridModel::ColumnCount; ++column) {
        right += view->columnWidth(column);
    }
    QVERIFY2(right <= view->viewport()->width(),
             qPrintable(u"%1 > %2"_s.arg(right).arg(view->viewport()->width())));
}

QTEST_MAIN(TestSavingsTab)
#include "TestSavingsTab.moc"
