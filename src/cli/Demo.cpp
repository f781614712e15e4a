#include "Demo.h"

#include "domain/DemoMutual.h"
#include "storage/DemoWriter.h"

#include <QFileInfo>

namespace mutualise::cli {

using namespace mutualise::domain;

Demo::Demo()
    : Command(QStringLiteral("demo"), tr("Create a demonstration mutual with years of history in FILE."))
{
    addPositionalArgument(QStringLiteral("FILE"),
                          tr("The new .mutual file; an existing file is never replaced."));
    addOption(
        { QStringLiteral("members"), tr("How many members (default 240)."), tr("N"), QStringLiteral("240") });
    addOption({ QStringLiteral("years"), tr("How many years of history (default 5)."), tr("Y"),
                QStringLiteral("5") });
    addOption({ QStringLiteral("seed"),
                tr("Seed of the generator; the same seed gives the same mutual (default 1)."), tr("S"),
                QStringLiteral("1") });
    addOption(
        { QStringLiteral("until"), tr("Last day of the history, YYYY-MM-DD (default today)."), tr("DATE") });
}

int Demo::run(const QCommandLineParser& parser, const QStringList& positional)
{
    // Bounds that keep the plan's arithmetic and the run time sensible.
    const std::optional<qint64> members = wholeNumberOption(parser, QStringLiteral("members"), 1, 1'000'000);
    if (!members)
        return ExitUsage;
    const std::optional<qint64> years = wholeNumberOption(parser, QStringLiteral("years"), 1, 100);
    if (!years)
        return ExitUsage;
    const std::optional<qint64> seed
        = wholeNumberOption(parser, QStringLiteral("seed"), 0, largestWholeNumber);
    if (!seed)
        return ExitUsage;
    const std::optional<QDate> until = dateOption(parser, QStringLiteral("until"), QDate::currentDate());
    if (!until)
        return ExitUsage;
    // The demo's history is made of things that have happened, like any mutual's.
    if (*until > QDate::currentDate())
        return refuseUsage(tr("--until cannot be after today."));

    const QString& path = positional.at(0);
    // Checked before planning so that nothing is computed for a file that would be refused anyway.
    if (QFileInfo::exists(path))
        return refuse(Error { tr("“%1” already exists; a demonstration never replaces a file.").arg(path),
                              QStringLiteral("exists"), QStringLiteral("file") });

    DemoOptions options;
    options.members = static_cast<int>(*members);
    options.years = static_cast<int>(*years);
    options.seed = static_cast<quint64>(*seed);
    options.until = *until;
    const DemoPlan plan = planDemoMutual(options);

    // Progress is for a person watching; a script or a log must not fill up with it.
    std::function<void(int)> progress;
    if (isErrorATerminal()) {
        progress = [](int permille) {
            writeError(QStringLiteral("\r") + tr("Writing the demonstration: %1%").arg(permille / 10));
        };
    }
    // The surplus allocations are written as drafts, each with the carried motions that approve it.
    QList<storage::DemoAllocationDraft> allocations;
    const auto file
        = storage::writeDemoMutual(path, plan, storage::MutualFile::currentActor(), progress, &allocations);
    if (progress)
        writeError(QStringLiteral("\n"));
    if (!file)
        return refuse(file.error());
    writeOut(path + QLatin1Char('\n'));
    return ExitSuccess;
}

} // namespace mutualise::cli
