#include "Application.h"
#include "CommandTable.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdlib>

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

} // namespace

int main(int argc, char* argv[])
{
    qInstallMessageHandler(keepOutputClean);
    QCoreApplication application(argc, argv);
    mutualise::cli::setUpApplication(application);

    const mutualise::cli::CommandTable commands;
    return commands.run(QCoreApplication::arguments().mid(1));
}
