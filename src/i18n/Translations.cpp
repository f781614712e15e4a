#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace mutualise::i18n {

void installTranslations(QCoreApplication& application, const QLocale& locale)
{
    auto* qtTranslator = new QTranslator(&application);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    }

    auto* ownTranslator = new QTranslator(&application);
    if (ownTranslator->load(locale, QStringLiteral("mutualise"), QStringLiteral("_"),
                            QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(ownTranslator);
    }
}

} // namespace mutualise::i18n
