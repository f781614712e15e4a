#include "Application.h"
#include "CommandTable.h"
#include "Report.h"
#include "ResultPdfOutput.h"
#include "formats/MemoryUse.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdlib>
#include <memory>

namespace {

// A finance officer reads the program's own messages on stderr, not Qt's diagnostics (SQL driver
// notices, locale warnings). MUTUALISE_VERBOSE=1 lets them through when something needs diagnosing.
void keepOutputClean(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    static const bool isVerbose = qEnvironmentVariableIntValue("MUTUALISE_VERBOSE") != 0;
    if (!isVerbose && (type == QtDebugMsg || type == QtInfoMsg || type == QtWarningMsg))
        return;
    QTextStream(stderr) << qFormatLogMessage(type, context, message) << QLatin1Char('\n');
    if (type == QtFatalMsg)
        std::abort();
}

// A PDF needs fonts, which only a QGuiApplication loads. It draws on no screen, so that it works on a
// machine without a display, as a script on a server runs it; everything else needs only QtCore.
std::unique_ptr<QCoreApplication> createApplication(int& argc, char* argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (!mutualise::cli::ResultPdfOutput::isAskedFor(arguments)
        && !mutualise::cli::Report::isPdfAskedFor(arguments))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char* argv[])
{
    mutualise::formats::keepFreedMemoryForReuse();
    qInstallMessageHandler(keepOutputClean);
    const std::unique_ptr<QCoreApplication> application = createApplication(argc, argv);
    mutualise::cli::setUpApplication(*application);

    const mutualise::cli::CommandTable commands;
    return commands.run(QCoreApplication::arguments().mid(1));
}
