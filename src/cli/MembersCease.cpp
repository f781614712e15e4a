#include "MembersCease.h"

#include "storage/MemberRepository.h"

namespace mutualise::cli {

using namespace mutualise::domain;

MembersCease::MembersCease()
    : Command(QStringLiteral("members cease"), tr("Record that a member has ceased to be a member."))
{
    addPositionalArgument(QStringLiteral("FILE"), tr("The .mutual file."));
    addPositionalArgument(QStringLiteral("NUMBER"), tr("The member's number."));
    addOption({ QStringLiteral("date"), tr("The day membership ended, YYYY-MM-DD (required)."), tr("DATE") });
}

int MembersCease::run(const QCommandLineParser& parser, const QStringList& positional)
{
    if (!hasRequiredOptions(parser, { QStringLiteral("date") }))
        return ExitUsage;
    const std::optional<QDate> date = dateOption(parser, QStringLiteral("date"));
    if (!date)
        return ExitUsage;

    const auto file = openExisting(positional.at(0));
    if (!file)
        return refuse(file.error());
    storage::MemberRepository repository(**file);
    const Result<Member> member = repository.memberByNumber(positional.at(1).trimmed());
    if (!member)
        return refuse(member.error());
    const Result<Member> ceasedMember = repository.cease(member->id, *date);
    if (!ceasedMember)
        return refuse(ceasedMember.error());
    writeOut(tr("Member %1 ceased on %2.").arg(ceasedMember->number, isoDate(ceasedMember->ceasedOn))
             + QLatin1Char('\n'));
    return ExitSuccess;
}

} // namespace mutualise::cli
