#include "app/reports/ReportTableModel.h"
#include "app/reports/ReportsPage.h"
#include "app/shell/MutualSession.h"
#include "app/widgets/DateEdit.h"
#include "domain/DemoMutual.h"
#include "storage/AllocationRepository.h"
#include "storage/ContributionRepository.h"
#include "storage/DemoWriter.h"
#include "storage/MemberRepository.h"
#include "storage/MutualFile.h"
#include "storage/ReportRepository.h"
#include "storage/ShareLedgerRepository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace mutualise;
using app::ReportsPage;

// The Reports page on a demo mutual of 60 members and five years: what it previews agrees with the
// share ledger, and what it exports is the report it shows.
class TestReportsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void registerAgreesWithTheLedger();
    void builtOnlyOnceShown();
    void shareCapitalOpensAndClosesOnTheHoldings();
    void unknownMemberIsSaidAndNothingIsExported();
    void periodBackwardsIsSaid();
    void exportsEachFormat();
    void exportMenuAsksForAFileAndRemembersItsFolder();
    void exportOverTheMutualIsRefused();
    void pdfExportIsTheReportOnPaper();
    void contributionsGroupedAsChosen();
    void grantsAreNotNarrowedToMembers();
    void printPreviewShowsThePages();
    void savingsShowOneTableAtATime();
    void grantsPublishedAsOpenData();
    void allocationOfAYearChosenFromThoseAllocated();
    void statementOfOneMemberAPage();
    void statementsAFileEachInANewFolder();

private:
    void choose(const QString& reportName);
    static QByteArray digest(const QString& path);

    QTemporaryDir m_dir;
    QString m_demoPath;
    std::unique_ptr<app::MutualSession> m_session;
    std::unique_ptr<ReportsPage> m_page;
};

void TestReportsPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCoreApplication::setOrganizationName(u"MutualiseTests"_s);
    QCoreApplication::setApplicationName(u"TestReportsPage"_s);
    QSettings().clear();
    domain::DemoOptions options;
    options.members = 60;
    options.years = 5;
    options.seed = 11;
    options.until = QDate(2026, 3, 31);
    m_demoPath = m_dir.filePath(u"demo.mutual"_s);
    const auto written = storage::writeDemoMutual(m_demoPath, domain::planDemoMutual(options), u"test"_s);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
}

void TestReportsPage::init()
{
    auto file = storage::MutualFile::open(m_demoPath, u"tester"_s);
    QVERIFY2(file, qPrintable(file ? QString() : file.error().message));
    m_session = std::make_unique<app::MutualSession>(std::move(file).value());
    m_page = std::make_unique<ReportsPage>();
    m_page->resize(1060, 700);
    m_page->show();
    m_page->setSession(m_session.get());
}

void TestReportsPage::cleanup()
{
    m_page.reset();
    m_session.reset();
}

void TestReportsPage::choose(const QString& reportName)
{
    auto* combo = m_page->findChild<QComboBox*>(u"reportCombo"_s);
    combo->setCurrentIndex(combo->findData(reportName));
}

QByteArray TestReportsPage::digest(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void TestReportsPage::registerAgreesWithTheLedger()
{
    QVERIFY(m_page->report().has_value());
    QCOMPARE(m_page->report()->name, u"register"_s);
    const reports::ReportTable& table = m_page->model()->table();
    QCOMPARE(m_page->model()->rowCount(), table.rows.size());
    QVERIFY(m_page->model()->rowCount() > 0);
    // The totals of shares (column 5) and paid (column 6) are the ledger's total today.
    const auto total = storage::ShareLedgerRepository(m_session->file()).totalAsOf(QDate::currentDate());
    QVERIFY(total);
    QCOMPARE(table.total(5), std::optional(total->shares));
    QCOMPARE(table.total(6), std::optional(total->amount));
    const QString summary = m_page->findChild<QLabel*>(u"summaryLabel"_s)->text();
    QVERIFY2(summary.contains(domain::Money(total->amount, domain::Currency::gbp()).format(QLocale())),
             qPrintable(summary));
    // Money and dates as the locale writes them, numbers to the right.
    const QModelIndex paid = m_page->model()->index(0, 6);
    QVERIFY(paid.data().toString().startsWith(u'£'));
    QVERIFY(paid.data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);
}

void TestReportsPage::builtOnlyOnceShown()
{
    ReportsPage hidden;
    hidden.setSession(m_session.get());
    QVERIFY(!hidden.report().has_value());
    hidden.show();
    QVERIFY(hidden.report().has_value());
}

void TestReportsPage::shareCapitalOpensAndClosesOnTheHoldings()
{
    choose(u"share-capital"_s);
    m_page->findChild<app::DateEdit*>(u"fromEdit"_s)->setDate(QDate(2024, 4, 1));
    m_page->findChild<app::DateEdit*>(u"toEdit"_s)->setDate(QDate(2025, 3, 31));
    m_page->reload();
    QVERIFY(m_page->report().has_value());
    QCOMPARE(m_page->report()->from, QDate(2024, 4, 1));
    const reports::ReportTable& table = m_page->model()->table();
    const storage::ShareLedgerRepository ledger(m_session->file());
    // Opening (column 3) is the holdings at the end of the day before; closing (column 9) at the end of
    // the last day; and every row adds up.
    QCOMPARE(table.total(3), std::optional(ledger.totalAsOf(QDate(2024, 3, 31))->amount));
    QCOMPARE(table.total(9), std::optional(ledger.totalAsOf(QDate(2025, 3, 31))->amount));
    for (const QList<reports::ReportCell>& row : table.rows) {
        const auto at = [&row](int column) { return std::get<qint64>(row.at(column)); };
        QCOMPARE(at(3) + at(4) + at(5) - at(6) - at(7) + at(8), at(9));
    }
}

void TestReportsPage::unknownMemberIsSaidAndNothingIsExported()
{
    QTest::keyClicks(m_page->findChild<QLineEdit*>(u"memberEdit"_s), u"ZZ999"_s);
    m_page->reload();
    QVERIFY(!m_page->report().has_value());
    QCOMPARE(m_page->model()->rowCount(), 0);
    QCOMPARE(m_page->findChild<QLabel*>(u"summaryLabel"_s)->text(), u"There is no member “ZZ999”."_s);
    QVERIFY(!m_page->findChild<QToolButton*>(u"exportButton"_s)->isEnabled());
    QVERIFY(!m_page->exportTo(m_dir.filePath(u"nothing.csv"_s), ReportsPage::Format::Csv));
    QVERIFY(!QFile::exists(m_dir.filePath(u"nothing.csv"_s)));
}

void TestReportsPage::periodBackwardsIsSaid()
{
    choose(u"share-capital"_s);
    m_page->findChild<app::DateEdit*>(u"fromEdit"_s)->setDate(QDate(2025, 4, 1));
    m_page->findChild<app::DateEdit*>(u"toEdit"_s)->setDate(QDate(2025, 3, 31));
    m_page->reload();
    QVERIFY(!m_page->report().has_value());
    QCOMPARE(m_page->findChild<QLabel*>(u"summaryLabel"_s)->text(),
             u"The period starts on 01/04/2025, after it ends on 31/03/2025."_s);
}

void TestReportsPage::exportsEachFormat()
{
    const QString csv = m_dir.filePath(u"register.csv"_s);
    QVERIFY(m_page->exportTo(csv, ReportsPage::Format::Csv));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray csvBytes = csvFile.readAll();
    // With a byte-order mark, for Excel, and a line a member and one of headings.
    QVERIFY(
        csvBytes.startsWith("\xEF\xBB\xBFnumber,name,address,email,class,shares,paid,admitted,ceased\r\n"));
    QCOMPARE(csvBytes.count("\r\n"), m_page->model()->rowCount() + 1);

    const QString xlsx = m_dir.filePath(u"register.xlsx"_s);
    QVERIFY(m_page->exportTo(xlsx, ReportsPage::Format::Xlsx));
    QFile xlsxFile(xlsx);
    QVERIFY(xlsxFile.open(QIODevice::ReadOnly));
    QVERIFY(xlsxFile.read(2) == "PK"); // a zip, as every workbook is

    const QString json = m_dir.filePath(u"register.json"_s);
    QVERIFY(m_page->exportTo(json, ReportsPage::Format::Json));
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QJsonObject document = QJsonDocument::fromJson(jsonFile.readAll()).object();
    QCOMPARE(document.value(u"report").toString(), u"register"_s);
    QCOMPARE(document.value(u"period").toObject().value(u"as_of").toString(),
             QDate::currentDate().toString(Qt::ISODate));
}

void TestReportsPage::exportMenuAsksForAFileAndRemembersItsFolder()
{
    QString suggested;
    const QString chosen = m_dir.filePath(u"chosen.xlsx"_s);
    m_page->setSavePathChooser([&](const QString& name, ReportsPage::Format format) {
        suggested = name;
        return format == ReportsPage::Format::Xlsx ? chosen : QString();
    });
    auto* button = m_page->findChild<QToolButton*>(u"exportButton"_s);
    QVERIFY(button->isEnabled());
    const QList<QAction*> actions = button->menu()->actions();
    // CSV, Excel, PDF on A4 (first in the United Kingdom), PDF on US Letter, JSON, 360Giving, which only
    // the grants offer, and a PDF a member, which only statements and certificates offer
    QCOMPARE(actions.size(), 7);
    QVERIFY(!actions.at(5)->isVisible());
    QVERIFY(!actions.at(6)->isVisible());
    QVERIFY2(actions.at(2)->text().contains(u"A4"_s), qPrintable(actions.at(2)->text()));
    QVERIFY2(actions.at(3)->text().contains(u"Letter"_s), qPrintable(actions.at(3)->text()));
    actions.at(1)->trigger(); // Excel Workbook…
    QCOMPARE(suggested, u"Register of members %1.xlsx"_s.arg(QDate::currentDate().toString(Qt::ISODate)));
    QVERIFY(QFile::exists(chosen));
    auto* notice = m_page->findChild<QLabel*>(u"exportNotice"_s);
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(u"chosen.xlsx"), qPrintable(notice->text()));
    QCOMPARE(QSettings().value(u"reports/exportFolder"_s).toString(), m_dir.path());
    // Cancelling the dialog writes nothing.
    actions.at(0)->trigger();
    QVERIFY(!QFile::exists(m_dir.filePath(u"Register of members.csv"_s)));
}

void TestReportsPage::exportOverTheMutualIsRefused()
{
    const QByteArray before = digest(m_demoPath);
    const domain::Outcome refused = m_page->exportTo(m_demoPath, ReportsPage::Format::Csv);
    QVERIFY(!refused);
    QCOMPARE(refused.error().rule, u"output-is-mutual"_s);
    QCOMPARE(digest(m_demoPath), before);
}

void TestReportsPage::pdfExportIsTheReportOnPaper()
{
    const QString chosen = m_dir.filePath(u"register.pdf"_s);
    m_page->setSavePathChooser([&](const QString&, ReportsPage::Format format) {
        return format == ReportsPage::Format::Pdf ? chosen : QString();
    });
    auto* button = m_page->findChild<QToolButton*>(u"exportButton"_s);
    button->menu()->actions().at(2)->trigger(); // PDF on A4…
    QVERIFY(QFile::exists(chosen));
    QProcess info;
    info.start(u"pdfinfo"_s, { chosen });
    QVERIFY(info.waitForFinished(30'000));
    const QString infoText = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(infoText.contains(u"842 x 595 pts (A4)"_s), qPrintable(infoText)); // nine columns: across
    QProcess text;
    text.start(u"pdftotext"_s, { u"-layout"_s, chosen, u"-"_s });
    QVERIFY(text.waitForFinished(30'000));
    const QString pages = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY(pages.contains(u"Register of members"_s));
    // The totals line carries the ledger's total, as the preview's summary does.
    const auto total = storage::ShareLedgerRepository(m_session->file()).totalAsOf(QDate::currentDate());
    QVERIFY(total);
    const qint64 shares = total->shares;
    QVERIFY2(pages.contains(QRegularExpression(u"Total\\s+%1\\s"_s.arg(QLocale().toString(shares)))),
             qPrintable(QLocale().toString(shares)));
    QVERIFY(m_page->findChild<QLabel*>(u"exportNotice"_s)->text().contains(u"register.pdf"_s));
}

void TestReportsPage::printPreviewShowsThePages()
{
    auto* print = m_page->findChild<QPushButton*>(u"printButton"_s);
    QVERIFY(print->isEnabled());
    int pages = 0;
    QTimer::singleShot(0, this, [&pages] {
        auto* preview = qobject_cast<QPrintPreviewDialog*>(QApplication::activeModalWidget());
        if (!preview)
            return;
        if (auto* widget = preview->findChild<QPrintPreviewWidget*>())
            pages = widget->pageCount();
        preview->reject();
    });
    print->click();
    QVERIFY2(pages >= 1, qPrintable(QString::number(pages)));
    // No report, nothing to print: an unknown member empties the preview.
    m_page->findChild<QLineEdit*>(u"memberEdit"_s)->setText(u"no such member"_s);
    m_page->reload();
    QVERIFY(!print->isEnabled());
}

void TestReportsPage::contributionsGroupedAsChosen()
{
    auto* grouping = m_page->findChild<QComboBox*>(u"groupingCombo"_s);
    QVERIFY(!grouping->isVisible()); // the register is not grouped
    choose(u"contributions"_s);
    QVERIFY(grouping->isVisible());
    m_page->findChild<app::DateEdit*>(u"fromEdit"_s)->setDate(QDate(2021, 4, 1));
    m_page->findChild<app::DateEdit*>(u"toEdit"_s)->setDate(QDate(2026, 3, 31));
    grouping->setCurrentIndex(grouping->findText(u"Class"_s));
    m_page->reload();
    QVERIFY(m_page->report().has_value());
    const reports::ReportTable& table = m_page->model()->table();
    QCOMPARE(table.columns.constFirst().key, u"class"_s);
    QCOMPARE(table.columns.constLast().key, u"total"_s);
    // Each row adds up: its kinds make its total.
    for (const QList<reports::ReportCell>& row : table.rows) {
        qint64 kinds = 0;
        for (qsizetype column = 1; column + 1 < row.size(); ++column)
            kinds += std::get<qint64>(row.at(column));
        QCOMPARE(kinds, std::get<qint64>(row.constLast()));
    }
    // The same as the repository's totals for the period.
    const auto totals
        = storage::ContributionRepository(m_session->file())
              .totals(domain::ContributionGrouping::Class, QDate(2021, 4, 1), QDate(2026, 3, 31));
    QVERIFY(totals);
    QCOMPARE(table.total(table.columns.size() - 1), std::optional(totals->total));
    QCOMPARE(table.rows.size(), totals->rows.size());
}

void TestReportsPage::grantsAreNotNarrowedToMembers()
{
    auto* member = m_page->findChild<QLineEdit*>(u"memberEdit"_s);
    member->setText(u"no such member"_s);
    choose(u"grants"_s);
    QVERIFY(!member->isEnabled());
    QVERIFY(!m_page->findChild<QComboBox*>(u"classCombo"_s)->isEnabled());
    // The member typed for another report does not stop this one.
    QVERIFY(m_page->report().has_value());
    QCOMPARE(m_page->report()->name, u"grants"_s);
}

void TestReportsPage::savingsShowOneTableAtATime()
{
    auto* tables = m_page->findChild<QComboBox*>(u"tableCombo"_s);
    QVERIFY(!tables->isVisible()); // the register has one table
    choose(u"savings"_s);
    m_page->findChild<app::DateEdit*>(u"fromEdit"_s)->setDate(QDate(2021, 4, 1));
    m_page->findChild<app::DateEdit*>(u"toEdit"_s)->setDate(QDate(2026, 3, 31));
    m_page->reload();
    QVERIFY(m_page->report().has_value());
    QVERIFY(tables->isVisible());
    QCOMPARE(tables->count(), 5);
    QCOMPARE(m_page->model()->table().name, u"savings"_s);
    // Choosing a table shows it, with its totals; building the report again keeps it.
    tables->setCurrentIndex(tables->findData(u"grants_by_category"_s));
    QCOMPARE(m_page->model()->table().name, u"grants_by_category"_s);
    const QString summary = m_page->findChild<QLabel*>(u"summaryLabel"_s)->text();
    QVERIFY2(summary.contains(u"Grants "_s) && summary.contains(u"Amount £"_s), qPrintable(summary));
    m_page->findChild<app::DateEdit*>(u"fromEdit"_s)->setDate(QDate(2022, 4, 1));
    m_page->reload();
    QCOMPARE(m_page->model()->table().name, u"grants_by_category"_s);
    // Its CSV is a zip archive, suggested as one, with a file a table.
    QString suggested;
    const QString chosen = m_dir.filePath(u"savings.zip"_s);
    m_page->setSavePathChooser([&](const QString& name, ReportsPage::Format) {
        suggested = name;
        return chosen;
    });
    m_page->findChild<QToolButton*>(u"exportButton"_s)->menu()->actions().at(0)->trigger();
    QVERIFY2(suggested.endsWith(u".zip"_s), qPrintable(suggested));
    QFile archive(chosen);
    QVERIFY(archive.open(QIODevice::ReadOnly));
    const QByteArray bytes = archive.readAll();
    QVERIFY(bytes.startsWith("PK\x03\x04"));
    for (const char* name : { "savings.csv", "savings_by_service.csv", "allocations.csv",
                              "grants_by_category.csv", "grants_by_project.csv" })
        QVERIFY2(bytes.contains(name), name);
    // A report of one table hides the choice again.
    choose(u"register"_s);
    QVERIFY(!tables->isVisible());
}

void TestReportsPage::grantsPublishedAsOpenData()
{
    auto* openData = m_page->findChild<QAction*>(u"openDataAction"_s);
    QVERIFY(!openData->isVisible());
    choose(u"grants"_s);
    QVERIFY(openData->isVisible());
    m_page->findChild<app::DateEdit*>(u"fromEdit"_s)->setDate(QDate(2021, 4, 1));
    m_page->findChild<app::DateEdit*>(u"toEdit"_s)->setDate(QDate(2026, 3, 31));
    m_page->reload();
    QVERIFY(m_page->report().has_value());
    const reports::ReportTable& table = m_page->model()->table();
    QVERIFY(!table.rows.isEmpty());
    const QString path = m_dir.filePath(u"grants.json"_s);
    QVERIFY(m_page->exportTo(path, ReportsPage::Format::ThreeSixtyGiving));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray grants = QJsonDocument::fromJson(file.readAll()).object().value(u"grants").toArray();
    // The grants the page shows, in the same order, each under the mutual's prefix.
    QCOMPARE(grants.size(), table.rows.size());
    for (qsizetype index = 0; index < grants.size(); ++index) {
        const QJsonObject grant = grants.at(index).toObject();
        QVERIFY(grant.value(u"id").toString().startsWith(u"360G-northerndigital-"));
        QCOMPARE(grant.value(u"awardDate").toString(),
                 std::get<QDate>(table.rows.at(index).at(0)).toString(Qt::ISODate));
    }
    // Without a prefix nothing is written, and the message says where to enter one.
    domain::Mutual mutual = m_session->mutual();
    mutual.grantIdPrefix.clear();
    QVERIFY(m_session->file().updateMutual(mutual));
    const QString refusedPath = m_dir.filePath(u"refused.json"_s);
    const domain::Outcome refused = m_page->exportTo(refusedPath, ReportsPage::Format::ThreeSixtyGiving);
    QVERIFY(!refused);
    QCOMPARE(refused.error().rule, u"no-grant-prefix"_s);
    QVERIFY2(refused.error().message.contains(u"Mutual Settings"_s), qPrintable(refused.error().message));
    QVERIFY(!QFile::exists(refusedPath));
}

void TestReportsPage::allocationOfAYearChosenFromThoseAllocated()
{
    auto* years = m_page->findChild<QComboBox*>(u"yearCombo"_s);
    QVERIFY(!years->isVisible());
    choose(u"allocation"_s);
    QVERIFY(years->isVisible());
    QVERIFY(!m_page->findChild<app::DateEdit*>(u"fromEdit"_s)->isVisible());
    QVERIFY(!m_page->findChild<app::DateEdit*>(u"asOfEdit"_s)->isVisible());
    // The years allocated, newest first, as the Reinvestment page lists them.
    const auto allocations = storage::AllocationRepository(m_session->file()).all();
    QVERIFY(allocations && !allocations->isEmpty());
    QCOMPARE(years->count(), allocations->size());
    QCOMPARE(years->itemData(0).toInt(), allocations->constLast().year);
    QVERIFY(m_page->report().has_value());
    QCOMPARE(m_page->report()->tables.size(), 2);
    // Each year's surplus is its parts' sum, and its members' interest is the year's interest.
    for (int index = 0; index < years->count(); ++index) {
        years->setCurrentIndex(index);
        QVERIFY(m_page->report().has_value());
        const reports::ReportTable& year = m_page->report()->tables.at(0);
        const storage::AllocationRow& stored = allocations->at(allocations->size() - 1 - index);
        QCOMPARE(std::get<qint64>(year.rows.at(0).at(1)), stored.surplus);
        const reports::ReportTable& members = m_page->report()->tables.at(1);
        QCOMPARE(members.total(3), stored.interestTotal);
        QCOMPARE(m_page->report()->to, stored.period.last);
    }
    // Another table of the report is chosen as for any report of several tables.
    auto* tables = m_page->findChild<QComboBox*>(u"tableCombo"_s);
    tables->setCurrentIndex(tables->findData(u"members"_s));
    QCOMPARE(m_page->model()->table().name, u"members"_s);
    QVERIFY(m_page->model()->rowCount() > 0);

    // The annual summary offers every year from the first admission to this one, and keeps the year
    // that was chosen.
    const int chosen = years->currentData().toInt();
    choose(u"annual"_s);
    QVERIFY(years->isVisible());
    const domain::Mutual mutual = m_session->mutual();
    const int current = mutual.financialYearContaining(QDate::currentDate()).first.year();
    QCOMPARE(years->itemData(0).toInt(), current);
    QCOMPARE(years->currentData().toInt(), chosen);
    const auto firstAdmission = storage::ReportRepository(m_session->file()).firstAdmission();
    QVERIFY(firstAdmission && firstAdmission->isValid());
    QCOMPARE(years->itemData(years->count() - 1).toInt(),
             mutual.financialYearContaining(*firstAdmission).first.year());
    QVERIFY(m_page->report().has_value());
    QCOMPARE(m_page->report()->tables.constFirst().name, u"membership"_s);
}

void TestReportsPage::statementOfOneMemberAPage()
{
    choose(u"statement"_s);
    QVERIFY(m_page->findChild<QComboBox*>(u"yearCombo"_s)->isVisible());
    QVERIFY(m_page->report().has_value());
    const qsizetype everyone = m_page->report()->sections.size();
    QVERIFY(everyone > 1);
    QCOMPARE(m_page->report()->tables.constFirst().rows.size(), everyone);
    // Narrowed to one member, the table and the pages are that member's alone.
    QVERIFY(storage::MemberRepository(m_session->file()).memberByNumber(u"1002"_s));
    m_page->findChild<QLineEdit*>(u"memberEdit"_s)->setText(u"1002"_s);
    m_page->reload();
    QVERIFY(m_page->report().has_value());
    QCOMPARE(m_page->report()->sections.size(), 1);
    QVERIFY(m_page->report()->sections.at(0).heading.contains(u"1002"_s));
    QCOMPARE(m_page->report()->tables.constFirst().rows.size(), 1);
    // On paper: the page of that member's statement.
    const QString path = m_dir.filePath(u"statement.pdf"_s);
    QVERIFY(m_page->exportTo(path, ReportsPage::Format::Pdf));
    QProcess info;
    info.start(u"pdfinfo"_s, { path });
    QVERIFY(info.waitForFinished(30'000));
    QVERIFY2(
        QString::fromUtf8(info.readAllStandardOutput()).contains(QRegularExpression(u"Pages:\\s+1\\n"_s)),
        "one page");
}

void TestReportsPage::statementsAFileEachInANewFolder()
{
    auto* each = m_page->findChild<QAction*>(u"eachAction"_s);
    QVERIFY(!each->isVisible());
    choose(u"statement"_s);
    QVERIFY(each->isVisible());
    m_page->reload();
    QVERIFY(m_page->report().has_value());
    const qsizetype statements = m_page->report()->sections.size();
    QVERIFY(statements > 1);
    // The folder is named after the report, with no suffix; it is made, with a PDF a member in it.
    QString suggested;
    const QString folder = m_dir.filePath(u"statements"_s);
    m_page->setSavePathChooser([&](const QString& name, ReportsPage::Format format) {
        suggested = name;
        return format == ReportsPage::Format::PdfEach ? folder : QString();
    });
    each->trigger();
    QVERIFY2(!suggested.endsWith(u".pdf"_s), qPrintable(suggested));
    const QStringList files = QDir(folder).entryList(QDir::Files);
    QCOMPARE(files.size(), statements);
    QVERIFY(files.constFirst().startsWith(u"statement-"_s));
    QVERIFY(files.constFirst().endsWith(u".pdf"_s));
    // Asked again for the same folder, it refuses and leaves the folder as it was.
    const domain::Outcome again = m_page->exportTo(folder, ReportsPage::Format::PdfEach);
    QVERIFY(!again);
    QCOMPARE(again.error().rule, u"exists"_s);
    QCOMPARE(QDir(folder).entryList(QDir::Files), files);
    choose(u"register"_s);
    QVERIFY(!each->isVisible());
}

QTEST_MAIN(TestReportsPage)
#include "TestReportsPage.moc"
