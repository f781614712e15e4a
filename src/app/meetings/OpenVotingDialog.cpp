#include "app/meetings/OpenVotingDialog.h"

#include "app/shell/MutualSession.h"
#include "app/widgets/FitHeight.h"
#include "app/widgets/MessageLines.h"
#include "domain/Counts.h"
#include "storage/ElectionRepository.h"
#include "storage/MemberRepository.h"
#include "storage/MotionRepository.h"
#include "ui_OpenVotingDialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace mutualise::app {

namespace {

QString membersOnRollText(qsizetype members)
{
    return OpenVotingDialog::tr("%1 member(s) on the roll", nullptr, domain::pluralFormOf(members))
        .arg(QLocale().toString(members));
}

// "2 in Founding council, 2 in Employee and 1 in Community": the members on the roll by class, in the
// order of the classes.
QString membersByClassText(const domain::VoterRoll& roll, const QList<domain::MemberClass>& classes)
{
    QHash<qint64, qint64> counts;
    for (const domain::RollEntry& entry : roll.entries) {
        ++counts[entry.classId];
    }
    const QLocale locale;
    QStringList parts;
    for (const domain::MemberClass& memberClass : classes) {
        if (counts.contains(memberClass.id)) {
            //: Members of one class on a roll: "2 in Employee"
            parts << OpenVotingDialog::tr("%1 in %2")
                         .arg(locale.toString(counts.value(memberClass.id)), memberClass.name);
        }
    }
    return locale.createSeparatedList(parts);
}

// What the roll means under the motion's scheme: members with one vote each, the shares that count, or
// the members of each class.
QString describeRoll(const domain::VoterRoll& roll, const domain::MotionRules& rules,
                     const QList<domain::MemberClass>& classes)
{
    const QLocale locale;
    const QString members = membersOnRollText(roll.entries.size());
    switch (rules.scheme) {
    case domain::VotingScheme::OneMemberOneVote:
        //: "218 members on the roll, one vote each."
        return OpenVotingDialog::tr("%1, one vote each.").arg(members);
    case domain::VotingScheme::ShareWeighted:
        if (rules.capBasisPoints > 0) {
            //: "218 members on the roll, total weight 12,345 shares after the 10% cap."
            return OpenVotingDialog::tr("%1, total weight %2 share(s) after the %3% cap.", nullptr,
                                        domain::pluralFormOf(roll.totalWeight))
                .arg(members, locale.toString(roll.totalWeight),
                     locale.toString(rules.capBasisPoints / 100.0, 'f', QLocale::FloatingPointShortest));
        }
        //: "218 members on the roll, total weight 12,345 shares."
        return OpenVotingDialog::tr("%1, total weight %2 share(s).", nullptr,
                                    domain::pluralFormOf(roll.totalWeight))
            .arg(members, locale.toString(roll.totalWeight));
    case domain::VotingScheme::ClassWeighted:
        //: "5 members on the roll: 2 in Founding council, 2 in Employee and 1 in Community."
        return OpenVotingDialog::tr("%1: %2.").arg(members, membersByClassText(roll, classes));
    }
    return members;
}

} // namespace

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
        [&session, motionId = motion.id,
         rules = motion.rules](const QDate& recordDate) -> domain::Result<QString> {
            const auto roll = storage::MotionRepository(session.file()).previewRoll(motionId, recordDate);
            if (!roll) {
                return roll.error();
            }
            QList<domain::MemberClass> classes;
            if (rules.scheme == domain::VotingScheme::ClassWeighted) {
                if (const auto stored = storage::MemberRepository(session.file()).classes()) {
                    classes = *stored;
                }
            }
            return describeRoll(*roll, rules, classes);
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
        nullptr, meeting, parent)
{ }

OpenVotingDialog::OpenVotingDialog(MutualSession& session, const QString& summary,
                                   const QString& confirmation, Opener open, RollPreview preview,
                                   const domain::Meeting& meeting, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OpenVotingDialog>())
    , m_session(session)
    , m_confirmation(confirmation)
    , m_open(std::move(open))
    , m_preview(std::move(preview))
{
    m_ui->setupUi(this);
    reserveMessageLines(this);
    m_ui->summaryLabel->setText(summary);
    // Opening cannot be undone, so it takes the named button or its Alt letter; Enter and Escape cancel.
    m_openButton = m_ui->buttonBox->addButton(tr("&Open Voting"), QDialogButtonBox::AcceptRole);
    m_openButton->setAutoDefault(false);
    QPushButton* cancelButton = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancelButton->setAutoDefault(true);
    cancelButton->setDefault(true);
    // Storage refuses a record date after today ("future-date"), so none is offered: the meeting's
    // day, or today for a meeting still to come.
    m_ui->dateEdit->setMaximumDate(QDate::currentDate());
    m_ui->dateEdit->setDate(
        std::min(meeting.heldOn.isValid() ? meeting.heldOn : QDate::currentDate(), QDate::currentDate()));
    m_ui->dateError->hide();
    m_ui->rollLabel->setVisible(m_preview != nullptr);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &OpenVotingDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &OpenVotingDialog::reject);
    connect(m_ui->dateEdit, &DateEdit::dateChanged, this, &OpenVotingDialog::updateConfirmation);
    connect(m_ui->dateEdit, &DateEdit::problemChanged, this, &OpenVotingDialog::updateConfirmation);
    updateConfirmation();
    resize(sizeHint().width(), height());
    fitHeightToContents(this);
}

OpenVotingDialog::~OpenVotingDialog() = default;

DateEdit* OpenVotingDialog::dateEdit() const
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
    if (!m_ui->dateEdit->date().isValid()) {
        // The record date as typed is not a date (yet): the field says why once the user leaves it.
        m_ui->dateError->setText(m_ui->dateEdit->problem());
        m_ui->dateError->setVisible(m_ui->dateEdit->hasProblem());
        m_shownError = m_ui->dateEdit->problem();
        m_ui->confirmationLabel->clear();
        m_openButton->setEnabled(false);
        fitHeightToContents(this);
        return;
    }
    m_openButton->setEnabled(true);
    m_ui->confirmationLabel->setText(
        m_confirmation.arg(QLocale().toString(m_ui->dateEdit->date(), QLocale::LongFormat)));
    updateRollPreview();
    fitHeightToContents(this);
}

QString OpenVotingDialog::rollText() const
{
    return m_preview ? m_ui->rollLabel->text() : QString();
}

void OpenVotingDialog::updateRollPreview()
{
    if (!m_preview) {
        return;
    }
    const auto preview = m_preview(m_ui->dateEdit->date());
    m_ui->rollLabel->setText(preview ? *preview : preview.error().message);
    m_ui->rollLabel->setStyleSheet(preview ? QString() : u"color: #b3261e;"_s);
    m_openButton->setEnabled(preview.isOk());
    if (!preview) {
        m_shownError = preview.error().message;
    }
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
