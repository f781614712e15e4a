#include "ProjectsUpdate.h"

#include "storage/ProjectRepository.h"

namespace mutualise::cli {

using namespace mutualise::domain;

ProjectsUpdate::ProjectsUpdate()
    : MutualCommand(QStringLiteral("projects update"),
                    tr("Change a project: its status, outcomes, dates, target or recipient."))
{
    addPositionalArgument(QStringLiteral("ID"), tr("The project's id, as “projects” lists it."));
    addOption({ QStringLiteral("status"),
                tr("proposed, approved, funded, completed or withdrawn; completed and withdrawn are final."),
                tr("STATUS") });
    addOption({ QStringLiteral("outcomes"), tr("What the project achieved."), tr("TEXT") });
    addOption({ QStringLiteral("title"), tr("A new title."), tr("TITLE") });
    addOption({ QStringLiteral("description"), tr("A new description."), tr("TEXT") });
    addOption({ QStringLiteral("category"), tr("A new category."), tr("CATEGORY") });
    addOption(
        { QStringLiteral("target"), tr("A new target, in major units such as 5000.00."), tr("AMOUNT") });
    addOption({ QStringLiteral("recipient-name"), tr("A new recipient."), tr("NAME") });
    addOption({ QStringLiteral("recipient-id"), tr("The recipient's org-id, such as GB-CHC-1234567."),
                tr("ORGID") });
    addOption({ QStringLiteral("asset-locked"), tr("The recipient is an asset-locked body.") });
    addOption({ QStringLiteral("not-asset-locked"), tr("The recipient is not an asset-locked body.") });
    addOption({ QStringLiteral("start"), tr("The day the project starts, YYYY-MM-DD."), tr("DATE") });
    addOption({ QStringLiteral("end"), tr("The day the project ends, YYYY-MM-DD."), tr("DATE") });
}

int ProjectsUpdate::checkArguments(const QCommandLineParser& parser, const QStringList& positional)
{
    const std::optional<qint64> id = parseWholeNumber(positional.at(1));
    if (!id || *id < 1)
        return refuseUsage(tr("“%1” is not a project id; “%2 projects FILE” lists them.")
                               .arg(positional.at(1), programName()));
    m_projectId = id;
    if (parser.isSet(QStringLiteral("asset-locked")) && parser.isSet(QStringLiteral("not-asset-locked")))
        return refuseUsage(tr("Give --asset-locked or --not-asset-locked, not both."));
    m_status.reset();
    if (parser.isSet(QStringLiteral("status"))) {
        m_status = projectStatusFromKey(keyOption(parser, QStringLiteral("status")));
        if (!m_status)
            return refuseUsage(tr("--status must be proposed, approved, funded, completed or withdrawn."));
    }
    m_startsOn = dateOption(parser, QStringLiteral("start"));
    if (!m_startsOn)
        return ExitUsage;
    m_endsOn = dateOption(parser, QStringLiteral("end"));
    if (!m_endsOn)
        return ExitUsage;
    return ExitSuccess;
}

int ProjectsUpdate::runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                                  const QStringList& /*positional*/)
{
    storage::ProjectRepository projects(file);
    Result<Project> stored = projects.project(*m_projectId);
    if (!stored)
        return refuse(stored.error());
    Project project = *stored;
    if (m_status)
        project.status = *m_status;
    const auto textIfSet = [&parser](const QString& option, QString& field) {
        if (parser.isSet(option))
            field = textOption(parser, option);
    };
    textIfSet(QStringLiteral("outcomes"), project.outcomes);
    textIfSet(QStringLiteral("title"), project.title);
    textIfSet(QStringLiteral("description"), project.description);
    textIfSet(QStringLiteral("recipient-name"), project.recipientName);
    textIfSet(QStringLiteral("recipient-id"), project.recipientOrgId);
    if (parser.isSet(QStringLiteral("asset-locked")))
        project.isRecipientAssetLocked = true;
    if (parser.isSet(QStringLiteral("not-asset-locked")))
        project.isRecipientAssetLocked = false;
    if (parser.isSet(QStringLiteral("start")))
        project.startsOn = *m_startsOn;
    if (parser.isSet(QStringLiteral("end")))
        project.endsOn = *m_endsOn;
    if (parser.isSet(QStringLiteral("target"))) {
        const std::optional<qint64> target
            = amountOption(parser, QStringLiteral("target"), file.mutual().currency);
        if (!target)
            return ExitUsage;
        project.target = *target;
    }
    if (parser.isSet(QStringLiteral("category"))) {
        const Result<ProjectCategory> category
            = projects.categoryNamed(textOption(parser, QStringLiteral("category")));
        if (!category)
            return refuse(category.error());
        project.category = category->key;
    }
    const Result<Project> updated = projects.update(project);
    if (!updated)
        return refuse(updated.error());
    writeOut(tr("Project %1 is %2.")
                 .arg(QString::number(updated->id), projectStatusLabel(updated->status).toLower())
             + QLatin1Char('\n'));
    return ExitSuccess;
}

} // namespace mutualise::cli
