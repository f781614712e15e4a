#include "app/reinvestment/ProjectDialog.h"

#include "app/shell/MutualSession.h"
#include "app/widgets/ConfirmationBox.h"
#include "app/widgets/FitHeight.h"
#include "app/widgets/MessageLines.h"
#include "domain/Money.h"
#include "domain/Text.h"
#include "storage/ProjectRepository.h"
#include "ui_ProjectDialog.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mutualise::app {

ProjectDialog::ProjectDialog(MutualSession& session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProjectDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->endsLabel->setBuddy(m_ui->endsEdit);
    reserveMessageLines(this);
    setWindowTitle(tr("New project"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_ui->startsEdit->setDate({});
    m_ui->endsEdit->setDate({});
    //: The hint an optional date field shows while it is empty
    m_ui->startsEdit->setPlaceholderText(tr("Not known"));
    m_ui->endsEdit->setPlaceholderText(tr("Not known"));
    m_ui->targetEdit->setPlaceholderText(
        domain::Money(1'200'000, session.mutual().currency).format(QLocale()));
    m_ui->assetLockedCheck->setToolTip(
        tr("A community interest company may grant to an asset-locked body or a charity without stating the "
           "community benefit each grant serves."));
    m_errors.setLabels({
        { m_ui->titleEdit, m_ui->titleError },
        { m_ui->categoryCombo, m_ui->categoryError },
        { m_ui->recipientNameEdit, m_ui->recipientNameError },
        { m_ui->orgIdEdit, m_ui->orgIdError },
        { m_ui->targetEdit, m_ui->targetError },
        { m_ui->startsEdit, m_ui->datesError },
        { m_ui->endsEdit, m_ui->datesError },
        { m_ui->statusCombo, m_ui->statusError },
        { m_ui->descriptionEdit, m_ui->descriptionError },
        { m_ui->outcomesEdit, m_ui->outcomesError },
    });
    loadCategories({});
    loadStatuses();
    m_ui->newCategoryButton->setEnabled(!session.file().isReadOnly());

    for (QLineEdit* edit : { m_ui->titleEdit, m_ui->recipientNameEdit, m_ui->orgIdEdit, m_ui->targetEdit }) {
        connect(edit, &QLineEdit::textChanged, this, &ProjectDialog::inputChanged);
    }
    for (DateEdit* edit : { m_ui->startsEdit, m_ui->endsEdit }) {
        connect(edit, &DateEdit::dateChanged, this, &ProjectDialog::inputChanged);
        connect(edit, &DateEdit::problemChanged, this, [this, edit] {
            // The dates are optional: a field left empty is a date not known yet, not a mistake.
            if (edit->text().trimmed().isEmpty()) {
                if (edit->hasProblem()) {
                    edit->setDate({});
                }
                return;
            }
            revalidate();
        });
    }
    for (QPlainTextEdit* edit : { m_ui->descriptionEdit, m_ui->outcomesEdit }) {
        connect(edit, &QPlainTextEdit::textChanged, this, &ProjectDialog::inputChanged);
    }
    for (QComboBox* combo : { m_ui->categoryCombo, m_ui->statusCombo }) {
        connect(combo, &QComboBox::currentIndexChanged, this, &ProjectDialog::inputChanged);
    }
    connect(m_ui->assetLockedCheck, &QCheckBox::toggled, this, &ProjectDialog::inputChanged);
    connect(m_ui->newCategoryButton, &QPushButton::clicked, this, &ProjectDialog::askForNewCategory);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProjectDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProjectDialog::reject);
    revalidate();
    resize(sizeHint().width(), height());
    fitHeightToContents(this);
}

ProjectDialog::~ProjectDialog() = default;

void ProjectDialog::setProject(const domain::Project& project)
{
    m_original = project;
    setWindowTitle(tr("Edit project"));
    m_ui->titleEdit->setText(project.title);
    loadCategories(project.category);
    m_ui->recipientNameEdit->setText(project.recipientName);
    m_ui->orgIdEdit->setText(project.recipientOrgId);
    m_ui->assetLockedCheck->setChecked(project.isRecipientAssetLocked);
    m_ui->targetEdit->setText(domain::Money(project.target, m_session.mutual().currency).format(QLocale()));
    m_ui->startsEdit->setDate(project.startsOn);
    m_ui->endsEdit->setDate(project.endsOn);
    loadStatuses();
    m_ui->descriptionEdit->setPlainText(project.description);
    m_ui->outcomesEdit->setPlainText(project.outcomes);
    revalidate();
}

void ProjectDialog::loadCategories(const QString& selectedKey)
{
    const QString selected
        = selectedKey.isEmpty() ? m_ui->categoryCombo->currentData().toString() : selectedKey;
    m_ui->categoryCombo->clear();
    const auto categories = storage::ProjectRepository(m_session.file()).categories();
    if (!categories) {
        showFieldHint(m_ui->categoryCombo, categories.error().message);
        return;
    }
    for (const domain::ProjectCategory& category : *categories) {
        m_ui->categoryCombo->addItem(domain::projectCategoryLabel(category), category.key);
    }
    const int index = m_ui->categoryCombo->findData(selected);
    m_ui->categoryCombo->setCurrentIndex(index >= 0 ? index : 0);
}

// A new project is proposed or approved; a project's status moves only as checkStatusChange allows.
void ProjectDialog::loadStatuses()
{
    m_ui->statusCombo->clear();
    const auto from = m_original ? m_original->status : domain::ProjectStatus::Proposed;
    for (const auto status : domain::allProjectStatuses()) {
        const bool isOffered = m_original
            ? bool(domain::checkStatusChange(from, status))
            : status == domain::ProjectStatus::Proposed || status == domain::ProjectStatus::Approved;
        if (isOffered) {
            m_ui->statusCombo->addItem(domain::projectStatusLabel(status), static_cast<int>(status));
        }
    }
    m_ui->statusCombo->setCurrentIndex(m_ui->statusCombo->findData(static_cast<int>(from)));
}

void ProjectDialog::askForNewCategory()
{
    auto* input = new QInputDialog(this);
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setObjectName(u"newCategoryDialog"_s);
    input->setWindowTitle(tr("New category"));
    input->setLabelText(tr("The category's name, such as “Climate action”. It is added to the mutual's list "
                           "of categories now, for every project."));
    input->setOkButtonText(tr("&Add"));
    connect(input, &QInputDialog::textValueSelected, this, &ProjectDialog::addCategory);
    input->open();
}

void ProjectDialog::addCategory(const QString& label)
{
    domain::ProjectCategory category;
    category.label = label.simplified();
    // The key is the label in lower case, its words joined by hyphens: "Climate action" is "climate-action".
    category.key = category.label.toLower();
    category.key.replace(QRegularExpression(u"[^a-z0-9]+"_s), u"-"_s);
    category.key = category.key.left(40);
    while (category.key.startsWith(u'-')) {
        category.key.remove(0, 1);
    }
    while (category.key.endsWith(u'-')) {
        category.key.chop(1);
    }
    const auto added = storage::ProjectRepository(m_session.file()).addCategory(category);
    if (!added) {
        showFieldHint(m_ui->categoryCombo, added.error().message);
        return;
    }
    m_session.notifyChanged();
    loadCategories(added->key);
}

std::optional<qint64> ProjectDialog::target() const
{
    const auto amount
        = domain::Money::parse(m_ui->targetEdit->text(), m_session.mutual().currency, QLocale());
    if (!amount) {
        return std::nullopt;
    }
    return amount->minorUnits();
}

std::optional<domain::Project> ProjectDialog::project() const
{
    const auto amount = target();
    if (m_ui->titleEdit->text().trimmed().isEmpty() || !amount || m_ui->categoryCombo->currentIndex() < 0) {
        return std::nullopt;
    }
    // An empty date field is a date not known yet; one that does not read as a date is not saved.
    for (const DateEdit* edit : { m_ui->startsEdit, m_ui->endsEdit }) {
        if (!edit->text().trimmed().isEmpty() && !edit->date().isValid()) {
            return std::nullopt;
        }
    }
    domain::Project project = m_original.value_or(domain::Project {});
    project.title = m_ui->titleEdit->text().trimmed();
    project.description = m_ui->descriptionEdit->toPlainText().trimmed();
    project.category = m_ui->categoryCombo->currentData().toString();
    project.recipientName = m_ui->recipientNameEdit->text().trimmed();
    project.recipientOrgId = m_ui->orgIdEdit->text().trimmed();
    project.isRecipientAssetLocked = m_ui->assetLockedCheck->isChecked();
    project.target = *amount;
    project.startsOn = m_ui->startsEdit->text().trimmed().isEmpty() ? QDate() : m_ui->startsEdit->date();
    project.endsOn = m_ui->endsEdit->text().trimmed().isEmpty() ? QDate() : m_ui->endsEdit->date();
    project.status = static_cast<domain::ProjectStatus>(m_ui->statusCombo->currentData().toInt());
    project.outcomes = m_ui->outcomesEdit->toPlainText().trimmed();
    return project;
}

void ProjectDialog::inputChanged()
{
    m_refusal.clear();
    m_refusalField = nullptr;
    revalidate();
}

void ProjectDialog::revalidate()
{
    clearErrors();
    if (!m_ui->targetEdit->text().trimmed().isEmpty()) {
        const auto amount
            = domain::Money::parse(m_ui->targetEdit->text(), m_session.mutual().currency, QLocale());
        if (!amount) {
            showFieldHint(m_ui->targetEdit, amount.error().message);
        } else if (amount->minorUnits() <= 0) {
            showFieldHint(m_ui->targetEdit, tr("The target must be more than zero."));
        }
    }
    for (DateEdit* edit : { m_ui->startsEdit, m_ui->endsEdit }) {
        if (!edit->text().trimmed().isEmpty() && edit->hasProblem()) {
            showFieldHint(edit, edit->problem());
        }
    }
    if (m_refusalField) {
        showFieldHint(m_refusalField, m_refusal);
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(project().has_value() && !m_session.file().isReadOnly());
    fitHeightToContents(this);
}

void ProjectDialog::accept()
{
    const auto current = project();
    if (!current) {
        return;
    }
    m_refusal.clear();
    m_refusalField = nullptr;
    clearErrors();
    if (auto orgId = domain::checkOrgId(current->recipientOrgId); !orgId) {
        showError(orgId.error());
        return;
    }
    const auto from = m_original ? m_original->status : domain::ProjectStatus::Proposed;
    if (current->status == from) {
        save(*current);
        return;
    }
    // No status goes back: approval, completion and withdrawal cannot be undone.
    Confirmation confirmation;
    confirmation.objectName = u"statusConfirmation"_s;
    confirmation.title = tr("Change the project's status");
    confirmation.text = tr("Mark “%1” as %2? This cannot be undone: a project's status never goes back.")
                            .arg(current->title, domain::projectStatusLabel(current->status).toLower());
    confirmation.actionText = tr("&Mark as %1").arg(domain::projectStatusLabel(current->status).toLower());
    confirmation.actionObjectName = u"confirmStatusButton"_s;
    askToConfirm(this, confirmation, [this, project = *current] { save(project); });
}

void ProjectDialog::save(const domain::Project& project)
{
    storage::ProjectRepository projects(m_session.file());
    const auto saved = m_original ? projects.update(project) : projects.add(project);
    if (!saved) {
        showError(saved.error());
        return;
    }
    m_saved = *saved;
    m_session.notifyChanged();
    QDialog::accept();
}

void ProjectDialog::showFieldHint(QWidget* field, const QString& message)
{
    m_errors.show(field, message);
}

void ProjectDialog::clearErrors()
{
    m_errors.clear();
}

void ProjectDialog::showError(const domain::Error& error)
{
    const QHash<QString, QWidget*> fieldsByName {
        { u"title"_s, m_ui->titleEdit },
        { u"category"_s, m_ui->categoryCombo },
        { u"recipientName"_s, m_ui->recipientNameEdit },
        { u"recipientOrgId"_s, m_ui->orgIdEdit },
        { u"target"_s, m_ui->targetEdit },
        { u"startsOn"_s, m_ui->startsEdit },
        { u"endsOn"_s, m_ui->endsEdit },
        { u"status"_s, m_ui->statusCombo },
        { u"description"_s, m_ui->descriptionEdit },
        { u"outcomes"_s, m_ui->outcomesEdit },
    };
    QWidget* field = fieldsByName.value(error.field);
    if (m_errors.showRefusal(this, field, error.message, tr("Project not saved"))) {
        m_refusalField = field;
        m_refusal = error.message;
    }
}

} // namespace mutualise::app
