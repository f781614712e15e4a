#include "app/widgets/FieldErrors.h"

#include <QLabel>

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

} // namespace mutualise::app
