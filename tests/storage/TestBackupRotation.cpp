#include "SampleMutual.h"
#include "storage/BackupRotation.h"
#include "storage/MemberRepository.h"
#include "storage/Verify.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mutualise;
using storage::BackupRotation;

// The backups the window keeps of each mutual it opens (a day's each, seven days and four weeks kept),
// and restoring one in the file's place with the file as it was kept aside.
class TestBackupRotation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void everyDayForTwoMonthsKeepsSevenDaysAndFourWeeks();
    void irregularDaysKeepTheNewestOfEachWeek();
    void fewBackupsAreAllKept();
    void oneBackupADayIsWrittenAndOldOnesRemoved();
    void mutualsOfOneNameKeepTheirBackupsApart();
    void otherFilesInTheFolderAreLeftAlone();
    void restoringPutsTheBackupInPlaceAndKeepsTheFileAside();
    void fileOpenElsewhereIsNotRestored();

private:
    QList<QDate> daysOf(const BackupRotation& rotation) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBackupRotation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QList<QDate> TestBackupRotation::daysOf(const BackupRotation& rotation) const
{
    QList<QDate> days;
    for (const storage::KeptBackup& backup : rotation.backups())
        days.append(backup.day);
    return days;
}

void TestBackupRotation::everyDayForTwoMonthsKeepsSevenDaysAndFourWeeks()
{
    // A backup every day from 10 October to Tuesday 8 December 2026: 60 days.
    QList<QDate> days;
    for (QDate day(2026, 10, 10); day <= QDate(2026, 12, 8); day = day.addDays(1))
        days.append(day);
    QCOMPARE(days.size(), 60);
    const QList<QDate> removed = BackupRotation::daysToRemove(days);
    // Kept: the seven newest, 2 to 8 December; then the newest of each of the four weeks before (weeks
    // start on Monday): Tuesday 1 December (the rest of the week of 30 November), Sunday 29, 22 and 15
    // November. 7 + 4 = 11 kept, 60 - 11 = 49 removed.
    QCOMPARE(removed.size(), 49);
    QList<QDate> kept;
    for (const QDate& day : days) {
        if (!removed.contains(day))
            kept.append(day);
    }
    QCOMPARE(
        kept,
        (QList<QDate> { QDate(2026, 11, 15), QDate(2026, 11, 22), QDate(2026, 11, 29), QDate(2026, 12, 1),
                        QDate(2026, 12, 2), QDate(2026, 12, 3), QDate(2026, 12, 4), QDate(2026, 12, 5),
                        QDate(2026, 12, 6), QDate(2026, 12, 7), QDate(2026, 12, 8) }));
}

void TestBackupRotation::irregularDaysKeepTheNewestOfEachWeek()
{
    // Opened on some days only. The seven newest are kept whatever their weeks; of the older ones, the
    // newest of each week, four weeks at most.
    const QList<QDate> days = {
        QDate(2026, 12, 8),  QDate(2026, 12, 1), QDate(2026, 11, 27), QDate(2026, 11, 20),
        QDate(2026, 11, 13), QDate(2026, 11, 6), QDate(2026, 10, 30), // the seven newest
        QDate(2026, 10, 29), // Thursday of the week of 26 October: newest of it left, kept
        QDate(2026, 10, 27), // same week, older: removed
        QDate(2026, 10, 20), // week of 19 October: kept
        QDate(2026, 10, 2), // week of 28 September: kept
        QDate(2026, 9, 1), // week of 31 August: kept, the fourth week
        QDate(2026, 8, 3), // a fifth week: removed
    };
    QCOMPARE(BackupRotation::daysToRemove(days), (QList<QDate> { QDate(2026, 10, 27), QDate(2026, 8, 3) }));
}

void TestBackupRotation::fewBackupsAreAllKept()
{
    QCOMPARE(BackupRotation::daysToRemove({}), QList<QDate>());
    QCOMPARE(BackupRotation::daysToRemove({ QDate(2026, 1, 1), QDate(2025, 1, 1) }), QList<QDate>());
}

void TestBackupRotation::oneBackupADayIsWrittenAndOldOnesRemoved()
{
    const QString path = m_dir->filePath(u"daily.mutual"_s);
    auto file = sample::createFileWithCouncils(path);
    QVERIFY(file);
    const BackupRotation rotation(m_dir->filePath(u"backups"_s), path);
    QVERIFY(rotation.backups().isEmpty());

    const auto first = rotation.keep(*file, QDate(2026, 12, 8));
    QVERIFY2(first.isOk(), qPrintable(first.isOk() ? QString() : first.error().message));
    QVERIFY(first->has_value());
    QCOMPARE((*first)->members, 3);
    QVERIFY((*first)->verification.isIntact());
    QCOMPARE(QFileInfo((*first)->path).fileName(), u"2026-12-08.mutual"_s);
    // The same day again writes nothing.
    const auto again = rotation.keep(*file, QDate(2026, 12, 8));
    QVERIFY(again.isOk());
    QVERIFY(!again->has_value());
    QCOMPARE(rotation.backups().size(), 1);

    // Twenty days on, 9 to 28 December: 21 backups made in all. Kept: the seven newest, 22 to 28
    // December; then the newest of each week before: Monday 21 December (the rest of its week), Sunday
    // 20 and Sunday 13 December. 8 December shares its week with the 13th and goes: 7 + 3 = 10 kept.
    for (QDate day(2026, 12, 9); day <= QDate(2026, 12, 28); day = day.addDays(1))
        QVERIFY(rotation.keep(*file, day).isOk());
    const QList<QDate> days = daysOf(rotation);
    QCOMPARE(days.size(), 10);
    QCOMPARE(days.constFirst(), QDate(2026, 12, 28));
    QCOMPARE(days.at(6), QDate(2026, 12, 22));
    QCOMPARE(days.mid(7), (QList<QDate> { QDate(2026, 12, 21), QDate(2026, 12, 20), QDate(2026, 12, 13) }));
    // Nothing but the backups themselves is left in the folder.
    QCOMPARE(QDir(rotation.folder()).entryList(QDir::Files).size(), 10);
}

void TestBackupRotation::mutualsOfOneNameKeepTheirBackupsApart()
{
    QVERIFY(QDir(m_dir->path()).mkpath(u"a"_s) && QDir(m_dir->path()).mkpath(u"b"_s));
    const QString backups = m_dir->filePath(u"backups"_s);
    const BackupRotation first(backups, m_dir->filePath(u"a/mutual.mutual"_s));
    const BackupRotation second(backups, m_dir->filePath(u"b/mutual.mutual"_s));
    QVERIFY(first.folder() != second.folder());
    QVERIFY(QFileInfo(first.folder()).fileName().startsWith(u"mutual-"_s));
    // The same file named another way is the same mutual.
    QCOMPARE(BackupRotation(backups, m_dir->filePath(u"a/../a/mutual.mutual"_s)).folder(), first.folder());
}

void TestBackupRotation::otherFilesInTheFolderAreLeftAlone()
{
    const QString path = m_dir->filePath(u"others.mutual"_s);
    auto file = sample::createFileWithCouncils(path);
    QVERIFY(file);
    const BackupRotation rotation(m_dir->filePath(u"backups"_s), path);
    QVERIFY(rotation.keep(*file, QDate(2026, 1, 1)).isOk());
    for (const QString& name : { u"notes.txt"_s, u"2026-13-45.mutual"_s, u"old copy.mutual"_s }) {
        QFile other(QDir(rotation.folder()).filePath(name));
        QVERIFY(other.open(QIODevice::WriteOnly));
    }
    QCOMPARE(daysOf(rotation), QList<QDate> { QDate(2026, 1, 1) });
    for (QDate day(2026, 1, 2); day <= QDate(2026, 3, 1); day = day.addDays(1))
        QVERIFY(rotation.keep(*file, day).isOk());
    for (const QString& name : { u"notes.txt"_s, u"2026-13-45.mutual"_s, u"old copy.mutual"_s })
        QVERIFY(QFileInfo::exists(QDir(rotation.folder()).filePath(name)));
}

void TestBackupRotation::restoringPutsTheBackupInPlaceAndKeepsTheFileAside()
{
    const QString path = m_dir->filePath(u"restore.mutual"_s);
    QString backup;
    {
        auto file = sample::createFileWithCouncils(path);
        QVERIFY(file);
        const auto kept = BackupRotation(m_dir->filePath(u"backups"_s), path).keep(*file, QDate(2026, 12, 1));
        QVERIFY(kept.isOk() && kept->has_value());
        backup = (*kept)->path;
        // A member added after the backup.
        QVERIFY(storage::MemberRepository(*file).add(sample::member(u"C004"_s, u"Later"_s, 1)).isOk());
    }
    const QByteArray backupBefore = sample::fingerprint(backup);
    const QByteArray current = sample::fingerprint(path);

    const auto restored
        = BackupRotation::restore(backup, path, QDateTime(QDate(2026, 12, 8), QTime(10, 31, 5)));
    QVERIFY2(restored.isOk(), qPrintable(restored.isOk() ? QString() : restored.error().message));
    QCOMPARE(QFileInfo(restored->keptAside).fileName(),
             u"restore (before restore 2026-12-08 10-31-05).mutual"_s);
    QCOMPARE(sample::fingerprint(restored->keptAside), current); // the file as it was, untouched
    QCOMPARE(sample::fingerprint(backup), backupBefore); // the backup stays for another time
    QVERIFY(restored->copy.verification.isIntact());
    QCOMPARE(restored->copy.members, 3);

    {
        auto reopened = storage::MutualFile::open(path, u"auditor"_s);
        QVERIFY(reopened.isOk());
        QCOMPARE(storage::MemberRepository(**reopened).count({}).value(), 3);
        const auto report = storage::Verifier(**reopened).run();
        QVERIFY(report.isOk() && report->isIntact());
    }
    auto aside = storage::MutualFile::open(restored->keptAside, u"auditor"_s);
    QVERIFY(aside.isOk());
    QCOMPARE(storage::MemberRepository(**aside).count({}).value(), 4);
}

void TestBackupRotation::fileOpenElsewhereIsNotRestored()
{
    const QString path = m_dir->filePath(u"busy.mutual"_s);
    auto file = sample::createFileWithCouncils(path);
    QVERIFY(file);
    const auto kept = BackupRotation(m_dir->filePath(u"backups"_s), path).keep(*file, QDate(2026, 12, 1));
    QVERIFY(kept.isOk() && kept->has_value());
    // Still open here: SQLite's files are beside it.
    const QByteArray before = sample::fingerprint(path);
    const auto refused = BackupRotation::restore((*kept)->path, path, QDateTime::currentDateTime());
    QVERIFY(!refused.isOk());
    QCOMPARE(refused.error().rule, u"in-use"_s);
    QVERIFY(refused.error().message.contains(u"is open in another program"_s));
    QCOMPARE(sample::fingerprint(path), before);
    QCOMPARE(QDir(m_dir->path()).entryList({ u"*before restore*"_s }), QStringList());
}

QTEST_GUILESS_MAIN(TestBackupRotation)
#include "TestBackupRotation.moc"
