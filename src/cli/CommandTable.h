#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace mutualise::cli {

// Every command of mutualise-cli, and the choice of the one the arguments name. The longest matching
// name wins, so "members add FILE" runs `members add` and "members FILE" runs `members`; a word after
// "members" that does not look like a file is refused as an unknown command ("members ad").
class CommandTable
{
    Q_DECLARE_TR_FUNCTIONS(CommandTable)

public:
    CommandTable();

    // Runs the command named by the arguments (the program name left out); returns the exit status.
    int run(const QStringList& arguments) const;

    // What `mutualise-cli --help` prints: the commands and what each does.
    QString overview() const;

    // The command whose name the leading arguments spell, and how many arguments that name took.
    std::pair<Command*, qsizetype> commandFor(const QStringList& arguments) const;

private:
    int dispatch(const QStringList& arguments) const;
    // The full names of the commands under a group such as "members": "members add", "members cease".
    QStringList subcommandsOf(const Command& group) const;
    bool isMistypedSubcommand(const Command& command, const QString& word) const;
    static int refuseUnknownCommand(const QString& message);

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace mutualise::cli
