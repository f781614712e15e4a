#pragma once

class QWidget;

namespace mutualise::app {

// Keeps a form still while its messages come and go. The message labels of `form` (each QLabel named
// "...Error", or "errorLabel") move from under their fields into one message line above the buttons:
// a message no longer pushes the fields below it down, nor pulls them back up when it clears, so the
// next click lands on the field the user aimed at; and the list of a completing field, which opens
// under the field, no longer covers the message. The line keeps two lines' height from the start and
// never gives back height it has taken while the form is open. The field a shown message concerns (the
// one the label stood under) is marked. Call it once, after setupUi.
void reserveMessageLines(QWidget* form);

} // namespace mutualise::app
