#include "MotionsOpen.h"

#include "storage/MotionRepository.h"

namespace mutualise::cli {

using namespace mutualise::domain;

MotionsOpen::MotionsOpen()
    : MutualCommand(QStringLiteral("motions open"),
                    tr("Open voting on a draft motion: freeze the roll of voters as on the record date."))
{
    addPositionalArgument(QStringLiteral("MOTION"), tr("The motion's id, as “motions” lists it."));
    addOption({ QStringLiteral("record-date"),
                tr("The day whose register and holdings decide who votes and with what weight, "
                   "YYYY-MM-DD (default today)."),
                tr("DATE") });
}

int MotionsOpen::checkArguments(const QCommandLineParser& parser, const QStringList& positional)
{
    m_motionId = motionIdArgument(positional.at(1));
    if (!m_motionId)
        return ExitUsage;
    m_recordDate = dateOption(parser, QStringLiteral("record-date"), QDate::currentDate());
    if (!m_recordDate)
        return ExitUsage;
    return ExitSuccess;
}

int MotionsOpen::runWithMutual(storage::MutualFile& file, const QCommandLineParser& /*parser*/,
                               const QStringList& /*positional*/)
{
    storage::MotionRepository motions(file);
    const Result<Motion> opened = motions.open(*m_motionId, *m_recordDate);
    if (!opened)
        return refuse(opened.error());
    const Result<VoterRoll> roll = motions.roll(*m_motionId);
    if (!roll)
        return refuse(roll.error());
    // Plain digits, not grouped by locale: an auditor copies them into a recount.
    writeOut(tr("Voting is open on motion %1, “%2”.").arg(QString::number(opened->id), opened->title)
             + QLatin1Char('\n') + tr("Record date: %1").arg(isoDate(opened->recordDate)) + QLatin1Char('\n')
             + tr("Members on the roll: %1").arg(roll->entries.size()) + QLatin1Char('\n')
             + tr("Total weight: %1").arg(roll->totalWeight) + QLatin1Char('\n')
             + tr("Roll fingerprint (SHA-256): %1").arg(QString::fromLatin1(roll->fingerprint))
             + QLatin1Char('\n'));
    return ExitSuccess;
}

} // namespace mutualise::cli
