#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMap>
#include <QMenuBar>
#include <QPixmap>
#include <QPushButton>
#include <QTabBar>
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

// The letter Alt presses for a text: the one after a single "&" ("&&" is a literal ampersand).
inline QChar altLetterOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&') {
            continue;
        }
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Every Alt letter that more than one thing a person can see in the window answers to: a label's (for
// its buddy), a button's, a tab's or a menu title's. Qt does not press either of two such things: it
// moves the focus between them, so each clash is a broken shortcut.
inline QStringList altLetterClashes(QWidget* window)
{
    QMap<QChar, QStringList> owners;
    const auto add = [&owners](const QString& text) {
        const QChar letter = altLetterOf(text);
        if (!letter.isNull()) {
            owners[letter] << text;
        }
    };
    const auto isShown = [window](const QWidget* widget) {
        return widget->window() == window && widget->isVisibleTo(window);
    };
    for (const QLabel* label : window->findChildren<QLabel*>()) {
        if (label->buddy() != nullptr && isShown(label)) {
            add(label->text());
        }
    }
    for (const QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
        if (isShown(button)) {
            add(button->text());
        }
    }
    for (const QTabBar* tabBar : window->findChildren<QTabBar*>()) {
        for (int index = 0; isShown(tabBar) && index < tabBar->count(); ++index) {
            if (tabBar->isTabVisible(index)) {
                add(tabBar->tabText(index));
            }
        }
    }
    if (const auto* mainWindow = qobject_cast<QMainWindow*>(window)) {
        for (const QAction* menu : mainWindow->menuBar()->actions()) {
            add(menu->text());
        }
    }
    QStringList clashes;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1) {
            clashes << QStringLiteral("%1: Alt+%2 is %3")
                           .arg(window->objectName(), it.key().toUpper(),
                                it.value().join(QStringLiteral(", ")));
        }
    }
    return clashes;
}

} // namespace driving
