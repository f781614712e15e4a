#include "Application.h"

#include "Command.h"
#include "i18n/Translations.h"

namespace mutualise::cli {

void setUpApplication(QCoreApplication& application)
{
    QCoreApplication::setApplicationName(Command::programName());
    QCoreApplication::setApplicationVersion(QStringLiteral(MUTUALISE_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Mutualise"));
    i18n::installTranslations(application);
}

} // namespace mutualise::cli
