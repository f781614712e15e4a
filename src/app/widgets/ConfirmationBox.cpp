#include "app/widgets/ConfirmationBox.h"

#include <QMessageBox>
#include <QPushButton>

namespace mutualise::app {

QMessageBox* askToConfirm(QWidget* parent, const Confirmation& confirmation, std::function<void()> confirmed)
{
    auto* box = new QMessageBox(QMessageBox::Question, confirmation.title, confirmation.text,
                                QMessageBox::Cancel, parent);
    box->setObjectName(confirmation.objectName);
    box->setInformativeText(confirmation.details);
    QPushButton* action = box->addButton(confirmation.actionText, QMessageBox::AcceptRole);
    action->setObjectName(confirmation.actionObjectName);
    action->setAutoDefault(false);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::buttonClicked, box,
                     [action, confirmed = std::move(confirmed)](QAbstractButton* button) {
                         if (button == action) {
                             confirmed();
                         }
                     });
    box->open();
    return box;
}

} // namespace mutualise::app
