#include "SampleMutual.h"
#include "app/shell/MutualSession.h"
#include "storage/MemberRepository.h"
#include "storage/MutualFile.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mutualise;

// The window's hold on an open mutual: it announces the changes the window makes, and notices the
// ones another program (the command line, a second window) commits to the same file.
class TestMutualSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void noticesAMemberAddedByAnotherProgram();
    void picksUpSettingsChangedByAnotherProgram();
    void ownChangeIsAnnouncedOnce();

private:
    // The poll runs every two seconds; give it two chances.
    static constexpr int pollWaitMs = 5000;

    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_classId = 0;
    std::unique_ptr<app::MutualSession> m_session;
    // The other program: a second connection to the same file, as mutualise-cli opens it.
    std::unique_ptr<storage::MutualFile> m_other;
    int m_fileNumber = 0;
};

void TestMutualSession::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestMutualSession::init()
{
    m_path = m_dir.filePath(u"session%1.mutual"_s.arg(++m_fileNumber));
    auto file = sample::createFile(m_path);
    QVERIFY(file != nullptr);
    m_session = std::make_unique<app::MutualSession>(std::move(file));
    const auto classes = storage::MemberRepository(m_session->file()).classes();
    QVERIFY(classes && !classes->isEmpty());
    m_classId = classes->constFirst().id;

    auto other = storage::MutualFile::open(m_path, u"cli"_s);
    QVERIFY2(other, qPrintable(other ? QString() : other.error().message));
    m_other = std::move(other).value();
}

void TestMutualSession::cleanup()
{
    m_other.reset();
    m_session.reset();
}

void TestMutualSession::noticesAMemberAddedByAnotherProgram()
{
    QSignalSpy changed(m_session.get(), &app::MutualSession::dataChanged);
    QVERIFY(storage::MemberRepository(*m_other).add(sample::member(u"1001"_s, u"Ada Byron"_s, m_classId)));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, pollWaitMs);
    // What the window reads after the signal includes the other program's member.
    const auto count = storage::MemberRepository(m_session->file()).count({});
    QVERIFY(count);
    QCOMPARE(count.value(), 1);
}

void TestMutualSession::picksUpSettingsChangedByAnotherProgram()
{
    QSignalSpy changed(m_session.get(), &app::MutualSession::dataChanged);
    domain::Mutual renamed = m_other->mutual();
    renamed.name = u"Shire Digital Services Co-operative"_s;
    renamed.individualWithdrawableCap = 50'000'00; // £50,000.00
    QVERIFY(m_other->updateMutual(renamed));
    QCOMPARE(m_session->mutual().name, sample::mutual().name); // not yet: nothing has been polled
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, pollWaitMs);
    QCOMPARE(m_session->mutual().name, u"Shire Digital Services Co-operative"_s);
    QCOMPARE(m_session->mutual().individualWithdrawableCap, 50'000'00);
}

void TestMutualSession::ownChangeIsAnnouncedOnce()
{
    QSignalSpy changed(m_session.get(), &app::MutualSession::dataChanged);
    QVERIFY(storage::MemberRepository(m_session->file())
                .add(sample::member(u"1002"_s, u"Wren Okafor"_s, m_classId)));
    m_session->notifyChanged();
    QCOMPARE(changed.count(), 1);
    // The poll sees the version the session already knows: no second reload of every page.
    QTest::qWait(pollWaitMs);
    QCOMPARE(changed.count(), 1);
}

QTEST_MAIN(TestMutualSession)
#include "TestMutualSession.moc"
