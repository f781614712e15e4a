#include "OpenVotingDialog.h"

#include "FitHeight.h"
#include "MutualSession.h"
#include "storage/ElectionRepository.h"
#include "storage/MotionRepository.h"
#include "ui_OpenVotingDialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace mutualise::app {

OpenVotingDialog::OpenVotingDialog(MutualSession& session, const domain::Motion& motion,
                                   const domain::Meeting& meeting, QWidget* parent)
    : OpenVotingDialog(
        session,
        tr("<b>Open voting on “%1”</b><br>%2, %3")
            .arg(motion.title.toHtmlEscaped(), domain::votingSchemeLabel(motion.rules.scheme).toHtmlEscaped(),
                 domain::thresholdLabel(motion.rules.threshold).toLower().toHtmlEscaped()),
        tr("The members who may vote, and the weight of each vote, are frozen as the register and the share "
           "ledger stood at the end of %1. Changes to the register after that day do not change this vote. "
           "Once voting opens, the motion's text and rules cannot be changed and voting cannot be reopened. "
           "The record date cannot be later than today."),
        [&session, motionId = motion.id](const QDate& recordDate) -> domain::Outcome {
            const auto opened = storage::MotionRepository(session.file()).open(motionId, recordDate);
            return opened ? domain::ok() : domain::Outcome(opened.error());
        },
        meeting, parent)
{ }

OpenVotingDialog::OpenVotingDialog(MutualSession& session, const domain::Election& election,
                                   const domain::Meeting& meeting, QWidget* parent)
    : OpenVotingDialog(
        session,
        tr("<b>Open voting in “%1”</b><br>%2; seats to fill: %3")
            .arg(election.title.toHtmlEscaped(), domain::electionMethodLabel(election.method).toHtmlEscaped(),
                 QLocale().toString(election.seats)),
        tr("The members who may vote are frozen as the register stood at the end of %1: one paper each. "
           "Changes to the register after that day do not change this election. Once voting opens, the "
           "seats and the candidates cannot be changed and voting cannot be reopened. The record date "
           "cannot be later than today."),
        [&session, electionId = election.id](const QDate& recordDate) -> domain::Outcome {
            const auto opened = storage::ElectionRepository(session.file()).open(electionId, recordDate);
            return opened ? domain::ok() : domain::Outcome(opened.error());
        },
        meeting, parent)
{ }

OpenVotingDialog::OpenVotingDialog(MutualSession& session, const QString& summary,
                                   const QString& confirmation, Opener open, const domain::Meeting& meeting,
                                   QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OpenVotingDialog>())
    , m_session(session)
    , m_confirmation(confirmation)
    , m_open(std::move(open))
{
    m_ui->setupUi(this);
    m_ui->summaryLabel->setText(summary);
    // Opening cannot be undone, so it takes the named button or its Alt letter; Enter and Escape cancel.
    m_openButton = m_ui->buttonBox->addButton(tr("&Open Voting"), QDialogButtonBox::AcceptRole);
    m_openButton->setAutoDefault(false);
    QPushButton* cancelButton = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancelButton->setAutoDefault(true);
    cancelButton->setDefault(true);
    // Storage refuses a record date after today ("future-date"), so none is offered: the meeting's
    // day, or today for a meeting still to come.
    m_ui->dateEdit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_ui->dateEdit->setMaximumDate(QDate::currentDate());
    m_ui->dateEdit->setDate(
        std::min(meeting.heldOn.isValid() ? meeting.heldOn : QDate::currentDate(), QDate::currentDate()));
    m_ui->dateError->hide();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &OpenVotingDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &OpenVotingDialog::reject);
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, &OpenVotingDialog::updateConfirmation);
    updateConfirmation();
    resize(sizeHint().width(), height());
    fitHeightToContents(this);
}

OpenVotingDialog::~OpenVotingDialog() = default;

QDateEdit* OpenVotingDialog::dateEdit() const
{
    return m_ui->dateEdit;
}

QString OpenVotingDialog::confirmationText() const
{
    return m_ui->confirmationLabel->text();
}

void OpenVotingDialog::updateConfirmation()
{
    m_ui->dateError->hide();
    m_shownError.clear();
    m_ui->confirmationLabel->setText(
        m_confirmation.arg(QLocale().toString(m_ui->dateEdit->date(), QLocale::LongFormat)));
    fitHeightToContents(this);
}

void OpenVotingDialog::accept()
{
    const auto opened = m_open(m_ui->dateEdit->date());
    if (!opened) {
        m_ui->dateError->setText(opened.error().message);
        m_ui->dateError->show();
        m_shownError = opened.error().message;
        fitHeightToContents(this);
        return;
    }
    m_session.notifyChanged();
    QDialog::accept();
}

} // namespace mutualise::app
