#include "SampleMutual.h"
#include "storage/AuditLog.h"
#include "storage/MemberRepository.h"
#include "storage/ShareLedgerRepository.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace mutualise;
using domain::MemberStatus;
using storage::MemberQuery;
using storage::MemberRepository;

// The large register: members 1..1200, numbered M0001..M1200, named "Member <i mod 500>" so that names
// repeat (ties broken by number), in class (i mod 3) + 1 with a status that follows i mod 10:
//   0 suspended, 1 applicant, 2 ceased, 3-9 active.
// Hand counts over 1..1200: each status residue occurs 120 times, so 120 suspended, 120 applicants,
// 120 ceased and 7 x 120 = 840 active. i mod 30 fixes both class and status and each residue holds
// 40 members, so every (status, class) pair holds 40 members, except active: 7 residues x 40 = 280.
class TestMemberRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void countWithFilters_data();
    void countWithFilters();
    void pagesAreStableAndComplete_data();
    void pagesAreStableAndComplete();
    void numbersSortShortestFirst();
    void pageShowsClassAndHoldings();
    void pageSortedByShares();
    void countsByStatusAndClass();
    void positionFollowsSortAndFilters();
    void searchMatchesWildcardsLiterally_data();
    void searchMatchesWildcardsLiterally();
    void addUpdateCeaseAreAudited();
    void refusalsWriteNothing_data();
    void refusalsWriteNothing();
    void lookups();
    void addClassRefusesDuplicate();
    void missingTextsAreStoredEmpty();

private:
    static domain::Member generated(int i);
    std::unique_ptr<storage::MutualFile> freshFile(const QString& name);

    QTemporaryDir m_folder;
    std::unique_ptr<storage::MutualFile> m_large;
};

domain::Member TestMemberRepository::generated(int i)
{
    domain::Member member = sample::member(QStringLiteral("M%1").arg(i, 4, 10, QLatin1Char('0')),
                                           QStringLiteral("Member %1").arg(i % 500), i % 3 + 1);
    switch (i % 10) {
    case 0:
        member.status = MemberStatus::Suspended;
        break;
    case 1:
        member.status = MemberStatus::Applicant;
        member.admittedOn = QDate();
        break;
    case 2:
        member.status = MemberStatus::Ceased;
        member.ceasedOn = QDate(2025, 1, 1);
        break;
    default:
        break;
    }
    return member;
}

std::unique_ptr<storage::MutualFile> TestMemberRepository::freshFile(const QString& name)
{
    return sample::createFile(m_folder.filePath(name));
}

void TestMemberRepository::initTestCase()
{
    m_large = freshFile(QStringLiteral("large.mutual"));
    QVERIFY(m_large);
    MemberRepository members(*m_large);
    for (int i = 1; i <= 1200; ++i) {
        const auto added = members.add(generated(i));
        QVERIFY2(added.isOk(), qPrintable(added.isOk() ? QString() : added.error().message));
    }
    storage::ShareLedgerRepository ledger(*m_large);
    // Three active members hold shares: M0003 and M0005 50 each, M0004 20.
    for (const auto& [number, shares] : { std::pair { 3, 50 }, std::pair { 4, 20 }, std::pair { 5, 50 } }) {
        domain::ShareMovement movement;
        movement.date = QDate(2024, 6, 1);
        movement.memberId = number; // ids follow insertion order
        movement.shares = shares;
        const auto recorded = ledger.record(movement);
        QVERIFY2(recorded.isOk(), qPrintable(recorded.isOk() ? QString() : recorded.error().message));
    }
}

void TestMemberRepository::countWithFilters_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("status"); // -1 for any
    QTest::addColumn<qint64>("classId"); // 0 for any
    QTest::addColumn<qint64>("expected");

    QTest::newRow("everyone") << QString() << -1 << qint64(0) << qint64(1200);
    QTest::newRow("active") << QString() << int(MemberStatus::Active) << qint64(0) << qint64(840);
    QTest::newRow("ceased") << QString() << int(MemberStatus::Ceased) << qint64(0) << qint64(120);
    QTest::newRow("class 2") << QString() << -1 << qint64(2) << qint64(400); // 1200 / 3
    QTest::newRow("active in class 1") << QString() << int(MemberStatus::Active) << qint64(1) << qint64(280);
    QTest::newRow("applicants in class 3")
        << QString() << int(MemberStatus::Applicant) << qint64(3) << qint64(40);
    // Names "Member 11" and "Member 110".."Member 119": 11 values below 200, each used 3 times
    // (v, v + 500, v + 1000) = 33.
    QTest::newRow("name search") << QStringLiteral("member 11") << -1 << qint64(0) << qint64(33);
    QTest::newRow("search ignores case") << QStringLiteral("MEMBER 11") << -1 << qint64(0) << qint64(33);
    // Numbers M0120..M0129.
    QTest::newRow("number search") << QStringLiteral("m012") << -1 << qint64(0) << qint64(10);
    // Of M0120..M0129 (i = 120..129), i mod 10 = 3..9 are active: 7.
    QTest::newRow("search and status")
        << QStringLiteral("M012") << int(MemberStatus::Active) << qint64(0) << qint64(7);
    QTest::newRow("no match") << QStringLiteral("zebra") << -1 << qint64(0) << qint64(0);
    QTest::newRow("injection attempt is just text")
        << QStringLiteral("' OR 1=1 --") << -1 << qint64(0) << qint64(0);
    QTest::newRow("unknown class") << QString() << -1 << qint64(99) << qint64(0);
}

void TestMemberRepository::countWithFilters()
{
    QFETCH(QString, search);
    QFETCH(int, status);
    QFETCH(qint64, classId);
    QFETCH(qint64, expected);

    MemberQuery query;
    query.search = search;
    if (status >= 0)
        query.status = static_cast<MemberStatus>(status);
    if (classId > 0)
        query.classId = classId;
    MemberRepository members(*m_large);
    const auto counted = members.count(query);
    QVERIFY(counted.isOk());
    QCOMPARE(*counted, expected);
    // The rows agree with the count.
    const auto rows = members.page(query, 0, -1);
    QVERIFY(rows.isOk());
    QCOMPARE(rows->size(), expected);
}

void TestMemberRepository::pagesAreStableAndComplete_data()
{
    QTest::addColumn<int>("sortKey");
    QTest::addColumn<bool>("descending");
    QTest::newRow("number") << int(MemberQuery::SortKey::Number) << false;
    QTest::newRow("name") << int(MemberQuery::SortKey::Name) << false;
    QTest::newRow("name descending") << int(MemberQuery::SortKey::Name) << true;
    QTest::newRow("status") << int(MemberQuery::SortKey::Status) << false;
    QTest::newRow("class") << int(MemberQuery::SortKey::Class) << true;
    QTest::newRow("admitted") << int(MemberQuery::SortKey::AdmittedOn) << false;
    QTest::newRow("shares") << int(MemberQuery::SortKey::Shares) << true;
}

void TestMemberRepository::pagesAreStableAndComplete()
{
    QFETCH(int, sortKey);
    QFETCH(bool, descending);
    MemberQuery query;
    query.sortKey = static_cast<MemberQuery::SortKey>(sortKey);
    query.descending = descending;
    MemberRepository members(*m_large);

    const auto all = members.page(query, 0, -1);
    QVERIFY(all.isOk());
    QCOMPARE(all->size(), 1200);
    QStringList paged;
    for (qint64 offset = 0; offset < 1200; offset += 70) {
        const auto page = members.page(query, offset, 70);
        QVERIFY(page.isOk());
        QCOMPARE(page->size(), qMin<qint64>(70, 1200 - offset));
        for (const storage::MemberRow& row : *page)
            paged.append(row.member.number);
    }
    QStringList whole;
    for (const storage::MemberRow& row : *all)
        whole.append(row.member.number);
    QCOMPARE(paged, whole);
    QCOMPARE(QSet<QString>(paged.cbegin(), paged.cend()).size(), 1200); // nobody twice, nobody missed

    // Each member's position is the row the listing shows it in (ids follow insertion: M0001 is 1).
    for (qint64 id = 1; id <= 1200; id += 97) {
        const auto position = members.positionOf(query, id);
        QVERIFY(position.isOk());
        QVERIFY(position->has_value());
        QCOMPARE(whole.at(**position), QStringLiteral("M%1").arg(id, 4, 10, QLatin1Char('0')));
    }

    if (query.sortKey == MemberQuery::SortKey::Name) {
        // Expected order worked out independently: by name, then by number, both in the direction asked.
        QList<domain::Member> expected;
        for (int i = 1; i <= 1200; ++i)
            expected.append(generated(i));
        std::sort(expected.begin(), expected.end(), [&](const domain::Member& a, const domain::Member& b) {
            const auto key = [](const domain::Member& m) { return std::pair { m.name, m.number }; };
            return descending ? key(b) < key(a) : key(a) < key(b);
        });
        QStringList expectedNumbers;
        for (const domain::Member& member : expected)
            expectedNumbers.append(member.number);
        QCOMPARE(whole, expectedNumbers);
    }
}

// Numbers of different lengths read as a person counts: 2 before 12, and a four-character C001 after
// the four-digit 1042 (digits sort before letters). Descending reverses the whole order.
void TestMemberRepository::numbersSortShortestFirst()
{
    auto file = freshFile(QStringLiteral("numbering.mutual"));
    QVERIFY(file);
    MemberRepository members(*file);
    for (const char* number : { "12", "C001", "2", "1042", "1", "X1" }) {
        QVERIFY(members.add(sample::member(QString::fromLatin1(number), QStringLiteral("Member"), 1)).isOk());
    }
    const auto numbersOf = [](const QList<storage::MemberRow>& rows) {
        QStringList numbers;
        for (const storage::MemberRow& row : rows)
            numbers.append(row.member.number);
        return numbers;
    };
    MemberQuery query;
    const QStringList ascending { u"1"_s, u"2"_s, u"12"_s, u"X1"_s, u"1042"_s, u"C001"_s };
    QCOMPARE(numbersOf(members.page(query, 0, 10).value()), ascending);
    query.descending = true;
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(numbersOf(members.page(query, 0, 10).value()), descending);
    QStringList listed;
    for (const domain::Member& member : members.allMembers().value())
        listed.append(member.number);
    QCOMPARE(listed, ascending);
}

void TestMemberRepository::pageShowsClassAndHoldings()
{
    MemberRepository members(*m_large);
    MemberQuery query;
    query.sortKey = MemberQuery::SortKey::Class;
    // Class names sort "Community" (3) < "Employee" (2) < "Founding council" (1); the lowest number in
    // class 3 is i = 2 (2 mod 3 + 1 = 3).
    const auto first = members.page(query, 0, 1);
    QVERIFY(first.isOk());
    QCOMPARE(first->size(), 1);
    QCOMPARE(first->first().member.number, QStringLiteral("M0002"));
    QCOMPARE(first->first().className, QStringLiteral("Community"));

    query.sortKey = MemberQuery::SortKey::Number;
    const auto rows = members.page(query, 2, 3); // M0003, M0004, M0005
    QVERIFY(rows.isOk());
    QCOMPARE(rows->size(), 3);
    QCOMPARE(rows->at(0).member.number, QStringLiteral("M0003"));
    QCOMPARE(rows->at(0).shares, 50);
    QCOMPARE(rows->at(0).amount, 50 * 100); // 50 shares x £1.00 = 5000 pence
    QCOMPARE(rows->at(1).shares, 20);
    QCOMPARE(rows->at(1).amount, 20 * 100);
    QCOMPARE(rows->at(2).shares, 50);
    QCOMPARE(rows->at(0).className, QStringLiteral("Founding council")); // 3 mod 3 + 1 = 1
    domain::Member expected = generated(3);
    expected.id = 3; // the third member added
    QCOMPARE(rows->at(0).member, expected);
}

void TestMemberRepository::pageSortedByShares()
{
    MemberRepository members(*m_large);
    MemberQuery query;
    query.sortKey = MemberQuery::SortKey::Shares;
    query.descending = true;
    // 50 (M0003), 50 (M0005), 20 (M0004): the tie at 50 is broken by number, descending too.
    const auto top = members.page(query, 0, 4);
    QVERIFY(top.isOk());
    QCOMPARE(top->size(), 4);
    QCOMPARE(top->at(0).member.number, QStringLiteral("M0005"));
    QCOMPARE(top->at(1).member.number, QStringLiteral("M0003"));
    QCOMPARE(top->at(2).member.number, QStringLiteral("M0004"));
    QCOMPARE(top->at(2).shares, 20);
    QCOMPARE(top->at(3).shares, 0);
    QCOMPARE(top->at(3).member.number, QStringLiteral("M1200"));

    query.descending = false;
    query.status = MemberStatus::Active;
    const auto last = members.page(query, 839, 1); // the 840th active member holds the most
    QVERIFY(last.isOk());
    QCOMPARE(last->size(), 1);
    QCOMPARE(last->first().member.number, QStringLiteral("M0005"));
}

// Where a member stands, worked by hand from the members initTestCase() adds.
void TestMemberRepository::positionFollowsSortAndFilters()
{
    MemberRepository members(*m_large);
    MemberQuery query;
    // By number: M0001 (id 1) is first, M0300 (id 300) is the 300th row.
    QCOMPARE(members.positionOf(query, 1).value(), std::optional<qint64>(0));
    QCOMPARE(members.positionOf(query, 300).value(), std::optional<qint64>(299));
    query.descending = true;
    QCOMPARE(members.positionOf(query, 1).value(), std::optional<qint64>(1199));

    // Most shares first: M0003 and M0005 hold 50 each, the tie going to the higher number in a
    // descending sort, then M0004 with 20.
    query.sortKey = MemberQuery::SortKey::Shares;
    QCOMPARE(members.positionOf(query, 5).value(), std::optional<qint64>(0));
    QCOMPARE(members.positionOf(query, 3).value(), std::optional<qint64>(1));
    QCOMPARE(members.positionOf(query, 4).value(), std::optional<qint64>(2));

    // Active members only (i mod 10 = 3..9), by number: M0003..M0009 are rows 0..6, and of M0010..
    // M0019 only M0013 comes before M0014, so M0014 is row 8.
    query = MemberQuery();
    query.status = MemberStatus::Active;
    QCOMPARE(members.positionOf(query, 9).value(), std::optional<qint64>(6));
    QCOMPARE(members.positionOf(query, 14).value(), std::optional<qint64>(8));
    // A suspended member (M0010) is not in the listing, nor is anyone the search leaves out.
    QCOMPARE(members.positionOf(query, 10).value(), std::optional<qint64>());
    query.search = QStringLiteral("zebra");
    QCOMPARE(members.positionOf(query, 14).value(), std::optional<qint64>());
    // An id nobody has.
    QCOMPARE(members.positionOf(MemberQuery(), 99'999).value(), std::optional<qint64>());
}

void TestMemberRepository::countsByStatusAndClass()
{
    const auto counts = MemberRepository(*m_large).countsByStatusAndClass();
    QVERIFY(counts.isOk());
    QCOMPARE(counts->size(), 12); // 4 statuses x 3 classes
    qint64 total = 0;
    for (const storage::MemberCount& count : *counts) {
        const qint64 expected = count.status == MemberStatus::Active ? 280 : 40;
        QCOMPARE(count.count, expected);
        QVERIFY(count.classId >= 1 && count.classId <= 3);
        total += count.count;
    }
    QCOMPARE(total, 1200);
}

void TestMemberRepository::searchMatchesWildcardsLiterally_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("percent") << QStringLiteral("50%") << QStringList { QStringLiteral("W1") };
    QTest::newRow("underscore") << QStringLiteral("_") << QStringList { QStringLiteral("W3") };
    QTest::newRow("backslash") << QStringLiteral("\\") << QStringList { QStringLiteral("W5") };
    QTest::newRow("plain") << QStringLiteral("club")
                           << QStringList { QStringLiteral("W1"), QStringLiteral("W2") };
    QTest::newRow("e-mail") << QStringLiteral("@axb.example") << QStringList { QStringLiteral("W4") };
}

void TestMemberRepository::searchMatchesWildcardsLiterally()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    auto file = freshFile(QStringLiteral("wildcards-%1.mutual")
                              .arg(QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'-')));
    QVERIFY(file);
    MemberRepository members(*file);
    const QStringList names { QStringLiteral("50% Club"), QStringLiteral("500 Club"),
                              QStringLiteral("A_B Trust"), QStringLiteral("AxB Trust"),
                              QStringLiteral("C\\D Trust") };
    for (qsizetype i = 0; i < names.size(); ++i) {
        domain::Member member = sample::member(QStringLiteral("W%1").arg(i + 1), names.at(i), 1);
        if (i == 3)
            member.email = QStringLiteral("office@axb.example");
        QVERIFY(members.add(member).isOk());
    }
    MemberQuery query;
    query.search = search;
    const auto rows = members.page(query, 0, -1);
    QVERIFY(rows.isOk());
    QStringList found;
    for (const storage::MemberRow& row : *rows)
        found.append(row.member.number);
    QCOMPARE(found, expected);
    QCOMPARE(members.count(query).value(), expected.size());
}

void TestMemberRepository::addUpdateCeaseAreAudited()
{
    auto file = freshFile(QStringLiteral("audited.mutual"));
    QVERIFY(file);
    MemberRepository members(*file);
    storage::AuditLog audit(*file);

    const auto added
        = members.add(sample::member(QStringLiteral("C001"), QStringLiteral("Alpha Council"), 1));
    QVERIFY(added.isOk());
    QVERIFY(added->id > 0);
    auto last = audit.entries(1).value().first();
    QCOMPARE(last.action, QStringLiteral("member.add"));
    QCOMPARE(last.entity, QStringLiteral("member"));
    QCOMPARE(last.entityKey, QStringLiteral("C001"));
    QVERIFY(last.before.isEmpty());
    QCOMPARE(last.after.value(QStringLiteral("name")).toString(), QStringLiteral("Alpha Council"));
    QCOMPARE(last.after.value(QStringLiteral("status")).toString(), QStringLiteral("active"));

    domain::Member renamed = *added;
    renamed.name = QStringLiteral("Alpha Borough Council");
    renamed.email = QStringLiteral("clerk@alpha.example");
    QVERIFY(members.update(renamed).isOk());
    QCOMPARE(members.member(added->id).value(), renamed);
    last = audit.entries(1).value().first();
    QCOMPARE(last.action, QStringLiteral("member.update"));
    QCOMPARE(last.before.value(QStringLiteral("name")).toString(), QStringLiteral("Alpha Council"));
    QCOMPARE(last.after.value(QStringLiteral("name")).toString(), QStringLiteral("Alpha Borough Council"));
    QCOMPARE(last.after.value(QStringLiteral("email")).toString(), QStringLiteral("clerk@alpha.example"));

    const auto ceased = members.cease(added->id, QDate(2025, 6, 30));
    QVERIFY(ceased.isOk());
    QCOMPARE(ceased->status, MemberStatus::Ceased);
    QCOMPARE(members.member(added->id)->ceasedOn, QDate(2025, 6, 30));
    last = audit.entries(1).value().first();
    QCOMPARE(last.action, QStringLiteral("member.cease"));
    QCOMPARE(last.before.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(last.after.value(QStringLiteral("status")).toString(), QStringLiteral("ceased"));
    QCOMPARE(last.after.value(QStringLiteral("ceasedOn")).toString(), QStringLiteral("2025-06-30"));

    // Ceasing twice is the domain's "already-ceased", and writes nothing.
    const auto again = members.cease(added->id, QDate(2025, 7, 1));
    QVERIFY(!again.isOk());
    QCOMPARE(again.error().rule, QStringLiteral("already-ceased"));
    QCOMPARE(audit.entries().value().size(), 4); // create, add, update, cease
}

void TestMemberRepository::refusalsWriteNothing_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("rule");
    QTest::newRow("same number") << QStringLiteral("add-duplicate") << QStringLiteral("duplicate-number");
    QTest::newRow("same number in other case")
        << QStringLiteral("add-duplicate-case") << QStringLiteral("duplicate-number");
    QTest::newRow("renumber onto another")
        << QStringLiteral("update-duplicate") << QStringLiteral("duplicate-number");
    QTest::newRow("unknown class") << QStringLiteral("add-unknown-class") << QStringLiteral("unknown-class");
    QTest::newRow("bad number") << QStringLiteral("add-bad-number") << QStringLiteral("invalid-number");
    QTest::newRow("update a member that is not there")
        << QStringLiteral("update-missing") << QStringLiteral("unknown-member");
    QTest::newRow("cease a member that is not there")
        << QStringLiteral("cease-missing") << QStringLiteral("unknown-member");
    // Alpha Council, admitted 1 January 2024, subscribed 1,500 shares on 1 June 2024.
    QTest::newRow("admission moved after its subscription")
        << QStringLiteral("update-admitted-late") << QStringLiteral("before-admission");
    QTest::newRow("moved to a class whose maximum it exceeds")
        << QStringLiteral("update-class-maximum") << QStringLiteral("above-class-maximum");
    QTest::newRow("ceased before its subscription")
        << QStringLiteral("cease-before-entries") << QStringLiteral("after-cessation");
    QTest::newRow("ceased tomorrow") << QStringLiteral("cease-future") << QStringLiteral("future-date");
    QTest::newRow("admitted tomorrow") << QStringLiteral("add-future") << QStringLiteral("future-date");
    QTest::newRow("an applicant with a date of admission")
        << QStringLiteral("add-admitted-applicant") << QStringLiteral("invalid-date");
}

void TestMemberRepository::refusalsWriteNothing()
{
    QFETCH(QString, change);
    QFETCH(QString, rule);
    auto file = freshFile(QStringLiteral("refusal-%1.mutual").arg(change));
    QVERIFY(file);
    MemberRepository members(*file);
    const auto alpha
        = members.add(sample::member(QStringLiteral("C001"), QStringLiteral("Alpha Council"), 1));
    const auto beta = members.add(sample::member(QStringLiteral("C002"), QStringLiteral("Beta Council"), 1));
    QVERIFY(alpha.isOk() && beta.isOk());
    domain::ShareMovement subscription;
    subscription.date = QDate(2024, 6, 1);
    subscription.memberId = alpha->id;
    subscription.shares = 1500;
    QVERIFY(storage::ShareLedgerRepository(*file).record(subscription).isOk());
    const QDate tomorrow = QDate::currentDate().addDays(1);
    const auto membersBefore = members.allMembers().value();
    const qsizetype auditBefore = storage::AuditLog(*file).entries().value().size();

    domain::Error error;
    if (change == QStringLiteral("add-duplicate")) {
        error = members.add(sample::member(QStringLiteral("C001"), QStringLiteral("Gamma"), 2)).error();
    } else if (change == QStringLiteral("add-duplicate-case")) {
        error = members.add(sample::member(QStringLiteral("c001"), QStringLiteral("Gamma"), 2)).error();
    } else if (change == QStringLiteral("update-duplicate")) {
        domain::Member renumbered = *beta;
        renumbered.number = QStringLiteral("C001");
        error = members.update(renumbered).error();
    } else if (change == QStringLiteral("add-unknown-class")) {
        error = members.add(sample::member(QStringLiteral("C003"), QStringLiteral("Gamma"), 42)).error();
    } else if (change == QStringLiteral("add-bad-number")) {
        error = members.add(sample::member(QStringLiteral("C 003"), QStringLiteral("Gamma"), 1)).error();
    } else if (change == QStringLiteral("update-missing")) {
        domain::Member ghost = *beta;
        ghost.id = 999;
        ghost.number = QStringLiteral("C999");
        error = members.update(ghost).error();
    } else if (change == QStringLiteral("cease-missing")) {
        error = members.cease(999, QDate(2025, 1, 1)).error();
    } else if (change == QStringLiteral("update-admitted-late")) {
        domain::Member late = *alpha;
        late.admittedOn = QDate(2024, 7, 1);
        error = members.update(late).error();
    } else if (change == QStringLiteral("update-class-maximum")) {
        domain::Member moved = *alpha;
        moved.classId = 2; // Employee: at most 1,000 shares, and Alpha holds 1,500
        error = members.update(moved).error();
    } else if (change == QStringLiteral("cease-before-entries")) {
        error = members.cease(alpha->id, QDate(2024, 5, 1)).error();
    } else if (change == QStringLiteral("cease-future")) {
        error = members.cease(alpha->id, tomorrow).error();
    } else if (change == QStringLiteral("add-future")) {
        error = members.add(sample::member(QStringLiteral("C003"), QStringLiteral("Gamma"), 1, tomorrow))
                    .error();
    } else if (change == QStringLiteral("add-admitted-applicant")) {
        domain::Member applicant = sample::member(QStringLiteral("C003"), QStringLiteral("Gamma"), 1);
        applicant.status = MemberStatus::Applicant;
        error = members.add(applicant).error();
    }
    QCOMPARE(error.rule, rule);
    QVERIFY(!error.message.isEmpty());
    if (rule == QStringLiteral("duplicate-number")) {
        // The message names the number and who already has it.
        QVERIFY2(error.message.contains(QStringLiteral("Alpha Council")), qPrintable(error.message));
        QVERIFY(error.message.contains(QStringLiteral("C001"), Qt::CaseInsensitive));
        QCOMPARE(error.field, QStringLiteral("number"));
    }
    QCOMPARE(members.allMembers().value(), membersBefore);
    QCOMPARE(storage::AuditLog(*file).entries().value().size(), auditBefore);
}

void TestMemberRepository::lookups()
{
    MemberRepository members(*m_large);
    const auto found = members.memberByNumber(QStringLiteral("M0042"));
    QVERIFY(found.isOk());
    QCOMPARE(found->name, QStringLiteral("Member 42"));
    QCOMPARE(members.member(found->id)->number, QStringLiteral("M0042"));

    const auto missing = members.memberByNumber(QStringLiteral("M9999"));
    QVERIFY(!missing.isOk());
    QCOMPARE(missing.error().rule, QStringLiteral("unknown-member"));
    QCOMPARE(members.member(424242).error().rule, QStringLiteral("unknown-member"));

    const auto all = members.allMembers();
    QVERIFY(all.isOk());
    QCOMPARE(all->size(), 1200);
    QCOMPARE(all->first().number, QStringLiteral("M0001"));
    QCOMPARE(all->last().number, QStringLiteral("M1200"));
}

void TestMemberRepository::addClassRefusesDuplicate()
{
    auto file = freshFile(QStringLiteral("classes.mutual"));
    QVERIFY(file);
    MemberRepository members(*file);
    domain::MemberClass investors;
    investors.name = QStringLiteral("Investor");
    investors.minimumShares = 100;
    const auto added = members.addClass(investors);
    QVERIFY(added.isOk());
    QCOMPARE(added->id, 4); // after the three sample classes
    QCOMPARE(members.classes()->size(), 4);
    QCOMPARE(storage::AuditLog(*file).entries(1)->first().action, QStringLiteral("class.add"));

    investors.name = QStringLiteral("employee"); // "Employee" exists
    const auto duplicate = members.addClass(investors);
    QVERIFY(!duplicate.isOk());
    QCOMPARE(duplicate.error().rule, QStringLiteral("duplicate-class"));
    QCOMPARE(members.classes()->size(), 4);
}

void TestMemberRepository::missingTextsAreStoredEmpty()
{
    // A form left blank gives null strings; the register keeps them as empty text, never NULL.
    auto file = freshFile(QStringLiteral("blank.mutual"));
    QVERIFY(file);
    MemberRepository members(*file);
    domain::Member member = sample::member(QStringLiteral("B1"), QStringLiteral("Blank Parish Council"), 1);
    QVERIFY(member.email.isNull() && member.phone.isNull() && member.address.isNull());
    const auto added = members.add(member);
    QVERIFY2(added.isOk(), qPrintable(added.isOk() ? QString() : added.error().message));

    const auto stored = members.memberByNumber(QStringLiteral("B1"));
    QVERIFY(stored.isOk());
    QVERIFY(stored->email.isEmpty());
    QCOMPARE(sample::scalar(file->connection(),
                            QStringLiteral("SELECT count(*) FROM members WHERE email = '' AND phone = '' "
                                           "AND address = ''")),
             1);
}

QTEST_GUILESS_MAIN(TestMemberRepository)
#include "TestMemberRepository.moc"
