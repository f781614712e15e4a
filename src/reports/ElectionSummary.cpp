#include "reports/ElectionSummary.h"

#include "domain/Counts.h"
#include "domain/StvCount.h"
#include "reports/AuditFooter.h"
#include "reports/ElectionFigures.h"
#include "reports/ElectionRoundsModel.h"
#include "reports/ResultSummary.h"
#include "storage/MeetingRepository.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <tuple>

using namespace Qt::StringLiterals;

namespace mutualise::reports {

namespace {

QString row(const QString& caption, const QString& value)
{
    return u"<tr><td>%1</td><td>%2</td></tr>"_s.arg(caption.toHtmlEscaped(), value.toHtmlEscaped());
}

QString candidateText(const domain::Candidate& candidate)
{
    return candidate.memberId ? candidate.name : ElectionSummary::tr("%1 (not a member)").arg(candidate.name);
}

} // namespace

QList<ElectionFigureLine> ElectionSummary::figureLines(const ElectionResultSource& source,
                                                       const ElectionFigures& figures)
{
    const QLocale locale;
    QList<ElectionFigureLine> lines {
        { u"method"_s, tr("Method"), domain::electionMethodLabel(source.election.method) },
        { u"seats"_s, tr("Seats"), locale.toString(source.election.seats) },
        { u"roll"_s, tr("Roll"),
          tr("%1, frozen at the end of %2")
              .arg(domain::memberCount(source.rollSize),
                   locale.toString(source.election.recordDate, QLocale::ShortFormat)) },
        { u"turnout"_s, tr("Turnout"), turnoutText(source.voters, source.rollSize, source.papers) },
        { u"valid"_s, tr("Valid papers"), locale.toString(figures.validPapers) },
        { u"invalid"_s, figures.isStv() ? tr("Invalid papers") : tr("Spoilt papers"),
          locale.toString(figures.invalidPapers) },
    };
    if (figures.isStv()) {
        //: The Droop quota, with how it is worked: "28 (108 / (3 + 1), plus one)"
        lines.append({ u"quota"_s, tr("Quota"),
                       tr("%1 (%2 / (%3 + 1), ignoring fractions, plus one)")
                           .arg(locale.toString(figures.quota), locale.toString(figures.validPapers))
                           .arg(figures.seats) });
        lines.append({ u"nonTransferable"_s, tr("Non-transferable"),
                       domain::Stv::formatVotes(figures.nonTransferable) });
    }
    return lines;
}

QStringList ElectionSummary::electedLines(const ElectionFigures& figures)
{
    QStringList lines;
    for (qsizetype i = 0; i < figures.elected.size(); ++i) {
        //: One of those elected, in order of election: "1. Ann Smith"
        lines.append(tr("%1. %2").arg(i + 1).arg(figures.elected.at(i)));
    }
    return lines;
}

QString ElectionSummary::statusText(const ElectionResultSource& source)
{
    if (!source.result.isDeclared) {
        return tr("Provisional: voting is open and the count may still change.");
    }
    const QDateTime closedAt = source.election.closedAt.toLocalTime();
    return closedAt.isValid() ? tr("Declared on %1.").arg(QLocale().toString(closedAt, QLocale::LongFormat))
                              : tr("Declared.");
}

QString ElectionSummary::electionSection(const ElectionResultSource& source)
{
    QString html = u"<h3>%1</h3>"_s.arg(tr("Election: %1").arg(source.election.title).toHtmlEscaped());
    html += u"<p>%1</p><ol>"_s.arg(tr("Candidates, in ballot order:").toHtmlEscaped());
    for (const domain::Candidate& candidate : source.candidates) {
        html += u"<li>%1</li>"_s.arg(candidateText(candidate).toHtmlEscaped());
    }
    return html + u"</ol>"_s;
}

QString ElectionSummary::resultSection(const ElectionResultSource& source, const ElectionFigures& figures)
{
    QString html
        = u"<h3>%1</h3><p>%2</p>"_s.arg(tr("Result").toHtmlEscaped(), statusText(source).toHtmlEscaped());
    html += u"<p><b>%1</b></p><ol>"_s.arg(
        (figures.isDeclared ? tr("Elected, in order of election:") : tr("Elected if voting closed now:"))
            .toHtmlEscaped());
    for (const QString& name : figures.elected) {
        html += u"<li><b>%1</b></li>"_s.arg(name.toHtmlEscaped());
    }
    html += u"</ol><table cellspacing=\"0\" cellpadding=\"3\">"_s;
    for (const ElectionFigureLine& line : figureLines(source, figures)) {
        html += row(line.caption, line.value);
    }
    return html + u"</table>"_s;
}

// The table the window shows, cell for cell: in blocks of rounds when the layout asks for them, each
// repeating the candidates, and each with its heading row repeated on every page it runs on to.
QString ElectionSummary::roundsTables(const ElectionFigures& figures, const ElectionSummaryLayout& layout)
{
    ElectionRoundsModel model;
    model.setFigures(figures);
    QString html
        = u"<h3>%1</h3>"_s.arg((figures.isStv() ? tr("Rounds of the count") : tr("Votes")).toHtmlEscaped())
        + layout.chartHtml;
    if (model.columnCount() == 0) {
        return html;
    }
    const int rounds = static_cast<int>(figures.rounds.size());
    QList<std::pair<int, int>> blocks = figures.isStv() ? layout.roundBlocks : QList<std::pair<int, int>>();
    if (blocks.isEmpty()) {
        blocks.append({ 1, std::max(rounds, 1) });
    }
    for (const auto& [first, last] : blocks) {
        QList<int> columns { ElectionRoundsModel::CandidateColumn };
        if (first == blocks.constFirst().first) {
            columns.append(ElectionRoundsModel::OutcomeColumn);
        }
        for (int column = first == 1 ? ElectionRoundsModel::FirstFigureColumn : model.transferColumn(first);
             column <= model.totalColumn(last) && column < model.columnCount(); ++column) {
            columns.append(column);
        }
        // Which rounds a block holds, in its heading, so that a page that starts with one says so.
        const QString caption = blocks.size() == 1 ? QString()
            : first == last                        ? tr("Round %1 of %2").arg(first).arg(rounds)
                            : tr("Rounds %1 to %2 of %3").arg(first).arg(last).arg(rounds);
        html += roundsBlock(model, columns, caption);
    }
    return html;
}

namespace {

// One cell of the table of the rounds: small type, no figure broken over two lines, the window's colours.
QString roundsCell(const QString& tag, const QModelIndex& index, const QString& text, bool isFigure)
{
    QString attributes = isFigure ? u" align=\"right\""_s : QString();
    QString style = u"font-size: %1pt"_s.arg(ElectionSummary::tablePointSize);
    if (index.isValid()) {
        if (const QVariant background = index.data(Qt::BackgroundRole); background.canConvert<QColor>()) {
            attributes += u" bgcolor=\"%1\""_s.arg(background.value<QColor>().name());
        }
        if (const QVariant font = index.data(Qt::FontRole); font.canConvert<QFont>()) {
            style += font.value<QFont>().bold() ? u"; font-weight: bold"_s : QString();
            style += font.value<QFont>().italic() ? u"; font-style: italic"_s : QString();
        }
    }
    // A heading may break between its lines and the words of a name; a figure never.
    if (tag == u"td"_s) {
        style += u"; white-space: nowrap"_s;
    }
    return u"<%1%2 style=\"%3\">%4</%1>"_s.arg(tag, attributes, style,
                                               text.toHtmlEscaped().replace(u'\n', u"<br>"_s));
}

} // namespace

QString ElectionSummary::roundsBlock(const ElectionRoundsModel& model, const QList<int>& columns,
                                     const QString& caption)
{
    QString html = u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><thead>"_s;
    if (!caption.isEmpty()) {
        html
            += u"<tr><th colspan=\"%1\" align=\"left\" bgcolor=\"#eeeeee\">%2</th></tr>"_s.arg(columns.size())
                   .arg(caption.toHtmlEscaped());
    }
    html += u"<tr>"_s;
    for (const int column : columns) {
        html += roundsCell(u"th"_s, {}, model.headerData(column, Qt::Horizontal).toString(),
                           column >= ElectionRoundsModel::FirstFigureColumn);
    }
    html += u"</tr></thead><tbody>"_s;
    for (int row = 0; row < model.rowCount(); ++row) {
        html += u"<tr>"_s;
        for (const int column : columns) {
            const QModelIndex index = model.index(row, column);
            html += roundsCell(u"td"_s, index, index.data().toString(),
                               column >= ElectionRoundsModel::FirstFigureColumn);
        }
        html += u"</tr>"_s;
    }
    return html + u"</tbody></table>"_s;
}

QString ElectionSummary::tiesAndWorking(const ElectionFigures& figures)
{
    QString html;
    if (!figures.ties.isEmpty()) {
        html += u"<h3>%1</h3>"_s.arg(tr("Ties decided by lot").toHtmlEscaped());
        for (const ElectionTie& tie : figures.ties) {
            html += u"<p>%1</p>"_s.arg(tie.description().toHtmlEscaped());
        }
        if (!figures.tiesNote.isEmpty())
            html += u"<p>%1</p>"_s.arg(figures.tiesNote.toHtmlEscaped());
    }
    html += u"<h3>%1</h3>"_s.arg(tr("Working").toHtmlEscaped());
    for (const QString& line : figures.working) {
        // The working indents a stage's figures under its heading.
        const bool isIndented = line.startsWith(u"  "_s);
        html += u"<p style=\"margin: 0 0 0 %1px\">%2</p>"_s.arg(isIndented ? 24 : 0)
                    .arg(line.trimmed().toHtmlEscaped());
    }
    return html;
}

QString ElectionSummary::html(const ElectionResultSource& source, const ElectionSummaryLayout& layout)
{
    const ElectionFigures figures = electionFigures(source.result);
    return ResultSummary::meetingSection(source.mutualName, source.meeting) + electionSection(source)
        + resultSection(source, figures) + roundsTables(figures, layout) + tiesAndWorking(figures);
}

domain::Result<ElectionResultSource> ElectionSummary::read(storage::MutualFile& file, qint64 electionId)
{
    const storage::ElectionRepository elections(file);
    ElectionResultSource source;
    const auto mutual = file.readMutual();
    if (!mutual) {
        return mutual.error();
    }
    source.mutualName = mutual->name;
    source.auditHead = AuditFooter::headOf(file);
    const auto election = elections.election(electionId);
    if (!election) {
        return election.error();
    }
    source.election = *election;
    const auto meeting = storage::MeetingRepository(file).meeting(election->meetingId);
    if (!meeting) {
        return meeting.error();
    }
    source.meeting = *meeting;
    const auto candidates = elections.candidates(electionId);
    if (!candidates) {
        return candidates.error();
    }
    source.candidates = *candidates;
    const auto result = elections.result(electionId);
    if (!result) {
        return result.error();
    }
    source.result = *result;
    const auto rollSize = elections.rollSize(electionId);
    const auto turnout = elections.turnout(electionId);
    if (!rollSize || !turnout) {
        return rollSize ? turnout.error() : rollSize.error();
    }
    source.rollSize = *rollSize;
    std::tie(source.voters, source.papers) = *turnout;
    return source;
}

} // namespace mutualise::reports
