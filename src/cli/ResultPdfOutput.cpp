#include "ResultPdfOutput.h"

#include "formats/OutputFile.h"

#include <QFileInfo>
#include <QGuiApplication>

namespace mutualise::cli {

QList<QCommandLineOption> ResultPdfOutput::options()
{
    return { { optionName(),
               tr("Write the summary of the result for the minutes to OUT as a PDF on A4, as the window "
                  "saves it: every figure, the chart and the working."),
               tr("OUT") },
             { QStringLiteral("force"), tr("Replace the PDF file if it exists.") } };
}

bool ResultPdfOutput::isAskedFor(const QStringList& arguments)
{
    const QString option = QStringLiteral("--") + optionName();
    for (const QString& argument : arguments) {
        if (argument == option || argument.startsWith(option + QLatin1Char('=')))
            return true;
    }
    return false;
}

QString ResultPdfOutput::usageProblem(const QCommandLineParser& parser)
{
    if (parser.isSet(optionName()) && parser.isSet(QStringLiteral("json")))
        return tr("--pdf and --json cannot be given together: give one.");
    if (parser.isSet(QStringLiteral("force")) && !parser.isSet(optionName()))
        return tr("--force replaces only the file of --pdf OUT; add --pdf OUT.");
    return {};
}

domain::Outcome ResultPdfOutput::checkOutput(const QCommandLineParser& parser, const QString& mutualPath)
{
    const QString path = parser.value(optionName());
    // Not even --force replaces the mutual itself, whatever name leads to it.
    if (domain::Outcome isElsewhere = formats::checkNotMutual(path, mutualPath); !isElsewhere)
        return withField(isElsewhere.error());
    if (QFileInfo::exists(path) && !parser.isSet(QStringLiteral("force")))
        return domain::Error { tr("“%1” already exists; add --force to replace it.").arg(path),
                               QStringLiteral("exists"), optionName() };
    return domain::ok();
}

domain::Outcome ResultPdfOutput::checkCanDraw()
{
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) != nullptr)
        return domain::ok();
    return domain::Error { tr("A PDF cannot be drawn without fonts, and this run of the program has not "
                              "loaded them; run mutualise-cli with --pdf OUT."),
                           QStringLiteral("no-fonts"), optionName() };
}

QString ResultPdfOutput::writtenText(const QString& path)
{
    return tr("Summary of the result written to %1").arg(path) + QLatin1Char('\n');
}

domain::Error ResultPdfOutput::withField(domain::Error error)
{
    error.field = optionName();
    return error;
}

} // namespace mutualise::cli
