#include "app/shares/ShareEntryDialog.h"

#include "app/shell/MutualSession.h"
#include "app/widgets/FitHeight.h"
#include "app/widgets/MessageLines.h"
#include "domain/Counts.h"
#include "domain/Dates.h"
#include "storage/MemberRepository.h"
#include "storage/ShareLedgerRepository.h"
#include "ui_ShareEntryDialog.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStringListModel>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace mutualise::app {

namespace {

constexpr qint64 matchesShown = 20;

const QString numberNameSeparator = u" — "_s;

} // namespace

MemberCompleter::MemberCompleter(storage::MutualFile& file, QLineEdit* edit)
    : QCompleter(edit)
    , m_file(file)
    , m_matches(new QStringListModel(this))
{
    setModel(m_matches);
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchContains);
    setMaxVisibleItems(12);
    edit->setCompleter(this);
    connect(edit, &QLineEdit::textEdited, this, &MemberCompleter::refreshMatches);
}

QString MemberCompleter::displayText(const domain::Member& member)
{
    return member.number + numberNameSeparator + member.name;
}

void MemberCompleter::refreshMatches(const QString& text)
{
    const QString search = text.section(numberNameSeparator, 0, 0).trimmed();
    if (search.isEmpty()) {
        m_matches->setStringList({});
        return;
    }
    storage::MemberQuery query;
    query.search = search;
    const auto rows = storage::MemberRepository(m_file).page(query, 0, matchesShown);
    QStringList matches;
    if (rows) {
        for (const storage::MemberRow& row : *rows) {
            matches.append(displayText(row.member));
        }
    }
    m_matches->setStringList(matches);
    // The list changed under the completer: show the fresh matches for what was typed.
    if (!matches.isEmpty() && widget() && widget()->hasFocus()) {
        setCompletionPrefix(text);
        complete();
    }
}

std::optional<domain::Member> MemberCompleter::resolve(const QString& text) const
{
    const QString number = text.section(numberNameSeparator, 0, 0).trimmed();
    if (number.isEmpty()) {
        return std::nullopt;
    }
    auto member = storage::MemberRepository(m_file).memberByNumber(number);
    if (!member) {
        return std::nullopt;
    }
    return std::move(member).value();
}

ShareEntryDialog::ShareEntryDialog(MutualSession& session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ShareEntryDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    reserveMessageLines(this);
    for (const auto kind : { domain::ShareEntryKind::Subscription, domain::ShareEntryKind::Transfer,
                             domain::ShareEntryKind::Withdrawal, domain::ShareEntryKind::Forfeiture }) {
        m_ui->kindCombo->addItem(domain::entryKindLabel(kind), static_cast<int>(kind));
    }
    m_memberCompleter = new MemberCompleter(session.file(), m_ui->memberEdit);
    m_toMemberCompleter = new MemberCompleter(session.file(), m_ui->toMemberEdit);
    // Storage refuses an entry dated after today ("future-date"), so none is offered.
    m_ui->dateEdit->setMaximumDate(QDate::currentDate());
    m_ui->dateEdit->setDate(QDate::currentDate());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    const bool isAmountFixed = !session.mutual().amountMayDifferFromNominal;
    m_ui->amountEdit->setReadOnly(isAmountFixed);
    m_ui->amountEdit->setFocusPolicy(isAmountFixed ? Qt::NoFocus : Qt::StrongFocus);
    // A fixed amount reads as a figure, not as a box to type in.
    m_ui->amountEdit->setFrame(!isAmountFixed);
    m_ui->amountRuleLabel->setVisible(isAmountFixed);
    collectErrorLabels();

    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &ShareEntryDialog::updateForKind);
    connect(m_ui->memberEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_member = m_memberCompleter->resolve(text);
        revalidate();
    });
    connect(m_ui->toMemberEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_toMember = m_toMemberCompleter->resolve(text);
        revalidate();
    });
    connect(m_ui->dateEdit, &DateEdit::dateChanged, this, &ShareEntryDialog::revalidate);
    connect(m_ui->dateEdit, &DateEdit::problemChanged, this, &ShareEntryDialog::revalidate);
    connect(m_ui->sharesSpin, &QSpinBox::valueChanged, this, &ShareEntryDialog::updateAmount);
    connect(m_ui->amountEdit, &QLineEdit::textEdited, this, &ShareEntryDialog::revalidate);
    connect(m_ui->referenceEdit, &QLineEdit::textChanged, this, &ShareEntryDialog::revalidate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ShareEntryDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ShareEntryDialog::reject);

    updateAmount();
    updateForKind();
    resize(sizeHint().width(), height());
    fitHeightToContents(this);
}

ShareEntryDialog::~ShareEntryDialog() = default;

void ShareEntryDialog::collectErrorLabels()
{
    // Each field has a hidden error row under it, shown when a check or a ledger rule concerns it.
    m_errors.setLabels({
        { m_ui->kindCombo, m_ui->kindError },
        { m_ui->memberEdit, m_ui->memberError },
        { m_ui->toMemberEdit, m_ui->toMemberError },
        { m_ui->dateEdit, m_ui->dateError },
        { m_ui->sharesSpin, m_ui->sharesError },
        { m_ui->amountEdit, m_ui->amountError },
        { m_ui->referenceEdit, m_ui->referenceError },
    });
    clearErrors();
}

void ShareEntryDialog::setKind(domain::ShareEntryKind kind)
{
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(static_cast<int>(kind)));
}

void ShareEntryDialog::setMember(const domain::Member& member)
{
    m_ui->memberEdit->setText(MemberCompleter::displayText(member));
}

domain::ShareEntryKind ShareEntryDialog::kind() const
{
    return static_cast<domain::ShareEntryKind>(m_ui->kindCombo->currentData().toInt());
}

void ShareEntryDialog::updateForKind()
{
    m_ui->toMemberLabel->setVisible(isTransfer());
    m_ui->toMemberEdit->setVisible(isTransfer());
    m_ui->memberLabel->setText(isTransfer() ? tr("&From member:") : tr("&Member:"));
    revalidate();
}

void ShareEntryDialog::updateAmount()
{
    if (m_ui->amountEdit->isReadOnly() || m_ui->amountEdit->text().isEmpty()
        || !m_ui->amountEdit->isModified()) {
        const domain::Money nominal = m_session.mutual().nominal();
        const auto amount = nominal.times(m_ui->sharesSpin->value());
        m_ui->amountEdit->setText(amount ? amount->format(QLocale()) : QString());
        m_ui->amountRuleLabel->setText(
            //: The amount worked out: a count of shares times the value of one share, "= 250 × £1.00 a share"
            tr("= %1 × %2 a share")
                .arg(QLocale().toString(m_ui->sharesSpin->value()), nominal.format(QLocale())));
    }
    revalidate();
}

std::optional<qint64> ShareEntryDialog::amountInMinorUnits() const
{
    const domain::Mutual mutual = m_session.mutual();
    if (m_ui->amountEdit->isReadOnly()) {
        const auto amount = mutual.nominal().times(m_ui->sharesSpin->value());
        return amount ? std::optional(amount->minorUnits()) : std::nullopt;
    }
    const auto amount = domain::Money::parse(m_ui->amountEdit->text(), mutual.currency, QLocale());
    if (!amount || amount->minorUnits() <= 0) {
        return std::nullopt;
    }
    return amount->minorUnits();
}

bool ShareEntryDialog::isReduction() const
{
    return kind() != domain::ShareEntryKind::Subscription;
}

std::optional<qint64> ShareEntryDialog::sharesThatCanBeGivenUp() const
{
    const QDate date = m_ui->dateEdit->date();
    if (!isReduction() || !m_member || !date.isValid()) {
        return std::nullopt;
    }
    domain::MemberPosition position;
    position.member = *m_member;
    const auto classes = storage::MemberRepository(m_session.file()).classes();
    const auto entries = storage::ShareLedgerRepository(m_session.file()).entriesOf(m_member->id);
    if (!classes || !entries) {
        return std::nullopt; // storage will say what is wrong when the entry is recorded
    }
    for (const domain::MemberClass& memberClass : *classes) {
        if (memberClass.id == m_member->classId) {
            position.memberClass = memberClass;
        }
    }
    position.entries = *entries;
    return domain::ShareLedger::sharesThatCanBeGivenUp(position, date);
}

QString ShareEntryDialog::reductionLimitText(qint64 limit) const
{
    const QString date = QLocale().toString(m_ui->dateEdit->date(), domain::typedDateFormat(QLocale()));
    QString text;
    switch (kind()) {
    case domain::ShareEntryKind::Transfer:
        //: %1 is a count of shares ("45 shares"), %2 a date
        text = tr("At most %1 can be transferred on %2.").arg(domain::shareCount(limit), date);
        break;
    case domain::ShareEntryKind::Forfeiture:
        //: %1 is a count of shares ("45 shares"), %2 a date
        text = tr("At most %1 can be forfeited on %2.").arg(domain::shareCount(limit), date);
        break;
    default:
        //: %1 is a count of shares ("45 shares"), %2 a date
        text = tr("At most %1 can be withdrawn on %2.").arg(domain::shareCount(limit), date);
    }
    const auto classes = storage::MemberRepository(m_session.file()).classes();
    if (classes && m_member && m_member->status != domain::MemberStatus::Ceased) {
        for (const domain::MemberClass& memberClass : *classes) {
            if (memberClass.id == m_member->classId && memberClass.minimumShares > 0) {
                //: %2 is a count of shares ("5 shares")
                text += u' '
                    + tr("Members of the class “%1” keep at least %2.")
                          .arg(memberClass.name, domain::shareCount(memberClass.minimumShares));
            }
        }
    }
    return text;
}

std::optional<domain::ShareMovement> ShareEntryDialog::movement() const
{
    const auto amount = amountInMinorUnits();
    if (!m_member || !amount || !m_ui->dateEdit->date().isValid()) {
        return std::nullopt;
    }
    if (isTransfer() && (!m_toMember || m_toMember->id == m_member->id)) {
        return std::nullopt;
    }
    domain::ShareMovement movement;
    movement.kind = kind();
    movement.date = m_ui->dateEdit->date();
    movement.memberId = m_member->id;
    if (isTransfer()) {
        movement.toMemberId = m_toMember->id;
    }
    movement.shares = m_ui->sharesSpin->value();
    movement.amount = *amount;
    movement.reference = m_ui->referenceEdit->text().trimmed();
    return movement;
}

void ShareEntryDialog::revalidate()
{
    clearErrors();
    const QString memberText = m_ui->memberEdit->text().trimmed();
    if (!memberText.isEmpty() && !m_member) {
        showFieldHint(m_ui->memberEdit,
                      tr("No member has the number “%1”. Pick one from the list.")
                          .arg(memberText.section(numberNameSeparator, 0, 0)));
    }
    const QString toMemberText = m_ui->toMemberEdit->text().trimmed();
    if (isTransfer() && !toMemberText.isEmpty()) {
        if (!m_toMember) {
            showFieldHint(m_ui->toMemberEdit,
                          tr("No member has the number “%1”. Pick one from the list.")
                              .arg(toMemberText.section(numberNameSeparator, 0, 0)));
        } else if (m_member && m_toMember->id == m_member->id) {
            showFieldHint(m_ui->toMemberEdit, tr("Shares are transferred to a different member."));
        }
    }
    if (m_ui->dateEdit->hasProblem()) {
        showFieldHint(m_ui->dateEdit, m_ui->dateEdit->problem());
    }
    if (!m_ui->amountEdit->isReadOnly()) {
        const auto amount
            = domain::Money::parse(m_ui->amountEdit->text(), m_session.mutual().currency, QLocale());
        if (!amount) {
            showFieldHint(m_ui->amountEdit, amount.error().message);
        } else if (amount->minorUnits() <= 0) {
            showFieldHint(m_ui->amountEdit, tr("The amount must be more than zero."));
        }
    }
    // A reduction says how far it may go before Record is pressed, and cannot be recorded beyond it.
    const auto limit = sharesThatCanBeGivenUp();
    m_reductionLimit = limit ? reductionLimitText(*limit) : QString();
    const bool isOverLimit = limit && m_ui->sharesSpin->value() > *limit;
    if (isOverLimit) {
        showFieldHint(m_ui->sharesSpin, m_reductionLimit);
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(movement().has_value() && !isOverLimit);
    updatePreview();
    fitHeightToContents(this);
}

void ShareEntryDialog::updatePreview()
{
    const auto current = movement();
    const auto limit = sharesThatCanBeGivenUp();
    if (!current || (limit && current->shares > *limit)) {
        // Over the limit the message under the shares says it all; a holding below zero is not shown.
        m_ui->previewLabel->setText(current ? QString() : m_reductionLimit);
        return;
    }
    const domain::Mutual mutual = m_session.mutual();
    const storage::ShareLedgerRepository ledger(m_session.file());
    const bool isIncrease = current->kind == domain::ShareEntryKind::Subscription;
    const qint64 sign = isIncrease ? 1 : -1;
    const auto before = ledger.holdingOf(current->memberId, current->date);
    if (!before) {
        m_ui->previewLabel->setText(before.error().message);
        return;
    }
    const qint64 sharesAfter = before->shares + sign * current->shares;
    const qint64 amountAfter = before->amount + sign * current->amount.value_or(0);
    //: %1 is a count of shares ("120 shares"), %2 an amount of money
    QString text = tr("Holding after this entry: %1 (%2)")
                       .arg(domain::shareCount(sharesAfter),
                            domain::Money(amountAfter, mutual.currency).format(QLocale()));
    if (current->toMemberId) {
        const auto receiving = ledger.holdingOf(*current->toMemberId, current->date);
        if (receiving) {
            text += u'\n'
                //: %1 is a member number, %2 a count of shares ("120 shares"), %3 an amount of money
                + tr("%1 will hold: %2 (%3)")
                      .arg(m_toMember->number, domain::shareCount(receiving->shares + current->shares),
                           domain::Money(receiving->amount + current->amount.value_or(0), mutual.currency)
                               .format(QLocale()));
        }
    }
    if (!m_reductionLimit.isEmpty()) {
        text += u'\n' + m_reductionLimit;
    }
    m_ui->previewLabel->setText(text);
}

void ShareEntryDialog::showFieldHint(QWidget* field, const QString& message)
{
    m_errors.show(field, message);
}

void ShareEntryDialog::clearErrors()
{
    m_errors.clear();
}

void ShareEntryDialog::showError(const domain::Error& error)
{
    const QHash<QString, QWidget*> fieldsByName {
        { u"kind"_s, m_ui->kindCombo },          { u"member"_s, m_ui->memberEdit },
        { u"memberId"_s, m_ui->memberEdit },     { u"toMember"_s, m_ui->toMemberEdit },
        { u"toMemberId"_s, m_ui->toMemberEdit }, { u"counterparty"_s, m_ui->toMemberEdit },
        { u"date"_s, m_ui->dateEdit },           { u"shares"_s, m_ui->sharesSpin },
        { u"amount"_s, m_ui->amountEdit },       { u"reference"_s, m_ui->referenceEdit },
    };
    QWidget* field = fieldsByName.value(error.field);
    if (field != nullptr && !field->isVisible()) {
        field = nullptr; // a field not shown cannot show its message
    }
    m_errors.showRefusal(this, field, error.message, tr("Entry not recorded"));
}

void ShareEntryDialog::accept()
{
    const auto current = movement();
    if (!current) {
        return;
    }
    const auto recorded = storage::ShareLedgerRepository(m_session.file()).record(*current);
    if (!recorded) {
        showError(recorded.error());
        return;
    }
    m_session.notifyChanged();
    QDialog::accept();
}

} // namespace mutualise::app
