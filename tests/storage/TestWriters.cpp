#include "SampleMutual.h"
#include "storage/MemberRepository.h"
#include "storage/Verify.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace mutualise;

// Other programs writing the same file: two at once lose nothing, and one killed at a random moment
// leaves a file that is whole, verifies, and holds every entry it said it had recorded. The writers
// are LedgerWriter, recording a share entry a transaction.
class TestWriters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void twoProgramsRecordAtOnce();
    void killedAtRandomLosesNothingReported();
    void programHeldUpSaysTheFileIsInUse();

private:
    // A file with members W1 and W2, admitted on 2024-01-01.
    QString newFile(const QString& name);
    // The entries a writer said it had recorded, from what it printed.
    static QSet<qint64> reportedIn(const QByteArray& output);
    // SQLite's integrity check and Verifier on the file, and its share entries' ids; empty on failure,
    // with a warning saying why.
    static std::optional<QSet<qint64>> checkedEntries(const QString& path);

    QTemporaryDir m_dir;
};

void TestWriters::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(LEDGER_WRITER)), LEDGER_WRITER);
}

QString TestWriters::newFile(const QString& name)
{
    const QString path = m_dir.filePath(name);
    auto file = sample::createFile(path);
    if (!file)
        return {};
    storage::MemberRepository members(*file);
    for (const QString& number : { u"W1"_s, u"W2"_s }) {
        if (!members.add(sample::member(number, u"Writer "_s + number, 1)))
            return {};
    }
    return path;
}

QSet<qint64> TestWriters::reportedIn(const QByteArray& output)
{
    QSet<qint64> ids;
    for (const QByteArray& line : output.split('\n')) {
        if (line.startsWith("recorded "))
            ids.insert(line.mid(9).toLongLong());
    }
    return ids;
}

std::optional<QSet<qint64>> TestWriters::checkedEntries(const QString& path)
{
    auto file = storage::MutualFile::openForReading(path, u"auditor"_s);
    if (!file) {
        qWarning("%s", qPrintable(file.error().message));
        return std::nullopt;
    }
    QSqlQuery integrity(file.value()->connection());
    if (!integrity.exec(u"PRAGMA integrity_check"_s) || !integrity.next()
        || integrity.value(0).toString() != u"ok"_s) {
        qWarning("integrity check: %s", qPrintable(integrity.value(0).toString()));
        return std::nullopt;
    }
    integrity.finish();
    const auto report = storage::Verifier(*file.value()).run();
    if (!report || !report->isIntact()) {
        qWarning("%s",
                 report ? qPrintable(report->problems.value(0).message) : qPrintable(report.error().message));
        return std::nullopt;
    }
    QSet<qint64> ids;
    QSqlQuery entries(file.value()->connection());
    entries.exec(u"SELECT id FROM share_entries"_s);
    while (entries.next())
        ids.insert(entries.value(0).toLongLong());
    return ids;
}

void TestWriters::twoProgramsRecordAtOnce()
{
    const QString path = newFile(u"two.mutual"_s);
    QVERIFY(!path.isEmpty());
    QProcess first;
    QProcess second;
    first.start(QStringLiteral(LEDGER_WRITER), { path, u"W1"_s, u"500"_s });
    second.start(QStringLiteral(LEDGER_WRITER), { path, u"W2"_s, u"500"_s });
    QVERIFY(first.waitForStarted() && second.waitForStarted());
    QVERIFY(first.waitForFinished(300000) && second.waitForFinished(300000));
    QVERIFY2(first.exitCode() == 0, first.readAllStandardError().constData());
    QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());
    const QSet<qint64> reported
        = reportedIn(first.readAllStandardOutput()) + reportedIn(second.readAllStandardOutput());
    QCOMPARE(reported.size(), 1000);

    const auto stored = checkedEntries(path);
    QVERIFY(stored);
    QCOMPARE(*stored, reported);
    // Each took its turn: every movement has a number of its own.
    auto file = storage::MutualFile::openForReading(path, u"auditor"_s);
    QVERIFY(file.isOk());
    QSqlQuery movements(file.value()->connection());
    QVERIFY(movements.exec(u"SELECT COUNT(DISTINCT movement_id), COUNT(*) FROM share_entries"_s)
            && movements.next());
    QCOMPARE(movements.value(0).toInt(), 1000);
    QCOMPARE(movements.value(1).toInt(), 1000);
}

void TestWriters::killedAtRandomLosesNothingReported()
{
    const QString path = newFile(u"killed.mutual"_s);
    QVERIFY(!path.isEmpty());
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("seed %u", seed);
    QRandomGenerator random(seed);
    QSet<qint64> reportedSoFar;
    int entriesChecked = 0;
    for (int run = 1; run <= 20; ++run) {
        // Killed once it has said it recorded some entries, a moment later: most often in the middle of
        // a transaction, now and then between two. Early in its thousand, so that the twenty runs stay
        // quick: each entry takes a little longer than the last, the member's history being checked.
        const int killAfter = random.bounded(1, 150);
        const auto pause = static_cast<unsigned long>(random.bounded(0, 3000));
        QProcess writer;
        writer.start(QStringLiteral(LEDGER_WRITER), { path, u"W1"_s, u"1000"_s });
        QVERIFY(writer.waitForStarted());
        QByteArray output;
        while (output.count("recorded ") < killAfter && writer.state() == QProcess::Running) {
            writer.waitForReadyRead(100);
            output += writer.readAllStandardOutput();
        }
        QThread::usleep(pause);
        writer.kill(); // SIGKILL
        QVERIFY(writer.waitForFinished(30000));
        output += writer.readAllStandardOutput();
        QVERIFY2(writer.exitStatus() == QProcess::CrashExit || writer.exitCode() == 0,
                 writer.readAllStandardError().constData());
        const QSet<qint64> reported = reportedIn(output);
        QVERIFY(reported.size() >= killAfter);
        reportedSoFar += reported;

        const auto stored = checkedEntries(path);
        QVERIFY2(stored, qPrintable(u"run %1"_s.arg(run)));
        // Every entry reported is there; at most one more per run, committed as it was killed.
        QVERIFY(stored->contains(reportedSoFar));
        QVERIFY2(stored->size() - reportedSoFar.size() <= run,
                 qPrintable(u"%1 stored, %2 reported"_s.arg(stored->size()).arg(reportedSoFar.size())));
        reportedSoFar = *stored; // one in flight that committed counts from now on
        entriesChecked += static_cast<int>(stored->size());
    }
    qInfo("20 runs killed, %d entries checked in all, %lld in the file at the end", entriesChecked,
          static_cast<long long>(reportedSoFar.size()));
}

void TestWriters::programHeldUpSaysTheFileIsInUse()
{
    // Another program keeps the file's write lock for longer than a writer waits: the writer says the
    // file is in use, and records nothing.
    const QString path = newFile(u"held.mutual"_s);
    QVERIFY(!path.isEmpty());
    const QByteArray before = sample::fingerprint(path);
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"held"_s);
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery hold(other);
        QVERIFY(hold.exec(u"BEGIN IMMEDIATE"_s));
        QProcess writer;
        writer.start(QStringLiteral(LEDGER_WRITER), { path, u"W1"_s, u"1"_s });
        QVERIFY(writer.waitForFinished(60000));
        QCOMPARE(writer.exitCode(), 1);
        const QString said = QString::fromUtf8(writer.readAllStandardError());
        QVERIFY2(
            said.contains(u"is open for writing in another program, perhaps another Mutualise window. Try "
                          "again when it is closed."_s),
            qPrintable(said));
        QCOMPARE(writer.readAllStandardOutput(), QByteArray());
        QVERIFY(hold.exec(u"ROLLBACK"_s));
        hold.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(u"held"_s);
    QCOMPARE(sample::fingerprint(path), before);
}

QTEST_GUILESS_MAIN(TestWriters)
#include "TestWriters.moc"
