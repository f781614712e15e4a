#include "reports/ResultSummary.h"

#include "domain/Counts.h"
#include "reports/AuditFooter.h"
#include "reports/ResultFigures.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace mutualise::reports {

namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

QString row(const QString& caption, const QString& value)
{
    return u"<tr><td>%1</td><td>%2</td></tr>"_s.arg(caption.toHtmlEscaped(), value.toHtmlEscaped());
}

QString choiceRow(const ChoiceFigure& figure, bool isWeighted)
{
    const QString members = QLocale().toString(figure.members);
    return isWeighted
        ? u"<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td></tr>"_s.arg(
            figure.label.toHtmlEscaped(), members, figure.weight.toHtmlEscaped())
        : u"<tr><td>%1</td><td align=\"right\">%2</td></tr>"_s.arg(figure.label.toHtmlEscaped(), members);
}

QString quorumRuleText(const domain::QuorumRule& rule)
{
    if (rule.minimumMembers == 0 && rule.basisPoints == 0) {
        return ResultSummary::tr("none");
    }
    const QString percent = QLocale().toString(rule.basisPoints / 100.0, 'f', QLocale::FloatingPointShortest);
    if (rule.basisPoints == 0) {
        return domain::memberCount(rule.minimumMembers);
    }
    if (rule.minimumMembers == 0) {
        return ResultSummary::tr("%1% of the eligible members").arg(percent);
    }
    return ResultSummary::tr("%1 or %2% of the eligible members, whichever is more")
        .arg(domain::memberCount(rule.minimumMembers), percent);
}

QString statusText(const MotionResultSource& source)
{
    if (!source.result.isDeclared) {
        return ResultSummary::tr("Provisional: voting is open and these figures may still change.");
    }
    const QDateTime closedAt = source.motion.closedAt.toLocalTime();
    return closedAt.isValid()
        ? ResultSummary::tr("Declared on %1.").arg(QLocale().toString(closedAt, QLocale::LongFormat))
        : ResultSummary::tr("Declared.");
}

} // namespace

QString ResultSummary::meetingSection(const QString& mutualName, const domain::Meeting& meeting)
{
    const QString heldOn = QLocale().toString(meeting.heldOn, QLocale::LongFormat);
    const QString kind = domain::meetingKindLabel(meeting.kind);
    const QString when = meeting.place.isEmpty()
        ? tr("%1, held on %2").arg(kind, heldOn)
        : tr("%1, held on %2 at %3").arg(kind, heldOn, meeting.place);
    return u"<h2>%1</h2><p><b>%2</b><br>%3</p>"_s.arg(
        mutualName.toHtmlEscaped(), meeting.displayTitle().toHtmlEscaped(), when.toHtmlEscaped());
}

QString ResultSummary::motionSection(const MotionResultSource& source, const ResultFigures& figures)
{
    const domain::Motion& motion = source.motion;
    QString html = u"<h3>%1</h3>"_s.arg(tr("Motion: %1").arg(motion.title).toHtmlEscaped());
    if (!motion.body.trimmed().isEmpty()) {
        html += u"<p>%1</p>"_s.arg(escaped(motion.body.trimmed()));
    }
    QStringList names;
    if (!source.proposer.isEmpty()) {
        names << tr("Proposed by %1.").arg(source.proposer);
    }
    if (!source.seconder.isEmpty()) {
        names << tr("Seconded by %1.").arg(source.seconder);
    }
    if (!names.isEmpty()) {
        html += u"<p>%1</p>"_s.arg(names.join(u' ').toHtmlEscaped());
    }
    html += u"<table cellspacing=\"0\" cellpadding=\"3\">"_s;
    html += row(tr("Voting"), domain::votingSchemeLabel(motion.rules.scheme));
    if (!figures.cap.isEmpty()) {
        html += row(tr("Cap on one member"), figures.cap);
    }
    html += row(tr("Threshold"), figures.threshold);
    html += row(tr("Quorum"), quorumRuleText(motion.rules.quorum));
    html += row(tr("Ballot"), motion.isSecret ? tr("Secret") : tr("Open"));
    html += row(tr("Record date"), QLocale().toString(figures.recordDate, QLocale::LongFormat));
    return html + u"</table>"_s;
}

// One table of figures: counts and weights in right-aligned columns, the tests under them.
QString ResultSummary::figuresTable(const ResultFigures& figures)
{
    const bool isWeighted = figures.isWeighted();
    const int columns = isWeighted ? 3 : 2;
    QString html = u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"_s;
    html += isWeighted
        ? u"<tr><th></th><th align=\"right\">%1</th><th align=\"right\">%2</th></tr>"_s.arg(
            tr("Members").toHtmlEscaped(), figures.weightHeading.toHtmlEscaped())
        : u"<tr><th></th><th align=\"right\">%1</th></tr>"_s.arg(tr("Members").toHtmlEscaped());
    const ChoiceFigure eligible { tr("Eligible"), figures.eligibleMembers, figures.eligibleWeight, 0 };
    for (const ChoiceFigure* figure :
         { &eligible, &figures.votesFor, &figures.votesAgainst, &figures.abstentions }) {
        html += choiceRow(*figure, isWeighted);
    }
    // Votes cast sit under what they count: members, or the weights of a weighted vote.
    html += u"<tr><td>%1</td>%2<td align=\"right\">%3</td></tr>"_s.arg(
        tr("Votes cast").toHtmlEscaped(), isWeighted ? u"<td></td>"_s : QString(),
        figures.votesCast.toHtmlEscaped());
    const auto wideRow = [columns](const QString& caption, const QString& value) {
        return u"<tr><td>%1</td><td colspan=\"%2\">%3</td></tr>"_s.arg(caption.toHtmlEscaped())
            .arg(columns - 1)
            .arg(value);
    };
    html += wideRow(tr("Quorum"), figures.quorum.toHtmlEscaped());
    html += wideRow(tr("Threshold test"), figures.thresholdTest.toHtmlEscaped());
    html += wideRow(tr("Outcome"), u"<b>%1</b>"_s.arg(figures.outcomeText.toHtmlEscaped()));
    return html + u"</table>"_s;
}

QString ResultSummary::workingSection(const MotionResultSource& source, const ResultFigures& figures)
{
    QString html = u"<h3>%1</h3><ol>"_s.arg(tr("Working").toHtmlEscaped());
    for (const QString& line : source.result.working) {
        html += u"<li>%1</li>"_s.arg(line.toHtmlEscaped());
    }
    html += u"</ol>"_s;
    const QLocale locale;
    return html
        + u"<p>%1<br><tt>%2</tt></p>"_s.arg(
            tr("Roll of %1, total weight %2, frozen at the end of %3. Its SHA-256 fingerprint:")
                .arg(domain::memberCount(figures.rollMembers), figures.rollTotal,
                     locale.toString(figures.recordDate, QLocale::ShortFormat))
                .toHtmlEscaped(),
            figures.rollFingerprint.toHtmlEscaped());
}

QString ResultSummary::html(const MotionResultSource& source, const QString& chartHtml)
{
    const ResultFigures figures = resultFigures(source.result);
    return meetingSection(source.mutualName, source.meeting) + motionSection(source, figures)
        + u"<h3>%1</h3><p>%2</p>"_s.arg(tr("Result").toHtmlEscaped(), statusText(source).toHtmlEscaped())
        + figuresTable(figures) + chartHtml + workingSection(source, figures);
}

QString ResultSummary::memberText(const domain::Member& member)
{
    //: A proposer or seconder: the member's number and name
    return tr("%1 · %2").arg(member.number, member.name);
}

domain::Result<MotionResultSource> ResultSummary::read(storage::MutualFile& file, qint64 motionId)
{
    const storage::MotionRepository motions(file);
    MotionResultSource source;
    const auto mutual = file.readMutual();
    if (!mutual) {
        return mutual.error();
    }
    source.mutualName = mutual->name;
    source.auditHead = AuditFooter::headOf(file);
    const auto motion = motions.motion(motionId);
    if (!motion) {
        return motion.error();
    }
    source.motion = *motion;
    const auto meeting = storage::MeetingRepository(file).meeting(motion->meetingId);
    if (!meeting) {
        return meeting.error();
    }
    source.meeting = *meeting;
    const auto result = motions.result(motionId);
    if (!result) {
        return result.error();
    }
    source.result = *result;
    const storage::MemberRepository members(file);
    for (const auto& [id, name] : { std::pair { motion->proposerId, &source.proposer },
                                    std::pair { motion->seconderId, &source.seconder } }) {
        if (id) {
            if (const auto member = members.member(*id)) {
                *name = memberText(*member);
            }
        }
    }
    return source;
}

} // namespace mutualise::reports
