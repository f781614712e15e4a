#include "MotionsClose.h"

#include "MotionTally.h"
#include "storage/MotionRepository.h"

namespace mutualise::cli {

using namespace mutualise::domain;

MotionsClose::MotionsClose()
    : Command(QStringLiteral("motions close"),
              tr("Close voting on a motion and declare its result, with the working."))
{
    addPositionalArgument(QStringLiteral("FILE"), tr("The .mutual file."));
    addPositionalArgument(QStringLiteral("MOTION"), tr("The motion's id, as “motions” lists it."));
}

int MotionsClose::run(const QCommandLineParser& /*parser*/, const QStringList& positional)
{
    const std::optional<qint64> motionId = motionIdArgument(positional.at(1));
    if (!motionId)
        return ExitUsage;

    const auto file = openExisting(positional.at(0));
    if (!file)
        return refuse(file.error());
    storage::MotionRepository motions(**file);
    const Result<Motion> closed = motions.close(*motionId);
    if (!closed)
        return refuse(closed.error());
    const Result<storage::MotionResult> result = motions.result(*motionId);
    if (!result)
        return refuse(result.error());
    writeOut(MotionTally::asText(*closed, *result));
    return ExitSuccess;
}

} // namespace mutualise::cli
