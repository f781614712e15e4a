#include "BallotsImport.h"

#include "formats/InputFile.h"
#include "storage/BallotCsv.h"
#include "storage/MotionRepository.h"

namespace mutualise::cli {

using namespace mutualise::domain;

BallotsImport::BallotsImport()
    : MutualCommand(QStringLiteral("ballots import"),
                    tr("Record the ballots in a CSV file on an open motion: all of them, or none if one is "
                       "refused."))
{
    addPositionalArgument(QStringLiteral("MOTION"), tr("The motion's id, as “motions” lists it."));
    addPositionalArgument(QStringLiteral("CSV"),
                          tr("UTF-8 CSV, one ballot a line: member,choice,method[,proxy], where choice is "
                             "for, against or abstain and method person, post, online or proxy; proxy is "
                             "the number of the member casting a proxy vote, empty for the chair. An "
                             "optional first line names the columns."));
}

int BallotsImport::checkArguments(const QCommandLineParser& /*parser*/, const QStringList& positional)
{
    m_motionId = motionIdArgument(positional.at(1));
    if (!m_motionId)
        return ExitUsage;

    // The ballots are read in full before the mutual is opened: a bad file never touches it.
    const Result<QByteArray> content = formats::readInputFile(positional.at(2));
    if (!content)
        return refuse(content.error());
    const auto ballots = storage::BallotCsv::read(*content);
    // Its problems name their line, as storage's do for the ballots it refuses.
    if (!ballots)
        return refuse(ballots.error());
    m_ballots = *ballots;
    return ExitSuccess;
}

int BallotsImport::runWithMutual(storage::MutualFile& file, const QCommandLineParser& /*parser*/,
                                 const QStringList& /*positional*/)
{
    const Result<qint64> recorded = storage::MotionRepository(file).importBallots(*m_motionId, m_ballots);
    if (!recorded)
        return refuse(recorded.error());
    writeOut(tr("Ballots recorded: %1").arg(*recorded) + QLatin1Char('\n'));
    return ExitSuccess;
}

} // namespace mutualise::cli
