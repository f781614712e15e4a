#include "CommandTable.h"

#include "Allocate.h"
#include "BackupCommand.h"
#include "Ballots.h"
#include "BallotsImport.h"
#include "Contributions.h"
#include "ContributionsAdd.h"
#include "ContributionsKindsAdd.h"
#include "ContributionsReverse.h"
#include "Count.h"
#include "Demo.h"
#include "Elections.h"
#include "ElectionsAdd.h"
#include "ElectionsClose.h"
#include "ElectionsExport.h"
#include "ElectionsImport.h"
#include "ElectionsOpen.h"
#include "ElectionsResult.h"
#include "ElectionsVote.h"
#include "GrantsAdd.h"
#include "Holdings.h"
#include "Import.h"
#include "Init.h"
#include "Meetings.h"
#include "MeetingsAdd.h"
#include "MeetingsAttend.h"
#include "MeetingsAttendance.h"
#include "MeetingsProxy.h"
#include "Members.h"
#include "MembersAdd.h"
#include "MembersCease.h"
#include "MotionTally.h"
#include "Motions.h"
#include "MotionsAdd.h"
#include "MotionsClose.h"
#include "MotionsOpen.h"
#include "PledgesAdd.h"
#include "Projects.h"
#include "ProjectsAdd.h"
#include "ProjectsCategories.h"
#include "ProjectsCategoriesAdd.h"
#include "ProjectsUpdate.h"
#include "Report.h"
#include "Savings.h"
#include "SavingsAdd.h"
#include "SavingsImport.h"
#include "Services.h"
#include "ServicesAdd.h"
#include "Shares.h"
#include "SharesAdd.h"
#include "SharesReverse.h"
#include "Verify.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace mutualise::cli {

CommandTable::CommandTable()
{
    m_commands.push_back(std::make_unique<Init>());
    m_commands.push_back(std::make_unique<Demo>());
    m_commands.push_back(std::make_unique<Members>());
    m_commands.push_back(std::make_unique<MembersAdd>());
    m_commands.push_back(std::make_unique<MembersCease>());
    m_commands.push_back(std::make_unique<Shares>());
    m_commands.push_back(std::make_unique<SharesAdd>());
    m_commands.push_back(std::make_unique<SharesReverse>());
    m_commands.push_back(std::make_unique<Holdings>());
    m_commands.push_back(std::make_unique<Import>());
    m_commands.push_back(std::make_unique<Report>());
    m_commands.push_back(std::make_unique<Allocate>());
    m_commands.push_back(std::make_unique<Services>());
    m_commands.push_back(std::make_unique<ServicesAdd>());
    m_commands.push_back(std::make_unique<Contributions>());
    m_commands.push_back(std::make_unique<ContributionsAdd>());
    m_commands.push_back(std::make_unique<ContributionsReverse>());
    m_commands.push_back(std::make_unique<ContributionsKindsAdd>());
    m_commands.push_back(std::make_unique<Savings>());
    m_commands.push_back(std::make_unique<SavingsAdd>());
    m_commands.push_back(std::make_unique<SavingsImport>());
    m_commands.push_back(std::make_unique<Meetings>());
    m_commands.push_back(std::make_unique<MeetingsAdd>());
    m_commands.push_back(std::make_unique<MeetingsAttend>());
    m_commands.push_back(std::make_unique<MeetingsAttendance>());
    m_commands.push_back(std::make_unique<MeetingsProxy>());
    m_commands.push_back(std::make_unique<Motions>());
    m_commands.push_back(std::make_unique<MotionsAdd>());
    m_commands.push_back(std::make_unique<MotionsOpen>());
    m_commands.push_back(std::make_unique<MotionsClose>());
    m_commands.push_back(std::make_unique<Ballots>());
    m_commands.push_back(std::make_unique<BallotsImport>());
    m_commands.push_back(std::make_unique<MotionTally>());
    m_commands.push_back(std::make_unique<Elections>());
    m_commands.push_back(std::make_unique<ElectionsAdd>());
    m_commands.push_back(std::make_unique<ElectionsOpen>());
    m_commands.push_back(std::make_unique<ElectionsVote>());
    m_commands.push_back(std::make_unique<ElectionsImport>());
    m_commands.push_back(std::make_unique<ElectionsExport>());
    m_commands.push_back(std::make_unique<ElectionsClose>());
    m_commands.push_back(std::make_unique<ElectionsResult>());
    m_commands.push_back(std::make_unique<Count>());
    m_commands.push_back(std::make_unique<Projects>());
    m_commands.push_back(std::make_unique<ProjectsAdd>());
    m_commands.push_back(std::make_unique<ProjectsUpdate>());
    m_commands.push_back(std::make_unique<ProjectsCategories>());
    m_commands.push_back(std::make_unique<ProjectsCategoriesAdd>());
    m_commands.push_back(std::make_unique<GrantsAdd>());
    m_commands.push_back(std::make_unique<PledgesAdd>());
    m_commands.push_back(std::make_unique<Verify>());
    m_commands.push_back(std::make_unique<BackupCommand>());
}

std::pair<Command*, qsizetype> CommandTable::commandFor(const QStringList& arguments) const
{
    Command* best = nullptr;
    qsizetype bestLength = 0;
    for (const auto& command : m_commands) {
        const QStringList words = command->name().split(QLatin1Char(' '));
        const bool isMatch = words.size() <= arguments.size()
            && std::equal(words.cbegin(), words.cend(), arguments.cbegin());
        if (isMatch && words.size() > bestLength) {
            best = command.get();
            bestLength = words.size();
        }
    }
    return { best, bestLength };
}

QString CommandTable::overview() const
{
    qsizetype width = 0;
    for (const auto& command : m_commands)
        width = std::max(width, command->name().size());

    QString text = tr("Usage: %1 COMMAND FILE [options]").arg(Command::programName()) + QStringLiteral("\n\n")
        + tr("Keeps the register of members, the share capital ledger, the meetings and the votes of a "
             "mutual.")
        + QStringLiteral("\n\n") + tr("Commands:") + QLatin1Char('\n');
    for (const auto& command : m_commands)
        text += QStringLiteral("  ") + command->name().leftJustified(width + 2) + command->description()
            + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n') + QStringLiteral("  -h, --help     ")
        + tr("Show this help.") + QLatin1Char('\n') + QStringLiteral("  -v, --version  ")
        + tr("Show the version.") + QStringLiteral("\n\n")
        + tr("Run “%1 COMMAND --help” for a command's options.").arg(Command::programName())
        + QLatin1Char('\n');
    return text;
}

QStringList CommandTable::subcommandsOf(const Command& group) const
{
    QStringList names;
    for (const auto& command : m_commands) {
        if (command->name().startsWith(group.name() + QLatin1Char(' ')))
            names.append(command->name());
    }
    return names;
}

// The word after a group's name ("members", "shares") is read as its FILE only when it looks like a
// file: it ends in .mutual, holds a slash, or exists. Any other word is a mistyped subcommand, so that
// "members ad a.mutual" is refused as an unknown command instead of with a puzzling complaint about
// its options or about a missing file called "ad". Options ("-...") are left to the command.
bool CommandTable::isMistypedSubcommand(const Command& command, const QString& word) const
{
    if (word.isEmpty() || word.startsWith(QLatin1Char('-')) || subcommandsOf(command).isEmpty())
        return false;
    const bool looksLikeFile = word.endsWith(QStringLiteral(".mutual"), Qt::CaseInsensitive)
        || word.contains(QLatin1Char('/')) || word.contains(QDir::separator()) || QFileInfo::exists(word);
    return !looksLikeFile;
}

int CommandTable::refuseUnknownCommand(const QString& message)
{
    Command::writeError(QStringLiteral("error: ") + message + QLatin1Char('\n')
                        + tr("Try “%1 --help”.").arg(Command::programName()) + QLatin1Char('\n'));
    return ExitUsage;
}

int CommandTable::dispatch(const QStringList& arguments) const
{
    const QString first = arguments.value(0);
    if (first == u"-h" || first == u"--help" || first == u"help") {
        Command::writeOut(overview());
        return ExitSuccess;
    }
    if (first == u"-v" || first == u"--version") {
        Command::writeOut(Command::programName() + QLatin1Char(' ') + QCoreApplication::applicationVersion()
                          + QLatin1Char('\n'));
        return ExitSuccess;
    }
    const auto [command, nameLength] = commandFor(arguments);
    if (command == nullptr)
        return refuseUnknownCommand(first.isEmpty() ? tr("No command given.")
                                                    : tr("Unknown command “%1”.").arg(first));
    const QString word = arguments.value(nameLength);
    if (isMistypedSubcommand(*command, word)) {
        const QStringList names = QStringList { command->name() } + subcommandsOf(*command);
        return refuseUnknownCommand(tr("Unknown command “%1 %2”; the %1 commands are: %3.")
                                        .arg(command->name(), word, names.join(QStringLiteral(", "))));
    }
    return command->execute(arguments.mid(nameLength));
}

int CommandTable::run(const QStringList& arguments) const
{
    return Command::finishOutput(dispatch(arguments));
}

} // namespace mutualise::cli
