#include "app/reinvestment/PledgeDialog.h"

#include "app/shares/ShareEntryDialog.h"
#include "app/shell/MutualSession.h"
#include "app/widgets/ConfirmationBox.h"
#include "app/widgets/FitHeight.h"
#include "app/widgets/MessageLines.h"
#include "domain/Dates.h"
#include "domain/Money.h"
#include "storage/ProjectRepository.h"
#include "ui_PledgeDialog.h"

#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace mutualise::app {

PledgeDialog::PledgeDialog(MutualSession& session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PledgeDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    reserveMessageLines(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Record…"));
    m_memberCompleter = new MemberCompleter(session.file(), m_ui->memberEdit);
    // Storage refuses a pledge dated after today ("future-date"), so none is offered.
    m_ui->dateEdit->setMaximumDate(QDate::currentDate());
    m_ui->dateEdit->setDate(QDate::currentDate());
    m_ui->amountEdit->setPlaceholderText(domain::Money(50'000, session.mutual().currency).format(QLocale()));
    m_errors.setLabels({
        { m_ui->projectCombo, m_ui->projectError },
        { m_ui->memberEdit, m_ui->memberError },
        { m_ui->amountEdit, m_ui->amountError },
        { m_ui->dateEdit, m_ui->dateError },
        { m_ui->referenceEdit, m_ui->referenceError },
    });
    m_ui->projectCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->projectCombo->setMinimumContentsLength(32);
    loadProjects();

    connect(m_ui->projectCombo, &QComboBox::currentIndexChanged, this, &PledgeDialog::inputChanged);
    connect(m_ui->memberEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_member = m_memberCompleter->resolve(text);
        inputChanged();
    });
    connect(m_ui->amountEdit, &QLineEdit::textChanged, this, &PledgeDialog::inputChanged);
    connect(m_ui->referenceEdit, &QLineEdit::textChanged, this, &PledgeDialog::inputChanged);
    connect(m_ui->dateEdit, &DateEdit::dateChanged, this, &PledgeDialog::inputChanged);
    connect(m_ui->dateEdit, &DateEdit::problemChanged, this, &PledgeDialog::revalidate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PledgeDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PledgeDialog::reject);
    revalidate();
    resize(sizeHint().width(), height());
    fitHeightToContents(this);
}

PledgeDialog::~PledgeDialog() = default;

// Every project is listed with its status, so that a closed one chosen from the page is named as such.
void PledgeDialog::loadProjects()
{
    const auto rows = storage::ProjectRepository(m_session.file()).projects();
    if (!rows) {
        showFieldHint(m_ui->projectCombo, rows.error().message);
        return;
    }
    for (const storage::ProjectRow& row : *rows) {
        m_projects.append(row.project);
        //: A project in a list: its number, title and status, "#3 Digital skills for carers (approved)"
        m_ui->projectCombo->addItem(
            tr("#%1 %2 (%3)")
                .arg(row.project.id)
                .arg(row.project.title, domain::projectStatusLabel(row.project.status).toLower()),
            row.project.id);
    }
}

void PledgeDialog::setProject(qint64 projectId)
{
    const int index = m_ui->projectCombo->findData(projectId);
    if (index >= 0) {
        m_ui->projectCombo->setCurrentIndex(index);
        // The project is chosen: the member is what is typed next.
        m_ui->memberEdit->setFocus();
    }
}

void PledgeDialog::setMember(const domain::Member& member)
{
    m_ui->memberEdit->setText(MemberCompleter::displayText(member));
}

std::optional<domain::Project> PledgeDialog::chosenProject() const
{
    const qint64 id = m_ui->projectCombo->currentData().toLongLong();
    for (const domain::Project& project : m_projects) {
        if (project.id == id) {
            return project;
        }
    }
    return std::nullopt;
}

std::optional<domain::Pledge> PledgeDialog::pledge() const
{
    const auto amount
        = domain::Money::parse(m_ui->amountEdit->text(), m_session.mutual().currency, QLocale());
    const auto project = chosenProject();
    if (!amount || amount->minorUnits() <= 0 || !project || !m_member || !m_ui->dateEdit->date().isValid()) {
        return std::nullopt;
    }
    domain::Pledge pledge;
    pledge.projectId = project->id;
    pledge.memberId = m_member->id;
    pledge.amount = amount->minorUnits();
    pledge.date = m_ui->dateEdit->date();
    pledge.reference = m_ui->referenceEdit->text().trimmed();
    return pledge;
}

void PledgeDialog::inputChanged()
{
    m_refusal.clear();
    m_refusalField = nullptr;
    revalidate();
}

void PledgeDialog::revalidate()
{
    clearErrors();
    if (const auto project = chosenProject()) {
        if (auto open = domain::checkProjectOpenForPledges(*project); !open) {
            showFieldHint(m_ui->projectCombo, open.error().message);
        }
    } else if (m_ui->projectCombo->count() == 0) {
        showFieldHint(m_ui->projectCombo, tr("There is no project to pledge to yet."));
    }
    const QString memberText = m_ui->memberEdit->text().trimmed();
    if (!memberText.isEmpty() && !m_member) {
        showFieldHint(m_ui->memberEdit,
                      tr("No member has the number “%1”. Pick one from the list.")
                          .arg(memberText.section(u" — "_s, 0, 0)));
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
    if (m_ui->dateEdit->hasProblem()) {
        showFieldHint(m_ui->dateEdit, m_ui->dateEdit->problem());
    }
    if (m_refusalField) {
        showFieldHint(m_refusalField, m_refusal);
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(pledge().has_value() && !m_session.file().isReadOnly());
    fitHeightToContents(this);
}

void PledgeDialog::accept()
{
    const auto current = pledge();
    const auto project = chosenProject();
    if (!current || !project) {
        return;
    }
    m_refusal.clear();
    m_refusalField = nullptr;
    clearErrors();
    // A closed project is named before anyone is asked to confirm; storage checks it again.
    if (auto open = domain::checkProjectOpenForPledges(*project); !open) {
        showError(open.error());
        return;
    }
    Confirmation confirmation;
    confirmation.objectName = u"pledgeConfirmation"_s;
    confirmation.title = tr("Record the pledge");
    //: %1 is a member's number and name, %2 an amount of money, %3 a project's title, %4 a date
    confirmation.text
        = tr("Record that %1 pledged %2 to “%3” on %4? Pledges are final: once recorded, a "
             "pledge cannot be changed or removed.")
              .arg(MemberCompleter::displayText(*m_member),
                   domain::Money(current->amount, m_session.mutual().currency).format(QLocale()),
                   project->title, QLocale().toString(current->date, domain::typedDateFormat(QLocale())));
    confirmation.actionText = tr("&Record Pledge");
    confirmation.actionObjectName = u"confirmPledgeButton"_s;
    askToConfirm(this, confirmation, [this, pledge = *current] { record(pledge); });
}

void PledgeDialog::record(const domain::Pledge& pledge)
{
    const auto recorded = storage::ProjectRepository(m_session.file()).addPledge(pledge);
    if (!recorded) {
        showError(recorded.error());
        return;
    }
    m_session.notifyChanged();
    QDialog::accept();
}

void PledgeDialog::showFieldHint(QWidget* field, const QString& message)
{
    m_errors.show(field, message);
}

void PledgeDialog::clearErrors()
{
    m_errors.clear();
}

void PledgeDialog::showError(const domain::Error& error)
{
    const QHash<QString, QWidget*> fieldsByName {
        { u"project"_s, m_ui->projectCombo },    { u"projectId"_s, m_ui->projectCombo },
        { u"member"_s, m_ui->memberEdit },       { u"memberId"_s, m_ui->memberEdit },
        { u"amount"_s, m_ui->amountEdit },       { u"date"_s, m_ui->dateEdit },
        { u"reference"_s, m_ui->referenceEdit },
    };
    QWidget* field = fieldsByName.value(error.field);
    if (m_errors.showRefusal(this, field, error.message, tr("Pledge not recorded"))) {
        m_refusalField = field;
        m_refusal = error.message;
    }
}

} // namespace mutualise::app
