#pragma once

#include "Command.h"

namespace mutualise::cli {

// A command that works on an existing .mutual file, named by its first argument FILE. The file is opened
// only once the other arguments have been checked, so that a mistyped option never touches it; a file
// that cannot be opened is refused the same way by every such command.
class MutualCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(MutualCommand)

protected:
    // Listings pass Access::ReadOnly: they read a read-only copy, and while another program writes.
    MutualCommand(QString name, QString description, Access access = Access::ReadWrite);

    // Reads and checks the arguments before the file is opened, keeping what they ask for for
    // runWithMutual. Returns ExitSuccess to go on, or the status of a refusal it has printed.
    virtual int checkArguments(const QCommandLineParser& parser, const QStringList& positional);

    // The command's work on the open file; `positional` still starts with FILE.
    virtual int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                              const QStringList& positional)
        = 0;

    int run(const QCommandLineParser& parser, const QStringList& positional) final;

private:
    Access m_access;
};

} // namespace mutualise::cli
