#include "CeaseMemberDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mutualise::app {

CeaseMemberDialog::CeaseMemberDialog(const domain::Member& member, QWidget* parent)
    : QDialog(parent)
    , m_member(member)
    , m_dateEdit(new QDateEdit(this))
    , m_confirmationLabel(new QLabel(this))
    , m_ceaseButton(nullptr)
{
    setWindowTitle(tr("Cease Member"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    if (member.admittedOn.isValid()) {
        m_dateEdit->setMinimumDate(member.admittedOn);
    }
    m_dateEdit->setDate(
        std::max(QDate::currentDate(), member.admittedOn.isValid() ? member.admittedOn : QDate()));
    m_confirmationLabel->setWordWrap(true);
    m_confirmationLabel->setMinimumWidth(360);

    auto* form = new QFormLayout;
    auto* dateLabel = new QLabel(tr("Ceases &on:"), this);
    dateLabel->setBuddy(m_dateEdit);
    form->addRow(dateLabel, m_dateEdit);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ceaseButton = buttons->addButton(tr("&Cease Member"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addLayout(form);
    layout->addWidget(m_confirmationLabel);
    layout->addWidget(buttons);

    connect(m_dateEdit, &QDateEdit::dateChanged, this, &CeaseMemberDialog::updateConfirmation);
    updateConfirmation();
}

QDate CeaseMemberDialog::ceaseDate() const
{
    return m_dateEdit->date();
}

QString CeaseMemberDialog::confirmationText() const
{
    return m_confirmationLabel->text();
}

void CeaseMemberDialog::updateConfirmation()
{
    const auto outcome = domain::ceased(m_member, ceaseDate());
    if (!outcome) {
        m_confirmationLabel->setText(outcome.error().message);
        m_ceaseButton->setEnabled(false);
        return;
    }
    m_confirmationLabel->setText(
        tr("Member %1 %2 will be marked as ceased on %3. They stay in the register. "
           "This cannot be undone.")
            .arg(m_member.number, m_member.name, QLocale().toString(ceaseDate(), QLocale::ShortFormat)));
    m_ceaseButton->setEnabled(true);
}

} // namespace mutualise::app
