#include "app/contributions/ServiceDialog.h"

#include "app/contributions/ServiceMembersModel.h"
#include "app/shell/MutualSession.h"
#include "app/widgets/FitHeight.h"
#include "app/widgets/MessageLines.h"
#include "storage/MemberRepository.h"
#include "storage/ServiceRepository.h"
#include "ui_ServiceDialog.h"

#include <QKeyEvent>
#include <QPushButton>
#include <QSortFilterProxyModel>

using namespace Qt::StringLiterals;

namespace mutualise::app {

ServiceDialog::ServiceDialog(MutualSession& session, const std::optional<domain::Service>& existing,
                             QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ServiceDialog>())
    , m_session(session)
    , m_existing(existing)
    , m_members(new ServiceMembersModel(this))
    , m_filter(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    reserveMessageLines(this);
    setWindowTitle(existing ? tr("Edit service") : tr("New service"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(existing ? tr("&Save") : tr("&Add Service"));

    if (const auto members = storage::MemberRepository(session.file()).allMembers()) {
        m_members->setMembers(*members);
    }
    m_filter->setSourceModel(m_members);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->membersView->setModel(m_filter);

    const domain::Service shown = existing.value_or(domain::Service {});
    m_ui->nameEdit->setText(shown.name);
    m_ui->descriptionEdit->setPlainText(shown.description);
    m_ui->startEdit->setDate(shown.start.isValid() ? shown.start : QDate::currentDate());
    m_ui->endCheck->setChecked(shown.end.isValid());
    m_ui->endEdit->setDate(shown.end.isValid() ? shown.end : m_ui->startEdit->date().addYears(1).addDays(-1));
    m_ui->endEdit->setEnabled(shown.end.isValid());
    m_members->setCheckedIds(shown.memberIds);
    collectErrorLabels();

    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &ServiceDialog::revalidate);
    connect(m_ui->startEdit, &DateEdit::dateChanged, this, &ServiceDialog::revalidate);
    connect(m_ui->startEdit, &DateEdit::problemChanged, this, &ServiceDialog::revalidate);
    connect(m_ui->endEdit, &DateEdit::dateChanged, this, &ServiceDialog::revalidate);
    connect(m_ui->endEdit, &DateEdit::problemChanged, this, &ServiceDialog::revalidate);
    connect(m_ui->endCheck, &QCheckBox::toggled, this, [this](bool isChecked) {
        m_ui->endEdit->setEnabled(isChecked);
        revalidate();
    });
    connect(m_ui->membersFilterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setFilterFixedString(text.trimmed());
        updateMembersCount();
    });
    connect(m_members, &ServiceMembersModel::checkedCountChanged, this, &ServiceDialog::updateMembersCount);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ServiceDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ServiceDialog::reject);

    updateMembersCount();
    revalidate();
    resize(std::max(sizeHint().width(), 520), std::max(sizeHint().height(), 560));
}

ServiceDialog::~ServiceDialog() = default;

void ServiceDialog::collectErrorLabels()
{
    m_errors.setLabels({
        { m_ui->nameEdit, m_ui->nameError },
        { m_ui->descriptionEdit, m_ui->descriptionError },
        { m_ui->startEdit, m_ui->startError },
        { m_ui->endEdit, m_ui->endError },
        { m_ui->membersView, m_ui->membersError },
    });
    clearErrors();
}

void ServiceDialog::updateMembersCount()
{
    const int shown = m_filter->rowCount();
    const int all = m_members->rowCount();
    //: %1 is "2 members ticked"; %2 how many of the register the list shows
    QString text = tr("%n member(s) ticked", nullptr, static_cast<int>(m_members->checkedCount()));
    if (shown != all) {
        //: %1 is "2 members ticked", %2 and %3 counts of members
        text = tr("%1; showing %L2 of %L3").arg(text).arg(shown).arg(all);
    }
    m_ui->membersCountLabel->setText(text);
}

std::optional<domain::Service> ServiceDialog::service() const
{
    if (!m_ui->startEdit->date().isValid()
        || (m_ui->endCheck->isChecked() && !m_ui->endEdit->date().isValid())) {
        return std::nullopt;
    }
    domain::Service service;
    if (m_existing) {
        service.id = m_existing->id;
    }
    service.name = m_ui->nameEdit->text().trimmed();
    service.description = m_ui->descriptionEdit->toPlainText().trimmed();
    service.start = m_ui->startEdit->date();
    if (m_ui->endCheck->isChecked()) {
        service.end = m_ui->endEdit->date();
    }
    service.memberIds = m_members->checkedIds();
    return service;
}

void ServiceDialog::revalidate()
{
    clearErrors();
    if (m_ui->startEdit->hasProblem()) {
        showFieldHint(m_ui->startEdit, m_ui->startEdit->problem());
    }
    if (m_ui->endCheck->isChecked() && m_ui->endEdit->hasProblem()) {
        showFieldHint(m_ui->endEdit, m_ui->endEdit->problem());
    }
    const bool canSave = service().has_value() && !m_ui->nameEdit->text().trimmed().isEmpty()
        && !m_session.file().isReadOnly();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(canSave);
}

void ServiceDialog::clearErrors()
{
    m_errors.clear();
}

void ServiceDialog::showFieldHint(QWidget* field, const QString& message)
{
    m_errors.show(field, message);
}

void ServiceDialog::accept()
{
    const auto current = service();
    if (!current || m_session.file().isReadOnly()) {
        return;
    }
    storage::ServiceRepository services(m_session.file());
    // add() and update() store the service and its members together, in one transaction.
    const auto saved = m_existing ? services.update(*current) : services.add(*current);
    if (!saved) {
        const domain::Error& error = saved.error();
        const QHash<QString, QWidget*> fieldsByName {
            { u"name"_s, m_ui->nameEdit },       { u"description"_s, m_ui->descriptionEdit },
            { u"start"_s, m_ui->startEdit },     { u"end"_s, m_ui->endEdit },
            { u"members"_s, m_ui->membersView },
        };
        QWidget* field = fieldsByName.value(error.field, m_ui->nameEdit);
        showFieldHint(field, error.message);
        field->setFocus();
        return;
    }
    m_session.notifyChanged();
    QDialog::accept();
}

} // namespace mutualise::app
