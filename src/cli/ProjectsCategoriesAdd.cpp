#include "ProjectsCategoriesAdd.h"

#include "domain/Reinvestment.h"
#include "storage/ProjectRepository.h"

namespace mutualise::cli {

using namespace mutualise::domain;

ProjectsCategoriesAdd::ProjectsCategoriesAdd()
    : MutualCommand(
        QStringLiteral("projects categories add"),
        tr("Add a category of project of the mutual's own, such as food poverty; prints its key."))
{
    addOption(
        { QStringLiteral("name"), tr("What people read, such as “Food poverty” (required)."), tr("NAME") });
    addOption({ QStringLiteral("key"),
                tr("The key typed with --category: lower-case letters and digits joined by “-” (made from "
                   "the name when left out)."),
                tr("KEY") });
}

int ProjectsCategoriesAdd::checkArguments(const QCommandLineParser& parser, const QStringList& /*positional*/)
{
    if (!hasRequiredOptions(parser, { QStringLiteral("name") }))
        return ExitUsage;
    return ExitSuccess;
}

int ProjectsCategoriesAdd::runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                                         const QStringList& /*positional*/)
{
    const QString name = textOption(parser, QStringLiteral("name"));
    const QString key
        = parser.isSet(QStringLiteral("key")) ? keyOption(parser, QStringLiteral("key")) : keyFromName(name);
    const Result<ProjectCategory> added = storage::ProjectRepository(file).addCategory({ key, name, false });
    if (!added)
        return refuse(added.error());
    writeOut(added->key + QLatin1Char('\n'));
    return ExitSuccess;
}

QString ProjectsCategoriesAdd::keyFromName(const QString& name)
{
    constexpr qsizetype longestKey = 40; // as validateProjectCategory allows
    QString key;
    bool isHyphenDue = false;
    for (const QChar character : name.toLower()) {
        const bool isKeyCharacter
            = (character >= u'a' && character <= u'z') || (character >= u'0' && character <= u'9');
        if (!isKeyCharacter) {
            isHyphenDue = !key.isEmpty();
            continue;
        }
        if (isHyphenDue)
            key += u'-';
        isHyphenDue = false;
        key += character;
    }
    key.truncate(longestKey);
    while (key.endsWith(u'-'))
        key.chop(1);
    return key;
}

} // namespace mutualise::cli
