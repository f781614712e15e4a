#include "domain/DemoMutual.h"
#include "storage/DemoWriter.h"
#include "storage/MeetingRepository.h"
#include "storage/MotionRepository.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace mutualise;

// How fast motions are counted from the file: the demo mutual at 100,000 members, ten share-weighted
// motions (capped at 10%), each with a ballot from every member on its roll: 1,000,000 ballots.
class BenchTally : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tallyOneMotion();
    void tallyTenMotions();
    void closeOneMotion();

private:
    QTemporaryDir m_folder;
    std::unique_ptr<storage::MutualFile> m_file;
    QList<qint64> m_motions;
};

void BenchTally::initTestCase()
{
    domain::DemoOptions options;
    options.members = 100'000;
    options.years = 10;
    options.seed = 7;
    options.until = QDate(2026, 3, 31);
    auto file = storage::writeDemoMutual(m_folder.filePath(QStringLiteral("bench.mutual")),
                                         domain::planDemoMutual(options), QStringLiteral("bench"));
    QVERIFY2(file, qPrintable(file ? QString() : file.error().message));
    m_file = std::move(file).value();

    domain::Meeting meeting;
    meeting.heldOn = QDate(2026, 4, 30);
    const auto added = storage::MeetingRepository(*m_file).add(meeting);
    QVERIFY(added);
    storage::MotionRepository motions(*m_file);
    std::mt19937_64 random(1);
    QElapsedTimer timer;
    qint64 opening = 0;
    qint64 importing = 0;
    qint64 ballots = 0;
    for (int i = 1; i <= 10; ++i) {
        domain::Motion motion;
        motion.meetingId = added->id;
        motion.title = QStringLiteral("Motion %1").arg(i);
        motion.rules.scheme = domain::VotingScheme::ShareWeighted;
        motion.rules.capBasisPoints = 1000;
        const auto stored = motions.add(motion);
        QVERIFY(stored);
        timer.start();
        QVERIFY(motions.open(stored->id, QDate(2026, 3, 31)));
        opening += timer.restart();
        const auto roll = motions.roll(stored->id);
        QVERIFY(roll);
        QList<storage::BallotInput> inputs;
        inputs.reserve(roll->entries.size());
        for (const domain::RollEntry& entry : roll->entries) {
            inputs.append({ entry.memberNumber,
                            static_cast<domain::Choice>(random() % 3),
                            domain::BallotMethod::Online,
                            {},
                            0 });
        }
        timer.restart();
        const auto imported = motions.importBallots(stored->id, inputs);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        importing += timer.elapsed();
        ballots += *imported;
        m_motions.append(stored->id);
    }
    qInfo("%lld ballots on 10 motions; opening (freezing the rolls) took %lld ms, importing %lld ms",
          static_cast<long long>(ballots), static_cast<long long>(opening),
          static_cast<long long>(importing));
}

void BenchTally::tallyOneMotion()
{
    storage::MotionRepository motions(*m_file);
    QElapsedTimer timer;
    timer.start();
    const auto roll = motions.roll(m_motions.constFirst());
    QVERIFY(roll);
    qInfo("reading the roll of %lld: %lld ms", static_cast<long long>(roll->entries.size()),
          static_cast<long long>(timer.elapsed()));
    QBENCHMARK
    {
        QVERIFY(motions.result(m_motions.constFirst()));
    }
}

void BenchTally::tallyTenMotions()
{
    storage::MotionRepository motions(*m_file);
    QBENCHMARK
    {
        for (qint64 id : std::as_const(m_motions))
            QVERIFY(motions.result(id));
    }
}

void BenchTally::closeOneMotion()
{
    storage::MotionRepository motions(*m_file);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(motions.close(m_motions.constLast()));
    qInfo("closing one motion (count and store the result): %lld ms",
          static_cast<long long>(timer.elapsed()));
}

QTEST_GUILESS_MAIN(BenchTally)
#include "BenchTally.moc"
