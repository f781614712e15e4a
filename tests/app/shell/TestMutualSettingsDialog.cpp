#include "SampleMutual.h"
#include "app/shell/MutualSettingsDialog.h"
#include "storage/AuditLog.h"
#include "storage/MutualFile.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace mutualise;
using app::MutualSettingsDialog;

class TestMutualSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheSettingsAndReadsThemBack();
    void fixesTheValueOfAShareOnceTheLedgerIsInUse();
    void refusesWhatTheRulesRefuse();
    void staysOpenWithTheReasonWhenSavingIsRefused();
    void savesTheCapsIntoTheFileWithAnAuditEntry();

private:
    static QPushButton* saveButton(const MutualSettingsDialog& dialog)
    {
        return dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
            ->button(QDialogButtonBox::Save);
    }
    template<typename T>
    static T* field(const MutualSettingsDialog& dialog, const char* name)
    {
        T* found = dialog.findChild<T*>(QString::fromLatin1(name));
        Q_ASSERT(found != nullptr);
        return found;
    }
};

void TestMutualSettingsDialog::showsTheSettingsAndReadsThemBack()
{
    domain::Mutual mutual = sample::mutual();
    mutual.interestCapBp = 450;
    mutual.dividendCapBp = 3500;
    MutualSettingsDialog dialog(mutual, false, [](const domain::Mutual&) { return domain::ok(); });
    QCOMPARE(field<QDoubleSpinBox>(dialog, "interestCapSpin")->value(), 4.5);
    QCOMPARE(field<QDoubleSpinBox>(dialog, "dividendCapSpin")->value(), 35.0);
    QCOMPARE(dialog.mutual().value(), mutual);

    // 3.25% is 325 basis points; 20% of the surplus is 2,000.
    field<QDoubleSpinBox>(dialog, "interestCapSpin")->setValue(3.25);
    field<QDoubleSpinBox>(dialog, "dividendCapSpin")->setValue(20.0);
    QCOMPARE(dialog.mutual()->interestCapBp, 325);
    QCOMPARE(dialog.mutual()->dividendCapBp, 2000);
    QVERIFY(saveButton(dialog)->isEnabled());
}

void TestMutualSettingsDialog::fixesTheValueOfAShareOnceTheLedgerIsInUse()
{
    MutualSettingsDialog inUse(sample::mutual(), true, [](const domain::Mutual&) { return domain::ok(); });
    QVERIFY(!field<QLineEdit>(inUse, "nominalEdit")->isEnabled());
    QVERIFY(field<QLabel>(inUse, "noteLabel")->text().contains(QStringLiteral("fixed")));
    MutualSettingsDialog unused(sample::mutual(), false, [](const domain::Mutual&) { return domain::ok(); });
    QVERIFY(field<QLineEdit>(unused, "nominalEdit")->isEnabled());
}

void TestMutualSettingsDialog::refusesWhatTheRulesRefuse()
{
    MutualSettingsDialog dialog(sample::mutual(), false, [](const domain::Mutual&) { return domain::ok(); });
    auto* cap = field<QLineEdit>(dialog, "individualCapEdit");
    cap->setText(QStringLiteral("a lot"));
    QVERIFY(!saveButton(dialog)->isEnabled());
    QVERIFY(field<QLabel>(dialog, "errorLabel")->text().startsWith(QStringLiteral("Individual's cap")));
    cap->setText(QStringLiteral("0"));
    QCOMPARE(dialog.mutual().error().rule, QStringLiteral("invalid-mutual"));
    QVERIFY(!saveButton(dialog)->isEnabled());
    cap->setText(QStringLiteral("100000.00"));
    field<QLineEdit>(dialog, "nameEdit")->clear();
    QCOMPARE(dialog.mutual().error().field, QStringLiteral("name"));
    QVERIFY(!saveButton(dialog)->isEnabled());
}

void TestMutualSettingsDialog::staysOpenWithTheReasonWhenSavingIsRefused()
{
    int attempts = 0;
    MutualSettingsDialog dialog(
        sample::mutual(), false, [&attempts](const domain::Mutual&) -> domain::Outcome {
            ++attempts;
            return domain::Error { QStringLiteral("The file is locked by another program."),
                                   QStringLiteral("locked"),
                                   {} };
        });
    dialog.show();
    field<QDoubleSpinBox>(dialog, "interestCapSpin")->setValue(3.0);
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    QCOMPARE(attempts, 1);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(field<QLabel>(dialog, "errorLabel")->text(),
             QStringLiteral("The file is locked by another program."));
}

void TestMutualSettingsDialog::savesTheCapsIntoTheFileWithAnAuditEntry()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("settings.mutual"));
    {
        auto file = sample::createFile(path);
        QVERIFY(file);
        MutualSettingsDialog dialog(file->mutual(), false, [&file](const domain::Mutual& mutual) {
            return file->updateMutual(mutual);
        });
        dialog.show();
        field<QDoubleSpinBox>(dialog, "interestCapSpin")->setValue(2.5);
        field<QDoubleSpinBox>(dialog, "dividendCapSpin")->setValue(30.0);
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    auto reopened = storage::MutualFile::open(path, QStringLiteral("test"));
    QVERIFY(reopened);
    QCOMPARE(reopened.value()->mutual().interestCapBp, 250);
    QCOMPARE(reopened.value()->mutual().dividendCapBp, 3000);
    const auto entries = storage::AuditLog(*reopened.value()).entries(1).value();
    QCOMPARE(entries.constFirst().action, QStringLiteral("mutual.update"));
    QCOMPARE(entries.constFirst().before.value(QStringLiteral("interestCapBp")).toInt(), 500);
    QCOMPARE(entries.constFirst().after.value(QStringLiteral("interestCapBp")).toInt(), 250);
}

QTEST_MAIN(TestMutualSettingsDialog)
#include "TestMutualSettingsDialog.moc"
