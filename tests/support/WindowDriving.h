#pragma once

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

// Ways the GUI tests drive windows and dialogs as a person would.
namespace driving {

// A desktop's window manager activates a window as it is shown; the offscreen platform has none, so
// the tests do it, as a person's click would.
inline bool activate(QWidget* window)
{
    window->activateWindow();
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; });
}

inline QPushButton* okButton(QDialog* dialog)
{
    return dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
}

// Types into a member field as a person would, then closes the completer's list of matches so that the
// next click lands where it is aimed.
inline void typeInto(QLineEdit* edit, const QString& text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
    if (edit->completer() && edit->completer()->popup()->isVisible()) {
        edit->completer()->popup()->hide();
    }
}

// The tool button that shows an action on a page, if there is one.
inline QToolButton* buttonFor(QWidget* page, QAction* action)
{
    for (QToolButton* button : page->findChildren<QToolButton*>()) {
        if (button->defaultAction() == action) {
            return button;
        }
    }
    return nullptr;
}

// Saves a picture of the widget in MUTUALISE_SCREENSHOT_DIR, when it is set, for a person to look at.
inline bool saveShot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("MUTUALISE_SCREENSHOT_DIR");
    QCoreApplication::processEvents(); // let the layouts settle, as they would before a person looks
    const QPixmap picture = widget->grab();
    if (picture.isNull()) {
        return false;
    }
    return folder.isEmpty() || picture.save(QStringLiteral("%1/%2.png").arg(folder, name));
}

} // namespace driving
