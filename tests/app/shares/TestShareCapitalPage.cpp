#include "app/shares/HoldingsModel.h"
#include "app/shares/ReverseEntryDialog.h"
#include "app/shares/ShareCapitalPage.h"
#include "app/shares/ShareEntryDialog.h"
#include "app/shares/ShareLedgerModel.h"
#include "app/shell/MutualSession.h"
#include "app/widgets/DateEdit.h"
#include "storage/MemberRepository.h"
#include "storage/MutualFile.h"
#include "storage/ShareLedgerRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mutualise;

namespace {
// The sidebar of the main window is 200 pixels wide: a 900 pixel window leaves the page 700.
constexpr int pageWidthIn900Window = 700;

void clickHeading(QTableView* view, int column)
{
    QHeaderView* header = view->horizontalHeader();
    const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
}

QStringList columnTexts(const QTableView* view, int column)
{
    QStringList cells;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        cells << view->model()->index(row, column).data().toString();
    }
    return cells;
}

// The English of a count with its plural form ("2 holders", "1 holder") whether or not the English
// numerus forms are loaded: without them Qt shows the source text, "2 holder(s)".
QString withPlurals(QString text)
{
    static const QRegularExpression one(u"\\b1 (\\w+)\\(s\\)"_s);
    text.replace(one, u"1 \\1"_s);
    return text.replace(u"(s)"_s, u"s"_s);
}

// A desktop's window manager activates a window as it is shown; the offscreen platform has none, so
// the tests do it, as a person's click would.
bool activate(QWidget* window)
{
    window->activateWindow();
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; });
}
} // namespace

class TestShareCapitalPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void modelsPassTheModelTester();
    void recordAndReverseThroughThePage();
    void holdingsAsOf_data();
    void holdingsAsOf();
    void ledgerFiltersByMemberAndDate();
    void ledgerFetchesPagesOnDemand();
    void refusedReversalLeavesTheLedgerAlone();
    void newEntryHasItsShortcut();
    void closedMutualDisablesActions();
    void reverseIsOffWhileHoldingsShow();
    void buttonsAndTabsHaveAltLetters();
    void reversalIsPermanentAndNotInTheFuture();
    void tabLeavesTheLedger();
    void holdingsSortByNumberWhenAHeadingIsClicked();
    void ledgerSortsByNumberWhenAHeadingIsClicked();
    void nothingThatMattersIsCutInA900PixelWindow();
    void minimumWidthFitsA900PixelWindow();

private:
    qint64 memberId(const QString& number) const
    {
        return storage::MemberRepository(m_session->file()).memberByNumber(number)->id;
    }
    void select(int row)
    {
        m_page->ledgerView()->selectionModel()->clearSelection();
        m_page->ledgerView()->selectRow(row);
    }
    QPushButton* okButton(QDialog* dialog) const
    {
        return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<app::MutualSession> m_session;
    std::unique_ptr<app::ShareCapitalPage> m_page;
    int m_fileNumber = 0;
};

void TestShareCapitalPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(m_dir.isValid());
}

// Two councils: C001 subscribes 100 shares on 10 Jan 2024, C002 50 shares on 1 Jun 2024 (£1.00 each).
void TestShareCapitalPage::init()
{
    domain::Mutual mutual;
    mutual.name = u"Shire Digital"_s;
    mutual.registrationNumber = u"RS008123"_s;
    domain::MemberClass council;
    council.name = u"Founding council"_s;
    auto file = storage::MutualFile::create(m_dir.filePath(u"page%1.mutual"_s.arg(++m_fileNumber)), mutual,
                                            { council }, u"tester"_s);
    QVERIFY2(file, qPrintable(file ? QString() : file.error().message));
    m_session = std::make_unique<app::MutualSession>(std::move(file).value());
    storage::MemberRepository members(m_session->file());
    const qint64 classId = members.classes()->constFirst().id;
    for (const auto& [number, name] : { std::pair { u"C001"_s, u"Northshire Council"_s },
                                        std::pair { u"C002"_s, u"Southdale Council"_s } }) {
        domain::Member member;
        member.number = number;
        member.name = name;
        member.kind = domain::MemberKind::Organisation;
        member.classId = classId;
        member.email = member.number.toLower() + u"@members.example.org"_s;
        member.phone = u"01632 960000"_s;
        member.address = u"1 High Street, Shiretown"_s;
        member.admittedOn = QDate(2020, 1, 1);
        member.status = domain::MemberStatus::Active;
        QVERIFY(members.add(member));
    }
    storage::ShareLedgerRepository ledger(m_session->file());
    domain::ShareMovement first;
    first.date = QDate(2024, 1, 10);
    first.memberId = memberId(u"C001"_s);
    first.shares = 100;
    first.reference = u"Receipt"_s;
    QVERIFY(ledger.record(first));
    domain::ShareMovement second;
    second.date = QDate(2024, 6, 1);
    second.memberId = memberId(u"C002"_s);
    second.shares = 50;
    second.reference = u"Receipt"_s;
    QVERIFY(ledger.record(second));
    m_page = std::make_unique<app::ShareCapitalPage>();
    m_page->resize(1000, 700);
    m_page->setSession(m_session.get());
    m_page->show();
}

void TestShareCapitalPage::cleanup()
{
    m_page.reset();
    m_session.reset();
}

void TestShareCapitalPage::modelsPassTheModelTester()
{
    QAbstractItemModelTester ledgerTester(m_page->ledgerModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester holdingsTester(m_page->holdingsModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->ledgerModel()->reload();
    m_page->holdingsModel()->setAsOf(QDate(2024, 3, 1));
    m_page->holdingsModel()->setAsOf(QDate(2024, 12, 31));
    QCOMPARE(m_page->ledgerModel()->rowCount(), 2);
    QCOMPARE(m_page->holdingsModel()->rowCount(), 2);
}

void TestShareCapitalPage::recordAndReverseThroughThePage()
{
    app::ShareLedgerModel* ledger = m_page->ledgerModel();
    QCOMPARE(ledger->rowCount(), 2);

    m_page->newEntryAction()->trigger();
    auto* entryDialog = m_page->findChild<app::ShareEntryDialog*>();
    QVERIFY(entryDialog);
    QTest::keyClicks(entryDialog->findChild<QLineEdit*>(u"memberEdit"_s), u"C001"_s);
    entryDialog->findChild<app::DateEdit*>(u"dateEdit"_s)->setDate(QDate(2025, 3, 1));
    entryDialog->findChild<QSpinBox*>(u"sharesSpin"_s)->setValue(30);
    QTest::keyClicks(entryDialog->findChild<QLineEdit*>(u"referenceEdit"_s), u"Cheque 881"_s);
    QTest::mouseClick(okButton(entryDialog), Qt::LeftButton);

    QCOMPARE(ledger->rowCount(), 3); // ordered by date: the new line is last
    QCOMPARE(ledger->index(2, app::ShareLedgerModel::SharesColumn).data().toString(), u"30"_s);
    QCOMPARE(ledger->index(2, app::ShareLedgerModel::AmountColumn).data().toString(), u"£30.00"_s);
    QCOMPARE(ledger->index(2, app::ShareLedgerModel::ReferenceColumn).data().toString(), u"Cheque 881"_s);
    QVERIFY(ledger->index(2, app::ShareLedgerModel::MemberColumn).data().toString().contains(u"C001"_s));
    // 100 + 50 + 30 = 180 shares, £180.00
    QVERIFY(m_page->findChild<QLabel*>(u"capitalTotalsLabel"_s)->text().contains(u"£180.00"_s));

    select(2);
    QVERIFY(m_page->reverseEntryAction()->isEnabled());
    m_page->reverseEntryAction()->trigger();
    auto* reverseDialog = m_page->findChild<app::ReverseEntryDialog*>();
    QVERIFY(reverseDialog);
    QCOMPARE(reverseDialog->dateEdit()->date(), QDate(2025, 3, 1)); // defaults to the original's date
    QCOMPARE(reverseDialog->dateEdit()->minimumDate(), QDate(2025, 3, 1));
    QVERIFY(!okButton(reverseDialog)->isEnabled()); // a reason is required
    QTest::keyClicks(reverseDialog->referenceEdit(), u"Entered twice"_s);
    QVERIFY(okButton(reverseDialog)->isEnabled());
    QTest::mouseClick(okButton(reverseDialog), Qt::LeftButton);

    QCOMPARE(ledger->rowCount(), 4); // the original stays, the reversal is added
    const QModelIndex original = ledger->index(2, app::ShareLedgerModel::KindColumn);
    QVERIFY(original.data(app::ShareLedgerModel::IsReversedRole).toBool());
    QVERIFY(original.data().toString().contains(u"reversed"_s));
    QVERIFY(original.data(Qt::ForegroundRole).isValid()); // muted
    const QModelIndex reversal = ledger->index(3, app::ShareLedgerModel::KindColumn);
    QVERIFY(reversal.data(app::ShareLedgerModel::IsReversalRole).toBool());
    QCOMPARE(ledger->index(3, app::ShareLedgerModel::SharesColumn).data().toString(), u"-30"_s);
    // Neither the reversed line nor the reversal can be reversed again; an ordinary line can.
    select(2);
    QVERIFY(!m_page->reverseEntryAction()->isEnabled());
    select(3);
    QVERIFY(!m_page->reverseEntryAction()->isEnabled());
    select(0);
    QVERIFY(m_page->reverseEntryAction()->isEnabled());
    // Back to 150 shares: 180 - 30
    QVERIFY(m_page->findChild<QLabel*>(u"capitalTotalsLabel"_s)->text().contains(u"£150.00"_s));
}

void TestShareCapitalPage::holdingsAsOf_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<int>("holders");
    QTest::addColumn<QString>("totals");
    QTest::newRow("before any entry") << QDate(2024, 1, 9) << 0 << u"Total: 0 holders, 0 shares, £0.00"_s;
    // the day of C001's subscription counts: holdings are at the end of the day
    QTest::newRow("after the first") << QDate(2024, 1, 10) << 1 << u"Total: 1 holder, 100 shares, £100.00"_s;
    QTest::newRow("day before the second")
        << QDate(2024, 5, 31) << 1 << u"Total: 1 holder, 100 shares, £100.00"_s;
    // 100 + 50 = 150 shares x £1.00
    QTest::newRow("after both") << QDate(2024, 6, 1) << 2 << u"Total: 2 holders, 150 shares, £150.00"_s;
    QTest::newRow("today") << QDate::currentDate() << 2 << u"Total: 2 holders, 150 shares, £150.00"_s;
}

void TestShareCapitalPage::holdingsAsOf()
{
    QFETCH(QDate, asOf);
    QFETCH(int, holders);
    QFETCH(QString, totals);
    m_page->holdingsDateEdit()->setDate(asOf);
    QCOMPARE(m_page->holdingsModel()->rowCount(), holders);
    QCOMPARE(withPlurals(m_page->findChild<QLabel*>(u"holdingsTotalsLabel"_s)->text()), totals);
    if (holders == 2) {
        app::HoldingsModel* model = m_page->holdingsModel();
        QCOMPARE(model->index(1, app::HoldingsModel::NumberColumn).data().toString(), u"C002"_s);
        QCOMPARE(model->index(1, app::HoldingsModel::SharesColumn).data().toString(), u"50"_s);
        QCOMPARE(model->index(1, app::HoldingsModel::AmountColumn).data().toString(), u"£50.00"_s);
    }
}

void TestShareCapitalPage::ledgerFiltersByMemberAndDate()
{
    auto* memberFilter = m_page->findChild<QLineEdit*>(u"memberFilterEdit"_s);
    QTest::keyClicks(memberFilter, u"C002"_s);
    QCOMPARE(m_page->ledgerModel()->rowCount(), 1);
    QTest::keyClicks(memberFilter, u"9"_s); // "C0029" is nobody: every line again, and a word why
    QCOMPARE(m_page->ledgerModel()->rowCount(), 2);
    QVERIFY(m_page->findChild<QTabWidget*>()
                ->currentWidget()
                ->findChildren<QLabel*>()
                .constLast()
                ->text()
                .contains(u"C0029"_s));
    memberFilter->clear();
    QCOMPARE(m_page->ledgerModel()->rowCount(), 2);
    storage::ShareEntryFilter byDate;
    byDate.from = QDate(2024, 2, 1);
    m_page->ledgerModel()->setFilter(byDate);
    QCOMPARE(m_page->ledgerModel()->rowCount(), 1); // only C002's line of 1 Jun 2024
}

void TestShareCapitalPage::ledgerFetchesPagesOnDemand()
{
    // 600 more lines: more than one page of 500.
    storage::ShareLedgerRepository ledger(m_session->file());
    domain::ShareMovement movement;
    movement.date = QDate(2025, 1, 1);
    movement.memberId = memberId(u"C001"_s);
    movement.shares = 1;
    movement.reference = u"Receipt"_s;
    for (int i = 0; i < 600; ++i) {
        movement.reference = u"Batch %1"_s.arg(i);
        QVERIFY(ledger.record(movement));
    }
    m_session->notifyChanged();
    app::ShareLedgerModel* model = m_page->ledgerModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 602);
    // Row 601 is on the second page: the 599th line of the batch (rows 0 and 1 are the 2024 lines).
    QCOMPARE(model->index(601, app::ShareLedgerModel::ReferenceColumn).data().toString(), u"Batch 599"_s);
    QCOMPARE(model->index(2, app::ShareLedgerModel::ReferenceColumn).data().toString(), u"Batch 0"_s);
}

void TestShareCapitalPage::refusedReversalLeavesTheLedgerAlone()
{
    // C002 withdraws all 50 of its shares; undoing its subscription would leave it at 0 - 50 = -50.
    domain::ShareMovement withdrawal;
    withdrawal.kind = domain::ShareEntryKind::Withdrawal;
    withdrawal.date = QDate(2024, 7, 1);
    withdrawal.memberId = memberId(u"C002"_s);
    withdrawal.shares = 50;
    withdrawal.reference = u"Repaid"_s;
    QVERIFY(storage::ShareLedgerRepository(m_session->file()).record(withdrawal));
    m_session->notifyChanged();
    QCOMPARE(m_page->ledgerModel()->rowCount(), 3);

    select(1); // C002's subscription of 1 Jun 2024
    m_page->reverseEntryAction()->trigger();
    auto* dialog = m_page->findChild<app::ReverseEntryDialog*>();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->referenceEdit(), u"Cheque bounced"_s);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);

    QVERIFY(dialog->isVisible()); // kept open with the reason it failed
    QVERIFY(!dialog->shownError().isEmpty());
    QVERIFY(dialog->findChild<QMessageBox*>());
    QCOMPARE(storage::ShareLedgerRepository(m_session->file()).count({}).value(), 3);
    QCOMPARE(m_page->ledgerModel()->rowCount(), 3);
}

void TestShareCapitalPage::newEntryHasItsShortcut()
{
    QCOMPARE(m_page->newEntryAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QVERIFY(m_page->actions().contains(m_page->newEntryAction()));
    QVERIFY(!m_page->reverseEntryAction()->isEnabled()); // nothing selected yet
}

void TestShareCapitalPage::closedMutualDisablesActions()
{
    m_page->setSession(nullptr);
    QVERIFY(!m_page->newEntryAction()->isEnabled());
    QVERIFY(!m_page->reverseEntryAction()->isEnabled());
    QCOMPARE(m_page->ledgerModel()->rowCount(), 0);
    QCOMPARE(m_page->holdingsModel()->rowCount(), 0);
}

// The reversal acts on the line selected in the ledger: while the holdings show, that line is out of
// sight and the action is off.
void TestShareCapitalPage::reverseIsOffWhileHoldingsShow()
{
    QVERIFY(activate(m_page.get()));
    select(0);
    QVERIFY(m_page->reverseEntryAction()->isEnabled());
    QTest::keyClick(m_page.get(), Qt::Key_S, Qt::AltModifier); // "Holding&s"
    QCOMPARE(m_page->tabs()->currentIndex(), 1);
    QVERIFY(!m_page->reverseEntryAction()->isEnabled());
    QTest::keyClick(m_page.get(), Qt::Key_R, Qt::AltModifier); // "&Reverse entry…" does nothing here
    QTest::qWait(300); // longer than a button's click takes
    QVERIFY(m_page->findChild<app::ReverseEntryDialog*>() == nullptr);
    QTest::keyClick(m_page.get(), Qt::Key_L, Qt::AltModifier); // "&Ledger"
    QCOMPARE(m_page->tabs()->currentIndex(), 0);
    QVERIFY(m_page->reverseEntryAction()->isEnabled());
}

void TestShareCapitalPage::buttonsAndTabsHaveAltLetters()
{
    QVERIFY(activate(m_page.get()));
    // A button pressed by its Alt letter clicks a moment later, as a mouse click would show.
    QTest::keyClick(m_page.get(), Qt::Key_N, Qt::AltModifier); // "&New entry…"
    QTRY_VERIFY(m_page->findChild<app::ShareEntryDialog*>() != nullptr);
    auto* entryDialog = m_page->findChild<app::ShareEntryDialog*>();
    QVERIFY(activate(entryDialog));
    QTest::keyClick(entryDialog, Qt::Key_Escape);
    QTRY_VERIFY(m_page->findChild<app::ShareEntryDialog*>() == nullptr);

    QVERIFY(activate(m_page.get()));
    select(1);
    QTest::keyClick(m_page.get(), Qt::Key_R, Qt::AltModifier); // "&Reverse entry…"
    QTRY_VERIFY(m_page->findChild<app::ReverseEntryDialog*>() != nullptr);
    auto* reverseDialog = m_page->findChild<app::ReverseEntryDialog*>();
    reverseDialog->reject();
}

void TestShareCapitalPage::reversalIsPermanentAndNotInTheFuture()
{
    select(1); // C002's subscription of 1 Jun 2024
    m_page->reverseEntryAction()->trigger();
    auto* dialog = m_page->findChild<app::ReverseEntryDialog*>();
    QVERIFY(dialog);
    QVERIFY(activate(dialog));
    bool isPermanenceSaid = false;
    for (const QLabel* label : dialog->findChildren<QLabel*>()) {
        isPermanenceSaid = isPermanenceSaid || (label->isVisible() && label->text().contains(u"permanent"_s));
    }
    QVERIFY(isPermanenceSaid);

    app::DateEdit* date = dialog->dateEdit();
    QTest::keyClick(dialog, Qt::Key_D, Qt::AltModifier); // "&Date of reversal:"
    QCOMPARE(QApplication::focusWidget(), date);
    QTest::keyClick(date, Qt::Key_End); // the year
    for (int year = 2024; year <= QDate::currentDate().year() + 2; ++year) {
        QTest::keyClick(date, Qt::Key_Up);
    }
    QVERIFY2(date->date() <= QDate::currentDate(), qPrintable(date->date().toString(Qt::ISODate)));
    QTest::keyClick(date, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->referenceEdit());
    dialog->reject();
}

void TestShareCapitalPage::tabLeavesTheLedger()
{
    QVERIFY(activate(m_page.get()));
    m_page->ledgerView()->setFocus();
    select(0);
    QTest::keyClick(m_page->ledgerView(), Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != m_page->ledgerView());
    QCOMPARE(m_page->ledgerView()->currentIndex().row(), 0);
}

void TestShareCapitalPage::holdingsSortByNumberWhenAHeadingIsClicked()
{
    // C001 holds 100 shares, C002 50: as text "100" comes first, as numbers 50 does.
    m_page->tabs()->setCurrentIndex(1);
    auto* view = m_page->findChild<QTableView*>(u"holdingsView"_s);
    QCOMPARE(columnTexts(view, app::HoldingsModel::NumberColumn), QStringList({ u"C001"_s, u"C002"_s }));
    clickHeading(view, app::HoldingsModel::SharesColumn);
    QCOMPARE(columnTexts(view, app::HoldingsModel::SharesColumn), QStringList({ u"50"_s, u"100"_s }));
    clickHeading(view, app::HoldingsModel::SharesColumn);
    QCOMPARE(columnTexts(view, app::HoldingsModel::SharesColumn), QStringList({ u"100"_s, u"50"_s }));
    clickHeading(view, app::HoldingsModel::AmountColumn);
    QCOMPARE(columnTexts(view, app::HoldingsModel::AmountColumn), QStringList({ u"£50.00"_s, u"£100.00"_s }));
    clickHeading(view, app::HoldingsModel::NumberColumn);
    QCOMPARE(columnTexts(view, app::HoldingsModel::NumberColumn), QStringList({ u"C001"_s, u"C002"_s }));
}

void TestShareCapitalPage::ledgerSortsByNumberWhenAHeadingIsClicked()
{
    // By date the 100-share line (January) comes first; by shares the 50-share line (June).
    QTableView* view = m_page->ledgerView();
    QCOMPARE(columnTexts(view, app::ShareLedgerModel::SharesColumn), QStringList({ u"100"_s, u"50"_s }));
    clickHeading(view, app::ShareLedgerModel::SharesColumn);
    QCOMPARE(columnTexts(view, app::ShareLedgerModel::SharesColumn), QStringList({ u"50"_s, u"100"_s }));
    clickHeading(view, app::ShareLedgerModel::AmountColumn);
    QCOMPARE(columnTexts(view, app::ShareLedgerModel::AmountColumn),
             QStringList({ u"£50.00"_s, u"£100.00"_s }));
    clickHeading(view, app::ShareLedgerModel::AmountColumn);
    QCOMPARE(columnTexts(view, app::ShareLedgerModel::AmountColumn),
             QStringList({ u"£100.00"_s, u"£50.00"_s }));
    clickHeading(view, app::ShareLedgerModel::DateColumn);
    QCOMPARE(columnTexts(view, app::ShareLedgerModel::DateColumn),
             QStringList({ u"10/01/2024"_s, u"01/06/2024"_s }));
    // The reversal acts on the line shown in the row selected, whatever the order.
    clickHeading(view, app::ShareLedgerModel::DateColumn);
    select(0);
    m_page->reverseEntryAction()->trigger();
    auto* dialog = m_page->findChild<app::ReverseEntryDialog*>();
    QVERIFY(dialog != nullptr);
    const auto texts = dialog->findChildren<QLabel*>();
    QVERIFY(std::any_of(texts.cbegin(), texts.cend(),
                        [](const QLabel* label) { return label->text().contains(u"C002"_s); }));
    dialog->reject();
}

void TestShareCapitalPage::nothingThatMattersIsCutInA900PixelWindow()
{
    m_page->resize(pageWidthIn900Window, 520);
    QTest::qWait(50);
    for (const int tab : { 0, 1 }) {
        m_page->tabs()->setCurrentIndex(tab);
        QTest::qWait(20);
        auto* view = qobject_cast<QTableView*>(m_page->mainWidget());
        QVERIFY(view != nullptr);
        QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
        const int memberColumn
            = tab == 0 ? int(app::ShareLedgerModel::MemberColumn) : int(app::HoldingsModel::NameColumn);
        const int amountColumn
            = tab == 0 ? int(app::ShareLedgerModel::AmountColumn) : int(app::HoldingsModel::AmountColumn);
        for (const int column : { memberColumn, amountColumn }) {
            QVERIFY(!view->isColumnHidden(column));
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                const QString text = view->model()->index(row, column).data().toString();
                QVERIFY2(view->columnWidth(column) >= view->fontMetrics().horizontalAdvance(text) + 8,
                         qPrintable(u"%1 in %2 px"_s.arg(text).arg(view->columnWidth(column))));
            }
        }
    }
}

void TestShareCapitalPage::minimumWidthFitsA900PixelWindow()
{
    QVERIFY2(m_page->minimumSizeHint().width() <= pageWidthIn900Window,
             qPrintable(QString::number(m_page->minimumSizeHint().width())));
}

QTEST_MAIN(TestShareCapitalPage)
#include "TestShareCapitalPage.moc"
