#include "app/shell/UserName.h"

#include "domain/Text.h"
#include "storage/MutualFile.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mutualise::app {

namespace {
const QString nameKey = u"user/name"_s;
} // namespace

QString UserName::stored()
{
    // A name edited into the settings by hand is kept only if it could have been typed here.
    const auto name = checked(QSettings().value(nameKey).toString());
    return name ? *name : QString();
}

void UserName::store(const QString& name)
{
    QSettings().setValue(nameKey, name);
}

QString UserName::actor()
{
    const QString name = stored();
    return name.isEmpty() ? storage::MutualFile::currentActor() : name;
}

domain::Result<QString> UserName::checked(const QString& text)
{
    const QString name = text.trimmed();
    if (name.isEmpty())
        return domain::Error { tr("Enter your name: the audit trail records who made each change."),
                               u"required"_s, u"name"_s };
    if (name.size() > longest)
        return domain::Error { tr("A name has at most %n characters.", nullptr, static_cast<int>(longest)),
                               u"too-long"_s, u"name"_s };
    if (auto plain = domain::checkPlainText(name, tr("The name"), u"name"_s); !plain)
        return plain.error();
    return name;
}

domain::Error UserName::notGiven()
{
    return domain::Error { tr("Nothing was changed: the audit trail records who makes each change, and no "
                              "name was given. Give your name when asked, or in Edit > Preferences."),
                           u"cancelled"_s, u"name"_s };
}

UserNameDialog::UserNameDialog(Purpose purpose, QWidget* parent)
    : QDialog(parent)
    , m_nameEdit(new QLineEdit(this))
    , m_errorLabel(new QLabel(this))
{
    const bool isFirstChange = purpose == Purpose::FirstChange;
    setWindowTitle(isFirstChange ? tr("Who Is Making Changes?") : tr("Preferences"));
    auto* explanation = new QLabel(
        isFirstChange ? tr("The audit trail records who makes each change to the mutual, for the board and "
                           "the auditors to read. Enter your name as they know you.\n\nIt is kept on this "
                           "computer for every mutual you change, and can be changed in Edit > Preferences.")
                      : tr("The audit trail records your name beside each change you make to a mutual from "
                           "now on. Changes already made keep the name they were made with."),
        this);
    explanation->setWordWrap(true);
    explanation->setObjectName(u"explanation"_s);
    m_nameEdit->setObjectName(u"nameEdit"_s);
    m_nameEdit->setMaxLength(static_cast<int>(UserName::longest));
    const QString stored = UserName::stored();
    m_nameEdit->setText(stored.isEmpty() ? storage::MutualFile::currentActor() : stored);
    m_nameEdit->selectAll();
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #b3261e;"_s);

    auto* form = new QFormLayout;
    form->addRow(tr("Your &name:"), m_nameEdit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    if (isFirstChange)
        m_okButton->setText(tr("&Continue"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (UserName::checked(m_nameEdit->text()))
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &UserNameDialog::revalidate);
    revalidate();
}

QString UserNameDialog::name() const
{
    const auto name = UserName::checked(m_nameEdit->text());
    return name ? *name : QString();
}

void UserNameDialog::revalidate()
{
    const auto name = UserName::checked(m_nameEdit->text());
    m_okButton->setEnabled(name.isOk());
    // An empty field is what the label above asks to fill, not a mistake to point at.
    m_errorLabel->setText(name || m_nameEdit->text().trimmed().isEmpty() ? QString() : name.error().message);
}

} // namespace mutualise::app
