#include "i18n/Translations.h"

#include <QCoreApplication>

// Built into every test program (tests/CMakeLists.txt): as soon as the test's application exists, the
// English plural forms are installed, as the program installs them, so that a test sees "1 share" and
// "2 shares" where the source says "%n share(s)". A test that installs other translators removes this
// one with them (QCoreApplication::removeTranslator) or installs it again with
// mutualise::i18n::installEnglishPlurals.
namespace {

void installEnglishPluralsAtStart()
{
    mutualise::i18n::installEnglishPlurals(*QCoreApplication::instance());
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglishPluralsAtStart)
