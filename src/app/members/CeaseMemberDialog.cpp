#include "app/members/CeaseMemberDialog.h"

#include "app/widgets/FitHeight.h"
#include "ui_CeaseMemberDialog.h"

#include <QPushButton>

namespace mutualise::app {

CeaseMemberDialog::CeaseMemberDialog(const domain::Member& member, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CeaseMemberDialog>())
    , m_member(member)
{
    m_ui->setupUi(this);
    // The action is named on its button, so nobody ceases a member by pressing a generic "OK".
    m_ceaseButton = m_ui->buttonBox->addButton(tr("&Cease Member"), QDialogButtonBox::AcceptRole);
    // Enter (in the date field, say) cancels: ceasing cannot be undone, so it takes a deliberate
    // click or Alt+C, never a stray keystroke.
    m_ceaseButton->setAutoDefault(false);
    QPushButton* cancelButton = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancelButton->setAutoDefault(true);
    cancelButton->setDefault(true);
    if (member.admittedOn.isValid()) {
        m_ui->dateEdit->setMinimumDate(member.admittedOn);
    }
    // Storage refuses a cessation dated after today ("future-date"), so none is offered.
    m_ui->dateEdit->setMaximumDate(QDate::currentDate());
    m_ui->dateEdit->setDate(
        std::max(QDate::currentDate(), member.admittedOn.isValid() ? member.admittedOn : QDate()));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->dateEdit, &DateEdit::dateChanged, this, &CeaseMemberDialog::updateConfirmation);
    connect(m_ui->dateEdit, &DateEdit::problemChanged, this, &CeaseMemberDialog::updateConfirmation);
    updateConfirmation();
    resize(sizeHint().width(), height());
    fitHeightToContents(this);
}

CeaseMemberDialog::~CeaseMemberDialog() = default;

QDate CeaseMemberDialog::ceaseDate() const
{
    return m_ui->dateEdit->date();
}

QString CeaseMemberDialog::confirmationText() const
{
    return m_ui->confirmationLabel->text();
}

void CeaseMemberDialog::updateConfirmation()
{
    const auto outcome = domain::ceased(m_member, ceaseDate());
    if (!ceaseDate().isValid() || !outcome) {
        // A date typed that is not one is named as the field names it (once the user leaves it).
        m_ui->confirmationLabel->setText(ceaseDate().isValid() ? outcome.error().message
                                                               : m_ui->dateEdit->problem());
        m_ui->confirmationLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_ceaseButton->setEnabled(false);
        fitHeightToContents(this);
        return;
    }
    m_ui->confirmationLabel->setText(
        tr("Member %1 %2 will be marked as ceased on %3. They stay in the register. "
           "This cannot be undone.")
            .arg(m_member.number, m_member.name, QLocale().toString(ceaseDate(), QLocale::ShortFormat)));
    m_ui->confirmationLabel->setStyleSheet(QString());
    m_ceaseButton->setEnabled(true);
    fitHeightToContents(this);
}

} // namespace mutualise::app
