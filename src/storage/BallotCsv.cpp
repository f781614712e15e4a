#include "BallotCsv.h"

#include "domain/Member.h"
#include "domain/Text.h"

namespace mutualise::storage {

using namespace mutualise::domain;
using formats::CsvTable;

namespace {

const QString csvRule = QStringLiteral("ballot-csv");

} // namespace

Result<QList<BallotInput>> BallotCsv::read(QByteArrayView content)
{
    CsvTable table(content, csvRule);
    QList<BallotInput> ballots;
    ballots.reserve(formats::TextLines::countNonBlankLines(content));
    for (bool isFirst = true;; isFirst = false) {
        const Result<std::optional<CsvTable::Row>> row = table.next();
        if (!row)
            return row.error();
        if (!*row)
            break;
        if (isFirst && isHeader(**row))
            continue;
        // Stops at the first row that is not a ballot: nothing after it is read.
        Result<BallotInput> ballot = ballotFrom(**row);
        if (!ballot)
            return ballot.error();
        ballots.append(std::move(ballot).value());
    }
    if (ballots.isEmpty())
        return Error { tr("There are no ballots in the file. Write one ballot a line, "
                          "member,choice,method[,proxy], after an optional line naming those columns."),
                       csvRule, QString() };
    return ballots;
}

bool BallotCsv::isHeader(const CsvTable::Row& row)
{
    const QStringList columns { QStringLiteral("member"), QStringLiteral("choice"),
                                QStringLiteral("method") };
    return CsvTable::isHeader(row, columns)
        || CsvTable::isHeader(row, columns + QStringList { QStringLiteral("proxy") });
}

Result<BallotInput> BallotCsv::ballotFrom(const CsvTable::Row& row)
{
    if (row.fields.size() < 3 || row.fields.size() > 4)
        return CsvTable::lineError(
            row.line,
            tr("a ballot has 3 or 4 fields separated by commas, member,choice,method[,proxy]; "
               "this line has %1.")
                .arg(row.fields.size()),
            csvRule);
    BallotInput ballot;
    ballot.line = row.line;
    const Result<QString> member = CsvTable::plainField(row, 0, tr("the member number"), csvRule);
    if (!member)
        return member.error();
    if (member->isEmpty())
        return CsvTable::lineError(row.line, tr("the member number is missing."), csvRule);
    ballot.memberNumber = domain::normalisedMemberNumber(*member);
    const QString choice = row.fields.at(1).trimmed();
    const std::optional<Choice> knownChoice = choiceFromKey(choice.toLower());
    if (!knownChoice)
        return CsvTable::lineError(
            row.line, tr("“%1” is not a choice; write for, against or abstain.").arg(quotedText(choice)),
            csvRule);
    ballot.choice = *knownChoice;
    const QString method = row.fields.at(2).trimmed();
    const std::optional<BallotMethod> knownMethod = ballotMethodFromKey(method.toLower());
    if (!knownMethod)
        return CsvTable::lineError(
            row.line,
            tr("“%1” is not a way of voting; write person, post, online or proxy.").arg(quotedText(method)),
            csvRule);
    ballot.method = *knownMethod;
    const Result<QString> proxy = CsvTable::plainField(row, 3, tr("the proxy's member number"), csvRule);
    if (!proxy)
        return proxy.error();
    ballot.proxyNumber = domain::normalisedMemberNumber(*proxy);
    return ballot;
}

} // namespace mutualise::storage
