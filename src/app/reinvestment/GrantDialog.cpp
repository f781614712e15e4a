#include "app/reinvestment/GrantDialog.h"

#include "app/shell/MutualSession.h"
#include "app/widgets/ConfirmationBox.h"
#include "app/widgets/FitHeight.h"
#include "app/widgets/MessageLines.h"
#include "domain/Dates.h"
#include "domain/Money.h"
#include "storage/MotionRepository.h"
#include "storage/ProjectRepository.h"
#include "ui_GrantDialog.h"

#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace mutualise::app {

GrantDialog::GrantDialog(MutualSession& session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::GrantDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    reserveMessageLines(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Record…"));
    // Storage refuses a grant dated after today ("future-date"), so none is offered.
    m_ui->dateEdit->setMaximumDate(QDate::currentDate());
    m_ui->dateEdit->setDate(QDate::currentDate());
    m_ui->amountEdit->setPlaceholderText(domain::Money(250'000, session.mutual().currency).format(QLocale()));
    m_errors.setLabels({
        { m_ui->projectCombo, m_ui->projectError },
        { m_ui->dateEdit, m_ui->dateError },
        { m_ui->amountEdit, m_ui->amountError },
        { m_ui->motionCombo, m_ui->motionError },
        { m_ui->communityBenefitEdit, m_ui->communityBenefitError },
        { m_ui->referenceEdit, m_ui->referenceError },
    });
    // Long titles are shown whole in the lists, not by widening the dialog past a small screen.
    for (QComboBox* combo : { m_ui->projectCombo, m_ui->motionCombo }) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(32);
    }
    m_ui->previewLabel->hide();
    m_ui->fundBalanceLabel->setObjectName(u"fundBalanceLabel"_s);
    m_ui->fundBalanceLabel->setIndent(8);
    m_ui->fundBalanceLabel->setWordWrap(true);
    loadProjects();
    loadMotions();

    connect(m_ui->projectCombo, &QComboBox::currentIndexChanged, this, &GrantDialog::updateForProject);
    connect(m_ui->motionCombo, &QComboBox::currentIndexChanged, this, &GrantDialog::inputChanged);
    // A long title is cut in the closed list: the whole of it shows on hover.
    for (QComboBox* combo : { m_ui->projectCombo, m_ui->motionCombo }) {
        connect(combo, &QComboBox::currentTextChanged, combo, &QComboBox::setToolTip);
        combo->setToolTip(combo->currentText());
    }
    connect(m_ui->dateEdit, &DateEdit::dateChanged, this, &GrantDialog::inputChanged);
    connect(m_ui->dateEdit, &DateEdit::problemChanged, this, &GrantDialog::revalidate);
    connect(m_ui->amountEdit, &QLineEdit::textChanged, this, &GrantDialog::inputChanged);
    connect(m_ui->communityBenefitEdit, &QPlainTextEdit::textChanged, this, &GrantDialog::inputChanged);
    connect(m_ui->referenceEdit, &QLineEdit::textChanged, this, &GrantDialog::inputChanged);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &GrantDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &GrantDialog::reject);
    updateForProject();
    resize(sizeHint().width(), height());
    fitHeightToContents(this);
}

GrantDialog::~GrantDialog() = default;

// Completed and withdrawn projects take no grants ("project-closed"), so they are not offered.
void GrantDialog::loadProjects()
{
    const auto rows = storage::ProjectRepository(m_session.file()).projects();
    if (!rows) {
        showFieldHint(m_ui->projectCombo, rows.error().message);
        return;
    }
    for (const storage::ProjectRow& row : *rows) {
        if (domain::checkProjectOpenForGrants(row.project)) {
            m_projects.append(row.project);
            //: A project in a list: its number and title, "#3 Digital skills for carers"
            m_ui->projectCombo->addItem(tr("#%1 %2").arg(row.project.id).arg(row.project.title),
                                        row.project.id);
        }
    }
}

// Only a motion whose voting closed with it carried can approve a grant ("resolution-not-carried").
void GrantDialog::loadMotions()
{
    const auto motions = storage::MotionRepository(m_session.file()).all();
    if (!motions) {
        showFieldHint(m_ui->motionCombo, motions.error().message);
        return;
    }
    for (const domain::Motion& motion : *motions) {
        if (motion.state == domain::VoteState::Closed && motion.outcome == domain::MotionOutcome::Carried) {
            //: A motion in a list: its number and title, "#7 Fund the projects"
            m_ui->motionCombo->addItem(tr("#%1 %2").arg(motion.id).arg(motion.title), motion.id);
        }
    }
    // The latest carried motion is the likeliest to approve a grant being recorded now.
    m_ui->motionCombo->setCurrentIndex(m_ui->motionCombo->count() - 1);
}

void GrantDialog::setProject(qint64 projectId)
{
    const int index = m_ui->projectCombo->findData(projectId);
    if (index >= 0) {
        m_ui->projectCombo->setCurrentIndex(index);
        // The project is chosen: the amount is what is typed next.
        m_ui->amountEdit->setFocus();
    }
}

std::optional<domain::Project> GrantDialog::chosenProject() const
{
    const qint64 id = m_ui->projectCombo->currentData().toLongLong();
    for (const domain::Project& project : m_projects) {
        if (project.id == id) {
            return project;
        }
    }
    return std::nullopt;
}

// A community interest company's grant to a body that is not asset-locked states its benefit.
bool GrantDialog::isBenefitRequired() const
{
    const auto project = chosenProject();
    return m_session.mutual().legalForm == domain::LegalForm::CommunityInterestCompany && project
        && !domain::isRecipientAssetLockedOrCharity(*project);
}

void GrantDialog::updateForProject()
{
    const bool isCic = m_session.mutual().legalForm == domain::LegalForm::CommunityInterestCompany;
    m_ui->communityBenefitLabel->setVisible(isCic);
    m_ui->communityBenefitEdit->setVisible(isCic);
    m_ui->communityBenefitEdit->setPlaceholderText(
        isBenefitRequired() ? tr("Required: the recipient is not an asset-locked body or a charity")
                            : tr("Not required: the recipient is an asset-locked body or a charity"));
    inputChanged();
}

QString GrantDialog::fundBalanceText() const
{
    return m_ui->fundBalanceLabel->text();
}

std::optional<domain::Grant> GrantDialog::grant() const
{
    const auto amount
        = domain::Money::parse(m_ui->amountEdit->text(), m_session.mutual().currency, QLocale());
    const auto project = chosenProject();
    if (!amount || amount->minorUnits() <= 0 || !project || !m_ui->dateEdit->date().isValid()
        || m_ui->motionCombo->currentIndex() < 0) {
        return std::nullopt;
    }
    domain::Grant grant;
    grant.projectId = project->id;
    grant.amount = amount->minorUnits();
    grant.date = m_ui->dateEdit->date();
    grant.motionId = m_ui->motionCombo->currentData().toLongLong();
    grant.communityBenefit = !m_ui->communityBenefitEdit->isHidden()
        ? m_ui->communityBenefitEdit->toPlainText().trimmed()
        : QString();
    grant.reference = m_ui->referenceEdit->text().trimmed();
    return grant;
}

void GrantDialog::inputChanged()
{
    m_refusal.clear();
    m_refusalField = nullptr;
    revalidate();
}

void GrantDialog::revalidate()
{
    clearErrors();
    const QDate date = m_ui->dateEdit->date();
    m_ui->fundBalanceLabel->clear();
    if (date.isValid()) {
        const auto balance = storage::ProjectRepository(m_session.file()).fundBalanceOn(date);
        m_ui->fundBalanceLabel->setText(
            balance ? tr("The fund holds %1 at the end of %2.")
                          .arg(domain::Money(*balance, m_session.mutual().currency).format(QLocale()),
                               QLocale().toString(date, domain::typedDateFormat(QLocale())))
                    : balance.error().message);
    }
    if (m_ui->dateEdit->hasProblem()) {
        showFieldHint(m_ui->dateEdit, m_ui->dateEdit->problem());
    }
    if (m_ui->projectCombo->count() == 0) {
        showFieldHint(m_ui->projectCombo,
                      tr("No project can take a grant: completed and withdrawn projects "
                         "take none. Add a project first."));
    }
    if (m_ui->motionCombo->count() == 0) {
        showFieldHint(
            m_ui->motionCombo,
            tr("No motion has been carried yet. A grant is approved by a motion the members carried: "
               "put one to a meeting first."));
    }
    if (!m_ui->amountEdit->text().trimmed().isEmpty()) {
        const auto amount
            = domain::Money::parse(m_ui->amountEdit->text(), m_session.mutual().currency, QLocale());
        if (!amount) {
            showFieldHint(m_ui->amountEdit, amount.error().message);
        } else if (amount->minorUnits() <= 0) {
            showFieldHint(m_ui->amountEdit, tr("The amount must be more than zero."));
        }
    }
    if (m_refusalField) {
        showFieldHint(m_refusalField, m_refusal);
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(grant().has_value() && !m_session.file().isReadOnly());
    fitHeightToContents(this);
}

void GrantDialog::accept()
{
    const auto current = grant();
    const auto project = chosenProject();
    if (!current || !project) {
        return;
    }
    m_refusal.clear();
    m_refusalField = nullptr;
    clearErrors();
    // The fund's balance on the day is checked before asking, so that nobody confirms a grant the fund
    // cannot pay; storage checks it again, with the grants recorded after that day, when it records.
    const auto balance = storage::ProjectRepository(m_session.file()).fundBalanceOn(current->date);
    if (!balance) {
        showError(balance.error());
        return;
    }
    if (auto fits
        = domain::checkFundBalance(current->amount, *balance, current->date, m_session.mutual().currency);
        !fits) {
        showError(fits.error());
        return;
    }
    const QString amount = domain::Money(current->amount, m_session.mutual().currency).format(QLocale());
    Confirmation confirmation;
    confirmation.objectName = u"grantConfirmation"_s;
    confirmation.title = tr("Record the grant");
    //: %1 is an amount of money, %2 a project's title, %3 a date
    confirmation.text = tr("Record a grant of %1 to “%2” on %3? Grants are final: once recorded, a grant "
                           "cannot be changed or removed.")
                            .arg(amount, project->title,
                                 QLocale().toString(current->date, domain::typedDateFormat(QLocale())));
    confirmation.actionText = tr("&Record Grant");
    confirmation.actionObjectName = u"confirmGrantButton"_s;
    askToConfirm(this, confirmation, [this, grant = *current] { record(grant); });
}

void GrantDialog::record(const domain::Grant& grant)
{
    const auto recorded = storage::ProjectRepository(m_session.file()).addGrant(grant);
    if (!recorded) {
        showError(recorded.error());
        return;
    }
    m_session.notifyChanged();
    QDialog::accept();
}

void GrantDialog::showFieldHint(QWidget* field, const QString& message)
{
    m_errors.show(field, message);
}

void GrantDialog::clearErrors()
{
    m_errors.clear();
}

void GrantDialog::showError(const domain::Error& error)
{
    const QHash<QString, QWidget*> fieldsByName {
        { u"project"_s, m_ui->projectCombo },    { u"projectId"_s, m_ui->projectCombo },
        { u"amount"_s, m_ui->amountEdit },       { u"date"_s, m_ui->dateEdit },
        { u"motion"_s, m_ui->motionCombo },      { u"motionId"_s, m_ui->motionCombo },
        { u"reference"_s, m_ui->referenceEdit }, { u"communityBenefit"_s, m_ui->communityBenefitEdit },
    };
    QWidget* field = fieldsByName.value(error.field);
    if (field != nullptr && field->isHidden()) {
        field = nullptr; // a field not shown cannot show its message
    }
    if (m_errors.showRefusal(this, field, error.message, tr("Grant not recorded"))) {
        m_refusalField = field;
        m_refusal = error.message;
    }
}

} // namespace mutualise::app
