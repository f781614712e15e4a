#include "app/elections/ElectionDialog.h"

#include "app/elections/CandidateListModel.h"
#include "app/shares/ShareEntryDialog.h"
#include "app/shell/MutualSession.h"
#include "app/widgets/FitHeight.h"
#include "app/widgets/MessageLines.h"
#include "storage/ElectionRepository.h"
#include "storage/MemberRepository.h"
#include "ui_ElectionDialog.h"

#include <QAbstractItemView>
#include <QAction>
#include <QKeyEvent>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace mutualise::app {

namespace {

QString methodHint(domain::ElectionMethod method)
{
    switch (method) {
    case domain::ElectionMethod::SingleTransferableVote:
        return ElectionDialog::tr("Voters number the candidates in order of preference; votes pass on to "
                                  "later preferences under the Scottish STV rules.");
    case domain::ElectionMethod::Plurality:
        return ElectionDialog::tr("Voters mark up to one candidate a seat; those with the most marks are "
                                  "elected.");
    }
    return {};
}

} // namespace

ElectionDialog::ElectionDialog(MutualSession& session, qint64 meetingId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ElectionDialog>())
    , m_session(session)
    , m_meetingId(meetingId)
    , m_candidates(new CandidateListModel(this))
{
    m_ui->setupUi(this);
    reserveMessageLines(this);
    for (const auto method :
         { domain::ElectionMethod::SingleTransferableVote, domain::ElectionMethod::Plurality }) {
        m_ui->methodCombo->addItem(domain::electionMethodLabel(method), static_cast<int>(method));
    }
    m_memberCompleter = new MemberCompleter(session.file(), m_ui->memberEdit);
    m_ui->candidatesView->setModel(m_candidates);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Add Election"));
    m_errorLabels = { { u"title"_s, m_ui->titleError },
                      { u"seats"_s, m_ui->seatsError },
                      { u"candidates"_s, m_ui->candidatesError } };
    // Enter in a name field puts the candidate on the ballot rather than closing the dialog.
    m_ui->memberEdit->installEventFilter(this);
    m_ui->nameEdit->installEventFilter(this);
    auto* removeOnDelete = new QAction(m_ui->candidatesView);
    removeOnDelete->setShortcut(QKeySequence::Delete);
    removeOnDelete->setShortcutContext(Qt::WidgetShortcut);
    connect(removeOnDelete, &QAction::triggered, this, &ElectionDialog::removeChosen);
    m_ui->candidatesView->addAction(removeOnDelete);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ElectionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ElectionDialog::reject);
    connect(m_ui->titleEdit, &QLineEdit::textEdited, this, [this] { m_isTitleTouched = true; });
    connect(m_ui->titleEdit, &QLineEdit::textChanged, this, &ElectionDialog::revalidate);
    connect(m_ui->seatsSpin, &QSpinBox::valueChanged, this, &ElectionDialog::revalidate);
    connect(m_ui->methodCombo, &QComboBox::currentIndexChanged, this, &ElectionDialog::revalidate);
    connect(m_ui->memberEdit, &QLineEdit::textChanged, this, [this] {
        m_ui->memberError->clear();
        m_ui->memberError->hide();
    });
    connect(m_ui->addMemberButton, &QPushButton::clicked, this, &ElectionDialog::addMember);
    connect(m_ui->addPersonButton, &QPushButton::clicked, this, &ElectionDialog::addPerson);
    connect(m_ui->moveUpButton, &QPushButton::clicked, this, [this] { moveChosen(-1); });
    connect(m_ui->moveDownButton, &QPushButton::clicked, this, [this] { moveChosen(1); });
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ElectionDialog::removeChosen);
    connect(m_ui->candidatesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ElectionDialog::updateOrderButtons);
    connect(m_candidates, &QAbstractItemModel::rowsInserted, this, &ElectionDialog::revalidate);
    connect(m_candidates, &QAbstractItemModel::rowsRemoved, this, &ElectionDialog::revalidate);
    m_ui->memberError->hide();
    revalidate();
    resize(sizeHint().width(), height());
    fitHeightToContents(this);
}

ElectionDialog::~ElectionDialog() = default;

void ElectionDialog::setElection(const domain::Election& election, const QList<domain::Candidate>& candidates)
{
    m_original = election;
    setWindowTitle(tr("Edit Election"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    m_ui->titleEdit->setText(election.title);
    m_isTitleTouched = true;
    m_ui->seatsSpin->setValue(election.seats);
    m_ui->methodCombo->setCurrentIndex(m_ui->methodCombo->findData(static_cast<int>(election.method)));
    QHash<qint64, QString> numbers;
    const storage::MemberRepository members(m_session.file());
    for (const domain::Candidate& candidate : candidates) {
        if (candidate.memberId) {
            if (const auto member = members.member(*candidate.memberId)) {
                numbers.insert(member->id, member->number);
            }
        }
    }
    m_candidates->setCandidates(candidates, numbers);
    if (!candidates.isEmpty()) {
        choose(0);
    }
    revalidate();
}

domain::Election ElectionDialog::election() const
{
    domain::Election election = m_original;
    election.meetingId = m_original.id == 0 ? m_meetingId : m_original.meetingId;
    election.title = m_ui->titleEdit->text().trimmed();
    election.seats = m_ui->seatsSpin->value();
    election.method = static_cast<domain::ElectionMethod>(m_ui->methodCombo->currentData().toInt());
    return election;
}

QList<domain::Candidate> ElectionDialog::candidates() const
{
    QList<domain::Candidate> numbered = m_candidates->candidates();
    for (qsizetype i = 0; i < numbered.size(); ++i) {
        numbered[i].position = static_cast<int>(i + 1);
    }
    return numbered;
}

bool ElectionDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress && (watched == m_ui->memberEdit || watched == m_ui->nameEdit)) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool isEnter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        auto* edit = static_cast<QLineEdit*>(watched);
        if (isEnter && !edit->text().trimmed().isEmpty()) {
            if (edit == m_ui->memberEdit) {
                addMember();
            } else {
                addPerson();
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ElectionDialog::addMember()
{
    const QString typed = m_ui->memberEdit->text().trimmed();
    if (typed.isEmpty()) {
        m_ui->memberEdit->setFocus();
        return;
    }
    const auto member = m_memberCompleter->resolve(typed);
    QString problem;
    if (!member) {
        problem = tr("No member has the number “%1”. Pick one from the list, or name someone from outside "
                     "the register below.")
                      .arg(typed.section(u" — "_s, 0, 0).trimmed());
    } else {
        for (const domain::Candidate& candidate : m_candidates->candidates()) {
            if (candidate.memberId == member->id) {
                problem = tr("%1 is on the ballot already.").arg(member->name);
            }
        }
    }
    if (!problem.isEmpty()) {
        m_ui->memberError->setText(problem);
        m_ui->memberError->show();
        m_shownError = problem;
        fitHeightToContents(this);
        return;
    }
    domain::Candidate candidate;
    candidate.memberId = member->id;
    candidate.name = member->name;
    m_candidates->append(candidate, member->number);
    choose(m_candidates->rowCount() - 1);
    m_ui->memberEdit->clear();
    m_ui->memberEdit->setFocus();
}

void ElectionDialog::addPerson()
{
    const QString name = m_ui->nameEdit->text().simplified();
    if (name.isEmpty()) {
        m_ui->nameEdit->setFocus();
        return;
    }
    domain::Candidate candidate;
    candidate.name = name;
    m_candidates->append(candidate);
    choose(m_candidates->rowCount() - 1);
    m_ui->nameEdit->clear();
    m_ui->nameEdit->setFocus();
}

int ElectionDialog::chosenRow() const
{
    const QModelIndex current = m_ui->candidatesView->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ElectionDialog::choose(int row)
{
    m_ui->candidatesView->setCurrentIndex(m_candidates->index(row));
    updateOrderButtons();
}

void ElectionDialog::moveChosen(int step)
{
    const int row = chosenRow();
    if (m_candidates->move(row, step)) {
        choose(row + step);
        revalidate();
    }
}

void ElectionDialog::removeChosen()
{
    const int row = chosenRow();
    if (row < 0) {
        return;
    }
    m_candidates->remove(row);
    if (m_candidates->rowCount() > 0) {
        choose(std::min(row, m_candidates->rowCount() - 1));
    }
    updateOrderButtons();
}

void ElectionDialog::updateOrderButtons()
{
    const int row = chosenRow();
    m_ui->moveUpButton->setEnabled(row > 0);
    m_ui->moveDownButton->setEnabled(row >= 0 && row + 1 < m_candidates->rowCount());
    m_ui->removeButton->setEnabled(row >= 0);
}

void ElectionDialog::clearErrors()
{
    for (QLabel* label : std::as_const(m_errorLabels)) {
        label->clear();
        label->hide();
    }
    m_ui->generalError->clear();
    m_ui->generalError->hide();
    m_shownError = m_ui->memberError->isHidden() ? QString() : m_ui->memberError->text();
}

void ElectionDialog::showError(const domain::Error& error)
{
    QLabel* label = m_errorLabels.value(error.field, m_ui->generalError);
    label->setText(error.message);
    label->show();
    m_shownError = error.message;
}

void ElectionDialog::revalidate()
{
    clearErrors();
    const domain::Election entered = election();
    m_ui->methodHint->setText(methodHint(entered.method));
    domain::Election checked = entered;
    // An empty title is not yet wrong before anything is typed: check the rest of the election.
    const bool isTitleMissing = checked.title.isEmpty() && !m_isTitleTouched;
    if (isTitleMissing) {
        checked.title = u"-"_s;
    }
    auto valid = domain::validateElection(checked, candidates());
    if (!valid && valid.error().rule == u"too-few-candidates" && m_candidates->rowCount() == 0) {
        showError({ tr("Add the candidates: at least %n, one for each seat.", nullptr, entered.seats),
                    valid.error().rule, valid.error().field });
    } else if (!valid) {
        showError(valid.error());
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(valid.isOk() && !isTitleMissing);
    updateOrderButtons();
    fitHeightToContents(this);
}

void ElectionDialog::accept()
{
    storage::ElectionRepository elections(m_session.file());
    const domain::Election entered = election();
    const auto saved
        = entered.id == 0 ? elections.add(entered, candidates()) : elections.update(entered, candidates());
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
