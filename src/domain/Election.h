#pragma once

#include "Error.h"
#include "Meeting.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mutualise::domain {

enum class ElectionMethod
{
    SingleTransferableVote, // Scottish rules, see StvCount.h
    Plurality, // each voter marks up to as many candidates as there are seats
};

// Keys "stv", "plurality", and translated labels.
QString electionMethodKey(ElectionMethod method);
std::optional<ElectionMethod> electionMethodFromKey(QStringView key);
QString electionMethodLabel(ElectionMethod method);

// A candidate in ballot order: a member, or a named person from outside the register.
struct Candidate
{
    int position = 0; // from 1, as on the ballot paper and in .blt files
    std::optional<qint64> memberId;
    QString name;
    bool isWithdrawn = false;

    bool operator==(const Candidate&) const = default;
};

struct Election
{
    qint64 id = 0;
    qint64 meetingId = 0;
    QString title;
    int seats = 1;
    ElectionMethod method = ElectionMethod::SingleTransferableVote;
    VoteState state = VoteState::Draft;
    QDate recordDate;
    QDateTime openedAt;
    QDateTime closedAt;
    quint64 seed = 1; // of any draw by lot: fixed when voting opens so that the count can be repeated
    QByteArray rollFingerprint;

    bool operator==(const Election&) const = default;
};

// The most candidates one election may have: far more than any ballot paper lists, and few enough
// that a count round by round (every candidate in every round) stays a few megabytes.
inline constexpr int maximumCandidates = 1'000;

// Rules "missing-title", "invalid-seats" (fewer than one), "missing-name", "duplicate-candidate"
// (two candidates named alike, ignoring case), "too-few-candidates" (fewer standing than seats),
// "too-many-candidates" (more than maximumCandidates),
// "invalid-text" (a title or a candidate's name longer than maximumTitleLength) and "control-character"
// (a title or name that is not plain text on one line).
Outcome validateElection(const Election& election, const QList<Candidate>& candidates);

// A voter's paper: candidate positions (from 1) in order of preference; under plurality, the marked
// candidates in any order. No positions at all is a blank or spoilt paper, and accepted: the member has
// voted, and the count reports the paper as invalid (STV) or spoilt (plurality), as the Scottish rules
// and .blt files do. The window and the CSV reader ask for such a paper to be marked blank on purpose.
// Rules "unknown-candidate", "duplicate-preference", "withdrawn-candidate", "too-many-marks"
// (plurality: more marks than seats).
Outcome validatePaper(const Election& election, const QList<Candidate>& candidates,
                      const QList<int>& preferences);

// Papers counted elsewhere (a .blt file) join an election only when they are for its candidates, in
// its ballot order: otherwise a preference would go to someone else. Rule "candidates-differ".
Outcome checkSameCandidates(const QStringList& fileCandidates, const QList<Candidate>& candidates);

} // namespace mutualise::domain
