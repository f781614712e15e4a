#include "app/members/MemberTableModel.h"
#include "domain/DemoMutual.h"
#include "storage/DemoWriter.h"
#include "storage/MemberRepository.h"
#include "storage/ShareLedgerRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace mutualise;
using app::MemberTableModel;
using storage::MemberQuery;

class TestMemberTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void passesTheModelTester();
    void pagesGiveEveryMemberInNumberOrder();
    void sortsByNameAcrossPages();
    void sortsBySharesDescending();
    void filters_data();
    void filters();
    void resetsAfterAChange();
    void emptyWithoutAFile();
    void showsColumnsOfARow();

private:
    std::unique_ptr<storage::MutualFile> createSmallFile(const QString& name);

    QTemporaryDir m_dir;
    std::unique_ptr<storage::MutualFile> m_large;
    std::unique_ptr<storage::MutualFile> m_small;
    qint64 m_councilClassId = 0;
    qint64 m_communityClassId = 0;
};

void TestMemberTableModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    domain::DemoOptions options;
    options.members = 1234; // more than six pages of 200: pages 0..6, the last holding 34 rows
    options.years = 2;
    options.seed = 7;
    options.until = QDate(2026, 3, 31);
    auto written = storage::writeDemoMutual(m_dir.filePath(QStringLiteral("large.mutual")),
                                            domain::planDemoMutual(options), QStringLiteral("test"));
    QVERIFY2(written.isOk(), qPrintable(written.isOk() ? QString() : written.error().message));
    m_large = std::move(written).value();
    m_small = createSmallFile(QStringLiteral("small.mutual"));
    QVERIFY(m_small != nullptr);
}

std::unique_ptr<storage::MutualFile> TestMemberTableModel::createSmallFile(const QString& name)
{
    domain::Mutual mutual;
    mutual.name = QStringLiteral("Small Mutual");
    QList<domain::MemberClass> classes(2);
    classes[0].name = QStringLiteral("Founding council");
    classes[1].name = QStringLiteral("Community");
    auto created = storage::MutualFile::create(m_dir.filePath(name), mutual, classes, QStringLiteral("test"));
    if (!created) {
        return nullptr;
    }
    auto file = std::move(created).value();
    storage::MemberRepository repository(*file);
    const auto stored = repository.classes().value();
    m_councilClassId = stored.at(0).id;
    m_communityClassId = stored.at(1).id;
    struct Seed
    {
        const char* number;
        const char* name;
        const char* email;
        domain::MemberStatus status;
        bool isCouncil;
    };
    const Seed seeds[] = {
        { "C001", "Northshire County Council", "clerk@northshire.example", domain::MemberStatus::Active,
          true },
        { "C002", "Southby Borough Council", "", domain::MemberStatus::Active, true },
        { "1001", "Jane Smith", "jane@example.org", domain::MemberStatus::Active, false },
        { "1002", "John Smithson", "", domain::MemberStatus::Suspended, false },
        { "1003", "Amir Khan", "amir@example.org", domain::MemberStatus::Applicant, false },
    };
    for (const auto& seed : seeds) {
        domain::Member member;
        member.number = QString::fromLatin1(seed.number);
        member.name = QString::fromLatin1(seed.name);
        member.email = QString::fromLatin1(seed.email);
        member.kind = seed.isCouncil ? domain::MemberKind::Organisation : domain::MemberKind::Individual;
        member.classId = seed.isCouncil ? m_councilClassId : m_communityClassId;
        member.status = seed.status;
        member.admittedOn = seed.status == domain::MemberStatus::Applicant ? QDate() : QDate(2024, 4, 1);
        if (!repository.add(member)) {
            return nullptr;
        }
    }
    return file;
}

void TestMemberTableModel::passesTheModelTester()
{
    MemberTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFile(m_large.get());
    model.sort(MemberTableModel::NameColumn, Qt::DescendingOrder);
    MemberQuery query = model.query();
    query.search = QStringLiteral("a");
    model.setQuery(query);
    model.setFile(m_small.get());
    model.reload();
    model.setFile(nullptr);
}

void TestMemberTableModel::pagesGiveEveryMemberInNumberOrder()
{
    MemberTableModel model;
    model.setFile(m_large.get());
    QCOMPARE(model.rowCount(), 1234);
    const auto expected = storage::MemberRepository(*m_large).allMembers(); // ordered by number
    QVERIFY(expected.isOk());
    QCOMPARE(expected->size(), 1234);
    // Rows straddling each page boundary (199|200, 399|400, ...) and the very last row, read out of
    // order so that the cache must fetch and evict pages.
    const QList<int> rows = { 1233, 0, 199, 200, 201, 399, 400, 1199, 1200, 1000, 599, 600, 5, 1233, 800 };
    for (const int row : rows) {
        const QString number = model.data(model.index(row, MemberTableModel::NumberColumn)).toString();
        QCOMPARE(number, expected->at(row).number);
        QCOMPARE(model.data(model.index(row, MemberTableModel::NameColumn)).toString(),
                 expected->at(row).name);
        QCOMPARE(model.data(model.index(row, 0), MemberTableModel::MemberIdRole).toLongLong(),
                 expected->at(row).id);
    }
    // Every row once, in order: no page repeats or skips a member.
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.rowAt(row)->member.number, expected->at(row).number);
    }
    QVERIFY(!model.rowAt(1234).has_value());
    QVERIFY(!model.rowAt(-1).has_value());
    QVERIFY(model.lastError().isEmpty());
}

void TestMemberTableModel::sortsByNameAcrossPages()
{
    MemberTableModel model;
    model.setFile(m_large.get());
    model.sort(MemberTableModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(model.query().sortKey, MemberQuery::SortKey::Name);
    auto expected = storage::MemberRepository(*m_large).allMembers().value();
    // Name, then number for equal names: the tie-break keeps pages from repeating members.
    std::sort(expected.begin(), expected.end(), [](const domain::Member& a, const domain::Member& b) {
        return a.name != b.name ? a.name < b.name : a.number < b.number;
    });
    QCOMPARE(model.rowCount(), expected.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.rowAt(row)->member.number, expected.at(row).number);
    }
    QCOMPARE(model.rowAt(0)->member.number, expected.constFirst().number);
}

void TestMemberTableModel::sortsBySharesDescending()
{
    MemberTableModel model;
    model.setFile(m_large.get());
    model.sort(MemberTableModel::SharesColumn, Qt::DescendingOrder);
    QVERIFY(model.query().descending);
    // Holdings worked out independently, member by member, from the ledger.
    const auto members = storage::MemberRepository(*m_large).allMembers().value();
    storage::ShareLedgerRepository ledger(*m_large);
    QHash<QString, qint64> sharesByNumber;
    for (const auto& member : members) {
        sharesByNumber.insert(member.number, ledger.holdingOf(member.id, QDate::currentDate())->shares);
    }
    QCOMPARE(model.rowCount(), members.size());
    qint64 previousShares = std::numeric_limits<qint64>::max();
    QString previousNumber;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto listed = model.rowAt(row);
        QVERIFY(listed.has_value());
        QCOMPARE(listed->shares, sharesByNumber.value(listed->member.number));
        QVERIFY2(listed->shares <= previousShares, qPrintable(QString::number(row)));
        if (listed->shares == previousShares) {
            QVERIFY(listed->member.number < previousNumber); // descending tie-break by number
        }
        previousShares = listed->shares;
        previousNumber = listed->member.number;
    }
    QVERIFY(model.rowAt(0)->shares > model.rowAt(model.rowCount() - 1)->shares);
    QCOMPARE(model.data(model.index(0, MemberTableModel::SharesColumn), Qt::TextAlignmentRole).toInt(),
             static_cast<int>(Qt::AlignRight | Qt::AlignVCenter));
}

void TestMemberTableModel::filters_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("status"); // -1 for any
    QTest::addColumn<bool>("isCouncilClass");
    QTest::addColumn<bool>("isClassFiltered");
    QTest::addColumn<QStringList>("numbers");

    QTest::newRow("everyone") << QString() << -1 << false << false
                              << QStringList { QStringLiteral("1001"), QStringLiteral("1002"),
                                               QStringLiteral("1003"), QStringLiteral("C001"),
                                               QStringLiteral("C002") };
    // "smith" is in Jane Smith and John Smithson, in any case.
    QTest::newRow("name, any case") << QStringLiteral("SMITH") << -1 << false << false
                                    << QStringList { QStringLiteral("1001"), QStringLiteral("1002") };
    QTest::newRow("number") << QStringLiteral("c00") << -1 << false << false
                            << QStringList { QStringLiteral("C001"), QStringLiteral("C002") };
    QTest::newRow("e-mail") << QStringLiteral("northshire.example") << -1 << false << false
                            << QStringList { QStringLiteral("C001") };
    QTest::newRow("status suspended") << QString() << static_cast<int>(domain::MemberStatus::Suspended)
                                      << false << false << QStringList { QStringLiteral("1002") };
    QTest::newRow("class council") << QString() << -1 << true << true
                                   << QStringList { QStringLiteral("C001"), QStringLiteral("C002") };
    QTest::newRow("search and status")
        << QStringLiteral("smith") << static_cast<int>(domain::MemberStatus::Active) << false << false
        << QStringList { QStringLiteral("1001") };
    QTest::newRow("nothing matches") << QStringLiteral("zzz") << -1 << false << false << QStringList {};
    // Wildcards typed by the user are text, not patterns.
    QTest::newRow("percent is literal") << QStringLiteral("%") << -1 << false << false << QStringList {};
    QTest::newRow("underscore is literal") << QStringLiteral("_") << -1 << false << false << QStringList {};
    QTest::newRow("quote is harmless")
        << QStringLiteral("'; DROP TABLE members; --") << -1 << false << false << QStringList {};
}

void TestMemberTableModel::filters()
{
    QFETCH(QString, search);
    QFETCH(int, status);
    QFETCH(bool, isCouncilClass);
    QFETCH(bool, isClassFiltered);
    QFETCH(QStringList, numbers);

    MemberTableModel model;
    model.setFile(m_small.get());
    MemberQuery query;
    query.search = search;
    if (status >= 0) {
        query.status = static_cast<domain::MemberStatus>(status);
    }
    if (isClassFiltered) {
        query.classId = isCouncilClass ? m_councilClassId : m_communityClassId;
    }
    model.setQuery(query);
    QStringList listed;
    for (int row = 0; row < model.rowCount(); ++row) {
        listed << model.data(model.index(row, MemberTableModel::NumberColumn)).toString();
    }
    QCOMPARE(listed, numbers);
    QVERIFY(model.lastError().isEmpty());
    QCOMPARE(storage::MemberRepository(*m_small).count({}).value(), 5); // the filters never changed the data
}

void TestMemberTableModel::resetsAfterAChange()
{
    auto file = createSmallFile(QStringLiteral("change.mutual"));
    QVERIFY(file != nullptr);
    MemberTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFile(file.get());
    QCOMPARE(model.rowCount(), 5);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    domain::Member member;
    member.number = QStringLiteral("0999");
    member.name = QStringLiteral("Zoe Able");
    member.classId = m_communityClassId;
    member.status = domain::MemberStatus::Active;
    member.admittedOn = QDate(2025, 1, 6);
    QVERIFY(storage::MemberRepository(*file).add(member).isOk());
    QCOMPARE(model.rowCount(), 5); // the model answers from its cache until told
    model.reload();
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 6);
    // "0999" sorts before "1001" by number.
    QCOMPARE(model.data(model.index(0, MemberTableModel::NumberColumn)).toString(), QStringLiteral("0999"));
    QVERIFY(model.cachedRowOf(model.rowAt(0)->member.id) == std::optional<int>(0));

    QVERIFY(storage::MemberRepository(*file).cease(model.rowAt(0)->member.id, QDate(2025, 6, 30)).isOk());
    model.reload();
    QCOMPARE(model.data(model.index(0, MemberTableModel::StatusColumn)).toString(),
             domain::statusLabel(domain::MemberStatus::Ceased));
    QVERIFY(!model.data(model.index(0, MemberTableModel::CeasedColumn)).toString().isEmpty());
}

void TestMemberTableModel::emptyWithoutAFile()
{
    MemberTableModel model;
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 8);
    QVERIFY(!model.rowAt(0).has_value());
    model.sort(MemberTableModel::NameColumn);
    model.sort(99); // out of range: ignored
    QCOMPARE(model.query().sortKey, MemberQuery::SortKey::Name);
}

void TestMemberTableModel::showsColumnsOfARow()
{
    MemberTableModel model;
    model.setFile(m_small.get());
    // Number order: 1001, 1002, 1003, C001, C002; row 3 is the county council.
    const int row = 3;
    QCOMPARE(model.data(model.index(row, MemberTableModel::NumberColumn)).toString(), QStringLiteral("C001"));
    QCOMPARE(model.data(model.index(row, MemberTableModel::NameColumn)).toString(),
             QStringLiteral("Northshire County Council"));
    QCOMPARE(model.data(model.index(row, MemberTableModel::KindColumn)).toString(),
             domain::kindLabel(domain::MemberKind::Organisation));
    QCOMPARE(model.data(model.index(row, MemberTableModel::ClassColumn)).toString(),
             QStringLiteral("Founding council"));
    QCOMPARE(model.data(model.index(row, MemberTableModel::SharesColumn)).toString(), QStringLiteral("0"));
    QVERIFY(model.data(model.index(row, MemberTableModel::CeasedColumn)).toString().isEmpty());
    QCOMPARE(model.data(model.index(2, MemberTableModel::AdmittedColumn)).toString(), QString()); // applicant
    QCOMPARE(model.headerData(MemberTableModel::SharesColumn, Qt::Horizontal).toString(),
             QStringLiteral("Shares"));
}

QTEST_GUILESS_MAIN(TestMemberTableModel)
#include "TestMemberTableModel.moc"
