#include "app/meetings/ProxyDialog.h"

#include "app/shares/ShareEntryDialog.h"
#include "app/shell/MutualSession.h"
#include "app/widgets/FitHeight.h"
#include "app/widgets/MessageLines.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "ui_ProxyDialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace mutualise::app {

namespace {

QString unknownMemberText(const QString& typed)
{
    return ProxyDialog::tr("No member has the number “%1”. Pick one from the list.")
        .arg(typed.section(u" — "_s, 0, 0).trimmed());
}

} // namespace

ProxyDialog::ProxyDialog(MutualSession& session, qint64 meetingId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProxyDialog>())
    , m_session(session)
    , m_meetingId(meetingId)
{
    m_ui->setupUi(this);
    reserveMessageLines(this);
    m_ui->directionCombo->addItem(tr("As the proxy decides"));
    for (const domain::Choice choice : domain::allChoices()) {
        //: A proxy's direction: "Vote For", "Vote Against", "Vote Abstain"
        m_ui->directionCombo->addItem(tr("Vote “%1”").arg(domain::choiceLabel(choice)),
                                      static_cast<int>(choice));
    }
    m_memberCompleter = new MemberCompleter(session.file(), m_ui->memberEdit);
    m_holderCompleter = new MemberCompleter(session.file(), m_ui->holderEdit);
    m_ui->holderEdit->setEnabled(false);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Appoint Proxy"));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProxyDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProxyDialog::reject);
    connect(m_ui->memberEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_member = m_memberCompleter->resolve(text);
        revalidate();
    });
    connect(m_ui->holderEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_holder = m_holderCompleter->resolve(text);
        revalidate();
    });
    connect(m_ui->memberRadio, &QRadioButton::toggled, this, [this](bool isMember) {
        m_ui->holderEdit->setEnabled(isMember);
        if (isMember) {
            m_ui->holderEdit->setFocus();
        }
        revalidate();
    });
    revalidate();
    resize(sizeHint().width(), height());
    fitHeightToContents(this);
}

ProxyDialog::~ProxyDialog() = default;

void ProxyDialog::setAppointment(const domain::ProxyAppointment& appointment)
{
    const storage::MemberRepository members(m_session.file());
    if (const auto member = members.member(appointment.memberId)) {
        m_ui->memberEdit->setText(MemberCompleter::displayText(*member));
    }
    if (appointment.proxyMemberId) {
        m_ui->memberRadio->setChecked(true);
        if (const auto holder = members.member(*appointment.proxyMemberId)) {
            m_ui->holderEdit->setText(MemberCompleter::displayText(*holder));
        }
    } else {
        m_ui->chairRadio->setChecked(true);
    }
    m_ui->directionCombo->setCurrentIndex(
        appointment.direction ? m_ui->directionCombo->findData(static_cast<int>(*appointment.direction)) : 0);
    revalidate();
}

std::optional<domain::ProxyAppointment> ProxyDialog::appointment() const
{
    if (!m_member) {
        return std::nullopt;
    }
    domain::ProxyAppointment appointment;
    appointment.memberId = m_member->id;
    if (m_ui->memberRadio->isChecked()) {
        if (!m_holder) {
            return std::nullopt;
        }
        appointment.proxyMemberId = m_holder->id;
    }
    const QVariant direction = m_ui->directionCombo->currentData();
    if (direction.isValid()) {
        appointment.direction = static_cast<domain::Choice>(direction.toInt());
    }
    return appointment;
}

void ProxyDialog::clearErrors()
{
    for (QLabel* label : { m_ui->memberError, m_ui->holderError, m_ui->generalError }) {
        label->clear();
        label->hide();
    }
    m_shownError.clear();
}

void ProxyDialog::showError(const domain::Error& error)
{
    QLabel* label = m_ui->generalError;
    if (error.field == u"member") {
        label = m_ui->memberError;
    } else if (error.field == u"proxy") {
        label = m_ui->holderError;
    }
    label->setText(error.message);
    label->show();
    m_shownError = error.message;
    fitHeightToContents(this);
}

void ProxyDialog::revalidate()
{
    clearErrors();
    const QString memberText = m_ui->memberEdit->text().trimmed();
    if (!memberText.isEmpty() && !m_member) {
        showError({ unknownMemberText(memberText), u"unknown-member"_s, u"member"_s });
    }
    const QString holderText = m_ui->holderEdit->text().trimmed();
    if (m_ui->memberRadio->isChecked() && !holderText.isEmpty() && !m_holder) {
        showError({ unknownMemberText(holderText), u"unknown-member"_s, u"proxy"_s });
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(appointment().has_value());
    fitHeightToContents(this);
}

void ProxyDialog::accept()
{
    const auto current = appointment();
    if (!current) {
        return;
    }
    const auto appointed = storage::MeetingRepository(m_session.file()).appointProxy(m_meetingId, *current);
    if (!appointed) {
        clearErrors();
        // Storage names the field "member" when either member is not a voting member on the day; the
        // message names which, so it goes under the holder when it is about the holder.
        domain::Error error = appointed.error();
        const auto isAbout = [&error](const domain::Member& member) {
            return error.message.contains(QStringLiteral("%1 %2").arg(member.number, member.name));
        };
        if (error.rule == u"not-a-voter" && m_holder && current->proxyMemberId && isAbout(*m_holder)
            && !isAbout(*m_member)) {
            error.field = u"proxy"_s;
        }
        showError(error);
        return;
    }
    m_session.notifyChanged();
    QDialog::accept();
}

} // namespace mutualise::app
