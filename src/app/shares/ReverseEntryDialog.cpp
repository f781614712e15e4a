#include "app/shares/ReverseEntryDialog.h"

#include "app/shell/MutualSession.h"
#include "app/widgets/FitHeight.h"
#include "app/widgets/MessageLines.h"
#include "domain/Counts.h"
#include "domain/Money.h"
#include "ui_ReverseEntryDialog.h"

#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace mutualise::app {

ReverseEntryDialog::ReverseEntryDialog(MutualSession& session, const storage::ShareEntryRow& original,
                                       QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReverseEntryDialog>())
    , m_session(session)
    , m_entryId(original.entry.id)
{
    m_ui->setupUi(this);
    reserveMessageLines(this);
    setWindowTitle(tr("Reverse entry #%1").arg(original.entry.id));
    describe(original);
    // A reversal cannot predate what it reverses.
    m_ui->reversalDateEdit->setMinimumDate(original.entry.date);
    // Storage refuses a reversal dated after today ("future-date"), so none is offered.
    m_ui->reversalDateEdit->setMaximumDate(QDate::currentDate());
    m_ui->reversalDateEdit->setDate(original.entry.date);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Reverse entry"));

    connect(m_ui->reversalReferenceEdit, &QLineEdit::textChanged, this, &ReverseEntryDialog::revalidate);
    connect(m_ui->reversalDateEdit, &DateEdit::dateChanged, this, &ReverseEntryDialog::revalidate);
    connect(m_ui->reversalDateEdit, &DateEdit::problemChanged, this, &ReverseEntryDialog::revalidate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ReverseEntryDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ReverseEntryDialog::reject);
    m_ui->reversalReferenceEdit->setFocus();
    revalidate();
    resize(sizeHint().width(), height());
    fitHeightToContents(this);
}

ReverseEntryDialog::~ReverseEntryDialog() = default;

DateEdit* ReverseEntryDialog::dateEdit() const
{
    return m_ui->reversalDateEdit;
}

QLineEdit* ReverseEntryDialog::referenceEdit() const
{
    return m_ui->reversalReferenceEdit;
}

void ReverseEntryDialog::describe(const storage::ShareEntryRow& original)
{
    const domain::ShareEntry& entry = original.entry;
    m_ui->summaryLabel->setText(
        tr("<b>%1</b> of %2 share(s) (%3) for %4 %5 on %6.", nullptr, domain::pluralFormOf(entry.shares))
            .arg(domain::entryKindLabel(entry.kind).toHtmlEscaped(), QLocale().toString(entry.shares),
                 domain::Money(entry.amount, m_session.mutual().currency).format(QLocale()).toHtmlEscaped(),
                 original.memberNumber.toHtmlEscaped(), original.memberName.toHtmlEscaped(),
                 QLocale().toString(entry.date, QLocale::LongFormat)));
    m_ui->explanationLabel->setText(
        tr("The original entry stays in the ledger. A reversing entry that undoes it is added, "
           "dated as you choose below.%1")
            .arg(entry.kind == domain::ShareEntryKind::Transfer
                     ? tr(" Both sides of the transfer are reversed together.")
                     : QString()));
    m_ui->permanenceLabel->setText(
        tr("<b>The reversal is permanent.</b> A reversing entry cannot itself be reversed: to put a "
           "mistaken reversal right, record the movement again as a new entry."));
}

void ReverseEntryDialog::clearErrors()
{
    for (QLabel* label : { m_ui->dateError, m_ui->referenceError }) {
        label->clear();
        label->hide();
    }
    m_shownError.clear();
}

void ReverseEntryDialog::revalidate()
{
    clearErrors();
    if (m_ui->reversalDateEdit->hasProblem()) {
        showError({ m_ui->reversalDateEdit->problem(), u"unreadable-date"_s, u"date"_s });
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_ui->reversalReferenceEdit->text().trimmed().isEmpty()
                     && m_ui->reversalDateEdit->date().isValid());
}

void ReverseEntryDialog::showError(const domain::Error& error)
{
    m_shownError = error.message;
    QLabel* label = error.field == u"date"_s ? m_ui->dateError
        : error.field == u"reference"_s      ? m_ui->referenceError
                                             : nullptr;
    if (label) {
        label->setText(error.message);
        label->show();
        fitHeightToContents(this);
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Entry not reversed"), error.message,
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ReverseEntryDialog::accept()
{
    const QString reference = m_ui->reversalReferenceEdit->text().trimmed();
    if (reference.isEmpty() || !m_ui->reversalDateEdit->date().isValid()) {
        return;
    }
    const auto reversed = storage::ShareLedgerRepository(m_session.file())
                              .reverse(m_entryId, m_ui->reversalDateEdit->date(), reference);
    if (!reversed) {
        showError(reversed.error());
        return;
    }
    m_session.notifyChanged();
    QDialog::accept();
}

} // namespace mutualise::app
