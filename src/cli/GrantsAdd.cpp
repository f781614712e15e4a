#include "GrantsAdd.h"

#include "storage/ProjectRepository.h"

namespace mutualise::cli {

using namespace mutualise::domain;

GrantsAdd::GrantsAdd()
    : MutualCommand(QStringLiteral("grants add"),
                    tr("Record a grant from the community fund to a project, approved by a carried motion; "
                       "prints its id."))
{
    addOption(
        { QStringLiteral("project"), tr("The project's id, as “projects” lists it (required)."), tr("ID") });
    addOption({ QStringLiteral("amount"), tr("The grant in major units, such as 2500.00 (required)."),
                tr("AMOUNT") });
    addOption({ QStringLiteral("date"), tr("The day of the grant, YYYY-MM-DD (required)."), tr("DATE") });
    addOption({ QStringLiteral("resolution"),
                tr("The id of the carried motion that approved the grant, as “motions” lists it (required)."),
                tr("MOTION") });
    addOption({ QStringLiteral("community-benefit"),
                tr("The community benefit the grant serves; a community interest company must state it for a "
                   "recipient that is not an asset-locked body or a charity."),
                tr("TEXT") });
    addOption(
        { QStringLiteral("reference"), tr("A reference such as a minute or payment number."), tr("TEXT") });
}

int GrantsAdd::checkArguments(const QCommandLineParser& parser, const QStringList& /*positional*/)
{
    if (!hasRequiredOptions(parser,
                            { QStringLiteral("project"), QStringLiteral("amount"), QStringLiteral("date"),
                              QStringLiteral("resolution") }))
        return ExitUsage;
    m_projectId = wholeNumberOption(parser, QStringLiteral("project"), 1);
    if (!m_projectId)
        return ExitUsage;
    m_motionId = motionIdArgument(parser.value(QStringLiteral("resolution")));
    if (!m_motionId)
        return ExitUsage;
    m_date = dateOption(parser, QStringLiteral("date"));
    if (!m_date)
        return ExitUsage;
    return ExitSuccess;
}

int GrantsAdd::runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                             const QStringList& /*positional*/)
{
    const std::optional<qint64> amount
        = amountOption(parser, QStringLiteral("amount"), file.mutual().currency);
    if (!amount)
        return ExitUsage;
    Grant grant;
    grant.projectId = *m_projectId;
    grant.amount = *amount;
    grant.date = *m_date;
    grant.motionId = *m_motionId;
    grant.communityBenefit = textOption(parser, QStringLiteral("community-benefit"));
    grant.reference = textOption(parser, QStringLiteral("reference"));
    const Result<Grant> added = storage::ProjectRepository(file).addGrant(grant);
    if (!added)
        return refuse(added.error());
    writeOut(QString::number(added->id) + QLatin1Char('\n'));
    return ExitSuccess;
}

} // namespace mutualise::cli
