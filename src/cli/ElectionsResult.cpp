#include "ElectionsResult.h"

#include "Count.h"
#include "ResultPdfOutput.h"
#include "domain/Text.h"
#include "reports/ResultPdf.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace mutualise::cli {

using namespace mutualise::domain;
using storage::ElectionResult;

ElectionsResult::ElectionsResult()
    : MutualCommand(
        QStringLiteral("elections result"),
        tr("Show an election's count with all its working: provisional while voting is open, "
           "declared once it has closed; or, with --pdf OUT, write its summary for the minutes as a PDF."),
        Access::ReadOnly)
{
    addPositionalArgument(QStringLiteral("ELECTION"), tr("The election's id, as “elections” lists it."));
    addOption({ QStringLiteral("json"), tr("Print JSON for other programs instead of text.") });
    for (const QCommandLineOption& option : ResultPdfOutput::options())
        addOption(option);
}

int ElectionsResult::checkArguments(const QCommandLineParser& parser, const QStringList& positional)
{
    m_electionId = electionIdArgument(positional.at(1));
    if (!m_electionId)
        return ExitUsage;
    if (const QString problem = ResultPdfOutput::usageProblem(parser); !problem.isEmpty())
        return refuseUsage(problem);
    if (parser.isSet(ResultPdfOutput::optionName())) {
        if (const Outcome isWritable = ResultPdfOutput::checkOutput(parser, positional.at(0)); !isWritable)
            return refuse(isWritable.error());
    }
    return ExitSuccess;
}

// The summary for the minutes, as the window saves it.
int ElectionsResult::writePdf(storage::MutualFile& file, const QString& path, const QString& mutualPath) const
{
    if (const Outcome canDraw = ResultPdfOutput::checkCanDraw(); !canDraw)
        return refuse(canDraw.error());
    const auto source = reports::ElectionSummary::read(file, *m_electionId);
    if (!source)
        return refuse(source.error());
    if (const Outcome saved = reports::ResultPdf::save(path, mutualPath, *source); !saved)
        return refuse(ResultPdfOutput::withField(saved.error()));
    writeOut(ResultPdfOutput::writtenText(path));
    return ExitSuccess;
}

int ElectionsResult::runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                                   const QStringList& positional)
{
    if (parser.isSet(ResultPdfOutput::optionName()))
        return writePdf(file, parser.value(ResultPdfOutput::optionName()), positional.at(0));
    const storage::ElectionRepository elections(file);
    const Result<Election> election = elections.election(*m_electionId);
    if (!election)
        return refuse(election.error());
    const Result<ElectionResult> result = elections.result(*m_electionId);
    if (!result)
        return refuse(result.error());
    const Result<Turnout> turnout = elections.turnout(*m_electionId);
    if (!turnout)
        return refuse(turnout.error());
    writeOut(parser.isSet(QStringLiteral("json")) ? asJson(*election, *result, *turnout)
                                                  : asText(*election, *result, *turnout));
    return ExitSuccess;
}

QString ElectionsResult::asText(const Election& election, const ElectionResult& result,
                                const Turnout& turnout)
{
    const auto [voters, papers] = turnout;
    QString text = tr("Election %1: %2").arg(QString::number(election.id), visibleText(election.title))
        + QLatin1Char('\n');
    text += (result.isDeclared ? tr("State: declared") : tr("State: provisional (voting is open)"))
        + QLatin1Char('\n');
    text += tr("Ballot papers: %1 (%2 cast by members on the roll, %3 imported)")
                .arg(papers)
                .arg(voters)
                .arg(papers - voters)
        + QStringLiteral("\n\n");
    // The working names the candidates: each line is made visible on its own, keeping the lines.
    const QStringList working
        = Count::workingText(result.working, result.elected, election.method).split(QLatin1Char('\n'));
    QStringList visible;
    for (const QString& line : working)
        visible.append(visibleText(line));
    return text + visible.join(QLatin1Char('\n'));
}

QString ElectionsResult::asJson(const Election& election, const ElectionResult& result,
                                const Turnout& turnout)
{
    QJsonObject document = result.json;
    document.insert(QStringLiteral("election"), election.id);
    document.insert(QStringLiteral("meeting"), election.meetingId);
    document.insert(QStringLiteral("title"), election.title);
    document.insert(QStringLiteral("state"), voteStateKey(election.state));
    document.insert(QStringLiteral("declared"), result.isDeclared);
    document.insert(QStringLiteral("voters"), turnout.first);
    document.insert(QStringLiteral("papers"), turnout.second);
    return QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
}

} // namespace mutualise::cli
