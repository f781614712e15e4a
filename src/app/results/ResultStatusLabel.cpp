#include "app/results/ResultStatusLabel.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace mutualise::app {

void showResultStatus(QLabel* label, bool isDeclared, const QDateTime& declaredAt,
                      const QString& provisionalText)
{
    if (!isDeclared) {
        label->setText(provisionalText);
        label->setStyleSheet(u"QLabel { background: #fff4ce; color: #5c4400; border: 1px solid #e6c65c; "
                             "border-radius: 6px; padding: 8px; }"_s);
        return;
    }
    const QDateTime local = declaredAt.toLocalTime();
    label->setText(local.isValid() ? QCoreApplication::translate("mutualise::app::MotionResultView",
                                                                 "Declared on %1. This result is final.")
                                         .arg(QLocale().toString(local, QLocale::ShortFormat))
                                   : QCoreApplication::translate("mutualise::app::MotionResultView",
                                                                 "Declared. This result is final."));
    label->setStyleSheet(u"QLabel { background: #e6f4ea; color: #1b5e20; border: 1px solid #8cc79a; "
                         "border-radius: 6px; padding: 8px; }"_s);
}

} // namespace mutualise::app
