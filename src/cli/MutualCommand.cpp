#include "MutualCommand.h"

namespace mutualise::cli {

MutualCommand::MutualCommand(QString name, QString description, Access access)
    : Command(std::move(name), std::move(description))
    , m_access(access)
{
    addPositionalArgument(QStringLiteral("FILE"), tr("The .mutual file."));
}

int MutualCommand::checkArguments(const QCommandLineParser& /*parser*/, const QStringList& /*positional*/)
{
    return ExitSuccess;
}

int MutualCommand::run(const QCommandLineParser& parser, const QStringList& positional)
{
    if (const int checked = checkArguments(parser, positional); checked != ExitSuccess)
        return checked;
    const auto file = openExisting(positional.at(0), m_access);
    if (!file)
        return refuse(file.error());
    return runWithMutual(**file, parser, positional);
}

} // namespace mutualise::cli
