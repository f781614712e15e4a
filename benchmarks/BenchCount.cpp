#include "domain/StvCount.h"
#include "formats/Blt.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace mutualise::domain;
using namespace mutualise::formats;

// How fast an election is counted: a board election of 100,000 ballot papers, each a line of its own
// (no identical papers grouped), for 14 candidates and 3 seats. With MUTUALISE_BENCH_BLT set, the file
// is also written there, to time `mutualise-cli count` on it. Then the worst cases for ties: every
// candidate has one first preference and no other, so every exclusion is drawn by lot; or nobody chose
// them, so that no draw matters and the tie sensitivity spends all its budget finding that out.
class BenchCount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readBlt();
    void countStv();
    void countPlurality();
    void countTiedCandidates_data();
    void countTiedCandidates();

private:
    QByteArray m_file;
    BltElection m_election;
};

void BenchCount::initTestCase()
{
    constexpr int candidates = 14;
    constexpr int papers = 100'000;
    BltElection election;
    election.seats = 3;
    election.title = QStringLiteral("Benchmark board election");
    for (int c = 0; c < candidates; ++c)
        election.candidates.append(QStringLiteral("Candidate %1").arg(c + 1));
    // The engine's output is fixed by the standard, so every machine counts the same papers. Some
    // candidates are far more popular than others, and most voters rank only a few.
    std::mt19937_64 random(20261124);
    for (int p = 0; p < papers; ++p) {
        QList<int> order;
        for (int c = 0; c < candidates; ++c)
            order.append(c);
        for (int c = 0; c < candidates; ++c) {
            const int popular = static_cast<int>(random() % static_cast<quint64>(candidates - c)) / 2;
            std::swap(order[c], order[c + popular]);
        }
        const int ranked = 1 + static_cast<int>(random() % static_cast<quint64>(candidates));
        election.ballots.append({ 1, order.first(ranked), 0 });
    }
    const auto written = Blt::write(election);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
    m_file = *written;
    const QString out = qEnvironmentVariable("MUTUALISE_BENCH_BLT");
    if (!out.isEmpty()) {
        QFile file(out);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_file);
    }
    const auto read = Blt::read(m_file);
    QVERIFY(read);
    m_election = *read;
    qInfo("%lld papers, %lld bytes", static_cast<long long>(m_election.totalWeight()),
          static_cast<long long>(m_file.size()));
}

void BenchCount::readBlt()
{
    QBENCHMARK
    {
        QVERIFY(Blt::read(m_file));
    }
}

void BenchCount::countStv()
{
    const auto count = Stv::count(m_election);
    QVERIFY(count);
    qInfo("%lld stages, quota %lld", static_cast<long long>(count->stages.size()),
          static_cast<long long>(count->quota));
    QBENCHMARK
    {
        QVERIFY(Stv::count(m_election));
    }
}

void BenchCount::countPlurality()
{
    QBENCHMARK
    {
        QVERIFY(Stv::countPlurality(m_election));
    }
}

void BenchCount::countTiedCandidates_data()
{
    QTest::addColumn<int>("candidates");
    QTest::addColumn<bool>("isChosen"); // false: nobody chose them, beside three who have votes
    for (int candidates : { 100, 200, 400, 1'000 })
        QTest::addRow("%d tied candidates", candidates) << candidates << true;
    // Every draw needs recounts and none matters: the tie sensitivity's budget runs out.
    for (int candidates : { 400, 1'000 })
        QTest::addRow("%d candidates nobody chose", candidates) << candidates << false;
}

// The count with its tie sensitivity, as `mutualise-cli count` and closing an election do it.
void BenchCount::countTiedCandidates()
{
    QFETCH(int, candidates);
    QFETCH(bool, isChosen);
    BltElection election;
    election.seats = 1;
    if (!isChosen) {
        election.candidates = QStringList { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") };
        election.ballots = { { 5, { 0 }, 0 }, { 4, { 1 }, 0 }, { 3, { 2, 0 }, 0 } };
    }
    for (int c = 0; c < candidates; ++c) {
        election.candidates.append(QStringLiteral("Candidate %1").arg(c + 1));
        if (isChosen)
            election.ballots.append({ 1, { c }, 0 });
    }
    QBENCHMARK
    {
        QVERIFY(Stv::count(election));
    }
}

QTEST_APPLESS_MAIN(BenchCount)
#include "BenchCount.moc"
