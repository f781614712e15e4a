#include "app/shell/NewMutualDialog.h"

#include "app/widgets/MessageLines.h"
#include "ui_NewMutualDialog.h"

#include <QHeaderView>
#include <QPushButton>

namespace mutualise::app {

NewMutualDialog::NewMutualDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewMutualDialog>())
{
    m_ui->setupUi(this);
    reserveMessageLines(this);
    fillChoices();

    // Tab leaves the table for the buttons below it; the arrow keys move between its cells.
    m_ui->classTable->setTabKeyNavigation(false);
    QHeaderView* classColumns = m_ui->classTable->horizontalHeader();
    classColumns->setSectionResizeMode(0, QHeaderView::Stretch);
    classColumns->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->classTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    addClassRow(tr("Founding council"), 1);
    addClassRow(tr("Employee"), 1);
    addClassRow(tr("Community"), 1);
    addClassRow(tr("Investor"), 1);

    m_ui->errorLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Create…"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (isEntryValid()) {
            accept();
        }
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->addClassButton, &QPushButton::clicked, this, &NewMutualDialog::addEmptyClassRow);
    connect(m_ui->removeClassButton, &QPushButton::clicked, this, &NewMutualDialog::removeCurrentClassRow);
    connect(m_ui->classTable, &QTableWidget::itemChanged, this, &NewMutualDialog::revalidate);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &NewMutualDialog::revalidate);
    connect(m_ui->registrationEdit, &QLineEdit::textChanged, this, &NewMutualDialog::revalidate);
    connect(m_ui->nominalEdit, &QLineEdit::textChanged, this, &NewMutualDialog::revalidate);
    connect(m_ui->currencyCombo, &QComboBox::currentIndexChanged, this, &NewMutualDialog::revalidate);
    connect(m_ui->legalFormCombo, &QComboBox::currentIndexChanged, this, &NewMutualDialog::revalidate);
    connect(m_ui->yearStartDaySpin, &QSpinBox::valueChanged, this, &NewMutualDialog::revalidate);
    connect(m_ui->yearStartMonthCombo, &QComboBox::currentIndexChanged, this, &NewMutualDialog::revalidate);
    revalidate();
}

NewMutualDialog::~NewMutualDialog() = default;

QLineEdit* NewMutualDialog::nameField() const
{
    return m_ui->nameEdit;
}

void NewMutualDialog::fillChoices()
{
    for (const auto form : domain::allLegalForms()) {
        m_ui->legalFormCombo->addItem(domain::legalFormLabel(form), static_cast<int>(form));
    }
    for (const auto* code : { "GBP", "EUR", "USD", "CHF", "SEK", "NOK", "DKK", "CAD", "AUD", "NZD", "JPY" }) {
        if (domain::Currency::fromCode(QString::fromLatin1(code))) {
            m_ui->currencyCombo->addItem(QString::fromLatin1(code));
        }
    }
    m_ui->nominalEdit->setText(domain::Money(100, domain::Currency::gbp()).formatPlain());
    m_ui->yearStartDaySpin->setValue(1);
    const QLocale locale;
    for (int month = 1; month <= 12; ++month) {
        m_ui->yearStartMonthCombo->addItem(locale.standaloneMonthName(month), month);
    }
    m_ui->yearStartMonthCombo->setCurrentIndex(3); // April, as UK public bodies
}

void NewMutualDialog::addEmptyClassRow()
{
    addClassRow(QString(), 1);
    const int row = m_ui->classTable->rowCount() - 1;
    m_ui->classTable->setCurrentCell(row, 0);
    m_ui->classTable->editItem(m_ui->classTable->item(row, 0));
}

void NewMutualDialog::removeCurrentClassRow()
{
    if (m_ui->classTable->currentRow() >= 0) {
        m_ui->classTable->removeRow(m_ui->classTable->currentRow());
        revalidate();
    }
}

void NewMutualDialog::addClassRow(const QString& name, qint64 minimumShares)
{
    const QSignalBlocker blocker(m_ui->classTable);
    const int row = m_ui->classTable->rowCount();
    m_ui->classTable->insertRow(row);
    m_ui->classTable->setItem(row, 0, new QTableWidgetItem(name));
    auto* minimum = new QTableWidgetItem(QString::number(minimumShares));
    minimum->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_ui->classTable->setItem(row, 1, minimum);
}

domain::Result<domain::Mutual> NewMutualDialog::mutual() const
{
    domain::Mutual mutual;
    mutual.name = m_ui->nameEdit->text().trimmed();
    mutual.legalForm = static_cast<domain::LegalForm>(m_ui->legalFormCombo->currentData().toInt());
    mutual.registrationNumber = m_ui->registrationEdit->text().trimmed();
    const auto currency = domain::Currency::fromCode(m_ui->currencyCombo->currentText());
    if (!currency) {
        return currency.error();
    }
    mutual.currency = currency.value();
    const auto nominal = domain::nominalShareValueFromText(m_ui->nominalEdit->text(), mutual.currency);
    if (!nominal) {
        return nominal.error();
    }
    mutual.nominalShareValue = *nominal;
    mutual.financialYearStartDay = m_ui->yearStartDaySpin->value();
    mutual.financialYearStartMonth = m_ui->yearStartMonthCombo->currentData().toInt();
    const auto outcome = domain::validateMutual(mutual);
    if (!outcome) {
        return outcome.error();
    }
    return mutual;
}

domain::Result<QList<domain::MemberClass>> NewMutualDialog::memberClasses() const
{
    QList<domain::MemberClassRow> rows;
    for (int row = 0; row < m_ui->classTable->rowCount(); ++row) {
        const auto* nameItem = m_ui->classTable->item(row, 0);
        const auto* minimumItem = m_ui->classTable->item(row, 1);
        rows.append({ nameItem != nullptr ? nameItem->text() : QString(),
                      minimumItem != nullptr ? minimumItem->text() : QString() });
    }
    return domain::memberClassesFromRows(rows);
}

bool NewMutualDialog::isEntryValid() const
{
    return mutual().isOk() && memberClasses().isOk();
}

void NewMutualDialog::revalidate()
{
    const auto entered = mutual();
    const auto classes = memberClasses();
    QString message;
    if (!entered) {
        // Say nothing about the empty name of a form just opened.
        message = m_ui->nameEdit->text().trimmed().isEmpty() && entered.error().field == u"name"
            ? QString()
            : entered.error().message;
    } else if (!classes) {
        message = classes.error().message;
    }
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(entered.isOk() && classes.isOk());
}

} // namespace mutualise::app
