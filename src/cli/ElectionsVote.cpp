#include "ElectionsVote.h"

#include "formats/InputFile.h"
#include "storage/ElectionRepository.h"
#include "storage/PaperCsv.h"

namespace mutualise::cli {

using namespace mutualise::domain;

ElectionsVote::ElectionsVote()
    : MutualCommand(
        QStringLiteral("elections vote"),
        tr("File the ballot papers in a CSV file in an open election: all of them, or none if one "
           "is refused."))
{
    addPositionalArgument(QStringLiteral("ELECTION"), tr("The election's id, as “elections” lists it."));
    addPositionalArgument(QStringLiteral("CSV"),
                          tr("UTF-8 CSV, one paper a line: member,preferences,method, where preferences "
                             "are the candidates' positions on the ballot from 1, in order of preference "
                             "and separated by spaces (“3 1 2”), or “blank” for a blank or spoilt paper "
                             "(the member has voted; the count reports the paper as invalid), and method "
                             "is person, post or online. An optional first line names the columns."));
}

int ElectionsVote::checkArguments(const QCommandLineParser& /*parser*/, const QStringList& positional)
{
    m_electionId = electionIdArgument(positional.at(1));
    if (!m_electionId)
        return ExitUsage;

    // The papers are read in full before the mutual is opened: a bad file never touches it.
    const Result<QByteArray> content = formats::readInputFile(positional.at(2));
    if (!content)
        return refuse(content.error());
    const auto papers = storage::PaperCsv::read(*content);
    // Its problems name their line, as storage's do for the papers it refuses.
    if (!papers)
        return refuse(papers.error());
    m_papers = *papers;
    return ExitSuccess;
}

int ElectionsVote::runWithMutual(storage::MutualFile& file, const QCommandLineParser& /*parser*/,
                                 const QStringList& /*positional*/)
{
    const Result<qint64> recorded = storage::ElectionRepository(file).castPapers(*m_electionId, m_papers);
    if (!recorded)
        return refuse(recorded.error());
    writeOut(tr("Ballot papers recorded: %1").arg(*recorded) + QLatin1Char('\n'));
    return ExitSuccess;
}

} // namespace mutualise::cli
