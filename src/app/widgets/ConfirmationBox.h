#pragma once

#include <QString>

#include <functional>

class QMessageBox;
class QWidget;

namespace mutualise::app {

// A question before something that cannot be undone, such as declaring a result.
struct Confirmation
{
    QString objectName; // of the box
    QString title;
    QString text;
    QString details;
    QString actionText; // the button that acts, with its Alt letter: "&Declare Result"
    QString actionObjectName;
};

// Opens the box without blocking and calls `confirmed` when the user chooses the action. Only the named
// button or its Alt letter acts: Enter and Escape cancel.
QMessageBox* askToConfirm(QWidget* parent, const Confirmation& confirmation, std::function<void()> confirmed);

} // namespace mutualise::app
