#include "CliTestCase.h"

#include "SampleMutual.h"
#include "cli/Application.h"
#include "cli/CommandTable.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTest>

#include <tuple>

using namespace Qt::Literals::StringLiterals;
using mutualise::cli::Command;
using mutualise::cli::CommandTable;

void CliTestCase::initTestCase()
{
    // As main() does: the messages are the program's, in the test's locale (C.UTF-8 under CTest).
    mutualise::cli::setUpApplication(*QCoreApplication::instance());
    m_startFolder = QDir::currentPath();
}

void CliTestCase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // Relative paths in the arguments name files in the test's folder, as for the program run there.
    QVERIFY(QDir::setCurrent(m_dir->path()));
}

void CliTestCase::cleanup()
{
    QDir::setCurrent(m_startFolder);
}

CliRun CliTestCase::cli(const QStringList& arguments, QIODevice* standardOutput) const
{
    QBuffer out;
    QBuffer err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    Command::setOutputDevices(standardOutput != nullptr ? standardOutput : &out, &err);
    const auto restore = qScopeGuard([] { Command::setOutputDevices(nullptr, nullptr); });
    // A new table for every run, as every run of the program has.
    const CommandTable commands;
    CliRun result;
    result.exitCode = commands.run(arguments);
    result.out = QString::fromUtf8(out.data());
    result.err = QString::fromUtf8(err.data());
    return result;
}

CliRun CliTestCase::cliProcess(const QStringList& arguments, const QString& standardOutputFile) const
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

QJsonObject CliTestCase::json(const QStringList& arguments) const
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

QByteArray CliTestCase::fileDigest(const QString& filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QJsonObject CliTestCase::memberNumbered(const QJsonObject& list, const QString& number)
{
    const QJsonArray members = list.value(u"members").toArray();
    for (const QJsonValue& member : members) {
        if (member.toObject().value(u"number").toString() == number)
            return member.toObject();
    }
    return {};
}

QJsonObject CliTestCase::holdingOf(const QJsonObject& holdings, const QString& number)
{
    const QJsonArray rows = holdings.value(u"holdings").toArray();
    for (const QJsonValue& row : rows) {
        if (row.toObject().value(u"number").toString() == number)
            return row.toObject();
    }
    return {};
}

QString CliTestCase::createFixture() const
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

QString CliTestCase::weightOf(const QJsonObject& total)
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

QString CliTestCase::createVotingFixture() const
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

QString CliTestCase::openMotion(const QString& file, const QStringList& motionOptions) const
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

QString CliTestCase::writeFile(const QString& name, const QByteArray& content) const
{
    QFile file(path(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return file.fileName();
}

QString CliTestCase::createFixtureWithMotions()
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

bool CliTestCase::runSteps(const QList<QStringList>& steps) const
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

QString CliTestCase::createFixtureWithElections()
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

QJsonObject CliTestCase::reportJson(const QStringList& arguments) const
{
    const QString output = path(u"report-%1.json"_s.arg(QString::number(qHash(arguments.join(u' ')))));
    const CliRun run = cli(arguments + QStringList { u"--format"_s, u"json"_s, u"--output"_s, output });
    if (run.exitCode != 0) {
        qWarning("%s", qPrintable(run.err));
        return {};
    }
    QFile file(output);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString CliTestCase::createAllocationFixture() const
{
    const QString file = createFixture();
    if (file.isEmpty())
        return {};
    if (!runSteps({ { u"shares"_s, u"add"_s, file, u"--member"_s, u"1002"_s, u"--kind"_s, u"subscription"_s,
                      u"--shares"_s, u"5"_s, u"--date"_s, u"2024-10-01"_s } }))
        return {};
    const QString charge
        = u"INSERT INTO contributions (kind, entry_date, member_id, amount, recorded_by, "
          u"recorded_at) SELECT 'charge', '2024-06-01', id, %1, 'test', '2024-06-01T00:00:00.000Z' "
          u"FROM members WHERE number = '%2'"_s;
    const QString error = sample::execRaw(
        file,
        { charge.arg(20'000).arg(u"1001"_s), charge.arg(10'000).arg(u"1002"_s),
          u"INSERT INTO meetings (id, kind, held_on) VALUES (1, 'agm', '2025-06-20')"_s,
          u"INSERT INTO motions (id, meeting_id, title, threshold, scheme, state, record_date, opened_at, "
          u"closed_at, roll_fingerprint, outcome, result_json) VALUES (1, 1, 'Allocate the surplus', "
          u"'ordinary', 'omov', 'closed', '2025-06-01', '2025-06-20T10:00:00Z', '2025-06-20T11:00:00Z', "
          u"'x', 'carried', '{}')"_s });
    if (!error.isEmpty()) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return file;
}

QJsonObject CliTestCase::allocationPlan(const QJsonObject& changes)
{
    QJsonObject plan { { u"year"_s, 2024 },         { u"surplus"_s, 100'000 },
                       { u"reserves"_s, 40'000 },   { u"interest_rate_bp"_s, 500 },
                       { u"interest"_s, u"pay"_s }, { u"rebates"_s, 1'000 },
                       { u"fund"_s, 57'688 } };
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        if (it.value().isNull())
            plan.remove(it.key());
        else
            plan.insert(it.key(), it.value());
    }
    return plan;
}

QString CliTestCase::createApprovedAllocationFixture() const
{
    const QString file = createAllocationFixture();
    if (file.isEmpty())
        return {};
    const QString plan = writeFile(
        u"approved.json"_s,
        QJsonDocument(allocationPlan({ { u"resolution"_s, 1 }, { u"interest"_s, u"capitalise"_s } }))
            .toJson());
    return runSteps({ { u"allocate"_s, file, u"--year"_s, u"2024"_s, u"--plan"_s, plan } }) ? file
                                                                                            : QString();
}

QString CliTestCase::poppler(const QString& tool, const QStringList& arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty()) {
        qWarning("%s is missing: install poppler-utils", qPrintable(tool));
        return {};
    }
    QProcess reader;
    reader.start(program, arguments);
    if (!reader.waitForFinished(60'000) || reader.exitCode() != 0)
        return {};
    return QString::fromUtf8(reader.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

QStringList CliTestCase::pdfPages(const QString& pdf)
{
    QStringList pages = poppler(u"pdftotext"_s, { u"-layout"_s, pdf, u"-"_s }).split(u'\f');
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

QString CliTestCase::reportRefusal(const QString& file, const QStringList& arguments, int exitCode,
                                   const QString& named) const
{
    const QString output = path(u"refused.json"_s);
    const CliRun run = cli(QStringList { u"report"_s, file } + arguments
                           + QStringList { u"--format"_s, u"json"_s, u"--output"_s, output });
    if (run.exitCode != exitCode)
        return u"exit %1, not %2: %3"_s.arg(run.exitCode).arg(exitCode).arg(run.err);
    if (!run.err.contains(named))
        return u"“%1” not named: %2"_s.arg(named, run.err);
    if (QFile::exists(output))
        return u"a file was written"_s;
    return {};
}

QJsonDocument CliTestCase::runPython(const QString& script, const QString& path) const
{
    QString python = u"/usr/bin/python3"_s;
    if (!QFile::exists(python))
        python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty()) {
        qWarning("python3 is missing: install python3");
        return {};
    }
    QProcess reader;
    reader.start(python, { u"-c"_s, script, path });
    if (!reader.waitForFinished(60000) || reader.exitCode() != 0) {
        qWarning("python3 could not read %s: %s", qPrintable(path),
                 reader.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(reader.readAllStandardOutput());
}
