#include "ReverseEntryDialog.h"

#include "MutualSession.h"
#include "domain/Money.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mutualise::app {

namespace {
QLabel* createErrorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #b3261e;"_s);
    label->hide();
    return label;
}
} // namespace

ReverseEntryDialog::ReverseEntryDialog(MutualSession& session, const storage::ShareEntryRow& original,
                                       QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_entryId(original.entry.id)
    , m_dateEdit(new QDateEdit(this))
    , m_referenceEdit(new QLineEdit(this))
    , m_dateError(createErrorLabel(this))
    , m_referenceError(createErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Reverse entry #%1").arg(original.entry.id));
    setMinimumWidth(440);
    const domain::ShareEntry& entry = original.entry;
    auto* summary = new QLabel(
        tr("<b>%1</b> of %2 shares (%3) for %4 %5 on %6.")
            .arg(domain::entryKindLabel(entry.kind).toHtmlEscaped(), QLocale().toString(entry.shares),
                 domain::Money(entry.amount, session.mutual().currency).format(QLocale()).toHtmlEscaped(),
                 original.memberNumber.toHtmlEscaped(), original.memberName.toHtmlEscaped(),
                 QLocale().toString(entry.date, QLocale::LongFormat)),
        this);
    summary->setWordWrap(true);
    auto* explanation
        = new QLabel(tr("The original entry stays in the ledger. A reversing entry that undoes it is added, "
                        "dated as you choose below.%1")
                         .arg(entry.kind == domain::ShareEntryKind::Transfer
                                  ? tr(" Both sides of the transfer are reversed together.")
                                  : QString()),
                     this);
    explanation->setWordWrap(true);

    m_dateEdit->setObjectName(u"reversalDateEdit"_s);
    m_dateEdit->setCalendarPopup(true);
    // A reversal cannot predate what it reverses.
    m_dateEdit->setMinimumDate(entry.date);
    m_dateEdit->setDate(entry.date);
    m_referenceEdit->setObjectName(u"reversalReferenceEdit"_s);
    m_referenceEdit->setPlaceholderText(tr("e.g. board minute 2026/14"));

    auto* form = new QFormLayout;
    auto* dateLabel = new QLabel(tr("&Date of reversal:"), this);
    dateLabel->setBuddy(m_dateEdit);
    auto* referenceLabel = new QLabel(tr("&Reason or reference:"), this);
    referenceLabel->setBuddy(m_referenceEdit);
    form->addRow(dateLabel, m_dateEdit);
    form->addRow(QString(), m_dateError);
    form->addRow(referenceLabel, m_referenceEdit);
    form->addRow(QString(), m_referenceError);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Reverse entry"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_referenceEdit, &QLineEdit::textChanged, this, &ReverseEntryDialog::revalidate);
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &ReverseEntryDialog::revalidate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReverseEntryDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReverseEntryDialog::reject);
    m_referenceEdit->setFocus();
    revalidate();
}

void ReverseEntryDialog::revalidate()
{
    m_dateError->hide();
    m_referenceError->hide();
    m_shownError.clear();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_referenceEdit->text().trimmed().isEmpty());
}

void ReverseEntryDialog::showError(const domain::Error& error)
{
    m_shownError = error.message;
    QLabel* label = error.field == u"date"_s ? m_dateError
        : error.field == u"reference"_s      ? m_referenceError
                                             : nullptr;
    if (label) {
        label->setText(error.message);
        label->show();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Entry not reversed"), error.message,
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ReverseEntryDialog::accept()
{
    const QString reference = m_referenceEdit->text().trimmed();
    if (reference.isEmpty()) {
        return;
    }
    const auto reversed
        = storage::ShareLedgerRepository(m_session.file()).reverse(m_entryId, m_dateEdit->date(), reference);
    if (!reversed) {
        showError(reversed.error());
        return;
    }
    m_session.notifyChanged();
    QDialog::accept();
}

} // namespace mutualise::app
