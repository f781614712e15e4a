#include "ElectionsOpen.h"

#include "storage/ElectionRepository.h"

namespace mutualise::cli {

using namespace mutualise::domain;

ElectionsOpen::ElectionsOpen()
    : MutualCommand(QStringLiteral("elections open"),
                    tr("Open voting in a draft election: freeze the roll of voters as on the record date."))
{
    addPositionalArgument(QStringLiteral("ELECTION"), tr("The election's id, as “elections” lists it."));
    addOption({ QStringLiteral("record-date"),
                tr("The day whose register decides who votes, YYYY-MM-DD (default today)."), tr("DATE") });
}

int ElectionsOpen::checkArguments(const QCommandLineParser& parser, const QStringList& positional)
{
    m_electionId = electionIdArgument(positional.at(1));
    if (!m_electionId)
        return ExitUsage;
    m_recordDate = dateOption(parser, QStringLiteral("record-date"), QDate::currentDate());
    if (!m_recordDate)
        return ExitUsage;
    return ExitSuccess;
}

int ElectionsOpen::runWithMutual(storage::MutualFile& file, const QCommandLineParser& /*parser*/,
                                 const QStringList& /*positional*/)
{
    const Result<Election> opened = storage::ElectionRepository(file).open(*m_electionId, *m_recordDate);
    if (!opened)
        return refuse(opened.error());
    // Plain digits, not grouped by locale: an auditor copies them into a recount.
    QString text = tr("Voting is open in election %1, “%2”.").arg(QString::number(opened->id), opened->title)
        + QLatin1Char('\n') + tr("Record date: %1").arg(isoDate(opened->recordDate)) + QLatin1Char('\n');
    // Voting is open by now, so a roll size that cannot be read back is left out rather than refused.
    if (const Result<qint64> members = storage::ElectionRepository(file).rollSize(opened->id))
        text += tr("Members on the roll: %1").arg(*members) + QLatin1Char('\n');
    text += tr("Roll fingerprint (SHA-256): %1").arg(QString::fromLatin1(opened->rollFingerprint))
        + QLatin1Char('\n');
    writeOut(text);
    return ExitSuccess;
}

} // namespace mutualise::cli
