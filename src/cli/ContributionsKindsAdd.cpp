#include "ContributionsKindsAdd.h"

#include "storage/ContributionRepository.h"

namespace mutualise::cli {

using namespace mutualise::domain;

ContributionsKindsAdd::ContributionsKindsAdd()
    : MutualCommand(QStringLiteral("contributions kinds add"),
                    tr("Add a kind of contribution of the mutual's own, such as sponsorship."))
{
    addOption({ QStringLiteral("key"),
                tr("The key typed with --kind: lower-case letters, digits and “-” (required)."), tr("KEY") });
    addOption(
        { QStringLiteral("label"), tr("What people read, such as “Sponsorship” (required)."), tr("LABEL") });
}

int ContributionsKindsAdd::checkArguments(const QCommandLineParser& parser, const QStringList& /*positional*/)
{
    if (!hasRequiredOptions(parser, { QStringLiteral("key"), QStringLiteral("label") }))
        return ExitUsage;
    return ExitSuccess;
}

int ContributionsKindsAdd::runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                                         const QStringList& /*positional*/)
{
    const Result<ContributionKind> added = storage::ContributionRepository(file).addKind(
        { keyOption(parser, QStringLiteral("key")), textOption(parser, QStringLiteral("label")), false });
    if (!added)
        return refuse(added.error());
    writeOut(added->key + QLatin1Char('\n'));
    return ExitSuccess;
}

} // namespace mutualise::cli
