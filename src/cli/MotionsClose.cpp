#include "MotionsClose.h"

#include "MotionTally.h"
#include "storage/MotionRepository.h"

namespace mutualise::cli {

using namespace mutualise::domain;

MotionsClose::MotionsClose()
    : MutualCommand(QStringLiteral("motions close"),
                    tr("Close voting on a motion and declare its result, with the working."))
{
    addPositionalArgument(QStringLiteral("MOTION"), tr("The motion's id, as “motions” lists it."));
}

int MotionsClose::checkArguments(const QCommandLineParser& /*parser*/, const QStringList& positional)
{
    m_motionId = motionIdArgument(positional.at(1));
    if (!m_motionId)
        return ExitUsage;
    return ExitSuccess;
}

int MotionsClose::runWithMutual(storage::MutualFile& file, const QCommandLineParser& /*parser*/,
                                const QStringList& /*positional*/)
{
    storage::MotionRepository motions(file);
    const Result<Motion> closed = motions.close(*m_motionId);
    if (!closed)
        return refuse(closed.error());
    const Result<storage::MotionResult> result = motions.result(*m_motionId);
    if (!result)
        return refuse(result.error());
    writeOut(MotionTally::asText(*closed, *result));
    return ExitSuccess;
}

} // namespace mutualise::cli
