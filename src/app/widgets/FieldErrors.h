#pragma once

#include <QHash>
#include <QString>

class QLabel;
class QWidget;

namespace mutualise::app {

// The messages a dialog shows under its fields: a label for each field, hidden until a refusal names
// the field, and the last message shown anywhere in the dialog (in a label or a message box), which
// tests read.
class FieldErrors
{
public:
    void setLabels(const QHash<QWidget*, QLabel*>& labels) { m_labels = labels; }
    // Shows `message` under `field`, which must have a label.
    void show(QWidget* field, const QString& message);
    // Hides every label and forgets the message.
    void clear();
    // A message shown elsewhere, such as in a message box.
    void setShown(const QString& message) { m_shown = message; }
    QString shown() const { return m_shown; }

    // Shows a refusal under `field`, focused, the dialog grown to fit it; with no field (or none that
    // can show it), in a message box titled `boxTitle` over the dialog, which stays responsive.
    // Returns whether it went under a field.
    bool showRefusal(QWidget* dialog, QWidget* field, const QString& message, const QString& boxTitle);

private:
    QHash<QWidget*, QLabel*> m_labels;
    QString m_shown;
};

} // namespace mutualise::app
