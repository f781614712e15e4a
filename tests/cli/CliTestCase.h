#pragma once

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// What a run of mutualise-cli left: its exit status and what it printed.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Stands for the path of the mutual in the rows of a data-driven test; each row replaces it with the
// path of its own file.
inline const QString mutualFileArgument = QStringLiteral("%FILE%");

// The base of the tests of mutualise-cli. Each test runs in a new temporary folder, which is also the
// current folder, as it would be the program's. The commands run inside the test's process, through the
// same dispatcher as main(), with their output captured; cliProcess starts the real program.
class CliTestCase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

protected:
    // Runs the command line as `mutualise-cli arguments...` would, without starting a process;
    // standardOutput, when given, receives what the commands print instead of the test.
    CliRun cli(const QStringList& arguments, QIODevice* standardOutput = nullptr) const;
    // Starts the program itself; standardOutputFile, when given, receives what it prints instead of the
    // test.
    CliRun cliProcess(const QStringList& arguments, const QString& standardOutputFile = {}) const;
    QJsonObject json(const QStringList& arguments) const;
    // What `report ... --format json` writes for `arguments` (report, file, name and options), read back
    // from the file; empty (and a warning) when the command fails.
    QJsonObject reportJson(const QStringList& arguments) const;
    QString path(const QString& name) const { return m_dir->filePath(name); }
    QString folder() const { return m_dir->path(); }
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
    // The fixture with an allocation's material for the financial year 2024 (2024-04-01 to 2025-03-31):
    // 1002 buys 5 more shares on 2024-10-01; service charges on 2024-06-01 of £200.00 (1001) and £100.00
    // (1002); and AGM 1 on 2025-06-20 with motion 1, "Allocate the surplus", closed and carried.
    QString createAllocationFixture() const;
    // The allocation fixture with its surplus of £1,000.00 allocated by motion 1: reserves £400.00,
    // interest at 500 bp capitalised (1001: 91,250 share-days, £12.50, 12 shares bought and 50 pence paid;
    // 1002: 4,560 share-days, 62 pence paid), rebates £10.00 (1001 £6.67, 1002 £3.33), fund £576.88.
    QString createApprovedAllocationFixture() const;
    // Runs `report FILE arguments --format json` to a file, which must be refused with `exitCode` and
    // `named` in the message, leaving no file; what went otherwise, or nothing.
    QString reportRefusal(const QString& file, const QStringList& arguments, int exitCode,
                          const QString& named) const;
    // The allocation plan of the fixture as JSON, with `changes` made to it (a null value removes a key).
    static QJsonObject allocationPlan(const QJsonObject& changes = {});
    // What a poppler tool prints for `pdf`; empty (and a warning) when it is missing.
    static QString poppler(const QString& tool, const QStringList& arguments);
    // The pages of `pdf` as pdftotext -layout reads them, ligatures written out.
    static QStringList pdfPages(const QString& pdf);
    // What a Python script prints as JSON about `path`; Debian's own Python first, which has the modules
    // its packages install (python3-openpyxl).
    QJsonDocument runPython(const QString& script, const QString& path) const;
    // Runs each step, every one of which must succeed; false (and a warning) otherwise.
    bool runSteps(const QList<QStringList>& steps) const;
    static QByteArray fileDigest(const QString& filePath);
    static QJsonObject memberNumbered(const QJsonObject& list, const QString& number);
    static QJsonObject holdingOf(const QJsonObject& holdings, const QString& number);
    // A weight in `tally --json`: the whole number, or the exact fraction ("11/17") that a class-weighted
    // share carries beside its value; a value that disagrees with its fraction is reported as such.
    static QString weightOf(const QJsonObject& total);

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_fixtureWithMotions;
    std::unique_ptr<QTemporaryDir> m_fixtureWithElections;
    QString m_startFolder;
};
