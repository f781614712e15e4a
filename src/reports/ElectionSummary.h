#pragma once

#include "domain/Election.h"
#include "domain/Meeting.h"
#include "storage/ElectionRepository.h"

#include <QCoreApplication>
#include <QString>

namespace mutualise::reports {

struct ElectionFigures;

// Everything an election's result is shown and printed with.
struct ElectionResultSource
{
    QString mutualName;
    domain::Meeting meeting;
    domain::Election election;
    QList<domain::Candidate> candidates; // in ballot order
    storage::ElectionResult result;
    qint64 rollSize = 0;
    qint64 voters = 0;
    qint64 papers = 0;
};

// One figure of a result, as the view and the summary list it.
struct ElectionFigureLine
{
    QString key; // stable, for finding it: "quota", "valid"
    QString caption;
    QString value;
};

// A plain summary of an election's result for the minutes: the meeting, the election and its
// candidates, who was elected, the figures, the table of the rounds, any tie decided by lot and every
// line of the working.
class ElectionSummary
{
    Q_DECLARE_TR_FUNCTIONS(ElectionSummary)

public:
    static QString html(const ElectionResultSource& source);
    // The method, seats, roll, turnout, valid and invalid papers and, by STV, the quota and the votes
    // that could not be transferred.
    static QList<ElectionFigureLine> figureLines(const ElectionResultSource& source,
                                                 const ElectionFigures& figures);
    // Numbered, in order of election: "1. Ann Smith".
    static QStringList electedLines(const ElectionFigures& figures);
    static QString statusText(const ElectionResultSource& source);

private:
    static QString electionSection(const ElectionResultSource& source);
    static QString resultSection(const ElectionResultSource& source, const ElectionFigures& figures);
    static QString roundsTable(const ElectionFigures& figures);
    static QString tiesAndWorking(const ElectionFigures& figures);
};

} // namespace mutualise::reports
