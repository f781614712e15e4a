#include "PaperCsv.h"

#include "domain/Member.h"
#include "domain/Text.h"

#include <QRegularExpression>

namespace mutualise::storage {

using namespace mutualise::domain;
using formats::CsvTable;

namespace {

const QString csvRule = QStringLiteral("paper-csv");

} // namespace

Result<QList<PaperInput>> PaperCsv::read(QByteArrayView content)
{
    const QStringList header { QStringLiteral("member"), QStringLiteral("preferences"),
                               QStringLiteral("method") };
    CsvTable table(content, csvRule);
    QList<PaperInput> papers;
    papers.reserve(formats::TextLines::countNonBlankLines(content));
    for (bool isFirst = true;; isFirst = false) {
        const Result<std::optional<CsvTable::Row>> row = table.next();
        if (!row)
            return row.error();
        if (!*row)
            break;
        if (isFirst && CsvTable::isHeader(**row, header))
            continue;
        // Stops at the first row that is not a paper: nothing after it is read.
        Result<PaperInput> paper = paperFrom(**row);
        if (!paper)
            return paper.error();
        papers.append(std::move(paper).value());
    }
    if (papers.isEmpty())
        return Error { tr("There are no ballot papers in the file. Write one paper a line, "
                          "member,preferences,method, after an optional line naming those columns."),
                       csvRule, QString() };
    return papers;
}

Result<PaperInput> PaperCsv::paperFrom(const CsvTable::Row& row)
{
    if (row.fields.size() != 3)
        return CsvTable::lineError(row.line,
                                   tr("a ballot paper has 3 fields separated by commas, "
                                      "member,preferences,method; this line has %1.")
                                       .arg(row.fields.size()),
                                   csvRule);
    PaperInput paper;
    paper.line = row.line;
    const Result<QString> member = CsvTable::plainField(row, 0, tr("the member number"), csvRule);
    if (!member)
        return member.error();
    if (member->isEmpty())
        return CsvTable::lineError(row.line, tr("the member number is missing."), csvRule);
    paper.memberNumber = domain::normalisedMemberNumber(*member);
    const Result<QList<int>> preferences = preferencesFrom(row);
    if (!preferences)
        return preferences.error();
    paper.preferences = *preferences;
    // A proxy's paper would need the appointment checked, which elections do not record: an election
    // paper comes from the member.
    const QString method = row.fields.at(2).trimmed();
    const std::optional<BallotMethod> knownMethod = ballotMethodFromKey(method.toLower());
    if (!knownMethod || *knownMethod == BallotMethod::Proxy)
        return CsvTable::lineError(
            row.line,
            tr("“%1” is not a way of casting a ballot paper; write person, post or online.")
                .arg(quotedText(method)),
            csvRule);
    paper.method = *knownMethod;
    return paper;
}

// "3 1 2": positions from 1, separated by spaces; "blank", a blank or spoilt paper, which marks none.
// An empty field may be a paper left out by mistake, so it is refused. Whether each position names a
// candidate is ElectionRepository's question.
Result<QList<int>> PaperCsv::preferencesFrom(const CsvTable::Row& row)
{
    static const QRegularExpression position(QStringLiteral("^[0-9]{1,9}$"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QString field = row.fields.at(1).trimmed();
    if (field.compare(u"blank", Qt::CaseInsensitive) == 0)
        return QList<int>();
    if (field.isEmpty())
        return CsvTable::lineError(row.line,
                                   tr("the paper marks no candidate; for a blank or spoilt paper write "
                                      "“blank” as its preferences."),
                                   QStringLiteral("empty-paper"));
    QList<int> preferences;
    for (const QString& part : field.split(spaces, Qt::SkipEmptyParts)) {
        const int number = position.match(part).hasMatch() ? part.toInt() : 0;
        if (number < 1)
            return CsvTable::lineError(row.line,
                                       tr("“%1” is not a candidate's position; write the positions from "
                                          "1 in order of preference, separated by spaces, such as “3 1 2”.")
                                           .arg(quotedText(part)),
                                       csvRule);
        preferences.append(number);
    }
    return preferences;
}

} // namespace mutualise::storage
