#include "app/shell/MainWindow.h"
#include "formats/MemoryUse.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QStyleFactory>

int main(int argc, char* argv[])
{
    mutualise::formats::keepFreedMemoryForReuse();
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Mutualise"));
    QApplication::setApplicationName(QStringLiteral("Mutualise"));
    QApplication::setApplicationVersion(QStringLiteral(MUTUALISE_VERSION));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mutualise.svg")));
    mutualise::i18n::installTranslations(application);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "The register of members and share capital ledger of a mutual."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Open the demo mutual, creating it if needed."));
    parser.addOption(demoOption);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("main", "The mutual to open."),
                                 QStringLiteral("[FILE]"));
    parser.process(application);

    mutualise::app::MainWindow window;
    window.show();
    if (parser.isSet(demoOption)) {
        window.openDemoMutual();
    } else if (!parser.positionalArguments().isEmpty()) {
        window.openFile(parser.positionalArguments().constFirst());
    }
    return QApplication::exec();
}
