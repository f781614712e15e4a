#include "SampleMutual.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/RowDigest.h"
#include "storage/ShareLedgerRepository.h"
#include "storage/Verify.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mutualise;
using namespace Qt::StringLiterals;
using storage::RowDigest;
using storage::VerifyProblem;
using storage::VerifyReport;

// Where a problem is said to be: table, key and field.
using Place = QStringList;
Q_DECLARE_METATYPE(Place)

class TestVerify : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void digestsAddAndSubtractRows();
    void digestCarriesAcrossWords();
    void digestReadsBackFromJson();
    void untouchedFileHolds();
    void editsBehindTheProgramAreFound_data();
    void editsBehindTheProgramAreFound();
    void editUndoneBehindTheProgramHolds();
    void checkingChangesNothing();
    void upgradedFileIsRecordedWholeAndHolds();
    void headIsFoundByEntryAndHash();
    void checkCanBeStopped();

private:
    static QString takeBackToSchema5(const QString& path);
    // mutual.create, three member.add, a member.update, a subscription, a transfer and a meeting.
    QString fileWithHistory(const QString& name);
    static VerifyReport verified(const QString& path);

    QTemporaryDir m_folder;
};

namespace {

RowDigest::RowHash hashOf(quint8 fill)
{
    RowDigest::RowHash hash;
    hash.fill(fill);
    return hash;
}

QStringList placesOf(const VerifyReport& report)
{
    QStringList places;
    for (const VerifyProblem& problem : report.problems)
        places.append(QStringList { problem.table, problem.key, problem.field }.join(u'/'));
    return places;
}

} // namespace

QString TestVerify::fileWithHistory(const QString& name)
{
    const QString path = m_folder.filePath(name);
    auto file = sample::createFileWithCouncils(path);
    if (!file)
        return {};
    storage::MemberRepository members(*file);
    const domain::Member renamed = members.memberByNumber(QStringLiteral("C002")).value();
    storage::ShareLedgerRepository ledger(*file);
    domain::ShareMovement subscription;
    subscription.date = QDate(2024, 2, 1);
    subscription.memberId = renamed.id;
    subscription.shares = 100;
    if (!ledger.record(subscription))
        return {};
    domain::ShareMovement transfer = subscription;
    transfer.kind = domain::ShareEntryKind::Transfer;
    transfer.date = QDate(2024, 3, 1);
    transfer.toMemberId = members.memberByNumber(QStringLiteral("C001")).value().id;
    transfer.shares = 40;
    if (!ledger.record(transfer))
        return {};
    domain::Meeting meeting;
    meeting.heldOn = QDate(2024, 6, 1);
    meeting.place = QStringLiteral("Town Hall");
    if (!storage::MeetingRepository(*file).add(meeting))
        return {};
    return path;
}

// Takes a file back to schema 5: no grant prefix in the settings, and an audit trail whose entries
// record no rows. Returns the error, empty on success.
QString TestVerify::takeBackToSchema5(const QString& path)
{
    if (const QString error = sample::auditTrailWithoutRows(path); !error.isEmpty())
        return error;
    return sample::execRaw(
        path, { u"ALTER TABLE mutual DROP COLUMN grant_id_prefix"_s, u"PRAGMA user_version = 5"_s });
}

VerifyReport TestVerify::verified(const QString& path)
{
    auto file = storage::MutualFile::openForReading(path, QStringLiteral("auditor"));
    if (!file) {
        qWarning("%s", qPrintable(file.error().message));
        return {};
    }
    const auto report = storage::Verifier(*file.value()).run();
    if (!report) {
        qWarning("%s", qPrintable(report.error().message));
        return {};
    }
    return *report;
}

void TestVerify::digestsAddAndSubtractRows()
{
    // A row written then replaced by another leaves the digest of the other alone.
    RowDigest change;
    change.addRow(hashOf(0x11));
    change.subtractRow(hashOf(0x11));
    change.addRow(hashOf(0x22));
    RowDigest other;
    other.addRow(hashOf(0x22));
    QCOMPARE(change, other);
    QCOMPARE(change.rows(), 1);

    // The order does not matter: a + b == b + a.
    RowDigest ab;
    ab.addRow(hashOf(0x01));
    ab.addRow(hashOf(0x02));
    RowDigest ba;
    ba.addRow(hashOf(0x02));
    ba.addRow(hashOf(0x01));
    QCOMPARE(ab, ba);
    // Adding the digests of two changes is the digest of both.
    RowDigest first;
    first.addRow(hashOf(0x01));
    RowDigest second;
    second.addRow(hashOf(0x02));
    first.add(second);
    QCOMPARE(first, ab);
    // A different row count with the same rows is not the same digest.
    RowDigest fewer = ab;
    fewer.subtractRow(hashOf(0x02));
    QVERIFY(!(fewer == ab));
    QVERIFY(RowDigest().isEmpty());
    QVERIFY(!fewer.isEmpty());
}

void TestVerify::digestCarriesAcrossWords()
{
    // 0xff…ff + 0x01…01 = 0x01…0100 modulo 2^256: 0xff + 0x01 = 0x100 carries into every byte above
    // the lowest, each of which becomes 0xff + 0x01 + 1 = 0x101, keeping 0x01 and carrying again.
    RowDigest digest;
    digest.addRow(hashOf(0xff));
    digest.addRow(hashOf(0x01));
    QString expected = QStringLiteral("00");
    for (int i = 1; i < 32; ++i)
        expected.prepend(QStringLiteral("01"));
    QCOMPARE(digest.toJson().value(u"sum").toString(), expected);
    // Subtracting takes it back, borrowing across every word.
    digest.subtractRow(hashOf(0x01));
    QCOMPARE(digest.toJson().value(u"sum").toString(), QString(64, u'f'));
    digest.subtractRow(hashOf(0xff));
    QVERIFY(digest.isEmpty());
}

void TestVerify::digestReadsBackFromJson()
{
    RowDigest digest;
    digest.addRow(hashOf(0x5a));
    digest.addRow(hashOf(0xc3));
    const auto read = RowDigest::fromJson(digest.toJson());
    QVERIFY(read);
    QCOMPARE(*read, digest);
    QCOMPARE(read->rows(), 2);
    // Anything else is refused, not read as an empty digest.
    QVERIFY(!RowDigest::fromJson({}));
    QVERIFY(!RowDigest::fromJson({ { u"rows"_s, 1 }, { u"sum"_s, u"12"_s } }));
    QVERIFY(!RowDigest::fromJson({ { u"rows"_s, u"1"_s }, { u"sum"_s, QString(64, u'0') } }));
    QVERIFY(!RowDigest::fromJson({ { u"rows"_s, 1 }, { u"sum"_s, QString(64, u'G') } }));
}

void TestVerify::untouchedFileHolds()
{
    const QString path = fileWithHistory(QStringLiteral("untouched.mutual"));
    QVERIFY(!path.isEmpty());
    const VerifyReport report = verified(path);
    QVERIFY2(report.isIntact(), qPrintable(placesOf(report).join(u' ')));
    QCOMPARE(report.problems.size(), 0);
    // mutual.create, 3 member.add, member.update, 2 share.record, meeting.add.
    QCOMPARE(report.entriesChecked, 8);
    QCOMPARE(report.head.entry, 8);
    QCOMPARE(report.head.hash.size(), 64);
    // 3 members, 3 share entries (a subscription, and a transfer's two sides), 1 meeting, 1 mutual row,
    // 3 classes, and the 5 built-in kinds of contribution and categories of project each.
    QCOMPARE(report.rowsChecked, 3 + 3 + 1 + 1 + 3 + 5 + 5);
}

void TestVerify::editsBehindTheProgramAreFound_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QStringList>("expected"); // places that must be among the problems

    QTest::newRow("member renamed") << QStringList {
        u"UPDATE members SET name = 'x' WHERE number = 'C001'"_s
    } << QStringList { u"members//"_s, u"members/C001/name"_s };
    QTest::newRow("member's status changed")
        << QStringList { u"UPDATE members SET status = 'suspended' WHERE number = 'C003'"_s }
        << QStringList { u"members//"_s, u"members/C003/status"_s };
    QTest::newRow("member added") << QStringList { u"INSERT INTO members (number, name, kind, class_id, "
                                                   "status) VALUES ('C009', 'Eve', 'individual', 1, "
                                                   "'applicant')"_s }
                                  << QStringList { u"members//"_s };
    QTest::newRow("member removed") << QStringList { u"DELETE FROM members WHERE number = 'C003'"_s }
                                    << QStringList { u"members//"_s };
    QTest::newRow("share entry changed")
        << QStringList { u"DROP TRIGGER share_entries_no_update"_s,
                         u"UPDATE share_entries SET shares = 1000 WHERE id = 1"_s }
        << QStringList { u"share_entries//"_s };
    QTest::newRow("share entry added")
        << QStringList { u"INSERT INTO share_entries (movement_id, kind, entry_date, member_id, shares, "
                         "amount, recorded_by, recorded_at) VALUES (9, 'subscription', '2024-05-01', 1, 5, "
                         "500, 'x', '2024-05-01T00:00:00.000Z')"_s }
        << QStringList { u"share_entries//"_s };
    QTest::newRow("settings changed")
        << QStringList { u"UPDATE mutual SET nominal_share_value = 1"_s } << QStringList { u"mutual//"_s };
    QTest::newRow("class changed") << QStringList { u"UPDATE member_classes SET voting_share_bp = 9000 "
                                                    "WHERE id = 1"_s }
                                   << QStringList { u"member_classes//"_s };
    QTest::newRow("meeting moved") << QStringList { u"UPDATE meetings SET place = 'Elsewhere'"_s }
                                   << QStringList { u"meetings//"_s };
    QTest::newRow("attendance added behind a missing meeting")
        << QStringList { u"INSERT INTO attendance (meeting_id, member_id, kind) VALUES (99, 1, 'present')"_s }
        << QStringList { u"attendance//"_s, u"attendance/1/meeting_id"_s };
    QTest::newRow("audit entry changed")
        << QStringList { u"DROP TRIGGER audit_log_no_update"_s,
                         u"UPDATE audit_log SET actor = 'mallory' WHERE id = 3"_s }
        << QStringList { u"audit_log/3/hash"_s };
    QTest::newRow("audit entry removed")
        << QStringList { u"DROP TRIGGER audit_log_no_delete"_s, u"DELETE FROM audit_log WHERE id = 4"_s }
        << QStringList { u"audit_log/5/previous_hash"_s };
    QTest::newRow("table emptied") << QStringList { u"DELETE FROM contribution_kinds"_s }
                                   << QStringList { u"contribution_kinds//"_s };
    QTest::newRow("table dropped") << QStringList { u"DROP TABLE service_members"_s }
                                   << QStringList { u"service_members//"_s };
    QTest::newRow("table added") << QStringList { u"CREATE TABLE notes (text TEXT)"_s,
                                                  u"INSERT INTO notes VALUES ('x')"_s }
                                 << QStringList { u"notes//"_s };
}

void TestVerify::editsBehindTheProgramAreFound()
{
    QFETCH(QStringList, statements);
    QFETCH(QStringList, expected);
    const QString path
        = fileWithHistory(QStringLiteral("%1.mutual").arg(QString::fromUtf8(QTest::currentDataTag())));
    QVERIFY(!path.isEmpty());
    QVERIFY(verified(path).isIntact());
    QCOMPARE(sample::execRaw(path, statements), QString());

    const VerifyReport report = verified(path);
    QVERIFY(!report.isIntact());
    QCOMPARE(report.problemCount, report.problems.size());
    const QStringList places = placesOf(report);
    for (const QString& place : expected)
        QVERIFY2(places.contains(place), qPrintable(place + QStringLiteral(" not in ") + places.join(u' ')));
    for (const VerifyProblem& problem : report.problems)
        QVERIFY(!problem.message.isEmpty());
}

void TestVerify::editUndoneBehindTheProgramHolds()
{
    // The digest is of the rows as they are: a change put back leaves nothing to find.
    const QString path = fileWithHistory(QStringLiteral("undone.mutual"));
    QVERIFY(!path.isEmpty());
    QCOMPARE(sample::execRaw(path,
                             { u"UPDATE members SET name = 'x' WHERE number = 'C001'"_s,
                               u"UPDATE members SET name = 'Council 1' WHERE number = 'C001'"_s }),
             QString());
    QVERIFY(verified(path).isIntact());
}

void TestVerify::checkingChangesNothing()
{
    const QString path = fileWithHistory(QStringLiteral("unchanged.mutual"));
    QVERIFY(!path.isEmpty());
    QCOMPARE(sample::execRaw(path, { u"UPDATE members SET name = 'x' WHERE number = 'C001'"_s }), QString());
    const QByteArray before = sample::fingerprint(path);
    QVERIFY(!verified(path).isIntact());
    QCOMPARE(sample::fingerprint(path), before);
    QVERIFY(sample::leftovers(path).isEmpty());
}

void TestVerify::upgradedFileIsRecordedWholeAndHolds()
{
    // A file of schema 5 has no column for the grant prefix; its row of settings is stored short, and
    // SQLite reads the default for the missing column. Changing that row after the upgrade must be
    // recorded as the change it is.
    const QString path = fileWithHistory(QStringLiteral("upgraded.mutual"));
    QVERIFY(!path.isEmpty());
    QCOMPARE(takeBackToSchema5(path), QString());
    {
        auto opened = storage::MutualFile::open(path, QStringLiteral("secretary"));
        QVERIFY2(opened.isOk(), qPrintable(opened.isOk() ? QString() : opened.error().message));
        storage::MutualFile& file = *opened.value();
        domain::Mutual mutual = file.mutual();
        mutual.grantIdPrefix = QStringLiteral("northerndigital");
        QVERIFY(file.updateMutual(mutual));
        storage::MemberRepository members(file);
        domain::Member renamed = members.memberByNumber(QStringLiteral("C003")).value();
        renamed.name = QStringLiteral("Council Three");
        QVERIFY(members.update(renamed));

        const auto entries = storage::AuditLog(file).entries();
        QVERIFY(entries.isOk());
        QCOMPARE(entries->size(), 11);
        // Entries from before the upgrade record no rows; the upgrade records every table whole.
        QVERIFY(entries->last().rows.isEmpty());
        const storage::AuditEntry& upgrade = entries->at(2);
        QCOMPARE(upgrade.action, QStringLiteral("file.upgrade"));
        QCOMPARE(upgrade.rows.value(u"whole").toBool(), true);
        const QJsonObject tables = upgrade.rows.value(u"tables").toObject();
        QCOMPARE(tables.value(u"members").toObject().value(u"rows").toInteger(), 3);
        QVERIFY(!tables.contains(u"audit_log"));
        QVERIFY(!tables.contains(u"secret_totals"));
        QVERIFY(!tables.contains(u"election_papers"));
        // A change after it records only the table it changed.
        QCOMPARE(entries->at(0).rows.value(u"tables").toObject().keys(), QStringList { u"members"_s });
    }
    const VerifyReport report = verified(path);
    QVERIFY2(report.isIntact(), qPrintable(placesOf(report).join(u' ')));
    QCOMPARE(report.entriesChecked, 11);
}

void TestVerify::headIsFoundByEntryAndHash()
{
    const QString path = fileWithHistory(QStringLiteral("head.mutual"));
    QVERIFY(!path.isEmpty());
    auto file = storage::MutualFile::openForReading(path, QStringLiteral("auditor"));
    QVERIFY(file.isOk());
    const storage::Verifier verifier(*file.value());
    const auto entries = storage::AuditLog(*file.value()).entries();
    QVERIFY(entries.isOk());
    const storage::AuditEntry& fourth = entries->at(entries->size() - 4);
    QCOMPARE(fourth.id, 4);

    // The whole hash, in either case, and the short form a report prints ("3f9a…c21e" or "3f9a...c21e").
    for (const QString& hash :
         { fourth.hash, fourth.hash.toUpper(), storage::Verifier::shortHash(fourth.hash),
           fourth.hash.left(4) + u"..."_s + fourth.hash.right(4) }) {
        const auto found = verifier.checkHead({ 4, hash });
        QVERIFY(found.isOk());
        QVERIFY2(!*found, qPrintable(hash));
    }
    QCOMPARE(storage::Verifier::shortHash(fourth.hash).size(), 9);

    // Another entry's hash, a hash one digit off, and an entry the trail does not have.
    const auto otherEntry = verifier.checkHead({ 4, entries->at(0).hash });
    QVERIFY(otherEntry.isOk() && *otherEntry);
    QCOMPARE((*otherEntry)->field, QStringLiteral("hash"));
    QCOMPARE((*otherEntry)->key, QStringLiteral("4"));
    QString offByOne = fourth.hash;
    offByOne[63] = offByOne[63] == u'0' ? u'1' : u'0';
    const auto wrongDigit = verifier.checkHead({ 4, offByOne });
    QVERIFY(wrongDigit.isOk() && *wrongDigit);
    const auto missing = verifier.checkHead({ 99, fourth.hash });
    QVERIFY(missing.isOk() && *missing);
    QCOMPARE((*missing)->key, QStringLiteral("99"));
    QVERIFY((*missing)->message.contains(u"99"));
}

void TestVerify::checkCanBeStopped()
{
    const QString path = fileWithHistory(u"stopped.mutual"_s);
    QVERIFY(!path.isEmpty());
    auto file = storage::MutualFile::openForReading(path, u"auditor"_s);
    QVERIFY(file.isOk());
    const storage::Verifier verifier(*file.value());

    // Progress is told how far the check has gone, in order, up to 100.
    QList<int> told;
    const auto finished = verifier.run([&told](int percent) {
        told.append(percent);
        return true;
    });
    QVERIFY(finished.isOk());
    QVERIFY(!told.isEmpty());
    QCOMPARE(told.constLast(), 100);
    QVERIFY(std::is_sorted(told.cbegin(), told.cend()));

    // Progress that says no, at the first question or later, stops it.
    for (int answered : { 0, 2 }) {
        int asked = 0;
        const auto stopped = verifier.run([&asked, answered](int) { return asked++ < answered; });
        QVERIFY(!stopped.isOk());
        QCOMPARE(stopped.error().rule, u"cancelled"_s);
    }
    // A stop asked for from elsewhere, before the check starts.
    storage::VerificationStop stop;
    stop.request();
    const auto requested = verifier.run({}, &stop);
    QVERIFY(!requested.isOk());
    QCOMPARE(requested.error().rule, u"cancelled"_s);
    // The connection is left as it was: the next check runs to the end.
    QVERIFY(verifier.run().isOk());
}

QTEST_GUILESS_MAIN(TestVerify)
#include "TestVerify.moc"
