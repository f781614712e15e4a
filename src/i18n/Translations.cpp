#include "Translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

namespace mutualise::i18n {

namespace {

QString englishPluralsPath()
{
    return QStringLiteral(":/i18n/mutualise_en.qm");
}

} // namespace

void installEnglishPlurals(QCoreApplication& application)
{
    auto* translator = new QTranslator(&application);
    if (translator->load(englishPluralsPath()))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

void installTranslations(QCoreApplication& application, const QLocale& locale)
{
    // The last translator installed is asked first: English plurals go in first, so a real language
    // overrides them and a count it has not translated falls back to the English forms.
    installEnglishPlurals(application);

    auto* qtTranslator = new QTranslator(&application);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    } else {
        delete qtTranslator;
    }

    auto* ownTranslator = new QTranslator(&application);
    const bool isLoaded = ownTranslator->load(locale, QStringLiteral("mutualise"), QStringLiteral("_"),
                                              QStringLiteral(":/i18n"));
    // An English locale finds the plurals catalogue again: it is installed already.
    if (isLoaded && QFileInfo(ownTranslator->filePath()) != QFileInfo(englishPluralsPath()))
        QCoreApplication::installTranslator(ownTranslator);
    else
        delete ownTranslator;
}

} // namespace mutualise::i18n
