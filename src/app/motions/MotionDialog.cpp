#include "app/motions/MotionDialog.h"

#include "app/shares/ShareEntryDialog.h"
#include "app/shell/MutualSession.h"
#include "app/widgets/FitHeight.h"
#include "app/widgets/MessageLines.h"
#include "storage/MemberRepository.h"
#include "storage/MotionRepository.h"
#include "ui_MotionDialog.h"

#include <QDoubleSpinBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace mutualise::app {

namespace {

constexpr int basisPointsPerPercent = 100;

int basisPointsOf(const QDoubleSpinBox* spin)
{
    return qRound(spin->value() * basisPointsPerPercent);
}

double percentOf(int basisPoints)
{
    return basisPoints / static_cast<double>(basisPointsPerPercent);
}

QString thresholdHint(domain::Threshold threshold)
{
    switch (threshold) {
    case domain::Threshold::Ordinary:
        return MotionDialog::tr("Carried by more votes for than against.");
    case domain::Threshold::Special:
        return MotionDialog::tr("Carried when at least 75% of the votes cast are for.");
    case domain::Threshold::TwoThirds:
        return MotionDialog::tr("Carried when at least two-thirds of the votes cast are for.");
    case domain::Threshold::Unanimous:
        return MotionDialog::tr("Carried when nobody votes against and someone votes for.");
    case domain::Threshold::AbsoluteMajority:
        return MotionDialog::tr(
            "Carried when more than half of all the eligible votes, cast or not, are for.");
    }
    return {};
}

QString schemeHint(domain::VotingScheme scheme)
{
    switch (scheme) {
    case domain::VotingScheme::OneMemberOneVote:
        return MotionDialog::tr("One vote each, whatever a member holds.");
    case domain::VotingScheme::ShareWeighted:
        return MotionDialog::tr("One vote per share held on the record date.");
    case domain::VotingScheme::ClassWeighted:
        return MotionDialog::tr("Each class's votes are scaled to its agreed share of the whole.");
    }
    return {};
}

// A name shown as text, not as a label's Alt letter: "Staff & volunteers" keeps its "&".
QString literal(QString text)
{
    return text.replace(u'&', u"&&"_s);
}

} // namespace

MotionDialog::MotionDialog(MutualSession& session, qint64 meetingId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MotionDialog>())
    , m_session(session)
    , m_meetingId(meetingId)
{
    m_ui->setupUi(this);
    reserveMessageLines(this);
    for (const domain::Threshold threshold : domain::allThresholds()) {
        m_ui->thresholdCombo->addItem(domain::thresholdLabel(threshold), static_cast<int>(threshold));
    }
    for (const domain::VotingScheme scheme : domain::allVotingSchemes()) {
        m_ui->schemeCombo->addItem(domain::votingSchemeLabel(scheme), static_cast<int>(scheme));
    }
    //: The cap on one member's share of a share-weighted vote when it is 0
    m_ui->capSpin->setSpecialValueText(tr("No cap"));
    m_proposerCompleter = new MemberCompleter(session.file(), m_ui->proposerEdit);
    m_seconderCompleter = new MemberCompleter(session.file(), m_ui->seconderEdit);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Add Motion"));
    m_errorLabels = {
        { u"title"_s, m_ui->titleError },        { u"body"_s, m_ui->bodyError },
        { u"proposer"_s, m_ui->proposerError },  { u"proposerId"_s, m_ui->proposerError },
        { u"seconder"_s, m_ui->seconderError },  { u"seconderId"_s, m_ui->seconderError },
        { u"capBasisPoints"_s, m_ui->capError }, { u"classShares"_s, m_ui->classSharesError },
        { u"quorum"_s, m_ui->quorumError },
    };
    createClassShares();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MotionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &MotionDialog::reject);
    connect(m_ui->titleEdit, &QLineEdit::textEdited, this, [this] { m_isTitleTouched = true; });
    connect(m_ui->titleEdit, &QLineEdit::textChanged, this, &MotionDialog::revalidate);
    connect(m_ui->bodyEdit, &QPlainTextEdit::textChanged, this, &MotionDialog::revalidate);
    connect(m_ui->proposerEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proposer = m_proposerCompleter->resolve(text);
        revalidate();
    });
    connect(m_ui->seconderEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_seconder = m_seconderCompleter->resolve(text);
        revalidate();
    });
    connect(m_ui->thresholdCombo, &QComboBox::currentIndexChanged, this, &MotionDialog::revalidate);
    connect(m_ui->schemeCombo, &QComboBox::currentIndexChanged, this, &MotionDialog::updateForScheme);
    connect(m_ui->capSpin, &QDoubleSpinBox::valueChanged, this, &MotionDialog::revalidate);
    connect(m_ui->quorumMembersSpin, &QSpinBox::valueChanged, this, &MotionDialog::revalidate);
    connect(m_ui->quorumPercentSpin, &QDoubleSpinBox::valueChanged, this, &MotionDialog::revalidate);
    updateForScheme();
    resize(sizeHint().width(), height());
    fitHeightToContents(this);
}

MotionDialog::~MotionDialog() = default;

// A row for each class with its share of a class-weighted vote, prefilled with the share the mutual
// agreed for the class; a class at 0% takes no part in such a vote.
void MotionDialog::createClassShares()
{
    const auto classes = storage::MemberRepository(m_session.file()).classes();
    QGridLayout* grid = m_ui->classSharesGrid;
    QWidget* previous = m_ui->schemeCombo;
    int row = 0;
    if (classes) {
        for (const domain::MemberClass& memberClass : *classes) {
            m_classNames.insert(memberClass.id, memberClass.name);
            auto* label = new QLabel(literal(memberClass.name), m_ui->classSharesFrame);
            auto* spin = new QDoubleSpinBox(m_ui->classSharesFrame);
            spin->setObjectName(u"classShareSpin%1"_s.arg(memberClass.id));
            spin->setDecimals(2);
            spin->setRange(0, 100);
            spin->setSuffix(tr("%"));
            spin->setMinimumWidth(110);
            spin->setAccessibleName(tr("Share of the vote for %1").arg(memberClass.name));
            spin->setValue(percentOf(memberClass.votingShareBasisPoints));
            label->setBuddy(spin);
            grid->addWidget(label, row, 0);
            grid->addWidget(spin, row, 1);
            m_classShareSpins.insert(memberClass.id, spin);
            connect(spin, &QDoubleSpinBox::valueChanged, this, &MotionDialog::revalidate);
            setTabOrder(previous, spin);
            previous = spin;
            if (row == 0) {
                m_ui->classSharesLabel->setBuddy(spin);
            }
            ++row;
        }
    }
    setTabOrder(previous, m_ui->capSpin);
    auto* totalCaption = new QLabel(tr("Total"), m_ui->classSharesFrame);
    QFont bold = totalCaption->font();
    bold.setBold(true);
    totalCaption->setFont(bold);
    m_classSharesTotal = new QLabel(m_ui->classSharesFrame);
    m_classSharesTotal->setObjectName(u"classSharesTotal"_s);
    m_classSharesTotal->setFont(bold);
    m_classSharesTotal->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    grid->addWidget(totalCaption, row, 0);
    grid->addWidget(m_classSharesTotal, row, 1);
    auto* hint = new QLabel(tr("The shares make 100% together; a class at 0% takes no part in the vote."),
                            m_ui->classSharesFrame);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(hint, row + 1, 0, 1, 2);
}

domain::VotingScheme MotionDialog::scheme() const
{
    return static_cast<domain::VotingScheme>(m_ui->schemeCombo->currentData().toInt());
}

void MotionDialog::updateForScheme()
{
    const bool isByShares = scheme() == domain::VotingScheme::ShareWeighted;
    const bool isByClass = scheme() == domain::VotingScheme::ClassWeighted;
    for (QWidget* widget : { static_cast<QWidget*>(m_ui->capLabel), static_cast<QWidget*>(m_ui->capSpin),
                             static_cast<QWidget*>(m_ui->capHint) }) {
        widget->setVisible(isByShares);
    }
    m_ui->classSharesLabel->setVisible(isByClass);
    m_ui->classSharesFrame->setVisible(isByClass);
    revalidate();
}

void MotionDialog::setMotion(const domain::Motion& motion)
{
    m_original = motion;
    setWindowTitle(tr("Edit Motion"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    m_ui->titleEdit->setText(motion.title);
    m_isTitleTouched = true;
    m_ui->bodyEdit->setPlainText(motion.body);
    const storage::MemberRepository members(m_session.file());
    for (const auto& [id, edit] : { std::pair { motion.proposerId, m_ui->proposerEdit },
                                    std::pair { motion.seconderId, m_ui->seconderEdit } }) {
        edit->clear();
        if (const auto member = id ? std::optional(members.member(*id)) : std::nullopt; member && *member) {
            edit->setText(MemberCompleter::displayText(member->value()));
        }
    }
    m_ui->thresholdCombo->setCurrentIndex(
        m_ui->thresholdCombo->findData(static_cast<int>(motion.rules.threshold)));
    m_ui->schemeCombo->setCurrentIndex(m_ui->schemeCombo->findData(static_cast<int>(motion.rules.scheme)));
    m_ui->capSpin->setValue(percentOf(motion.rules.capBasisPoints));
    if (motion.rules.scheme == domain::VotingScheme::ClassWeighted) {
        for (auto it = m_classShareSpins.cbegin(); it != m_classShareSpins.cend(); ++it) {
            it.value()->setValue(percentOf(motion.rules.classShares.value(it.key())));
        }
    }
    m_ui->quorumMembersSpin->setValue(motion.rules.quorum.minimumMembers);
    m_ui->quorumPercentSpin->setValue(percentOf(motion.rules.quorum.basisPoints));
    m_ui->secretCheck->setChecked(motion.isSecret);
    revalidate();
}

std::optional<domain::Motion> MotionDialog::motion() const
{
    const bool isProposerUnknown = !m_ui->proposerEdit->text().trimmed().isEmpty() && !m_proposer;
    const bool isSeconderUnknown = !m_ui->seconderEdit->text().trimmed().isEmpty() && !m_seconder;
    if (isProposerUnknown || isSeconderUnknown) {
        return std::nullopt;
    }
    domain::Motion motion = m_original;
    motion.meetingId = m_original.id == 0 ? m_meetingId : m_original.meetingId;
    motion.title = m_ui->titleEdit->text().trimmed();
    motion.body = m_ui->bodyEdit->toPlainText().trimmed();
    motion.proposerId = m_proposer ? std::optional(m_proposer->id) : std::nullopt;
    motion.seconderId = m_seconder ? std::optional(m_seconder->id) : std::nullopt;
    motion.rules.threshold = static_cast<domain::Threshold>(m_ui->thresholdCombo->currentData().toInt());
    motion.rules.scheme = scheme();
    motion.rules.capBasisPoints
        = motion.rules.scheme == domain::VotingScheme::ShareWeighted ? basisPointsOf(m_ui->capSpin) : 0;
    motion.rules.classShares.clear();
    if (motion.rules.scheme == domain::VotingScheme::ClassWeighted) {
        for (auto it = m_classShareSpins.cbegin(); it != m_classShareSpins.cend(); ++it) {
            if (const int share = basisPointsOf(it.value()); share > 0) {
                motion.rules.classShares.insert(it.key(), share);
            }
        }
    }
    motion.rules.quorum.minimumMembers = m_ui->quorumMembersSpin->value();
    motion.rules.quorum.basisPoints = basisPointsOf(m_ui->quorumPercentSpin);
    motion.isSecret = m_ui->secretCheck->isChecked();
    return motion;
}

void MotionDialog::clearErrors()
{
    for (QLabel* label : std::as_const(m_errorLabels)) {
        label->clear();
        label->hide();
    }
    m_ui->generalError->clear();
    m_ui->generalError->hide();
    m_shownError.clear();
}

void MotionDialog::showError(const domain::Error& error)
{
    QLabel* label = m_errorLabels.value(error.field, m_ui->generalError);
    if (label != m_ui->generalError && !label->text().isEmpty()) {
        return; // the field already says what is wrong with it
    }
    label->setText(error.message);
    label->show();
    m_shownError = error.message;
}

void MotionDialog::showMemberHint(QLabel* label, const QString& text,
                                  const std::optional<domain::Member>& member)
{
    if (!text.trimmed().isEmpty() && !member) {
        showError({ tr("No member has the number “%1”. Pick one from the list.")
                        .arg(text.section(u" — "_s, 0, 0).trimmed()),
                    u"unknown-member"_s, label == m_ui->proposerError ? u"proposer"_s : u"seconder"_s });
    }
}

void MotionDialog::updateHints()
{
    m_ui->thresholdHint->setText(
        thresholdHint(static_cast<domain::Threshold>(m_ui->thresholdCombo->currentData().toInt())));
    m_ui->schemeHint->setText(schemeHint(scheme()));
    int total = 0;
    for (const QDoubleSpinBox* spin : std::as_const(m_classShareSpins)) {
        total += basisPointsOf(spin);
    }
    m_classSharesTotal->setText(
        tr("%1%").arg(QLocale().toString(percentOf(total), 'f', QLocale::FloatingPointShortest)));
}

void MotionDialog::revalidate()
{
    clearErrors();
    updateHints();
    showMemberHint(m_ui->proposerError, m_ui->proposerEdit->text(), m_proposer);
    showMemberHint(m_ui->seconderError, m_ui->seconderEdit->text(), m_seconder);
    const auto entered = motion();
    bool isValid = entered.has_value();
    if (entered) {
        // An empty title is not yet wrong before anything is typed: check the rest of the motion.
        domain::Motion checked = *entered;
        if (checked.title.isEmpty() && !m_isTitleTouched) {
            checked.title = u"-"_s;
            isValid = false;
        }
        if (const auto valid = domain::validateMotion(checked, m_classNames); !valid) {
            showError(valid.error());
            isValid = false;
        }
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(isValid);
    fitHeightToContents(this);
}

void MotionDialog::accept()
{
    const auto entered = motion();
    if (!entered || !domain::validateMotion(*entered, m_classNames)) {
        return;
    }
    storage::MotionRepository motions(m_session.file());
    const auto saved = entered->id == 0 ? motions.add(*entered) : motions.update(*entered);
    if (!saved) {
        clearErrors();
        showError(saved.error());
        fitHeightToContents(this);
        return;
    }
    m_saved = saved.value();
    m_session.notifyChanged();
    QDialog::accept();
}

} // namespace mutualise::app
