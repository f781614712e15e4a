#include "app/shell/MutualSettingsDialog.h"

#include "app/widgets/MessageLines.h"
#include "ui_MutualSettingsDialog.h"

#include <QPushButton>

namespace mutualise::app {

namespace {

constexpr int basisPointsPerPercent = 100;

// The spin boxes show two decimals of a percentage: a whole number of basis points, read back exactly.
int basisPointsOf(const QDoubleSpinBox* spin)
{
    return qRound(spin->value() * basisPointsPerPercent);
}

double percentOf(int basisPoints)
{
    return basisPoints / static_cast<double>(basisPointsPerPercent);
}

} // namespace

MutualSettingsDialog::MutualSettingsDialog(const domain::Mutual& current, bool isLedgerInUse,
                                           std::function<domain::Outcome(const domain::Mutual&)> save,
                                           QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MutualSettingsDialog>())
    , m_current(current)
    , m_save(std::move(save))
{
    m_ui->setupUi(this);
    reserveMessageLines(this);

    for (const auto form : domain::allLegalForms())
        m_ui->legalFormCombo->addItem(domain::legalFormLabel(form), static_cast<int>(form));
    m_ui->legalFormCombo->setCurrentIndex(
        m_ui->legalFormCombo->findData(static_cast<int>(current.legalForm)));
    const QLocale locale;
    for (int month = 1; month <= 12; ++month)
        m_ui->yearStartMonthCombo->addItem(locale.standaloneMonthName(month), month);
    m_ui->yearStartMonthCombo->setCurrentIndex(current.financialYearStartMonth - 1);
    m_ui->yearStartDaySpin->setValue(current.financialYearStartDay);

    m_ui->nameEdit->setText(current.name);
    m_ui->registrationEdit->setText(current.registrationNumber);
    m_ui->currencyValue->setText(current.currency.code());
    m_ui->nominalEdit->setText(current.nominal().formatPlain());
    m_ui->individualCapEdit->setText(current.individualCap().formatPlain());
    m_ui->interestCapSpin->setValue(percentOf(current.interestCapBp));
    m_ui->dividendCapSpin->setValue(percentOf(current.dividendCapBp));
    m_ui->grantIdPrefixEdit->setText(current.grantIdPrefix);

    m_ui->nominalEdit->setEnabled(!isLedgerInUse);
    m_ui->noteLabel->setText(
        isLedgerInUse ? tr("The currency and the value of a share are fixed: the share ledger has entries, "
                           "and every amount in it is counted in them.")
                      : tr("The currency is chosen when the mutual is created. The value of a share is fixed "
                           "once the share ledger has its first entry."));

    m_ui->errorLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MutualSettingsDialog::trySave);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : { m_ui->nameEdit, m_ui->registrationEdit, m_ui->nominalEdit,
                             m_ui->individualCapEdit, m_ui->grantIdPrefixEdit })
        connect(edit, &QLineEdit::textChanged, this, &MutualSettingsDialog::revalidate);
    connect(m_ui->legalFormCombo, &QComboBox::currentIndexChanged, this, &MutualSettingsDialog::revalidate);
    connect(m_ui->yearStartMonthCombo, &QComboBox::currentIndexChanged, this,
            &MutualSettingsDialog::revalidate);
    connect(m_ui->yearStartDaySpin, &QSpinBox::valueChanged, this, &MutualSettingsDialog::revalidate);
    connect(m_ui->interestCapSpin, &QDoubleSpinBox::valueChanged, this, &MutualSettingsDialog::revalidate);
    connect(m_ui->dividendCapSpin, &QDoubleSpinBox::valueChanged, this, &MutualSettingsDialog::revalidate);
    revalidate();
    resize(width(), sizeHint().height());
}

MutualSettingsDialog::~MutualSettingsDialog() = default;

domain::Result<domain::Mutual> MutualSettingsDialog::mutual() const
{
    domain::Mutual mutual = m_current;
    mutual.name = m_ui->nameEdit->text().trimmed();
    mutual.legalForm = static_cast<domain::LegalForm>(m_ui->legalFormCombo->currentData().toInt());
    mutual.registrationNumber = m_ui->registrationEdit->text().trimmed();
    const auto nominal = domain::nominalShareValueFromText(m_ui->nominalEdit->text(), mutual.currency);
    if (!nominal)
        return nominal.error();
    mutual.nominalShareValue = *nominal;
    const auto cap = domain::Money::parse(m_ui->individualCapEdit->text().trimmed(), mutual.currency);
    if (!cap)
        return domain::Error { tr("Individual's cap: %1").arg(cap.error().message), cap.error().rule,
                               QStringLiteral("individualWithdrawableCap") };
    mutual.individualWithdrawableCap = cap->minorUnits();
    mutual.financialYearStartDay = m_ui->yearStartDaySpin->value();
    mutual.financialYearStartMonth = m_ui->yearStartMonthCombo->currentData().toInt();
    mutual.interestCapBp = basisPointsOf(m_ui->interestCapSpin);
    mutual.dividendCapBp = basisPointsOf(m_ui->dividendCapSpin);
    mutual.grantIdPrefix = m_ui->grantIdPrefixEdit->text().trimmed();
    if (auto valid = domain::validateMutual(mutual); !valid)
        return valid.error();
    return mutual;
}

void MutualSettingsDialog::revalidate()
{
    const auto entered = mutual();
    const QString message = entered ? QString() : entered.error().message;
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(entered.isOk());
}

void MutualSettingsDialog::trySave()
{
    const auto entered = mutual();
    if (!entered)
        return;
    if (*entered == m_current) {
        accept();
        return;
    }
    if (const auto saved = m_save(*entered); !saved) {
        m_ui->errorLabel->setText(saved.error().message);
        m_ui->errorLabel->setVisible(true);
        return;
    }
    accept();
}

} // namespace mutualise::app
