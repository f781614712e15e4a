#include "reports/ElectionSummary.h"

#include "domain/StvCount.h"
#include "reports/ElectionFigures.h"
#include "reports/ElectionRoundsModel.h"
#include "reports/ResultSummary.h"

#include <QLocale>

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
          tr("%1 members, frozen at the end of %2")
              .arg(locale.toString(source.rollSize),
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

// The table the window shows, cell for cell.
QString ElectionSummary::roundsTable(const ElectionFigures& figures)
{
    ElectionRoundsModel model;
    model.setFigures(figures);
    // Small type, and no name or figure broken over two lines; a count of many rounds takes smaller type
    // still to keep to the width of the page.
    const QString size = model.columnCount() > 9 ? u"6pt"_s : u"8pt"_s;
    QString html
        = u"<h3>%1</h3><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"_s.arg(
            (figures.isStv() ? tr("Rounds of the count") : tr("Votes")).toHtmlEscaped());
    const auto cell = [&size](const QString& tag, const QString& text, bool isFigure) {
        return u"<%1 style=\"font-size: %2; white-space: nowrap\"%3>%4</%1>"_s.arg(
            tag, size, isFigure ? u" align=\"right\""_s : QString(),
            text.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    };
    html += u"<tr>"_s;
    for (int column = 0; column < model.columnCount(); ++column) {
        html += cell(u"th"_s, model.headerData(column, Qt::Horizontal).toString(),
                     column >= ElectionRoundsModel::FirstFigureColumn);
    }
    html += u"</tr>"_s;
    for (int r = 0; r < model.rowCount(); ++r) {
        html += u"<tr>"_s;
        for (int column = 0; column < model.columnCount(); ++column) {
            html += cell(u"td"_s, model.index(r, column).data().toString(),
                         column >= ElectionRoundsModel::FirstFigureColumn);
        }
        html += u"</tr>"_s;
    }
    return html + u"</table>"_s;
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

QString ElectionSummary::html(const ElectionResultSource& source)
{
    const ElectionFigures figures = electionFigures(source.result);
    return ResultSummary::meetingSection(source.mutualName, source.meeting) + electionSection(source)
        + resultSection(source, figures) + roundsTable(figures) + tiesAndWorking(figures);
}

} // namespace mutualise::reports
