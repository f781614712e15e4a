#pragma once

#include "domain/Error.h"
#include "domain/Member.h"
#include "domain/Money.h"
#include "storage/MutualFile.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <limits>
#include <memory>
#include <optional>

namespace mutualise::cli {

// What the program tells the shell: scripts tell a refused change apart from a mistyped command.
enum ExitStatus : int
{
    ExitSuccess = 0,
    ExitRefused = 1, // the data or the input broke a rule, or the file cannot be opened
    ExitUsage = 2, // unknown command or option, missing or malformed argument
};

// One command of mutualise-cli ("members add"): its name, what it does, its options and positional
// arguments, and the work it does once they have been read.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    virtual ~Command();
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    QString name() const { return m_name; }
    QString description() const { return m_description; }

    // The usage text printed by `mutualise-cli COMMAND --help`.
    QString helpText() const;

    // Runs the command on the arguments that follow its name; returns the process exit status.
    int execute(const QStringList& arguments);

    static QString programName() { return QStringLiteral("mutualise-cli"); }

    // Flushes standard output at the end of a run. A failed write (a full disk, a closed pipe) turns
    // success into ExitRefused with a message on stderr, so that a script never takes a cut-off list
    // for a whole one; the status of a run that had already failed is kept.
    static int finishOutput(int status);

    static void writeOut(const QString& text);
    static void writeError(const QString& text);

    // Tests run the commands inside their own process and read what they print: while devices are set,
    // writeOut and writeError write to them instead of standard output and error; nullptr restores
    // those. A failed write to the device is reported by finishOutput as one to standard output is.
    static void setOutputDevices(QIODevice* out, QIODevice* error);
    // Whether writeError reaches a terminal: never while a device is set.
    static bool isErrorATerminal();

protected:
    Command(QString name, QString description);

    // Declared by a subclass's constructor. An option that takes a value takes one: given twice, it is
    // bad usage, since only one of the values could count.
    void addOption(const QCommandLineOption& option);
    // An option that takes a value and may be given more than once, each time adding one
    // (--candidate A --candidate B).
    void addRepeatableOption(const QCommandLineOption& option);
    void addPositionalArgument(const QString& name, const QString& description);
    // A last argument that may be left out ("[HASH]"); what the command makes of it is for its run() to say.
    void addOptionalArgument(const QString& name, const QString& description);
    // A last argument that may be given more than once ("NUMBER..."): at least once.
    void addRepeatedArgument(const QString& name, const QString& description);
    // An option that is a whole command of its own, as --help is (`report --list`): when it is given,
    // the positional arguments are not required and run() is called with those there are.
    void addStandaloneOption(const QCommandLineOption& option);

    // The command's work once the options are read; `positional` holds exactly the declared arguments,
    // and then any more values of a repeated last argument.
    virtual int run(const QCommandLineParser& parser, const QStringList& positional) = 0;

    // Bad usage: the message and a pointer to the command's help on stderr; returns ExitUsage.
    int refuseUsage(const QString& message) const;
    // A broken rule or an unreadable file: "error: message (rule)" on stderr; returns ExitRefused.
    static int refuse(const domain::Error& error);

    // Readers for option values; a malformed value is reported as bad usage (nullopt after refuseUsage
    // has printed the message, so the caller returns ExitUsage).
    std::optional<QDate> dateOption(const QCommandLineParser& parser, const QString& option,
                                    const QDate& fallback = {}) const;
    // The largest number an option takes unless its command says otherwise: far more than the members,
    // shares, seats or ids of any mutual, and far below where sums of such numbers could overflow.
    static constexpr qint64 largestOptionNumber = 1'000'000'000;
    // The largest number parseWholeNumber reads (18 digits), for values that are not amounts, such as the
    // seed of a draw by lot.
    static constexpr qint64 largestWholeNumber = 999'999'999'999'999'999;
    // A whole number from `minimum` to `maximum`; anything else is bad usage, with a message that gives
    // the range.
    std::optional<qint64> wholeNumberOption(const QCommandLineParser& parser, const QString& option,
                                            qint64 minimum, qint64 maximum = largestOptionNumber) const;
    // A motion's id as `motions` lists it, given as the argument MOTION: bad usage unless it is a
    // positive whole number (nullopt after refuseUsage).
    std::optional<qint64> motionIdArgument(const QString& text) const;
    // The same for a meeting's id (MEETING) and an election's (ELECTION).
    std::optional<qint64> meetingIdArgument(const QString& text) const;
    std::optional<qint64> electionIdArgument(const QString& text) const;

    // An amount typed in major units ("250", "12.50"), read the same way in every locale so
    // that scripts behave alike everywhere.
    std::optional<qint64> amountOption(const QCommandLineParser& parser, const QString& option,
                                       const domain::Currency& currency) const;
    // A key such as "subscription" or "active" without surrounding spaces and in lower case, so that
    // --kind SUBSCRIPTION is read as --class EMPLOYEE is.
    static QString keyOption(const QCommandLineParser& parser, const QString& option);
    // Bad usage unless every named option was given.
    bool hasRequiredOptions(const QCommandLineParser& parser, const QStringList& options) const;

    // The option's text without surrounding spaces; empty, never null, when the option is not given,
    // because the register stores "no phone number" as an empty text, not as an unknown one.
    static QString textOption(const QCommandLineParser& parser, const QString& option);

    static std::optional<QDate> parseDate(const QString& text);
    static std::optional<qint64> parseWholeNumber(const QString& text);
    static QString isoDate(const QDate& date);

    // Opens an existing file; never creates one. MutualCommand opens FILE with it.
    using Access = storage::MutualFile::Access;
    static domain::Result<std::unique_ptr<storage::MutualFile>>
    openExisting(const QString& path, Access access = Access::ReadWrite);

    // The class with that name, ignoring case; rule "unknown-class" otherwise.
    static domain::Result<domain::MemberClass> classNamed(const QList<domain::MemberClass>& classes,
                                                          const QString& name);

private:
    void configure(QCommandLineParser& parser) const;
    QCommandLineOption helpOption() const;
    bool takesValue(const QString& optionName) const;
    QString repeatedOption(const QCommandLineParser& parser) const;
    QString optionWithoutValue(const QStringList& arguments) const;
    static QString parseErrorMessage(const QCommandLineParser& parser);

    QString m_name;
    QString m_description;
    QList<QCommandLineOption> m_options;
    QStringList m_repeatableOptions;
    QStringList m_standaloneOptions;
    QList<QPair<QString, QString>> m_positionalArguments;
    bool m_isLastArgumentRepeated = false;
    bool m_isLastArgumentOptional = false;
};

} // namespace mutualise::cli
