#pragma once

#include "domain/Member.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class CeaseMemberDialog;
}

namespace mutualise::app {

// Asks for the date a member ceases and says plainly what will happen before it happens.
class CeaseMemberDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CeaseMemberDialog(const domain::Member& member, QWidget* parent = nullptr);
    ~CeaseMemberDialog() override;

    QDate ceaseDate() const;
    QString confirmationText() const;
    QPushButton* ceaseButton() const { return m_ceaseButton; }

private:
    void updateConfirmation();

    std::unique_ptr<Ui::CeaseMemberDialog> m_ui;
    domain::Member m_member;
    QPushButton* m_ceaseButton = nullptr;
};

} // namespace mutualise::app
