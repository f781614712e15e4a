#include "ElectionsAdd.h"

#include "storage/ElectionRepository.h"

#include <algorithm>

namespace mutualise::cli {

using namespace mutualise::domain;

ElectionsAdd::ElectionsAdd()
    : MutualCommand(QStringLiteral("elections add"),
                    tr("Put an election before a meeting, as a draft, with its candidates in ballot order; "
                       "prints its id."))
{
    addOption(
        { QStringLiteral("meeting"), tr("The meeting's id, as “meetings” lists it (required)."), tr("ID") });
    addOption({ QStringLiteral("title"), tr("The election's title (required)."), tr("TITLE") });
    addOption({ QStringLiteral("seats"), tr("How many are to be elected (required)."), tr("N") });
    addOption({ QStringLiteral("method"),
                tr("stv (single transferable vote, Scottish rules; the default) or plurality (each voter "
                   "marks up to as many candidates as there are seats)."),
                tr("METHOD") });
    addRepeatableOption(
        { QStringLiteral("candidate"),
          tr("A candidate, in ballot order; repeat it for each (at least one). A member's number "
             "stands that member under the member's name; anything else names a person from "
             "outside the register."),
          tr("NAME_OR_NUMBER") });
}

int ElectionsAdd::checkArguments(const QCommandLineParser& parser, const QStringList& /*positional*/)
{
    if (!hasRequiredOptions(parser,
                            { QStringLiteral("meeting"), QStringLiteral("title"), QStringLiteral("seats"),
                              QStringLiteral("candidate") }))
        return ExitUsage;
    m_election = electionFromOptions(parser);
    if (!m_election)
        return ExitUsage;
    return ExitSuccess;
}

int ElectionsAdd::runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                                const QStringList& /*positional*/)
{
    const auto candidates
        = candidatesFrom(storage::MemberRepository(file), parser.values(QStringLiteral("candidate")));
    if (!candidates)
        return refuse(candidates.error());
    const Result<Election> added = storage::ElectionRepository(file).add(*m_election, *candidates);
    if (!added)
        return refuse(added.error());
    writeOut(QString::number(added->id) + QLatin1Char('\n'));
    return ExitSuccess;
}

std::optional<Election> ElectionsAdd::electionFromOptions(const QCommandLineParser& parser) const
{
    Election election;
    const std::optional<qint64> meetingId = wholeNumberOption(parser, QStringLiteral("meeting"), 1);
    if (!meetingId)
        return std::nullopt;
    election.meetingId = *meetingId;
    const std::optional<qint64> seats = wholeNumberOption(parser, QStringLiteral("seats"), 1);
    if (!seats)
        return std::nullopt;
    // More seats than anyone could stand for are refused for too few candidates, as any excess is.
    election.seats = static_cast<int>(std::min<qint64>(*seats, std::numeric_limits<int>::max()));
    if (parser.isSet(QStringLiteral("method"))) {
        const auto method = electionMethodFromKey(keyOption(parser, QStringLiteral("method")));
        if (!method) {
            refuseUsage(tr("--method must be stv or plurality."));
            return std::nullopt;
        }
        election.method = *method;
    }
    election.title = textOption(parser, QStringLiteral("title"));
    return election;
}

Result<QList<Candidate>> ElectionsAdd::candidatesFrom(const storage::MemberRepository& members,
                                                      const QStringList& given)
{
    QList<Candidate> candidates;
    for (const QString& value : given) {
        Candidate candidate;
        candidate.name = value.trimmed();
        const Result<Member> member = members.memberByNumber(candidate.name);
        if (member) {
            candidate.memberId = member->id;
            candidate.name = member->name;
        } else if (member.error().rule != u"unknown-member") {
            return member.error();
        }
        candidates.append(candidate);
    }
    return candidates;
}

} // namespace mutualise::cli
