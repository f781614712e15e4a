#include "Import.h"

#include "formats/InputFile.h"
#include "storage/MemberRepository.h"
#include "storage/ShareLedgerRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mutualise::cli {

namespace {

const QString members = QStringLiteral("members");
const QString shares = QStringLiteral("shares");

} // namespace

Import::Import()
    : MutualCommand(
        QStringLiteral("import"),
        tr("Bring in a register of members or a share ledger from a spreadsheet (a CSV file or an Excel "
           "workbook): all of it, or nothing if any row has a problem."))
{
    addPositionalArgument(QStringLiteral("WHAT"), tr("members, or shares for the share ledger's entries."));
    addPositionalArgument(
        QStringLiteral("FILE"),
        tr("UTF-8 CSV, or an Excel workbook (.xlsx) whose first sheet is read, whose first row names the "
           "columns, in any order. Members: number, name, kind "
           "(individual or organisation), class, admitted and, if you wish, email, phone, address and "
           "ceased. Shares: date, member, kind (subscription, transfer, withdrawal or forfeiture), shares "
           "and, if you wish, amount, counterparty (who receives a transfer) and reference. Dates as "
           "YYYY-MM-DD or as your locale writes them; amounts as 1234.56 or as your locale writes them. "
           "Problems are named by row, counting the header as row 1."));
    addOption({ QStringLiteral("dry-run"),
                tr("Check the file and say how many rows it would record, without recording any.") });
    addOption({ QStringLiteral("json"),
                tr("Print what was imported, or every problem, as JSON for other programs.") });
}

int Import::checkArguments(const QCommandLineParser& /*parser*/, const QStringList& positional)
{
    const QString what = positional.at(1).trimmed().toLower();
    if (what != members && what != shares)
        return refuseUsage(
            tr("“%1” is not something to import; write members or shares.").arg(positional.at(1)));
    // Read in full before the mutual is opened: a file that cannot be read never touches it.
    domain::Result<QByteArray> content = formats::readTableFile(positional.at(2), storage::maximumImportSize);
    if (!content)
        return refuse(content.error());
    m_content = std::move(content).value();
    return ExitSuccess;
}

int Import::runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                          const QStringList& positional)
{
    const QString what = positional.at(1).trimmed().toLower();
    storage::ImportOptions options;
    options.isDryRun = parser.isSet(QStringLiteral("dry-run"));
    options.locale = QLocale();
    const auto report = what == members ? storage::MemberRepository(file).importCsv(m_content, options)
                                        : storage::ShareLedgerRepository(file).importCsv(m_content, options);
    if (!report)
        return refuse(report.error());
    if (parser.isSet(QStringLiteral("json"))) {
        writeOut(asJson(what, options.isDryRun, *report));
        return report->isAccepted() ? ExitSuccess : ExitRefused;
    }
    if (!report->isAccepted()) {
        QString message = tr("Nothing was imported: the file has %n problem(s).", nullptr,
                             static_cast<int>(report->problemCount));
        // What scripts read: "row R, column C: message (rule)", the header being row 1.
        for (const storage::ImportProblem& problem : report->problems)
            message += QLatin1Char('\n')
                + (problem.column.isEmpty()
                       ? tr("row %1: %2 (%3)").arg(problem.row).arg(problem.message, problem.rule)
                       : tr("row %1, column %2: %3 (%4)")
                             .arg(problem.row)
                             .arg(problem.column, problem.message, problem.rule));
        if (report->problemCount > report->problems.size())
            message += QLatin1Char('\n')
                + tr("… and %n more problem(s), not listed.", nullptr,
                     static_cast<int>(report->problemCount - report->problems.size()));
        writeError(message + QLatin1Char('\n'));
        return ExitRefused;
    }
    const auto rows = static_cast<int>(report->rows);
    QString done;
    if (what == members)
        done = options.isDryRun
            ? tr("%n member(s) would be imported; nothing was recorded (dry run).", nullptr, rows)
            : tr("%n member(s) imported.", nullptr, rows);
    else
        done = options.isDryRun
            ? tr("%n row(s) of the share ledger would be imported; nothing was recorded (dry run).", nullptr,
                 rows)
            : tr("%n row(s) of the share ledger imported.", nullptr, rows);
    writeOut(done + QLatin1Char('\n'));
    return ExitSuccess;
}

QString Import::asJson(const QString& what, bool isDryRun, const storage::ImportReport& report)
{
    QJsonArray problems;
    for (const storage::ImportProblem& problem : report.problems)
        problems.append(QJsonObject { { QStringLiteral("row"), problem.row },
                                      { QStringLiteral("column"), problem.column },
                                      { QStringLiteral("message"), problem.message },
                                      { QStringLiteral("rule"), problem.rule } });
    const QJsonObject document { { QStringLiteral("ok"), report.isAccepted() },
                                 { QStringLiteral("import"), what },
                                 { QStringLiteral("dry_run"), isDryRun },
                                 { QStringLiteral("rows"), report.rows },
                                 { QStringLiteral("recorded"),
                                   report.isAccepted() && !isDryRun ? report.rows : 0 },
                                 { QStringLiteral("problems"), problems },
                                 { QStringLiteral("problem_count"), report.problemCount } };
    return QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
}

} // namespace mutualise::cli
