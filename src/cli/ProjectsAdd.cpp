#include "ProjectsAdd.h"

#include "storage/ProjectRepository.h"

namespace mutualise::cli {

using namespace mutualise::domain;

ProjectsAdd::ProjectsAdd()
    : MutualCommand(QStringLiteral("projects add"),
                    tr("Propose a project for the community fund to pay for; prints its id."))
{
    addOption({ QStringLiteral("title"), tr("The project's title (required)."), tr("TITLE") });
    addOption({ QStringLiteral("category"),
                tr("community-funding, innovation, research, digital-inclusion, skills, or a category the "
                   "mutual has added (required)."),
                tr("CATEGORY") });
    addOption({ QStringLiteral("target"),
                tr("What the project needs, in major units such as 5000.00 (required)."), tr("AMOUNT") });
    addOption({ QStringLiteral("description"), tr("What the project will do."), tr("TEXT") });
    addOption(
        { QStringLiteral("recipient-name"), tr("The organisation that receives the money."), tr("NAME") });
    addOption({ QStringLiteral("recipient-id"),
                tr("The recipient's org-id, such as GB-CHC-1234567 for a charity, GB-COH-01234567 for a "
                   "company or GB-LAS-EDH for a council."),
                tr("ORGID") });
    addOption({ QStringLiteral("asset-locked"),
                tr("The recipient is an asset-locked body, such as a community interest company or a "
                   "community benefit society (a charity is recognised by its org-id).") });
    addOption({ QStringLiteral("start"), tr("The day the project starts, YYYY-MM-DD."), tr("DATE") });
    addOption({ QStringLiteral("end"), tr("The day the project ends, YYYY-MM-DD."), tr("DATE") });
}

int ProjectsAdd::checkArguments(const QCommandLineParser& parser, const QStringList& /*positional*/)
{
    if (!hasRequiredOptions(
            parser, { QStringLiteral("title"), QStringLiteral("category"), QStringLiteral("target") }))
        return ExitUsage;
    if (parser.isSet(QStringLiteral("recipient-id")) && !parser.isSet(QStringLiteral("recipient-name")))
        return refuseUsage(tr("--recipient-id needs --recipient-name, the organisation it identifies."));
    m_startsOn = dateOption(parser, QStringLiteral("start"));
    if (!m_startsOn)
        return ExitUsage;
    m_endsOn = dateOption(parser, QStringLiteral("end"));
    if (!m_endsOn)
        return ExitUsage;
    return ExitSuccess;
}

int ProjectsAdd::runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                               const QStringList& /*positional*/)
{
    const std::optional<qint64> target
        = amountOption(parser, QStringLiteral("target"), file.mutual().currency);
    if (!target)
        return ExitUsage;
    storage::ProjectRepository projects(file);
    const Result<ProjectCategory> category
        = projects.categoryNamed(textOption(parser, QStringLiteral("category")));
    if (!category)
        return refuse(category.error());

    Project project;
    project.title = textOption(parser, QStringLiteral("title"));
    project.description = textOption(parser, QStringLiteral("description"));
    project.category = category->key;
    project.recipientName = textOption(parser, QStringLiteral("recipient-name"));
    project.recipientOrgId = textOption(parser, QStringLiteral("recipient-id"));
    project.isRecipientAssetLocked = parser.isSet(QStringLiteral("asset-locked"));
    project.target = *target;
    project.startsOn = *m_startsOn;
    project.endsOn = *m_endsOn;

    const Result<Project> added = projects.add(project);
    if (!added)
        return refuse(added.error());
    writeOut(QString::number(added->id) + QLatin1Char('\n'));
    return ExitSuccess;
}

} // namespace mutualise::cli
