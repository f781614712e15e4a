#include "SampleMutual.h"
#include "app/charts/ChartPanel.h"
#include "app/contributions/ContributionChartsTab.h"
#include "app/contributions/ContributionDialog.h"
#include "app/contributions/ContributionEntriesModel.h"
#include "app/contributions/ContributionTotalsModel.h"
#include "app/contributions/ContributionsPage.h"
#include "app/contributions/ServiceDialog.h"
#include "app/contributions/ServiceMembersModel.h"
#include "app/contributions/ServicesModel.h"
#include "app/contributions/ServicesTab.h"
#include "app/shell/MutualSession.h"
#include "app/widgets/DateEdit.h"
#include "storage/ContributionRepository.h"
#include "storage/MemberRepository.h"
#include "storage/MutualFile.h"
#include "storage/ServiceRepository.h"
#include "storage/ShareLedgerRepository.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mutualise;

namespace {
// The file and its write-ahead log: what a refusal must leave byte for byte as it was.
QByteArray fileState(const QString& path)
{
    return sample::fingerprint(path) + '|' + sample::fingerprint(path + u"-wal"_s);
}

QPushButton* okButton(QDialog* dialog)
{
    return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

// The English of a count with its plural form whether or not the English numerus forms are loaded:
// without them Qt shows the source text, "2 entry(s)".
QString withPlurals(QString text)
{
    return text.replace(u"entry(s)"_s, u"entries"_s).replace(u"(s)"_s, u"s"_s);
}

void chooseData(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}
} // namespace

class TestContributionsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void modelsPassTheModelTester();
    void entriesShowTheRecord();
    void addContributionThroughTheDialog();
    void inKindValueIsShownAndStored();
    void zeroAmountIsRefusedAndTheFileUnchanged();
    void unknownMemberCannotBeRecorded();
    void newKindFromTheDialog();
    void reverseWithConfirmation();
    void totalsByClassReconcileWithTheEntries();
    void entriesFilterByMemberAndKind();
    void addServiceWithTwoMembers();
    void editServiceChangesItsMembers();
    void chartsShowTheContributions();
    void chartsOfAnEmptyMutualSaySo();
    void readOnlyFileDisablesTheActions();
    void newContributionHasItsShortcut();
    void minimumWidthFitsA900PixelWindow();
    void hiddenPageReadsChangesWhenShown();
    void noAltLetterAnswersTwoThingsOnATab();

private:
    qint64 memberId(const QString& number) const
    {
        return storage::MemberRepository(m_session->file()).memberByNumber(number)->id;
    }
    app::ContributionDialog* openDialog()
    {
        m_page->newContributionAction()->trigger();
        auto* dialog = m_page->findChild<app::ContributionDialog*>();
        [&] { QVERIFY(dialog); }();
        return dialog;
    }
    QList<storage::ContributionRow> storedEntries() const
    {
        return *storage::ContributionRepository(m_session->file()).entries({});
    }
    // The row of the entries table showing the entry.
    int rowOf(qint64 entryId) const
    {
        for (int row = 0; row < m_page->entriesModel()->rowCount(); ++row) {
            if (m_page->entriesModel()
                    ->index(row, 0)
                    .data(app::ContributionEntriesModel::EntryIdRole)
                    .toLongLong()
                == entryId) {
                return row;
            }
        }
        return -1;
    }
    // What the entries table lists, added up from the amounts of its rows.
    qint64 sumOfListedEntries() const
    {
        qint64 sum = 0;
        for (int row = 0; row < m_page->entriesModel()->rowCount(); ++row) {
            sum += m_page->entriesModel()
                       ->index(row, 0)
                       .data(app::ContributionEntriesModel::AmountRole)
                       .toLongLong();
        }
        return sum;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<app::MutualSession> m_session;
    std::unique_ptr<app::ContributionsPage> m_page;
    int m_fileNumber = 0;
    qint64 m_donationId = 0;
};

void TestContributionsPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(m_dir.isValid());
}

// Two classes; C001 Northshire Council (Founding council) subscribes 100 shares at £1.00 on 10 Jan 2024;
// C002 Southdale Council (Community). Entered: C001 fee £250.00 on 15 Apr 2024, C002 charge £1,200.00 on
// 1 May 2024, C002 donation £50.00 on 10 Jan 2025.
void TestContributionsPage::init()
{
    domain::Mutual mutual;
    mutual.name = u"Shire Digital"_s;
    mutual.registrationNumber = u"RS008123"_s;
    mutual.nominalShareValue = 100;
    domain::MemberClass council;
    council.name = u"Founding council"_s;
    domain::MemberClass community;
    community.name = u"Community"_s;
    m_path = m_dir.filePath(u"contributions%1.mutual"_s.arg(++m_fileNumber));
    auto file = storage::MutualFile::create(m_path, mutual, { council, community }, u"tester"_s);
    QVERIFY2(file, qPrintable(file ? QString() : file.error().message));
    m_session = std::make_unique<app::MutualSession>(std::move(file).value());
    storage::MemberRepository members(m_session->file());
    const auto classes = *members.classes();
    for (const auto& [number, name, classIndex] : { std::tuple { u"C001"_s, u"Northshire Council"_s, 0 },
                                                    std::tuple { u"C002"_s, u"Southdale Council"_s, 1 } }) {
        QVERIFY(members.add(sample::member(number, name, classes.at(classIndex).id, QDate(2020, 1, 1))));
    }
    domain::ShareMovement subscription;
    subscription.date = QDate(2024, 1, 10);
    subscription.memberId = memberId(u"C001"_s);
    subscription.shares = 100;
    QVERIFY(storage::ShareLedgerRepository(m_session->file()).record(subscription));
    storage::ContributionRepository contributions(m_session->file());
    const auto add = [&](const QString& number, const QString& kind, const QDate& date, qint64 amount) {
        domain::Contribution contribution;
        contribution.memberId = memberId(number);
        contribution.kind = kind;
        contribution.date = date;
        contribution.amount = amount;
        const auto added = contributions.add(contribution);
        return added ? added->id : 0;
    };
    QVERIFY(add(u"C001"_s, u"fee"_s, QDate(2024, 4, 15), 250'00));
    QVERIFY(add(u"C002"_s, u"charge"_s, QDate(2024, 5, 1), 1'200'00));
    m_donationId = add(u"C002"_s, u"donation"_s, QDate(2025, 1, 10), 50'00);
    QVERIFY(m_donationId);
    m_page = std::make_unique<app::ContributionsPage>();
    m_page->resize(1000, 700);
    m_page->setSession(m_session.get());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestContributionsPage::cleanup()
{
    m_page.reset();
    m_session.reset();
}

void TestContributionsPage::modelsPassTheModelTester()
{
    QAbstractItemModelTester entries(m_page->entriesModel(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester totals(m_page->totalsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester services(m_page->servicesTab()->model(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->entriesModel()->reload();
    m_page->entriesModel()->sort(app::ContributionEntriesModel::AmountColumn, Qt::DescendingOrder);
    chooseData(m_page->findChild<QComboBox*>(u"groupingCombo"_s),
               static_cast<int>(domain::ContributionGrouping::Year));
    QCOMPARE(m_page->entriesModel()->rowCount(), 3);
}

void TestContributionsPage::entriesShowTheRecord()
{
    app::ContributionEntriesModel* model = m_page->entriesModel();
    QCOMPARE(model->rowCount(), 3);
    // In date order: the fee, the charge, the donation.
    QCOMPARE(model->index(0, app::ContributionEntriesModel::MemberColumn).data().toString(),
             u"C001 · Northshire Council"_s);
    QCOMPARE(model->index(1, app::ContributionEntriesModel::AmountColumn).data().toString(), u"£1,200.00"_s);
    QCOMPARE(model->index(2, app::ContributionEntriesModel::KindColumn).data().toString(), u"Donation"_s);
    // £250.00 + £1,200.00 + £50.00 = £1,500.00
    QCOMPARE(withPlurals(m_page->findChild<QLabel*>(u"entriesStatusLabel"_s)->text()),
             u"3 entries, £1,500.00 in all (net of reversals)"_s);
    // Sorting by amount, largest first, then back to date order, newest first.
    m_page->entriesView()->sortByColumn(app::ContributionEntriesModel::AmountColumn, Qt::DescendingOrder);
    QCOMPARE(model->index(0, app::ContributionEntriesModel::AmountColumn).data().toString(), u"£1,200.00"_s);
    QCOMPARE(model->index(2, app::ContributionEntriesModel::AmountColumn).data().toString(), u"£50.00"_s);
    m_page->entriesView()->sortByColumn(app::ContributionEntriesModel::DateColumn, Qt::DescendingOrder);
    QCOMPARE(model->index(0, app::ContributionEntriesModel::KindColumn).data().toString(), u"Donation"_s);
    QCOMPARE(model->index(2, app::ContributionEntriesModel::KindColumn).data().toString(),
             u"Annual subscription"_s);
}

void TestContributionsPage::addContributionThroughTheDialog()
{
    app::ContributionDialog* dialog = openDialog();
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"memberEdit"_s), u"C001"_s);
    chooseData(dialog->findChild<QComboBox*>(u"kindCombo"_s), u"donation"_s);
    auto* date = dialog->findChild<app::DateEdit*>(u"dateEdit"_s);
    date->selectAll();
    QTest::keyClicks(date, u"2025-03-01"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"amountEdit"_s), u"75.50"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"referenceEdit"_s), u"Receipt 7"_s);
    QVERIFY(okButton(dialog)->isEnabled());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(!m_page->findChild<app::ContributionDialog*>());

    const QList<storage::ContributionRow> stored = storedEntries();
    QCOMPARE(stored.size(), 4);
    const domain::Contribution& added = stored.constLast().contribution;
    QCOMPARE(added.memberId, memberId(u"C001"_s));
    QCOMPARE(added.kind, u"donation"_s);
    QCOMPARE(added.date, QDate(2025, 3, 1));
    QCOMPARE(added.amount, 75'50);
    QCOMPARE(added.reference, u"Receipt 7"_s);
    QCOMPARE(added.recordedBy, u"tester"_s);
    // The table shows it at once, last in date order.
    const int row = rowOf(added.id);
    QCOMPARE(row, 3);
    QCOMPARE(
        m_page->entriesModel()->index(row, app::ContributionEntriesModel::AmountColumn).data().toString(),
        u"£75.50"_s);
    QCOMPARE(
        m_page->entriesModel()->index(row, app::ContributionEntriesModel::ReferenceColumn).data().toString(),
        u"Receipt 7"_s);
}

void TestContributionsPage::inKindValueIsShownAndStored()
{
    app::ContributionDialog* dialog = openDialog();
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"memberEdit"_s), u"C002"_s);
    chooseData(dialog->findChild<QComboBox*>(u"kindCombo"_s), u"in-kind"_s);
    auto* amount = dialog->findChild<QLineEdit*>(u"amountEdit"_s);
    auto* days = dialog->findChild<QLineEdit*>(u"daysEdit"_s);
    auto* rate = dialog->findChild<QLineEdit*>(u"dayRateEdit"_s);
    QVERIFY(!amount->isVisible());
    QVERIFY(days->isVisible() && rate->isVisible());
    QTest::keyClicks(days, u"2.5"_s);
    QTest::keyClicks(rate, u"333.33"_s);
    // 2.5 × £333.33 = £833.325, rounded half up to £833.33
    QCOMPARE(dialog->findChild<QLabel*>(u"valueLabel"_s)->text(), u"= £833.33"_s);
    QCOMPARE(dialog->inKindValue(), std::optional<qint64>(833'33));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(!m_page->findChild<app::ContributionDialog*>());

    const domain::Contribution added = storedEntries().constLast().contribution;
    QCOMPARE(added.kind, u"in-kind"_s);
    QCOMPARE(added.amount, 833'33);
    QCOMPARE(added.daysHundredths, std::optional<qint64>(250));
    QCOMPARE(added.dayRate, std::optional<qint64>(333'33));
    const int row = rowOf(added.id);
    QCOMPARE(
        m_page->entriesModel()->index(row, app::ContributionEntriesModel::AmountColumn).data().toString(),
        u"£833.33"_s);
    QCOMPARE(m_page->entriesModel()->index(row, app::ContributionEntriesModel::KindColumn).data().toString(),
             u"Time in kind, 2.5 days × £333.33"_s.replace(u"Time in kind"_s,
                                                           domain::contributionKindLabel(u"in-kind"_s)));
}

void TestContributionsPage::zeroAmountIsRefusedAndTheFileUnchanged()
{
    const QByteArray before = fileState(m_path);
    app::ContributionDialog* dialog = openDialog();
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"memberEdit"_s), u"C001"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"amountEdit"_s), u"0.00"_s);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    // Storage refuses it (rule "invalid-amount"); the dialog stays open and says why under the amount.
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->shownError(), u"A contribution must be of more than nothing, not 0."_s);
    const auto* message = dialog->findChild<QLabel*>(u"amountError"_s);
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), dialog->shownError());
    QCOMPARE(storedEntries().size(), 3);
    QCOMPARE(fileState(m_path), before);
    dialog->reject();
}

void TestContributionsPage::unknownMemberCannotBeRecorded()
{
    const QByteArray before = fileState(m_path);
    app::ContributionDialog* dialog = openDialog();
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"memberEdit"_s), u"C999"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"amountEdit"_s), u"10.00"_s);
    QCOMPARE(dialog->shownError(), u"No member has the number “C999”. Pick one from the list."_s);
    QVERIFY(dialog->findChild<QLabel*>(u"memberError"_s)->isVisible());
    QVERIFY(!okButton(dialog)->isEnabled());
    QTest::keyClick(dialog, Qt::Key_Return);
    QCOMPARE(storedEntries().size(), 3);
    QCOMPARE(fileState(m_path), before);
    dialog->reject();
}

void TestContributionsPage::newKindFromTheDialog()
{
    app::ContributionDialog* dialog = openDialog();
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"addKindButton"_s), Qt::LeftButton);
    auto* kindDialog = dialog->findChild<QDialog*>(u"ContributionKindDialog"_s);
    QVERIFY(kindDialog);
    QTest::keyClicks(kindDialog->findChild<QLineEdit*>(u"labelEdit"_s), u"Event sponsorship"_s);
    QCOMPARE(kindDialog->findChild<QLineEdit*>(u"keyEdit"_s)->text(), u"event-sponsorship"_s);
    QTest::mouseClick(okButton(kindDialog), Qt::LeftButton);
    QTRY_VERIFY(!dialog->findChild<QDialog*>(u"ContributionKindDialog"_s));
    auto* kinds = dialog->findChild<QComboBox*>(u"kindCombo"_s);
    QCOMPARE(kinds->currentData().toString(), u"event-sponsorship"_s);
    QCOMPARE(kinds->currentText(), u"Event sponsorship"_s);
    // The page's filters offer it too.
    QVERIFY(m_page->findChild<QComboBox*>(u"kindFilterCombo"_s)->findData(u"event-sponsorship"_s) >= 0);
    dialog->reject();
}

void TestContributionsPage::reverseWithConfirmation()
{
    QTableView* view = m_page->entriesView();
    view->selectRow(rowOf(m_donationId));
    QVERIFY(m_page->reverseEntryAction()->isEnabled());
    m_page->reverseEntryAction()->trigger();
    auto* box = m_page->findChild<QMessageBox*>(u"reverseContributionBox"_s);
    QVERIFY(box);
    QVERIFY2(box->text().contains(u"£50.00"_s), qPrintable(box->text()));
    QTest::mouseClick(box->findChild<QPushButton*>(u"reverseButton"_s), Qt::LeftButton);

    const QList<storage::ContributionRow> stored = storedEntries();
    QCOMPARE(stored.size(), 4);
    const domain::Contribution& reversal = stored.constLast().contribution;
    QCOMPARE(reversal.reversesId, std::optional<qint64>(m_donationId));
    QCOMPARE(reversal.amount, -50'00);
    QCOMPARE(reversal.date, QDate::currentDate());
    // The table marks both: the original as reversed, the reversal naming it, its amount shown negative.
    app::ContributionEntriesModel* model = m_page->entriesModel();
    QCOMPARE(model->rowCount(), 4);
    const int originalRow = rowOf(m_donationId);
    const int reversalRow = rowOf(reversal.id);
    QCOMPARE(model->index(originalRow, app::ContributionEntriesModel::KindColumn).data().toString(),
             u"Donation (reversed)"_s);
    QCOMPARE(model->index(reversalRow, app::ContributionEntriesModel::KindColumn).data().toString(),
             u"Donation: reversal of #%1"_s.arg(m_donationId));
    QCOMPARE(model->index(reversalRow, app::ContributionEntriesModel::AmountColumn).data().toString(),
             u"-£50.00"_s);
    // £1,500.00 - £50.00 = £1,450.00
    QCOMPARE(withPlurals(m_page->findChild<QLabel*>(u"entriesStatusLabel"_s)->text()),
             u"4 entries, £1,450.00 in all (net of reversals)"_s);
    // Neither can be reversed again.
    view->selectRow(originalRow);
    QVERIFY(!m_page->reverseEntryAction()->isEnabled());
    view->selectRow(reversalRow);
    QVERIFY(!m_page->reverseEntryAction()->isEnabled());
    // Double-clicking the reversal selects the entry it undoes.
    const QRect cell = view->visualRect(model->index(reversalRow, app::ContributionEntriesModel::KindColumn));
    QSignalSpy doubleClicks(view, &QAbstractItemView::doubleClicked);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(doubleClicks.size(), 1);
    QTRY_COMPARE(view->selectionModel()->selectedRows().value(0).row(), originalRow);
    // And storage refuses a second reversal all the same ("already-reversed").
    const auto again
        = storage::ContributionRepository(m_session->file()).reverse(m_donationId, QDate::currentDate());
    QVERIFY(!again);
    QCOMPARE(again.error().rule, u"already-reversed"_s);
}

void TestContributionsPage::totalsByClassReconcileWithTheEntries()
{
    m_page->tabs()->setCurrentIndex(app::ContributionsPage::TotalsTab);
    chooseData(m_page->findChild<QComboBox*>(u"groupingCombo"_s),
               static_cast<int>(domain::ContributionGrouping::Class));
    app::ContributionTotalsModel* totals = m_page->totalsModel();
    // Community: C002's charge £1,200.00 + donation £50.00 = £1,250.00.
    // Founding council: C001's share capital 100 × £1.00 = £100.00 + fee £250.00 = £350.00.
    QCOMPARE(totals->rowCount(), 3);
    QCOMPARE(totals->index(0, 0).data().toString(), u"Community"_s);
    QCOMPARE(totals->index(0, totals->totalColumn()).data().toString(), u"£1,250.00"_s);
    QCOMPARE(totals->index(1, 0).data().toString(), u"Founding council"_s);
    QCOMPARE(totals->index(1, totals->totalColumn()).data().toString(), u"£350.00"_s);
    // Columns: share capital, then the built-in kinds in their order.
    QCOMPARE(totals->headerData(1, Qt::Horizontal).toString(),
             domain::contributionKindLabel(u"share-capital"_s));
    QCOMPARE(totals->index(1, 1).data().toString(), u"£100.00"_s);
    // The total row: £1,250.00 + £350.00 = £1,600.00.
    QCOMPARE(totals->index(totals->totalRow(), 0).data().toString(), u"Total"_s);
    QCOMPARE(totals->index(totals->totalRow(), totals->totalColumn()).data().toString(), u"£1,600.00"_s);
    // Less the share capital from the ledger, £1,600.00 - £100.00 = £1,500.00: what the Entries tab lists,
    // £250.00 + £1,200.00 + £50.00, added up row by row.
    QCOMPARE(totals->totals().total - totals->totals().amountByKind.value(u"share-capital"_s), 1'500'00);
    QCOMPARE(sumOfListedEntries(), 1'500'00);
    QCOMPARE(m_page->entriesTotal(), std::optional<qint64>(1'500'00));
    QCOMPARE(
        m_page->findChild<QLabel*>(u"totalsStatusLabel"_s)->text(),
        u"Total £1,600.00 = share capital £100.00 (from the share ledger) + contributions entered £1,500.00 "
        "(as the Entries tab lists them for the same dates and kind)."_s);

    // The same for one kind and dates: charges from 1 Apr 2024 to 31 Mar 2025 come to the one charge.
    chooseData(m_page->findChild<QComboBox*>(u"totalsKindCombo"_s), u"charge"_s);
    m_page->findChild<QCheckBox*>(u"totalsFromCheck"_s)->setChecked(true);
    m_page->findChild<app::DateEdit*>(u"totalsFromEdit"_s)->setDate(QDate(2024, 4, 1));
    m_page->findChild<QCheckBox*>(u"totalsToCheck"_s)->setChecked(true);
    m_page->findChild<app::DateEdit*>(u"totalsToEdit"_s)->setDate(QDate(2025, 3, 31));
    QCOMPARE(totals->index(totals->totalRow(), totals->totalColumn()).data().toString(), u"£1,200.00"_s);
    m_page->tabs()->setCurrentIndex(app::ContributionsPage::EntriesTab);
    chooseData(m_page->findChild<QComboBox*>(u"kindFilterCombo"_s), u"charge"_s);
    m_page->findChild<QCheckBox*>(u"fromCheck"_s)->setChecked(true);
    m_page->findChild<app::DateEdit*>(u"fromEdit"_s)->setDate(QDate(2024, 4, 1));
    m_page->findChild<QCheckBox*>(u"toCheck"_s)->setChecked(true);
    m_page->findChild<app::DateEdit*>(u"toEdit"_s)->setDate(QDate(2025, 3, 31));
    QCOMPARE(m_page->entriesModel()->rowCount(), 1);
    QCOMPARE(sumOfListedEntries(), 1'200'00);
    QCOMPARE(m_page->entriesTotal(), std::optional<qint64>(1'200'00));
}

void TestContributionsPage::entriesFilterByMemberAndKind()
{
    auto* member = m_page->findChild<QLineEdit*>(u"memberFilterEdit"_s);
    QTest::keyClicks(member, u"C002"_s);
    QCOMPARE(m_page->entriesModel()->rowCount(), 2);
    // £1,200.00 + £50.00 = £1,250.00
    QCOMPARE(m_page->entriesTotal(), std::optional<qint64>(1'250'00));
    chooseData(m_page->findChild<QComboBox*>(u"kindFilterCombo"_s), u"donation"_s);
    QCOMPARE(m_page->entriesModel()->rowCount(), 1);
    QCOMPARE(m_page->entriesTotal(), std::optional<qint64>(50'00));
    chooseData(m_page->findChild<QComboBox*>(u"kindFilterCombo"_s), QString());
    member->clear();
    QTest::keyClicks(member, u"C999"_s);
    QCOMPARE(m_page->entriesModel()->rowCount(), 3);
    QVERIFY(m_page->findChild<QLabel*>(u"entriesStatusLabel"_s)
                ->text()
                .startsWith(u"No member has the number “C999”"_s));
}

void TestContributionsPage::addServiceWithTwoMembers()
{
    m_page->tabs()->setCurrentIndex(app::ContributionsPage::ServicesTabIndex);
    app::ServicesTab* tab = m_page->servicesTab();
    QVERIFY(tab->newServiceAction()->isEnabled());
    tab->newServiceAction()->trigger();
    auto* dialog = tab->findChild<app::ServiceDialog*>();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"nameEdit"_s), u"Shared hosting"_s);
    auto* start = dialog->findChild<app::DateEdit*>(u"startEdit"_s);
    start->selectAll();
    QTest::keyClicks(start, u"2024-04-01"_s);
    dialog->findChild<QCheckBox*>(u"endCheck"_s)->setChecked(true);
    auto* end = dialog->findChild<app::DateEdit*>(u"endEdit"_s);
    end->selectAll();
    QTest::keyClicks(end, u"2028-03-31"_s);
    // Each member found by the filter line and ticked as a click on its box would.
    auto* filter = dialog->findChild<QLineEdit*>(u"membersFilterEdit"_s);
    auto* list = dialog->findChild<QListView*>(u"membersView"_s);
    for (const QString& search : { u"Southdale"_s, u"c001"_s }) {
        filter->clear();
        QTest::keyClicks(filter, search);
        QCOMPARE(list->model()->rowCount(), 1);
        QVERIFY(list->model()->setData(list->model()->index(0, 0), Qt::Checked, Qt::CheckStateRole));
    }
    filter->clear();
    QCOMPARE(list->model()->rowCount(), 2);
    QCOMPARE(withPlurals(dialog->findChild<QLabel*>(u"membersCountLabel"_s)->text()), u"2 members ticked"_s);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(!tab->findChild<app::ServiceDialog*>());

    // In the file: the service and its two members.
    QSqlQuery query(m_session->file().connection());
    QVERIFY(
        query.exec(u"SELECT s.name, s.starts_on, s.ends_on, m.number FROM services s JOIN service_members sm "
                   "ON sm.service_id = s.id JOIN members m ON m.id = sm.member_id ORDER BY m.number"_s));
    QStringList rows;
    while (query.next()) {
        rows << QStringList { query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                              query.value(3).toString() }
                    .join(u' ');
    }
    QCOMPARE(rows,
             QStringList({ u"Shared hosting 2024-04-01 2028-03-31 C001"_s,
                           u"Shared hosting 2024-04-01 2028-03-31 C002"_s }));
    // In the table.
    QCOMPARE(tab->model()->rowCount(), 1);
    QCOMPARE(tab->model()->index(0, app::ServicesModel::NameColumn).data().toString(), u"Shared hosting"_s);
    QCOMPARE(tab->model()->index(0, app::ServicesModel::MembersColumn).data().toString(), u"2"_s);
}

void TestContributionsPage::editServiceChangesItsMembers()
{
    domain::Service service;
    service.name = u"Case management"_s;
    service.start = QDate(2024, 4, 1);
    service.memberIds = { memberId(u"C001"_s), memberId(u"C002"_s) };
    QVERIFY(storage::ServiceRepository(m_session->file()).add(service));
    m_session->notifyChanged();
    m_page->tabs()->setCurrentIndex(app::ContributionsPage::ServicesTabIndex);
    app::ServicesTab* tab = m_page->servicesTab();
    tab->view()->selectRow(0);
    QVERIFY(tab->editServiceAction()->isEnabled());
    tab->editServiceAction()->trigger();
    auto* dialog = tab->findChild<app::ServiceDialog*>();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit*>(u"nameEdit"_s)->text(), u"Case management"_s);
    QCOMPARE(dialog->membersModel()->checkedIds().size(), 2);
    // Untick C001.
    QVERIFY(
        dialog->membersModel()->setData(dialog->membersModel()->index(0), Qt::Unchecked, Qt::CheckStateRole));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(!tab->findChild<app::ServiceDialog*>());
    const auto stored = storage::ServiceRepository(m_session->file()).services();
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->constFirst().memberIds, QList<qint64>({ memberId(u"C002"_s) }));
    QCOMPARE(tab->model()->index(0, app::ServicesModel::MembersColumn).data().toString(), u"1"_s);
}

void TestContributionsPage::chartsShowTheContributions()
{
    m_page->tabs()->setCurrentIndex(app::ContributionsPage::ChartsTab);
    app::ContributionChartsTab* charts = m_page->chartsTab();
    QVERIFY(charts->overTimePanel()->isShowingChart());
    QVERIFY(charts->currentPanel() == charts->overTimePanel());
    charts->showChart(app::ContributionChartsTab::TopContributorsChart);
    QVERIFY(charts->currentPanel() == charts->contributorsPanel());
    QVERIFY(charts->contributorsPanel()->isShowingChart());
    charts->showChart(app::ContributionChartsTab::ByQuarterChart);
    QVERIFY(charts->overTimePanel()->isShowingChart());
}

void TestContributionsPage::chartsOfAnEmptyMutualSaySo()
{
    domain::Mutual mutual;
    mutual.name = u"Empty Mutual"_s;
    mutual.registrationNumber = u"RS000001"_s;
    domain::MemberClass council;
    council.name = u"Founding council"_s;
    auto file = storage::MutualFile::create(m_dir.filePath(u"empty%1.mutual"_s.arg(m_fileNumber)), mutual,
                                            { council }, u"tester"_s);
    QVERIFY(file);
    app::MutualSession empty(std::move(file).value());
    m_page->setSession(&empty);
    m_page->tabs()->setCurrentIndex(app::ContributionsPage::ChartsTab);
    app::ContributionChartsTab* charts = m_page->chartsTab();
    QVERIFY(!charts->overTimePanel()->isShowingChart());
    QVERIFY(!charts->overTimePanel()->message().isEmpty());
    charts->showChart(app::ContributionChartsTab::TopContributorsChart);
    QVERIFY(!charts->contributorsPanel()->isShowingChart());
    QVERIFY(!charts->contributorsPanel()->message().isEmpty());
    QCOMPARE(m_page->entriesModel()->rowCount(), 0);
    m_page->setSession(nullptr);
}

void TestContributionsPage::readOnlyFileDisablesTheActions()
{
    m_page->setSession(nullptr);
    m_session.reset();
    auto file = storage::MutualFile::openForReading(m_path, u"reader"_s);
    QVERIFY(file);
    app::MutualSession readOnly(std::move(file).value());
    m_page->setSession(&readOnly);
    QCOMPARE(m_page->entriesModel()->rowCount(), 3);
    QVERIFY(!m_page->newContributionAction()->isEnabled());
    m_page->entriesView()->selectRow(0);
    QVERIFY(!m_page->reverseEntryAction()->isEnabled());
    m_page->tabs()->setCurrentIndex(app::ContributionsPage::ServicesTabIndex);
    QCOMPARE(m_page->servicesTab()->session(), &readOnly);
    QVERIFY(!m_page->servicesTab()->newServiceAction()->isEnabled());
    m_page->tabs()->setCurrentIndex(app::ContributionsPage::EntriesTab);
    m_page->newContributionAction()->trigger();
    QVERIFY(!m_page->findChild<app::ContributionDialog*>());
    m_page->setSession(nullptr);
}

void TestContributionsPage::newContributionHasItsShortcut()
{
    m_page->activateWindow();
    QVERIFY(QTest::qWaitFor([this] { return QApplication::activeWindow() == m_page.get(); }));
    m_page->tabs()->setCurrentIndex(app::ContributionsPage::ServicesTabIndex);
    QTest::keyClick(m_page.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = m_page->findChild<app::ContributionDialog*>();
    QVERIFY(dialog);
    dialog->reject();
}

// The sidebar of the main window is 200 pixels wide: a 900 pixel window leaves the page 700.
void TestContributionsPage::minimumWidthFitsA900PixelWindow()
{
    for (int tab = 0; tab < m_page->tabs()->count(); ++tab) {
        m_page->tabs()->setCurrentIndex(tab);
        QVERIFY2(
            m_page->minimumSizeHint().width() <= 700,
            qPrintable(u"%1: %2"_s.arg(m_page->tabs()->tabText(tab)).arg(m_page->minimumSizeHint().width())));
    }
}

// A change made elsewhere while the page is hidden is read when the page is shown, not before.
void TestContributionsPage::hiddenPageReadsChangesWhenShown()
{
    m_page->hide();
    domain::Contribution donation;
    donation.memberId = memberId(u"C001"_s);
    donation.kind = u"donation"_s;
    donation.date = QDate(2025, 2, 1);
    donation.amount = 20'00;
    QVERIFY(storage::ContributionRepository(m_session->file()).add(donation));
    m_session->notifyChanged();
    QCOMPARE(m_page->entriesModel()->rowCount(), 3);
    m_page->show();
    QCOMPARE(m_page->entriesModel()->rowCount(), 4);
    // £1,500.00 + £20.00 = £1,520.00
    QCOMPARE(m_page->entriesTotal(), std::optional<qint64>(1'520'00));
}

// Qt presses neither of two things shown with the same Alt letter: it moves the focus between them. The
// menus of the window hold F, V and H.
void TestContributionsPage::noAltLetterAnswersTwoThingsOnATab()
{
    const auto letterOf = [](const QString& text) {
        const qsizetype at = text.indexOf(u'&');
        return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
    };
    for (int tab = 0; tab < m_page->tabs()->count(); ++tab) {
        m_page->tabs()->setCurrentIndex(tab);
        QStringList texts { u"&File"_s, u"&View"_s, u"&Help"_s };
        for (int each = 0; each < m_page->tabs()->count(); ++each) {
            texts << m_page->tabs()->tabText(each);
        }
        for (const QLabel* label : m_page->findChildren<QLabel*>()) {
            if (label->buddy() && label->isVisibleTo(m_page.get())) {
                texts << label->text();
            }
        }
        for (const QAbstractButton* button : m_page->findChildren<QAbstractButton*>()) {
            if (button->isVisibleTo(m_page.get())) {
                texts << button->text();
            }
        }
        QHash<QChar, QString> owners;
        for (const QString& text : std::as_const(texts)) {
            const QChar letter = letterOf(text);
            if (letter.isNull()) {
                continue;
            }
            QVERIFY2(!owners.contains(letter),
                     qPrintable(u"Alt+%1: %2 and %3"_s.arg(letter, owners.value(letter), text)));
            owners.insert(letter, text);
        }
    }
}

QTEST_MAIN(TestContributionsPage)
#include "TestContributionsPage.moc"
