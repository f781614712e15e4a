#include "app/members/MemberDialog.h"
#include "app/members/MemberTableModel.h"
#include "app/members/MembersPage.h"
#include "app/shares/ShareEntryDialog.h"
#include "app/shell/MutualSession.h"
#include "storage/MemberRepository.h"
#include "storage/MutualFile.h"
#include "storage/ShareLedgerRepository.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mutualise;
using app::MemberTableModel;

namespace {
// The sidebar of the main window is 200 pixels wide: a 900 pixel window leaves the page 700.
constexpr int pageWidthIn900Window = 700;

void clickHeading(QTableView* view, int column)
{
    QHeaderView* header = view->horizontalHeader();
    const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
}
} // namespace

class TestMembersPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void emptyRegisterInvitesTheFirstMember();
    void searchWithNoMatchSaysSo();
    void sharesSortByNumberWhenTheHeadingIsClicked();
    void warnsOfAHoldingUnderTheClassMinimum();
    void detailPaneRecordsASubscriptionForTheMember();
    void nameIsNotCutInA900PixelWindow();
    void minimumWidthFitsA900PixelWindow();

private:
    qint64 addMember(const QString& number, const QString& name,
                     domain::MemberStatus status = domain::MemberStatus::Active);
    void subscribe(qint64 memberId, qint64 shares);
    void selectNumber(const QString& number);

    QTemporaryDir m_dir;
    std::unique_ptr<app::MutualSession> m_session;
    std::unique_ptr<app::MembersPage> m_page;
    qint64 m_classId = 0;
    int m_fileNumber = 0;
};

void TestMembersPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(m_dir.isValid());
}

// A new mutual with one class whose members must hold at least 10 shares, and no members yet.
void TestMembersPage::init()
{
    domain::Mutual mutual;
    mutual.name = u"Shire Digital"_s;
    mutual.registrationNumber = u"RS008123"_s;
    domain::MemberClass council;
    council.name = u"Founding council"_s;
    council.minimumShares = 10;
    auto file = storage::MutualFile::create(m_dir.filePath(u"members%1.mutual"_s.arg(++m_fileNumber)), mutual,
                                            { council }, u"tester"_s);
    QVERIFY2(file, qPrintable(file ? QString() : file.error().message));
    m_session = std::make_unique<app::MutualSession>(std::move(file).value());
    m_classId = storage::MemberRepository(m_session->file()).classes()->constFirst().id;
    m_page = std::make_unique<app::MembersPage>();
    m_page->resize(1080, 700);
    m_page->show();
}

void TestMembersPage::cleanup()
{
    m_page.reset();
    m_session.reset();
}

qint64 TestMembersPage::addMember(const QString& number, const QString& name, domain::MemberStatus status)
{
    domain::Member member;
    member.number = number;
    member.name = name;
    member.kind = domain::MemberKind::Organisation;
    member.classId = m_classId;
    member.status = status;
    if (status != domain::MemberStatus::Applicant) {
        member.admittedOn = QDate(2024, 1, 1);
    }
    const auto added = storage::MemberRepository(m_session->file()).add(member);
    return added ? added->id : 0;
}

void TestMembersPage::subscribe(qint64 memberId, qint64 shares)
{
    domain::ShareMovement movement;
    movement.date = QDate(2024, 2, 1);
    movement.memberId = memberId;
    movement.shares = shares;
    movement.reference = u"Receipt"_s;
    const auto recorded = storage::ShareLedgerRepository(m_session->file()).record(movement);
    QVERIFY2(recorded, qPrintable(recorded ? QString() : recorded.error().message));
}

void TestMembersPage::selectNumber(const QString& number)
{
    QTableView* view = m_page->tableView();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, MemberTableModel::NumberColumn);
        if (index.data().toString() == number) {
            view->setCurrentIndex(index);
            return;
        }
    }
    QFAIL(qPrintable(u"No row shows member %1"_s.arg(number)));
}

void TestMembersPage::emptyRegisterInvitesTheFirstMember()
{
    m_page->setSession(m_session.get());
    auto* button = m_page->findChild<QPushButton*>(u"addFirstMemberButton"_s);
    QVERIFY(button != nullptr);
    QVERIFY(button->isVisible());
    QCOMPARE(button->text().remove(u'&'), u"Add the first member…"_s);
    auto* label = m_page->findChild<QLabel*>(u"membersEmptyLabel"_s);
    QVERIFY(!label->text().contains(u"match"_s));
    // Chosen from the keyboard, the page puts the focus on the invitation.
    QCOMPARE(m_page->mainWidget(), button);
    QTest::mouseClick(button, Qt::LeftButton);
    auto* dialog = m_page->findChild<app::MemberDialog*>();
    QVERIFY(dialog != nullptr);
    QVERIFY(dialog->isVisible());
    dialog->reject();
}

void TestMembersPage::searchWithNoMatchSaysSo()
{
    QVERIFY(addMember(u"C001"_s, u"Northshire County Council"_s));
    m_page->setSession(m_session.get());
    QTest::keyClicks(m_page->searchField(), u"no such member"_s);
    m_page->applyFilters();
    auto* label = m_page->findChild<QLabel*>(u"membersEmptyLabel"_s);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), u"No members match the search and filters."_s);
    auto* invitation = m_page->findChild<QPushButton*>(u"addFirstMemberButton"_s);
    QVERIFY(invitation == nullptr || !invitation->isVisible());
}

void TestMembersPage::sharesSortByNumberWhenTheHeadingIsClicked()
{
    // As text "100" < "25" < "300"; as numbers 25 < 100 < 300.
    subscribe(addMember(u"C001"_s, u"Northshire County Council"_s), 300);
    subscribe(addMember(u"C002"_s, u"Southdale District Council"_s), 25);
    subscribe(addMember(u"C003"_s, u"Eastwater Parish Council"_s), 100);
    m_page->setSession(m_session.get());
    QTableView* view = m_page->tableView();
    const auto texts = [view](int column) {
        QStringList cells;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            cells << view->model()->index(row, column).data().toString();
        }
        return cells;
    };
    clickHeading(view, MemberTableModel::SharesColumn);
    QCOMPARE(texts(MemberTableModel::SharesColumn), QStringList({ u"25"_s, u"100"_s, u"300"_s }));
    clickHeading(view, MemberTableModel::SharesColumn);
    QCOMPARE(texts(MemberTableModel::SharesColumn), QStringList({ u"300"_s, u"100"_s, u"25"_s }));
    // The detail pane reads the member of the row shown, whatever the order.
    view->setCurrentIndex(view->model()->index(0, 0));
    QVERIFY(m_page->findChild<QLabel*>(u"memberHolding"_s)->text().contains(u"300 share"_s));
}

void TestMembersPage::warnsOfAHoldingUnderTheClassMinimum()
{
    // Storage refuses a movement that leaves a holding under the minimum, but a member admitted before
    // paying for their shares holds none.
    QVERIFY(addMember(u"C001"_s, u"Northshire County Council"_s)); // 0 shares, under the minimum of 10
    subscribe(addMember(u"C002"_s, u"Southdale District Council"_s), 10); // exactly the minimum
    QVERIFY(addMember(u"C003"_s, u"Eastwater Parish Council"_s, domain::MemberStatus::Applicant));
    m_page->setSession(m_session.get());
    auto* warning = m_page->findChild<QLabel*>(u"memberMinimumWarning"_s);
    QVERIFY(warning != nullptr);

    selectNumber(u"C001"_s);
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(u"Founding council"_s)
                 && warning->text().contains(u"at least 10 share"_s)
                 && warning->text().contains(u"10 more"_s),
             qPrintable(warning->text()));
    const QModelIndex shares
        = m_page->tableView()->currentIndex().siblingAtColumn(MemberTableModel::SharesColumn);
    QVERIFY(!shares.data(Qt::DecorationRole).isNull());
    QVERIFY(shares.data(Qt::ToolTipRole).toString().contains(u"at least 10 share"_s));

    selectNumber(u"C002"_s);
    QVERIFY(!warning->isVisible());
    QVERIFY(m_page->tableView()
                ->currentIndex()
                .siblingAtColumn(MemberTableModel::SharesColumn)
                .data(Qt::DecorationRole)
                .isNull());
    // An applicant is not yet expected to hold the minimum.
    selectNumber(u"C003"_s);
    QVERIFY(!warning->isVisible());
}

void TestMembersPage::detailPaneRecordsASubscriptionForTheMember()
{
    QVERIFY(addMember(u"C001"_s, u"Northshire County Council"_s));
    QVERIFY(addMember(u"C002"_s, u"Southdale District Council"_s));
    m_page->setSession(m_session.get());
    auto* button = m_page->findChild<QPushButton*>(u"recordSharesButton"_s);
    QVERIFY(button != nullptr);
    QVERIFY(!button->isEnabled()); // no member selected
    selectNumber(u"C002"_s);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    auto* dialog = m_page->findChild<app::ShareEntryDialog*>();
    QVERIFY(dialog != nullptr);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLineEdit*>(u"memberEdit"_s)->text().startsWith(u"C002"_s));
    dialog->reject();
}

void TestMembersPage::nameIsNotCutInA900PixelWindow()
{
    const QString longest = u"Northshire Community Energy Co-op"_s;
    QVERIFY(addMember(u"C001"_s, longest));
    QVERIFY(addMember(u"C002"_s, u"Southdale District Council"_s));
    m_page->setSession(m_session.get());
    m_page->resize(pageWidthIn900Window, 520);
    QTest::qWait(50);
    QTableView* view = m_page->tableView();
    const int nameWidth = view->columnWidth(MemberTableModel::NameColumn);
    QVERIFY2(nameWidth >= view->fontMetrics().horizontalAdvance(longest) + 8,
             qPrintable(u"Name column %1 px of %2 for %3"_s.arg(nameWidth)
                            .arg(view->viewport()->width())
                            .arg(view->fontMetrics().horizontalAdvance(longest))));
    QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
    // What matters stays: the number, the name and the holding.
    for (const int column : { MemberTableModel::NumberColumn, MemberTableModel::SharesColumn }) {
        QVERIFY(!view->isColumnHidden(column));
    }
    // A window of 1280 shows the class, status and date of admission again beside the whole name; the
    // type and the date of ceasing, which the details show, may still give way to so long a name.
    m_page->resize(1280 - 200, 700);
    QTest::qWait(50);
    QVERIFY(view->columnWidth(MemberTableModel::NameColumn)
            >= view->fontMetrics().horizontalAdvance(longest) + 8);
    for (const int column :
         { MemberTableModel::NumberColumn, MemberTableModel::ClassColumn, MemberTableModel::StatusColumn,
           MemberTableModel::AdmittedColumn, MemberTableModel::SharesColumn }) {
        QVERIFY2(!view->isColumnHidden(column),
                 qPrintable(u"column %1 hidden in %2 px"_s.arg(column).arg(view->viewport()->width())));
    }
    QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
}

void TestMembersPage::minimumWidthFitsA900PixelWindow()
{
    QVERIFY(addMember(u"C001"_s, u"Northshire County Council"_s));
    m_page->setSession(m_session.get());
    QVERIFY2(m_page->minimumSizeHint().width() <= pageWidthIn900Window,
             qPrintable(QString::number(m_page->minimumSizeHint().width())));
}

QTEST_MAIN(TestMembersPage)
#include "TestMembersPage.moc"
