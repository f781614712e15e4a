#include "SampleMutual.h"
#include "storage/MemberRepository.h"
#include "storage/SavingsRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace mutualise;
using domain::Saving;
using domain::SavingsGrouping;
using domain::SavingsTotal;
using storage::SavingsRepository;

namespace {

const QString sampleCsv = QStringLiteral(MUTUALISE_TEST_DATA "/savings/sample-savings.csv");
const QByteArray header = "service,member,from,to,baseline,actual,evidence\n";

} // namespace

// The savings of a mutual whose year starts on 1 April, members 1001 (Founding council), 1002
// (Employee) and 1003 (Community); services 1 "Shared hosting" (taken by 1001 and 1002) and
// 2 "Case management" (taken by 1001), made with SQL as the services' own repository would.
class TestSavingsRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addStoresAndAudits();
    void addRefusals_data();
    void addRefusals();
    void updateChangesInPlace();
    void updateRefusals();
    void saveIsOneTransaction();
    void gridOfServiceAndPeriod();
    void listWithFilters();
    void totalsOfTheSample_data();
    void totalsOfTheSample();
    void importIsAllOrNothing();
    void malformedCsv_data();
    void malformedCsv();
    void manyProblemsAreCounted();
    void dryRunWritesNothing();

private:
    Saving saving(qint64 member, const QDate& from, qint64 baseline, qint64 actual, qint64 service = 1) const;
    qint64 savingCount() const;
    qint64 auditCount() const;
    QJsonObject lastAudit(const QString& column) const;
    QByteArray sample() const;

    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<storage::MutualFile> m_file;
    QHash<QString, qint64> m_members; // by number
};

void TestSavingsRepository::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    const QString path = m_folder->filePath(u"savings.mutual"_s);
    m_file = sample::createFile(path);
    QVERIFY(m_file);
    storage::MemberRepository members(*m_file);
    m_members.clear();
    for (const auto& [number, classId] :
         { std::pair { u"1001"_s, 1 }, std::pair { u"1002"_s, 2 }, std::pair { u"1003"_s, 3 } }) {
        const auto added = members.add(sample::member(number, u"Member "_s + number, classId));
        QVERIFY(added.isOk());
        m_members.insert(number, added->id);
    }
    QCOMPARE(
        sample::execRaw(path,
                        { u"INSERT INTO services (id, name, starts_on) VALUES (1, 'Shared hosting', "
                          "'2024-04-01'), (2, 'Case management', '2024-04-01')"_s,
                          u"INSERT INTO service_members (service_id, member_id) VALUES (1, %1), (1, %2), "
                          "(2, %1)"_s.arg(m_members.value(u"1001"_s))
                              .arg(m_members.value(u"1002"_s)) }),
        QString());
}

void TestSavingsRepository::cleanup()
{
    m_file.reset();
    m_folder.reset();
}

Saving TestSavingsRepository::saving(qint64 member, const QDate& from, qint64 baseline, qint64 actual,
                                     qint64 service) const
{
    Saving saving;
    saving.serviceId = service;
    saving.memberId = member;
    saving.from = from;
    saving.to = from.addYears(1).addDays(-1);
    saving.baseline = baseline;
    saving.actual = actual;
    saving.evidence = u"Quote"_s;
    return saving;
}

qint64 TestSavingsRepository::savingCount() const
{
    return sample::scalar(m_file->connection(), u"SELECT COUNT(*) FROM savings"_s);
}

qint64 TestSavingsRepository::auditCount() const
{
    return sample::scalar(m_file->connection(), u"SELECT COUNT(*) FROM audit_log"_s);
}

QJsonObject TestSavingsRepository::lastAudit(const QString& column) const
{
    QSqlQuery query(m_file->connection());
    if (!query.exec(u"SELECT action, %1 FROM audit_log ORDER BY id DESC LIMIT 1"_s.arg(column))
        || !query.next())
        return {};
    QJsonObject object = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
    object.insert(u"action"_s, query.value(0).toString());
    return object;
}

QByteArray TestSavingsRepository::sample() const
{
    QFile file(sampleCsv);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestSavingsRepository::addStoresAndAudits()
{
    SavingsRepository savings(*m_file);
    const qint64 audits = auditCount();
    const auto added = savings.add(saving(m_members.value(u"1001"_s), QDate(2025, 4, 1), 120000, 100050));
    QVERIFY2(added.isOk(), added.isOk() ? "" : qPrintable(added.error().message));
    QVERIFY(added->id > 0);
    QCOMPARE(added->recordedBy, u"secretary"_s);
    QCOMPARE(added->saving(), 19950); // 120000 - 100050
    const auto stored = savings.saving(added->id);
    QVERIFY(stored.isOk());
    QCOMPARE(stored->baseline, 120000);
    QCOMPARE(stored->actual, 100050);
    QCOMPARE(stored->to, QDate(2026, 3, 31));
    QCOMPARE(stored->evidence, u"Quote"_s);
    QCOMPARE(auditCount(), audits + 1);
    const QJsonObject after = lastAudit(u"after_json"_s);
    QCOMPARE(after.value(u"action").toString(), u"saving.add"_s);
    QCOMPARE(after.value(u"baseline").toInteger(), 120000);

    // A negative saving is stored as it is.
    const auto negative = savings.add(saving(m_members.value(u"1002"_s), QDate(2025, 4, 1), 10000, 15000));
    QVERIFY(negative.isOk());
    QCOMPARE(savings.saving(negative->id)->saving(), -5000); // 10000 - 15000
}

void TestSavingsRepository::addRefusals_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("inMessage");
    QTest::newRow("unknown service") << u"service"_s << u"unknown-service"_s << u"no service 99"_s;
    QTest::newRow("unknown member") << u"member"_s << u"unknown-member"_s << u"999999"_s;
    QTest::newRow("same period again") << u"duplicate"_s << u"duplicate-saving"_s
                                       << u"“Shared hosting” for member 1001 from 2025-04-01 to 2026-03-31"_s;
    QTest::newRow("negative baseline") << u"baseline"_s << u"invalid-amount"_s << u"below zero"_s;
    QTest::newRow("ends before it starts") << u"period"_s << u"invalid-period"_s << u"before it starts"_s;
    QTest::newRow("escape in the note") << u"evidence"_s << u"control-character"_s << u"U+001B"_s;
    QTest::newRow("year 1") << u"date"_s << u"implausible-date"_s << QString();
}

void TestSavingsRepository::addRefusals()
{
    QFETCH(QString, change);
    QFETCH(QString, rule);
    QFETCH(QString, inMessage);
    SavingsRepository savings(*m_file);
    const auto first = savings.add(saving(m_members.value(u"1001"_s), QDate(2025, 4, 1), 500, 400));
    QVERIFY(first.isOk());
    const qint64 rows = savingCount();
    const qint64 audits = auditCount();

    Saving refused = saving(m_members.value(u"1001"_s), QDate(2024, 4, 1), 500, 400);
    if (change == u"service")
        refused.serviceId = 99;
    else if (change == u"member")
        refused.memberId = 999999;
    else if (change == u"duplicate")
        refused.from = QDate(2025, 4, 1), refused.to = QDate(2026, 3, 31);
    else if (change == u"baseline")
        refused.baseline = -1;
    else if (change == u"period")
        refused.to = refused.from.addDays(-1);
    else if (change == u"evidence")
        refused.evidence = u"\x1b[31mred"_s;
    else if (change == u"date")
        refused.from = QDate(1, 4, 1);
    const auto outcome = savings.add(refused);
    QVERIFY(!outcome.isOk());
    QCOMPARE(outcome.error().rule, rule);
    QVERIFY2(outcome.error().message.contains(inMessage), qPrintable(outcome.error().message));
    if (rule == u"duplicate-saving") // names the saving already recorded
        QVERIFY2(outcome.error().message.contains(u"(saving %1)"_s.arg(first->id)),
                 qPrintable(outcome.error().message));
    QCOMPARE(savingCount(), rows);
    QCOMPARE(auditCount(), audits);
}

void TestSavingsRepository::updateChangesInPlace()
{
    SavingsRepository savings(*m_file);
    const auto added = savings.add(saving(m_members.value(u"1001"_s), QDate(2025, 4, 1), 120000, 100050));
    QVERIFY(added.isOk());
    Saving changed = *added;
    changed.actual = 130000;
    changed.evidence = u"Invoice 42 came in higher"_s;
    const auto updated = savings.update(changed);
    QVERIFY2(updated.isOk(), updated.isOk() ? "" : qPrintable(updated.error().message));
    QCOMPARE(savingCount(), 1);
    const auto stored = savings.saving(added->id);
    QCOMPARE(stored->actual, 130000);
    QCOMPARE(stored->saving(), -10000); // 120000 - 130000
    QCOMPARE(stored->evidence, u"Invoice 42 came in higher"_s);
    QCOMPARE(stored->recordedBy, u"secretary"_s);
    const QJsonObject before = lastAudit(u"before_json"_s);
    const QJsonObject after = lastAudit(u"after_json"_s);
    QCOMPARE(before.value(u"action").toString(), u"saving.update"_s);
    QCOMPARE(before.value(u"actual").toInteger(), 100050);
    QCOMPARE(after.value(u"actual").toInteger(), 130000);
}

void TestSavingsRepository::updateRefusals()
{
    SavingsRepository savings(*m_file);
    const auto first = savings.add(saving(m_members.value(u"1001"_s), QDate(2024, 4, 1), 500, 400));
    const auto second = savings.add(saving(m_members.value(u"1001"_s), QDate(2025, 4, 1), 700, 600));
    QVERIFY(first.isOk() && second.isOk());
    const qint64 audits = auditCount();

    Saving missing = *first;
    missing.id = 12345;
    QCOMPARE(savings.update(missing).error().rule, u"unknown-saving"_s);

    // Moving the second onto the first's period would record that period twice.
    Saving clash = *second;
    clash.from = first->from;
    clash.to = first->to;
    const auto refused = savings.update(clash);
    QVERIFY(!refused.isOk());
    QCOMPARE(refused.error().rule, u"duplicate-saving"_s);
    QVERIFY2(refused.error().message.contains(u"(saving %1)"_s.arg(first->id)),
             qPrintable(refused.error().message));

    Saving negative = *second;
    negative.actual = -5;
    QCOMPARE(savings.update(negative).error().rule, u"invalid-amount"_s);

    QCOMPARE(savings.saving(second->id)->from, QDate(2025, 4, 1));
    QCOMPARE(savings.saving(second->id)->actual, 600);
    QCOMPARE(auditCount(), audits);
}

// The grid's Save changes: a change and two new lines together, and a batch whose last line clashes
// writes none of them.
void TestSavingsRepository::saveIsOneTransaction()
{
    SavingsRepository savings(*m_file);
    const auto first = savings.add(saving(m_members.value(u"1001"_s), QDate(2025, 4, 1), 120000, 100000));
    QVERIFY(first.isOk());
    Saving changed = *first;
    changed.actual = 90000;
    const auto stored
        = savings.save({ changed, saving(m_members.value(u"1002"_s), QDate(2025, 4, 1), 50000, 65000) });
    QVERIFY2(stored.isOk(), stored.isOk() ? "" : qPrintable(stored.error().message));
    QCOMPARE(stored->size(), 2);
    QCOMPARE(stored->at(0).id, first->id);
    QCOMPARE(stored->at(0).saving(), 30000); // 120000 - 90000
    QVERIFY(stored->at(1).id > first->id);
    QCOMPARE(stored->at(1).saving(), -15000); // 50000 - 65000
    QCOMPARE(savingCount(), 2);

    const qint64 audits = auditCount();
    Saving again = stored->at(0);
    again.actual = 1;
    // 1002 already has a saving for 2025/26 on this service: the whole batch is refused.
    const auto refused
        = savings.save({ again, saving(m_members.value(u"1003"_s), QDate(2025, 4, 1), 100, 50, 2),
                         saving(m_members.value(u"1002"_s), QDate(2025, 4, 1), 10, 5) });
    QVERIFY(!refused.isOk());
    QCOMPARE(refused.error().rule, u"duplicate-saving"_s);
    QCOMPARE(savingCount(), 2);
    QCOMPARE(savings.saving(first->id)->actual, 90000);
    QCOMPARE(auditCount(), audits);

    // The periods of service 1, each once, the latest first.
    QVERIFY(savings.add(saving(m_members.value(u"1001"_s), QDate(2024, 4, 1), 100, 50)).isOk());
    const auto periods = savings.periods(1);
    QVERIFY(periods.isOk());
    QCOMPARE(periods->size(), 2);
    QCOMPARE(periods->at(0).first, QDate(2025, 4, 1));
    QCOMPARE(periods->at(0).last, QDate(2026, 3, 31));
    QCOMPARE(periods->at(1).first, QDate(2024, 4, 1));
    QCOMPARE(savings.periods(2)->size(), 0);
}

void TestSavingsRepository::gridOfServiceAndPeriod()
{
    SavingsRepository savings(*m_file);
    const QDate from(2025, 4, 1);
    const QDate to(2026, 3, 31);
    QVERIFY(savings.add(saving(m_members.value(u"1001"_s), from, 120000, 100050)).isOk());
    // 1003 does not take the service, but has a saving recorded for it: it is shown, not hidden.
    QVERIFY(savings.add(saving(m_members.value(u"1003"_s), from, 900, 1000)).isOk());
    // Another period of 1002 is not this grid's.
    QVERIFY(savings.add(saving(m_members.value(u"1002"_s), QDate(2024, 4, 1), 10, 5)).isOk());

    const auto grid = savings.grid(1, from, to);
    QVERIFY(grid.isOk());
    QCOMPARE(grid->size(), 3);
    QCOMPARE(grid->at(0).memberNumber, u"1001"_s);
    QVERIFY(grid->at(0).saving.has_value());
    QCOMPARE(grid->at(0).saving->saving(), 19950); // 120000 - 100050
    QCOMPARE(grid->at(1).memberNumber, u"1002"_s);
    QVERIFY(!grid->at(1).saving.has_value());
    QCOMPARE(grid->at(2).memberNumber, u"1003"_s);
    QCOMPARE(grid->at(2).saving->saving(), -100); // 900 - 1000

    const auto caseManagement = savings.grid(2, from, to);
    QVERIFY(caseManagement.isOk());
    QCOMPARE(caseManagement->size(), 1);
    QCOMPARE(caseManagement->first().memberNumber, u"1001"_s);
    QVERIFY(!caseManagement->first().saving.has_value());

    QCOMPARE(savings.grid(99, from, to).error().rule, u"unknown-service"_s);
}

void TestSavingsRepository::listWithFilters()
{
    SavingsRepository savings(*m_file);
    QCOMPARE(savings.importCsv(sample(), false).value(), 4);

    const auto all = savings.list({});
    QVERIFY(all.isOk());
    QCOMPARE(all->size(), 4);
    // By the start of the period, then service name, then member number.
    QCOMPARE(all->at(0).serviceName, u"Case management"_s);
    QCOMPARE(all->at(0).memberNumber, u"1003"_s);
    QCOMPARE(all->at(0).className, u"Community"_s);
    QCOMPARE(all->at(1).memberNumber, u"1001"_s);
    QCOMPARE(all->at(2).memberNumber, u"1002"_s);
    QCOMPARE(all->at(2).saving.saving(), -15050); // 80000 - 95050
    QCOMPARE(all->at(3).saving.from, QDate(2025, 4, 1));

    storage::SavingsFilter byService;
    byService.serviceId = 1;
    QCOMPARE(savings.list(byService)->size(), 2);
    storage::SavingsFilter byMember;
    byMember.memberId = m_members.value(u"1001"_s);
    QCOMPARE(savings.list(byMember)->size(), 2);
    storage::SavingsFilter byDates;
    byDates.from = QDate(2025, 1, 1);
    QCOMPARE(savings.list(byDates)->size(), 1);
    byDates.from = QDate();
    byDates.to = QDate(2024, 4, 1);
    QCOMPARE(savings.list(byDates)->size(), 3);
}

// The sample file (tests/data/savings/sample-savings.csv), year from 1 April:
//   service          member  from        baseline  actual   saving   year
//   Shared hosting   1001    2024-04-01   1200000   950000   250000   2024
//   Shared hosting   1002    2024-04-01     80000    95050   -15050   2024
//   Case management  1001    2025-04-01   3000000  2400000   600000   2025
//   Case management  1003    2024-04-01    150000   120000    30000   2024
void TestSavingsRepository::totalsOfTheSample_data()
{
    QTest::addColumn<SavingsGrouping>("grouping");
    QTest::addColumn<int>("year"); // 0 for every year
    QTest::addColumn<QList<SavingsTotal>>("rows");
    QTest::addColumn<SavingsTotal>("total");

    // 1200000 + 80000 + 3000000 + 150000 = 4430000; 950000 + 95050 + 2400000 + 120000 = 3565050
    const SavingsTotal everything { QString(), 4430000, 3565050, 864950 }; // 4430000 - 3565050
    QTest::newRow("by member") << SavingsGrouping::Member << 0
                               << QList<SavingsTotal> {
                                      { u"1001"_s, 4200000, 3350000, 850000 }, // 1200000 + 3000000; 950000 + 2400000
                                      { u"1002"_s, 80000, 95050, -15050 },
                                      { u"1003"_s, 150000, 120000, 30000 },
                                  }
                               << everything;
    QTest::newRow("by year") << SavingsGrouping::Year << 0
                             << QList<SavingsTotal> {
                                    // 1200000 + 80000 + 150000 = 1430000; 950000 + 95050 + 120000 = 1165050
                                    { u"2024"_s, 1430000, 1165050, 264950 },
                                    { u"2025"_s, 3000000, 2400000, 600000 },
                                }
                             << everything;
    QTest::newRow("by class") << SavingsGrouping::Class << 0
                              << QList<SavingsTotal> {
                                     { u"Community"_s, 150000, 120000, 30000 },
                                     { u"Employee"_s, 80000, 95050, -15050 },
                                     { u"Founding council"_s, 4200000, 3350000, 850000 },
                                 }
                              << everything;
    QTest::newRow("by service in 2024") << SavingsGrouping::Service << 2024
                                        << QList<SavingsTotal> {
                                               { u"Case management"_s, 150000, 120000, 30000 },
                                               // 1200000 + 80000; 950000 + 95050; 1280000 - 1045050
                                               { u"Shared hosting"_s, 1280000, 1045050, 234950 },
                                           }
                                        << SavingsTotal { QString(), 1430000, 1165050, 264950 };
    QTest::newRow("by member in 2025")
        << SavingsGrouping::Member << 2025 << QList<SavingsTotal> { { u"1001"_s, 3000000, 2400000, 600000 } }
        << SavingsTotal { QString(), 3000000, 2400000, 600000 };
    QTest::newRow("a year without savings")
        << SavingsGrouping::Member << 2023 << QList<SavingsTotal> {} << SavingsTotal {};
}

void TestSavingsRepository::totalsOfTheSample()
{
    QFETCH(SavingsGrouping, grouping);
    QFETCH(int, year);
    QFETCH(QList<SavingsTotal>, rows);
    QFETCH(SavingsTotal, total);
    SavingsRepository savings(*m_file);
    QCOMPARE(savings.importCsv(sample(), false).value(), 4);
    const auto totals = savings.totals(grouping, year == 0 ? std::nullopt : std::optional<int>(year));
    QVERIFY(totals.isOk());
    QCOMPARE(totals->rows, rows);
    QCOMPARE(totals->total, total);
}

void TestSavingsRepository::importIsAllOrNothing()
{
    SavingsRepository savings(*m_file);
    const qint64 audits = auditCount();
    // The sample's four good rows, then one naming a member that does not exist (row 6).
    const QByteArray content = sample() + "Shared hosting,4040,2024-04-01,2025-03-31,10.00,5.00,\n";
    const auto refused = savings.importCsv(content, false);
    QVERIFY(!refused.isOk());
    QCOMPARE(refused.error().rule, u"unknown-member"_s);
    QVERIFY2(refused.error().message.contains(u"Row 6, column member: there is no member 4040."),
             qPrintable(refused.error().message));
    QCOMPARE(savingCount(), 0);
    QCOMPARE(auditCount(), audits);

    // The same four alone go in together, with one audit entry naming them.
    QCOMPARE(savings.importCsv(sample(), false).value(), 4);
    QCOMPARE(savingCount(), 4);
    QCOMPARE(auditCount(), audits + 1);
    const QJsonObject after = lastAudit(u"after_json"_s);
    QCOMPARE(after.value(u"action").toString(), u"saving.import"_s);
    QCOMPARE(after.value(u"savings").toArray().size(), 4);

    // Again: every row is now a duplicate of what is recorded, and nothing more is written.
    const auto again = savings.importCsv(sample(), false);
    QVERIFY(!again.isOk());
    QCOMPARE(again.error().rule, u"duplicate-saving"_s);
    QVERIFY2(again.error().message.contains(u"the file has 4 problem"), qPrintable(again.error().message));
    QVERIFY2(again.error().message.contains(u"Row 2: A saving of “Shared hosting” for member 1001"),
             qPrintable(again.error().message));
    QCOMPARE(savingCount(), 4);
    QCOMPARE(auditCount(), audits + 1);
}

void TestSavingsRepository::malformedCsv_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("problem");

    const QByteArray good = "Shared hosting,1001,2024-04-01,2025-03-31,10.00,5.00,ok\n";
    QTest::newRow("no header") << good + good << u"savings-csv"_s
                               << u"Row 1: the first row must name the columns"_s;
    QTest::newRow("wrong header") << "service,member,start,end,baseline,actual\n" + good << u"savings-csv"_s
                                  << u"Missing: from, to. Not known: “start”, “end”."_s;
    QTest::newRow("column twice") << "service,member,from,to,baseline,actual,actual\n" + good
                                  << u"savings-csv"_s
                                  << u"Row 1, column actual: the column is named twice."_s;
    QTest::newRow("empty file") << QByteArray() << u"savings-csv"_s << u"Row 1: the file is empty"_s;
    QTest::newRow("header only") << header << u"savings-csv"_s << u"Row 2: there are no savings"_s;
    QTest::newRow("bad amount") << header + good + "1,1002,2024-04-01,2025-03-31,ten,5.00,\n"
                                << u"invalid-amount"_s << u"Row 3, column baseline: “ten” is not an amount"_s;
    QTest::newRow("decimal comma") << header + "1,1002,2024-04-01,2025-03-31,\"10,50\",5.00,\n"
                                   << u"invalid-amount"_s << u"Row 2, column baseline: “10,50”"_s;
    QTest::newRow("missing amount") << header + "1,1002,2024-04-01,2025-03-31,10.00,,\n"
                                    << u"invalid-amount"_s
                                    << u"Row 2, column actual: the amount is missing."_s;
    QTest::newRow("three decimals") << header + "1,1002,2024-04-01,2025-03-31,10.001,5,\n"
                                    << u"too-many-decimals"_s << u"Row 2, column baseline: "_s;
    QTest::newRow("negative actual") << header + "1,1002,2024-04-01,2025-03-31,10.00,-5.00,\n"
                                     << u"invalid-amount"_s
                                     << u"Row 2, column actual: The actual cost cannot be below zero"_s;
    QTest::newRow("unknown member") << header + good + "1,7777,2024-04-01,2025-03-31,1,1,\n"
                                    << u"unknown-member"_s
                                    << u"Row 3, column member: there is no member 7777."_s;
    QTest::newRow("unknown service id")
        << header + "3,1001,2024-04-01,2025-03-31,1,1,\n"
        << u"unknown-service"_s << u"Row 2, column service: there is no service with the id or name “3”."_s;
    QTest::newRow("unknown service name") << header + "Hosting,1001,2024-04-01,2025-03-31,1,1,\n"
                                          << u"unknown-service"_s << u"Row 2, column service: "_s;
    QTest::newRow("same row twice") << header + good + good << u"duplicate-saving"_s
                                    << u"Row 3: the same service, member and period as row 2."_s;
    QTest::newRow("same by id and by name") << header + good + "1,1001,2024-04-01,2025-03-31,1,1,\n"
                                            << u"duplicate-saving"_s << u"Row 3: the same service"_s;
    QTest::newRow("too few fields") << header + "1,1001,2024-04-01\n"
                                    << u"savings-csv"_s
                                    << u"Row 2: the row has 3 fields where the header names 7 columns."_s;
    QTest::newRow("unreadable date") << header + "1,1001,01/04/2024,2025-03-31,1,1,\n"
                                     << u"unreadable-date"_s
                                     << u"Row 2, column from: “01/04/2024” is not a date"_s;
    QTest::newRow("31 February") << header + "1,1001,2024-02-31,2025-03-31,1,1,\n"
                                 << u"unreadable-date"_s << u"Row 2, column from: "_s;
    QTest::newRow("ends before it starts") << header + "1,1001,2024-04-01,2024-03-31,1,1,\n"
                                           << u"invalid-period"_s << u"Row 2, column to: The period ends"_s;
    QTest::newRow("control character") << header + "1,1001,2024-04-01,2025-03-31,1,1,\"a\x1b[2Jb\"\n"
                                       << u"control-character"_s << u"Row 2, column evidence: "_s;
    QTest::newRow("empty member") << header + "1,,2024-04-01,2025-03-31,1,1,\n"
                                  << u"savings-csv"_s << u"Row 2, column member: it is empty."_s;
    QTest::newRow("several rules") << header + "1,7777,2024-04-01,2025-03-31,1,1,\n1,1001,x,2025-03-31,1,1,\n"
                                   << u"savings-import"_s << u"Row 3, column from: “x” is not a date"_s;
    QTest::newRow("not UTF-8") << header + "1,1001,2024-04-01,2025-03-31,1,1,\xff\xfe\n"
                               << u"not-utf8"_s << u"Row 2: this is not UTF-8 text"_s;
}

void TestSavingsRepository::malformedCsv()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, rule);
    QFETCH(QString, problem);
    SavingsRepository savings(*m_file);
    QVERIFY(savings.add(saving(m_members.value(u"1002"_s), QDate(2023, 4, 1), 1, 1)).isOk());
    const qint64 audits = auditCount();
    for (bool isDryRun : { true, false }) {
        const auto refused = savings.importCsv(content, isDryRun);
        QVERIFY(!refused.isOk());
        QCOMPARE(refused.error().rule, rule);
        QVERIFY2(refused.error().message.contains(problem), qPrintable(refused.error().message));
        QCOMPARE(savingCount(), 1);
        QCOMPARE(auditCount(), audits);
    }
}

void TestSavingsRepository::manyProblemsAreCounted()
{
    QByteArray content = header;
    for (int row = 0; row < 30; ++row)
        content += "1,1001,2024-04-01,2025-03-31,lots,5.00,\n";
    const auto refused = SavingsRepository(*m_file).importCsv(content, false);
    QVERIFY(!refused.isOk());
    const QString message = refused.error().message;
    QVERIFY2(message.startsWith(u"Nothing was imported: the file has 30 problem"), qPrintable(message));
    QCOMPARE(message.count(u"column baseline"), SavingsRepository::maximumListedProblems);
    QVERIFY2(message.contains(u"Row 21, column baseline"), qPrintable(message)); // rows 2 to 21
    QVERIFY2(!message.contains(u"Row 22,"), qPrintable(message));
    QVERIFY2(message.contains(u"… and 10 more problem"), qPrintable(message)); // 30 - 20
    QCOMPARE(savingCount(), 0);
}

void TestSavingsRepository::dryRunWritesNothing()
{
    SavingsRepository savings(*m_file);
    const qint64 audits = auditCount();
    QCOMPARE(savings.importCsv(sample(), true).value(), 4);
    QCOMPARE(savingCount(), 0);
    QCOMPARE(auditCount(), audits);
    QCOMPARE(savings.importCsv(sample(), false).value(), 4);
    QCOMPARE(savingCount(), 4);
}

QTEST_GUILESS_MAIN(TestSavingsRepository)
#include "TestSavingsRepository.moc"
