#include "app/contributions/ContributionKindDialog.h"

#include "app/shell/MutualSession.h"
#include "app/widgets/FitHeight.h"
#include "app/widgets/MessageLines.h"
#include "storage/ContributionRepository.h"
#include "ui_ContributionKindDialog.h"

#include <QPushButton>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mutualise::app {

ContributionKindDialog::ContributionKindDialog(MutualSession& session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ContributionKindDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    reserveMessageLines(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Add Kind"));
    m_ui->keyEdit->setMaxLength(static_cast<int>(domain::maximumKindKeyLength));
    clearErrors();
    connect(m_ui->labelEdit, &QLineEdit::textChanged, this, &ContributionKindDialog::suggestKey);
    connect(m_ui->keyEdit, &QLineEdit::textEdited, this, [this] { m_isKeyTyped = true; });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ContributionKindDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ContributionKindDialog::reject);
    fitHeightToContents(this);
}

ContributionKindDialog::~ContributionKindDialog() = default;

void ContributionKindDialog::suggestKey()
{
    if (m_isKeyTyped) {
        return;
    }
    // "Sponsorship of events" suggests "sponsorship-of-events"; the user may type another.
    static const QRegularExpression notKeyCharacters(u"[^a-z0-9]+"_s);
    QString key = m_ui->labelEdit->text().toLower().replace(notKeyCharacters, u"-"_s);
    while (key.startsWith(u'-') || (!key.isEmpty() && key.front().isDigit())) {
        key.remove(0, 1);
    }
    while (key.endsWith(u'-')) {
        key.chop(1);
    }
    m_ui->keyEdit->setText(key.left(domain::maximumKindKeyLength));
}

void ContributionKindDialog::clearErrors()
{
    for (QLabel* label : { m_ui->labelError, m_ui->keyError }) {
        label->clear();
        label->hide();
    }
    m_shownError.clear();
}

void ContributionKindDialog::accept()
{
    clearErrors();
    domain::ContributionKind kind;
    kind.key = m_ui->keyEdit->text().trimmed();
    kind.label = m_ui->labelEdit->text().trimmed();
    const auto added = storage::ContributionRepository(m_session.file()).addKind(kind);
    if (!added) {
        QLabel* label = added.error().field == u"label"_s ? m_ui->labelError : m_ui->keyError;
        label->setText(added.error().message);
        label->show();
        m_shownError = added.error().message;
        fitHeightToContents(this);
        return;
    }
    m_session.notifyChanged();
    Q_EMIT kindAdded(*added);
    QDialog::accept();
}

} // namespace mutualise::app
