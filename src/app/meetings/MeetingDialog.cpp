#include "app/meetings/MeetingDialog.h"

#include "app/shell/MutualSession.h"
#include "app/widgets/FitHeight.h"
#include "app/widgets/MessageLines.h"
#include "storage/MeetingRepository.h"
#include "ui_MeetingDialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace mutualise::app {

MeetingDialog::MeetingDialog(MutualSession& session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MeetingDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    reserveMessageLines(this);
    for (const domain::MeetingKind kind : domain::allMeetingKinds()) {
        m_ui->kindCombo->addItem(domain::meetingKindLabel(kind), static_cast<int>(kind));
    }
    // A meeting may be planned ahead: any date is offered.
    m_ui->dateEdit->setDate(QDate::currentDate());
    m_ui->titleEdit->setPlaceholderText(tr("Optional: the kind and date name it otherwise"));
    //: The proxy limit when it is 0
    m_ui->proxyLimitSpin->setSpecialValueText(tr("No limit"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Add Meeting"));
    // Each field's error row: the field names storage and the domain give (Error::field).
    m_errorLabels = {
        { u"heldOn"_s, m_ui->dateError },           { u"title"_s, m_ui->titleError },
        { u"place"_s, m_ui->placeError },           { u"agenda"_s, m_ui->agendaError },
        { u"proxyLimit"_s, m_ui->proxyLimitError },
    };

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MeetingDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &MeetingDialog::reject);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &MeetingDialog::revalidate);
    connect(m_ui->dateEdit, &DateEdit::dateChanged, this, &MeetingDialog::revalidate);
    connect(m_ui->dateEdit, &DateEdit::problemChanged, this, &MeetingDialog::revalidate);
    for (QLineEdit* edit : { m_ui->titleEdit, m_ui->placeEdit }) {
        connect(edit, &QLineEdit::textChanged, this, &MeetingDialog::revalidate);
    }
    connect(m_ui->agendaEdit, &QPlainTextEdit::textChanged, this, &MeetingDialog::revalidate);
    connect(m_ui->proxyLimitSpin, &QSpinBox::valueChanged, this, &MeetingDialog::revalidate);
    revalidate();
    resize(sizeHint().width(), height());
    fitHeightToContents(this);
}

MeetingDialog::~MeetingDialog() = default;

void MeetingDialog::setMeeting(const domain::Meeting& meeting)
{
    m_original = meeting;
    setWindowTitle(tr("Edit Meeting"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(static_cast<int>(meeting.kind)));
    m_ui->dateEdit->setDate(meeting.heldOn);
    m_ui->titleEdit->setText(meeting.title);
    m_ui->placeEdit->setText(meeting.place);
    m_ui->agendaEdit->setPlainText(meeting.agenda);
    m_ui->proxyLimitSpin->setValue(meeting.proxyLimit);
    revalidate();
}

domain::Meeting MeetingDialog::meeting() const
{
    domain::Meeting meeting = m_original;
    meeting.kind = static_cast<domain::MeetingKind>(m_ui->kindCombo->currentData().toInt());
    meeting.heldOn = m_ui->dateEdit->date();
    meeting.title = m_ui->titleEdit->text().trimmed();
    meeting.place = m_ui->placeEdit->text().trimmed();
    meeting.agenda = m_ui->agendaEdit->toPlainText().trimmed();
    meeting.proxyLimit = m_ui->proxyLimitSpin->value();
    return meeting;
}

void MeetingDialog::clearErrors()
{
    for (QLabel* label : std::as_const(m_errorLabels)) {
        label->clear();
        label->hide();
    }
    m_ui->generalError->clear();
    m_ui->generalError->hide();
    m_shownError.clear();
}

void MeetingDialog::showError(const domain::Error& error)
{
    QLabel* label = m_errorLabels.value(error.field, m_ui->generalError);
    label->setText(error.message);
    label->show();
    m_shownError = error.message;
    fitHeightToContents(this);
}

void MeetingDialog::revalidate()
{
    clearErrors();
    const auto valid = domain::validateMeeting(meeting());
    const bool isDateTyped = m_ui->dateEdit->date().isValid();
    if (m_ui->dateEdit->hasProblem()) {
        showError({ m_ui->dateEdit->problem(), u"unreadable-date"_s, u"heldOn"_s });
    } else if (!valid && (isDateTyped || valid.error().field != u"heldOn")) {
        // While a date is being typed it is not yet wrong: the field names it once the user leaves.
        showError(valid.error());
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(valid.isOk() && isDateTyped);
    fitHeightToContents(this);
}

void MeetingDialog::accept()
{
    const domain::Meeting entered = meeting();
    if (!domain::validateMeeting(entered)) {
        return;
    }
    storage::MeetingRepository meetings(m_session.file());
    const auto saved = entered.id == 0 ? meetings.add(entered) : meetings.update(entered);
    if (!saved) {
        showError(saved.error());
        return;
    }
    m_saved = saved.value();
    m_session.notifyChanged();
    QDialog::accept();
}

} // namespace mutualise::app
