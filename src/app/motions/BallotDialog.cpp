#include "app/motions/BallotDialog.h"

#include "app/shares/ShareEntryDialog.h"
#include "app/shell/MutualSession.h"
#include "app/widgets/FitHeight.h"
#include "app/widgets/MessageLines.h"
#include "domain/Counts.h"
#include "ui_BallotDialog.h"

#include <QButtonGroup>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace mutualise::app {

namespace {

// Where a refused ballot's reason is shown, by the rule storage names (MotionRepository.h).
enum class Field
{
    Member,
    Choice,
    Method,
    Proxy,
    General,
};

Field fieldFor(const QString& rule)
{
    if (rule == u"voted-twice" || rule == u"not-eligible" || rule == u"unknown-member") {
        return Field::Member;
    }
    if (rule == u"proxy-direction") {
        return Field::Choice;
    }
    if (rule == u"no-proxy") {
        return Field::Method;
    }
    if (rule == u"wrong-proxy" || rule == u"not-a-proxy-ballot") {
        return Field::Proxy;
    }
    return Field::General;
}

QString unknownMemberText(const QString& typed)
{
    return BallotDialog::tr("No member has the number “%1”. Pick one from the list.")
        .arg(typed.section(u" — "_s, 0, 0).trimmed());
}

} // namespace

BallotDialog::BallotDialog(MutualSession& session, const domain::Motion& motion, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BallotDialog>())
    , m_session(session)
    , m_motion(motion)
    , m_choices(new QButtonGroup(this))
{
    m_ui->setupUi(this);
    reserveMessageLines(this);
    setWindowTitle(tr("Record Ballots — %1").arg(motion.title));
    m_ui->introLabel->setText(u"<b>%1</b><br>%2"_s.arg(
        motion.title.toHtmlEscaped(),
        (motion.isSecret ? tr("Secret ballot: the vote is added to the totals and is never stored with "
                              "the member's name. Enter each paper as it comes; the dialog stays open "
                              "for the next one.")
                         : tr("Enter each paper as it comes; the dialog stays open for the next one."))
            .toHtmlEscaped()));
    m_choices->addButton(m_ui->forRadio, static_cast<int>(domain::Choice::For));
    m_choices->addButton(m_ui->againstRadio, static_cast<int>(domain::Choice::Against));
    m_choices->addButton(m_ui->abstainRadio, static_cast<int>(domain::Choice::Abstain));
    for (const domain::BallotMethod ballotMethod : domain::allBallotMethods()) {
        m_ui->methodCombo->addItem(domain::ballotMethodLabel(ballotMethod), static_cast<int>(ballotMethod));
    }
    m_memberCompleter = new MemberCompleter(session.file(), m_ui->memberEdit);
    m_proxyCompleter = new MemberCompleter(session.file(), m_ui->proxyEdit);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Record Ballot"));

    if (const auto proxies = storage::MeetingRepository(session.file()).proxies(motion.meetingId)) {
        for (const storage::ProxyRow& row : *proxies) {
            m_appointments.insert(row.appointment.memberId, row);
        }
    }
    storage::MotionRepository motions(session.file());
    if (const auto roll = motions.roll(motion.id)) {
        m_rollSize = roll->entries.size();
    }
    if (const auto ballots = motions.ballots(motion.id)) {
        m_ballotsBefore = ballots->size();
    }

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &BallotDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &BallotDialog::reject);
    connect(m_ui->memberEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_member = m_memberCompleter->resolve(text);
        suggestProxy();
        revalidate();
    });
    connect(m_ui->proxyEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy = m_proxyCompleter->resolve(text);
        revalidate();
    });
    connect(m_choices, &QButtonGroup::idToggled, this, &BallotDialog::revalidate);
    connect(m_ui->methodCombo, &QComboBox::currentIndexChanged, this, &BallotDialog::updateForMethod);
    connect(m_ui->proxyChairCheck, &QCheckBox::toggled, this, [this](bool isChair) {
        m_ui->proxyEdit->setEnabled(!isChair);
        revalidate();
    });
    m_ui->recordedLabel->hide();
    updateForMethod();
    updateProgress();
    resize(sizeHint().width(), height());
    fitHeightToContents(this);
}

BallotDialog::~BallotDialog() = default;

std::optional<domain::Choice> BallotDialog::choice() const
{
    const int id = m_choices->checkedId();
    return id < 0 ? std::nullopt : std::optional(static_cast<domain::Choice>(id));
}

domain::BallotMethod BallotDialog::method() const
{
    return static_cast<domain::BallotMethod>(m_ui->methodCombo->currentData().toInt());
}

void BallotDialog::setChoice(domain::Choice choice)
{
    m_choices->button(static_cast<int>(choice))->setChecked(true);
}

void BallotDialog::setMethod(domain::BallotMethod method)
{
    m_ui->methodCombo->setCurrentIndex(m_ui->methodCombo->findData(static_cast<int>(method)));
}

std::optional<storage::BallotInput> BallotDialog::ballot() const
{
    const auto chosen = choice();
    if (!m_member || !chosen) {
        return std::nullopt;
    }
    storage::BallotInput input;
    input.memberNumber = m_member->number;
    input.choice = *chosen;
    input.method = method();
    if (input.method == domain::BallotMethod::Proxy && !m_ui->proxyChairCheck->isChecked()) {
        if (!m_proxy) {
            return std::nullopt;
        }
        input.proxyNumber = m_proxy->number;
    }
    return input;
}

void BallotDialog::updateForMethod()
{
    const bool isByProxy = method() == domain::BallotMethod::Proxy;
    for (QWidget* widget :
         { static_cast<QWidget*>(m_ui->proxyLabel), static_cast<QWidget*>(m_ui->proxyEdit),
           static_cast<QWidget*>(m_ui->proxyChairCheck), static_cast<QWidget*>(m_ui->proxyHint) }) {
        widget->setVisible(isByProxy);
    }
    suggestProxy();
    revalidate();
}

// The proxy the member appointed for the meeting, filled in for the secretary; storage checks the
// ballot against the appointment all the same.
void BallotDialog::suggestProxy()
{
    m_ui->proxyHint->clear();
    if (method() != domain::BallotMethod::Proxy || !m_member) {
        return;
    }
    const auto found = m_appointments.constFind(m_member->id);
    if (found == m_appointments.constEnd()) {
        m_ui->proxyHint->setText(tr("%1 appointed no proxy for this meeting.").arg(m_member->number));
        return;
    }
    const storage::ProxyRow& row = found.value();
    const bool isChair = row.proxyNumber.isEmpty();
    m_ui->proxyChairCheck->setChecked(isChair);
    if (!isChair) {
        domain::Member holder;
        holder.number = row.proxyNumber;
        holder.name = row.proxyName;
        m_ui->proxyEdit->setText(MemberCompleter::displayText(holder));
    }
    const QString holder = isChair ? tr("the chair") : tr("%1 · %2").arg(row.proxyNumber, row.proxyName);
    m_ui->proxyHint->setText(row.appointment.direction
                                 ? tr("Appointed %1, directed to vote “%2”.")
                                       .arg(holder, domain::choiceLabel(*row.appointment.direction))
                                 : tr("Appointed %1, free to decide.").arg(holder));
}

void BallotDialog::updateProgress()
{
    //: How far the count of ballots has gone: "3 of 5 members on the roll have voted"
    m_ui->progressLabel->setText(
        tr("%1 of %2 member(s) on the roll have voted.", nullptr, domain::pluralFormOf(m_rollSize))
            .arg(QLocale().toString(m_ballotsBefore + m_recorded), QLocale().toString(m_rollSize)));
}

void BallotDialog::clearErrors()
{
    for (QLabel* label :
         { m_ui->memberError, m_ui->choiceError, m_ui->methodError, m_ui->proxyError, m_ui->generalError }) {
        label->clear();
        label->hide();
    }
    m_shownError.clear();
}

void BallotDialog::showError(const domain::Error& error)
{
    QLabel* label = m_ui->generalError;
    QWidget* field = nullptr;
    switch (fieldFor(error.rule)) {
    case Field::Member:
        label = m_ui->memberError;
        field = m_ui->memberEdit;
        break;
    case Field::Choice:
        label = m_ui->choiceError;
        field = m_ui->forRadio;
        break;
    case Field::Method:
        label = m_ui->methodError;
        field = m_ui->methodCombo;
        break;
    case Field::Proxy:
        label = method() == domain::BallotMethod::Proxy ? m_ui->proxyError : m_ui->methodError;
        field = method() == domain::BallotMethod::Proxy ? static_cast<QWidget*>(m_ui->proxyEdit)
                                                        : m_ui->methodCombo;
        break;
    case Field::General:
        break;
    }
    // Storage words a ballot's refusal to follow "Line 12: " in a file; on its own it starts a sentence.
    QString message = error.message;
    if (!message.isEmpty()) {
        message[0] = message.at(0).toUpper();
    }
    label->setText(message);
    label->show();
    m_shownError = message;
    fitHeightToContents(this);
    if (field && field->isEnabled()) {
        field->setFocus();
    }
}

void BallotDialog::revalidate()
{
    clearErrors();
    const QString memberText = m_ui->memberEdit->text().trimmed();
    if (!memberText.isEmpty() && !m_member) {
        m_ui->memberError->setText(unknownMemberText(memberText));
        m_ui->memberError->show();
        m_shownError = m_ui->memberError->text();
    }
    const QString proxyText = m_ui->proxyEdit->text().trimmed();
    if (method() == domain::BallotMethod::Proxy && !m_ui->proxyChairCheck->isChecked() && !proxyText.isEmpty()
        && !m_proxy) {
        m_ui->proxyError->setText(unknownMemberText(proxyText));
        m_ui->proxyError->show();
        m_shownError = m_ui->proxyError->text();
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ballot().has_value());
    fitHeightToContents(this);
}

void BallotDialog::accept()
{
    const auto current = ballot();
    if (!current) {
        return;
    }
    const auto cast = storage::MotionRepository(m_session.file()).castBallot(m_motion.id, *current);
    if (!cast) {
        clearErrors();
        showError(cast.error());
        return;
    }
    ++m_recorded;
    showRecorded(*current, *cast);
    clearForNextBallot();
    updateProgress();
    m_session.notifyChanged();
}

void BallotDialog::showRecorded(const storage::BallotInput& ballot, const QDateTime& castAt)
{
    const QString who = tr("%1 · %2").arg(m_member->number, m_member->name);
    const QString how = ballot.method == domain::BallotMethod::Proxy
        ? (ballot.proxyNumber.isEmpty() ? tr("by proxy, the chair")
                                        : tr("by proxy, %1").arg(ballot.proxyNumber))
        : domain::ballotMethodLabel(ballot.method).toLower();
    const QString when = QLocale().toString(castAt.toLocalTime().time(), QLocale::ShortFormat);
    m_ui->recordedLabel->setText(
        m_motion.isSecret
            ? tr("Recorded at %1: %2 voted (%3). The vote itself is secret.").arg(when, who, how)
            : tr("Recorded at %1: %2 voted “%3” (%4).")
                  .arg(when, who, domain::choiceLabel(ballot.choice), how));
    m_ui->recordedLabel->show();
}

// Ready for the next paper: a new member and choice; the method stays, as papers come in batches.
void BallotDialog::clearForNextBallot()
{
    m_choices->setExclusive(false);
    for (QAbstractButton* button : m_choices->buttons()) {
        button->setChecked(false);
    }
    m_choices->setExclusive(true);
    m_ui->proxyEdit->clear();
    m_ui->proxyChairCheck->setChecked(false);
    m_ui->memberEdit->clear();
    m_ui->memberEdit->setFocus();
    revalidate();
}

} // namespace mutualise::app
