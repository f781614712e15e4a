#pragma once

#include "Error.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace mutualise::domain {

// Where a vote, a motion's or an election's alike, stands in its life.
enum class VoteState
{
    Draft, // the text and rules (or seats and candidates) can change; nobody can vote
    Open, // the roll is frozen; ballots are taken
    Closed, // the result is declared and stored
};

// Keys "draft", "open", "closed", and translated labels.
QString voteStateKey(VoteState state);
std::optional<VoteState> voteStateFromKey(QStringView key);
QString voteStateLabel(VoteState state);

// What is being decided: its rule keys and messages say so.
enum class VoteKind
{
    Motion,
    Election,
};

// What someone wants to do with a vote, each allowed in some states only.
enum class VoteAction
{
    Edit, // change a draft's text and rules, or its seats, method and candidates
    Open, // freeze the roll and open voting
    Remove, // delete a draft: a vote once opened stays in the record
    Vote, // take ballots or papers, or close voting and declare the result
    Read, // see the roll or the result: once voting has opened
};

// Whether `action` may be done to the vote titled `title` in `state`. Rules "motion-not-draft" and
// "motion-not-open" for a motion, "election-not-draft" and "election-not-open" for an election; the
// field is "state".
Outcome checkVoteState(VoteKind kind, const QString& title, VoteState state, VoteAction action);

} // namespace mutualise::domain
