#pragma once

#include "domain/Member.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QPushButton;

namespace mutualise::app {

// Asks for the date a member ceases and says plainly what will happen before it happens.
class CeaseMemberDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CeaseMemberDialog(const domain::Member& member, QWidget* parent = nullptr);

    QDate ceaseDate() const;
    QString confirmationText() const;
    QPushButton* ceaseButton() const { return m_ceaseButton; }

private:
    void updateConfirmation();

    domain::Member m_member;
    QDateEdit* m_dateEdit;
    QLabel* m_confirmationLabel;
    QPushButton* m_ceaseButton;
};

} // namespace mutualise::app
