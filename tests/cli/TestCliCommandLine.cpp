#include "CliTestCase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

// A device that refuses every write, as a full disk does.
class FullDevice : public QIODevice
{
protected:
    qint64 readData(char* /*data*/, qint64 /*size*/) override { return -1; }
    qint64 writeData(const char* /*data*/, qint64 /*size*/) override
    {
        setErrorString(u"No space left on device"_s);
        return -1;
    }
};

} // namespace

// Tests of mutualise-cli, the command line itself: help, refused arguments and files, and how messages and
// tables are written.
class TestCliCommandLine : public CliTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void commandHelpShowsOptions_data();
    void commandHelpShowsOptions();
    void refusedCommandLeavesFileUnchanged_data();
    void refusedCommandLeavesFileUnchanged();
    void unreadableFilesAreRefused_data();
    void unreadableFilesAreRefused();
    void readingNeverCreatesAFile_data();
    void readingNeverCreatesAFile();
    void listingReadsAReadOnlyFile();
    void failedOutputFailsItsOwnRunOnly();
    void mistypedSubcommandIsAnUnknownCommand_data();
    void mistypedSubcommandIsAnUnknownCommand();
    void groupCommandTakesAFileOnlyIfItLooksLikeOne();
    void keysIgnoreCase();
    void textTableAlignsWideAndCombiningCharacters();
    void messagesQuoteWithCurlyQuotes_data();
    void messagesQuoteWithCurlyQuotes();
};

void TestCliCommandLine::commandHelpShowsOptions_data()
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

void TestCliCommandLine::commandHelpShowsOptions()
{
    QFETCH(QStringList, command);
    QFETCH(QStringList, mentions);
    const CliRun run = cli(command + QStringList { u"--help"_s });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"Usage: mutualise-cli "_s + command.join(u' ')), qPrintable(run.out));
    for (const QString& mention : mentions)
        QVERIFY2(run.out.contains(mention), qPrintable(mention));
}

void TestCliCommandLine::refusedCommandLeavesFileUnchanged_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString file = mutualFileArgument;
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
    const QString positiveShares = u"--shares needs a whole number from 1 to"_s;
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

void TestCliCommandLine::refusedCommandLeavesFileUnchanged()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    arguments.replaceInStrings(mutualFileArgument, file);

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

void TestCliCommandLine::unreadableFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("rule");
    QTest::newRow("text file") << QByteArray("Minutes of the AGM\nNot a database.\n") << u"(not-a-mutual)"_s;
    QTest::newRow("random bytes") << QByteArray(4096, '\x5a') << u"(not-a-mutual)"_s;
}

void TestCliCommandLine::unreadableFilesAreRefused()
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

void TestCliCommandLine::readingNeverCreatesAFile_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("members") << QStringList { u"members"_s, mutualFileArgument, u"--json"_s };
    QTest::newRow("holdings") << QStringList { u"holdings"_s, mutualFileArgument };
    QTest::newRow("shares") << QStringList { u"shares"_s, mutualFileArgument };
    QTest::newRow("members add") << QStringList { u"members"_s,  u"add"_s,     mutualFileArgument,
                                                  u"--number"_s, u"1"_s,       u"--name"_s,
                                                  u"N"_s,        u"--class"_s, u"Community"_s };
    QTest::newRow("shares add") << QStringList { u"shares"_s, u"add"_s,    mutualFileArgument, u"--member"_s,
                                                 u"1"_s,      u"--kind"_s, u"subscription"_s,  u"--shares"_s,
                                                 u"1"_s,      u"--date"_s, u"2024-01-01"_s };
    QTest::newRow("meetings") << QStringList { u"meetings"_s, mutualFileArgument };
    QTest::newRow("meetings add") << QStringList { u"meetings"_s,  u"add"_s, mutualFileArgument,
                                                   u"--kind"_s,    u"agm"_s, u"--date"_s,
                                                   u"2025-03-01"_s };
    QTest::newRow("motions") << QStringList { u"motions"_s, mutualFileArgument, u"--json"_s };
    QTest::newRow("motions add") << QStringList { u"motions"_s,   u"add"_s, mutualFileArgument,
                                                  u"--meeting"_s, u"1"_s,   u"--title"_s,
                                                  u"T"_s };
    QTest::newRow("motions open") << QStringList { u"motions"_s, u"open"_s, mutualFileArgument, u"1"_s };
    QTest::newRow("motions close") << QStringList { u"motions"_s, u"close"_s, mutualFileArgument, u"1"_s };
    QTest::newRow("tally") << QStringList { u"tally"_s, mutualFileArgument, u"1"_s };
    QTest::newRow("meetings attend") << QStringList { u"meetings"_s, u"attend"_s, mutualFileArgument, u"1"_s,
                                                      u"1001"_s,     u"--as"_s,   u"present"_s };
    QTest::newRow("meetings attendance")
        << QStringList { u"meetings"_s, u"attendance"_s, mutualFileArgument, u"1"_s };
    QTest::newRow("meetings proxy") << QStringList { u"meetings"_s, u"proxy"_s, mutualFileArgument, u"1"_s,
                                                     u"--member"_s, u"1001"_s,  u"--chair"_s };
    QTest::newRow("elections") << QStringList { u"elections"_s, mutualFileArgument, u"--json"_s };
    QTest::newRow("elections add") << QStringList { u"elections"_s,   u"add"_s,     mutualFileArgument,
                                                    u"--meeting"_s,   u"1"_s,       u"--title"_s,
                                                    u"T"_s,           u"--seats"_s, u"1"_s,
                                                    u"--candidate"_s, u"A"_s };
    QTest::newRow("elections open") << QStringList { u"elections"_s, u"open"_s, mutualFileArgument, u"1"_s };
    QTest::newRow("elections export")
        << QStringList { u"elections"_s, u"export"_s, mutualFileArgument, u"1"_s, u"out.blt"_s };
    QTest::newRow("elections close") << QStringList { u"elections"_s, u"close"_s, mutualFileArgument,
                                                      u"1"_s };
    QTest::newRow("elections result")
        << QStringList { u"elections"_s, u"result"_s, mutualFileArgument, u"1"_s };
}

void TestCliCommandLine::readingNeverCreatesAFile()
{
    QFETCH(QStringList, arguments);
    const QString file = path(u"missing.mutual"_s);
    arguments.replaceInStrings(mutualFileArgument, file);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"(not-found)"), qPrintable(run.err));
    QVERIFY(!QFile::exists(file));
    QCOMPARE(QDir(folder()).entryList(QDir::Files).size(), 0);
}

// A finance officer reads a published copy marked read-only in a read-only folder: the listings work,
// a change is refused as read-only, and the file stays byte for byte the same.
void TestCliCommandLine::listingReadsAReadOnlyFile()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    const auto readOnly = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    const auto folderReadOnly = readOnly | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(file, readOnly));
    QVERIFY(QFile::setPermissions(folder(), folderReadOnly));
    const QByteArray before = fileDigest(file);

    const QJsonObject holdings = json({ u"holdings"_s, file, u"--json"_s });
    const QJsonObject members = json({ u"members"_s, file, u"--json"_s });
    const CliRun ledger = cli({ u"shares"_s, file });
    const CliRun change = cli({ u"members"_s, u"add"_s, file, u"--number"_s, u"1004"_s, u"--name"_s,
                                u"Carol Example"_s, u"--class"_s, u"Community"_s });
    const QStringList companions = QDir(folder()).entryList(QDir::Files);

    QVERIFY(QFile::setPermissions(folder(), folderReadOnly | QFile::WriteOwner));
    QVERIFY(QFile::setPermissions(file, readOnly | QFile::WriteOwner));
    QCOMPARE(holdingOf(holdings, u"1001"_s).value(u"shares").toInteger(), 250);
    QCOMPARE(members.value(u"members").toArray().size(), 3);
    QCOMPARE(ledger.exitCode, 0);
    QCOMPARE(change.exitCode, 1);
    QVERIFY2(change.err.contains(u"(read-only)"), qPrintable(change.err));
    QCOMPARE(fileDigest(file), before);
    QCOMPARE(companions, QStringList { u"fixture.mutual"_s });
}

void TestCliCommandLine::failedOutputFailsItsOwnRunOnly()
{
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    FullDevice full;
    QVERIFY(full.open(QIODevice::WriteOnly));
    const CliRun failed = cli({ u"members"_s, file }, &full);
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.err.startsWith(u"error: Could not write the output: No space left on device."_s),
             qPrintable(failed.err));
    QVERIFY2(failed.err.contains(u"(output-not-written)"), qPrintable(failed.err));
    // the failure is the run's own: the next run of the same process prints its list
    const CliRun next = cli({ u"members"_s, file });
    QCOMPARE(next.exitCode, 0);
    QVERIFY2(next.out.contains(u"Anytown Council"), qPrintable(next.out));
    QVERIFY2(next.err.isEmpty(), qPrintable(next.err));
}

void TestCliCommandLine::mistypedSubcommandIsAnUnknownCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("listed");
    const QStringList members { u"members add"_s, u"members cease"_s };
    const QStringList shares { u"shares add"_s, u"shares reverse"_s };
    QTest::newRow("members ad with its options")
        << QStringList { u"members"_s, u"ad"_s, mutualFileArgument, u"--number"_s, u"17"_s }
        << u"members ad"_s << members;
    QTest::newRow("members ad alone") << QStringList { u"members"_s, u"ad"_s } << u"members ad"_s << members;
    QTest::newRow("shares ad") << QStringList { u"shares"_s, u"ad"_s, mutualFileArgument } << u"shares ad"_s
                               << shares;
    QTest::newRow("shares revers") << QStringList { u"shares"_s, u"revers"_s, mutualFileArgument, u"1"_s }
                                   << u"shares revers"_s << shares;
    QTest::newRow("motions opne") << QStringList { u"motions"_s, u"opne"_s, mutualFileArgument, u"1"_s }
                                  << u"motions opne"_s
                                  << QStringList { u"motions add"_s, u"motions open"_s, u"motions close"_s };
    QTest::newRow("meetings ad") << QStringList { u"meetings"_s, u"ad"_s, mutualFileArgument }
                                 << u"meetings ad"_s << QStringList { u"meetings add"_s };
    QTest::newRow("ballots imprt") << QStringList { u"ballots"_s, u"imprt"_s, mutualFileArgument, u"1"_s,
                                                    u"b.csv"_s }
                                   << u"ballots imprt"_s << QStringList { u"ballots import"_s };
    QTest::newRow("meetings atend") << QStringList { u"meetings"_s, u"atend"_s, mutualFileArgument, u"1"_s,
                                                     u"1001"_s }
                                    << u"meetings atend"_s
                                    << QStringList { u"meetings attend"_s, u"meetings attendance"_s,
                                                     u"meetings proxy"_s };
    QTest::newRow("elections clse") << QStringList { u"elections"_s, u"clse"_s, mutualFileArgument, u"1"_s }
                                    << u"elections clse"_s
                                    << QStringList { u"elections add"_s,    u"elections open"_s,
                                                     u"elections vote"_s,   u"elections import"_s,
                                                     u"elections export"_s, u"elections close"_s,
                                                     u"elections result"_s };
}

void TestCliCommandLine::mistypedSubcommandIsAnUnknownCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, command);
    QFETCH(QStringList, listed);
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    arguments.replaceInStrings(mutualFileArgument, file);
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

void TestCliCommandLine::groupCommandTakesAFileOnlyIfItLooksLikeOne()
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

void TestCliCommandLine::keysIgnoreCase()
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

void TestCliCommandLine::textTableAlignsWideAndCombiningCharacters()
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

void TestCliCommandLine::messagesQuoteWithCurlyQuotes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("unknown command") << QStringList { u"frobnicate"_s, mutualFileArgument }
                                     << u"frobnicate"_s;
    QTest::newRow("extra argument") << QStringList { u"holdings"_s, mutualFileArgument, u"again"_s }
                                    << u"again"_s;
    QTest::newRow("bad date") << QStringList { u"holdings"_s, mutualFileArgument, u"--as-of"_s,
                                               u"31/12/2024"_s }
                              << u"31/12/2024"_s;
    QTest::newRow("unknown class") << QStringList { u"members"_s, mutualFileArgument, u"--class"_s,
                                                    u"Trustee"_s }
                                   << u"Trustee"_s;
    QTest::newRow("entry id in words")
        << QStringList { u"shares"_s, u"reverse"_s, mutualFileArgument, u"first"_s } << u"first"_s;
    QTest::newRow("demo over existing")
        << QStringList { u"demo"_s, mutualFileArgument } << mutualFileArgument;
    QTest::newRow("motion id in words")
        << QStringList { u"tally"_s, mutualFileArgument, u"first"_s } << u"first"_s;
    QTest::newRow("class share without a share")
        << QStringList { u"motions"_s, u"add"_s, mutualFileArgument, u"--meeting"_s, u"1"_s,
                         u"--title"_s, u"T"_s,   u"--scheme"_s,      u"classes"_s,   u"--class-share"_s,
                         u"Employee"_s }
        << u"Employee"_s;
}

void TestCliCommandLine::messagesQuoteWithCurlyQuotes()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, quoted);
    const QString file = createFixture();
    QVERIFY(!file.isEmpty());
    arguments.replaceInStrings(mutualFileArgument, file);
    quoted.replace(mutualFileArgument, file);
    const CliRun run = cli(arguments);
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(u"“"_s + quoted + u"”"_s), qPrintable(run.err));
    QVERIFY2(!run.err.contains(u'\''), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliCommandLine)
#include "TestCliCommandLine.moc"
