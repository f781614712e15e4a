#include "app/contributions/ContributionDialog.h"

#include "app/contributions/ContributionKindDialog.h"
#include "app/shares/ShareEntryDialog.h"
#include "app/shell/MutualSession.h"
#include "app/widgets/FitHeight.h"
#include "app/widgets/MessageLines.h"
#include "domain/Money.h"
#include "storage/ContributionRepository.h"
#include "storage/ProjectRepository.h"
#include "storage/ServiceRepository.h"
#include "ui_ContributionDialog.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace mutualise::app {

namespace {
const QString inKind = u"in-kind"_s;
} // namespace

ContributionDialog::ContributionDialog(MutualSession& session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ContributionDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    reserveMessageLines(this);
    m_memberCompleter = new MemberCompleter(session.file(), m_ui->memberEdit);
    // Storage refuses a contribution dated after today ("future-date"), so none is offered.
    m_ui->dateEdit->setMaximumDate(QDate::currentDate());
    m_ui->dateEdit->setDate(QDate::currentDate());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    m_ui->addKindButton->setEnabled(!session.file().isReadOnly());
    fillKinds(u"fee"_s);
    fillServicesAndProjects();
    collectErrorLabels();

    connect(m_ui->memberEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_member = m_memberCompleter->resolve(text);
        revalidate();
    });
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &ContributionDialog::updateForKind);
    connect(m_ui->addKindButton, &QPushButton::clicked, this, &ContributionDialog::openNewKindDialog);
    connect(m_ui->dateEdit, &DateEdit::dateChanged, this, &ContributionDialog::revalidate);
    connect(m_ui->dateEdit, &DateEdit::problemChanged, this, &ContributionDialog::revalidate);
    for (QLineEdit* edit : { m_ui->amountEdit, m_ui->daysEdit, m_ui->dayRateEdit, m_ui->referenceEdit }) {
        connect(edit, &QLineEdit::textChanged, this, &ContributionDialog::revalidate);
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ContributionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ContributionDialog::reject);

    updateForKind();
    resize(sizeHint().width(), height());
    fitHeightToContents(this);
}

ContributionDialog::~ContributionDialog() = default;

void ContributionDialog::fillKinds(const QString& selectKey)
{
    const QSignalBlocker blocker(m_ui->kindCombo);
    m_ui->kindCombo->clear();
    const auto kinds = storage::ContributionRepository(m_session.file()).kinds();
    if (kinds) {
        for (const domain::ContributionKind& kind : *kinds) {
            m_ui->kindCombo->addItem(domain::contributionKindLabel(kind.key, kind.label), kind.key);
        }
    }
    m_ui->kindCombo->setCurrentIndex(std::max(0, m_ui->kindCombo->findData(selectKey)));
}

void ContributionDialog::fillServicesAndProjects()
{
    m_ui->serviceCombo->addItem(tr("None"));
    if (const auto services = storage::ServiceRepository(m_session.file()).services()) {
        for (const domain::Service& service : *services) {
            m_ui->serviceCombo->addItem(service.name, service.id);
        }
    }
    m_ui->projectCombo->addItem(tr("None"));
    if (const auto projects = storage::ProjectRepository(m_session.file()).projects()) {
        for (const storage::ProjectRow& row : *projects) {
            m_ui->projectCombo->addItem(row.project.title, row.project.id);
        }
    }
}

void ContributionDialog::collectErrorLabels()
{
    // Each field has a hidden error row under it, shown when a check or a rule of the record concerns it.
    m_errors.setLabels({
        { m_ui->memberEdit, m_ui->memberError },
        { m_ui->kindCombo, m_ui->kindError },
        { m_ui->dateEdit, m_ui->dateError },
        { m_ui->amountEdit, m_ui->amountError },
        { m_ui->daysEdit, m_ui->daysError },
        { m_ui->dayRateEdit, m_ui->dayRateError },
        { m_ui->serviceCombo, m_ui->serviceError },
        { m_ui->projectCombo, m_ui->projectError },
        { m_ui->referenceEdit, m_ui->referenceError },
        { m_ui->noteEdit, m_ui->noteError },
    });
    clearErrors();
}

void ContributionDialog::setMember(const domain::Member& member)
{
    m_ui->memberEdit->setText(MemberCompleter::displayText(member));
}

void ContributionDialog::setKind(const QString& key)
{
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(key));
}

bool ContributionDialog::isInKind() const
{
    return m_ui->kindCombo->currentData().toString() == inKind;
}

void ContributionDialog::updateForKind()
{
    // Time in kind is valued as days × day rate; every other kind is an amount.
    const bool inKindShown = isInKind();
    for (QWidget* widget :
         { static_cast<QWidget*>(m_ui->daysLabel), static_cast<QWidget*>(m_ui->daysEdit),
           static_cast<QWidget*>(m_ui->dayRateLabel), static_cast<QWidget*>(m_ui->dayRateEdit),
           static_cast<QWidget*>(m_ui->valueLabel) }) {
        widget->setVisible(inKindShown);
    }
    m_ui->amountLabel->setVisible(!inKindShown);
    m_ui->amountEdit->setVisible(!inKindShown);
    revalidate();
}

std::optional<qint64> ContributionDialog::inKindValue() const
{
    const auto days = domain::daysFromText(m_ui->daysEdit->text().trimmed());
    const auto rate = domain::Money::parse(m_ui->dayRateEdit->text(), m_session.mutual().currency, QLocale());
    if (!days || !rate || rate->minorUnits() <= 0) {
        return std::nullopt;
    }
    const auto value = domain::inKindValue(*days, rate->minorUnits());
    return value ? std::optional(*value) : std::nullopt;
}

std::optional<domain::Contribution> ContributionDialog::contribution() const
{
    if (!m_member || !m_ui->dateEdit->date().isValid() || m_ui->kindCombo->currentIndex() < 0) {
        return std::nullopt;
    }
    domain::Contribution contribution;
    contribution.kind = m_ui->kindCombo->currentData().toString();
    contribution.memberId = m_member->id;
    contribution.date = m_ui->dateEdit->date();
    const domain::Currency currency = m_session.mutual().currency;
    if (isInKind()) {
        const auto days = domain::daysFromText(m_ui->daysEdit->text().trimmed());
        const auto rate = domain::Money::parse(m_ui->dayRateEdit->text(), currency, QLocale());
        const auto value = inKindValue();
        if (!days || !rate || !value) {
            return std::nullopt;
        }
        contribution.daysHundredths = *days;
        contribution.dayRate = rate->minorUnits();
        contribution.amount = *value;
    } else {
        const auto amount = domain::Money::parse(m_ui->amountEdit->text(), currency, QLocale());
        if (!amount) {
            return std::nullopt;
        }
        // Nought or less goes to storage, which names the rule ("invalid-amount").
        contribution.amount = amount->minorUnits();
    }
    if (m_ui->serviceCombo->currentIndex() > 0) {
        contribution.serviceId = m_ui->serviceCombo->currentData().toLongLong();
    }
    if (m_ui->projectCombo->currentIndex() > 0) {
        contribution.projectId = m_ui->projectCombo->currentData().toLongLong();
    }
    contribution.reference = m_ui->referenceEdit->text().trimmed();
    contribution.note = m_ui->noteEdit->toPlainText().trimmed();
    return contribution;
}

void ContributionDialog::revalidate()
{
    clearErrors();
    const QString memberText = m_ui->memberEdit->text().trimmed();
    if (!memberText.isEmpty() && !m_member) {
        showFieldHint(m_ui->memberEdit,
                      tr("No member has the number “%1”. Pick one from the list.")
                          .arg(memberText.section(u" — "_s, 0, 0)));
    }
    if (m_ui->dateEdit->hasProblem()) {
        showFieldHint(m_ui->dateEdit, m_ui->dateEdit->problem());
    }
    const domain::Currency currency = m_session.mutual().currency;
    if (isInKind()) {
        const QString daysText = m_ui->daysEdit->text().trimmed();
        const QString rateText = m_ui->dayRateEdit->text().trimmed();
        const auto days = domain::daysFromText(daysText);
        if (!daysText.isEmpty() && !days) {
            showFieldHint(m_ui->daysEdit, days.error().message);
        }
        const auto rate = domain::Money::parse(rateText, currency, QLocale());
        if (!rateText.isEmpty() && !rate) {
            showFieldHint(m_ui->dayRateEdit, rate.error().message);
        }
        QString valueText;
        if (days && rate && rate->minorUnits() > 0) {
            const auto value = domain::inKindValue(*days, rate->minorUnits());
            if (value) {
                //: The value of time in kind, worked out as it is typed: "= £833.33"
                valueText = tr("= %1").arg(domain::Money(*value, currency).format(QLocale()));
            } else {
                showFieldHint(m_ui->dayRateEdit, value.error().message);
            }
        }
        m_ui->valueLabel->setText(valueText);
        m_ui->valueLabel->setToolTip(tr("Days × day rate, rounded half up to the penny"));
    } else {
        const QString amountText = m_ui->amountEdit->text().trimmed();
        const auto amount = domain::Money::parse(amountText, currency, QLocale());
        if (!amountText.isEmpty() && !amount) {
            showFieldHint(m_ui->amountEdit, amount.error().message);
        }
    }
    const bool canRecord = contribution().has_value() && !m_session.file().isReadOnly();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(canRecord);
    fitHeightToContents(this);
}

void ContributionDialog::openNewKindDialog()
{
    auto* dialog = new ContributionKindDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ContributionKindDialog::kindAdded, this, [this](const domain::ContributionKind& kind) {
        fillKinds(kind.key);
        updateForKind();
    });
    dialog->open();
}

void ContributionDialog::showFieldHint(QWidget* field, const QString& message)
{
    m_errors.show(field, message);
}

void ContributionDialog::clearErrors()
{
    m_errors.clear();
}

void ContributionDialog::showError(const domain::Error& error)
{
    QWidget* amountField = isInKind() ? static_cast<QWidget*>(m_ui->dayRateEdit) : m_ui->amountEdit;
    const QHash<QString, QWidget*> fieldsByName {
        { u"member"_s, m_ui->memberEdit },    { u"memberId"_s, m_ui->memberEdit },
        { u"kind"_s, m_ui->kindCombo },       { u"date"_s, m_ui->dateEdit },
        { u"amount"_s, amountField },         { u"days"_s, m_ui->daysEdit },
        { u"dayRate"_s, m_ui->dayRateEdit },  { u"service"_s, m_ui->serviceCombo },
        { u"project"_s, m_ui->projectCombo }, { u"reference"_s, m_ui->referenceEdit },
        { u"note"_s, m_ui->noteEdit },
    };
    QWidget* field = fieldsByName.value(error.field);
    if (field != nullptr && !field->isVisible()) {
        field = nullptr; // a field not shown cannot show its message
    }
    m_errors.showRefusal(this, field, error.message, tr("Contribution not recorded"));
}

void ContributionDialog::accept()
{
    const auto current = contribution();
    if (!current || m_session.file().isReadOnly()) {
        return;
    }
    const auto recorded = storage::ContributionRepository(m_session.file()).add(*current);
    if (!recorded) {
        showError(recorded.error());
        return;
    }
    m_session.notifyChanged();
    QDialog::accept();
}

} // namespace mutualise::app
