#include "domain/Counts.h"
#include "domain/Member.h"
#include "domain/Money.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <limits>

using namespace mutualise;

// The Welsh catalogue travels inside the program and is installed for a Welsh locale; the strings it
// translates (the navigation and the member statuses so far) come out in Welsh, the rest in English.
// Counts take their language's plural forms: English's are always installed, first, so that a count a
// translation leaves out still reads "1 share", never "1 share(s)" or "1 shares".
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void welshCatalogueIsBuiltIn();
    void welshLocaleTranslates();
    void otherLocalesStayEnglish();
    void englishPluralsAreBuiltIn();
    void countsTakeTheEnglishForms_data();
    void countsTakeTheEnglishForms();
    void countsBeyondAnIntTakeTheirForms();
    void welshFallsBackToEnglishForms();
    void everyCountHasItsLanguagesForms_data();
    void everyCountHasItsLanguagesForms();
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

void TestTranslations::englishPluralsAreBuiltIn()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(":/i18n/mutualise_en.qm")));
}

void TestTranslations::countsTakeTheEnglishForms_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("shares");
    QTest::addColumn<QString>("places");
    QTest::newRow("none") << 0 << QStringLiteral("0 shares") << QStringLiteral("0 decimal places");
    QTest::newRow("one") << 1 << QStringLiteral("1 share") << QStringLiteral("1 decimal place");
    QTest::newRow("two") << 2 << QStringLiteral("2 shares") << QStringLiteral("2 decimal places");
    QTest::newRow("eleven") << 11 << QStringLiteral("11 shares") << QStringLiteral("11 decimal places");
    QTest::newRow("twenty-one") << 21 << QStringLiteral("21 shares") << QStringLiteral("21 decimal places");
}

// A text of the program written "%n decimal place(s)" and one written "%1 share(s)" with n: both read
// as English does, for a British user as for one whose language Mutualise does not speak.
void TestTranslations::countsTakeTheEnglishForms()
{
    QFETCH(int, count);
    QFETCH(QString, shares);
    QFETCH(QString, places);
    for (const QLocale& locale : { QLocale(QLocale::English, QLocale::UnitedKingdom), QLocale::c(),
                                   QLocale(QLocale::French, QLocale::France) }) {
        cleanup();
        i18n::installTranslations(*QCoreApplication::instance(), locale);
        QCOMPARE(domain::shareCount(count), shares);
        QCOMPARE(QCoreApplication::translate("Money",
                                             "%1 has %n decimal place(s); the amount has more. "
                                             "Amounts are never rounded.",
                                             nullptr, count)
                     .arg(QStringLiteral("GBP")),
                 QStringLiteral("GBP has %1; the amount has more. Amounts are never rounded.").arg(places));
    }
}

void TestTranslations::countsBeyondAnIntTakeTheirForms()
{
    i18n::installTranslations(*QCoreApplication::instance(), QLocale::c());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const auto restore = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
    QCOMPARE(domain::shareCount(999'999'999'999'999), QStringLiteral("999,999,999,999,999 shares"));
    QCOMPARE(domain::shareCount(5'000'000'001), QStringLiteral("5,000,000,001 shares"));
    QCOMPARE(domain::shareCount(-1), QStringLiteral("-1 share"));
    QCOMPARE(domain::memberCount(1), QStringLiteral("1 member"));
    QCOMPARE(domain::memberCount(1'250), QStringLiteral("1,250 members"));
    QCOMPARE(domain::paperCount(1), QStringLiteral("1 paper"));
    // The stand-in keeps the last digits, which some languages' rules read, and stays large.
    QCOMPARE(domain::pluralFormOf(21), 21);
    QCOMPARE(domain::pluralFormOf(5'000'000'021), 1'000'021);
    QCOMPARE(domain::pluralFormOf(std::numeric_limits<qint64>::min()) % 100,
             static_cast<int>(9'223'372'036'854'775'808ULL % 100));
}

// Welsh has not translated the counts yet: they read as English, not as the bare source text.
void TestTranslations::welshFallsBackToEnglishForms()
{
    i18n::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Welsh, QLocale::UnitedKingdom));
    QCOMPARE(QCoreApplication::translate("mutualise::app::MainWindow", "Members"), QStringLiteral("Aelodau"));
    QCOMPARE(domain::shareCount(1), QStringLiteral("1 share"));
    QCOMPARE(domain::shareCount(3), QStringLiteral("3 shares"));
}

void TestTranslations::everyCountHasItsLanguagesForms_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("forms");
    QTest::addColumn<bool>("isEveryCountTranslated");
    // English: one share, many shares.
    QTest::newRow("English") << QStringLiteral("mutualise_en.ts") << 2 << true;
    // Qt's rules for Welsh have five forms: 0, 1, 2 to 5, 6, and every other count. (CLDR counts six,
    // with 3 apart from 2; Qt 6.4's lrelease drops a sixth form.)
    QTest::newRow("Welsh") << QStringLiteral("mutualise_cy.ts") << 5 << false;
}

// The .ts files as update_translations leaves them: each count has as many forms as its language,
// and English gives every count its forms (none left unfinished, which would print "share(s)").
void TestTranslations::everyCountHasItsLanguagesForms()
{
    QFETCH(QString, file);
    QFETCH(int, forms);
    QFETCH(bool, isEveryCountTranslated);
    QFile ts(QStringLiteral(MUTUALISE_TRANSLATIONS "/") + file);
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    int counts = 0;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation" && source.contains(u'%')) {
            const bool isUnfinished = xml.attributes().value(QLatin1StringView("type")) == u"unfinished";
            int found = 0;
            bool isNumerus = false;
            QStringList written;
            while (xml.readNextStartElement()) {
                isNumerus = true;
                found += xml.name() == u"numerusform" ? 1 : 0;
                written.append(xml.readElementText());
            }
            if (!isNumerus)
                continue;
            ++counts;
            QVERIFY2(found == forms, qPrintable(QStringLiteral("%1: %2 forms").arg(source).arg(found)));
            QVERIFY2(!isEveryCountTranslated || !isUnfinished, qPrintable(source));
            // Nor finished by copying the source: "entr(y/ies)" is for translators, never for a reader.
            static const QRegularExpression eitherForm(QStringLiteral("[a-z]\\((s|es|ies|y/ies|ren)\\)"));
            for (const QString& form : std::as_const(written))
                QVERIFY2(!isEveryCountTranslated || !eitherForm.match(form).hasMatch(), qPrintable(form));
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(counts >= 10);
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
