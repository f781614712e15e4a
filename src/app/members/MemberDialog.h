#pragma once

#include "domain/Member.h"

#include <QDialog>

#include <functional>
#include <memory>

class QLabel;

namespace Ui {
class MemberDialog;
}

namespace mutualise::app {

// Adds a member to the register or edits one. Checks the entry as the user types and shows each
// problem under the field at fault; OK stays disabled until the entry is valid. On OK the dialog
// hands the member to `save` and stays open with the message if storage refuses it (a duplicate
// number, for instance).
class MemberDialog : public QDialog
{
    Q_OBJECT

public:
    using SaveFunction = std::function<domain::Result<domain::Member>(const domain::Member&)>;

    MemberDialog(const QList<domain::MemberClass>& classes, SaveFunction save, QWidget* parent = nullptr);
    ~MemberDialog() override;

    // Preselects the class a new member most likely joins; ignored if no such class is offered.
    void setSuggestedClass(qint64 classId);
    // Offers `number` for a new member (the next free one), selected so that typing replaces it.
    void setSuggestedNumber(const QString& number);
    // Fills the dialog with an existing member, for editing.
    void setMember(const domain::Member& member);
    // The member as entered.
    domain::Member member() const;
    // The member as stored, once accepted.
    domain::Member savedMember() const { return m_saved; }

    bool isEntryValid() const;

    void accept() override;

private:
    void revalidate();
    void showError(const domain::Error& error);
    QLabel* errorLabelFor(const QString& field) const;
    void fillStatuses(bool isCeasedIncluded);

    std::unique_ptr<Ui::MemberDialog> m_ui;
    SaveFunction m_save;
    domain::Member m_original;
    domain::Member m_saved;
    QString m_suggestedNumber;
};

} // namespace mutualise::app
