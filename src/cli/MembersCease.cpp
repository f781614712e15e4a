#include "MembersCease.h"

#include "domain/Text.h"
#include "storage/MemberRepository.h"

namespace mutualise::cli {

using namespace mutualise::domain;

MembersCease::MembersCease()
    : MutualCommand(QStringLiteral("members cease"), tr("Record that a member has ceased to be a member."))
{
    addPositionalArgument(QStringLiteral("NUMBER"), tr("The member's number."));
    addOption({ QStringLiteral("date"), tr("The day membership ended, YYYY-MM-DD (required)."), tr("DATE") });
}

int MembersCease::checkArguments(const QCommandLineParser& parser, const QStringList& /*positional*/)
{
    if (!hasRequiredOptions(parser, { QStringLiteral("date") }))
        return ExitUsage;
    m_date = dateOption(parser, QStringLiteral("date"));
    if (!m_date)
        return ExitUsage;
    return ExitSuccess;
}

int MembersCease::runWithMutual(storage::MutualFile& file, const QCommandLineParser& /*parser*/,
                                const QStringList& positional)
{
    storage::MemberRepository repository(file);
    const Result<Member> member = repository.memberByNumber(positional.at(1).trimmed());
    if (!member)
        return refuse(member.error());
    const Result<Member> ceasedMember = repository.cease(member->id, *m_date);
    if (!ceasedMember)
        return refuse(ceasedMember.error());
    writeOut(
        tr("Member %1 ceased on %2.").arg(visibleText(ceasedMember->number), isoDate(ceasedMember->ceasedOn))
        + QLatin1Char('\n'));
    return ExitSuccess;
}

} // namespace mutualise::cli
