#include "BallotCsv.h"

#include <QStringDecoder>

namespace mutualise::cli {

using namespace mutualise::domain;
using storage::BallotInput;

namespace {

const QString csvRule = QStringLiteral("ballot-csv");

} // namespace

Result<QList<BallotInput>> BallotCsv::read(const QByteArray& content)
{
    const Result<QList<Line>> lines = decodedLines(content);
    if (!lines)
        return lines.error();
    const Result<QList<Row>> rows = rowsOf(*lines);
    if (!rows)
        return rows.error();
    QList<BallotInput> ballots;
    for (qsizetype i = 0; i < rows->size(); ++i) {
        if (i == 0 && isHeader(rows->at(i)))
            continue;
        const Result<BallotInput> ballot = ballotFrom(rows->at(i));
        if (!ballot)
            return ballot.error();
        ballots.append(*ballot);
    }
    if (ballots.isEmpty())
        return Error { tr("There are no ballots in the file. Write one ballot a line, "
                          "member,choice,method[,proxy], after an optional line naming those columns."),
                       csvRule, QString() };
    return ballots;
}

Error BallotCsv::lineError(int line, const QString& problem, const QString& rule)
{
    //: A problem in a CSV file of ballots: "Line 12: “maybe” is not a choice; ..."
    return Error { tr("Line %1: %2").arg(QString::number(line), problem), rule, QString::number(line) };
}

// Decoded strictly, a line at a time, so that one wrong byte names its line.
Result<QList<BallotCsv::Line>> BallotCsv::decodedLines(const QByteArray& content)
{
    QByteArrayView rest(content);
    if (rest.startsWith("\xEF\xBB\xBF"))
        rest = rest.sliced(3);
    QList<Line> lines;
    int number = 0;
    while (!rest.isEmpty()) {
        ++number;
        const qsizetype end = rest.indexOf('\n');
        QByteArrayView bytes = end < 0 ? rest : rest.first(end);
        rest = end < 0 ? QByteArrayView() : rest.sliced(end + 1);
        if (bytes.endsWith('\r'))
            bytes.chop(1);
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(bytes);
        if (decoder.hasError() || bytes.contains('\0')) {
            return lineError(number,
                             tr("this is not UTF-8 text. Save the ballots as UTF-8 (in a spreadsheet choose "
                                "“CSV UTF-8” when saving) and try again."),
                             QStringLiteral("not-utf8"));
        }
        lines.append({ number, text });
    }
    return lines;
}

// RFC 4180: a field in double quotes may hold commas, line breaks and doubled quotes. Spaces around
// a quoted field are allowed, since every field is trimmed anyway; a quote anywhere else is refused
// rather than guessed at.
Result<QList<BallotCsv::Row>> BallotCsv::rowsOf(const QList<Line>& lines)
{
    QList<Row> rows;
    Row row;
    QString field;
    bool isInQuotes = false;
    bool wasQuoted = false;
    for (const Line& line : lines) {
        if (isInQuotes) {
            field += QLatin1Char('\n');
        } else {
            if (line.text.trimmed().isEmpty())
                continue;
            row = Row { line.number, {} };
            field.clear();
            wasQuoted = false;
        }
        const QString& text = line.text;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (isInQuotes) {
                if (c != u'"')
                    field += c;
                else if (i + 1 < text.size() && text.at(i + 1) == u'"')
                    field += text.at(++i);
                else
                    isInQuotes = false;
            } else if (c == u',') {
                row.fields.append(field);
                field.clear();
                wasQuoted = false;
            } else if (c == u'"') {
                if (wasQuoted || !field.trimmed().isEmpty())
                    return lineError(line.number,
                                     tr("a field has a quote inside it; put the whole field in quotes and "
                                        "double each quote inside it."),
                                     csvRule);
                field.clear();
                isInQuotes = true;
                wasQuoted = true;
            } else if (wasQuoted && !c.isSpace()) {
                return lineError(line.number, tr("there is text after the closing quote of a field."),
                                 csvRule);
            } else {
                field += c;
            }
        }
        if (!isInQuotes) {
            row.fields.append(field);
            rows.append(row);
        }
    }
    if (isInQuotes)
        return lineError(row.line, tr("a quoted field is never closed."), csvRule);
    return rows;
}

bool BallotCsv::isHeader(const Row& row)
{
    QStringList names;
    for (const QString& field : row.fields)
        names.append(field.trimmed().toLower());
    const QStringList columns { QStringLiteral("member"), QStringLiteral("choice"),
                                QStringLiteral("method") };
    return names == columns || names == columns + QStringList { QStringLiteral("proxy") };
}

Result<BallotInput> BallotCsv::ballotFrom(const Row& row)
{
    if (row.fields.size() < 3 || row.fields.size() > 4)
        return lineError(row.line,
                         tr("a ballot has 3 or 4 fields separated by commas, member,choice,method[,proxy]; "
                            "this line has %1.")
                             .arg(row.fields.size()),
                         csvRule);
    BallotInput ballot;
    ballot.line = row.line;
    ballot.memberNumber = row.fields.at(0).trimmed();
    if (ballot.memberNumber.isEmpty())
        return lineError(row.line, tr("the member number is missing."), csvRule);
    const QString choice = row.fields.at(1).trimmed();
    const std::optional<Choice> knownChoice = choiceFromKey(choice.toLower());
    if (!knownChoice)
        return lineError(row.line, tr("“%1” is not a choice; write for, against or abstain.").arg(choice),
                         csvRule);
    ballot.choice = *knownChoice;
    const QString method = row.fields.at(2).trimmed();
    const std::optional<BallotMethod> knownMethod = ballotMethodFromKey(method.toLower());
    if (!knownMethod)
        return lineError(row.line,
                         tr("“%1” is not a way of voting; write person, post, online or proxy.").arg(method),
                         csvRule);
    ballot.method = *knownMethod;
    ballot.proxyNumber = row.fields.value(3).trimmed();
    return ballot;
}

} // namespace mutualise::cli
