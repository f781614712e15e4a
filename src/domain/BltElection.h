#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mutualise::domain {

// One line of ballots: how many identical papers, and the candidates they rank in order of
// preference (indexes into BltElection::candidates, from 0).
struct BltBallot
{
    qint64 weight = 1;
    QList<int> preferences;
    int line = 0; // where it was read, for messages; 0 when it was not read from a file
};

// An election as the ".blt" files of STV counting tools describe it (formats::Blt reads and writes
// them): the candidates, the seats, who withdrew, the ballots and a title.
struct BltElection
{
    int seats = 0;
    QStringList candidates;
    QList<int> withdrawn; // indexes of candidates who withdrew: preferences for them are skipped
    QList<BltBallot> ballots;
    QString title;

    qint64 totalWeight() const;
    bool isWithdrawn(int candidate) const { return withdrawn.contains(candidate); }
};

} // namespace mutualise::domain
