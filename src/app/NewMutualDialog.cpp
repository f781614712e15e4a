#include "NewMutualDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mutualise::app {

using domain::Error;

NewMutualDialog::NewMutualDialog(QWidget* parent)
    : QDialog(parent)
    , m_nameEdit(new QLineEdit(this))
    , m_legalFormCombo(new QComboBox(this))
    , m_registrationEdit(new QLineEdit(this))
    , m_currencyCombo(new QComboBox(this))
    , m_nominalEdit(new QLineEdit(this))
    , m_yearStartDay(new QSpinBox(this))
    , m_yearStartMonth(new QComboBox(this))
    , m_classTable(new QTableWidget(0, 2, this))
    , m_errorLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Mutual"));
    m_nameEdit->setPlaceholderText(tr("e.g. Shared Digital Services Co-operative"));
    for (const auto form : domain::allLegalForms()) {
        m_legalFormCombo->addItem(domain::legalFormLabel(form), static_cast<int>(form));
    }
    for (const auto* code : { "GBP", "EUR", "USD", "CHF", "SEK", "NOK", "DKK", "CAD", "AUD", "NZD", "JPY" }) {
        if (domain::Currency::fromCode(QString::fromLatin1(code))) {
            m_currencyCombo->addItem(QString::fromLatin1(code));
        }
    }
    m_nominalEdit->setObjectName(QStringLiteral("nominalEdit"));
    m_nominalEdit->setText(domain::Money(100, domain::Currency::gbp()).formatPlain());
    m_yearStartDay->setRange(1, 31);
    m_yearStartDay->setValue(1);
    const QLocale locale;
    for (int month = 1; month <= 12; ++month) {
        m_yearStartMonth->addItem(locale.standaloneMonthName(month), month);
    }
    m_yearStartMonth->setCurrentIndex(3); // April, as UK public bodies

    m_classTable->setHorizontalHeaderLabels({ tr("Class"), tr("Minimum shares") });
    m_classTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_classTable->verticalHeader()->hide();
    m_classTable->setMinimumHeight(150);
    addClassRow(tr("Founding council"), 1);
    addClassRow(tr("Employee"), 1);
    addClassRow(tr("Community"), 1);
    addClassRow(tr("Investor"), 1);
    auto* addClass = new QPushButton(tr("Add C&lass"), this);
    auto* removeClass = new QPushButton(tr("&Remove Class"), this);
    connect(addClass, &QPushButton::clicked, this, [this] {
        addClassRow(QString(), 1);
        m_classTable->setCurrentCell(m_classTable->rowCount() - 1, 0);
        m_classTable->editItem(m_classTable->item(m_classTable->rowCount() - 1, 0));
    });
    connect(removeClass, &QPushButton::clicked, this, [this] {
        if (m_classTable->currentRow() >= 0) {
            m_classTable->removeRow(m_classTable->currentRow());
            revalidate();
        }
    });
    connect(m_classTable, &QTableWidget::itemChanged, this, &NewMutualDialog::revalidate);

    auto* yearStart = new QHBoxLayout;
    yearStart->addWidget(m_yearStartDay);
    yearStart->addWidget(m_yearStartMonth, 1);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const auto addRow = [this, form](const QString& text, QWidget* field, QLayout* fieldLayout = nullptr) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        if (fieldLayout != nullptr) {
            form->addRow(label, fieldLayout);
        } else {
            form->addRow(label, field);
        }
    };
    addRow(tr("&Name:"), m_nameEdit);
    addRow(tr("&Legal form:"), m_legalFormCombo);
    addRow(tr("Re&gistration number:"), m_registrationEdit);
    addRow(tr("&Currency:"), m_currencyCombo);
    addRow(tr("Nominal share &value:"), m_nominalEdit);
    addRow(tr("Financial year &starts:"), m_yearStartDay, yearStart);

    auto* classButtons = new QHBoxLayout;
    classButtons->addWidget(addClass);
    classButtons->addWidget(removeClass);
    classButtons->addStretch();
    auto* classesLabel = new QLabel(tr("&Member classes:"), this);
    classesLabel->setBuddy(m_classTable);

    m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_errorLabel->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create…"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isEntryValid()) {
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addLayout(form);
    layout->addWidget(classesLabel);
    layout->addWidget(m_classTable, 1);
    layout->addLayout(classButtons);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    resize(520, 560);

    connect(m_nameEdit, &QLineEdit::textChanged, this, &NewMutualDialog::revalidate);
    connect(m_registrationEdit, &QLineEdit::textChanged, this, &NewMutualDialog::revalidate);
    connect(m_nominalEdit, &QLineEdit::textChanged, this, &NewMutualDialog::revalidate);
    connect(m_currencyCombo, &QComboBox::currentIndexChanged, this, &NewMutualDialog::revalidate);
    connect(m_legalFormCombo, &QComboBox::currentIndexChanged, this, &NewMutualDialog::revalidate);
    connect(m_yearStartDay, &QSpinBox::valueChanged, this, &NewMutualDialog::revalidate);
    connect(m_yearStartMonth, &QComboBox::currentIndexChanged, this, &NewMutualDialog::revalidate);
    revalidate();
}

void NewMutualDialog::addClassRow(const QString& name, qint64 minimumShares)
{
    const QSignalBlocker blocker(m_classTable);
    const int row = m_classTable->rowCount();
    m_classTable->insertRow(row);
    m_classTable->setItem(row, 0, new QTableWidgetItem(name));
    auto* minimum = new QTableWidgetItem(QString::number(minimumShares));
    minimum->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_classTable->setItem(row, 1, minimum);
}

domain::Result<domain::Mutual> NewMutualDialog::mutual() const
{
    domain::Mutual mutual;
    mutual.name = m_nameEdit->text().trimmed();
    mutual.legalForm = static_cast<domain::LegalForm>(m_legalFormCombo->currentData().toInt());
    mutual.registrationNumber = m_registrationEdit->text().trimmed();
    const auto currency = domain::Currency::fromCode(m_currencyCombo->currentText());
    if (!currency) {
        return currency.error();
    }
    mutual.currency = currency.value();
    const auto nominal = domain::Money::parse(m_nominalEdit->text().trimmed(), mutual.currency);
    if (!nominal) {
        return Error { tr("Nominal share value: %1").arg(nominal.error().message), nominal.error().rule,
                       QStringLiteral("nominalShareValue") };
    }
    mutual.nominalShareValue = nominal->minorUnits();
    mutual.financialYearStartDay = m_yearStartDay->value();
    mutual.financialYearStartMonth = m_yearStartMonth->currentData().toInt();
    const auto outcome = domain::validateMutual(mutual);
    if (!outcome) {
        return outcome.error();
    }
    return mutual;
}

domain::Result<QList<domain::MemberClass>> NewMutualDialog::memberClasses() const
{
    QList<domain::MemberClass> classes;
    QStringList names;
    for (int row = 0; row < m_classTable->rowCount(); ++row) {
        domain::MemberClass memberClass;
        const auto* nameItem = m_classTable->item(row, 0);
        const auto* minimumItem = m_classTable->item(row, 1);
        memberClass.name = nameItem != nullptr ? nameItem->text().trimmed() : QString();
        bool isNumber = false;
        memberClass.minimumShares
            = minimumItem != nullptr ? minimumItem->text().trimmed().toLongLong(&isNumber) : 0;
        if (!isNumber) {
            return Error { tr("Row %1: the minimum shares must be a whole number.").arg(row + 1),
                           QStringLiteral("invalid-number"), QStringLiteral("minimumShares") };
        }
        if (names.contains(memberClass.name, Qt::CaseInsensitive)) {
            return Error { tr("Two classes are called “%1”.").arg(memberClass.name),
                           QStringLiteral("duplicate-class"), QStringLiteral("name") };
        }
        const auto outcome = domain::validateMemberClass(memberClass);
        if (!outcome) {
            return Error { tr("Row %1: %2").arg(row + 1).arg(outcome.error().message), outcome.error().rule,
                           outcome.error().field };
        }
        names << memberClass.name;
        classes << memberClass;
    }
    if (classes.isEmpty()) {
        return Error { tr("A mutual needs at least one member class."), QStringLiteral("no-classes"),
                       QString() };
    }
    return classes;
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
        message = m_nameEdit->text().trimmed().isEmpty() && entered.error().field == u"name"
            ? QString()
            : entered.error().message;
    } else if (!classes) {
        message = classes.error().message;
    }
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(entered.isOk() && classes.isOk());
}

} // namespace mutualise::app
