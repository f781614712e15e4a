#include "app/widgets/FieldErrors.h"

#include "app/widgets/FitHeight.h"

#include <QLabel>
#include <QMessageBox>

namespace mutualise::app {

void FieldErrors::show(QWidget* field, const QString& message)
{
    QLabel* label = m_labels.value(field);
    Q_ASSERT(label);
    label->setText(message);
    label->show();
    m_shown = message;
}

void FieldErrors::clear()
{
    for (QLabel* label : std::as_const(m_labels)) {
        label->clear();
        label->hide();
    }
    m_shown.clear();
}

bool FieldErrors::showRefusal(QWidget* dialog, QWidget* field, const QString& message,
                              const QString& boxTitle)
{
    if (field != nullptr) {
        show(field, message);
        fitHeightToContents(dialog);
        field->setFocus();
        return true;
    }
    m_shown = message;
    // open(), not exec(): nothing waits on a nested event loop.
    auto* box = new QMessageBox(QMessageBox::Warning, boxTitle, message, QMessageBox::Ok, dialog);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return false;
}

} // namespace mutualise::app
