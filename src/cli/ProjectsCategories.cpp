#include "ProjectsCategories.h"

#include "TextTable.h"
#include "storage/ProjectRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mutualise::cli {

using namespace mutualise::domain;

ProjectsCategories::ProjectsCategories()
    : MutualCommand(QStringLiteral("projects categories"),
                    tr("List the categories a project can be given: the built-in ones and the mutual's own."),
                    Access::ReadOnly)
{
    addOption({ QStringLiteral("json"), tr("Print JSON for other programs instead of a table.") });
}

int ProjectsCategories::runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                                      const QStringList& /*positional*/)
{
    const auto categories = storage::ProjectRepository(file).categories();
    if (!categories)
        return refuse(categories.error());
    writeOut(parser.isSet(QStringLiteral("json")) ? asJson(*categories) : asText(*categories));
    return ExitSuccess;
}

QString ProjectsCategories::asText(const QList<ProjectCategory>& categories)
{
    using Alignment = TextTable::Alignment;
    TextTable table({ { tr("Key"), Alignment::Left },
                      { tr("Name"), Alignment::Left },
                      { tr("Built in"), Alignment::Left } });
    for (const ProjectCategory& category : categories)
        table.addRow(
            { category.key, projectCategoryLabel(category), category.isBuiltIn ? tr("yes") : tr("no") });
    return table.render();
}

QString ProjectsCategories::asJson(const QList<ProjectCategory>& categories)
{
    QJsonArray rows;
    for (const ProjectCategory& category : categories) {
        rows.append(QJsonObject { { QStringLiteral("key"), category.key },
                                  { QStringLiteral("name"), projectCategoryLabel(category) },
                                  { QStringLiteral("built_in"), category.isBuiltIn } });
    }
    return QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("categories"), rows } })
                                 .toJson(QJsonDocument::Indented));
}

} // namespace mutualise::cli
