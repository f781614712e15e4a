#pragma once

#include <QLocale>

class QCoreApplication;

namespace mutualise::i18n {

// Installs the English plural forms, then Qt's own translations and Mutualise's for the locale (the
// system's by default), so every tr() string and Qt's standard dialog buttons speak the user's language
// where a translation exists. A count a translation leaves out still reads "1 share", not "1 share(s)".
void installTranslations(QCoreApplication& application, const QLocale& locale = QLocale());

// Installs only the English plural forms ("%n share(s)" reads "1 share" and "2 shares"). The source
// texts are English already; this catalogue holds nothing but their numerus forms. Installed first, so
// that any translator installed after it is asked before it.
void installEnglishPlurals(QCoreApplication& application);

} // namespace mutualise::i18n
