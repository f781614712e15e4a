#pragma once

#include "domain/Meeting.h"
#include "domain/Member.h"
#include "storage/AuditLog.h"
#include "storage/MotionRepository.h"

#include <QCoreApplication>
#include <QString>

namespace mutualise::reports {

struct ResultFigures;

// Everything a motion's result is shown and printed with.
struct MotionResultSource
{
    QString mutualName;
    storage::AuditHead auditHead; // where the audit trail ended when the source was read
    domain::Meeting meeting;
    domain::Motion motion;
    QString proposer; // "C001 · Northshire Council"; empty when nobody was named
    QString seconder;
    storage::MotionResult result;
};

// A plain summary of one motion's result for the minutes: the meeting, the motion and its rules, the
// figures, every step of the working and the roll's fingerprint, in the layout of a typed page.
class ResultSummary
{
    Q_DECLARE_TR_FUNCTIONS(ResultSummary)

public:
    // `chartHtml` goes under the figures: the chart of the vote.
    static QString html(const MotionResultSource& source, const QString& chartHtml = {});
    // Everything about the motion as storage has it now; the errors of storage otherwise.
    static domain::Result<MotionResultSource> read(storage::MutualFile& file, qint64 motionId);
    // How a proposer or a seconder is named: "C001 · Northshire Council".
    static QString memberText(const domain::Member& member);
    // The heading every summary of a vote starts with: the mutual, the meeting, when and where.
    static QString meetingSection(const QString& mutualName, const domain::Meeting& meeting);

private:
    static QString motionSection(const MotionResultSource& source, const ResultFigures& figures);
    static QString figuresTable(const ResultFigures& figures);
    static QString workingSection(const MotionResultSource& source, const ResultFigures& figures);
};

} // namespace mutualise::reports
