#include "CommandTable.h"

#include "Demo.h"
#include "Holdings.h"
#include "Init.h"
#include "Members.h"
#include "MembersAdd.h"
#include "MembersCease.h"
#include "Shares.h"
#include "SharesAdd.h"
#include "SharesReverse.h"

#include <QTextStream>

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
        + tr("Keeps the register of members and the share capital ledger of a mutual.")
        + QStringLiteral("\n\n") + tr("Commands:") + QLatin1Char('\n');
    for (const auto& command : m_commands)
        text += QStringLiteral("  ") + command->name().leftJustified(width + 2) + command->description()
            + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n') + QStringLiteral("  -h, --help     ")
        + tr("Show this help.") + QLatin1Char('\n') + QStringLiteral("  -v, --version  ")
        + tr("Show the version.") + QStringLiteral("\n\n")
        + tr("Run '%1 COMMAND --help' for a command's options.").arg(Command::programName())
        + QLatin1Char('\n');
    return text;
}

int CommandTable::run(const QStringList& arguments) const
{
    QTextStream out(stdout);
    QTextStream error(stderr);
    const QString first = arguments.value(0);
    if (first == u"-h" || first == u"--help" || first == u"help") {
        out << overview();
        return ExitSuccess;
    }
    if (first == u"-v" || first == u"--version") {
        out << Command::programName() << QLatin1Char(' ') << QCoreApplication::applicationVersion()
            << QLatin1Char('\n');
        return ExitSuccess;
    }
    const auto [command, nameLength] = commandFor(arguments);
    if (command == nullptr) {
        const QString message
            = first.isEmpty() ? tr("No command given.") : tr("Unknown command '%1'.").arg(first);
        error << QStringLiteral("error: ") << message << QLatin1Char('\n')
              << tr("Try '%1 --help'.").arg(Command::programName()) << QLatin1Char('\n');
        return ExitUsage;
    }
    return command->execute(arguments.mid(nameLength));
}

} // namespace mutualise::cli
