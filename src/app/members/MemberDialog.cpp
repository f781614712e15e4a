#include "app/members/MemberDialog.h"

#include "app/widgets/FitHeight.h"
#include "app/widgets/MessageLines.h"
#include "ui_MemberDialog.h"

#include <QPushButton>

#include <algorithm>

namespace mutualise::app {

using domain::MemberKind;
using domain::MemberStatus;

MemberDialog::MemberDialog(const QList<domain::MemberClass>& classes, SaveFunction save, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MemberDialog>())
    , m_save(std::move(save))
{
    m_ui->setupUi(this);
    reserveMessageLines(this);
    setWindowTitle(tr("Add Member"));
    m_ui->kindCombo->addItem(domain::kindLabel(MemberKind::Individual),
                             static_cast<int>(MemberKind::Individual));
    m_ui->kindCombo->addItem(domain::kindLabel(MemberKind::Organisation),
                             static_cast<int>(MemberKind::Organisation));
    for (const auto& memberClass : classes) {
        m_ui->classCombo->addItem(memberClass.name, memberClass.id);
    }
    fillStatuses(false);
    m_ui->statusCombo->setCurrentIndex(m_ui->statusCombo->findData(static_cast<int>(MemberStatus::Active)));
    // Storage refuses an admission dated after today ("future-date"), so none is offered.
    m_ui->admittedEdit->setMaximumDate(QDate::currentDate());
    m_ui->admittedEdit->setDate(QDate::currentDate());
    m_ui->numberEdit->setPlaceholderText(tr("e.g. 1042"));
    m_ui->emailEdit->setPlaceholderText(tr("optional"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Add Member"));

    m_ui->addressEdit->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    resize(460, height());
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MemberDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &MemberDialog::reject);
    for (auto* edit : { m_ui->numberEdit, m_ui->nameEdit, m_ui->emailEdit, m_ui->phoneEdit }) {
        connect(edit, &QLineEdit::textChanged, this, &MemberDialog::revalidate);
    }
    connect(m_ui->addressEdit, &QPlainTextEdit::textChanged, this, &MemberDialog::revalidate);
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this, &MemberDialog::revalidate);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &MemberDialog::revalidate);
    connect(m_ui->admittedEdit, &DateEdit::dateChanged, this, &MemberDialog::revalidate);
    connect(m_ui->admittedEdit, &DateEdit::problemChanged, this, &MemberDialog::revalidate);
    revalidate();
}

MemberDialog::~MemberDialog() = default;

void MemberDialog::fillStatuses(bool isCeasedIncluded)
{
    const QSignalBlocker blocker(m_ui->statusCombo);
    m_ui->statusCombo->clear();
    for (const auto status : domain::allStatuses()) {
        // Ceasing has its own dialog that records the date; it is not a status one picks here.
        if (status == MemberStatus::Ceased && !isCeasedIncluded) {
            continue;
        }
        m_ui->statusCombo->addItem(domain::statusLabel(status), static_cast<int>(status));
    }
}

void MemberDialog::setSuggestedClass(qint64 classId)
{
    const int index = m_ui->classCombo->findData(classId);
    if (index >= 0) {
        m_ui->classCombo->setCurrentIndex(index);
    }
}

void MemberDialog::setSuggestedNumber(const QString& number)
{
    m_suggestedNumber = number;
    m_ui->numberEdit->setText(number);
    m_ui->numberEdit->selectAll();
    revalidate();
}

void MemberDialog::setMember(const domain::Member& member)
{
    m_original = member;
    setWindowTitle(tr("Edit Member %1").arg(member.number));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    fillStatuses(member.status == MemberStatus::Ceased);
    m_ui->numberEdit->setText(member.number);
    m_ui->nameEdit->setText(member.name);
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(static_cast<int>(member.kind)));
    m_ui->classCombo->setCurrentIndex(m_ui->classCombo->findData(member.classId));
    m_ui->statusCombo->setCurrentIndex(m_ui->statusCombo->findData(static_cast<int>(member.status)));
    const bool isCeased = member.status == MemberStatus::Ceased;
    // Reinstating a ceased member is not supported: the status stays Ceased, and saying so beats
    // offering Active and then refusing the date of cessation the member still has.
    m_ui->statusCombo->setEnabled(!isCeased);
    m_ui->statusCombo->setToolTip(isCeased ? tr("A ceased member cannot be reinstated, so the status "
                                                "stays Ceased. Their other details can still be edited.")
                                           : QString());
    // Never later than the cessation, and never later than today unless the register already says so.
    QDate latestAdmission = std::max(QDate::currentDate(), member.admittedOn);
    if (isCeased && member.ceasedOn.isValid()) {
        latestAdmission = member.ceasedOn;
    }
    m_ui->admittedEdit->setMaximumDate(latestAdmission);
    if (member.admittedOn.isValid()) {
        m_ui->admittedEdit->setDate(member.admittedOn);
    }
    m_ui->emailEdit->setText(member.email);
    m_ui->phoneEdit->setText(member.phone);
    m_ui->addressEdit->setPlainText(member.address);
    revalidate();
}

domain::Member MemberDialog::member() const
{
    domain::Member member = m_original;
    member.number = m_ui->numberEdit->text().trimmed();
    member.name = m_ui->nameEdit->text().trimmed();
    member.kind = static_cast<MemberKind>(m_ui->kindCombo->currentData().toInt());
    member.classId = m_ui->classCombo->currentData().toLongLong();
    member.status = static_cast<MemberStatus>(m_ui->statusCombo->currentData().toInt());
    // An applicant has not been admitted yet, so the register holds no admission date for them.
    member.admittedOn = member.status == MemberStatus::Applicant ? QDate() : m_ui->admittedEdit->date();
    member.email = m_ui->emailEdit->text().trimmed();
    member.phone = m_ui->phoneEdit->text().trimmed();
    member.address = m_ui->addressEdit->toPlainText().trimmed();
    return member;
}

bool MemberDialog::isEntryValid() const
{
    const auto entered = member();
    const bool isDateRead = entered.status == MemberStatus::Applicant || entered.admittedOn.isValid();
    return isDateRead && validateMember(entered).isOk() && m_ui->classCombo->currentIndex() >= 0;
}

QLabel* MemberDialog::errorLabelFor(const QString& field) const
{
    if (field == u"number") {
        return m_ui->numberError;
    }
    if (field == u"name") {
        return m_ui->nameError;
    }
    if (field == u"email") {
        return m_ui->emailError;
    }
    if (field == u"admittedOn" || field == u"ceasedOn") {
        return m_ui->admittedError;
    }
    if (field == u"status") {
        return m_ui->statusError;
    }
    return m_ui->generalError;
}

void MemberDialog::showError(const domain::Error& error)
{
    QLabel* label = errorLabelFor(error.field);
    label->setText(error.message);
    label->setVisible(true);
    fitHeightToContents(this);
}

void MemberDialog::revalidate()
{
    for (auto* label : { m_ui->numberError, m_ui->nameError, m_ui->emailError, m_ui->admittedError,
                         m_ui->statusError, m_ui->generalError }) {
        label->clear();
        label->setVisible(false);
    }
    const auto entered = member();
    m_ui->admittedEdit->setEnabled(entered.status != MemberStatus::Applicant);
    const auto outcome = validateMember(entered);
    // An empty form is not yet wrong: say nothing about the number or name until something is typed.
    const bool isUntouched
        = (entered.number.isEmpty() || entered.number == m_suggestedNumber) && entered.name.isEmpty();
    const bool isDateAsked = entered.status != MemberStatus::Applicant;
    const bool hasDateProblem = isDateAsked && m_ui->admittedEdit->hasProblem();
    // A date still being typed is not yet wrong: the field names it once the user leaves it.
    const bool isDateBeingTyped = isDateAsked && !hasDateProblem && !entered.admittedOn.isValid();
    if (hasDateProblem) {
        showError({ m_ui->admittedEdit->problem(), QStringLiteral("unreadable-date"),
                    QStringLiteral("admittedOn") });
    } else if (!outcome && !isUntouched && !isDateBeingTyped) {
        showError(outcome.error());
    } else if (m_ui->classCombo->count() == 0) {
        showError(
            { tr("The mutual has no member classes yet."), QStringLiteral("unknown-class"), QString() });
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(isEntryValid());
    fitHeightToContents(this);
}

void MemberDialog::accept()
{
    if (!isEntryValid()) {
        return;
    }
    const auto saved = m_save(member());
    if (!saved) {
        auto error = saved.error();
        if (error.rule == u"duplicate-number") {
            error.field = QStringLiteral("number");
        }
        showError(error);
        if (error.field == u"number") {
            m_ui->numberEdit->setFocus();
            m_ui->numberEdit->selectAll();
        }
        return;
    }
    m_saved = saved.value();
    QDialog::accept();
}

} // namespace mutualise::app
