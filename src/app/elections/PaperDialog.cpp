#include "app/elections/PaperDialog.h"

#include "app/shares/ShareEntryDialog.h"
#include "app/shell/MutualSession.h"
#include "app/widgets/FitHeight.h"
#include "app/widgets/MessageLines.h"
#include "reports/ElectionFigures.h"
#include "ui_PaperDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace mutualise::app {

namespace {

bool isVoterRule(const QString& rule)
{
    return rule == u"voted-twice" || rule == u"not-eligible" || rule == u"unknown-member";
}

// A candidate's name shown as text, not as a label's Alt letter: "Smith & Sons" keeps its "&".
QString literal(QString text)
{
    return text.replace(u'&', u"&&"_s);
}

} // namespace

PaperDialog::PaperDialog(MutualSession& session, const domain::Election& election, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PaperDialog>())
    , m_session(session)
    , m_election(election)
{
    m_ui->setupUi(this);
    reserveMessageLines(this);
    setWindowTitle(tr("Record Papers — %1").arg(election.title));
    const bool isStv = election.method == domain::ElectionMethod::SingleTransferableVote;
    m_ui->introLabel->setText(u"<b>%1</b><br>%2"_s.arg(
        election.title.toHtmlEscaped(),
        tr("The paper is filed apart from the voter's name, so nobody can link the two. Enter each paper "
           "as it comes; the dialog stays open for the next one.")
            .toHtmlEscaped()));
    m_ui->preferencesHint->setText(
        isStv ? tr("Type the numbers written on the paper: 1 for the first preference, 2 for the next and so "
                   "on; leave the others blank.")
              : tr("Tick the candidates marked on the paper: at most %n, one a seat.", nullptr,
                   election.seats));
    // Proxies vote at meetings on motions; an election's papers come in person, by post or online.
    for (const auto ballotMethod :
         { domain::BallotMethod::InPerson, domain::BallotMethod::Post, domain::BallotMethod::Online }) {
        m_ui->methodCombo->addItem(domain::ballotMethodLabel(ballotMethod), static_cast<int>(ballotMethod));
    }
    m_voterCompleter = new MemberCompleter(session.file(), m_ui->voterEdit);
    QPushButton* record = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    record->setText(tr("&Record and Next"));
    record->setToolTip(tr("Record this paper and clear the form for the next (Enter)"));
    if (const auto candidates = storage::ElectionRepository(session.file()).candidates(election.id)) {
        m_candidates = *candidates;
    }
    createPreferenceFields();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PaperDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PaperDialog::reject);
    connect(m_ui->blankCheck, &QCheckBox::toggled, this, &PaperDialog::setBlank);
    connect(m_ui->voterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_voter = m_voterCompleter->resolve(text);
        revalidate();
    });
    m_ui->recordedLabel->hide();
    updateProgress();
    revalidate();
    resize(sizeHint().width(), height());
    fitHeightToContents(this);
}

PaperDialog::~PaperDialog() = default;

// A line for each candidate in ballot order; Tab goes down the paper from the method to the buttons.
void PaperDialog::createPreferenceFields()
{
    const bool isStv = m_election.method == domain::ElectionMethod::SingleTransferableVote;
    QGridLayout* grid = m_ui->preferencesGrid;
    QWidget* frame = m_ui->preferencesFrame;
    QWidget* previous = m_ui->methodCombo;
    for (int row = 0; row < m_candidates.size(); ++row) {
        const domain::Candidate& candidate = m_candidates.at(row);
        const QString name = tr("%1. %2").arg(candidate.position).arg(candidate.name);
        QWidget* field = nullptr;
        if (isStv) {
            auto* spin = new QSpinBox(frame);
            spin->setObjectName(u"preferenceSpin%1"_s.arg(candidate.position));
            spin->setRange(0, static_cast<int>(m_candidates.size()));
            //: A candidate given no preference on an STV paper
            spin->setSpecialValueText(tr("—"));
            spin->setAlignment(Qt::AlignRight);
            spin->setMinimumWidth(70);
            spin->setAccessibleName(tr("Preference for %1").arg(candidate.name));
            connect(spin, &QSpinBox::valueChanged, this, &PaperDialog::revalidate);
            auto* label = new QLabel(literal(name), frame);
            label->setBuddy(spin);
            grid->addWidget(label, row, 0);
            grid->addWidget(spin, row, 1);
            m_preferenceSpins.append(spin);
            field = spin;
        } else {
            auto* check = new QCheckBox(literal(name), frame);
            check->setObjectName(u"markCheck%1"_s.arg(candidate.position));
            connect(check, &QCheckBox::toggled, this, &PaperDialog::revalidate);
            grid->addWidget(check, row, 0, 1, 2);
            m_markChecks.append(check);
            field = check;
        }
        field->setEnabled(!candidate.isWithdrawn);
        setTabOrder(previous, field);
        previous = field;
    }
    setTabOrder(previous, m_ui->blankCheck);
    setTabOrder(m_ui->blankCheck, m_ui->buttonBox);
    // Up to eight candidates show at once; a longer ballot scrolls.
    const int rows = std::min<int>(static_cast<int>(m_candidates.size()), 8);
    const int rowHeight = std::max(m_ui->voterEdit->sizeHint().height(), fontMetrics().height() + 8);
    m_ui->preferencesArea->setMinimumHeight(rows * (rowHeight + grid->verticalSpacing()) + 16);
}

QSpinBox* PaperDialog::preferenceSpin(int position) const
{
    return position >= 1 && position <= m_preferenceSpins.size() ? m_preferenceSpins.at(position - 1)
                                                                 : nullptr;
}

QCheckBox* PaperDialog::markCheck(int position) const
{
    return position >= 1 && position <= m_markChecks.size() ? m_markChecks.at(position - 1) : nullptr;
}

domain::BallotMethod PaperDialog::method() const
{
    return static_cast<domain::BallotMethod>(m_ui->methodCombo->currentData().toInt());
}

void PaperDialog::setMethod(domain::BallotMethod method)
{
    m_ui->methodCombo->setCurrentIndex(m_ui->methodCombo->findData(static_cast<int>(method)));
}

bool PaperDialog::isBlank() const
{
    return m_ui->blankCheck->isChecked();
}

// A blank paper's marks are set aside, not cleared: unticking the box by mistake loses nothing.
void PaperDialog::setBlank(bool blank)
{
    m_ui->preferencesArea->setEnabled(!blank);
    m_ui->preferencesHint->setEnabled(!blank);
    revalidate();
}

domain::Result<QList<int>> PaperDialog::preferences() const
{
    if (isBlank()) {
        return QList<int>();
    }
    QList<int> marked;
    for (int i = 0; i < m_markChecks.size(); ++i) {
        if (m_markChecks.at(i)->isChecked()) {
            marked.append(m_candidates.at(i).position);
        }
    }
    if (!m_markChecks.isEmpty()) {
        return marked;
    }
    QMap<int, int> positionByNumber;
    for (int i = 0; i < m_preferenceSpins.size(); ++i) {
        const int number = m_preferenceSpins.at(i)->value();
        if (number == 0) {
            continue;
        }
        if (positionByNumber.contains(number)) {
            return domain::Error {
                tr("Two candidates are numbered %1: each number goes to one candidate.").arg(number),
                u"duplicate-number"_s, u"preferences"_s
            };
        }
        positionByNumber.insert(number, m_candidates.at(i).position);
    }
    QList<int> ordered;
    for (auto it = positionByNumber.cbegin(); it != positionByNumber.cend(); ++it) {
        const int expected = static_cast<int>(ordered.size()) + 1;
        if (it.key() != expected) {
            return domain::Error { tr("There is no %1 on the paper: number the candidates 1, 2, 3 … without "
                                      "gaps, and leave blank those numbered after a gap, which cannot be "
                                      "counted.")
                                       .arg(expected),
                                   u"missing-number"_s, u"preferences"_s };
        }
        ordered.append(it.value());
    }
    return ordered;
}

std::optional<storage::PaperInput> PaperDialog::paper() const
{
    const auto marked = preferences();
    if (!m_voter || !marked || (marked->isEmpty() && !isBlank())
        || !domain::validatePaper(m_election, m_candidates, *marked)) {
        return std::nullopt;
    }
    storage::PaperInput input;
    input.memberNumber = m_voter->number;
    input.preferences = *marked;
    input.method = method();
    return input;
}

void PaperDialog::updateProgress()
{
    const storage::ElectionRepository elections(m_session.file());
    const auto roll = elections.rollSize(m_election.id);
    const auto turnout = elections.turnout(m_election.id);
    if (roll && turnout) {
        m_ui->progressLabel->setText(reports::turnoutText(turnout->first, *roll, turnout->second));
    }
}

void PaperDialog::clearErrors()
{
    for (QLabel* label : { m_ui->voterError, m_ui->preferencesError, m_ui->generalError }) {
        label->clear();
        label->hide();
    }
    m_shownError.clear();
}

void PaperDialog::showError(const domain::Error& error)
{
    QLabel* label = isVoterRule(error.rule) ? m_ui->voterError
        : error.field == u"preferences"     ? m_ui->preferencesError
                                            : m_ui->generalError;
    // Storage words a paper's refusal to follow "Line 12: " in a file; on its own it starts a sentence.
    QString message = error.message;
    if (!message.isEmpty()) {
        message[0] = message.at(0).toUpper();
    }
    label->setText(message);
    label->show();
    m_shownError = message;
    fitHeightToContents(this);
}

void PaperDialog::revalidate()
{
    clearErrors();
    const QString voterText = m_ui->voterEdit->text().trimmed();
    if (!voterText.isEmpty() && !m_voter) {
        showError({ tr("No member has the number “%1”. Pick one from the list.")
                        .arg(voterText.section(u" — "_s, 0, 0).trimmed()),
                    u"unknown-member"_s, u"member"_s });
    }
    // A paper not yet filled in is not yet wrong; one marked wrongly says why.
    const auto marked = preferences();
    if (!marked) {
        showError(marked.error());
    } else if (!marked->isEmpty()) {
        if (const auto valid = domain::validatePaper(m_election, m_candidates, *marked); !valid) {
            showError(valid.error());
        }
    }
    // A paper that marks nobody can be offered, to be refused with the reason when Record is pressed.
    const bool isUnmarked = m_voter && marked && marked->isEmpty() && !isBlank();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(paper().has_value() || isUnmarked);
    fitHeightToContents(this);
}

void PaperDialog::accept()
{
    const auto current = paper();
    if (!current) {
        const auto marked = preferences();
        if (m_voter && marked && marked->isEmpty()) {
            clearErrors();
            showError({ tr("The paper marks no candidate. If it was handed in blank or spoilt, tick “Blank "
                           "or spoilt paper”."),
                        u"empty-paper"_s, u"preferences"_s });
        }
        return;
    }
    const auto cast = storage::ElectionRepository(m_session.file()).castPapers(m_election.id, { *current });
    if (!cast) {
        clearErrors();
        showError(cast.error());
        if (isVoterRule(cast.error().rule)) {
            m_ui->voterEdit->setFocus();
            m_ui->voterEdit->selectAll();
        }
        return;
    }
    ++m_recorded;
    const QString when = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    m_ui->recordedLabel->setText(
        tr("Recorded at %1: %2 · %3 voted (%4). The paper is filed apart from the "
           "name.")
            .arg(when, m_voter->number, m_voter->name, domain::ballotMethodLabel(current->method).toLower()));
    m_ui->recordedLabel->show();
    clearForNextPaper();
    updateProgress();
    m_session.notifyChanged();
}

// Ready for the next paper: a new voter and a blank paper; the method stays, as papers come in batches.
void PaperDialog::clearForNextPaper()
{
    for (QSpinBox* spin : std::as_const(m_preferenceSpins)) {
        spin->setValue(0);
    }
    for (QCheckBox* check : std::as_const(m_markChecks)) {
        check->setChecked(false);
    }
    m_ui->blankCheck->setChecked(false);
    m_ui->preferencesArea->verticalScrollBar()->setValue(0);
    m_ui->voterEdit->clear();
    m_ui->voterEdit->setFocus();
    revalidate();
}

} // namespace mutualise::app
