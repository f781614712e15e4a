#include "FindNamed.h"
#include "SampleMutual.h"
#include "app/reinvestment/AllocationDialog.h"
#include "app/reinvestment/AllocationsTab.h"
#include "app/shell/MutualSession.h"
#include "storage/AllocationRepository.h"
#include "storage/MemberRepository.h"
#include "storage/ShareLedgerRepository.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace mutualise;
using namespace Qt::StringLiterals;
using domain::ShareEntryKind;
using domain::ShareMovement;
using driving::findNamed;

// The mutual of tests/storage/TestAllocationRepository.cpp. Financial year 2023 runs from 2023-04-01 to
// 2024-03-31: N = 366 days (29 February 2024). £1.00 a share. The ledger:
//   2023-01-10  C001 Alpha Council subscribes 100   before the year: 100 x 366 = 36,600
//   2023-04-01  E001 Bea Employee subscribes 50     the first day:    50 x 366 = 18,300
//   2023-10-01  C001 transfers 30 to E001           183 days left:   -30 / +30 x 183 = -5,490 / +5,490
//   2024-03-31  P001 Cal Community subscribes 10    the last day:     10 x 1 = 10
// Share-days: C001 36,600 - 5,490 = 31,110; E001 18,300 + 5,490 = 23,790; P001 10; in all 54,910.
// Service charges in the year: C001 £300.00; E001 £100.00 net (£200.00 less a £100.00 reversal).
// Meeting 1 on 2024-06-20 carried motion 1 ("Approve the allocation") and defeated motion 2; meeting 2
// on 2024-03-15, before the year ended, carried motion 3.
class TestAllocationsTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void dialogShowsEachMembersInterestWorkedByHand();
    void capitalisedInterestBuysWholeShares();
    void chargesShownBesideHiddenSharesBought();
    void rateHintShowsBasisPointsAndTheCap();
    void rateAboveTheCapIsRefusedByName();
    void planOffByOnePennyIsNamedAndCannotBeRecorded();
    void onlyMotionsCarriedAfterTheYearAreOffered();
    void draftIsSavedAndListed();
    void approvalAfterConfirmationRecordsPayments();
    void declinedApprovalWritesNothing();
    void readOnlyFileDisablesTheActions();
    void percentIsReadExactly_data();
    void percentIsReadExactly();

private:
    app::AllocationDialog* openNewDialog();
    void fillPlan(app::AllocationDialog* dialog, int year, const QString& surplus, const QString& reserves,
                  const QString& rate, const QString& rebates);
    static QString cellText(const QAbstractItemModel* model, int row, int column);
    qint64 count(const QString& table) const;

    QTemporaryDir m_folder;
    QString m_path;
    std::unique_ptr<app::MutualSession> m_session;
    std::unique_ptr<app::AllocationsTab> m_tab;
    int m_run = 0;
};

void TestAllocationsTab::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestAllocationsTab::init()
{
    m_path = m_folder.filePath(u"allocation-%1.mutual"_s.arg(++m_run));
    auto file = sample::createFile(m_path);
    QVERIFY(file);
    storage::MemberRepository members(*file);
    const qint64 a
        = members.add(sample::member(u"C001"_s, u"Alpha Council"_s, 1, QDate(2022, 1, 1))).value().id;
    const qint64 b
        = members.add(sample::member(u"E001"_s, u"Bea Employee"_s, 2, QDate(2022, 1, 1))).value().id;
    const qint64 c
        = members.add(sample::member(u"P001"_s, u"Cal Community"_s, 3, QDate(2022, 1, 1))).value().id;
    storage::ShareLedgerRepository ledger(*file);
    const auto movement = [](ShareEntryKind kind, QDate date, qint64 member, qint64 shares) {
        ShareMovement m;
        m.kind = kind;
        m.date = date;
        m.memberId = member;
        m.shares = shares;
        return m;
    };
    QVERIFY(ledger.record(movement(ShareEntryKind::Subscription, QDate(2023, 1, 10), a, 100)));
    QVERIFY(ledger.record(movement(ShareEntryKind::Subscription, QDate(2023, 4, 1), b, 50)));
    ShareMovement transfer = movement(ShareEntryKind::Transfer, QDate(2023, 10, 1), a, 30);
    transfer.toMemberId = b;
    QVERIFY(ledger.record(transfer));
    QVERIFY(ledger.record(movement(ShareEntryKind::Subscription, QDate(2024, 3, 31), c, 10)));
    file.reset();

    const QString contribution
        = u"INSERT INTO contributions (id, kind, entry_date, member_id, amount, reverses_id, "
          u"recorded_by, recorded_at) VALUES (%1, 'charge', '%2', %3, %4, %5, 'test', "
          u"'2024-01-01T00:00:00.000Z')"_s;
    const QString motion
        = u"INSERT INTO motions (id, meeting_id, title, threshold, scheme, state, record_date, "
          u"opened_at, closed_at, roll_fingerprint, outcome, result_json) VALUES (%1, %2, '%4', "
          u"'ordinary', 'omov', 'closed', '2024-01-01', '2024-01-01T00:00:00Z', "
          u"'2024-01-02T00:00:00Z', 'x', '%3', '{}')"_s;
    QCOMPARE(
        sample::execRaw(m_path,
                        { contribution.arg(1).arg(u"2023-06-01"_s).arg(a).arg(30'000).arg(u"NULL"_s),
                          contribution.arg(2).arg(u"2023-07-01"_s).arg(b).arg(10'000).arg(u"NULL"_s),
                          contribution.arg(3).arg(u"2023-08-01"_s).arg(b).arg(10'000).arg(u"NULL"_s),
                          contribution.arg(4).arg(u"2023-09-01"_s).arg(b).arg(-10'000).arg(3),
                          u"INSERT INTO meetings (id, kind, held_on) VALUES (1, 'agm', '2024-06-20')"_s,
                          u"INSERT INTO meetings (id, kind, held_on) VALUES (2, 'general', '2024-03-15')"_s,
                          motion.arg(1).arg(1).arg(u"carried"_s, u"Approve the allocation"_s),
                          motion.arg(2).arg(1).arg(u"defeated"_s, u"Pay more interest"_s),
                          motion.arg(3).arg(2).arg(u"carried"_s, u"Too early"_s) }),
        QString());
    auto opened = storage::MutualFile::open(m_path, u"treasurer"_s);
    QVERIFY(opened);
    m_session = std::make_unique<app::MutualSession>(std::move(opened).value());
    m_tab = std::make_unique<app::AllocationsTab>();
    m_tab->setSession(m_session.get());
    m_tab->resize(1000, 600);
    m_tab->show();
}

void TestAllocationsTab::cleanup()
{
    m_tab.reset();
    m_session.reset();
}

qint64 TestAllocationsTab::count(const QString& table) const
{
    return sample::scalar(m_session->file().connection(), u"SELECT COUNT(*) FROM "_s + table);
}

QString TestAllocationsTab::cellText(const QAbstractItemModel* model, int row, int column)
{
    return model->index(row, column).data().toString();
}

app::AllocationDialog* TestAllocationsTab::openNewDialog()
{
    QAction* action = m_tab->newAllocationAction();
    if (!action->isEnabled()) {
        return nullptr;
    }
    action->trigger();
    return m_tab->findChild<app::AllocationDialog*>();
}

// Types the plan as a person would, then waits for the dialog to work it out after the pause.
void TestAllocationsTab::fillPlan(app::AllocationDialog* dialog, int year, const QString& surplus,
                                  const QString& reserves, const QString& rate, const QString& rebates)
{
    auto* years = findNamed<QComboBox>(dialog, u"yearCombo"_s);
    years->setCurrentIndex(years->findData(year));
    for (const auto& [name, text] : { std::pair { u"surplusEdit"_s, surplus },
                                      { u"reservesEdit"_s, reserves },
                                      { u"rateEdit"_s, rate },
                                      { u"rebatesEdit"_s, rebates } }) {
        auto* edit = findNamed<QLineEdit>(dialog, name);
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    QVERIFY(dialog->isWorking()); // nothing is worked out while the user types
    QTRY_VERIFY(!dialog->isWorking());
}

void TestAllocationsTab::dialogShowsEachMembersInterestWorkedByHand()
{
    app::AllocationDialog* dialog = openNewDialog();
    QVERIFY(dialog);
    fillPlan(dialog, 2023, u"1000.00"_s, u"500.00"_s, u"2.50"_s, u"10.01"_s);
    QVERIFY2(dialog->allocation(), qPrintable(dialog->shownProblem()));

    const QAbstractItemModel* members = findNamed<QTableView>(dialog, u"membersView"_s)->model();
    QCOMPARE(members->rowCount(), 3);
    // Interest at 250 bp: exact = share-days x 100 x 250 / (10,000 x 366) = share-days x 5 / 732.
    //   C001 155,550 / 732 = 212 r 366; E001 118,950 / 732 = 162 r 366; P001 50 / 732 = 0 r 50.
    //   Total floor(274,550 / 732) = 375, floors 374: C001 and E001 tie on the remainder; C001 has more
    //   share-days and takes the penny: C001 £2.13, E001 £1.62, P001 £0.00.
    // Rebates of £10.01 on charges £300.00 and £100.00: 750.75 and 250.25 pence; the penny to the larger
    //   remainder: C001 £7.51, E001 £2.50.
    const QList<QStringList> expected {
        { u"C001"_s, u"Alpha Council"_s, u"31,110"_s, u"£2.13"_s, QString(), u"£300.00"_s, u"£7.51"_s },
        { u"E001"_s, u"Bea Employee"_s, u"23,790"_s, u"£1.62"_s, QString(), u"£100.00"_s, u"£2.50"_s },
        { u"P001"_s, u"Cal Community"_s, u"10"_s, u"£0.00"_s, QString(), QString(), QString() },
    };
    for (int row = 0; row < expected.size(); ++row) {
        for (int column = 0; column < expected[row].size(); ++column) {
            QCOMPARE(cellText(members, row, column), expected[row][column]);
        }
    }
    // The parts: fund = £1,000.00 - £500.00 - £3.75 - £10.01 = £486.24.
    const QString parts = findNamed<QLabel>(dialog, u"partsLabel"_s)->text();
    QVERIFY2(parts.contains(u"£3.75"_s) && parts.contains(u"£10.01"_s) && parts.contains(u"£486.24"_s)
                 && parts.contains(u"£1,000.00"_s),
             qPrintable(parts));
    QVERIFY(findNamed<QLabel>(dialog, u"statusLabel"_s)->text().contains(u"adds up"_s));
    // The working: N, the formula, share-days in all, whole pennies first (212 + 162 + 0 = £3.74).
    const QString working = findNamed<QPlainTextEdit>(dialog, u"workingText"_s)->toPlainText();
    for (const QString& fact :
         { u"N = 366 days"_s, u"share-days × £1.00 (one share) × 250 bp ÷ (10,000 × 366)"_s,
           u"54,910 share-days in all"_s, u"(£3.74 in all)"_s, u"(£10.00 in all)"_s,
           u"£500.00 reserves + £3.75 interest + £10.01 rebates + £486.24 fund = £1,000.00 surplus"_s }) {
        QVERIFY2(working.contains(fact), qPrintable(fact + u"\n---\n"_s + working));
    }
    QCOMPARE(count(u"allocations"_s), 0); // nothing recorded by working it out
}

void TestAllocationsTab::capitalisedInterestBuysWholeShares()
{
    app::AllocationDialog* dialog = openNewDialog();
    QVERIFY(dialog);
    fillPlan(dialog, 2023, u"1000.00"_s, u"500.00"_s, u"2.50"_s, u"10.01"_s);
    auto* view = findNamed<QTableView>(dialog, u"membersView"_s);
    QVERIFY(view->isColumnHidden(4)); // paid interest buys no shares
    QTest::mouseClick(findNamed<QRadioButton>(dialog, u"capitaliseRadio"_s), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isWorking());
    QVERIFY2(dialog->allocation(), qPrintable(dialog->shownProblem()));
    QVERIFY(!view->isColumnHidden(4));
    // At £1.00 a share: C001's £2.13 buys 2 shares (13p paid), E001's £1.62 buys 1 (62p paid).
    QCOMPARE(cellText(view->model(), 0, 4), u"2"_s);
    QCOMPARE(cellText(view->model(), 1, 4), u"1"_s);
    QCOMPARE(cellText(view->model(), 2, 4), QString());
    QCOMPARE(dialog->allocation()->capitalisedShares, 3);
    QVERIFY(findNamed<QPlainTextEdit>(dialog, u"workingText"_s)->toPlainText().contains(u"3 share"_s));
}

void TestAllocationsTab::chargesShownBesideHiddenSharesBought()
{
    app::AllocationDialog* dialog = openNewDialog();
    QVERIFY(dialog);
    dialog->resize(1040, 640);
    fillPlan(dialog, 2023, u"1000.00"_s, u"500.00"_s, u"2.50"_s, u"10.01"_s);
    auto* view = findNamed<QTableView>(dialog, u"membersView"_s);
    QTRY_VERIFY(view->viewport()->width() > 560);
    // The hidden "Shares bought" column takes no room: the charges fit beside the others.
    QVERIFY(view->isColumnHidden(4));
    QVERIFY(!view->isColumnHidden(5));
}

void TestAllocationsTab::rateHintShowsBasisPointsAndTheCap()
{
    app::AllocationDialog* dialog = openNewDialog();
    QVERIFY(dialog);
    QTest::keyClicks(findNamed<QLineEdit>(dialog, u"rateEdit"_s), u"2.5"_s);
    const QString hint = findNamed<QLabel>(dialog, u"rateHint"_s)->text();
    QVERIFY2(hint.contains(u"250 basis point"_s) && hint.contains(u"at most 5.00%"_s), qPrintable(hint));
}

void TestAllocationsTab::rateAboveTheCapIsRefusedByName()
{
    app::AllocationDialog* dialog = openNewDialog();
    QVERIFY(dialog);
    fillPlan(dialog, 2023, u"1000.00"_s, u"500.00"_s, u"5.01"_s, QString());
    QVERIFY(!dialog->allocation());
    QVERIFY2(dialog->shownProblem().contains(u"above the cap"_s) && dialog->shownProblem().contains(u"501"_s),
             qPrintable(dialog->shownProblem()));
    QVERIFY(!findNamed<QPushButton>(dialog, u"recordButton"_s)->isEnabled());
}

void TestAllocationsTab::planOffByOnePennyIsNamedAndCannotBeRecorded()
{
    const QByteArray before = sample::fingerprint(m_path);
    app::AllocationDialog* dialog = openNewDialog();
    QVERIFY(dialog);
    fillPlan(dialog, 2023, u"1000.00"_s, u"500.00"_s, u"2.50"_s, u"10.01"_s);
    // The rest would be £486.24; a fund of £486.25 allocates one penny more than the surplus.
    findNamed<QCheckBox>(dialog, u"fundRestCheck"_s)->setChecked(false);
    QTest::keyClicks(findNamed<QLineEdit>(dialog, u"fundEdit"_s), u"486.25"_s);
    QTRY_VERIFY(!dialog->isWorking());
    QVERIFY(!dialog->allocation());
    const QString status = findNamed<QLabel>(dialog, u"statusLabel"_s)->text();
    QVERIFY2(status.contains(u"allocates £0.01 more than the surplus"_s), qPrintable(status));
    QVERIFY2(status.contains(u"do not add up"_s), qPrintable(status));
    auto* record = findNamed<QPushButton>(dialog, u"recordButton"_s);
    QVERIFY(!record->isEnabled());
    QTest::mouseClick(record, Qt::LeftButton);
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QCOMPARE(count(u"allocations"_s), 0);
    m_tab.reset();
    m_session.reset();
    QCOMPARE(sample::fingerprint(m_path), before);
}

void TestAllocationsTab::onlyMotionsCarriedAfterTheYearAreOffered()
{
    app::AllocationDialog* dialog = openNewDialog();
    QVERIFY(dialog);
    auto* years = findNamed<QComboBox>(dialog, u"yearCombo"_s);
    years->setCurrentIndex(years->findData(2023));
    QCOMPARE(years->currentText(), u"2023/24"_s);
    // 2023/24 holds 29 February 2024.
    const QString yearHint = findNamed<QLabel>(dialog, u"yearHint"_s)->text();
    QVERIFY2(yearHint.startsWith(u"01/04/2023 to 31/03/2024, 366 day"_s), qPrintable(yearHint));
    auto* resolutions = findNamed<QComboBox>(dialog, u"resolutionCombo"_s);
    // Motion 2 was defeated; motion 3's meeting was before the year ended.
    QCOMPARE(resolutions->count(), 2);
    QVERIFY(resolutions->itemText(1).startsWith(u"Approve the allocation — "_s));
    QCOMPARE(resolutions->itemData(1).toLongLong(), 1);
}

void TestAllocationsTab::draftIsSavedAndListed()
{
    app::AllocationDialog* dialog = openNewDialog();
    QVERIFY(dialog);
    fillPlan(dialog, 2023, u"1000.00"_s, u"500.00"_s, u"2.50"_s, u"10.01"_s);
    auto* record = findNamed<QPushButton>(dialog, u"recordButton"_s);
    QCOMPARE(record->text(), u"Save &draft"_s);
    QVERIFY(record->isEnabled());
    QTest::mouseClick(record, Qt::LeftButton);
    QTRY_VERIFY(!m_tab->findChild<app::AllocationDialog*>());

    const auto stored = storage::AllocationRepository(m_session->file()).ofYear(2023);
    QVERIFY(stored && stored->has_value());
    QVERIFY(!(*stored)->isApproved);
    QCOMPARE((*stored)->fund, 48'624);
    QCOMPARE(count(u"allocation_payments"_s), 0);

    const QAbstractItemModel* listed = findNamed<QTableView>(m_tab.get(), u"allocationsView"_s)->model();
    QCOMPARE(listed->rowCount(), 1);
    QCOMPARE(cellText(listed, 0, 0), u"2023/24"_s);
    QCOMPARE(cellText(listed, 0, 2), u"Draft"_s);
    QCOMPARE(cellText(listed, 0, 9), u"£486.24"_s);
    const QString reconciled = findNamed<QLabel>(m_tab.get(), u"reconcileLabel"_s)->text();
    QVERIFY2(reconciled.contains(
                 u"£500.00 reserves + £3.75 interest + £10.01 rebates + £486.24 fund = £1,000.00 surplus"_s),
             qPrintable(reconciled));
    QVERIFY(m_tab->editDraftAction()->isEnabled());

    // Edit draft… opens the dialog filled with the draft.
    m_tab->editDraftAction()->trigger();
    auto* edit = m_tab->findChild<app::AllocationDialog*>();
    QVERIFY(edit);
    QCOMPARE(findNamed<QLineEdit>(edit, u"surplusEdit"_s)->text(), u"1000.00"_s);
    QCOMPARE(findNamed<QLineEdit>(edit, u"rateEdit"_s)->text(), u"2.50"_s);
    QTRY_VERIFY(!edit->isWorking());
    QVERIFY(edit->allocation());
    QCOMPARE(edit->allocation()->fund, 48'624);
}

void TestAllocationsTab::approvalAfterConfirmationRecordsPayments()
{
    app::AllocationDialog* dialog = openNewDialog();
    QVERIFY(dialog);
    fillPlan(dialog, 2023, u"1000.00"_s, u"500.00"_s, u"2.50"_s, u"10.01"_s);
    auto* resolutions = findNamed<QComboBox>(dialog, u"resolutionCombo"_s);
    resolutions->setCurrentIndex(1);
    QTRY_VERIFY(!dialog->isWorking());
    QVERIFY2(dialog->allocation(), qPrintable(dialog->shownProblem()));
    auto* record = findNamed<QPushButton>(dialog, u"recordButton"_s);
    QCOMPARE(record->text(), u"&Approve…"_s);
    QTest::mouseClick(record, Qt::LeftButton);
    auto* box = dialog->findChild<QMessageBox*>(u"approveAllocationBox"_s);
    QVERIFY(box);
    QVERIFY(box->text().contains(u"final"_s));
    // Payments: C001 interest £2.13 and rebate £7.51, E001 £1.62 and £2.50; P001's £0.00 is no payment.
    QVERIFY2(box->informativeText().contains(u"4 payment"_s), qPrintable(box->informativeText()));
    QCOMPARE(count(u"allocations"_s), 0); // nothing before the confirmation
    QTest::mouseClick(findNamed<QPushButton>(box, u"approveAllocationButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_tab->findChild<app::AllocationDialog*>());

    const auto stored = storage::AllocationRepository(m_session->file()).ofYear(2023);
    QVERIFY(stored && stored->has_value());
    QVERIFY((*stored)->isApproved);
    QCOMPARE((*stored)->motionId, 1);
    QCOMPARE((*stored)->allocatedOn, QDate(2024, 6, 20));
    QCOMPARE(count(u"allocation_payments"_s), 4);

    const QAbstractItemModel* listed = findNamed<QTableView>(m_tab.get(), u"allocationsView"_s)->model();
    QCOMPARE(cellText(listed, 0, 2), u"Approved"_s);
    QCOMPARE(cellText(listed, 0, 10), u"Approve the allocation"_s);
    const QAbstractItemModel* payments
        = findNamed<QTableView>(m_tab.get(), u"allocationPaymentsView"_s)->model();
    QCOMPARE(payments->rowCount(), 2);
    QCOMPARE(cellText(payments, 0, 0), u"C001"_s);
    QCOMPARE(cellText(payments, 0, 3), u"£2.13"_s);
    QCOMPARE(cellText(payments, 0, 6), u"£7.51"_s);
    QCOMPARE(cellText(payments, 1, 3), u"£1.62"_s);
    QCOMPARE(cellText(payments, 1, 6), u"£2.50"_s);
    QVERIFY(findNamed<QTableView>(m_tab.get(), u"allocationPaymentsView"_s)->isColumnHidden(4));
    QVERIFY(!m_tab->editDraftAction()->isEnabled()); // an approved allocation is final
}

void TestAllocationsTab::declinedApprovalWritesNothing()
{
    const QByteArray before = sample::fingerprint(m_path);
    app::AllocationDialog* dialog = openNewDialog();
    QVERIFY(dialog);
    fillPlan(dialog, 2023, u"1000.00"_s, u"500.00"_s, u"2.50"_s, u"10.01"_s);
    findNamed<QComboBox>(dialog, u"resolutionCombo"_s)->setCurrentIndex(1);
    QTRY_VERIFY(!dialog->isWorking());
    QTest::mouseClick(findNamed<QPushButton>(dialog, u"recordButton"_s), Qt::LeftButton);
    auto* box = dialog->findChild<QMessageBox*>(u"approveAllocationBox"_s);
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!dialog->findChild<QMessageBox*>(u"approveAllocationBox"_s));
    QVERIFY(dialog->isVisible());
    QCOMPARE(count(u"allocations"_s), 0);
    m_tab.reset();
    m_session.reset();
    QCOMPARE(sample::fingerprint(m_path), before);
}

void TestAllocationsTab::readOnlyFileDisablesTheActions()
{
    QVERIFY(storage::AllocationRepository(m_session->file()).allocate([] {
        domain::AllocationPlan plan;
        plan.year = 2023;
        plan.surplus = 100'000;
        return plan;
    }()));
    m_tab->setSession(nullptr);
    m_session.reset();
    auto opened = storage::MutualFile::open(m_path, u"reader"_s, storage::MutualFile::Access::ReadOnly);
    QVERIFY(opened);
    m_session = std::make_unique<app::MutualSession>(std::move(opened).value());
    m_tab->setSession(m_session.get());
    QCOMPARE(findNamed<QTableView>(m_tab.get(), u"allocationsView"_s)->model()->rowCount(), 1);
    QVERIFY(!m_tab->newAllocationAction()->isEnabled());
    QVERIFY(!m_tab->editDraftAction()->isEnabled());
}

void TestAllocationsTab::percentIsReadExactly_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("basisPoints");
    QTest::newRow("whole") << u"5"_s << 500;
    QTest::newRow("one decimal") << u"2.5"_s << 250;
    QTest::newRow("two decimals") << u"2.55"_s << 255;
    QTest::newRow("per cent sign") << u"0.01 %"_s << 1;
    QTest::newRow("leading point") << u".5"_s << 50;
    QTest::newRow("three decimals") << u"2.555"_s << -1;
    QTest::newRow("letters") << u"two"_s << -1;
    QTest::newRow("negative") << u"-1"_s << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestAllocationsTab::percentIsReadExactly()
{
    QFETCH(QString, typed);
    QFETCH(int, basisPoints);
    QCOMPARE(app::basisPointsFromPercent(typed, QLocale()).value_or(-1), basisPoints);
}

QTEST_MAIN(TestAllocationsTab)
#include "TestAllocationsTab.moc"
