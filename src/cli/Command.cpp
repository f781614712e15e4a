#include "Command.h"

#include "domain/Text.h"
#include "storage/MutualFile.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <optional>
#include <unistd.h>

namespace mutualise::cli {

using domain::Error;

namespace {

// Why the first write to standard output failed; by the end of the run stdio only knows that one did.
QString& firstOutputFailure()
{
    static QString reason;
    return reason;
}

// The devices set by Command::setOutputDevices; null while the commands write to the standard streams.
struct OutputDevices
{
    QIODevice* out = nullptr;
    QIODevice* error = nullptr;
};

OutputDevices& outputDevices()
{
    static OutputDevices devices;
    return devices;
}

// Writes to the device, or to the standard stream while none is set; returns why the write failed, if
// it did.
QString writeText(const QString& text, QIODevice* device, FILE* standardStream)
{
    std::optional<QTextStream> stream;
    if (device != nullptr)
        stream.emplace(device);
    else
        stream.emplace(standardStream);
    *stream << text;
    stream->flush();
    return stream->status() == QTextStream::Ok ? QString() : stream->device()->errorString();
}

// Why the run's output was not all written; empty when it was.
QString outputFailure()
{
    if (outputDevices().out != nullptr)
        return firstOutputFailure();
    // stdio remembers a failed write on the stream, so an earlier failure is caught here as well as a
    // failed final flush.
    errno = 0;
    if (std::fflush(stdout) == 0 && std::ferror(stdout) == 0)
        return {};
    return firstOutputFailure().isEmpty() ? qt_error_string(errno) : firstOutputFailure();
}

} // namespace

Command::Command(QString name, QString description)
    : m_name(std::move(name))
    , m_description(std::move(description))
{ }

Command::~Command() = default;

void Command::addOption(const QCommandLineOption& option)
{
    m_options.append(option);
}

void Command::addRepeatableOption(const QCommandLineOption& option)
{
    Q_ASSERT(!option.valueName().isEmpty());
    addOption(option);
    m_repeatableOptions.append(option.names());
}

void Command::addStandaloneOption(const QCommandLineOption& option)
{
    Q_ASSERT(option.valueName().isEmpty());
    addOption(option);
    m_standaloneOptions.append(option.names().constFirst());
}

void Command::addPositionalArgument(const QString& name, const QString& description)
{
    Q_ASSERT(!m_isLastArgumentRepeated && !m_isLastArgumentOptional);
    m_positionalArguments.append({ name, description });
}

void Command::addOptionalArgument(const QString& name, const QString& description)
{
    addPositionalArgument(name, description);
    m_isLastArgumentOptional = true;
}

void Command::addRepeatedArgument(const QString& name, const QString& description)
{
    addPositionalArgument(name, description);
    m_isLastArgumentRepeated = true;
}

QCommandLineOption Command::helpOption() const
{
    return QCommandLineOption({ QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
}

void Command::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(m_description);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOption(helpOption());
    for (const QCommandLineOption& option : m_options)
        parser.addOption(option);
    for (const auto& [name, description] : m_positionalArguments)
        parser.addPositionalArgument(name, description);
}

QString Command::helpText() const
{
    QCommandLineParser parser;
    configure(parser);
    QString text = parser.helpText();
    // Qt's usage line names only the executable; ours names the command as well.
    QStringList names;
    for (const auto& [name, description] : m_positionalArguments)
        names.append(name);
    if (m_isLastArgumentRepeated)
        names.last() += QStringLiteral("...");
    if (m_isLastArgumentOptional)
        names.last() = u'[' + names.last() + u']';
    const QString usage
        = tr("Usage: %1 %2 [options] %3").arg(programName(), m_name, names.join(QLatin1Char(' '))).trimmed();
    const qsizetype endOfFirstLine = text.indexOf(QLatin1Char('\n'));
    if (endOfFirstLine >= 0)
        text.replace(0, endOfFirstLine, usage);
    return text;
}

bool Command::takesValue(const QString& optionName) const
{
    return std::any_of(m_options.cbegin(), m_options.cend(), [&optionName](const QCommandLineOption& option) {
        return !option.valueName().isEmpty() && option.names().contains(optionName);
    });
}

// An option's value is the argument after it, so a forgotten value would quietly swallow the next
// option: "--name --class employee" would name the member "--class". A separate value that starts with
// "--" is therefore refused; a value that really does can be written "--name=--x".
QString Command::optionWithoutValue(const QStringList& arguments) const
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == u"--")
            break; // everything after it is a positional argument
        if (!argument.startsWith(u"--") || argument.contains(u'='))
            continue;
        const QString name = argument.mid(2);
        const bool hasValue = i + 1 < arguments.size() && !arguments.at(i + 1).startsWith(u"--");
        if (takesValue(name) && !hasValue)
            return name;
    }
    return {};
}

// The first option that takes one value but was given more: "--shares 1 --shares 2" would otherwise
// quietly record the last.
QString Command::repeatedOption(const QCommandLineParser& parser) const
{
    for (const QCommandLineOption& option : m_options) {
        const QString& name = option.names().constLast();
        if (!option.valueName().isEmpty() && !m_repeatableOptions.contains(name)
            && parser.values(name).size() > 1)
            return name;
    }
    return {};
}

QString Command::parseErrorMessage(const QCommandLineParser& parser)
{
    const QStringList unknown = parser.unknownOptionNames();
    if (unknown.isEmpty())
        return parser.errorText();
    const QString& name = unknown.constFirst();
    return tr("Unknown option %1.")
        .arg((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
}

int Command::execute(const QStringList& arguments)
{
    if (const QString option = optionWithoutValue(arguments); !option.isEmpty())
        return refuseUsage(tr("--%1 needs a value.").arg(option));
    QCommandLineParser parser;
    configure(parser);
    if (!parser.parse(QStringList { programName() } + arguments))
        return refuseUsage(parseErrorMessage(parser));
    if (parser.isSet(helpOption())) {
        writeOut(helpText());
        return ExitSuccess;
    }
    if (const QString option = repeatedOption(parser); !option.isEmpty()) {
        QStringList values;
        for (const QString& value : parser.values(option))
            values.append(tr("“%1”").arg(domain::quotedText(value)));
        return refuseUsage(tr("--%1 was given more than once (%2); give it once.")
                               .arg(option, values.join(QStringLiteral(", "))));
    }
    const QStringList positional = parser.positionalArguments();
    for (const QString& option : m_standaloneOptions) {
        if (parser.isSet(option))
            return run(parser, positional);
    }
    const qsizetype required = m_positionalArguments.size() - (m_isLastArgumentOptional ? 1 : 0);
    if (positional.size() < required)
        return refuseUsage(tr("Missing argument %1.").arg(m_positionalArguments.at(positional.size()).first));
    if (positional.size() > m_positionalArguments.size() && !m_isLastArgumentRepeated)
        return refuseUsage(tr("Unexpected argument “%1”.").arg(positional.at(m_positionalArguments.size())));
    return run(parser, positional);
}

int Command::refuseUsage(const QString& message) const
{
    // "error:" stays untranslated, like the rule ids, so scripts can recognise it in any language.
    writeError(QStringLiteral("error: ") + message + QLatin1Char('\n')
               + tr("Try “%1 %2 --help”.").arg(programName(), m_name) + QLatin1Char('\n'));
    return ExitUsage;
}

int Command::refuse(const Error& error)
{
    QString line = QStringLiteral("error: ") + error.message;
    if (!error.rule.isEmpty())
        line += QStringLiteral(" (") + error.rule + QLatin1Char(')');
    writeError(line + QLatin1Char('\n'));
    return ExitRefused;
}

bool Command::hasRequiredOptions(const QCommandLineParser& parser, const QStringList& options) const
{
    for (const QString& option : options) {
        if (!parser.isSet(option)) {
            refuseUsage(tr("The option --%1 is required.").arg(option));
            return false;
        }
    }
    return true;
}

std::optional<QDate> Command::dateOption(const QCommandLineParser& parser, const QString& option,
                                         const QDate& fallback) const
{
    if (!parser.isSet(option))
        return fallback;
    const QString text = parser.value(option);
    const std::optional<QDate> date = parseDate(text);
    if (!date)
        refuseUsage(tr("“%1” is not a date for --%2; write YYYY-MM-DD.").arg(text, option));
    return date;
}

std::optional<qint64> Command::wholeNumberOption(const QCommandLineParser& parser, const QString& option,
                                                 qint64 minimum, qint64 maximum) const
{
    Q_ASSERT(minimum <= maximum && maximum <= largestWholeNumber);
    const QString text = parser.value(option);
    const std::optional<qint64> number = parseWholeNumber(text);
    if (number && *number >= minimum && *number <= maximum)
        return number;
    // Words, fractions and numbers out of range are the same slip and get the same message. The bounds
    // are written as the number must be typed, without separators.
    refuseUsage(
        tr("--%1 needs a whole number from %2 to %3, not “%4”.")
            .arg(option, QString::number(minimum), QString::number(maximum), domain::quotedText(text)));
    return std::nullopt;
}

std::optional<qint64> Command::motionIdArgument(const QString& text) const
{
    const std::optional<qint64> id = parseWholeNumber(text);
    if (id && *id >= 1)
        return id;
    refuseUsage(tr("“%1” is not a motion id; “%2 motions FILE” lists them.").arg(text, programName()));
    return std::nullopt;
}

std::optional<qint64> Command::meetingIdArgument(const QString& text) const
{
    const std::optional<qint64> id = parseWholeNumber(text);
    if (id && *id >= 1)
        return id;
    refuseUsage(tr("“%1” is not a meeting id; “%2 meetings FILE” lists them.").arg(text, programName()));
    return std::nullopt;
}

std::optional<qint64> Command::electionIdArgument(const QString& text) const
{
    const std::optional<qint64> id = parseWholeNumber(text);
    if (id && *id >= 1)
        return id;
    refuseUsage(tr("“%1” is not an election id; “%2 elections FILE” lists them.").arg(text, programName()));
    return std::nullopt;
}

std::optional<qint64> Command::amountOption(const QCommandLineParser& parser, const QString& option,
                                            const domain::Currency& currency) const
{
    const QString text = parser.value(option);
    const domain::Result<domain::Money> amount = domain::Money::parse(text, currency, QLocale::c());
    if (!amount) {
        refuseUsage(tr("“%1” is not an amount for --%2: %3").arg(text, option, amount.error().message));
        return std::nullopt;
    }
    return amount->minorUnits();
}

QString Command::textOption(const QCommandLineParser& parser, const QString& option)
{
    return parser.value(option).trimmed();
}

QString Command::keyOption(const QCommandLineParser& parser, const QString& option)
{
    return parser.value(option).trimmed().toLower();
}

std::optional<QDate> Command::parseDate(const QString& text)
{
    // Strictly YYYY-MM-DD: Qt's ISO reader also takes times and offsets, which a date must not carry.
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<qint64> Command::parseWholeNumber(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[+-]?\\d{1,18}$"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    bool isNumber = false;
    const qint64 number = text.toLongLong(&isNumber);
    if (!isNumber)
        return std::nullopt;
    return number;
}

QString Command::isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

domain::Result<std::unique_ptr<storage::MutualFile>> Command::openExisting(const QString& path, Access access)
{
    // Reading must never leave a new empty file behind, whatever the database driver would do.
    if (!QFileInfo::exists(path))
        return Error { tr("There is no file “%1”.").arg(path), QStringLiteral("not-found"),
                       QStringLiteral("file") };
    // A command that only lists works on a read-only file and while another program writes.
    if (access == Access::ReadOnly)
        return storage::MutualFile::openForReading(path, storage::MutualFile::currentActor());
    return storage::MutualFile::open(path, storage::MutualFile::currentActor());
}

domain::Result<domain::MemberClass> Command::classNamed(const QList<domain::MemberClass>& classes,
                                                        const QString& name)
{
    for (const domain::MemberClass& memberClass : classes) {
        if (memberClass.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return memberClass;
    }
    QStringList names;
    for (const domain::MemberClass& memberClass : classes)
        names.append(memberClass.name);
    return Error { tr("There is no member class called “%1”; the classes are: %2.")
                       .arg(name, names.join(QStringLiteral(", "))),
                   QStringLiteral("unknown-class"), QStringLiteral("class") };
}

int Command::finishOutput(int status)
{
    const QString reason = outputFailure();
    // Each run reports its own failure: tests run many in one process.
    firstOutputFailure().clear();
    if (reason.isEmpty())
        return status;
    const QString message = tr("Could not write the output: %1.").arg(reason);
    refuse(Error { message, QStringLiteral("output-not-written"), QStringLiteral("output") });
    return status == ExitSuccess ? ExitRefused : status;
}

void Command::writeOut(const QString& text)
{
    const QString failure = writeText(text, outputDevices().out, stdout);
    if (!failure.isEmpty() && firstOutputFailure().isEmpty())
        firstOutputFailure() = failure;
}

void Command::writeError(const QString& text)
{
    writeText(text, outputDevices().error, stderr);
}

void Command::setOutputDevices(QIODevice* out, QIODevice* error)
{
    outputDevices() = { out, error };
}

bool Command::isErrorATerminal()
{
    return outputDevices().error == nullptr && isatty(fileno(stderr)) != 0;
}

} // namespace mutualise::cli
