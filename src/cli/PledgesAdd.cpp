#include "PledgesAdd.h"

#include "storage/MemberRepository.h"
#include "storage/ProjectRepository.h"

namespace mutualise::cli {

using namespace mutualise::domain;

PledgesAdd::PledgesAdd()
    : MutualCommand(QStringLiteral("pledges add"),
                    tr("Record a member's pledge to a proposed or approved project; prints its id."))
{
    addOption(
        { QStringLiteral("project"), tr("The project's id, as “projects” lists it (required)."), tr("ID") });
    addOption(
        { QStringLiteral("member"), tr("The number of the member who pledges (required)."), tr("NUMBER") });
    addOption({ QStringLiteral("amount"), tr("The pledge in major units, such as 250.00 (required)."),
                tr("AMOUNT") });
    addOption({ QStringLiteral("date"), tr("The day of the pledge, YYYY-MM-DD (required)."), tr("DATE") });
    addOption(
        { QStringLiteral("reference"), tr("A reference such as a letter or minute number."), tr("TEXT") });
}

int PledgesAdd::checkArguments(const QCommandLineParser& parser, const QStringList& /*positional*/)
{
    if (!hasRequiredOptions(parser,
                            { QStringLiteral("project"), QStringLiteral("member"), QStringLiteral("amount"),
                              QStringLiteral("date") }))
        return ExitUsage;
    m_projectId = wholeNumberOption(parser, QStringLiteral("project"), 1);
    if (!m_projectId)
        return ExitUsage;
    m_date = dateOption(parser, QStringLiteral("date"));
    if (!m_date)
        return ExitUsage;
    return ExitSuccess;
}

int PledgesAdd::runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                              const QStringList& /*positional*/)
{
    const std::optional<qint64> amount
        = amountOption(parser, QStringLiteral("amount"), file.mutual().currency);
    if (!amount)
        return ExitUsage;
    const Result<Member> member
        = storage::MemberRepository(file).memberByNumber(textOption(parser, QStringLiteral("member")));
    if (!member)
        return refuse(member.error());
    Pledge pledge;
    pledge.projectId = *m_projectId;
    pledge.memberId = member->id;
    pledge.amount = *amount;
    pledge.date = *m_date;
    pledge.reference = textOption(parser, QStringLiteral("reference"));
    const Result<Pledge> added = storage::ProjectRepository(file).addPledge(pledge);
    if (!added)
        return refuse(added.error());
    writeOut(QString::number(added->id) + QLatin1Char('\n'));
    return ExitSuccess;
}

} // namespace mutualise::cli
