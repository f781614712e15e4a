#pragma once

#include "domain/Error.h"

#include <QCoreApplication>
#include <QDialog>
#include <QString>

class QLabel;
class QLineEdit;
class QPushButton;

namespace mutualise::app {

// Who is using the program, as the audit trail records each change they make: the name they gave when
// first asked (or in Preferences), kept in the settings.
class UserName
{
    Q_DECLARE_TR_FUNCTIONS(UserName)

public:
    // The longest name kept.
    static constexpr qsizetype longest = 100;

    // The name given; empty until one is.
    static QString stored();
    static void store(const QString& name);
    // Who a file opened now records as making its changes: the name given, or until then the login name.
    static QString actor();
    // A name as typed, trimmed, or why it cannot be one: empty, longer than `longest`, or holding a
    // control character.
    static domain::Result<QString> checked(const QString& text);
    // The refusal of a change when the person would not say who they are (rule "cancelled").
    static domain::Error notGiven();
};

// Asks for the person's name: before the first change they make, saying why it is needed and where it
// can be changed later, with the login name offered; or as Edit > Preferences…, where the name given
// is changed.
class UserNameDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose
    {
        FirstChange,
        Preferences,
    };

    explicit UserNameDialog(Purpose purpose, QWidget* parent = nullptr);

    // The name as typed, trimmed; the dialog accepts only a name that UserName::checked() takes.
    QString name() const;
    QLineEdit* nameField() const { return m_nameEdit; }

private:
    void revalidate();

    QLineEdit* m_nameEdit;
    QLabel* m_errorLabel;
    QPushButton* m_okButton;
};

} // namespace mutualise::app
