#include "domain/Money.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <tuple>

using namespace Qt::Literals::StringLiterals;
using mutualise::domain::Currency;
using mutualise::domain::Money;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Placeholder for the path of the mutual in data-driven rows.
const QString filePlaceholder = QStringLiteral("%FILE%");

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void topLevelHelpListsEveryCommand();
    void versionIsPrinted();
    void commandHelpShowsOptions_data();
    void commandHelpShowsOptions();

    void initCreatesAnEmptyMutual();
    void initHonoursCurrencyAndNominal();
    void initRefusesBadOptions_data();
    void initRefusesBadOptions();

    void membersAddAndList();
    void membersFilterByStatusAndClass();
    void membersCeaseRecordsTheDate();
    void membersTextTable();

    void sharesArithmetic();
    void movementsChangeTheHolding_data();
    void movementsChangeTheHolding();
    void membersAddDefaultsToActiveToday();
    void sharesTransferMovesShares();
    void sharesReverseUndoesAnEntry();
    void sharesLedgerFilters();
    void holdingsAsOfAnEarlierDay();
    void holdingsTextShowsTotal();

    void refusedCommandLeavesFileUnchanged_data();
    void refusedCommandLeavesFileUnchanged();
    void unreadableFilesAreRefused_data();
    void unreadableFilesAreRefused();
    void readingNeverCreatesAFile_data();
    void readingNeverCreatesAFile();
    void listingReadsAReadOnlyFile();

    void failedOutputIsAnError_data();
    void failedOutputIsAnError();
    void mistypedSubcommandIsAnUnknownCommand_data();
    void mistypedSubcommandIsAnUnknownCommand();
    void groupCommandTakesAFileOnlyIfItLooksLikeOne();
    void keysIgnoreCase();
    void textTableAlignsWideAndCombiningCharacters();
    void messagesQuoteWithCurlyQuotes_data();
    void messagesQuoteWithCurlyQuotes();

    void demoIsDeterministic();
    void countAgreesWithTheOfficialResult();
    void countByPlurality();
    void countRefusesBadBallots_data();
    void countRefusesBadBallots();
    void demoRefusesAnExistingFile();
    void demoRefusesBadOptions_data();
    void demoRefusesBadOptions();

    void meetingsAddAndList();
    void annualGeneralMeetingFromMotionToDeclaredResult();
    void tallyWeighsTheVotes_data();
    void tallyWeighsTheVotes();
    void ballotsImportReadsASpreadsheetsCsv();
    void secretBallotListsVotersNotChoices();
    void votingRefusalLeavesFileUnchanged_data();
    void votingRefusalLeavesFileUnchanged();

    void attendanceAndProxiesAtAMeeting();
    void proxiesCastBallotsAsAppointed();
    void stvElectionFromCandidatesToDeclaredResult();
    void electionImportAddsPapersCountedElsewhere();
    void electionBlankPapersAreInvalid();
    void electionRefusalLeavesFileUnchanged_data();
    void electionRefusalLeavesFileUnchanged();

private:
    // standardOutputFile, when given, receives what the program prints instead of the test.
    CliRun cli(const QStringList& arguments, const QString& standardOutputFile = {}) const;
    QJsonObject json(const QStringList& arguments) const;
    QString path(const QString& name) const { return m_dir->filePath(name); }
    // Init plus three members: 1001 a council holding 250 shares (£250.00 at £1 nominal), 1002 an
    // employee holding 10, 1003 a community member holding none and ceased on 2024-06-30.
    QString createFixture() const;
    // The fixture plus three members admitted on 2024-03-01: 1004 (Community) holding 20 shares,
    // 1005 (Investor) 100 and 1006 (Employee) 20. On the record date 2024-12-31 the roll is 1001
    // (Founding council, 250), 1002 (Employee, 10), 1004, 1005 and 1006: five members, 400 shares;
    // 1003 ceased on 2024-06-30.
    QString createVotingFixture() const;
    // Adds an AGM on 2025-03-01, a motion on it with these options, and opens voting with the record
    // date 2024-12-31; returns the motion's id, empty on failure.
    QString openMotion(const QString& file, const QStringList& motionOptions) const;
    QString writeFile(const QString& name, const QByteArray& content) const;
    // The voting fixture with motion 1 open (1001 has voted on it) and motion 2 a draft on meeting 1.
    // It takes some twenty runs of the program, so it is built once and copied for every other row.
    QString createFixtureWithMotions();
    // The voting fixture with AGM 1 (2025-03-01, one proxy a person; 1002 has appointed 1004) and four
    // elections on it: 1 open, by STV for 2 seats, candidates 1 Alice Example (member 1002), 2 Dana Reed
    // and 3 Evan Cole, in which 1001 has voted; 2 open, by plurality for 1 seat, candidates Ann and Bo;
    // 3 closed, STV for 1 seat, Pat and Quin; 4 a draft, STV for 1 seat, Xia alone. Built once and
    // copied, as createFixtureWithMotions is.
    QString createFixtureWithElections();
    // Runs each step, every one of which must succeed; false (and a warning) otherwise.
    bool runSteps(const QList<QStringList>& steps) const;
    static QByteArray fileDigest(const QString& filePath);
    static QJsonObject memberNumbered(const QJsonObject& list, const QString& number);
    static QJsonObject holdingOf(const QJsonObject& holdings, const QString& number);
    // A weight in `tally --json`: the whole number, or the exact fraction ("11/17") that a class-weighted
    // share carries beside its value; a value that disagrees with its fraction is reported as such.
    static QString weightOf(const QJsonObject& total);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_fixtureWithMotions;
    std::unique_ptr<QTemporaryDir> m_fixtureWithElections;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

CliRun TestCli::cli(const QStringList& arguments, const QString& standardOutputFile) const
{
    QProcess process;
    process.setWorkingDirectory(m_dir->path());
    if (!standardOutputFile.isEmpty())
        process.setStandardOutputFile(standardOutputFile);
    process.start(QStringLiteral(MUTUALISE_CLI), arguments);
    CliRun result;
    if (!process.waitForFinished(120'000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QJsonObject TestCli::json(const QStringList& arguments) const
{
    const CliRun run = cli(arguments);
    if (run.exitCode != 0) {
        qWarning("%s", qPrintable(run.err));
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        qWarning("not JSON: %s", qPrintable(run.out));
        return {};
    }
    return document.object();
}

QByteArray TestCli::fileDigest(const QString& filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QJsonObject TestCli::memberNumbered(const QJsonObject& list, const QString& number)
{
    const QJsonArray members = list.value(u"members").toArray();
    for (const QJsonValue& member : members) {
        if (member.toObject().value(u"number").toString() == number)
            return member.toObject();
    }
    return {};
}

QJsonObject TestCli::holdingOf(const QJsonObject& holdings, const QString& number)
{
    const QJsonArray rows = holdings.value(u"holdings").toArray();
    for (const QJsonValue& row : rows) {
        if (row.toObject().value(u"number").toString() == number)
            return row.toObject();
    }
    return {};
}

QString TestCli::createFixture() const
{
    const QString file = path(QStringLiteral("fixture.mutual"));
    const QList<QStringList> steps {
        { u"init"_s, file, u"--name"_s, u"Shire Digital Mutual"_s },
        { u"members"_s, u"add"_s, file, u"--number"_s, u"1001"_s, u"--name"_s, u"Anytown Council"_s,
          u"--class"_s, u"founding council"_s, u"--organisation"_s, u"--admitted"_s, u"2024-01-10"_s,
          u"--email"_s, u"clerk@anytown.example"_s, u"--address"_s, u"1 High Street, Anytown"_s },
        { u"members"_s, u"add"_s, file, u"--number"_s, u"1002"_s, u"--name"_s, u"Alice Example"_s,
          u"--class"_s, u"Employee"_s, u"--admitted"_s, u"2024-02-01"_s },
        { u"members"_s, u"add"_s, file, u"--number"_s, u"1003"_s, u"--name"_s, u"Bob Example"_s, u"--class"_s,
          u"Community"_s, u"--admitted"_s, u"2024-02-01"_s },
        { u"shares"_s, u"add"_s, file, u"--member"_s, u"1001"_s, u"--kind"_s, u"subscription"_s,
          u"--shares"_s, u"250"_s, u"--date"_s, u"2024-01-10"_s },
        { u"shares"_s, u"add"_s, file, u"--member"_s, u"1002"_s, u"--kind"_s, u"subscription"_s,
          u"--shares"_s, u"10"_s, u"--date"_s, u"2024-02-01"_s },
        { u"members"_s, u"cease"_s, file, u"1003"_s, u"--date"_s, u"2024-06-30"_s },
    };
    for (const QStringList& step : steps) {
        const CliRun run = cli(step);
        if (run.exitCode != 0) {
            qWarning("fixture step %s failed: %s", qPrintable(step.join(u' ')), qPrintable(run.err));
            return {};
        }
    }
    return file;
}

QString TestCli::weightOf(const QJsonObject& total)
{
    const QJsonValue weight = total.value(u"weight");
    if (!total.contains(u"exact"))
        return weight.isDouble() ? QString::number(weight.toInteger()) : u"not a number"_s;
    const QString exact = total.value(u"exact").toString();
    const QStringList terms = exact.split(u'/');
    const double value = terms.value(0).toDouble() / terms.value(1).toDouble();
    if (!qFuzzyCompare(weight.toDouble(), value))
        return u"%1 is not %2"_s.arg(weight.toDouble()).arg(exact);
    return exact;
}

QString TestCli::createVotingFixture() const
{
    const QString file = createFixture();
    if (file.isEmpty())
        return {};
    for (const auto& [number, memberClass, shares] : { std::tuple { u"1004"_s, u"Community"_s, u"20"_s },
                                                       std::tuple { u"1005"_s, u"Investor"_s, u"100"_s },
                                                       std::tuple { u"1006"_s, u"Employee"_s, u"20"_s } }) {
        const QList<QStringList> steps {
            { u"members"_s, u"add"_s, file, u"--number"_s, number, u"--name"_s, u"Member "_s + number,
              u"--class"_s, memberClass, u"--admitted"_s, u"2024-03-01"_s },
            { u"shares"_s, u"add"_s, file, u"--member"_s, number, u"--kind"_s, u"subscription"_s,
              u"--shares"_s, shares, u"--date"_s, u"2024-03-01"_s },
        };
        for (const QStringList& step : steps) {
            const CliRun run = cli(step);
            if (run.exitCode != 0) {
                qWarning("fixture step %s failed: %s", qPrintable(step.join(u' ')), qPrintable(run.err));
                return {};
            }
        }
    }
    return file;
}

QString TestCli::openMotion(const QString& file, const QStringList& motionOptions) const
{
    const CliRun meeting
        = cli({ u"meetings"_s, u"add"_s, file, u"--kind"_s, u"agm"_s, u"--date"_s, u"2025-03-01"_s });
    if (meeting.exitCode != 0) {
        qWarning("meetings add failed: %s", qPrintable(meeting.err));
        return {};
    }
    const CliRun motion = cli(QStringList { u"motions"_s, u"add"_s, file, u"--meeting"_s,
                                            meeting.out.trimmed(), u"--title"_s, u"Adopt the rules"_s }
                              + motionOptions);
    if (motion.exitCode != 0) {
        qWarning("motions add failed: %s", qPrintable(motion.err));
        return {};
    }
    const QString id = motion.out.trimmed();
    const CliRun opened = cli({ u"motions"_s, u"open"_s, file, id, u"--record-date"_s, u"2024-12-31"_s });
    if (opened.exitCode != 0) {
        qWarning("motions open failed: %s", qPrintable(opened.err));
        return {};
    }
    return id;
}

QString TestCli::writeFile(const QString& name, const QByteArray& content) const
{
    QFile file(path(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return file.fileName();
}

QString TestCli::createFixtureWithMotions()
{
    const QString file = path(u"fixture.mutual"_s);
    if (m_fixtureWithMotions) {
        const QString saved = m_fixtureWithMotions->filePath(u"fixture.mutual"_s);
        return QFile::copy(saved, file) ? file : QString();
    }
    if (createVotingFixture() != file || openMotion(file, {}) != u"1")
        return {};
    const CliRun draft
        = cli({ u"motions"_s, u"add"_s, file, u"--meeting"_s, u"1"_s, u"--title"_s, u"Draft"_s });
    const CliRun voted
        = cli({ u"ballots"_s, u"import"_s, file, u"1"_s, writeFile(u"first.csv"_s, "1001,for,person\n") });
    if (draft.out != u"2\n" || voted.exitCode != 0) {
        qWarning("fixture with motions failed: %s%s", qPrintable(draft.err), qPrintable(voted.err));
        return {};
    }
    auto saved = std::make_unique<QTemporaryDir>();
    if (!saved->isValid() || !QFile::copy(file, saved->filePath(u"fixture.mutual"_s)))
        return {};
    m_fixtureWithMotions = std::move(saved);
    return file;
}

bool TestCli::runSteps(const QList<QStringList>& steps) const
{
    for (const QStringList& step : steps) {
        const CliRun run = cli(step);
        if (run.exitCode != 0) {
            qWarning("step %s failed: %s", qPrintable(step.join(u' ')), qPrintable(run.err));
            return false;
        }
    }
    return true;
}

QString TestCli::createFixtureWithElections()
{
    const QString file = path(u"fixture.mutual"_s);
    if (m_fixtureWithElections) {
        const QString saved = m_fixtureWithElections->filePath(u"fixture.mutual"_s);
        return QFile::copy(saved, file) ? file : QString();
    }
    if (createVotingFixture() != file)
        return {};
    const auto add = [&file](const QStringList& options) {
        return QStringList { u"elections"_s, u"add"_s, file, u"--meeting"_s, u"1"_s } + options;
    };
    const auto open = [&file](const QString& election) {
        return QStringList { u"elections"_s, u"open"_s, file, election, u"--record-date"_s, u"2024-12-31"_s };
    };
    const QString firstPaper = writeFile(u"first.csv"_s, "1001,1 2,person\n");
    const QList<QStringList> steps {
        { u"meetings"_s, u"add"_s, file, u"--kind"_s, u"agm"_s, u"--date"_s, u"2025-03-01"_s,
          u"--proxy-limit"_s, u"1"_s },
        { u"meetings"_s, u"proxy"_s, file, u"1"_s, u"--member"_s, u"1002"_s, u"--proxy"_s, u"1004"_s },
        add({ u"--title"_s, u"Board election"_s, u"--seats"_s, u"2"_s, u"--candidate"_s, u"1002"_s,
              u"--candidate"_s, u"Dana Reed"_s, u"--candidate"_s, u"Evan Cole"_s }),
        open(u"1"_s),
        { u"elections"_s, u"vote"_s, file, u"1"_s, firstPaper },
        add({ u"--title"_s, u"Treasurer"_s, u"--seats"_s, u"1"_s, u"--method"_s, u"plurality"_s,
              u"--candidate"_s, u"Ann"_s, u"--candidate"_s, u"Bo"_s }),
        open(u"2"_s),
        add({ u"--title"_s, u"Auditor"_s, u"--seats"_s, u"1"_s, u"--candidate"_s, u"Pat"_s, u"--candidate"_s,
              u"Quin"_s }),
        open(u"3"_s),
        { u"elections"_s, u"vote"_s, file, u"3"_s, firstPaper },
        { u"elections"_s, u"close"_s, file, u"3"_s },
        add({ u"--title"_s, u"Secretary"_s, u"--seats"_s, u"1"_s, u"--candidate"_s, u"Xia"_s }),
    };
    if (firstPaper.isEmpty() || !runSteps(steps))
        return {};
    auto saved = std::make_unique<QTemporaryDir>();
    if (!saved->isValid() || !QFile::copy(file, saved->filePath(u"fixture.mutual"_s)))
        return {};
    m_fixtureWithElections = std::move(saved);
    return file;
}

void TestCli::topLevelHelpListsEveryCommand()
{
    const CliRun run = cli({ u"--help"_s });
    QCOMPARE(run.exitCode, 0);
    for (const char* command : { "init",
                                 "demo",
                                 "members add",
                                 "members cease",
                                 "shares add",
                                 "shares reverse",
                                 "holdings",
                                 "meetings add",
                                 "meetings attend",
                                 "meetings attendance",
                                 "meetings proxy",
                                 "motions add",
                                 "motions open",
                                 "motions close",
                                 "ballots import",
                                 "tally",
                                 "elections",
                                 "elections add",
                                 "elections open",
                                 "elections vote",
                                 "elections import",
                                 "elections export",
                                 "elections close",
                                 "elections result" })
        QVERIFY2(run.out.contains(QLatin1String(command)), command);
    QVERIFY(run.out.contains(u"List the register of members."));
    QVERIFY(run.err.isEmpty());
}

void TestCli::versionIsPrinted()
{
    const CliRun run = cli({ u"--version"_s });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(u"mutualise-cli 0."), qPrintable(run.out));
}

void TestCli::commandHelpShowsOptions_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("init") << QStringList { u"init"_s }
                          << QStringList { u"FILE"_s,         u"--name"_s,    u"--currency"_s,
                                           u"--legal-form"_s, u"--nominal"_s, u"--year-start"_s };
    QTest::newRow("demo") << QStringList { u"demo"_s }
                          << QStringList { u"--members"_s, u"--years"_s, u"--seed"_s, u"--until"_s };
    QTest::newRow("members") << QStringList { u"members"_s }
                             << QStringList { u"--json"_s, u"--status"_s, u"--class"_s };
    QTest::newRow("members add") << QStringList { u"members"_s, u"add"_s }
                                 << QStringList { u"--number"_s,       u"--name"_s,     u"--class"_s,
                                                  u"--organisation"_s, u"--admitted"_s, u"--email"_s,
                                                  u"--address"_s,      u"--phone"_s,    u"--status"_s };
    QTest::newRow("members cease") << QStringList { u"members"_s, u"cease"_s }
                                   << QStringList { u"NUMBER"_s, u"--date"_s };
    QTest::newRow("shares add") << QStringList { u"shares"_s, u"add"_s }
                                << QStringList { u"--member"_s, u"--kind"_s,   u"--shares"_s,   u"--date"_s,
                                                 u"--to"_s,     u"--amount"_s, u"--reference"_s };
    QTest::newRow("shares reverse") << QStringList { u"shares"_s, u"reverse"_s }
                                    << QStringList { u"ENTRY_ID"_s, u"--date"_s, u"--reference"_s };
    QTest::newRow("shares") << QStringList { u"shares"_s }
                            << QStringList { u"--member"_s, u"--from"_s, u"--to"_s, u"--json"_s };
    QTest::newRow("holdings") << QStringList { u"holdings"_s } << QStringList { u"--as-of"_s, u"--json"_s };
    QTest::newRow("count") << QStringList { u"count"_s }
                           << QStringList { u"BALLOTS"_s, u"--method"_s, u"--seed"_s, u"--json"_s };
    QTest::newRow("meetings") << QStringList { u"meetings"_s } << QStringList { u"FILE"_s, u"--json"_s };
    QTest::newRow("meetings add") << QStringList { u"meetings"_s, u"add"_s }
                                  << QStringList { u"--kind"_s, u"--date"_s, u"--title"_s, u"--place"_s,
                                                   u"--proxy-limit"_s };
    QTest::newRow("motions") << QStringList { u"motions"_s } << QStringList { u"--meeting"_s, u"--json"_s };
    const QStringList motionOptions { u"--meeting"_s,   u"--title"_s,       u"--text"_s,     u"--proposer"_s,
                                      u"--seconder"_s,  u"--threshold"_s,   u"two-thirds"_s, u"--scheme"_s,
                                      u"--cap-bp"_s,    u"--class-share"_s, u"CLASS=BP"_s,   u"--quorum"_s,
                                      u"--quorum-bp"_s, u"--secret"_s };
    QTest::newRow("motions add") << QStringList { u"motions"_s, u"add"_s } << motionOptions;
    QTest::newRow("motions open") << QStringList { u"motions"_s, u"open"_s }
                                  << QStringList { u"MOTION"_s, u"--record-date"_s };
    QTest::newRow("motions close") << QStringList { u"motions"_s, u"close"_s } << QStringList { u"MOTION"_s };
    QTest::newRow("ballots") << QStringList { u"ballots"_s } << QStringList { u"MOTION"_s, u"--json"_s };
    QTest::newRow("ballots import") << QStringList { u"ballots"_s, u"import"_s }
                                    << QStringList { u"MOTION"_s, u"CSV"_s,
                                                     u"member,choice,method[,proxy]"_s };
    QTest::newRow("tally") << QStringList { u"tally"_s } << QStringList { u"MOTION"_s, u"--json"_s };
    QTest::newRow("meetings attend") << QStringList { u"meetings"_s, u"attend"_s }
                                     << QStringList { u"MEETING NUMBER..."_s, u"--as"_s, u"apologies"_s,
                                                      u"none"_s };
    QTest::newRow("meetings attendance")
        << QStringList { u"meetings"_s, u"attendance"_s } << QStringList { u"MEETING"_s, u"--json"_s };
    QTest::newRow("meetings proxy") << QStringList { u"meetings"_s, u"proxy"_s }
                                    << QStringList { u"MEETING"_s, u"--member"_s,    u"--proxy"_s,
                                                     u"--chair"_s, u"--direction"_s, u"--revoke"_s };
    QTest::newRow("elections") << QStringList { u"elections"_s }
                               << QStringList { u"--meeting"_s, u"--json"_s };
    QTest::newRow("elections add") << QStringList { u"elections"_s, u"add"_s }
                                   << QStringList { u"--meeting"_s,     u"--title"_s,   u"--seats"_s,
                                                    u"--method"_s,      u"plurality"_s, u"--candidate"_s,
                                                    u"NAME_OR_NUMBER"_s };
    QTest::newRow("elections open") << QStringList { u"elections"_s, u"open"_s }
                                    << QStringList { u"ELECTION"_s, u"--record-date"_s };
    QTest::newRow("elections vote") << QStringList { u"elections"_s, u"vote"_s }
                                    << QStringList { u"ELECTION"_s, u"CSV"_s, u"member,preferences,method"_s,
                                                     u"“3 1 2”"_s, u"“blank”"_s };
    QTest::newRow("elections import") << QStringList { u"elections"_s, u"import"_s }
                                      << QStringList { u"ELECTION"_s, u"BALLOTS"_s, u".blt"_s };
    QTest::newRow("elections export") << QStringList { u"elections"_s, u"export"_s }
                                      << QStringList { u"ELECTION"_s, u"BALLOTS"_s, u"--force"_s };
    QTest::newRow("elections close") << QStringList { u"elections"_s, u"close"_s }
                                     << QStringList { u"ELECTION"_s };
    QTest::newRow("elections result")
        << QStringList { u"elections"_s, u"result"_s } << QStringList { u"ELECTION"_s, u"--json"_s };
}

void TestCli::commandHelpShowsOptions()
{
    QFETCH(QStringList, command);
    QFETCH(QStringList, mentions);
    const CliRun run = cli(command + QStringList { u"--help"_s });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"Usage: mutualise-cli "_s + command.join(u' ')), qPrintable(run.out));
    for (const QString& mention : mentions)
        QVERIFY2(run.out.contains(mention), qPrintable(mention));
}

void TestCli::initCreatesAnEmptyMutual()
{
    const QString file = path(u"new.mutual"_s);
    const CliRun run = cli({ u"init"_s, file, u"--name"_s, u"Vale Services Mutual"_s, u"--legal-form"_s,
                             u"community-benefit"_s, u"--year-start"_s, u"01-01"_s });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), file);
    QVERIFY(QFile::exists(file));
    const QJsonObject members = json({ u"members"_s, file, u"--json"_s });
    QCOMPARE(members.value(u"mutual").toString(), u"Vale Services Mutual"_s);
    QCOMPARE(members.value(u"currency").toString(), u"GBP"_s);
    QVERIFY(members.value(u"members").isArray());
    QCOMPARE(members.value(u"members").toArray().size(), 0);
}

void TestCli::initHonoursCurrencyAndNominal()
{
    const QString file = path(u"euro.mutual"_s);
    QCOMPARE(cli({ u"init"_s, file, u"--name"_s, u"Euro Mutual"_s, u"--currency"_s, u"eur"_s, u"--nominal"_s,
                   u"0.50"_s })
                 .exitCode,
             0);
    QCOMPARE(cli({ u"members"_s, u"add"_s, file, u"--number"_s, u"E1"_s, u"--name"_s, u"Eve"_s, u"--class"_s,
                   u"investor"_s, u"--admitted"_s, u"2024-03-01"_s })
                 .exitCode,
             0);
    QCOMPARE(cli({ u"shares"_s, u"add"_s, file, u"--member"_s, u"E1"_s, u"--kind"_s, u"subscription"_s,
                   u"--shares"_s, u"7"_s, u"--date"_s, u"2024-03-01"_s })
                 .exitCode,
             0);
    const QJsonObject holdings = json({ u"holdings"_s, file, u"--json"_s, u"--as-of"_s, u"2024-12-31"_s });
    QCOMPARE(holdings.value(u"currency").toString(), u"EUR"_s);
    // 7 shares x 50 cents = 350 cents
    QCOMPARE(holdingOf(holdings, u"E1"_s).value(u"amount").toInteger(), 350);
    QCOMPARE(holdings.value(u"total").toObject().value(u"shares").toInteger(), 7);
}

void TestCli::initRefusesBadOptions_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("no name") << QStringList {};
    QTest::newRow("legal form") << QStringList { u"--name"_s, u"M"_s, u"--legal-form"_s, u"charity"_s };
    QTest::newRow("year start month 13")
        << QStringList { u"--name"_s, u"M"_s, u"--year-start"_s, u"13-01"_s };
    QTest::newRow("year start 29 Feb") << QStringList { u"--name"_s, u"M"_s, u"--year-start"_s, u"02-29"_s };
    QTest::newRow("year start words") << QStringList { u"--name"_s, u"M"_s, u"--year-start"_s, u"April"_s };
    QTest::newRow("nominal words") << QStringList { u"--name"_s, u"M"_s, u"--nominal"_s, u"one pound"_s };
    QTest::newRow("nominal too precise") << QStringList { u"--name"_s, u"M"_s, u"--nominal"_s, u"1.005"_s };
    QTest::newRow("currency") << QStringList { u"--name"_s, u"M"_s, u"--currency"_s, u"XYZ"_s };
    QTest::newRow("unknown option") << QStringList { u"--name"_s, u"M"_s, u"--colour"_s, u"red"_s };
}

void TestCli::initRefusesBadOptions()
{
    QFETCH(QStringList, options);
    const QString file = path(u"refused.mutual"_s);
    const CliRun run = cli(QStringList { u"init"_s, file } + options);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"Try “mutualise-cli init --help”."), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(file));
}

void TestCli::membersAddAndList()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const CliRun added = cli({ u"members"_s, u"add"_s, file, u"--number"_s, u"A-7"_s, u"--name"_s,
                               u"Applicant Person"_s, u"--class"_s, u"COMMUNITY"_s, u"--status"_s,
                               u"applicant"_s, u"--phone"_s, u"01234 567890"_s });
    QCOMPARE(added.exitCode, 0);
    QCOMPARE(added.out.trimmed(), u"A-7"_s);

    const QJsonObject list = json({ u"members"_s, file, u"--json"_s });
    QCOMPARE(list.value(u"mutual").toString(), u"Shire Digital Mutual"_s);
    QCOMPARE(list.value(u"members").toArray().size(), 4);

    const QJsonObject council = memberNumbered(list, u"1001"_s);
    QCOMPARE(council.value(u"name").toString(), u"Anytown Council"_s);
    QCOMPARE(council.value(u"kind").toString(), u"organisation"_s);
    QCOMPARE(council.value(u"class").toString(), u"Founding council"_s);
    QCOMPARE(council.value(u"status").toString(), u"active"_s);
    QCOMPARE(council.value(u"admitted").toString(), u"2024-01-10"_s);
    QVERIFY(council.value(u"ceased").isNull());
    QCOMPARE(council.value(u"email").toString(), u"clerk@anytown.example"_s);
    QCOMPARE(council.value(u"address").toString(), u"1 High Street, Anytown"_s);
    // 250 shares x 100 pence nominal = 25000 pence
    QCOMPARE(council.value(u"shares").toInteger(), 250);
    QCOMPARE(council.value(u"amount").toInteger(), 25000);

    const QJsonObject applicant = memberNumbered(list, u"A-7"_s);
    QCOMPARE(applicant.value(u"kind").toString(), u"individual"_s);
    QCOMPARE(applicant.value(u"class").toString(), u"Community"_s);
    QCOMPARE(applicant.value(u"status").toString(), u"applicant"_s);
    QVERIFY(applicant.value(u"admitted").isNull());
    QCOMPARE(applicant.value(u"shares").toInteger(), 0);
}

void TestCli::membersFilterByStatusAndClass()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const QJsonObject active = json({ u"members"_s, file, u"--json"_s, u"--status"_s, u"active"_s });
    QCOMPARE(active.value(u"members").toArray().size(), 2); // 1001 and 1002; 1003 has ceased
    const QJsonObject ceased = json({ u"members"_s, file, u"--json"_s, u"--status"_s, u"ceased"_s });
    QCOMPARE(ceased.value(u"members").toArray().size(), 1);
    QCOMPARE(ceased.value(u"members").toArray().at(0).toObject().value(u"number").toString(), u"1003"_s);
    const QJsonObject employees = json({ u"members"_s, file, u"--json"_s, u"--class"_s, u"eMPLOYEE"_s });
    QCOMPARE(employees.value(u"members").toArray().size(), 1);
    QCOMPARE(employees.value(u"members").toArray().at(0).toObject().value(u"number").toString(), u"1002"_s);

    QCOMPARE(cli({ u"members"_s, file, u"--status"_s, u"retired"_s }).exitCode, 2);
    const CliRun unknownClass = cli({ u"members"_s, file, u"--class"_s, u"Trustee"_s });
    QCOMPARE(unknownClass.exitCode, 1);
    QVERIFY2(unknownClass.err.contains(u"(unknown-class)"), qPrintable(unknownClass.err));
}

void TestCli::membersCeaseRecordsTheDate()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const CliRun run = cli({ u"members"_s, u"cease"_s, file, u"1002"_s, u"--date"_s, u"2024-09-30"_s });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"1002") && run.out.contains(u"2024-09-30"), qPrintable(run.out));
    const QJsonObject member = memberNumbered(json({ u"members"_s, file, u"--json"_s }), u"1002"_s);
    QCOMPARE(member.value(u"status").toString(), u"ceased"_s);
    QCOMPARE(member.value(u"admitted").toString(), u"2024-02-01"_s);
    QCOMPARE(member.value(u"ceased").toString(), u"2024-09-30"_s);
}

void TestCli::membersTextTable()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const CliRun run = cli({ u"members"_s, file });
    QCOMPARE(run.exitCode, 0);
    for (const char* expected :
         { "Number", "Name", "Type", "Class", "Status", "Admitted", "Ceased", "Shares", "Anytown Council",
           "Alice Example", "Bob Example", "2024-06-30", "Founding council" })
        QVERIFY2(run.out.contains(QLatin1String(expected)), expected);
    QVERIFY(run.err.isEmpty());
}

void TestCli::sharesArithmetic()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const CliRun withdrawal = cli({ u"shares"_s, u"add"_s, file, u"--member"_s, u"1001"_s, u"--kind"_s,
                                    u"withdrawal"_s, u"--shares"_s, u"50"_s, u"--date"_s, u"2024-07-01"_s,
                                    u"--reference"_s, u"Board minute 12"_s });
    QCOMPARE(withdrawal.exitCode, 0);
    bool isNumber = false;
    QVERIFY(withdrawal.out.trimmed().toLongLong(&isNumber) > 0);
    QVERIFY(isNumber);

    const QJsonObject holdings = json({ u"holdings"_s, file, u"--json"_s, u"--as-of"_s, u"2024-12-31"_s });
    QCOMPARE(holdings.value(u"as_of").toString(), u"2024-12-31"_s);
    QCOMPARE(holdings.value(u"currency").toString(), u"GBP"_s);
    // 1001: 250 subscribed - 50 withdrawn = 200 shares; 200 x 100p = 20000p
    const QJsonObject council = holdingOf(holdings, u"1001"_s);
    QCOMPARE(council.value(u"shares").toInteger(), 200);
    QCOMPARE(council.value(u"amount").toInteger(), 20000);
    QCOMPARE(council.value(u"class").toString(), u"Founding council"_s);
    QCOMPARE(council.value(u"name").toString(), u"Anytown Council"_s);
    // 1002: 10 shares x 100p = 1000p; 1003 holds nothing and is left out
    QCOMPARE(holdingOf(holdings, u"1002"_s).value(u"amount").toInteger(), 1000);
    QCOMPARE(holdings.value(u"holdings").toArray().size(), 2);
    // total: 200 + 10 = 210 shares; 20000 + 1000 = 21000p
    const QJsonObject total = holdings.value(u"total").toObject();
    QCOMPARE(total.value(u"shares").toInteger(), 210);
    QCOMPARE(total.value(u"amount").toInteger(), 21000);

    const QJsonObject members = json({ u"members"_s, file, u"--json"_s });
    QCOMPARE(memberNumbered(members, u"1001"_s).value(u"shares").toInteger(), 200);
}

void TestCli::movementsChangeTheHolding_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("shares");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<qint64>("expectedShares");
    QTest::addColumn<qint64>("expectedAmount");
    // 1001 starts with 250 shares, 25000p; nominal 100p a share
    QTest::newRow("subscription") << u"subscription"_s << u"50"_s << QStringList {} << qint64(300)
                                  << qint64(30000); // 250 + 50 = 300; 300 x 100p
    QTest::newRow("subscription with its amount")
        << u"subscription"_s << u"25"_s << QStringList { u"--amount"_s, u"25.00"_s } << qint64(275)
        << qint64(27500); // 250 + 25 = 275; 25000p + 2500p
    QTest::newRow("withdrawal") << u"withdrawal"_s << u"50"_s << QStringList {} << qint64(200)
                                << qint64(20000); // 250 - 50 = 200; 200 x 100p
    QTest::newRow("forfeiture") << u"forfeiture"_s << u"5"_s << QStringList {} << qint64(245)
                                << qint64(24500); // 250 - 5 = 245; 245 x 100p
    QTest::newRow("withdraw to the class minimum")
        << u"withdrawal"_s << u"249"_s << QStringList {} << qint64(1)
        << qint64(100); // 250 - 249 = 1, the Founding council minimum
}

void TestCli::movementsChangeTheHolding()
{
    QFETCH(QString, kind);
    QFETCH(QString, shares);
    QFETCH(QStringList, extra);
    QFETCH(qint64, expectedShares);
    QFETCH(qint64, expectedAmount);
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const CliRun run = cli(QStringList { u"shares"_s, u"add"_s, file, u"--member"_s, u"1001"_s, u"--kind"_s,
                                         kind, u"--shares"_s, shares, u"--date"_s, u"2024-07-01"_s }
                           + extra);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed().split(u'\n').size(), 1);
    const QJsonObject holding
        = holdingOf(json({ u"holdings"_s, file, u"--json"_s, u"--as-of"_s, u"2024-07-01"_s }), u"1001"_s);
    QCOMPARE(holding.value(u"shares").toInteger(), expectedShares);
    QCOMPARE(holding.value(u"amount").toInteger(), expectedAmount);
}

void TestCli::membersAddDefaultsToActiveToday()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const CliRun run = cli({ u"members"_s, u"add"_s, file, u"--number"_s, u"1004"_s, u"--name"_s,
                             u"Dee Example"_s, u"--class"_s, u"Investor"_s });
    QCOMPARE(run.exitCode, 0);
    const QJsonObject member = memberNumbered(json({ u"members"_s, file, u"--json"_s }), u"1004"_s);
    QCOMPARE(member.value(u"status").toString(), u"active"_s);
    QCOMPARE(member.value(u"admitted").toString(), QDate::currentDate().toString(Qt::ISODate));
    QCOMPARE(member.value(u"class").toString(), u"Investor"_s);
}

void TestCli::sharesTransferMovesShares()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const CliRun run
        = cli({ u"shares"_s, u"add"_s, file, u"--member"_s, u"1001"_s, u"--kind"_s, u"transfer"_s, u"--to"_s,
                u"1002"_s, u"--shares"_s, u"30"_s, u"--date"_s, u"2024-08-01"_s });
    QCOMPARE(run.exitCode, 0);
    const QStringList ids = run.out.trimmed().split(u'\n');
    QCOMPARE(ids.size(), 2); // both sides of the transfer

    const QJsonObject holdings = json({ u"holdings"_s, file, u"--json"_s, u"--as-of"_s, u"2024-08-01"_s });
    // 1001: 250 - 30 = 220 shares, 22000p; 1002: 10 + 30 = 40 shares, 4000p
    QCOMPARE(holdingOf(holdings, u"1001"_s).value(u"shares").toInteger(), 220);
    QCOMPARE(holdingOf(holdings, u"1001"_s).value(u"amount").toInteger(), 22000);
    QCOMPARE(holdingOf(holdings, u"1002"_s).value(u"shares").toInteger(), 40);
    QCOMPARE(holdingOf(holdings, u"1002"_s).value(u"amount").toInteger(), 4000);
    // a transfer moves capital between members: the total stays 260 shares, 26000p
    QCOMPARE(holdings.value(u"total").toObject().value(u"shares").toInteger(), 260);
    QCOMPARE(holdings.value(u"total").toObject().value(u"amount").toInteger(), 26000);

    // the day before, nothing had moved
    const QJsonObject before = json({ u"holdings"_s, file, u"--json"_s, u"--as-of"_s, u"2024-07-31"_s });
    QCOMPARE(holdingOf(before, u"1001"_s).value(u"shares").toInteger(), 250);
}

void TestCli::sharesReverseUndoesAnEntry()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const CliRun withdrawal = cli({ u"shares"_s, u"add"_s, file, u"--member"_s, u"1001"_s, u"--kind"_s,
                                    u"withdrawal"_s, u"--shares"_s, u"50"_s, u"--date"_s, u"2024-07-01"_s });
    QCOMPARE(withdrawal.exitCode, 0);
    const QString entryId = withdrawal.out.trimmed();

    const CliRun reversal = cli({ u"shares"_s, u"reverse"_s, file, entryId, u"--date"_s, u"2024-07-02"_s,
                                  u"--reference"_s, u"Entered twice"_s });
    QCOMPARE(reversal.exitCode, 0);
    QVERIFY(!reversal.out.trimmed().isEmpty());
    QVERIFY(reversal.out.trimmed() != entryId);

    const QJsonObject holdings = json({ u"holdings"_s, file, u"--json"_s, u"--as-of"_s, u"2024-07-02"_s });
    // 250 - 50 + 50 (reversal) = 250 shares, 25000p
    QCOMPARE(holdingOf(holdings, u"1001"_s).value(u"shares").toInteger(), 250);
    QCOMPARE(holdingOf(holdings, u"1001"_s).value(u"amount").toInteger(), 25000);

    const QJsonObject ledger = json({ u"shares"_s, file, u"--json"_s, u"--member"_s, u"1001"_s });
    const QJsonArray entries = ledger.value(u"entries").toArray();
    QCOMPARE(entries.size(), 3); // subscription, withdrawal, reversal
    QCOMPARE(entries.at(1).toObject().value(u"kind").toString(), u"withdrawal"_s);
    QCOMPARE(entries.at(1).toObject().value(u"shares").toInteger(), -50);
    QCOMPARE(entries.at(1).toObject().value(u"reversed").toBool(), true);
    QCOMPARE(entries.at(2).toObject().value(u"kind").toString(), u"reversal"_s);
    QCOMPARE(entries.at(2).toObject().value(u"reverses").toInteger(), entryId.toLongLong());
    QCOMPARE(entries.at(2).toObject().value(u"shares").toInteger(), 50);

    const CliRun again = cli({ u"shares"_s, u"reverse"_s, file, entryId, u"--date"_s, u"2024-07-03"_s });
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"(already-reversed)"), qPrintable(again.err));
}

void TestCli::sharesLedgerFilters()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const QJsonObject all = json({ u"shares"_s, file, u"--json"_s });
    QCOMPARE(all.value(u"currency").toString(), u"GBP"_s);
    const QJsonArray entries = all.value(u"entries").toArray();
    QCOMPARE(entries.size(), 2);
    const QJsonObject first = entries.at(0).toObject();
    QCOMPARE(first.value(u"date").toString(), u"2024-01-10"_s);
    QCOMPARE(first.value(u"member").toString(), u"1001"_s);
    QCOMPARE(first.value(u"kind").toString(), u"subscription"_s);
    QCOMPARE(first.value(u"amount").toInteger(), 25000); // 250 x 100p
    QVERIFY(first.value(u"counterparty").isNull());

    const QJsonObject february
        = json({ u"shares"_s, file, u"--json"_s, u"--from"_s, u"2024-02-01"_s, u"--to"_s, u"2024-02-29"_s });
    QCOMPARE(february.value(u"entries").toArray().size(), 1);
    QCOMPARE(february.value(u"entries").toArray().at(0).toObject().value(u"member").toString(), u"1002"_s);

    const CliRun text = cli({ u"shares"_s, file });
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(Money(25000, Currency::gbp()).format(QLocale())), qPrintable(text.out));
    QCOMPARE(cli({ u"shares"_s, file, u"--from"_s, u"2024-02-30"_s }).exitCode, 2);
}

void TestCli::holdingsAsOfAnEarlierDay()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    // on 2024-01-31 only the council's subscription of 2024-01-10 had been made
    const QJsonObject january = json({ u"holdings"_s, file, u"--json"_s, u"--as-of"_s, u"2024-01-31"_s });
    QCOMPARE(january.value(u"holdings").toArray().size(), 1);
    QCOMPARE(january.value(u"total").toObject().value(u"shares").toInteger(), 250);
    QCOMPARE(january.value(u"total").toObject().value(u"amount").toInteger(), 25000);
    // before anything was subscribed the register holds nothing
    const QJsonObject empty = json({ u"holdings"_s, file, u"--json"_s, u"--as-of"_s, u"2023-12-31"_s });
    QCOMPARE(empty.value(u"holdings").toArray().size(), 0);
    QCOMPARE(empty.value(u"total").toObject().value(u"amount").toInteger(), 0);
}

void TestCli::holdingsTextShowsTotal()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const CliRun run = cli({ u"holdings"_s, file, u"--as-of"_s, u"2024-12-31"_s });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"Anytown Council"));
    QVERIFY(run.out.contains(Money(25000, Currency::gbp()).format(QLocale())));
    const QStringList lines = run.out.trimmed().split(u'\n');
    // the last line is the total: 250 + 10 = 260 shares, 25000 + 1000 = 26000p
    QVERIFY2(lines.constLast().startsWith(u"Total"), qPrintable(run.out));
    QVERIFY2(lines.constLast().contains(Money(26000, Currency::gbp()).format(QLocale())),
             qPrintable(run.out));
    QVERIFY(lines.constLast().contains(u"260"));
}

void TestCli::refusedCommandLeavesFileUnchanged_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString file = filePlaceholder;
    const QString usage = u"Try “mutualise-cli"_s;
    const auto sharesAdd = [&file](const QStringList& options) {
        return QStringList { u"shares"_s, u"add"_s, file } + options;
    };
    const auto membersAdd = [&file](const QStringList& options) {
        return QStringList { u"members"_s, u"add"_s, file } + options;
    };

    QTest::newRow("duplicate number")
        << membersAdd({ u"--number"_s, u"1001"_s, u"--name"_s, u"Other"_s, u"--class"_s, u"Community"_s })
        << 1 << u"(duplicate-number)"_s;
    QTest::newRow("unknown class") << membersAdd(
        { u"--number"_s, u"2001"_s, u"--name"_s, u"Other"_s, u"--class"_s, u"Trustee"_s })
                                   << 1 << u"(unknown-class)"_s;
    QTest::newRow("admitted 2024-13-01")
        << membersAdd({ u"--number"_s, u"2001"_s, u"--name"_s, u"Other"_s, u"--class"_s, u"Community"_s,
                        u"--admitted"_s, u"2024-13-01"_s })
        << 2 << usage;
    QTest::newRow("status suspended")
        << membersAdd({ u"--number"_s, u"2001"_s, u"--name"_s, u"Other"_s, u"--class"_s, u"Community"_s,
                        u"--status"_s, u"suspended"_s })
        << 2 << usage;
    QTest::newRow("member without name")
        << membersAdd({ u"--number"_s, u"2001"_s, u"--class"_s, u"Community"_s }) << 2 << usage;
    QTest::newRow("malformed member number") << membersAdd(
        { u"--number"_s, u"no spaces allowed"_s, u"--name"_s, u"Other"_s, u"--class"_s, u"Community"_s })
                                             << 1 << u"error: "_s;

    // 1001 holds 250 shares: withdrawing 251 would leave -1
    QTest::newRow("withdrawal below zero")
        << sharesAdd({ u"--member"_s, u"1001"_s, u"--kind"_s, u"withdrawal"_s, u"--shares"_s, u"251"_s,
                       u"--date"_s, u"2024-07-01"_s })
        << 1 << u"(holding-below-zero)"_s;
    QTest::newRow("subscription by ceased member")
        << sharesAdd({ u"--member"_s, u"1003"_s, u"--kind"_s, u"subscription"_s, u"--shares"_s, u"5"_s,
                       u"--date"_s, u"2024-03-01"_s })
        << 1 << u"(member-not-active)"_s;
    QTest::newRow("transfer without --to")
        << sharesAdd({ u"--member"_s, u"1001"_s, u"--kind"_s, u"transfer"_s, u"--shares"_s, u"5"_s,
                       u"--date"_s, u"2024-07-01"_s })
        << 2 << usage;
    QTest::newRow("--to on a subscription")
        << sharesAdd({ u"--member"_s, u"1001"_s, u"--kind"_s, u"subscription"_s, u"--to"_s, u"1002"_s,
                       u"--shares"_s, u"5"_s, u"--date"_s, u"2024-07-01"_s })
        << 2 << usage;
    // dated before 1003 ceased, so only its status stands in the way
    QTest::newRow("transfer to a ceased member")
        << sharesAdd({ u"--member"_s, u"1001"_s, u"--kind"_s, u"transfer"_s, u"--to"_s, u"1003"_s,
                       u"--shares"_s, u"5"_s, u"--date"_s, u"2024-05-01"_s })
        << 1 << u"(member-not-active)"_s;
    QTest::newRow("date 2024-13-01") << sharesAdd({ u"--member"_s, u"1001"_s, u"--kind"_s, u"subscription"_s,
                                                    u"--shares"_s, u"5"_s, u"--date"_s, u"2024-13-01"_s })
                                     << 2 << usage;
    QTest::newRow("date with a time")
        << sharesAdd({ u"--member"_s, u"1001"_s, u"--kind"_s, u"subscription"_s, u"--shares"_s, u"5"_s,
                       u"--date"_s, u"2024-07-01T10:00"_s })
        << 2 << usage;
    // every malformed count is the same slip of the hand, refused before the file is opened
    const QString positiveShares = u"--shares needs a positive whole number"_s;
    QTest::newRow("negative shares") << sharesAdd({ u"--member"_s, u"1001"_s, u"--kind"_s, u"subscription"_s,
                                                    u"--shares"_s, u"-3"_s, u"--date"_s, u"2024-07-01"_s })
                                     << 2 << positiveShares;
    QTest::newRow("zero shares") << sharesAdd({ u"--member"_s, u"1001"_s, u"--kind"_s, u"subscription"_s,
                                                u"--shares"_s, u"0"_s, u"--date"_s, u"2024-07-01"_s })
                                 << 2 << positiveShares;
    QTest::newRow("fractional shares")
        << sharesAdd({ u"--member"_s, u"1001"_s, u"--kind"_s, u"subscription"_s, u"--shares"_s, u"1.5"_s,
                       u"--date"_s, u"2024-07-01"_s })
        << 2 << positiveShares;
    QTest::newRow("shares abc") << sharesAdd({ u"--member"_s, u"1001"_s, u"--kind"_s, u"subscription"_s,
                                               u"--shares"_s, u"abc"_s, u"--date"_s, u"2024-07-01"_s })
                                << 2 << positiveShares;
    // a forgotten value must not swallow the next option
    QTest::newRow("--name swallowing --class")
        << membersAdd({ u"--number"_s, u"2001"_s, u"--name"_s, u"--class"_s, u"Community"_s }) << 2
        << u"--name needs a value"_s;
    QTest::newRow("--reference swallowing --date")
        << sharesAdd({ u"--member"_s, u"1001"_s, u"--kind"_s, u"subscription"_s, u"--shares"_s, u"5"_s,
                       u"--reference"_s, u"--date"_s, u"2024-07-01"_s })
        << 2 << u"--reference needs a value"_s;
    QTest::newRow("--name last without value")
        << membersAdd({ u"--number"_s, u"2001"_s, u"--class"_s, u"Community"_s, u"--name"_s }) << 2
        << u"--name needs a value"_s;
    QTest::newRow("shares in words") << sharesAdd({ u"--member"_s, u"1001"_s, u"--kind"_s, u"subscription"_s,
                                                    u"--shares"_s, u"ten"_s, u"--date"_s, u"2024-07-01"_s })
                                     << 2 << usage;
    QTest::newRow("shares overflow") << sharesAdd({ u"--member"_s, u"1001"_s, u"--kind"_s, u"subscription"_s,
                                                    u"--shares"_s, u"99999999999999999999"_s, u"--date"_s,
                                                    u"2024-07-01"_s })
                                     << 2 << usage;
    QTest::newRow("amount too precise")
        << sharesAdd({ u"--member"_s, u"1001"_s, u"--kind"_s, u"subscription"_s, u"--shares"_s, u"5"_s,
                       u"--date"_s, u"2024-07-01"_s, u"--amount"_s, u"5.001"_s })
        << 2 << usage;
    // 5 shares at 100p nominal are 500p, not 600p
    QTest::newRow("amount not nominal")
        << sharesAdd({ u"--member"_s, u"1001"_s, u"--kind"_s, u"subscription"_s, u"--shares"_s, u"5"_s,
                       u"--date"_s, u"2024-07-01"_s, u"--amount"_s, u"6.00"_s })
        << 1 << u"(invalid-amount)"_s;
    QTest::newRow("kind reversal") << sharesAdd({ u"--member"_s, u"1001"_s, u"--kind"_s, u"reversal"_s,
                                                  u"--shares"_s, u"5"_s, u"--date"_s, u"2024-07-01"_s })
                                   << 2 << usage;
    QTest::newRow("unknown member") << sharesAdd({ u"--member"_s, u"9999"_s, u"--kind"_s, u"subscription"_s,
                                                   u"--shares"_s, u"5"_s, u"--date"_s, u"2024-07-01"_s })
                                    << 1 << u"(unknown-member)"_s;
    QTest::newRow("shares add without date")
        << sharesAdd({ u"--member"_s, u"1001"_s, u"--kind"_s, u"subscription"_s, u"--shares"_s, u"5"_s }) << 2
        << usage;
    QTest::newRow("cease unknown member")
        << QStringList { u"members"_s, u"cease"_s, file, u"9999"_s, u"--date"_s, u"2024-07-01"_s } << 1
        << u"(unknown-member)"_s;
    QTest::newRow("cease twice") << QStringList { u"members"_s, u"cease"_s,  file,
                                                  u"1003"_s,    u"--date"_s, u"2024-07-01"_s }
                                 << 1 << u"error: "_s;
    QTest::newRow("cease without date")
        << QStringList { u"members"_s, u"cease"_s, file, u"1002"_s } << 2 << usage;
    QTest::newRow("cease without number")
        << QStringList { u"members"_s, u"cease"_s, file, u"--date"_s, u"2024-07-01"_s } << 2 << usage;
    QTest::newRow("reverse unknown entry")
        << QStringList { u"shares"_s, u"reverse"_s, file, u"9999"_s, u"--date"_s, u"2024-07-01"_s } << 1
        << u"error: "_s;
    QTest::newRow("reverse entry id in words")
        << QStringList { u"shares"_s, u"reverse"_s, file, u"first"_s } << 2 << usage;
    QTest::newRow("unknown command") << QStringList { u"frobnicate"_s, file } << 2 << usage;
    QTest::newRow("unknown option") << QStringList { u"holdings"_s, file, u"--colour"_s } << 2 << usage;
    QTest::newRow("extra argument") << QStringList { u"holdings"_s, file, u"again"_s } << 2 << usage;
    QTest::newRow("holdings bad as-of")
        << QStringList { u"holdings"_s, file, u"--as-of"_s, u"31/12/2024"_s } << 2 << usage;
    QTest::newRow("init over existing")
        << QStringList { u"init"_s, file, u"--name"_s, u"Replacement"_s } << 1 << u"(exists)"_s;
}

void TestCli::refusedCommandLeavesFileUnchanged()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    arguments.replaceInStrings(filePlaceholder, file);

    const QByteArray digestBefore = fileDigest(file);
    const QJsonObject membersBefore = json({ u"members"_s, file, u"--json"_s });
    const QJsonObject holdingsBefore
        = json({ u"holdings"_s, file, u"--json"_s, u"--as-of"_s, u"2025-12-31"_s });
    const QJsonObject ledgerBefore = json({ u"shares"_s, file, u"--json"_s });
    QVERIFY(!digestBefore.isEmpty());
    QVERIFY(!membersBefore.isEmpty());

    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QVERIFY2(run.err.count(u'\n') <= 2, qPrintable(run.err)); // one message, at most a pointer to help

    // SQLite in WAL mode may still hold data beside the file: compare the data as the program reads it too.
    QCOMPARE(fileDigest(file), digestBefore);
    QCOMPARE(json({ u"members"_s, file, u"--json"_s }), membersBefore);
    QCOMPARE(json({ u"holdings"_s, file, u"--json"_s, u"--as-of"_s, u"2025-12-31"_s }), holdingsBefore);
    QCOMPARE(json({ u"shares"_s, file, u"--json"_s }), ledgerBefore);
}

void TestCli::unreadableFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("rule");
    QTest::newRow("text file") << QByteArray("Minutes of the AGM\nNot a database.\n") << u"(not-a-mutual)"_s;
    QTest::newRow("random bytes") << QByteArray(4096, '\x5a') << u"(not-a-mutual)"_s;
}

void TestCli::unreadableFilesAreRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, rule);
    const QString file = path(u"notes.mutual"_s);
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(content), content.size());
    }
    const QByteArray digest = fileDigest(file);
    for (const QStringList& arguments : {
             QStringList { u"members"_s, file },
             QStringList { u"holdings"_s, file, u"--json"_s },
             QStringList { u"shares"_s, file },
             QStringList { u"members"_s, u"add"_s, file, u"--number"_s, u"1"_s, u"--name"_s, u"N"_s,
                           u"--class"_s, u"Community"_s },
         }) {
        const CliRun run = cli(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(u"error: ") && run.err.contains(rule), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(fileDigest(file), digest);
    }
}

void TestCli::readingNeverCreatesAFile_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("members") << QStringList { u"members"_s, filePlaceholder, u"--json"_s };
    QTest::newRow("holdings") << QStringList { u"holdings"_s, filePlaceholder };
    QTest::newRow("shares") << QStringList { u"shares"_s, filePlaceholder };
    QTest::newRow("members add") << QStringList { u"members"_s,  u"add"_s,     filePlaceholder,
                                                  u"--number"_s, u"1"_s,       u"--name"_s,
                                                  u"N"_s,        u"--class"_s, u"Community"_s };
    QTest::newRow("shares add") << QStringList { u"shares"_s, u"add"_s,    filePlaceholder,   u"--member"_s,
                                                 u"1"_s,      u"--kind"_s, u"subscription"_s, u"--shares"_s,
                                                 u"1"_s,      u"--date"_s, u"2024-01-01"_s };
    QTest::newRow("meetings") << QStringList { u"meetings"_s, filePlaceholder };
    QTest::newRow("meetings add") << QStringList { u"meetings"_s, u"add"_s,    filePlaceholder, u"--kind"_s,
                                                   u"agm"_s,      u"--date"_s, u"2025-03-01"_s };
    QTest::newRow("motions") << QStringList { u"motions"_s, filePlaceholder, u"--json"_s };
    QTest::newRow("motions add") << QStringList { u"motions"_s, u"add"_s,     filePlaceholder, u"--meeting"_s,
                                                  u"1"_s,       u"--title"_s, u"T"_s };
    QTest::newRow("motions open") << QStringList { u"motions"_s, u"open"_s, filePlaceholder, u"1"_s };
    QTest::newRow("motions close") << QStringList { u"motions"_s, u"close"_s, filePlaceholder, u"1"_s };
    QTest::newRow("tally") << QStringList { u"tally"_s, filePlaceholder, u"1"_s };
    QTest::newRow("meetings attend") << QStringList { u"meetings"_s, u"attend"_s, filePlaceholder, u"1"_s,
                                                      u"1001"_s,     u"--as"_s,   u"present"_s };
    QTest::newRow("meetings attendance")
        << QStringList { u"meetings"_s, u"attendance"_s, filePlaceholder, u"1"_s };
    QTest::newRow("meetings proxy") << QStringList { u"meetings"_s, u"proxy"_s, filePlaceholder, u"1"_s,
                                                     u"--member"_s, u"1001"_s,  u"--chair"_s };
    QTest::newRow("elections") << QStringList { u"elections"_s, filePlaceholder, u"--json"_s };
    QTest::newRow("elections add") << QStringList { u"elections"_s,   u"add"_s,     filePlaceholder,
                                                    u"--meeting"_s,   u"1"_s,       u"--title"_s,
                                                    u"T"_s,           u"--seats"_s, u"1"_s,
                                                    u"--candidate"_s, u"A"_s };
    QTest::newRow("elections open") << QStringList { u"elections"_s, u"open"_s, filePlaceholder, u"1"_s };
    QTest::newRow("elections export")
        << QStringList { u"elections"_s, u"export"_s, filePlaceholder, u"1"_s, u"out.blt"_s };
    QTest::newRow("elections close") << QStringList { u"elections"_s, u"close"_s, filePlaceholder, u"1"_s };
    QTest::newRow("elections result") << QStringList { u"elections"_s, u"result"_s, filePlaceholder, u"1"_s };
}

void TestCli::readingNeverCreatesAFile()
{
    QFETCH(QStringList, arguments);
    const QString file = path(u"missing.mutual"_s);
    arguments.replaceInStrings(filePlaceholder, file);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"(not-found)"), qPrintable(run.err));
    QVERIFY(!QFile::exists(file));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), 0);
}

// A finance officer reads a published copy marked read-only in a read-only folder: the listings work,
// a change is refused as read-only, and the file stays byte for byte the same.
void TestCli::listingReadsAReadOnlyFile()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const auto readOnly = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    const auto folderReadOnly = readOnly | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(file, readOnly));
    QVERIFY(QFile::setPermissions(m_dir->path(), folderReadOnly));
    const QByteArray before = fileDigest(file);

    const QJsonObject holdings = json({ u"holdings"_s, file, u"--json"_s });
    const QJsonObject members = json({ u"members"_s, file, u"--json"_s });
    const CliRun ledger = cli({ u"shares"_s, file });
    const CliRun change = cli({ u"members"_s, u"add"_s, file, u"--number"_s, u"1004"_s, u"--name"_s,
                                u"Carol Example"_s, u"--class"_s, u"Community"_s });
    const QStringList companions = QDir(m_dir->path()).entryList(QDir::Files);

    QVERIFY(QFile::setPermissions(m_dir->path(), folderReadOnly | QFile::WriteOwner));
    QVERIFY(QFile::setPermissions(file, readOnly | QFile::WriteOwner));
    QCOMPARE(holdingOf(holdings, u"1001"_s).value(u"shares").toInteger(), 250);
    QCOMPARE(members.value(u"members").toArray().size(), 3);
    QCOMPARE(ledger.exitCode, 0);
    QCOMPARE(change.exitCode, 1);
    QVERIFY2(change.err.contains(u"(read-only)"), qPrintable(change.err));
    QCOMPARE(fileDigest(file), before);
    QCOMPARE(companions, QStringList { u"fixture.mutual"_s });
}

void TestCli::failedOutputIsAnError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("members table") << QStringList { u"members"_s, filePlaceholder };
    QTest::newRow("holdings json") << QStringList { u"holdings"_s, filePlaceholder, u"--json"_s };
    QTest::newRow("shares table") << QStringList { u"shares"_s, filePlaceholder };
    QTest::newRow("command help") << QStringList { u"members"_s, u"--help"_s };
    QTest::newRow("overview") << QStringList { u"--help"_s };
    QTest::newRow("version") << QStringList { u"--version"_s };
}

void TestCli::failedOutputIsAnError()
{
    QFETCH(QStringList, arguments);
    // /dev/full accepts opening and refuses every write, like a full disk
    if (!QFile::exists(u"/dev/full"_s))
        QSKIP("no /dev/full on this system");
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    arguments.replaceInStrings(filePlaceholder, file);
    const CliRun run = cli(arguments, u"/dev/full"_s);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(u"error: Could not write the output"), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"(output-not-written)"), qPrintable(run.err));
}

void TestCli::mistypedSubcommandIsAnUnknownCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("listed");
    const QStringList members { u"members add"_s, u"members cease"_s };
    const QStringList shares { u"shares add"_s, u"shares reverse"_s };
    QTest::newRow("members ad with its options")
        << QStringList { u"members"_s, u"ad"_s, filePlaceholder, u"--number"_s, u"17"_s } << u"members ad"_s
        << members;
    QTest::newRow("members ad alone") << QStringList { u"members"_s, u"ad"_s } << u"members ad"_s << members;
    QTest::newRow("shares ad") << QStringList { u"shares"_s, u"ad"_s, filePlaceholder } << u"shares ad"_s
                               << shares;
    QTest::newRow("shares revers") << QStringList { u"shares"_s, u"revers"_s, filePlaceholder, u"1"_s }
                                   << u"shares revers"_s << shares;
    QTest::newRow("motions opne") << QStringList { u"motions"_s, u"opne"_s, filePlaceholder, u"1"_s }
                                  << u"motions opne"_s
                                  << QStringList { u"motions add"_s, u"motions open"_s, u"motions close"_s };
    QTest::newRow("meetings ad") << QStringList { u"meetings"_s, u"ad"_s, filePlaceholder }
                                 << u"meetings ad"_s << QStringList { u"meetings add"_s };
    QTest::newRow("ballots imprt") << QStringList { u"ballots"_s, u"imprt"_s, filePlaceholder, u"1"_s,
                                                    u"b.csv"_s }
                                   << u"ballots imprt"_s << QStringList { u"ballots import"_s };
    QTest::newRow("meetings atend") << QStringList { u"meetings"_s, u"atend"_s, filePlaceholder, u"1"_s,
                                                     u"1001"_s }
                                    << u"meetings atend"_s
                                    << QStringList { u"meetings attend"_s, u"meetings attendance"_s,
                                                     u"meetings proxy"_s };
    QTest::newRow("elections clse") << QStringList { u"elections"_s, u"clse"_s, filePlaceholder, u"1"_s }
                                    << u"elections clse"_s
                                    << QStringList { u"elections add"_s,    u"elections open"_s,
                                                     u"elections vote"_s,   u"elections import"_s,
                                                     u"elections export"_s, u"elections close"_s,
                                                     u"elections result"_s };
}

void TestCli::mistypedSubcommandIsAnUnknownCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, command);
    QFETCH(QStringList, listed);
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    arguments.replaceInStrings(filePlaceholder, file);
    const QByteArray digest = fileDigest(file);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(u"error: Unknown command “"_s + command + u"”"_s), qPrintable(run.err));
    for (const QString& name : listed)
        QVERIFY2(run.err.contains(name), qPrintable(name));
    QVERIFY2(run.err.contains(u"Try “mutualise-cli --help”."), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(fileDigest(file), digest);
}

void TestCli::groupCommandTakesAFileOnlyIfItLooksLikeOne()
{
    // the program runs in the temporary folder, so these relative names are files there
    QCOMPARE(cli({ u"init"_s, u"register"_s, u"--name"_s, u"No Extension Mutual"_s }).exitCode, 0);
    const CliRun existing = cli({ u"members"_s, u"register"_s });
    QCOMPARE(existing.exitCode, 0);
    QVERIFY2(existing.out.contains(u"No Extension Mutual"), qPrintable(existing.out));

    const CliRun missingMutual = cli({ u"members"_s, u"missing.mutual"_s });
    QCOMPARE(missingMutual.exitCode, 1);
    QVERIFY2(missingMutual.err.contains(u"(not-found)"), qPrintable(missingMutual.err));
    const CliRun missingPath = cli({ u"members"_s, u"./ledger"_s });
    QCOMPARE(missingPath.exitCode, 1);
    QVERIFY2(missingPath.err.contains(u"(not-found)"), qPrintable(missingPath.err));
    // a bare word that is not a file is read as a mistyped subcommand
    const CliRun bareWord = cli({ u"members"_s, u"ledger"_s });
    QCOMPARE(bareWord.exitCode, 2);
    QVERIFY2(bareWord.err.contains(u"Unknown command “members ledger”"), qPrintable(bareWord.err));
}

void TestCli::keysIgnoreCase()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const CliRun subscription
        = cli({ u"shares"_s, u"add"_s, file, u"--member"_s, u"1002"_s, u"--kind"_s, u"SUBSCRIPTION"_s,
                u"--shares"_s, u"5"_s, u"--date"_s, u"2024-07-01"_s });
    QCOMPARE(subscription.exitCode, 0);
    // 1002: 10 + 5 = 15 shares
    const QJsonObject holdings = json({ u"holdings"_s, file, u"--json"_s, u"--as-of"_s, u"2024-07-01"_s });
    QCOMPARE(holdingOf(holdings, u"1002"_s).value(u"shares").toInteger(), 15);

    QCOMPARE(cli({ u"members"_s, u"add"_s, file, u"--number"_s, u"1004"_s, u"--name"_s, u"Dee"_s,
                   u"--class"_s, u"Investor"_s, u"--status"_s, u"Applicant"_s })
                 .exitCode,
             0);
    const QJsonObject active = json({ u"members"_s, file, u"--json"_s, u"--status"_s, u"ACTIVE"_s });
    QCOMPARE(active.value(u"members").toArray().size(), 2); // 1001 and 1002; 1004 applied, 1003 ceased
    QCOMPARE(
        cli({ u"init"_s, path(u"cic.mutual"_s), u"--name"_s, u"C"_s, u"--legal-form"_s, u"CIC"_s }).exitCode,
        0);
}

void TestCli::textTableAlignsWideAndCombiningCharacters()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    // "e" + combining diaeresis is one column; each of the three ideographs is two: 26 columns in all,
    // though the text is 24 UTF-16 code units long
    const QString name = u"Zoe\u0308 Ångström-Łukasz 日本語"_s;
    QCOMPARE(name.size(), 24);
    QCOMPARE(cli({ u"members"_s, u"add"_s, file, u"--number"_s, u"1004"_s, u"--name"_s, name, u"--class"_s,
                   u"Investor"_s })
                 .exitCode,
             0);
    const CliRun run = cli({ u"members"_s, file });
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n');
    const auto lineStartingWith = [&lines](const QString& start) {
        const auto found = std::find_if(lines.cbegin(), lines.cend(),
                                        [&start](const QString& line) { return line.startsWith(start); });
        return found == lines.cend() ? QString() : *found;
    };
    // the widest name sets the Name column: 26 columns, then two spaces before Type
    QVERIFY2(
        lineStartingWith(u"Number"_s).startsWith(u"Number  "_s + u"Name"_s.leftJustified(26) + u"  Type"_s),
        qPrintable(run.out));
    QVERIFY2(lineStartingWith(u"1004"_s).startsWith(u"1004    "_s + name + u"  Individual"_s),
             qPrintable(run.out));
    QVERIFY2(lineStartingWith(u"1001"_s).startsWith(u"1001    "_s + u"Anytown Council"_s.leftJustified(26)
                                                    + u"  Organisation"_s),
             qPrintable(run.out));
}

void TestCli::messagesQuoteWithCurlyQuotes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("unknown command") << QStringList { u"frobnicate"_s, filePlaceholder } << u"frobnicate"_s;
    QTest::newRow("extra argument") << QStringList { u"holdings"_s, filePlaceholder, u"again"_s }
                                    << u"again"_s;
    QTest::newRow("bad date") << QStringList { u"holdings"_s, filePlaceholder, u"--as-of"_s, u"31/12/2024"_s }
                              << u"31/12/2024"_s;
    QTest::newRow("unknown class") << QStringList { u"members"_s, filePlaceholder, u"--class"_s,
                                                    u"Trustee"_s }
                                   << u"Trustee"_s;
    QTest::newRow("entry id in words")
        << QStringList { u"shares"_s, u"reverse"_s, filePlaceholder, u"first"_s } << u"first"_s;
    QTest::newRow("demo over existing") << QStringList { u"demo"_s, filePlaceholder } << filePlaceholder;
    QTest::newRow("motion id in words")
        << QStringList { u"tally"_s, filePlaceholder, u"first"_s } << u"first"_s;
    QTest::newRow("class share without a share")
        << QStringList { u"motions"_s, u"add"_s,           filePlaceholder, u"--meeting"_s,
                         u"1"_s,       u"--title"_s,       u"T"_s,          u"--scheme"_s,
                         u"classes"_s, u"--class-share"_s, u"Employee"_s }
        << u"Employee"_s;
}

void TestCli::messagesQuoteWithCurlyQuotes()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, quoted);
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    arguments.replaceInStrings(filePlaceholder, file);
    quoted.replace(filePlaceholder, file);
    const CliRun run = cli(arguments);
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(u"“"_s + quoted + u"”"_s), qPrintable(run.err));
    QVERIFY2(!run.err.contains(u'\''), qPrintable(run.err));
}

void TestCli::demoIsDeterministic()
{
    const QStringList options { u"--members"_s, u"30"_s, u"--years"_s, u"2"_s,
                                u"--seed"_s,    u"7"_s,  u"--until"_s, u"2024-12-31"_s };
    const QString first = path(u"first.mutual"_s);
    const QString second = path(u"second.mutual"_s);
    for (const QString& file : { first, second }) {
        const CliRun run = cli(QStringList { u"demo"_s, file } + options);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), file);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err)); // no progress when stderr is not a terminal
    }
    const QJsonObject firstMembers = json({ u"members"_s, first, u"--json"_s });
    QCOMPARE(firstMembers.value(u"members").toArray().size(), 30);
    QCOMPARE(json({ u"members"_s, second, u"--json"_s }), firstMembers);

    const QStringList asOf { u"--json"_s, u"--as-of"_s, u"2024-12-31"_s };
    const QJsonObject firstHoldings = json(QStringList { u"holdings"_s, first } + asOf);
    QCOMPARE(json(QStringList { u"holdings"_s, second } + asOf), firstHoldings);

    // the total line is the sum of the rows
    qint64 shares = 0;
    qint64 amount = 0;
    const QJsonArray rows = firstHoldings.value(u"holdings").toArray();
    QVERIFY(!rows.isEmpty());
    for (const QJsonValue& row : rows) {
        QVERIFY(row.toObject().value(u"shares").toInteger() != 0);
        shares += row.toObject().value(u"shares").toInteger();
        amount += row.toObject().value(u"amount").toInteger();
    }
    QCOMPARE(firstHoldings.value(u"total").toObject().value(u"shares").toInteger(), shares);
    QCOMPARE(firstHoldings.value(u"total").toObject().value(u"amount").toInteger(), amount);
}

void TestCli::demoRefusesAnExistingFile()
{
    const QString file = path(u"existing.mutual"_s);
    QCOMPARE(cli({ u"init"_s, file, u"--name"_s, u"Kept"_s }).exitCode, 0);
    const QByteArray digest = fileDigest(file);
    const CliRun run = cli({ u"demo"_s, file, u"--members"_s, u"10"_s });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"(exists)"), qPrintable(run.err));
    QCOMPARE(fileDigest(file), digest);
    QCOMPARE(json({ u"members"_s, file, u"--json"_s }).value(u"mutual").toString(), u"Kept"_s);
}

void TestCli::demoRefusesBadOptions_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("no members") << QStringList { u"--members"_s, u"0"_s };
    QTest::newRow("members in words") << QStringList { u"--members"_s, u"many"_s };
    QTest::newRow("negative years") << QStringList { u"--years"_s, u"-1"_s };
    QTest::newRow("until 2024-02-30") << QStringList { u"--until"_s, u"2024-02-30"_s };
    QTest::newRow("seed in words") << QStringList { u"--seed"_s, u"lucky"_s };
    QTest::newRow("until tomorrow") << QStringList { u"--until"_s,
                                                     QDate::currentDate().addDays(1).toString(Qt::ISODate) };
}

void TestCli::demoRefusesBadOptions()
{
    QFETCH(QStringList, options);
    const QString file = path(u"demo.mutual"_s);
    const CliRun run = cli(QStringList { u"demo"_s, file } + options);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"Try “mutualise-cli demo --help”."), qPrintable(run.err));
    QVERIFY(!QFile::exists(file));
}

// The Aberdeenshire 2012 count (ward 1) as the council published it: quota 830, COX, GRAY and ROY
// elected in that order, four stages.
void TestCli::countAgreesWithTheOfficialResult()
{
    const QString ballots = QStringLiteral(MUTUALISE_TEST_DATA "/stv/aberdeenshire_2012_ward1.blt");
    const QJsonObject count = json({ u"count"_s, ballots, u"--json"_s });
    QCOMPARE(count.value(u"method"_s).toString(), u"stv"_s);
    QCOMPARE(count.value(u"quota"_s).toInteger(), 830);
    QCOMPARE(count.value(u"valid"_s).toInteger(), 3319);
    QCOMPARE(count.value(u"elected"_s).toVariant().toStringList(),
             (QStringList { u"John B COX (SNP)"_s, u"Ian GRAY (SNP)"_s, u"Mike ROY (Con)"_s }));
    const QJsonArray rounds = count.value(u"rounds"_s).toArray();
    QCOMPARE(rounds.size(), 4);
    const QJsonObject surplus = rounds.at(1).toObject();
    QCOMPARE(surplus.value(u"action"_s).toString(), u"surplus of John B COX (SNP)"_s);
    QCOMPARE(surplus.value(u"surplus"_s).toDouble(), 207.0); // 1,037 - 830
    QCOMPARE(surplus.value(u"totals"_s).toObject().value(u"Ian GRAY (SNP)"_s).toDouble(), 959.69385);
    QCOMPARE(surplus.value(u"transfers"_s).toObject().value(u"Ian GRAY (SNP)"_s).toDouble(), 156.69385);
    QCOMPARE(surplus.value(u"elected"_s).toVariant().toStringList(), QStringList { u"Ian GRAY (SNP)"_s });
    const QJsonObject exclusion = rounds.at(3).toObject();
    QCOMPARE(exclusion.value(u"excluded"_s).toVariant().toStringList(),
             QStringList { u"Colin MURRAY (SC)"_s });
    QVERIFY(!exclusion.value(u"totals"_s).toObject().contains(u"Colin MURRAY (SC)"_s));
    QCOMPARE(exclusion.value(u"non_transferable"_s).toDouble(), 185.73951);
    QVERIFY(count.value(u"ties"_s).toArray().isEmpty());

    // The text lists the elected in order of election at the end.
    const CliRun text = cli({ u"count"_s, ballots });
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.trimmed().endsWith(u"1. John B COX (SNP)\n2. Ian GRAY (SNP)\n3. Mike ROY (Con)"_s),
             qPrintable(text.out));
}

// Three seats, up to three marks a paper: 1 x (A, B), 2 x (B), 1 x (A, B, C, D) spoilt: A 1, B 3.
void TestCli::countByPlurality()
{
    QFile file(path(u"board.blt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("4 3\n1 1 2 0\n2 2 0\n1 1 2 3 4 0\n0\nA\nB\nC\nD\nBoard\n");
    file.close();
    const QJsonObject count
        = json({ u"count"_s, file.fileName(), u"--method"_s, u"plurality"_s, u"--json"_s });
    QCOMPARE(count.value(u"method"_s).toString(), u"plurality"_s);
    QCOMPARE(count.value(u"valid"_s).toInteger(), 3);
    QCOMPARE(count.value(u"spoilt"_s).toInteger(), 1);
    QCOMPARE(count.value(u"votes"_s).toObject().value(u"B"_s).toInteger(), 3);
    // C and D tie with no votes for the third seat: a lot decides.
    QCOMPARE(count.value(u"elected"_s).toArray().size(), 3);
    QCOMPARE(count.value(u"ties"_s).toArray().size(), 1);
}

void TestCli::countRefusesBadBallots_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QByteArray good = "2 1\n3 1 2 0\n0\nA\nB\nTitle\n"_ba;
    QTest::newRow("unknown candidate")
        << "2 1\n3 1 3 0\n0\nA\nB\n"_ba << QStringList() << 1 << u"Line 2: there is no candidate 3"_s;
    QTest::newRow("duplicate preference") << "2 1\n1 1 0\n3 1 1 0\n0\nA\nB\n"_ba << QStringList() << 1
                                          << u"Line 3: candidate 1 is given more than one preference"_s;
    QTest::newRow("wrong encoding") << "2 1\n1 1 0\n0\nJos\xE9\nB\n"_ba << QStringList() << 1
                                    << u"Line 4: this is not UTF-8 text"_s;
    QTest::newRow("nothing to count")
        << "2 1\n3 0\n0\nA\nB\n"_ba << QStringList() << 1 << u"no-valid-votes"_s;
    QTest::newRow("unknown method") << good << QStringList { u"--method"_s, u"borda"_s } << 2
                                    << u"--method must be stv or plurality"_s;
    QTest::newRow("negative seed") << good << QStringList { u"--seed"_s, u"-3"_s } << 2 << u"--seed"_s;
}

void TestCli::countRefusesBadBallots()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QFile file(path(u"ballots.blt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const CliRun run = cli(QStringList { u"count"_s, file.fileName() } + options);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());

    const CliRun missing = cli({ u"count"_s, path(u"no-such.blt"_s) });
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(u"no-such.blt"_s), qPrintable(missing.err));
}

void TestCli::meetingsAddAndList()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const CliRun agm = cli({ u"meetings"_s, u"add"_s, file, u"--kind"_s, u"AGM"_s, u"--date"_s,
                             u"2025-03-01"_s, u"--title"_s, u"Annual general meeting 2025"_s, u"--place"_s,
                             u"Village hall"_s, u"--proxy-limit"_s, u"3"_s });
    QCOMPARE(agm.exitCode, 0);
    bool isNumber = false;
    const qint64 agmId = agm.out.trimmed().toLongLong(&isNumber);
    QVERIFY2(isNumber && agmId > 0, qPrintable(agm.out));
    const CliRun board
        = cli({ u"meetings"_s, u"add"_s, file, u"--kind"_s, u"board"_s, u"--date"_s, u"2025-04-10"_s });
    QCOMPARE(board.exitCode, 0);
    QCOMPARE(cli({ u"motions"_s, u"add"_s, file, u"--meeting"_s, agm.out.trimmed(), u"--title"_s, u"M"_s })
                 .exitCode,
             0);

    const QJsonObject list = json({ u"meetings"_s, file, u"--json"_s });
    QCOMPARE(list.value(u"mutual").toString(), u"Shire Digital Mutual"_s);
    const QJsonArray meetings = list.value(u"meetings").toArray();
    QCOMPARE(meetings.size(), 2);
    // newest first: the board meeting of 10 April, then the AGM of 1 March
    const QJsonObject newest = meetings.at(0).toObject();
    QCOMPARE(newest.value(u"id").toInteger(), board.out.trimmed().toLongLong());
    QCOMPARE(newest.value(u"kind").toString(), u"board"_s);
    QCOMPARE(newest.value(u"title").toString(), QString());
    QCOMPARE(newest.value(u"proxy_limit").toInteger(), 0);
    QCOMPARE(newest.value(u"motions").toInteger(), 0);
    const QJsonObject annual = meetings.at(1).toObject();
    QCOMPARE(annual.value(u"id").toInteger(), agmId);
    QCOMPARE(annual.value(u"kind").toString(), u"agm"_s);
    QCOMPARE(annual.value(u"date").toString(), u"2025-03-01"_s);
    QCOMPARE(annual.value(u"title").toString(), u"Annual general meeting 2025"_s);
    QCOMPARE(annual.value(u"place").toString(), u"Village hall"_s);
    QCOMPARE(annual.value(u"proxy_limit").toInteger(), 3);
    QCOMPARE(annual.value(u"motions").toInteger(), 1);

    const CliRun text = cli({ u"meetings"_s, file });
    QCOMPARE(text.exitCode, 0);
    for (const char* expected :
         { "Annual general meeting 2025", "Village hall", "2025-04-10", "Board meeting" })
        QVERIFY2(text.out.contains(QLatin1String(expected)), expected);
}

// An AGM from the notice to the declared result, each step through the CLI as a secretary would.
void TestCli::annualGeneralMeetingFromMotionToDeclaredResult()
{
    const QString file = createVotingFixture();
    QVERIFY(!file.isEmpty());
    const CliRun meeting = cli({ u"meetings"_s, u"add"_s, file, u"--kind"_s, u"agm"_s, u"--date"_s,
                                 u"2025-03-01"_s, u"--place"_s, u"Village hall"_s });
    QCOMPARE(meeting.exitCode, 0);
    const QString meetingId = meeting.out.trimmed();
    QVERIFY2(meetingId.toLongLong() > 0, qPrintable(meeting.out));

    const CliRun added
        = cli({ u"motions"_s, u"add"_s, file, u"--meeting"_s, meetingId, u"--title"_s,
                u"Adopt the accounts"_s, u"--text"_s, u"That the accounts for 2024 be adopted."_s,
                u"--proposer"_s, u"1001"_s, u"--seconder"_s, u"1002"_s, u"--threshold"_s, u"special"_s });
    QCOMPARE(added.exitCode, 0);
    const QString motionId = added.out.trimmed();
    QVERIFY2(motionId.toLongLong() > 0, qPrintable(added.out));
    QCOMPARE(added.out, motionId + u'\n'); // the id alone, for scripts
    const QJsonObject draft
        = json({ u"motions"_s, file, u"--json"_s }).value(u"motions").toArray().at(0).toObject();
    QCOMPARE(draft.value(u"id").toInteger(), motionId.toLongLong());
    QCOMPARE(draft.value(u"meeting").toInteger(), meetingId.toLongLong());
    QCOMPARE(draft.value(u"threshold").toString(), u"special"_s);
    QCOMPARE(draft.value(u"scheme").toString(), u"omov"_s);
    QCOMPARE(draft.value(u"state").toString(), u"draft"_s);
    QVERIFY(draft.value(u"outcome").isNull());

    const CliRun opened
        = cli({ u"motions"_s, u"open"_s, file, motionId, u"--record-date"_s, u"2024-12-31"_s });
    QCOMPARE(opened.exitCode, 0);
    QVERIFY2(opened.out.contains(u"Members on the roll: 5\n"), qPrintable(opened.out));
    QVERIFY2(opened.out.contains(u"Total weight: 5\n"), qPrintable(opened.out));
    // The fingerprint an auditor recomputes from the roll: number, class id, weight; then the total.
    // Classes as init makes them: 1 Founding council, 2 Employee, 3 Community, 4 Investor.
    const QByteArray roll = "1001\t1\t1\n1002\t2\t1\n1004\t3\t1\n1005\t4\t1\n1006\t2\t1\ntotal\t5\n";
    const QString fingerprint
        = QString::fromLatin1(QCryptographicHash::hash(roll, QCryptographicHash::Sha256).toHex());
    QVERIFY2(opened.out.contains(u"Roll fingerprint (SHA-256): "_s + fingerprint), qPrintable(opened.out));

    const QString ballots = writeFile(u"ballots.csv"_s,
                                      "member,choice,method\r\n1001,for,person\r\n1002,for,post\r\n"
                                      "1004,for,online\r\n1005,against,person\r\n1006,abstain,person\r\n");
    const CliRun imported = cli({ u"ballots"_s, u"import"_s, file, motionId, ballots });
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.out, u"Ballots recorded: 5\n"_s);

    // Five on the roll: 3 for, 1 against, 1 abstaining. Votes cast 3 + 1 = 4; a special resolution
    // needs 3 >= 75% x 4 = 3: carried, exactly on the bar.
    const QJsonObject provisional = json({ u"tally"_s, file, motionId, u"--json"_s });
    QCOMPARE(provisional.value(u"motion").toInteger(), motionId.toLongLong());
    QCOMPARE(provisional.value(u"title").toString(), u"Adopt the accounts"_s);
    QCOMPARE(provisional.value(u"state").toString(), u"open"_s);
    QCOMPARE(provisional.value(u"declared").toBool(), false);
    const QJsonObject eligible = provisional.value(u"eligible").toObject();
    QCOMPARE(eligible.value(u"members").toInteger(), 5);
    QCOMPARE(eligible.value(u"weight").toInteger(), 5);
    for (const auto& [choice, members] :
         { std::pair { u"for"_s, 3 }, std::pair { u"against"_s, 1 }, std::pair { u"abstain"_s, 1 } }) {
        const QJsonObject total = provisional.value(choice).toObject();
        QCOMPARE(total.value(u"members").toInteger(), members);
        QCOMPARE(weightOf(total), QString::number(members));
    }
    QCOMPARE(provisional.value(u"votes_cast").toInteger(), 4);
    const QJsonObject quorum = provisional.value(u"quorum").toObject();
    QCOMPARE(quorum.value(u"required").toInteger(), 0);
    QCOMPARE(quorum.value(u"participating").toInteger(), 5);
    QCOMPARE(quorum.value(u"met").toBool(), true);
    QCOMPARE(provisional.value(u"outcome").toString(), u"carried"_s);
    QCOMPARE(provisional.value(u"roll").toObject().value(u"fingerprint").toString(), fingerprint);

    const CliRun provisionalText = cli({ u"tally"_s, file, motionId });
    QCOMPARE(provisionalText.exitCode, 0);
    QVERIFY2(provisionalText.out.startsWith(u"Motion "_s + motionId
                                            + u": Adopt the accounts\nState: provisional"_s),
             qPrintable(provisionalText.out));
    QVERIFY2(provisionalText.out.contains(u"3 ≥ 3 (75% of 4)"), qPrintable(provisionalText.out));

    const CliRun closed = cli({ u"motions"_s, u"close"_s, file, motionId });
    QCOMPARE(closed.exitCode, 0);
    QVERIFY2(closed.out.contains(u"State: declared\n"), qPrintable(closed.out));
    QVERIFY2(closed.out.endsWith(u"Outcome: Carried.\n"), qPrintable(closed.out));
    const CliRun declaredText = cli({ u"tally"_s, file, motionId });
    QCOMPARE(declaredText.out, closed.out);
    const QJsonObject declared = json({ u"tally"_s, file, motionId, u"--json"_s });
    QCOMPARE(declared.value(u"state").toString(), u"closed"_s);
    QCOMPARE(declared.value(u"declared").toBool(), true);
    QCOMPARE(declared.value(u"for"), provisional.value(u"for"));
    QCOMPARE(declared.value(u"outcome").toString(), u"carried"_s);
    const QJsonObject listed
        = json({ u"motions"_s, file, u"--json"_s }).value(u"motions").toArray().at(0).toObject();
    QCOMPARE(listed.value(u"state").toString(), u"closed"_s);
    QCOMPARE(listed.value(u"outcome").toString(), u"carried"_s);
    QCOMPARE(listed.value(u"record_date").toString(), u"2024-12-31"_s);

    const QJsonArray cast = json({ u"ballots"_s, file, motionId, u"--json"_s }).value(u"ballots").toArray();
    QCOMPARE(cast.size(), 5);
    QCOMPARE(cast.at(1).toObject().value(u"member").toString(), u"1002"_s);
    QCOMPARE(cast.at(1).toObject().value(u"choice").toString(), u"for"_s);
    QCOMPARE(cast.at(1).toObject().value(u"method").toString(), u"post"_s);

    // The result is declared: no more ballots, and the refusal changes nothing.
    const QByteArray digest = fileDigest(file);
    const QString late = writeFile(u"late.csv"_s, "1003,for,person\n");
    const CliRun refused = cli({ u"ballots"_s, u"import"_s, file, motionId, late });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"(motion-not-open)"), qPrintable(refused.err));
    QVERIFY(refused.out.isEmpty());
    QCOMPARE(fileDigest(file), digest);
}

void TestCli::tallyWeighsTheVotes_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("ballots");
    QTest::addColumn<qint64>("eligibleWeight");
    QTest::addColumn<qint64>("membersFor");
    QTest::addColumn<QString>("weightFor");
    QTest::addColumn<qint64>("membersAgainst");
    QTest::addColumn<QString>("weightAgainst");
    QTest::addColumn<qint64>("membersAbstaining");
    QTest::addColumn<QString>("weightAbstaining");
    QTest::addColumn<qint64>("quorumRequired");
    QTest::addColumn<QString>("outcome");
    // The roll on 2024-12-31 (createVotingFixture): 1001 Founding council 250 shares, 1002 Employee 10,
    // 1004 Community 20, 1005 Investor 100, 1006 Employee 20; 400 shares in all.
    const QByteArray threeToOne = "1001,for,person\n1002,for,person\n1004,for,person\n"
                                  "1005,against,person\n1006,abstain,person\n";
    const QByteArray split = "1001,for,person\n1002,for,person\n1004,against,person\n"
                             "1005,against,person\n1006,abstain,person\n";
    const QByteArray threeToTwo = "1001,for,person\n1002,for,person\n1004,against,person\n"
                                  "1005,against,person\n1006,for,person\n";
    const QStringList classShares { u"--scheme"_s,      u"classes"_s,
                                    u"--class-share"_s, u"FOUNDING COUNCIL=4000"_s,
                                    u"--class-share"_s, u"employee=3000"_s,
                                    u"--class-share"_s, u"Community=1500"_s,
                                    u"--class-share"_s, u"investor = 1500"_s };

    // one member, one vote: 3 for, 1 against, 1 abstaining; votes cast 4
    QTest::newRow("omov ordinary: 3 > 1")
        << QStringList {} << threeToOne << qint64(5) << qint64(3) << u"3"_s << qint64(1) << u"1"_s
        << qint64(1) << u"1"_s << qint64(0) << u"carried"_s;
    QTest::newRow("omov special: 3 >= 75% x 4 = 3")
        << QStringList { u"--threshold"_s, u"special"_s } << threeToOne << qint64(5) << qint64(3) << u"3"_s
        << qint64(1) << u"1"_s << qint64(1) << u"1"_s << qint64(0) << u"carried"_s;
    QTest::newRow("omov unanimous: 1 against")
        << QStringList { u"--threshold"_s, u"unanimous"_s } << threeToOne << qint64(5) << qint64(3) << u"3"_s
        << qint64(1) << u"1"_s << qint64(1) << u"1"_s << qint64(0) << u"defeated"_s;
    QTest::newRow("omov absolute: 3 > 5 / 2")
        << QStringList { u"--threshold"_s, u"absolute"_s } << threeToOne << qint64(5) << qint64(3) << u"3"_s
        << qint64(1) << u"1"_s << qint64(1) << u"1"_s << qint64(0) << u"carried"_s;
    // 3 for, 2 against: 3 < 2/3 x 5 = 3.33
    QTest::newRow("omov two-thirds: 3 < 3.33")
        << QStringList { u"--threshold"_s, u"two-thirds"_s } << threeToTwo << qint64(5) << qint64(3) << u"3"_s
        << qint64(2) << u"2"_s << qint64(0) << u"0"_s << qint64(0) << u"defeated"_s;

    // by shares: for 250 + 10 + 20 = 280, against 100, abstaining 20
    QTest::newRow("shares: 280 > 100")
        << QStringList { u"--scheme"_s, u"shares"_s } << threeToOne << qint64(400) << qint64(3) << u"280"_s
        << qint64(1) << u"100"_s << qint64(1) << u"20"_s << qint64(0) << u"carried"_s;
    // for 250 + 10 = 260, against 20 + 100 = 120
    QTest::newRow("shares, split: 260 > 120")
        << QStringList { u"--scheme"_s, u"shares"_s } << split << qint64(400) << qint64(2) << u"260"_s
        << qint64(2) << u"120"_s << qint64(1) << u"20"_s << qint64(0) << u"carried"_s;
    // a cap of 20%: no member weighs more than floor(2000 x 400 / 10000) = 80, so 1001 weighs 80 and 1005
    // weighs 80; the roll weighs 80 + 10 + 20 + 80 + 20 = 210. For 80 + 10 = 90, against 20 + 80 = 100.
    QTest::newRow("shares capped at 20%, split: 90 < 100")
        << QStringList { u"--scheme"_s, u"shares"_s, u"--cap-bp"_s, u"2000"_s } << split << qint64(210)
        << qint64(2) << u"90"_s << qint64(2) << u"100"_s << qint64(1) << u"20"_s << qint64(0)
        << u"defeated"_s;

    // by class, 40% / 30% / 15% / 15%, every class casting votes: council 1 for: 4/10; Employee 1 for,
    // 1006 abstaining: 3/10; Community 1 against: 15/100; Investor 1 against: 15/100.
    // For 4/10 + 3/10 = 7/10; against 15/100 + 15/100 = 3/10; abstentions weigh nothing.
    QTest::newRow("classes as given, split: 7/10 > 3/10")
        << classShares << split << qint64(1) << qint64(2) << u"7/10"_s << qint64(2) << u"3/10"_s << qint64(1)
        << u"0"_s << qint64(0) << u"carried"_s;
    QTest::newRow("classes as given, special: 7/10 < 3/4")
        << classShares + QStringList { u"--threshold"_s, u"special"_s } << split << qint64(1) << qint64(2)
        << u"7/10"_s << qint64(2) << u"3/10"_s << qint64(1) << u"0"_s << qint64(0) << u"defeated"_s;
    // Investor only abstains and drops out: the others' 40% + 30% + 15% = 85% is scaled to the whole.
    // Council 40/85 = 8/17 for; Employee 30/85 = 6/17 split 1 for (1002), 1 against (1006): 3/17 each;
    // Community 15/85 = 3/17 against. For 8/17 + 3/17 = 11/17; against 3/17 + 3/17 = 6/17.
    QTest::newRow("classes, Investor abstains: 11/17 > 6/17")
        << classShares
        << "1001,for,person\n1002,for,person\n1006,against,person\n1004,against,person\n"
           "1005,abstain,person\n"_ba
        << qint64(1) << qint64(2) << u"11/17"_s << qint64(2) << u"6/17"_s << qint64(1) << u"0"_s << qint64(0)
        << u"carried"_s;
    // No --class-share: the register's agreed shares, 40% / 20% / 20% / 20%. For 4/10 + 2/10 = 3/5;
    // against 2/10 + 2/10 = 2/5.
    QTest::newRow("classes from the register, split: 3/5 > 2/5")
        << QStringList { u"--scheme"_s, u"classes"_s } << split << qint64(1) << qint64(2) << u"3/5"_s
        << qint64(2) << u"2/5"_s << qint64(1) << u"0"_s << qint64(0) << u"carried"_s;

    // quorum of 50% of 5 members: ceil(2.5) = 3 needed; 2 took part
    QTest::newRow("quorum of 50% not met: void")
        << QStringList { u"--quorum-bp"_s, u"5000"_s } << "1001,for,person\n1002,for,person\n"_ba << qint64(5)
        << qint64(2) << u"2"_s << qint64(0) << u"0"_s << qint64(0) << u"0"_s << qint64(3) << u"void"_s;
    // a quorum of 3 members: abstentions take part, so 1 for and 2 abstaining make 3
    QTest::newRow("quorum of 3 met by abstentions")
        << QStringList { u"--quorum"_s, u"3"_s }
        << "1001,for,person\n1005,abstain,post\n1006,abstain,online\n"_ba << qint64(5) << qint64(1) << u"1"_s
        << qint64(0) << u"0"_s << qint64(2) << u"2"_s << qint64(3) << u"carried"_s;
}

void TestCli::tallyWeighsTheVotes()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, ballots);
    QFETCH(qint64, eligibleWeight);
    QFETCH(qint64, membersFor);
    QFETCH(QString, weightFor);
    QFETCH(qint64, membersAgainst);
    QFETCH(QString, weightAgainst);
    QFETCH(qint64, membersAbstaining);
    QFETCH(QString, weightAbstaining);
    QFETCH(qint64, quorumRequired);
    QFETCH(QString, outcome);
    const QString file = createVotingFixture();
    QVERIFY(!file.isEmpty());
    const QString motion = openMotion(file, options);
    QVERIFY(!motion.isEmpty());
    const CliRun imported
        = cli({ u"ballots"_s, u"import"_s, file, motion, writeFile(u"ballots.csv"_s, ballots) });
    QCOMPARE(imported.exitCode, 0);

    const QJsonObject tally = json({ u"tally"_s, file, motion, u"--json"_s });
    QCOMPARE(tally.value(u"eligible").toObject().value(u"members").toInteger(), 5);
    QCOMPARE(tally.value(u"eligible").toObject().value(u"weight").toInteger(), eligibleWeight);
    QCOMPARE(tally.value(u"roll").toObject().value(u"total_weight").toInteger(),
             options.contains(u"classes"_s) ? 5 : eligibleWeight); // class weighting: 1 a member
    QCOMPARE(tally.value(u"for").toObject().value(u"members").toInteger(), membersFor);
    QCOMPARE(weightOf(tally.value(u"for").toObject()), weightFor);
    QCOMPARE(tally.value(u"against").toObject().value(u"members").toInteger(), membersAgainst);
    QCOMPARE(weightOf(tally.value(u"against").toObject()), weightAgainst);
    QCOMPARE(tally.value(u"abstain").toObject().value(u"members").toInteger(), membersAbstaining);
    QCOMPARE(weightOf(tally.value(u"abstain").toObject()), weightAbstaining);
    const QJsonObject quorum = tally.value(u"quorum").toObject();
    QCOMPARE(quorum.value(u"required").toInteger(), quorumRequired);
    QCOMPARE(quorum.value(u"participating").toInteger(), membersFor + membersAgainst + membersAbstaining);
    QCOMPARE(quorum.value(u"met").toBool(), outcome != u"void");
    QCOMPARE(tally.value(u"outcome").toString(), outcome);

    // Closing declares what the provisional count said.
    QCOMPARE(cli({ u"motions"_s, u"close"_s, file, motion }).exitCode, 0);
    const QJsonObject declared = json({ u"tally"_s, file, motion, u"--json"_s });
    QCOMPARE(declared.value(u"outcome").toString(), outcome);
    QCOMPARE(declared.value(u"for"), tally.value(u"for"));
    QCOMPARE(declared.value(u"against"), tally.value(u"against"));
}

// What spreadsheets save: a byte-order mark, a header in any case, CRLF, quotes, spaces, blank lines,
// an empty proxy column, and a quoted field over two lines.
void TestCli::ballotsImportReadsASpreadsheetsCsv()
{
    const QString file = createVotingFixture();
    QVERIFY(!file.isEmpty());
    const QString motion = openMotion(file, {});
    QVERIFY(!motion.isEmpty());
    const QString csv = writeFile(u"ballots.csv"_s,
                                  "\xEF\xBB\xBFMember,Choice,Method,Proxy\r\n"
                                  "\"1001\",\"For\",person,\r\n"
                                  "\r\n"
                                  "1002 , AGAINST , Post\r\n"
                                  "  \"1004\" ,\"abstain\",\"ONLINE\",\"\"\r\n"
                                  "\"1005\r\n\",for,person\r\n"
                                  "1006,\"for\",\"person\"");
    const CliRun run = cli({ u"ballots"_s, u"import"_s, file, motion, csv });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QCOMPARE(run.out, u"Ballots recorded: 5\n"_s);

    const QJsonArray ballots = json({ u"ballots"_s, file, motion, u"--json"_s }).value(u"ballots").toArray();
    QStringList cast;
    for (const QJsonValue& ballot : ballots) {
        const QJsonObject row = ballot.toObject();
        QVERIFY(row.value(u"proxy").isNull());
        cast.append(row.value(u"member").toString() + u' ' + row.value(u"choice").toString() + u' '
                    + row.value(u"method").toString());
    }
    QCOMPARE(cast,
             (QStringList { u"1001 for person"_s, u"1002 against post"_s, u"1004 abstain online"_s,
                            u"1005 for person"_s, u"1006 for person"_s }));
}

void TestCli::secretBallotListsVotersNotChoices()
{
    const QString file = createVotingFixture();
    QVERIFY(!file.isEmpty());
    const QString motion = openMotion(file, { u"--secret"_s });
    QVERIFY(!motion.isEmpty());
    const QString csv = writeFile(u"ballots.csv"_s, "1001,for,post\n1002,against,online\n1005,for,person\n");
    QCOMPARE(cli({ u"ballots"_s, u"import"_s, file, motion, csv }).exitCode, 0);

    const QJsonObject listed = json({ u"ballots"_s, file, motion, u"--json"_s });
    QCOMPARE(listed.value(u"secret").toBool(), true);
    const QJsonArray ballots = listed.value(u"ballots").toArray();
    QCOMPARE(ballots.size(), 3);
    for (const QJsonValue& ballot : ballots)
        QVERIFY(ballot.toObject().value(u"choice").isNull());
    QCOMPARE(ballots.at(0).toObject().value(u"method").toString(), u"post"_s);
    const CliRun text = cli({ u"ballots"_s, file, motion });
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(!text.out.contains(u"For") && !text.out.contains(u"Against"), qPrintable(text.out));

    // how they voted is kept only as totals, and those are what the count needs: 2 for, 1 against
    const QJsonObject tally = json({ u"tally"_s, file, motion, u"--json"_s });
    QCOMPARE(tally.value(u"secret").toBool(), true);
    QCOMPARE(tally.value(u"for").toObject().value(u"members").toInteger(), 2);
    QCOMPARE(tally.value(u"against").toObject().value(u"members").toInteger(), 1);
    QCOMPARE(tally.value(u"outcome").toString(), u"carried"_s);
}

void TestCli::votingRefusalLeavesFileUnchanged_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("rule");
    // Motion 1 is open, one member one vote, and 1001 has voted on it; motion 2 is a draft.
    const QString file = filePlaceholder;
    const QString csv = u"%CSV%"_s;
    const QString usage = u"Try “mutualise-cli"_s;
    const auto importRow
        = [&](const char* name, const QByteArray& content, const QString& line, const QString& rule) {
              QTest::newRow(name) << QStringList { u"ballots"_s, u"import"_s, file, u"1"_s, csv } << content
                                  << 1 << line << rule;
          };
    importRow("unknown member", "member,choice,method\n1002,for,person\n9999,for,person\n", u"Line 3: "_s,
              u"(unknown-member)"_s);
    importRow("voting twice in the file", "1002,for,person\n1004,against,post\n1002,against,online\n",
              u"Line 3: "_s, u"(voted-twice)"_s);
    importRow("voting again after an earlier import", "1004,for,person\n1001,against,person\n", u"Line 2: "_s,
              u"(voted-twice)"_s);
    importRow("ceased member", "1002,for,person\n1003,for,person\n", u"Line 2: "_s, u"(not-eligible)"_s);
    importRow("choice maybe", "member,choice,method\n1002,for,person\n1004,maybe,person\n", u"Line 3: "_s,
              u"(ballot-csv)"_s);
    importRow("method pigeon", "1002,for,pigeon\n", u"Line 1: "_s, u"(ballot-csv)"_s);
    importRow("two fields", "1002,for,person\n1004,for\n", u"Line 2: "_s, u"(ballot-csv)"_s);
    importRow("five fields", "1002,for,proxy,1004,again\n", u"Line 1: "_s, u"(ballot-csv)"_s);
    importRow("semicolons", "1002;for;person\n", u"Line 1: "_s, u"(ballot-csv)"_s);
    importRow("no member number", " ,for,person\n", u"Line 1: "_s, u"(ballot-csv)"_s);
    importRow("quote never closed", "1002,for,person\n1004,\"for,person\n1005,for,person\n", u"Line 2: "_s,
              u"(ballot-csv)"_s);
    importRow("quote inside a field", "1002,f\"or,person\n", u"Line 1: "_s, u"(ballot-csv)"_s);
    importRow("text after a closing quote", "1002,\"for\"x,person\n", u"Line 1: "_s, u"(ballot-csv)"_s);
    // the row on lines 2 and 3 is a good one ("1002" once trimmed); the bad row starts on line 4
    importRow("line count after a field over two lines",
              "member,choice,method\n\"1002\n\",for,person\n1004,maybe,person\n", u"Line 4: "_s,
              u"(ballot-csv)"_s);
    importRow("Latin-1 byte", "1002,for,person\n1004,for,person\n100\xE9,for,person\n", u"Line 3: "_s,
              u"(not-utf8)"_s);
    importRow("proxy vote without a proxy appointed", "1002,for,proxy,1004\n", u"Line 1: "_s,
              u"(no-proxy)"_s);
    importRow("proxy named on a vote in person", "1002,for,person,1004\n", u"Line 1: "_s,
              u"(not-a-proxy-ballot)"_s);
    importRow("empty file", "", QString(), u"(ballot-csv)"_s);
    importRow("header only", "member,choice,method,proxy\r\n\r\n", QString(), u"(ballot-csv)"_s);

    const QByteArray good = "1002,for,person\n";
    QTest::newRow("import to a draft") << QStringList { u"ballots"_s, u"import"_s, file, u"2"_s, csv } << good
                                       << 1 << QString() << u"(motion-not-open)"_s;
    QTest::newRow("import to no motion") << QStringList { u"ballots"_s, u"import"_s, file, u"99"_s, csv }
                                         << good << 1 << QString() << u"(unknown-motion)"_s;
    QTest::newRow("import of no file")
        << QStringList { u"ballots"_s, u"import"_s, file, u"1"_s, u"no-such.csv"_s } << good << 1 << QString()
        << u"(not-found)"_s;
    QTest::newRow("motion id in words") << QStringList { u"ballots"_s, u"import"_s, file, u"first"_s, csv }
                                        << good << 2 << QString() << usage;

    QTest::newRow("open twice") << QStringList { u"motions"_s, u"open"_s, file, u"1"_s } << QByteArray() << 1
                                << QString() << u"(motion-not-draft)"_s;
    QTest::newRow("record date tomorrow") << QStringList {
        u"motions"_s, u"open"_s,          file,
        u"2"_s,       u"--record-date"_s, QDate::currentDate().addDays(1).toString(Qt::ISODate)
    } << QByteArray() << 1 << QString() << u"(future-date)"_s;
    QTest::newRow("record date 31/12/2024")
        << QStringList { u"motions"_s, u"open"_s, file, u"2"_s, u"--record-date"_s, u"31/12/2024"_s }
        << QByteArray() << 2 << QString() << usage;
    QTest::newRow("close a draft") << QStringList { u"motions"_s, u"close"_s, file, u"2"_s } << QByteArray()
                                   << 1 << QString() << u"(motion-not-open)"_s;
    QTest::newRow("tally a draft") << QStringList { u"tally"_s, file, u"2"_s } << QByteArray() << 1
                                   << QString() << u"(motion-not-open)"_s;
    QTest::newRow("tally no motion") << QStringList { u"tally"_s, file, u"99"_s } << QByteArray() << 1
                                     << QString() << u"(unknown-motion)"_s;
    QTest::newRow("tally motion 0") << QStringList { u"tally"_s, file, u"0"_s } << QByteArray() << 2
                                    << QString() << usage;

    const auto motionsAdd = [&file](const QStringList& options) {
        return QStringList { u"motions"_s, u"add"_s, file, u"--title"_s, u"T"_s } + options;
    };
    const auto meetingsAdd = [&file](const QStringList& options) {
        return QStringList { u"meetings"_s, u"add"_s, file } + options;
    };
    const QStringList meeting { u"--meeting"_s, u"1"_s };
    QTest::newRow("meeting kind annual")
        << meetingsAdd({ u"--kind"_s, u"annual"_s, u"--date"_s, u"2025-03-01"_s }) << QByteArray() << 2
        << QString() << u"--kind must be agm, general or board"_s;
    QTest::newRow("meeting without date")
        << meetingsAdd({ u"--kind"_s, u"agm"_s }) << QByteArray() << 2 << QString() << usage;
    QTest::newRow("meeting proxy limit -1")
        << meetingsAdd({ u"--kind"_s, u"agm"_s, u"--date"_s, u"2025-03-01"_s, u"--proxy-limit"_s, u"-1"_s })
        << QByteArray() << 2 << QString() << usage;
    QTest::newRow("motion without meeting")
        << motionsAdd({}) << QByteArray() << 2 << QString() << u"The option --meeting is required"_s;
    QTest::newRow("motion without title")
        << QStringList { u"motions"_s, u"add"_s, file, u"--meeting"_s, u"1"_s } << QByteArray() << 2
        << QString() << usage;
    QTest::newRow("meeting 0") << motionsAdd({ u"--meeting"_s, u"0"_s }) << QByteArray() << 2 << QString()
                               << usage;
    QTest::newRow("threshold simple") << motionsAdd(meeting + QStringList { u"--threshold"_s, u"simple"_s })
                                      << QByteArray() << 2 << QString() << u"--threshold must be"_s;
    QTest::newRow("scheme weighted") << motionsAdd(meeting + QStringList { u"--scheme"_s, u"weighted"_s })
                                     << QByteArray() << 2 << QString() << u"--scheme must be"_s;
    QTest::newRow("class share without =")
        << motionsAdd(meeting
                      + QStringList { u"--scheme"_s, u"classes"_s, u"--class-share"_s, u"Employee"_s })
        << QByteArray() << 2 << QString() << u"--class-share needs CLASS=BP"_s;
    QTest::newRow("class share over 10000")
        << motionsAdd(meeting
                      + QStringList { u"--scheme"_s, u"classes"_s, u"--class-share"_s, u"Employee=10001"_s })
        << QByteArray() << 2 << QString() << u"--class-share needs CLASS=BP"_s;
    QTest::newRow("class share by one member, one vote")
        << motionsAdd(meeting + QStringList { u"--class-share"_s, u"Employee=10000"_s }) << QByteArray() << 2
        << QString() << u"--class-share is only for --scheme classes"_s;
    QTest::newRow("cap without shares")
        << motionsAdd(meeting + QStringList { u"--cap-bp"_s, u"2000"_s }) << QByteArray() << 2 << QString()
        << u"--cap-bp is only for --scheme shares"_s;
    QTest::newRow("cap over 100%") << motionsAdd(
        meeting + QStringList { u"--scheme"_s, u"shares"_s, u"--cap-bp"_s, u"10001"_s })
                                   << QByteArray() << 2 << QString()
                                   << u"--cap-bp needs a whole number from 0 to 10000"_s;
    QTest::newRow("quorum in words") << motionsAdd(meeting + QStringList { u"--quorum"_s, u"most"_s })
                                     << QByteArray() << 2 << QString() << usage;
    QTest::newRow("quorum-bp negative") << motionsAdd(meeting + QStringList { u"--quorum-bp"_s, u"-1"_s })
                                        << QByteArray() << 2 << QString() << usage;
    QTest::newRow("unknown meeting") << motionsAdd({ u"--meeting"_s, u"99"_s }) << QByteArray() << 1
                                     << QString() << u"(unknown-meeting)"_s;
    QTest::newRow("unknown proposer") << motionsAdd(meeting + QStringList { u"--proposer"_s, u"9999"_s })
                                      << QByteArray() << 1 << QString() << u"(unknown-member)"_s;
    QTest::newRow("proposer seconds")
        << motionsAdd(meeting + QStringList { u"--proposer"_s, u"1001"_s, u"--seconder"_s, u"1001"_s })
        << QByteArray() << 1 << QString() << u"(same-proposer-and-seconder)"_s;
    QTest::newRow("share for an unknown class") << motionsAdd(
        meeting + QStringList { u"--scheme"_s, u"classes"_s, u"--class-share"_s, u"Trustee=10000"_s })
                                                << QByteArray() << 1 << QString() << u"(unknown-class)"_s;
    // 5000 + 4000 = 9000 basis points, not the whole
    QTest::newRow("class shares short of 100%")
        << motionsAdd(meeting
                      + QStringList { u"--scheme"_s, u"classes"_s, u"--class-share"_s, u"Employee=5000"_s,
                                      u"--class-share"_s, u"Community=4000"_s })
        << QByteArray() << 1 << QString() << u"(class-shares)"_s;
    QTest::newRow("one class named twice")
        << motionsAdd(meeting
                      + QStringList { u"--scheme"_s, u"classes"_s, u"--class-share"_s, u"Employee=5000"_s,
                                      u"--class-share"_s, u"EMPLOYEE=5000"_s })
        << QByteArray() << 1 << QString() << u"(class-shares)"_s;
    QTest::newRow("empty title") << motionsAdd(meeting + QStringList { u"--title"_s, u" "_s }) << QByteArray()
                                 << 1 << QString() << u"(missing-title)"_s;
}

void TestCli::votingRefusalLeavesFileUnchanged()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, csv);
    QFETCH(int, exitCode);
    QFETCH(QString, line);
    QFETCH(QString, rule);
    const QString file = createFixtureWithMotions();
    QVERIFY(!file.isEmpty());
    arguments.replaceInStrings(filePlaceholder, file);
    arguments.replaceInStrings(u"%CSV%"_s, writeFile(u"ballots.csv"_s, csv));

    const QByteArray digestBefore = fileDigest(file);
    const QJsonObject tallyBefore = json({ u"tally"_s, file, u"1"_s, u"--json"_s });
    const QJsonObject ballotsBefore = json({ u"ballots"_s, file, u"1"_s, u"--json"_s });
    const QJsonObject motionsBefore = json({ u"motions"_s, file, u"--json"_s });
    QCOMPARE(tallyBefore.value(u"for").toObject().value(u"members").toInteger(), 1);

    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.startsWith(u"error: "_s + line), qPrintable(run.err));
    QVERIFY2(run.err.contains(rule), qPrintable(run.err));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QVERIFY2(run.err.count(u'\n') <= 2, qPrintable(run.err));

    QCOMPARE(fileDigest(file), digestBefore);
    QCOMPARE(json({ u"tally"_s, file, u"1"_s, u"--json"_s }), tallyBefore);
    QCOMPARE(json({ u"ballots"_s, file, u"1"_s, u"--json"_s }), ballotsBefore);
    QCOMPARE(json({ u"motions"_s, file, u"--json"_s }), motionsBefore);
}

// A meeting's register of attendance as a secretary keeps it: who is there, who sent apologies, and
// the proxies, within the meeting's limit of one proxy a person.
void TestCli::attendanceAndProxiesAtAMeeting()
{
    const QString file = createVotingFixture();
    QVERIFY(!file.isEmpty());
    const CliRun meeting = cli({ u"meetings"_s, u"add"_s, file, u"--kind"_s, u"agm"_s, u"--date"_s,
                                 u"2025-03-01"_s, u"--proxy-limit"_s, u"1"_s });
    QCOMPARE(meeting.exitCode, 0);
    const QString id = meeting.out.trimmed();
    const auto attend = [&](const QStringList& numbers, const QString& as) {
        return cli(QStringList { u"meetings"_s, u"attend"_s, file, id } + numbers
                   + QStringList { u"--as"_s, as });
    };
    const auto proxy = [&](const QStringList& options) {
        return cli(QStringList { u"meetings"_s, u"proxy"_s, file, id } + options);
    };
    const auto attendance = [&]() { return json({ u"meetings"_s, u"attendance"_s, file, id, u"--json"_s }); };

    const CliRun present = attend({ u"1001"_s, u"1004"_s }, u"present"_s);
    QCOMPARE(present.exitCode, 0);
    QCOMPARE(present.out, u"1001 Anytown Council: Present\n1004 Member 1004: Present\n"_s);
    QCOMPARE(attend({ u"1005"_s }, u"APOLOGIES"_s).exitCode, 0);
    const CliRun appointed
        = proxy({ u"--member"_s, u"1002"_s, u"--proxy"_s, u"1004"_s, u"--direction"_s, u"for"_s });
    QCOMPARE(appointed.exitCode, 0);
    QVERIFY2(appointed.out.startsWith(u"1002 Alice Example appoints 1004 Member 1004 as proxy"),
             qPrintable(appointed.out));
    // 1004 already holds 1002's proxy, as many as the meeting allows one person; the chair has no limit.
    const QByteArray digest = fileDigest(file);
    const CliRun overLimit = proxy({ u"--member"_s, u"1006"_s, u"--proxy"_s, u"1004"_s });
    QCOMPARE(overLimit.exitCode, 1);
    QVERIFY2(overLimit.err.contains(u"(proxy-limit)"), qPrintable(overLimit.err));
    QCOMPARE(fileDigest(file), digest);
    QCOMPARE(proxy({ u"--member"_s, u"1006"_s, u"--chair"_s }).exitCode, 0);

    // On 1 March 2025 five members are eligible: 1001, 1002, 1004, 1005, 1006 (1003 ceased in 2024).
    // Present 1001 and 1004; by proxy 1002 and 1006; apologies 1005. Attending: 2 + 2 = 4.
    const QJsonObject listed = attendance();
    QCOMPARE(listed.value(u"meeting").toInteger(), id.toLongLong());
    QCOMPARE(listed.value(u"date").toString(), u"2025-03-01"_s);
    QCOMPARE(listed.value(u"eligible").toInteger(), 5);
    QCOMPARE(listed.value(u"present").toInteger(), 2);
    QCOMPARE(listed.value(u"by_proxy").toInteger(), 2);
    QCOMPARE(listed.value(u"apologies").toInteger(), 1);
    QCOMPARE(listed.value(u"attending").toInteger(), 4);
    QStringList lines;
    for (const QJsonValue& value : listed.value(u"attendance").toArray()) {
        const QJsonObject line = value.toObject();
        lines.append(QStringList { line.value(u"member").toString(), line.value(u"attendance").toString(),
                                   line.value(u"proxy").toString(u"-"_s),
                                   line.value(u"direction").toString(u"-"_s) }
                         .join(u' '));
    }
    QCOMPARE(lines,
             (QStringList { u"1001 present - -"_s, u"1002 proxy 1004 for"_s, u"1004 present - -"_s,
                            u"1005 apologies - -"_s, u"1006 proxy chair -"_s }));
    const CliRun text = cli({ u"meetings"_s, u"attendance"_s, file, id });
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"1004 Member 1004, directed: For"), qPrintable(text.out));
    QVERIFY2(text.out.endsWith(u"Eligible: 5, present: 2, by proxy: 2, apologies: 1 (attending: 4)\n"),
             qPrintable(text.out));

    // Revoked, 1002's proxy and its line go; 1004 holds no proxy now and may take 1006's from the chair.
    const CliRun revoked = proxy({ u"--member"_s, u"1002"_s, u"--revoke"_s });
    QCOMPARE(revoked.exitCode, 0);
    QVERIFY2(revoked.out.contains(u"revoked"), qPrintable(revoked.out));
    QCOMPARE(proxy({ u"--member"_s, u"1006"_s, u"--proxy"_s, u"1004"_s }).exitCode, 0);
    QCOMPARE(attend({ u"1005"_s }, u"none"_s).exitCode, 0);
    // Present 1001 and 1004; by proxy 1006; nobody sent apologies. Attending: 2 + 1 = 3.
    const QJsonObject after = attendance();
    QCOMPARE(after.value(u"present").toInteger(), 2);
    QCOMPARE(after.value(u"by_proxy").toInteger(), 1);
    QCOMPARE(after.value(u"apologies").toInteger(), 0);
    QCOMPARE(after.value(u"attending").toInteger(), 3);
    const QJsonArray rows = after.value(u"attendance").toArray();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(2).toObject().value(u"member").toString(), u"1006"_s);
    QCOMPARE(rows.at(2).toObject().value(u"proxy").toString(), u"1004"_s);
    QVERIFY(rows.at(2).toObject().value(u"direction").isNull());

    // All or nothing: 1003 has ceased, so neither 1006 nor 1005 is recorded either, and the file is as it
    // was.
    const QByteArray before = fileDigest(file);
    const CliRun refused = attend({ u"1006"_s, u"1003"_s, u"1005"_s }, u"present"_s);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.out.isEmpty());
    QVERIFY2(refused.err.startsWith(u"error: Member 1003"), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(u"(not-a-voter)"), qPrintable(refused.err));
    QCOMPARE(fileDigest(file), before);
    QCOMPARE(attendance(), after);
}

// Proxies vote through `ballots import` with the proxy column: as appointed and as directed, or not at
// all.
void TestCli::proxiesCastBallotsAsAppointed()
{
    const QString file = createVotingFixture();
    QVERIFY(!file.isEmpty());
    const QString motion = openMotion(file, {});
    QVERIFY(!motion.isEmpty());
    const QString meeting = u"1"_s;
    const auto proxy = [&](const QStringList& options) {
        return QStringList { u"meetings"_s, u"proxy"_s, file, meeting } + options;
    };
    QVERIFY(
        runSteps({ proxy({ u"--member"_s, u"1002"_s, u"--proxy"_s, u"1004"_s, u"--direction"_s, u"for"_s }),
                   proxy({ u"--member"_s, u"1006"_s, u"--chair"_s, u"--direction"_s, u"against"_s }),
                   proxy({ u"--member"_s, u"1005"_s, u"--proxy"_s, u"1001"_s }) }));

    const QString csv = writeFile(u"ballots.csv"_s,
                                  "member,choice,method,proxy\n1002,for,proxy,1004\n1006,against,proxy,\n"
                                  "1005,abstain,proxy,1001\n1001,for,person\n");
    const CliRun imported = cli({ u"ballots"_s, u"import"_s, file, motion, csv });
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.out, u"Ballots recorded: 4\n"_s);
    QStringList cast;
    for (const QJsonValue& value :
         json({ u"ballots"_s, file, motion, u"--json"_s }).value(u"ballots").toArray()) {
        const QJsonObject ballot = value.toObject();
        cast.append(QStringList { ballot.value(u"member").toString(), ballot.value(u"choice").toString(),
                                  ballot.value(u"method").toString(),
                                  ballot.value(u"proxy").toString(u"-"_s) }
                        .join(u' '));
    }
    QCOMPARE(cast,
             (QStringList { u"1002 for proxy 1004"_s, u"1006 against proxy -"_s, u"1005 abstain proxy 1001"_s,
                            u"1001 for person -"_s }));
    // 2 for (1002 by proxy, 1001), 1 against (1006 by the chair): carried.
    const QJsonObject tally = json({ u"tally"_s, file, motion, u"--json"_s });
    QCOMPARE(tally.value(u"for").toObject().value(u"members").toInteger(), 2);
    QCOMPARE(tally.value(u"against").toObject().value(u"members").toInteger(), 1);
    QCOMPARE(tally.value(u"outcome").toString(), u"carried"_s);

    // On another motion, 1004 may not vote 1002's proxy against, as 1002 directed it to vote for; nor
    // cast 1005's, which 1001 holds. Nothing is recorded either time.
    const CliRun second
        = cli({ u"motions"_s, u"add"_s, file, u"--meeting"_s, meeting, u"--title"_s, u"Second"_s });
    QCOMPARE(second.exitCode, 0);
    const QString secondId = second.out.trimmed();
    QCOMPARE(cli({ u"motions"_s, u"open"_s, file, secondId, u"--record-date"_s, u"2024-12-31"_s }).exitCode,
             0);
    for (const auto& [content, line, rule] :
         { std::tuple { "1004,for,person\n1002,against,proxy,1004\n"_ba, u"Line 2: "_s,
                        u"(proxy-direction)"_s },
           std::tuple { "1005,for,proxy,1004\n"_ba, u"Line 1: "_s, u"(wrong-proxy)"_s } }) {
        const QByteArray digest = fileDigest(file);
        const CliRun refused
            = cli({ u"ballots"_s, u"import"_s, file, secondId, writeFile(u"refused.csv"_s, content) });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.startsWith(u"error: "_s + line) && refused.err.contains(rule),
                 qPrintable(refused.err));
        QVERIFY(refused.out.isEmpty());
        QCOMPARE(fileDigest(file), digest);
    }
    QCOMPARE(json({ u"ballots"_s, file, secondId, u"--json"_s }).value(u"ballots").toArray().size(), 0);
}

// A board election by STV from the candidates to the declared result, each step through the CLI.
//
// Two seats; candidates 1 Alice Example (member 1002), 2 Dana Reed (from outside the register) and
// 3 Cara Nine (member C-9, admitted after the record date, so standing but not voting). The roll on
// 2024-12-31: 1001, 1002, 1004, 1005, 1006. Papers: 1001 (1, 2), 1002 (1, 2), 1004 (1, 3), 1005 (2),
// 1006 (3).
// Quota (Droop): 5 / (2 + 1) = 1, ignoring fractions, plus one = 2.
// Stage 1, first preferences: Alice 3, Dana 1, Cara 1. Alice reaches the quota: elected, surplus 3 - 2 = 1.
// Stage 2, Alice's surplus: her three papers move at 1 x 1 / 3 = 0.33333 each (five decimals,
//   truncated): two (1, 2) to Dana, +0.66666; one (1, 3) to Cara, +0.33333; 1 - 0.99999 = 0.00001 is
//   lost to truncation. Alice 2, Dana 1 + 0.66666 = 1.66666, Cara 1 + 0.33333 = 1.33333.
// Stage 3: no surplus left and nobody else at the quota: Cara, with the fewest, is excluded. Neither
//   of her papers ((1, 3) at 0.33333, (3) at 1) has a further preference: 1.33333 non-transferable.
//   Dana is the one continuing candidate for the one seat left, and is elected.
// Elected, in order: Alice Example, Dana Reed.
void TestCli::stvElectionFromCandidatesToDeclaredResult()
{
    const QString file = createVotingFixture();
    QVERIFY(!file.isEmpty());
    QVERIFY(
        runSteps({ { u"members"_s, u"add"_s, file, u"--number"_s, u"C-9"_s, u"--name"_s, u"Cara Nine"_s,
                     u"--class"_s, u"Community"_s, u"--admitted"_s, u"2025-01-15"_s },
                   { u"meetings"_s, u"add"_s, file, u"--kind"_s, u"agm"_s, u"--date"_s, u"2025-03-01"_s } }));
    // A member's number in any case stands the member, under the member's name.
    const CliRun added
        = cli({ u"elections"_s, u"add"_s, file, u"--meeting"_s, u"1"_s, u"--title"_s,
                u"Board election 2025"_s, u"--seats"_s, u"2"_s, u"--method"_s, u"STV"_s, u"--candidate"_s,
                u"1002"_s, u"--candidate"_s, u"Dana Reed"_s, u"--candidate"_s, u"c-9"_s });
    QCOMPARE(added.exitCode, 0);
    QCOMPARE(added.out, u"1\n"_s);
    const auto listed = [&]() {
        return json({ u"elections"_s, file, u"--json"_s }).value(u"elections").toArray().at(0).toObject();
    };
    const QJsonObject draft = listed();
    QCOMPARE(draft.value(u"state").toString(), u"draft"_s);
    QCOMPARE(draft.value(u"seats").toInteger(), 2);
    QCOMPARE(draft.value(u"method").toString(), u"stv"_s);
    QVERIFY(draft.value(u"elected").isNull());
    QStringList candidates;
    for (const QJsonValue& value : draft.value(u"candidates").toArray()) {
        const QJsonObject candidate = value.toObject();
        candidates.append(QString::number(candidate.value(u"position").toInteger()) + u' '
                          + candidate.value(u"name").toString() + u" / "_s
                          + candidate.value(u"member").toString(u"-"_s));
    }
    QCOMPARE(candidates,
             (QStringList { u"1 Alice Example / 1002"_s, u"2 Dana Reed / -"_s, u"3 Cara Nine / C-9"_s }));

    const CliRun opened
        = cli({ u"elections"_s, u"open"_s, file, u"1"_s, u"--record-date"_s, u"2024-12-31"_s });
    QCOMPARE(opened.exitCode, 0);
    QVERIFY2(opened.out.contains(u"Record date: 2024-12-31\nMembers on the roll: 5\n"),
             qPrintable(opened.out));
    const QString fingerprint = opened.out.section(u"Roll fingerprint (SHA-256): "_s, 1).trimmed();
    QCOMPARE(fingerprint.size(), 64);

    // What a spreadsheet saves: a byte-order mark, a header in any case, CRLF, quotes and spaces.
    const QString papers = writeFile(u"papers.csv"_s,
                                     "\xEF\xBB\xBFMember,Preferences,Method\r\n1001,1 2,person\r\n"
                                     "\"1002\",\"1  2\",POST\r\n1004, 1 3 ,online\r\n\r\n1005,2,person\r\n"
                                     "1006,\"3\",person");
    const CliRun voted = cli({ u"elections"_s, u"vote"_s, file, u"1"_s, papers });
    QCOMPARE(voted.exitCode, 0);
    QCOMPARE(voted.out, u"Ballot papers recorded: 5\n"_s);

    const QStringList electedNames { u"Alice Example"_s, u"Dana Reed"_s };
    const QJsonObject provisional = json({ u"elections"_s, u"result"_s, file, u"1"_s, u"--json"_s });
    QCOMPARE(provisional.value(u"election").toInteger(), 1);
    QCOMPARE(provisional.value(u"title").toString(), u"Board election 2025"_s);
    QCOMPARE(provisional.value(u"state").toString(), u"open"_s);
    QCOMPARE(provisional.value(u"declared").toBool(), false);
    QCOMPARE(provisional.value(u"voters").toInteger(), 5);
    QCOMPARE(provisional.value(u"papers").toInteger(), 5);
    QCOMPARE(provisional.value(u"quota").toInteger(), 2);
    QCOMPARE(provisional.value(u"elected").toVariant().toStringList(), electedNames);
    const QJsonArray rounds = provisional.value(u"rounds").toArray();
    QCOMPARE(rounds.size(), 3);
    const QJsonObject surplus = rounds.at(1).toObject();
    QCOMPARE(surplus.value(u"surplus").toDouble(), 1.0);
    QCOMPARE(surplus.value(u"totals").toObject().value(u"Dana Reed").toDouble(), 1.66666);
    QCOMPARE(surplus.value(u"totals").toObject().value(u"Cara Nine").toDouble(), 1.33333);
    QCOMPARE(surplus.value(u"non_transferable").toDouble(), 0.00001);
    const QJsonObject exclusion = rounds.at(2).toObject();
    QCOMPARE(exclusion.value(u"excluded").toVariant().toStringList(), QStringList { u"Cara Nine"_s });
    QCOMPARE(exclusion.value(u"non_transferable").toDouble(), 1.33333);
    const CliRun provisionalText = cli({ u"elections"_s, u"result"_s, file, u"1"_s });
    QCOMPARE(provisionalText.exitCode, 0);
    QVERIFY2(provisionalText.out.startsWith(u"Election 1: Board election 2025\nState: provisional"),
             qPrintable(provisionalText.out));
    QVERIFY2(provisionalText.out.contains(u"Ballot papers: 5 (5 cast by members on the roll, 0 imported)"),
             qPrintable(provisionalText.out));
    QVERIFY2(provisionalText.out.contains(u"Quota: 5 / (2 + 1) = 1, ignoring fractions, plus one = 2."),
             qPrintable(provisionalText.out));

    const CliRun closed = cli({ u"elections"_s, u"close"_s, file, u"1"_s });
    QCOMPARE(closed.exitCode, 0);
    QVERIFY2(closed.out.contains(u"\nState: declared\n"), qPrintable(closed.out));
    QVERIFY2(closed.out.endsWith(u"Elected, in order of election:\n1. Alice Example\n2. Dana Reed\n"),
             qPrintable(closed.out));
    QCOMPARE(cli({ u"elections"_s, u"result"_s, file, u"1"_s }).out, closed.out);
    const QJsonObject declared = json({ u"elections"_s, u"result"_s, file, u"1"_s, u"--json"_s });
    QCOMPARE(declared.value(u"state").toString(), u"closed"_s);
    QCOMPARE(declared.value(u"declared").toBool(), true);
    QCOMPARE(declared.value(u"elected").toVariant().toStringList(), electedNames);
    QCOMPARE(declared.value(u"rounds"), provisional.value(u"rounds"));
    QCOMPARE(declared.value(u"roll_fingerprint").toString(), fingerprint);
    const QJsonObject closedListing = listed();
    QCOMPARE(closedListing.value(u"state").toString(), u"closed"_s);
    QCOMPARE(closedListing.value(u"elected").toVariant().toStringList(), electedNames);
    QCOMPARE(closedListing.value(u"voters").toInteger(), 5);

    // Exported, the papers count the same with `count`: the same working under the title, the same
    // elected.
    const QString blt = path(u"board.blt"_s);
    const CliRun exported = cli({ u"elections"_s, u"export"_s, file, u"1"_s, blt });
    QCOMPARE(exported.exitCode, 0);
    QVERIFY2(exported.out.startsWith(u"Ballot papers written to "_s + blt + u": 5\n"_s),
             qPrintable(exported.out));
    const QJsonObject recount = json({ u"count"_s, blt, u"--json"_s });
    QCOMPARE(recount.value(u"elected").toVariant().toStringList(), electedNames);
    QCOMPARE(recount.value(u"quota").toInteger(), 2);
    const CliRun recountText = cli({ u"count"_s, blt });
    QCOMPARE(recountText.exitCode, 0);
    const QString title = u"Board election 2025\n\n"_s;
    QVERIFY2(recountText.out.startsWith(title), qPrintable(recountText.out));
    QVERIFY2(closed.out.endsWith(recountText.out.sliced(title.size())), qPrintable(recountText.out));

    // The .blt file is never replaced unless asked.
    const QByteArray bltDigest = fileDigest(blt);
    const CliRun again = cli({ u"elections"_s, u"export"_s, file, u"1"_s, blt });
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"(exists)"), qPrintable(again.err));
    QVERIFY(again.out.isEmpty());
    QCOMPARE(fileDigest(blt), bltDigest);
    QCOMPARE(cli({ u"elections"_s, u"export"_s, file, u"1"_s, blt, u"--force"_s }).exitCode, 0);
    QCOMPARE(fileDigest(blt), bltDigest); // the same papers, written the same way

    // Declared: no more papers, and the refusal changes nothing.
    const QByteArray digest = fileDigest(file);
    const CliRun late
        = cli({ u"elections"_s, u"vote"_s, file, u"1"_s, writeFile(u"late.csv"_s, "C-9,2,person\n") });
    QCOMPARE(late.exitCode, 1);
    QVERIFY2(late.err.contains(u"(election-not-open)"), qPrintable(late.err));
    QCOMPARE(fileDigest(file), digest);
}

// One seat by plurality: 1001 votes for Bo in person; a postal ballot service counted 3 papers for Ann
// and 1 for Bo. Ann 3, Bo 1 + 1 = 2: Ann is elected.
void TestCli::electionImportAddsPapersCountedElsewhere()
{
    const QString file = createVotingFixture();
    QVERIFY(!file.isEmpty());
    QVERIFY(runSteps(
        { { u"meetings"_s, u"add"_s, file, u"--kind"_s, u"general"_s, u"--date"_s, u"2025-03-01"_s },
          { u"elections"_s, u"add"_s, file, u"--meeting"_s, u"1"_s, u"--title"_s, u"Treasurer"_s,
            u"--seats"_s, u"1"_s, u"--method"_s, u"plurality"_s, u"--candidate"_s, u"Ann"_s, u"--candidate"_s,
            u"Bo"_s },
          { u"elections"_s, u"open"_s, file, u"1"_s, u"--record-date"_s, u"2024-12-31"_s },
          { u"elections"_s, u"vote"_s, file, u"1"_s, writeFile(u"papers.csv"_s, "1001,2,person\n") } }));
    const QString postal
        = writeFile(u"postal.blt"_s, "2 1\n3 1 0\n1 2 0\n0\n\"Ann\"\n\"Bo\"\n\"Postal ballot\"\n");
    const CliRun imported = cli({ u"elections"_s, u"import"_s, file, u"1"_s, postal });
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.out, u"Ballot papers imported: 4\n"_s);

    const QJsonObject result = json({ u"elections"_s, u"result"_s, file, u"1"_s, u"--json"_s });
    QCOMPARE(result.value(u"method").toString(), u"plurality"_s);
    QCOMPARE(result.value(u"voters").toInteger(), 1);
    QCOMPARE(result.value(u"papers").toInteger(), 5);
    QCOMPARE(result.value(u"votes").toObject().value(u"Ann").toInteger(), 3);
    QCOMPARE(result.value(u"votes").toObject().value(u"Bo").toInteger(), 2);
    QCOMPARE(result.value(u"elected").toVariant().toStringList(), QStringList { u"Ann"_s });
    const CliRun text = cli({ u"elections"_s, u"result"_s, file, u"1"_s });
    QVERIFY2(text.out.contains(u"Ballot papers: 5 (1 cast by members on the roll, 4 imported)"),
             qPrintable(text.out));
    QVERIFY2(text.out.endsWith(u"Elected, most votes first:\n1. Ann\n"), qPrintable(text.out));

    // The export says how to repeat the count exactly, the seed of any lot included.
    const QString blt = path(u"treasurer.blt"_s);
    const CliRun exported = cli({ u"elections"_s, u"export"_s, file, u"1"_s, blt });
    QCOMPARE(exported.exitCode, 0);
    const QString command
        = exported.out.section(u"To count them as this election is counted: "_s, 1).trimmed();
    QVERIFY2(command.startsWith(u"mutualise-cli count "_s + blt + u" --seed "_s), qPrintable(command));
    QVERIFY2(command.endsWith(u" --method plurality"_s), qPrintable(command));
    const QStringList words = command.split(u' ').mid(1);
    QCOMPARE(json(words + QStringList { u"--json"_s }).value(u"votes"), result.value(u"votes"));

    // A .blt file for other candidates, or a malformed one, is refused whole.
    const QByteArray digest = fileDigest(file);
    for (const auto& [content, message] :
         { std::pair { "2 1\n5 1 0\n0\n\"Ann\"\n\"Cy\"\n"_ba, u"(candidates-differ)"_s },
           std::pair { "2 1\n5 1\n0\n\"Ann\"\n\"Bo\"\n"_ba, u"error: Line 2: "_s } }) {
        const CliRun refused
            = cli({ u"elections"_s, u"import"_s, file, u"1"_s, writeFile(u"other.blt"_s, content) });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
        QCOMPARE(fileDigest(file), digest);
    }
    QCOMPARE(json({ u"elections"_s, u"result"_s, file, u"1"_s, u"--json"_s }).value(u"papers").toInteger(),
             5);
}

// See createFixtureWithElections: election 1 (STV, 2 seats: 1 Alice Example, 2 Dana Reed, 3 Evan Cole)
// has 1001's paper (1 2). 1002 hands in a blank paper and 1004 votes (1 2): 3 voters, 2 valid papers
// and 1 invalid. Quota: 2 / (2 + 1) = 0, ignoring fractions, plus one = 1. Stage 1: Alice 2, elected
// with a surplus of 1; her two papers move at 1 x 1 / 2 = 0.5 to Dana, who reaches the quota with 1.
// Election 2 (plurality, one seat): 1002 votes for Bo and 1004's paper is spoilt: Bo 1, valid 1,
// spoilt 1.
void TestCli::electionBlankPapersAreInvalid()
{
    const QString file = createFixtureWithElections();
    QVERIFY(!file.isEmpty());
    const CliRun voted = cli({ u"elections"_s, u"vote"_s, file, u"1"_s,
                               writeFile(u"blank.csv"_s, "1002, Blank ,post\n1004,1 2,person\n") });
    QCOMPARE(voted.exitCode, 0);
    QCOMPARE(voted.out, u"Ballot papers recorded: 2\n"_s);
    const QJsonObject stv = json({ u"elections"_s, u"result"_s, file, u"1"_s, u"--json"_s });
    QCOMPARE(stv.value(u"voters").toInteger(), 3);
    QCOMPARE(stv.value(u"papers").toInteger(), 3);
    QCOMPARE(stv.value(u"valid").toInteger(), 2);
    QCOMPARE(stv.value(u"invalid").toInteger(), 1);
    QCOMPARE(stv.value(u"quota").toInteger(), 1);
    const QStringList elected { u"Alice Example"_s, u"Dana Reed"_s };
    QCOMPARE(stv.value(u"elected").toVariant().toStringList(), elected);

    // Exported, the blank paper is a ballot with no preferences, and counts the same.
    const QString blt = path(u"blank.blt"_s);
    QCOMPARE(cli({ u"elections"_s, u"export"_s, file, u"1"_s, blt }).exitCode, 0);
    QFile written(blt);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().startsWith("3 2\n1 0\n"));
    const QJsonObject recount = json({ u"count"_s, blt, u"--json"_s });
    QCOMPARE(recount.value(u"invalid").toInteger(), 1);
    QCOMPARE(recount.value(u"elected").toVariant().toStringList(), elected);

    QCOMPARE(cli({ u"elections"_s, u"vote"_s, file, u"2"_s,
                   writeFile(u"spoilt.csv"_s, "1002,2,person\n1004,BLANK,person\n") })
                 .exitCode,
             0);
    const QJsonObject plurality = json({ u"elections"_s, u"result"_s, file, u"2"_s, u"--json"_s });
    QCOMPARE(plurality.value(u"valid").toInteger(), 1);
    QCOMPARE(plurality.value(u"spoilt").toInteger(), 1);
    QCOMPARE(plurality.value(u"elected").toVariant().toStringList(), QStringList { u"Bo"_s });
}

void TestCli::electionRefusalLeavesFileUnchanged_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("rule");
    // See createFixtureWithElections: election 1 open (STV, 2 seats, 3 candidates; 1001 has voted),
    // 2 open (plurality, 1 seat, Ann and Bo), 3 closed, 4 a draft; meeting 1 allows one proxy a person
    // and 1004 holds 1002's.
    const QString file = filePlaceholder;
    const QString csv = u"%CSV%"_s;
    const QString blt = u"%BLT%"_s;
    const QString usage = u"Try “mutualise-cli"_s;
    const auto vote
        = [&](const char* name, const QByteArray& content, const QString& line, const QString& rule) {
              QTest::newRow(name) << QStringList { u"elections"_s, u"vote"_s, file, u"1"_s, csv } << content
                                  << 1 << line << rule;
          };
    vote("ceased member", "1002,1,person\n1003,2,person\n", u"Line 2: "_s, u"(not-eligible)"_s);
    vote("unknown member", "member,preferences,method\n9999,1,person\n", u"Line 2: "_s, u"(not-eligible)"_s);
    vote("the same member twice", "1002,1,person\n1004,2,post\n1002,2 1,online\n", u"Line 3: "_s,
         u"(voted-twice)"_s);
    vote("voting again", "1004,1,person\n1001,2,person\n", u"Line 2: "_s, u"(voted-twice)"_s);
    vote("duplicate preference", "1002,1 2 1,person\n", u"Line 1: "_s, u"(duplicate-preference)"_s);
    vote("unknown candidate position", "1002,2 4,person\n", u"Line 1: "_s, u"(unknown-candidate)"_s);
    // A blank paper is written "blank"; no preferences at all may be a paper left out by mistake.
    vote("no preferences", "1002,1,person\n1004,,person\n", u"Line 2: "_s, u"(empty-paper)"_s);
    vote("blank and a position", "1002,blank 1,person\n", u"Line 1: "_s, u"(paper-csv)"_s);
    vote("position 0", "1002,0 1,person\n", u"Line 1: "_s, u"(paper-csv)"_s);
    vote("positions by commas", "1002,\"1,2\",person\n", u"Line 1: "_s, u"(paper-csv)"_s);
    vote("position in words", "1002,first,person\n", u"Line 1: "_s, u"(paper-csv)"_s);
    vote("position overflow", "1002,99999999999,person\n", u"Line 1: "_s, u"(paper-csv)"_s);
    vote("method proxy", "1002,1,proxy\n", u"Line 1: "_s, u"(paper-csv)"_s);
    vote("method pigeon", "1002,1,pigeon\n", u"Line 1: "_s, u"(paper-csv)"_s);
    vote("two fields", "1002,1 2\n", u"Line 1: "_s, u"(paper-csv)"_s);
    vote("no member number", " ,1,person\n", u"Line 1: "_s, u"(paper-csv)"_s);
    vote("quote never closed", "1002,\"1 2,person\n", u"Line 1: "_s, u"(paper-csv)"_s);
    vote("Latin-1 byte", "1002,1,person\n100\xE9,1,person\n", u"Line 2: "_s, u"(not-utf8)"_s);
    vote("empty file", "", QString(), u"(paper-csv)"_s);
    vote("header only", "member,preferences,method\r\n", QString(), u"(paper-csv)"_s);
    const QByteArray good = "1002,1,person\n";
    const auto election = [&](const char* command, const QString& id) {
        return QStringList { u"elections"_s, QString::fromLatin1(command), file, id };
    };
    // plurality for 1 seat: one mark a paper
    QTest::newRow("too many marks") << election("vote", u"2"_s) + QStringList { csv }
                                    << "1002,1 2,person\n"_ba << 1 << u"Line 1: "_s << u"(too-many-marks)"_s;
    QTest::newRow("vote after close") << election("vote", u"3"_s) + QStringList { csv } << good << 1
                                      << QString() << u"(election-not-open)"_s;
    QTest::newRow("vote in a draft") << election("vote", u"4"_s) + QStringList { csv } << good << 1
                                     << QString() << u"(election-not-open)"_s;
    QTest::newRow("vote in no election") << election("vote", u"99"_s) + QStringList { csv } << good << 1
                                         << QString() << u"(unknown-election)"_s;
    QTest::newRow("vote from no file") << election("vote", u"1"_s) + QStringList { u"no-such.csv"_s } << good
                                       << 1 << QString() << u"(not-found)"_s;
    QTest::newRow("election id in words")
        << election("vote", u"first"_s) + QStringList { csv } << good << 2 << QString() << usage;

    const QByteArray boardBlt = "3 2\n1 2 1 0\n0\n\"Alice Example\"\n\"Dana Reed\"\n\"Evan Cole\"\n";
    QTest::newRow("import for other candidates")
        << election("import", u"1"_s) + QStringList { blt } << "3 2\n1 2 1 0\n0\nAlice\nDana\nEvan\n"_ba << 1
        << QString() << u"(candidates-differ)"_s;
    QTest::newRow("import without the closing 0")
        << election("import", u"1"_s) + QStringList { blt } << "3 2\n1 2 1\n0\nA\nB\nC\n"_ba << 1
        << u"Line 2: "_s << u"(blt-ballot)"_s;
    QTest::newRow("import a paper marking too many")
        << election("import", u"2"_s) + QStringList { blt } << "2 1\n1 1 2 0\n0\nAnn\nBo\n"_ba << 1
        << u"Line 2: "_s << u"(too-many-marks)"_s;
    QTest::newRow("import after close") << election("import", u"3"_s) + QStringList { blt } << boardBlt << 1
                                        << QString() << u"(election-not-open)"_s;
    QTest::newRow("export over a file")
        << election("export", u"1"_s) + QStringList { blt } << boardBlt << 1 << QString() << u"(exists)"_s;
    QTest::newRow("open twice") << election("open", u"1"_s) << QByteArray() << 1 << QString()
                                << u"(election-not-draft)"_s;
    QTest::newRow("record date tomorrow") << election("open", u"4"_s)
            + QStringList { u"--record-date"_s, QDate::currentDate().addDays(1).toString(Qt::ISODate) }
                                          << QByteArray() << 1 << QString() << u"(future-date)"_s;
    QTest::newRow("record date 31/12/2024")
        << election("open", u"4"_s) + QStringList { u"--record-date"_s, u"31/12/2024"_s } << QByteArray() << 2
        << QString() << usage;
    QTest::newRow("close a draft") << election("close", u"4"_s) << QByteArray() << 1 << QString()
                                   << u"(election-not-open)"_s;
    QTest::newRow("close twice") << election("close", u"3"_s) << QByteArray() << 1 << QString()
                                 << u"(election-not-open)"_s;
    QTest::newRow("result of a draft")
        << election("result", u"4"_s) << QByteArray() << 1 << QString() << u"(election-not-open)"_s;
    QTest::newRow("result of no election")
        << election("result", u"99"_s) << QByteArray() << 1 << QString() << u"(unknown-election)"_s;
    QTest::newRow("result of election 0")
        << election("result", u"0"_s) << QByteArray() << 2 << QString() << usage;
    QTest::newRow("elections of meeting 0") << QStringList { u"elections"_s, file, u"--meeting"_s, u"0"_s }
                                            << QByteArray() << 2 << QString() << usage;

    const auto add = [&file](const QStringList& options) {
        return QStringList { u"elections"_s, u"add"_s, file, u"--title"_s, u"Board"_s } + options;
    };
    const QStringList meeting { u"--meeting"_s, u"1"_s };
    const QStringList twoCandidates { u"--candidate"_s, u"Ann"_s, u"--candidate"_s, u"Bo"_s };
    QTest::newRow("add without --seats") << add(meeting + twoCandidates) << QByteArray() << 2 << QString()
                                         << u"The option --seats is required"_s;
    QTest::newRow("add with --seats 0")
        << add(meeting + twoCandidates + QStringList { u"--seats"_s, u"0"_s }) << QByteArray() << 2
        << QString() << u"--seats needs a positive whole number"_s;
    QTest::newRow("add with --method borda")
        << add(meeting + twoCandidates + QStringList { u"--seats"_s, u"1"_s, u"--method"_s, u"borda"_s })
        << QByteArray() << 2 << QString() << u"--method must be stv or plurality"_s;
    QTest::newRow("add without candidates")
        << add(meeting + QStringList { u"--seats"_s, u"1"_s }) << QByteArray() << 2 << QString()
        << u"The option --candidate is required"_s;
    QTest::newRow("add without --meeting") << add(twoCandidates + QStringList { u"--seats"_s, u"1"_s })
                                           << QByteArray() << 2 << QString() << usage;
    QTest::newRow("add to no meeting")
        << add(twoCandidates + QStringList { u"--seats"_s, u"1"_s, u"--meeting"_s, u"99"_s }) << QByteArray()
        << 1 << QString() << u"(unknown-meeting)"_s;
    QTest::newRow("add more seats than candidates")
        << add(meeting + twoCandidates + QStringList { u"--seats"_s, u"3"_s }) << QByteArray() << 1
        << QString() << u"(too-few-candidates)"_s;
    QTest::newRow("add a candidate twice")
        << add(meeting
               + QStringList { u"--seats"_s, u"1"_s, u"--candidate"_s, u"Ann"_s, u"--candidate"_s, u"ANN"_s })
        << QByteArray() << 1 << QString() << u"(duplicate-candidate)"_s;
    // 1002 stands under the name Alice Example, which the second candidate repeats
    QTest::newRow("add a member and the member's name")
        << add(meeting
               + QStringList { u"--seats"_s, u"1"_s, u"--candidate"_s, u"1002"_s, u"--candidate"_s,
                               u"alice example"_s })
        << QByteArray() << 1 << QString() << u"(duplicate-candidate)"_s;

    const auto attend = [&file](const QStringList& rest) {
        return QStringList { u"meetings"_s, u"attend"_s, file, u"1"_s } + rest;
    };
    QTest::newRow("attend as late") << attend({ u"1001"_s, u"--as"_s, u"late"_s }) << QByteArray() << 2
                                    << QString() << u"--as must be present, proxy, apologies or none"_s;
    QTest::newRow("attend without --as")
        << attend({ u"1001"_s }) << QByteArray() << 2 << QString() << u"The option --as is required"_s;
    QTest::newRow("attend nobody") << attend({ u"--as"_s, u"present"_s }) << QByteArray() << 2 << QString()
                                   << u"Missing argument NUMBER"_s;
    // every number is looked up first: 1001 is not recorded either
    QTest::newRow("attend with an unknown member")
        << attend({ u"1001"_s, u"9999"_s, u"--as"_s, u"present"_s }) << QByteArray() << 1 << QString()
        << u"(unknown-member)"_s;
    QTest::newRow("attend as a ceased member")
        << attend({ u"1003"_s, u"1001"_s, u"--as"_s, u"present"_s }) << QByteArray() << 1 << u"Member 1003 "_s
        << u"(not-a-voter)"_s;
    QTest::newRow("attend no meeting")
        << QStringList { u"meetings"_s, u"attend"_s, file, u"99"_s, u"1001"_s, u"--as"_s, u"present"_s }
        << QByteArray() << 1 << QString() << u"(unknown-meeting)"_s;
    QTest::newRow("attend meeting in words")
        << QStringList { u"meetings"_s, u"attend"_s, file, u"agm"_s, u"1001"_s, u"--as"_s, u"present"_s }
        << QByteArray() << 2 << QString() << u"“agm” is not a meeting id"_s;
    QTest::newRow("attendance at no meeting") << QStringList { u"meetings"_s, u"attendance"_s, file, u"99"_s }
                                              << QByteArray() << 1 << QString() << u"(unknown-meeting)"_s;

    const auto proxy = [&file](const QStringList& options) {
        return QStringList { u"meetings"_s, u"proxy"_s, file, u"1"_s } + options;
    };
    QTest::newRow("proxy and chair together")
        << proxy({ u"--member"_s, u"1005"_s, u"--proxy"_s, u"1006"_s, u"--chair"_s }) << QByteArray() << 2
        << QString() << u"Give --proxy NUMBER or --chair, not both"_s;
    QTest::newRow("revoke and appoint together")
        << proxy({ u"--member"_s, u"1002"_s, u"--revoke"_s, u"--chair"_s }) << QByteArray() << 2 << QString()
        << u"--revoke takes no"_s;
    QTest::newRow("direction maybe") << proxy(
        { u"--member"_s, u"1005"_s, u"--chair"_s, u"--direction"_s, u"maybe"_s })
                                     << QByteArray() << 2 << QString() << u"--direction must be"_s;
    QTest::newRow("proxy without --member")
        << proxy({ u"--chair"_s }) << QByteArray() << 2 << QString() << u"The option --member is required"_s;
    QTest::newRow("own proxy") << proxy({ u"--member"_s, u"1005"_s, u"--proxy"_s, u"1005"_s }) << QByteArray()
                               << 1 << QString() << u"(own-proxy)"_s;
    QTest::newRow("proxy of a ceased member") << proxy({ u"--member"_s, u"1003"_s, u"--chair"_s })
                                              << QByteArray() << 1 << QString() << u"(not-a-voter)"_s;
    QTest::newRow("proxy over the limit") << proxy({ u"--member"_s, u"1005"_s, u"--proxy"_s, u"1004"_s })
                                          << QByteArray() << 1 << QString() << u"(proxy-limit)"_s;
    QTest::newRow("proxy held by no member") << proxy({ u"--member"_s, u"1005"_s, u"--proxy"_s, u"9999"_s })
                                             << QByteArray() << 1 << QString() << u"(unknown-member)"_s;
    QTest::newRow("revoke what was never appointed") << proxy({ u"--member"_s, u"1005"_s, u"--revoke"_s })
                                                     << QByteArray() << 1 << QString() << u"(no-proxy)"_s;
}

void TestCli::electionRefusalLeavesFileUnchanged()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, content);
    QFETCH(int, exitCode);
    QFETCH(QString, start);
    QFETCH(QString, rule);
    const QString file = createFixtureWithElections();
    QVERIFY(!file.isEmpty());
    arguments.replaceInStrings(filePlaceholder, file);
    arguments.replaceInStrings(u"%CSV%"_s, writeFile(u"papers.csv"_s, content));
    arguments.replaceInStrings(u"%BLT%"_s, writeFile(u"papers.blt"_s, content));

    const QByteArray digestBefore = fileDigest(file);
    const QJsonObject electionsBefore = json({ u"elections"_s, file, u"--json"_s });
    const QJsonObject resultBefore = json({ u"elections"_s, u"result"_s, file, u"1"_s, u"--json"_s });
    const QJsonObject attendanceBefore = json({ u"meetings"_s, u"attendance"_s, file, u"1"_s, u"--json"_s });
    QCOMPARE(resultBefore.value(u"voters").toInteger(), 1);
    QCOMPARE(attendanceBefore.value(u"by_proxy").toInteger(), 1);

    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.startsWith(u"error: "_s + start), qPrintable(run.err));
    QVERIFY2(run.err.contains(rule), qPrintable(run.err));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QVERIFY2(run.err.count(u'\n') <= 2, qPrintable(run.err));

    QCOMPARE(fileDigest(file), digestBefore);
    QCOMPARE(json({ u"elections"_s, file, u"--json"_s }), electionsBefore);
    QCOMPARE(json({ u"elections"_s, u"result"_s, file, u"1"_s, u"--json"_s }), resultBefore);
    QCOMPARE(json({ u"meetings"_s, u"attendance"_s, file, u"1"_s, u"--json"_s }), attendanceBefore);
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
