#include "SampleMutual.h"
#include "storage/AuditLog.h"
#include "storage/MemberRepository.h"
#include "storage/ShareLedgerRepository.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace mutualise;
using storage::AuditLog;

class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chainOfAnUntouchedFileVerifies();
    void entriesAreNewestFirst();
    void hashIsSha256OfTheContent();
    void tamperingIsDetected_data();
    void tamperingIsDetected();
    void findNarrowsToAMember();
    void findNarrowsToAKindAndADay();
    void findReadsOlderPagesInTurn();
    void actorIsAskedBeforeTheFirstChangeOnly();
    void declinedActorChangesNothing();

private:
    std::unique_ptr<storage::MutualFile> fileWithHistory(const QString& name);

    QTemporaryDir m_folder;
};

// Five entries: mutual.create, three member.add, one member.update.
std::unique_ptr<storage::MutualFile> TestAuditLog::fileWithHistory(const QString& name)
{
    return sample::createFileWithCouncils(m_folder.filePath(name));
}

void TestAuditLog::chainOfAnUntouchedFileVerifies()
{
    auto file = fileWithHistory(QStringLiteral("untouched.mutual"));
    QVERIFY(file);
    const auto broken = AuditLog(*file).firstBrokenLink();
    QVERIFY(broken.isOk());
    QCOMPARE(*broken, std::nullopt);

    // Each entry names its predecessor's hash; the first names 64 zeros.
    const auto entries = AuditLog(*file).entries();
    QVERIFY(entries.isOk());
    QCOMPARE(entries->size(), 5);
    QCOMPARE(entries->last().previousHash, QString(64, u'0'));
    for (qsizetype i = 0; i + 1 < entries->size(); ++i)
        QCOMPARE(entries->at(i).previousHash, entries->at(i + 1).hash);
}

void TestAuditLog::entriesAreNewestFirst()
{
    auto file = fileWithHistory(QStringLiteral("order.mutual"));
    QVERIFY(file);
    const auto latest = AuditLog(*file).entries(2);
    QVERIFY(latest.isOk());
    QCOMPARE(latest->size(), 2);
    QCOMPARE(latest->at(0).action, QStringLiteral("member.update"));
    QCOMPARE(latest->at(0).entityKey, QStringLiteral("C002"));
    QCOMPARE(latest->at(0).before.value(QStringLiteral("name")).toString(), QStringLiteral("Council 2"));
    QCOMPARE(latest->at(0).after.value(QStringLiteral("name")).toString(), QStringLiteral("Renamed Council"));
    QCOMPARE(latest->at(1).action, QStringLiteral("member.add"));
    QCOMPARE(latest->at(1).entityKey, QStringLiteral("C003"));
    QVERIFY(latest->at(0).id > latest->at(1).id);
    QVERIFY(latest->at(0).at >= latest->at(1).at);
    QCOMPARE(latest->at(0).at.timeSpec(), Qt::UTC);
    QCOMPARE(latest->at(0).actor, QStringLiteral("secretary"));
}

void TestAuditLog::hashIsSha256OfTheContent()
{
    // Worked independently: SHA-256 over each field followed by a NUL byte.
    QByteArray content;
    for (const char* field : { "0000", "2025-01-01T00:00:00.000Z", "clerk", "member.add", "member", "C001",
                               "{}", "{\"name\":\"A\"}" }) {
        content += field;
        content += '\0';
    }
    const QString expected
        = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    QCOMPARE(storage::auditHash(QStringLiteral("0000"), QStringLiteral("2025-01-01T00:00:00.000Z"),
                                QStringLiteral("clerk"), QStringLiteral("member.add"),
                                QStringLiteral("member"), QStringLiteral("C001"), QByteArrayLiteral("{}"),
                                QByteArrayLiteral("{\"name\":\"A\"}")),
             expected);
    QCOMPARE(expected.size(), 64);
    // Moving a character from one field to the next changes the hash.
    QVERIFY(storage::auditHash(QStringLiteral("0000"), QStringLiteral("2025-01-01T00:00:00.000Z"),
                               QStringLiteral("clerkm"), QStringLiteral("ember.add"),
                               QStringLiteral("member"), QStringLiteral("C001"), QByteArrayLiteral("{}"),
                               QByteArrayLiteral("{\"name\":\"A\"}"))
            != expected);
}

void TestAuditLog::tamperingIsDetected_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<qint64>("brokenId");

    const QString dropUpdate = QStringLiteral("DROP TRIGGER audit_log_no_update");
    const QString dropDelete = QStringLiteral("DROP TRIGGER audit_log_no_delete");
    QTest::newRow("actor changed") << QStringList {
        dropUpdate, QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE id = 3")
    } << qint64(3);
    QTest::newRow("after JSON changed") << QStringList {
        dropUpdate, QStringLiteral("UPDATE audit_log SET after_json = '{\"name\":\"Forged\"}' WHERE id = 5")
    } << qint64(5);
    QTest::newRow("time changed") << QStringList {
        dropUpdate, QStringLiteral("UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE id = 1")
    } << qint64(1);
    // Recomputing the hash of an edited entry is not enough: the next entry still names the old one.
    QTest::newRow("entry rewritten with its own hash") << QStringList {
        dropUpdate, QStringLiteral("UPDATE audit_log SET hash = '%1' WHERE id = 2").arg(QString(64, u'f'))
    } << qint64(2);
    // A deleted entry breaks the link of the one after it.
    QTest::newRow("entry deleted") << QStringList { dropDelete,
                                                    QStringLiteral("DELETE FROM audit_log WHERE id = 4") }
                                   << qint64(5);
    QTest::newRow("first entry deleted")
        << QStringList { dropDelete, QStringLiteral("DELETE FROM audit_log WHERE id = 1") } << qint64(2);
}

void TestAuditLog::tamperingIsDetected()
{
    QFETCH(QStringList, statements);
    QFETCH(qint64, brokenId);
    const QString name = QStringLiteral("tampered-%1.mutual")
                             .arg(QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'-'));
    auto file = fileWithHistory(name);
    QVERIFY(file);
    const QString path = file->path();
    file.reset();
    QCOMPARE(sample::execRaw(path, statements), QString());

    auto reopened = storage::MutualFile::open(path, QStringLiteral("auditor"));
    QVERIFY(reopened.isOk());
    const auto broken = AuditLog(*reopened.value()).firstBrokenLink();
    QVERIFY(broken.isOk());
    QCOMPARE(*broken, std::optional<qint64>(brokenId));
}

namespace {

QStringList actionsOf(const QList<storage::AuditEntry>& entries)
{
    QStringList actions;
    for (const storage::AuditEntry& entry : entries)
        actions.append(entry.action + u' ' + entry.entityKey);
    return actions;
}

} // namespace

void TestAuditLog::findNarrowsToAMember()
{
    auto file = fileWithHistory(QStringLiteral("member.mutual"));
    QVERIFY(file);
    // C002 subscribes, then transfers shares to C003: the transfer names both.
    storage::ShareLedgerRepository ledger(*file);
    storage::MemberRepository members(*file);
    const qint64 c002 = members.memberByNumber(QStringLiteral("C002"))->id;
    const qint64 c003 = members.memberByNumber(QStringLiteral("C003"))->id;
    domain::ShareMovement subscription;
    subscription.date = QDate(2024, 1, 10);
    subscription.memberId = c002;
    subscription.shares = 10;
    QVERIFY(ledger.record(subscription).isOk());
    domain::ShareMovement transfer = subscription;
    transfer.kind = domain::ShareEntryKind::Transfer;
    transfer.toMemberId = c003;
    transfer.shares = 4;
    QVERIFY(ledger.record(transfer).isOk());

    const AuditLog log(*file);
    storage::AuditFilter filter;
    filter.memberNumber = QStringLiteral("C002");
    const auto c002Entries = log.find(filter, 100);
    QVERIFY(c002Entries.isOk());
    // Newest first: the transfer, the subscription, the rename, the admission.
    QCOMPARE(actionsOf(*c002Entries),
             (QStringList { QStringLiteral("share.record 2,3"), QStringLiteral("share.record 1"),
                            QStringLiteral("member.update C002"), QStringLiteral("member.add C002") }));
    QCOMPARE(log.count(filter).value(), 4);

    filter.memberNumber = QStringLiteral("C003");
    QCOMPARE(actionsOf(log.find(filter, 100).value()),
             (QStringList { QStringLiteral("share.record 2,3"), QStringLiteral("member.add C003") }));
    // A number no member has finds nothing, and is no error.
    filter.memberNumber = QStringLiteral("Z999");
    QCOMPARE(log.find(filter, 100)->size(), 0);
    QCOMPARE(log.count(filter).value(), 0);
}

void TestAuditLog::findNarrowsToAKindAndADay()
{
    auto file = fileWithHistory(QStringLiteral("kind.mutual"));
    QVERIFY(file);
    const AuditLog log(*file);
    QCOMPARE(log.entities().value(), (QStringList { QStringLiteral("member"), QStringLiteral("mutual") }));

    storage::AuditFilter filter;
    filter.entity = QStringLiteral("mutual");
    QCOMPARE(actionsOf(log.find(filter, 100).value()),
             QStringList { QStringLiteral("mutual.create Shared Digital Services Mutual") });
    filter.entity = QStringLiteral("member");
    QCOMPARE(log.count(filter).value(), 4);

    // The moment of the rename bounds the span: from it includes the rename, until it excludes it.
    const storage::AuditEntry rename = log.entries(1)->constFirst();
    filter.from = rename.at;
    QCOMPARE(log.find(filter, 100)->constFirst().id, rename.id);
    filter.from = {};
    filter.until = rename.at;
    const auto before = log.find(filter, 100);
    QVERIFY(before.isOk());
    for (const storage::AuditEntry& entry : *before)
        QVERIFY(entry.at < rename.at);
    filter.from = rename.at.addDays(1);
    filter.until = {};
    QCOMPARE(log.count(filter).value(), 0);
}

void TestAuditLog::findReadsOlderPagesInTurn()
{
    auto file = fileWithHistory(QStringLiteral("pages.mutual"));
    QVERIFY(file);
    const AuditLog log(*file);
    // Five entries, two a page: 5 and 4, then 3 and 2, then 1.
    const auto first = log.find({}, 2);
    QCOMPARE(first->size(), 2);
    QCOMPARE(first->at(0).id, 5);
    QCOMPARE(first->at(1).id, 4);
    const auto second = log.find({}, 2, first->constLast().id);
    QCOMPARE(second->at(0).id, 3);
    QCOMPARE(second->at(1).id, 2);
    const auto third = log.find({}, 2, second->constLast().id);
    QCOMPARE(third->size(), 1);
    QCOMPARE(third->at(0).id, 1);
    QCOMPARE(log.find({}, 2, 1)->size(), 0);
}

void TestAuditLog::actorIsAskedBeforeTheFirstChangeOnly()
{
    auto file = fileWithHistory(QStringLiteral("asked.mutual"));
    QVERIFY(file);
    int asked = 0;
    file->askActorBeforeFirstChange([&asked]() -> domain::Result<QString> {
        ++asked;
        return QStringLiteral("Ada Lovelace");
    });
    QCOMPARE(asked, 0); // nothing asked until something changes
    storage::MemberRepository members(*file);
    QVERIFY(members.add(sample::member(QStringLiteral("C004"), QStringLiteral("Council 4"), 1)).isOk());
    QVERIFY(members.add(sample::member(QStringLiteral("C005"), QStringLiteral("Council 5"), 1)).isOk());
    QCOMPARE(asked, 1);
    QCOMPARE(file->actor(), QStringLiteral("Ada Lovelace"));
    const auto latest = AuditLog(*file).entries(2);
    QCOMPARE(latest->at(0).actor, QStringLiteral("Ada Lovelace"));
    QCOMPARE(latest->at(1).actor, QStringLiteral("Ada Lovelace"));
}

void TestAuditLog::declinedActorChangesNothing()
{
    auto file = fileWithHistory(QStringLiteral("declined.mutual"));
    QVERIFY(file);
    int asked = 0;
    file->askActorBeforeFirstChange([&asked]() -> domain::Result<QString> {
        ++asked;
        return domain::Error { QStringLiteral("no name"), QStringLiteral("cancelled"), {} };
    });
    storage::MemberRepository members(*file);
    const auto refused = members.add(sample::member(QStringLiteral("C004"), QStringLiteral("Council 4"), 1));
    QVERIFY(!refused.isOk());
    QCOMPARE(refused.error().rule, QStringLiteral("cancelled"));
    QCOMPARE(file->actor(), QStringLiteral("secretary"));
    QCOMPARE(AuditLog(*file).entries()->size(), 5);
    QVERIFY(!members.memberByNumber(QStringLiteral("C004")).isOk());
    // Declined once, asked again before the next change.
    QVERIFY(!members.add(sample::member(QStringLiteral("C004"), QStringLiteral("Council 4"), 1)).isOk());
    QCOMPARE(asked, 2);
    QCOMPARE(AuditLog(*file).entries()->size(), 5);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
