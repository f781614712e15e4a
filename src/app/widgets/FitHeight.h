#pragma once

class QWidget;

namespace mutualise::app {

// Makes a dialog exactly as tall as its contents need at its current width. Wrapped text (a hint or
// an error under a field) needs more height on a narrower dialog, and Qt does not grow a window for
// that by itself, so without this a long message is cut off or a gap is left above the buttons.
void fitHeightToContents(QWidget* dialog);

} // namespace mutualise::app
