#include "BallotCsv.h"

namespace mutualise::storage {

using namespace mutualise::domain;
using formats::CsvTable;

namespace {

const QString csvRule = QStringLiteral("ballot-csv");

} // namespace

Result<QList<BallotInput>> BallotCsv::read(const QByteArray& content)
{
    const Result<QList<CsvTable::Row>> rows = CsvTable::read(content, csvRule);
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
    ballot.memberNumber = row.fields.at(0).trimmed();
    if (ballot.memberNumber.isEmpty())
        return CsvTable::lineError(row.line, tr("the member number is missing."), csvRule);
    const QString choice = row.fields.at(1).trimmed();
    const std::optional<Choice> knownChoice = choiceFromKey(choice.toLower());
    if (!knownChoice)
        return CsvTable::lineError(
            row.line, tr("“%1” is not a choice; write for, against or abstain.").arg(choice), csvRule);
    ballot.choice = *knownChoice;
    const QString method = row.fields.at(2).trimmed();
    const std::optional<BallotMethod> knownMethod = ballotMethodFromKey(method.toLower());
    if (!knownMethod)
        return CsvTable::lineError(
            row.line, tr("“%1” is not a way of voting; write person, post, online or proxy.").arg(method),
            csvRule);
    ballot.method = *knownMethod;
    ballot.proxyNumber = row.fields.value(3).trimmed();
    return ballot;
}

} // namespace mutualise::storage
