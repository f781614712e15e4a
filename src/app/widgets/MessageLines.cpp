#include "app/widgets/MessageLines.h"

#include <QAbstractSpinBox>
#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mutualise::app {

namespace {

// The colour behind a field while a message about it is shown; DateEdit marks itself the same way.
const QColor markedBackground(0xfd, 0xe7, 0xe9);

bool isMessageLabel(const QLabel* label)
{
    const QString name = label->objectName();
    return name.endsWith(u"Error"_s) || name == u"errorLabel"_s;
}

// Marks the field a shown message concerns, and keeps the message line from shrinking back.
class MessageLineKeeper : public QObject
{
public:
    MessageLineKeeper(QWidget* line, QObject* parent)
        : QObject(parent)
        , m_line(line)
    { }

    void watch(QLabel* label, QWidget* field)
    {
        label->installEventFilter(this);
        const bool isMarkable = field && !field->inherits("mutualise::app::DateEdit")
            && (qobject_cast<QLineEdit*>(field) || qobject_cast<QAbstractSpinBox*>(field)
                || qobject_cast<QPlainTextEdit*>(field));
        if (isMarkable) {
            m_fields.insert(label, field);
        }
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_line && event->type() == QEvent::Resize) {
            keepHeight();
        }
        auto* label = qobject_cast<QLabel*>(watched);
        if (label && (event->type() == QEvent::ShowToParent || event->type() == QEvent::HideToParent)) {
            mark(label, event->type() == QEvent::ShowToParent);
            // At once, so that a form fitting its height to its contents right after counts the change.
            m_line->layout()->invalidate();
            m_line->updateGeometry();
        }
        return false;
    }

private:
    // What the messages shown need is kept; spare room the layout lends the line is not.
    void keepHeight()
    {
        QLayout* layout = m_line->layout();
        const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(m_line->width())
                                                       : layout->totalSizeHint().height();
        const int kept = std::min(m_line->height(), needed);
        if (kept > m_line->minimumHeight()) {
            m_line->setMinimumHeight(kept);
        }
    }

    void mark(QLabel* label, bool isMarked)
    {
        QWidget* field = m_fields.value(label);
        if (!field) {
            return;
        }
        QPalette palette = field->parentWidget() ? field->parentWidget()->palette() : QPalette();
        if (isMarked) {
            palette.setColor(QPalette::Base, markedBackground);
            palette.setColor(QPalette::Text, Qt::black);
        }
        field->setPalette(palette);
    }

    QWidget* m_line;
    QHash<QLabel*, QPointer<QWidget>> m_fields;
};

// The layout that holds `widget`, searched from `layout` down.
QLayout* layoutHolding(QLayout* layout, QWidget* widget)
{
    if (layout->indexOf(widget) >= 0) {
        return layout;
    }
    for (int i = 0; i < layout->count(); ++i) {
        if (QLayout* inner = layout->itemAt(i)->layout()) {
            if (QLayout* found = layoutHolding(inner, widget)) {
                return found;
            }
        }
    }
    return nullptr;
}

QWidget* firstWidgetOf(QLayoutItem* item)
{
    if (!item) {
        return nullptr;
    }
    if (item->widget()) {
        return item->widget();
    }
    QLayout* layout = item->layout();
    for (int i = 0; layout && i < layout->count(); ++i) {
        if (QWidget* widget = firstWidgetOf(layout->itemAt(i))) {
            return widget;
        }
    }
    return nullptr;
}

// Takes the label out of its layout; returns the field it stood under, if any.
QWidget* takeFromLayout(QLabel* label)
{
    QWidget* holder = label->parentWidget();
    QLayout* layout = holder && holder->layout() ? layoutHolding(holder->layout(), label) : nullptr;
    if (!layout) {
        return nullptr;
    }
    QWidget* field = nullptr;
    if (auto* grid = qobject_cast<QGridLayout*>(layout)) {
        int row = 0;
        int column = 0;
        int rowSpan = 0;
        int columnSpan = 0;
        grid->getItemPosition(grid->indexOf(label), &row, &column, &rowSpan, &columnSpan);
        field = row > 0 ? firstWidgetOf(grid->itemAtPosition(row - 1, column)) : nullptr;
    }
    layout->removeWidget(label);
    return field;
}

int buttonBoxIndex(QBoxLayout* layout)
{
    for (int i = 0; i < layout->count(); ++i) {
        if (qobject_cast<QDialogButtonBox*>(layout->itemAt(i)->widget())) {
            return i;
        }
    }
    return layout->count();
}

} // namespace

void reserveMessageLines(QWidget* form)
{
    auto* main = qobject_cast<QBoxLayout*>(form->layout());
    Q_ASSERT(main);
    if (!main) {
        return;
    }
    auto* line = new QWidget(form);
    line->setObjectName(u"messageLine"_s);
    auto* lineLayout = new QVBoxLayout(line);
    lineLayout->setContentsMargins(0, 0, 0, 0);
    lineLayout->setSpacing(2);
    auto* keeper = new MessageLineKeeper(line, form);
    line->installEventFilter(keeper);
    for (QLabel* label : form->findChildren<QLabel*>()) {
        if (!isMessageLabel(label)) {
            continue;
        }
        QWidget* field = takeFromLayout(label);
        label->setParent(line);
        lineLayout->addWidget(label);
        keeper->watch(label, field);
    }
    line->setMinimumHeight(2 * line->fontMetrics().lineSpacing());
    main->insertWidget(buttonBoxIndex(main), line);
}

} // namespace mutualise::app
