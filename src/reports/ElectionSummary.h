#pragma once

#include "domain/Election.h"
#include "domain/Meeting.h"
#include "storage/AuditLog.h"
#include "storage/ElectionRepository.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace mutualise::reports {

struct ElectionFigures;
class ElectionRoundsModel;

// Everything an election's result is shown and printed with.
struct ElectionResultSource
{
    QString mutualName;
    storage::AuditHead auditHead; // where the audit trail ended when the source was read
    domain::Meeting meeting;
    domain::Election election;
    QList<domain::Candidate> candidates; // in ballot order
    storage::ElectionResult result;
    qint64 rollSize = 0;
    qint64 voters = 0;
    qint64 papers = 0;
};

// How a summary is laid out on a page: the table of an STV count's rounds cut into blocks that fit
// its width, and the chart drawn in.
struct ElectionSummaryLayout
{
    // The first and last round (from 1) of each block of the table; empty: all the rounds in one table.
    QList<std::pair<int, int>> roundBlocks;
    // Put under the heading of the rounds, before the table: the chart of the rounds.
    QString chartHtml;
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
    // The type size of the table of the rounds, in points: small, so that blocks of several rounds fit.
    static constexpr int tablePointSize = 8;

    static QString html(const ElectionResultSource& source, const ElectionSummaryLayout& layout = {});
    // Everything about the election as storage has it now; the errors of storage otherwise.
    static domain::Result<ElectionResultSource> read(storage::MutualFile& file, qint64 electionId);
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
    static QString roundsTables(const ElectionFigures& figures, const ElectionSummaryLayout& layout);
    static QString roundsBlock(const ElectionRoundsModel& model, const QList<int>& columns,
                               const QString& caption);
    static QString tiesAndWorking(const ElectionFigures& figures);
};

} // namespace mutualise::reports
