#include "MotionTally.h"

#include "ResultPdfOutput.h"
#include "domain/Text.h"
#include "reports/ResultPdf.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace mutualise::cli {

using namespace mutualise::domain;
using storage::MotionResult;

MotionTally::MotionTally()
    : MutualCommand(
        QStringLiteral("tally"),
        tr("Show a motion's count with all its working: provisional while voting is open, "
           "declared once it has closed; or, with --pdf OUT, write its summary for the minutes as a PDF."),
        Access::ReadOnly)
{
    addPositionalArgument(QStringLiteral("MOTION"), tr("The motion's id, as “motions” lists it."));
    addOption({ QStringLiteral("json"), tr("Print JSON for other programs instead of text.") });
    for (const QCommandLineOption& option : ResultPdfOutput::options())
        addOption(option);
}

int MotionTally::checkArguments(const QCommandLineParser& parser, const QStringList& positional)
{
    m_motionId = motionIdArgument(positional.at(1));
    if (!m_motionId)
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
int MotionTally::writePdf(storage::MutualFile& file, const QString& path, const QString& mutualPath) const
{
    if (const Outcome canDraw = ResultPdfOutput::checkCanDraw(); !canDraw)
        return refuse(canDraw.error());
    const auto source = reports::ResultSummary::read(file, *m_motionId);
    if (!source)
        return refuse(source.error());
    if (const Outcome saved = reports::ResultPdf::save(path, mutualPath, *source); !saved)
        return refuse(ResultPdfOutput::withField(saved.error()));
    writeOut(ResultPdfOutput::writtenText(path));
    return ExitSuccess;
}

int MotionTally::runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                               const QStringList& positional)
{
    if (parser.isSet(ResultPdfOutput::optionName()))
        return writePdf(file, parser.value(ResultPdfOutput::optionName()), positional.at(0));
    const storage::MotionRepository motions(file);
    const Result<Motion> motion = motions.motion(*m_motionId);
    if (!motion)
        return refuse(motion.error());
    const Result<MotionResult> result = motions.result(*m_motionId);
    if (!result)
        return refuse(result.error());
    writeOut(parser.isSet(QStringLiteral("json")) ? asJson(*motion, *result) : asText(*motion, *result));
    return ExitSuccess;
}

QString MotionTally::asText(const Motion& motion, const MotionResult& result)
{
    QString text
        = tr("Motion %1: %2").arg(QString::number(motion.id), visibleText(motion.title)) + QLatin1Char('\n');
    text += (result.isDeclared ? tr("State: declared") : tr("State: provisional (voting is open)"))
        + QStringLiteral("\n\n");
    for (const QString& line : result.working)
        text += visibleText(line) + QLatin1Char('\n');
    return text;
}

QString MotionTally::asJson(const Motion& motion, const MotionResult& result)
{
    QJsonObject document = result.json;
    document.insert(QStringLiteral("motion"), motion.id);
    document.insert(QStringLiteral("meeting"), motion.meetingId);
    document.insert(QStringLiteral("title"), motion.title);
    document.insert(QStringLiteral("state"), voteStateKey(motion.state));
    document.insert(QStringLiteral("declared"), result.isDeclared);
    return QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
}

} // namespace mutualise::cli
