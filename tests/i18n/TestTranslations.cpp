#include "domain/Member.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTest>
#include <QTranslator>

using namespace mutualise;

// The Welsh catalogue travels inside the program and is installed for a Welsh locale; the strings it
// translates (the navigation and the member statuses so far) come out in Welsh, the rest in English.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void welshCatalogueIsBuiltIn();
    void welshLocaleTranslates();
    void otherLocalesStayEnglish();
    void cleanup();
};

void TestTranslations::welshCatalogueIsBuiltIn()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(":/i18n/mutualise_cy.qm")));
}

void TestTranslations::welshLocaleTranslates()
{
    i18n::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Welsh, QLocale::UnitedKingdom));
    QCOMPARE(QCoreApplication::translate("mutualise::app::MainWindow", "Members"), QStringLiteral("Aelodau"));
    QCOMPARE(domain::statusLabel(domain::MemberStatus::Active), QStringLiteral("Gweithredol"));
    // Not yet translated: the English source text is shown, never an empty string.
    QCOMPARE(domain::kindLabel(domain::MemberKind::Organisation), QStringLiteral("Organisation"));
}

void TestTranslations::otherLocalesStayEnglish()
{
    i18n::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::French, QLocale::France));
    QCOMPARE(domain::statusLabel(domain::MemberStatus::Active), QStringLiteral("Active"));
}

void TestTranslations::cleanup()
{
    // Each test installs its own: remove every translator the previous one left behind.
    const auto translators = QCoreApplication::instance()->findChildren<QTranslator*>();
    for (QTranslator* translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
