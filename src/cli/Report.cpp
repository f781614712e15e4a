#include "Report.h"

#include "domain/Text.h"
#include "formats/OutputFile.h"
#include "reports/ThreeSixtyGiving.h"
#include "storage/MemberRepository.h"

#include <QFileInfo>

namespace mutualise::cli {

using namespace mutualise::domain;

namespace {

// The financial years --year accepts.
constexpr qint64 earliestYear = 1800;
constexpr qint64 latestYear = 9998;

const QStringList formatNames { QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("pdf"),
                                QStringLiteral("json"), QStringLiteral("360giving") };

} // namespace

Report::Report()
    : Command(QStringLiteral("report"),
              tr("Write a report, such as the register of members, as CSV, Excel, PDF or JSON."))
{
    addPositionalArgument(QStringLiteral("FILE"), tr("The .mutual file."));
    addPositionalArgument(QStringLiteral("NAME"), tr("The report, as “report --list” names it."));
    addStandaloneOption({ QStringLiteral("list"), tr("List the reports: a name, a tab and what it holds.") });
    addOption(
        { QStringLiteral("format"),
          tr("csv or xlsx (for a spreadsheet), pdf (to print or send), json (for a script), or, for the "
             "grants, 360giving (open data in the 360Giving Data Standard)."),
          tr("FORMAT") });
    addOption(
        { QStringLiteral("paper"), tr("The paper of a PDF: a4 (the default) or letter."), tr("PAPER") });
    addOption({ QStringLiteral("output"),
                tr("The file to write; for the CSV of a report of several tables, a .zip archive of a "
                   "file for each."),
                tr("PATH") });
    addOption({ QStringLiteral("from"),
                tr("The first day of the period, YYYY-MM-DD (default the start of the "
                   "financial year holding --to)."),
                tr("DATE") });
    addOption(
        { QStringLiteral("to"), tr("The last day of the period, YYYY-MM-DD (default today)."), tr("DATE") });
    addOption({ QStringLiteral("as-of"), tr("The day a report of a day is for, YYYY-MM-DD (default today)."),
                tr("DATE") });
    addOption({ QStringLiteral("year"),
                tr("The financial year of a report of a year (the allocation, the annual summary), by the "
                   "calendar year it starts in (default the last year that has ended)."),
                tr("YEAR") });
    addOption({ QStringLiteral("by"),
                tr("How the contributions are grouped: member (the default), class, month, quarter or year."),
                tr("GROUPING") });
    addOption({ QStringLiteral("member"), tr("Only this member, by number."), tr("NUMBER") });
    addOption({ QStringLiteral("class"), tr("Only the members of this class."), tr("CLASS") });
    addOption({ QStringLiteral("bom"),
                tr("Start a CSV file with a byte-order mark, so that Excel shows "
                   "accented letters.") });
    addOption({ QStringLiteral("each"),
                tr("With --format pdf, the statements or certificates a file each, in a new folder "
                   "--output, ready to send one by one.") });
    addOption({ QStringLiteral("force"), tr("Replace the output file if it exists.") });
}

bool Report::isPdfAskedFor(const QStringList& arguments)
{
    if (arguments.value(0) != QStringLiteral("report"))
        return false;
    const QString option = QStringLiteral("--format");
    // As keyOption reads it: without spaces around it, in any case.
    const auto isPdf = [](const QString& value) {
        return value.trimmed().compare(QStringLiteral("pdf"), Qt::CaseInsensitive) == 0;
    };
    for (qsizetype index = 1; index < arguments.size(); ++index) {
        const QString& argument = arguments.at(index);
        if ((argument == option && isPdf(arguments.value(index + 1)))
            || (argument.startsWith(option + u'=') && isPdf(argument.mid(option.size() + 1))))
            return true;
    }
    return false;
}

int Report::list() const
{
    QString text;
    for (const reports::ReportKind& kind : reports::Reports::kinds())
        text += kind.name + u'\t' + kind.description + u'\n';
    writeOut(text);
    return ExitSuccess;
}

std::optional<reports::ReportRequest> Report::request(const QCommandLineParser& parser,
                                                      const reports::ReportKind& kind) const
{
    reports::ReportRequest request;
    const QDate today = QDate::currentDate();
    if (!kind.takesMembers
        && (parser.isSet(QStringLiteral("member")) || parser.isSet(QStringLiteral("class")))) {
        refuseUsage(tr("The report “%1” is not of members: leave --member and --class out.").arg(kind.name));
        return std::nullopt;
    }
    if (kind.span == reports::ReportSpan::Year) {
        for (const QString& option : { QStringLiteral("by"), QStringLiteral("from"), QStringLiteral("to"),
                                       QStringLiteral("as-of") }) {
            if (parser.isSet(option)) {
                refuseUsage(tr("The report “%1” is of a financial year: give --year, not --%2.")
                                .arg(kind.name, option));
                return std::nullopt;
            }
        }
        if (parser.isSet(QStringLiteral("year"))) {
            const std::optional<qint64> year
                = wholeNumberOption(parser, QStringLiteral("year"), earliestYear, latestYear);
            if (!year)
                return std::nullopt;
            request.year = static_cast<int>(*year);
        }
        return request;
    }
    if (parser.isSet(QStringLiteral("year"))) {
        refuseUsage(tr("--year is for a report of a financial year; the report “%1” is not.").arg(kind.name));
        return std::nullopt;
    }
    if (kind.span == reports::ReportSpan::Day) {
        if (parser.isSet(QStringLiteral("by"))) {
            refuseUsage(tr("The report “%1” is not grouped: leave --by out.").arg(kind.name));
            return std::nullopt;
        }
        if (parser.isSet(QStringLiteral("from")) || parser.isSet(QStringLiteral("to"))) {
            refuseUsage(tr("The report “%1” is of a day: give --as-of, not --from or --to.").arg(kind.name));
            return std::nullopt;
        }
        const auto asOf = dateOption(parser, QStringLiteral("as-of"), today);
        if (!asOf)
            return std::nullopt;
        request.asOf = *asOf;
        return request;
    }
    if (parser.isSet(QStringLiteral("as-of"))) {
        refuseUsage(tr("The report “%1” is of a period: give --from and --to, not --as-of.").arg(kind.name));
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("by"))) {
        if (!kind.takesGrouping) {
            refuseUsage(tr("The report “%1” is not grouped: leave --by out.").arg(kind.name));
            return std::nullopt;
        }
        const auto grouping = contributionGroupingFromKey(keyOption(parser, QStringLiteral("by")));
        if (!grouping) {
            refuseUsage(tr("--by is member, class, month, quarter or year, not “%1”.")
                            .arg(quotedText(textOption(parser, QStringLiteral("by")))));
            return std::nullopt;
        }
        request.grouping = *grouping;
    }
    const auto to = dateOption(parser, QStringLiteral("to"), today);
    if (!to)
        return std::nullopt;
    const auto from = dateOption(parser, QStringLiteral("from"), QDate());
    if (!from)
        return std::nullopt;
    request.to = *to;
    request.from = *from;
    if (request.from.isValid() && request.from > request.to) {
        refuseUsage(tr("The period starts on %1, after it ends on %2.")
                        .arg(isoDate(request.from), isoDate(request.to)));
        return std::nullopt;
    }
    return request;
}

int Report::addFilter(storage::MutualFile& file, const QCommandLineParser& parser,
                      reports::ReportRequest& request) const
{
    if (parser.isSet(QStringLiteral("member"))) {
        const auto member
            = storage::MemberRepository(file).memberByNumber(textOption(parser, QStringLiteral("member")));
        if (!member)
            return refuse(member.error());
        request.filter.memberId = member->id;
    }
    if (parser.isSet(QStringLiteral("class"))) {
        const auto classes = storage::MemberRepository(file).classes();
        if (!classes)
            return refuse(classes.error());
        const auto memberClass = classNamed(*classes, textOption(parser, QStringLiteral("class")));
        if (!memberClass)
            return refuse(memberClass.error());
        request.filter.classId = memberClass->id;
    }
    return ExitSuccess;
}

int Report::run(const QCommandLineParser& parser, const QStringList& positional)
{
    if (parser.isSet(QStringLiteral("list")))
        return list();
    const QString& name = positional.at(1);
    const QList<reports::ReportKind> kinds = reports::Reports::kinds();
    const auto kind = std::find_if(kinds.cbegin(), kinds.cend(),
                                   [&name](const reports::ReportKind& each) { return each.name == name; });
    if (kind == kinds.cend()) {
        QStringList names;
        for (const reports::ReportKind& each : kinds)
            names.append(each.name);
        return refuseUsage(tr("There is no report “%1”; the reports are %2.")
                               .arg(quotedText(name), names.join(QStringLiteral(", "))));
    }
    if (!hasRequiredOptions(parser, { QStringLiteral("format"), QStringLiteral("output") }))
        return ExitUsage;
    const QString format = keyOption(parser, QStringLiteral("format"));
    if (!formatNames.contains(format))
        return refuseUsage(
            tr("--format is csv, xlsx, pdf, json or 360giving, not “%1”.").arg(quotedText(format)));
    const bool isOpenData = format == QStringLiteral("360giving");
    if (isOpenData && name != QStringLiteral("grants"))
        return refuseUsage(tr("--format 360giving publishes the grants: use it with the report “grants”."));
    const QString paper = parser.isSet(QStringLiteral("paper")) ? keyOption(parser, QStringLiteral("paper"))
                                                                : QStringLiteral("a4");
    if (paper != QStringLiteral("a4") && paper != QStringLiteral("letter"))
        return refuseUsage(tr("--paper is a4 or letter, not “%1”.").arg(quotedText(paper)));
    if (parser.isSet(QStringLiteral("paper")) && format != QStringLiteral("pdf"))
        return refuseUsage(tr("--paper is for a PDF; add --format pdf, or leave --paper out."));
    const bool isEach = parser.isSet(QStringLiteral("each"));
    if (isEach && format != QStringLiteral("pdf"))
        return refuseUsage(tr("--each writes PDF files: add --format pdf, or leave --each out."));
    if (isEach && name != QStringLiteral("statement") && name != QStringLiteral("certificate"))
        return refuseUsage(
            tr("--each writes a file a member, for the reports “statement” and “certificate”."));
    auto wanted = request(parser, *kind);
    if (!wanted)
        return ExitUsage;
    const QString output = textOption(parser, QStringLiteral("output"));
    // Not even --force replaces the mutual itself, whatever name leads to it.
    if (Outcome isElsewhere = formats::checkNotMutual(output, positional.at(0)); !isElsewhere)
        return refuse(isElsewhere.error());
    if (isEach && QFileInfo::exists(output))
        return refuse(
            Error { tr("“%1” already exists: give --output a new folder for the files.").arg(output),
                    QStringLiteral("exists"), QStringLiteral("output") });
    if (QFileInfo::exists(output) && !parser.isSet(QStringLiteral("force")))
        return refuse(Error { tr("“%1” already exists; add --force to replace it.").arg(output),
                              QStringLiteral("exists"), QStringLiteral("output") });

    const auto file = openExisting(positional.at(0), storage::MutualFile::Access::ReadOnly);
    if (!file)
        return refuse(file.error());
    if (const int filtered = addFilter(**file, parser, *wanted); filtered != ExitSuccess)
        return filtered;
    if (kind->span == reports::ReportSpan::Period && !wanted->from.isValid())
        wanted->from = (*file)->mutual().financialYearContaining(wanted->to).first;
    // The last financial year to have ended, by default.
    if (kind->span == reports::ReportSpan::Year && wanted->year == 0)
        wanted->year = (*file)->mutual().financialYearContaining(QDate::currentDate()).first.year() - 1;
    if (isOpenData) {
        const auto package = reports::ThreeSixtyGiving::package(**file, *wanted);
        if (!package)
            return refuse(package.error());
        if (Outcome written = formats::writeWholeFile(output, *package); !written)
            return refuse(written.error());
        writeOut(tr("The grants written to %1 as 360Giving data.").arg(output) + u'\n');
        return ExitSuccess;
    }
    const auto report = reports::Reports::build(**file, name, *wanted);
    if (!report)
        return refuse(report.error());
    Outcome written = domain::ok();
    if (format == QStringLiteral("json")) {
        const auto json = reports::reportJson(*report);
        if (!json)
            return refuse(json.error());
        written = formats::writeWholeFile(output, *json);
    } else if (format == QStringLiteral("xlsx")) {
        written = reports::writeReportXlsx(*report, output);
    } else if (format == QStringLiteral("pdf")) {
        const QPageSize::PageSizeId size
            = paper == QStringLiteral("letter") ? QPageSize::Letter : QPageSize::A4;
        if (isEach) {
            if (Outcome each = reports::ReportPdf::saveEach(*report, output, positional.at(0), size); !each)
                return refuse(each.error());
            writeOut(tr("%1 written to %2: %n file(s).", nullptr, static_cast<int>(report->sections.size()))
                         .arg(report->title, output)
                     + u'\n');
            return ExitSuccess;
        }
        written = reports::ReportPdf::save(*report, output, positional.at(0), size);
    } else {
        if (reports::isCsvArchive(*report) && !output.endsWith(QStringLiteral(".zip"), Qt::CaseInsensitive)) {
            return refuseUsage(tr("The report “%1” has %2 tables, so its CSV is a zip archive of a file for "
                                  "each: give --output a name ending .zip.")
                                   .arg(name)
                                   .arg(report->tables.size()));
        }
        const auto csv
            = reports::reportCsv(*report,
                                 parser.isSet(QStringLiteral("bom")) ? reports::ByteOrderMark::With
                                                                     : reports::ByteOrderMark::Without);
        if (!csv)
            return refuse(csv.error());
        written = formats::writeWholeFile(output, *csv);
    }
    if (!written)
        return refuse(written.error());
    qsizetype rows = 0;
    for (const reports::ReportTable& table : report->tables)
        rows += table.rows.size();
    writeOut(tr("%1 written to %2: %n row(s).", nullptr, static_cast<int>(rows)).arg(report->title, output)
             + u'\n');
    return ExitSuccess;
}

} // namespace mutualise::cli
