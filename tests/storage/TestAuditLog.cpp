#include "SampleMutual.h"
#include "storage/AuditLog.h"
#include "storage/MemberRepository.h"

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

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
