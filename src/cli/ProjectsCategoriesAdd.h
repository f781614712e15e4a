#pragma once

#include "MutualCommand.h"

namespace mutualise::cli {

// `projects categories add FILE --name NAME [--key KEY]`: adds a category of project of the mutual's
// own, such as "Food poverty"; prints its key, which `projects add --category` takes.
class ProjectsCategoriesAdd : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProjectsCategoriesAdd)

public:
    ProjectsCategoriesAdd();

protected:
    int checkArguments(const QCommandLineParser& parser, const QStringList& positional) override;
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    // "Food poverty" becomes "food-poverty": lower-case letters and digits, each other run of
    // characters one hyphen, at most 40 characters.
    static QString keyFromName(const QString& name);
};

} // namespace mutualise::cli
