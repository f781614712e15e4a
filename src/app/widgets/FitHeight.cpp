#include "app/widgets/FitHeight.h"

#include <QLayout>
#include <QWidget>

namespace mutualise::app {

void fitHeightToContents(QWidget* dialog)
{
    QLayout* layout = dialog->layout();
    if (layout == nullptr) {
        return;
    }
    // Rows shown or hidden since the last layout pass are counted only once the layout is redone.
    layout->activate();
    const int width = dialog->width();
    const int height
        = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : layout->totalSizeHint().height();
    if (height > 0 && height != dialog->height()) {
        dialog->resize(width, height);
    }
}

} // namespace mutualise::app
