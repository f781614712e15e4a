#include "ElectionsExport.h"

#include "formats/Blt.h"
#include "formats/OutputFile.h"
#include "storage/ElectionRepository.h"

#include <QFileInfo>

namespace mutualise::cli {

using namespace mutualise::domain;

ElectionsExport::ElectionsExport()
    : MutualCommand(
        QStringLiteral("elections export"),
        tr("Write an election's ballot papers to a .blt file for counting elsewhere; who cast them "
           "is not in it."),
        Access::ReadOnly)
{
    addPositionalArgument(QStringLiteral("ELECTION"), tr("The election's id, as “elections” lists it."));
    addPositionalArgument(QStringLiteral("BALLOTS"), tr("The .blt file to write."));
    addOption({ QStringLiteral("force"), tr("Replace the .blt file if it exists.") });
}

int ElectionsExport::checkArguments(const QCommandLineParser& parser, const QStringList& positional)
{
    m_electionId = electionIdArgument(positional.at(1));
    if (!m_electionId)
        return ExitUsage;
    const QString& bltPath = positional.at(2);
    // Not even --force replaces the mutual itself, whatever name leads to it.
    if (Outcome isElsewhere = formats::checkNotMutual(bltPath, positional.at(0)); !isElsewhere) {
        Error error = isElsewhere.error();
        error.field = QStringLiteral("ballots");
        return refuse(error);
    }
    if (QFileInfo::exists(bltPath) && !parser.isSet(QStringLiteral("force")))
        return refuse(Error { tr("“%1” already exists; add --force to replace it.").arg(bltPath),
                              QStringLiteral("exists"), QStringLiteral("ballots") });
    return ExitSuccess;
}

int ElectionsExport::runWithMutual(storage::MutualFile& file, const QCommandLineParser& /*parser*/,
                                   const QStringList& positional)
{
    const QString& bltPath = positional.at(2);
    const storage::ElectionRepository elections(file);
    const Result<Election> election = elections.election(*m_electionId);
    if (!election)
        return refuse(election.error());
    const Result<BltElection> ballots = elections.exportBlt(*m_electionId);
    if (!ballots)
        return refuse(ballots.error());
    const Result<QByteArray> blt = formats::Blt::write(*ballots);
    if (!blt)
        return refuse(blt.error());
    if (const Outcome written = write(bltPath, *blt); !written)
        return refuse(written.error());
    writeOut(tr("Ballot papers written to %1: %2").arg(bltPath).arg(ballots->totalWeight())
             + QLatin1Char('\n')
             + tr("To count them as this election is counted: %1").arg(countCommand(*election, bltPath))
             + QLatin1Char('\n'));
    return ExitSuccess;
}

Outcome ElectionsExport::write(const QString& path, const QByteArray& content)
{
    Outcome written = formats::writeWholeFile(path, content);
    if (!written) {
        Error error = written.error();
        error.field = QStringLiteral("ballots");
        return error;
    }
    return written;
}

QString ElectionsExport::countCommand(const Election& election, const QString& path)
{
    QStringList words { programName(), QStringLiteral("count"), path, QStringLiteral("--seed"),
                        QString::number(election.seed) };
    if (election.method == ElectionMethod::Plurality)
        words += { QStringLiteral("--method"), electionMethodKey(election.method) };
    return words.join(u' ');
}

} // namespace mutualise::cli
