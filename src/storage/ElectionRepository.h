#pragma once

#include "domain/BltElection.h"
#include "domain/Election.h"
#include "domain/StvCount.h"
#include "storage/MutualFile.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace mutualise::storage {

// A voter's paper as a person or a file gives it.
struct PaperInput
{
    QString memberNumber;
    QList<int> preferences; // candidate positions from 1, in order of preference
    domain::BallotMethod method = domain::BallotMethod::InPerson;
    int line = 0; // the line of an imported file, named in messages; 0 otherwise
};

// An election's count: by STV or plurality, declared when voting closed or worked out now.
struct ElectionResult
{
    bool isDeclared = false;
    QJsonObject json; // see ElectionResultJson.h
    QStringList working; // the count in sentences, for minutes
    QStringList elected; // names, in order of election
};

// Elections at meetings. The papers are secret by nature: who voted is kept apart from the papers,
// which are filed under random ids. Every change is one transaction with its audit entry; a paper's
// audit entry says who voted, never how.
//
// Rules: those of domain::validateElection, domain::validatePaper, domain::checkVoteState
// ("election-not-draft", "election-not-open"), domain::checkRecordDate ("invalid-date", "future-date"),
// domain::checkElectionVoter ("not-eligible", "voted-twice"), domain::checkPaperCount ("too-many-papers":
// the papers, named or imported, never outnumber the roll) and domain::checkSameCandidates
// ("candidates-differ", a .blt file for other candidates); "empty-roll"; and, for rows the file lacks,
// "unknown-meeting", "unknown-election", "unknown-member".
class ElectionRepository
{
public:
    explicit ElectionRepository(MutualFile& file);

    Result<domain::Election> add(const domain::Election& election,
                                 const QList<domain::Candidate>& candidates);
    // A draft's title, seats, method and candidates; refused once voting has opened.
    Result<domain::Election> update(const domain::Election& election,
                                    const QList<domain::Candidate>& candidates);
    // Deletes a draft; an election whose voting has opened stays in the record.
    domain::Outcome remove(qint64 electionId);
    Result<domain::Election> election(qint64 id) const;
    Result<QList<domain::Election>> all(std::optional<qint64> meetingId = std::nullopt) const;
    Result<QList<domain::Candidate>> candidates(qint64 electionId) const;

    // Freezes the roll of members eligible on the record date, fixes the seed of any lot, and opens
    // voting.
    Result<domain::Election> open(qint64 electionId, const QDate& recordDate);
    // All the papers or none: the first refused names its line, and a batch that would make more papers
    // than members on the roll is refused whole. Returns how many were recorded.
    Result<qint64> castPapers(qint64 electionId, const QList<PaperInput>& papers);
    // Papers counted elsewhere (a postal ballot service, say) in a .blt file for the same candidates,
    // in the same order; they carry no record of who voted. Each line is stored as one row with its
    // weight, and the whole file is refused before anything is written when its papers (the sum of the
    // weights) and those recorded already would outnumber the roll.
    Result<qint64> importBlt(qint64 electionId, const domain::BltElection& ballots);
    // The papers cast so far as a .blt election, identical papers together, for other counting tools.
    Result<domain::BltElection> exportBlt(qint64 electionId) const;
    // How many members are on the roll frozen when voting opened.
    Result<qint64> rollSize(qint64 electionId) const;
    // How many members have voted, and how many papers there are (imported papers have no voter; a
    // weighted row counts as that many papers).
    Result<std::pair<qint64, qint64>> turnout(qint64 electionId) const;

    Result<ElectionResult> result(qint64 electionId) const;
    // Counts, stores the count and closes voting.
    Result<domain::Election> close(qint64 electionId);

private:
    Result<QJsonObject> countNow(const domain::Election& election, QStringList& working) const;

    MutualFile& m_file;
};

} // namespace mutualise::storage
