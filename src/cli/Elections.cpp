#include "Elections.h"

#include "TextTable.h"
#include "storage/ElectionRepository.h"
#include "storage/MemberRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mutualise::cli {

using namespace mutualise::domain;

Elections::Elections()
    : MutualCommand(QStringLiteral("elections"),
                    tr("List the elections with their seats, method, state and, once declared, who was "
                       "elected."),
                    Access::ReadOnly)
{
    addOption({ QStringLiteral("meeting"), tr("Only the elections of this meeting, by its id."), tr("ID") });
    addOption({ QStringLiteral("json"), tr("Print JSON for other programs instead of a table.") });
}

int Elections::checkArguments(const QCommandLineParser& parser, const QStringList& /*positional*/)
{
    m_meetingId = {};
    if (parser.isSet(QStringLiteral("meeting"))) {
        m_meetingId = wholeNumberOption(parser, QStringLiteral("meeting"), 1);
        if (!m_meetingId)
            return ExitUsage;
    }
    return ExitSuccess;
}

int Elections::runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                             const QStringList& /*positional*/)
{
    const auto elections = listed(file, m_meetingId);
    if (!elections)
        return refuse(elections.error());
    writeOut(parser.isSet(QStringLiteral("json")) ? asJson(*elections, file.mutual()) : asText(*elections));
    return ExitSuccess;
}

Result<QList<Elections::Listed>> Elections::listed(storage::MutualFile& file, std::optional<qint64> meetingId)
{
    const storage::ElectionRepository repository(file);
    const storage::MemberRepository members(file);
    const auto elections = repository.all(meetingId);
    if (!elections)
        return elections.error();
    QList<Listed> list;
    for (const Election& election : *elections) {
        Listed item { election, {}, {}, {}, std::nullopt };
        const auto candidates = repository.candidates(election.id);
        if (!candidates)
            return candidates.error();
        item.candidates = *candidates;
        for (const Candidate& candidate : *candidates) {
            QString number;
            if (candidate.memberId) {
                const Result<Member> member = members.member(*candidate.memberId);
                if (!member)
                    return member.error();
                number = member->number;
            }
            item.candidateNumbers.append(number);
        }
        const auto turnout = repository.turnout(election.id);
        if (!turnout)
            return turnout.error();
        item.turnout = *turnout;
        if (election.state == VoteState::Closed) {
            const auto result = repository.result(election.id);
            if (!result)
                return result.error();
            item.elected = result->elected;
        }
        list.append(item);
    }
    return list;
}

QString Elections::asText(const QList<Listed>& elections)
{
    using Alignment = TextTable::Alignment;
    TextTable table({
        { tr("Id"), Alignment::Right },
        { tr("Meeting"), Alignment::Right },
        { tr("Title"), Alignment::Left },
        { tr("Seats"), Alignment::Right },
        { tr("Method"), Alignment::Left },
        { tr("State"), Alignment::Left },
        { tr("Elected"), Alignment::Left },
    });
    for (const Listed& item : elections) {
        const Election& election = item.election;
        table.addRow({ QString::number(election.id), QString::number(election.meetingId), election.title,
                       QString::number(election.seats), electionMethodLabel(election.method),
                       voteStateLabel(election.state),
                       item.elected ? item.elected->join(QStringLiteral("; ")) : QString() });
    }
    return table.render() + tr("Elections: %n", nullptr, static_cast<int>(elections.size()))
        + QLatin1Char('\n');
}

QString Elections::asJson(const QList<Listed>& elections, const Mutual& mutual)
{
    QJsonArray list;
    for (const Listed& item : elections) {
        const Election& election = item.election;
        QJsonArray candidates;
        for (qsizetype i = 0; i < item.candidates.size(); ++i) {
            const Candidate& candidate = item.candidates.at(i);
            // "member" is the number of a candidate standing as a member, null for anyone else.
            const QString& number = item.candidateNumbers.at(i);
            candidates.append(QJsonObject {
                { QStringLiteral("position"), candidate.position },
                { QStringLiteral("name"), candidate.name },
                { QStringLiteral("member"),
                  number.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(number) },
                { QStringLiteral("withdrawn"), candidate.isWithdrawn },
            });
        }
        list.append(QJsonObject {
            { QStringLiteral("id"), election.id },
            { QStringLiteral("meeting"), election.meetingId },
            { QStringLiteral("title"), election.title },
            { QStringLiteral("seats"), election.seats },
            { QStringLiteral("method"), electionMethodKey(election.method) },
            { QStringLiteral("state"), voteStateKey(election.state) },
            { QStringLiteral("record_date"),
              election.recordDate.isValid() ? QJsonValue(isoDate(election.recordDate))
                                            : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("candidates"), candidates },
            { QStringLiteral("voters"), item.turnout.first },
            { QStringLiteral("papers"), item.turnout.second },
            { QStringLiteral("elected"),
              item.elected ? QJsonValue(QJsonArray::fromStringList(*item.elected))
                           : QJsonValue(QJsonValue::Null) },
        });
    }
    const QJsonObject document {
        { QStringLiteral("mutual"), mutual.name },
        { QStringLiteral("elections"), list },
    };
    return QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
}

} // namespace mutualise::cli
