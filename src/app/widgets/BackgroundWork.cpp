#include "BackgroundWork.h"

#include <QCoreApplication>
#include <QEvent>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

namespace mutualise::app {

namespace {

// The dialog's scale: QProgressDialog counts in int, a report's rows may be more.
constexpr int scale = 1000;

// Holds back the keys and clicks meant for anything but the progress dialog while the work runs, before
// the dialog shows itself as well as after: the window must not start a second piece of work meanwhile.
class InputGuard : public QObject
{
public:
    explicit InputGuard(QWidget* dialog)
        : m_dialog(dialog)
    {
        QCoreApplication::instance()->installEventFilter(this);
    }
    ~InputGuard() override { QCoreApplication::instance()->removeEventFilter(this); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::KeyRelease:
        case QEvent::ShortcutOverride:
        case QEvent::Shortcut:
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::Wheel: {
            // A window passes its input on to its widgets, which are judged on their own.
            auto* widget = qobject_cast<QWidget*>(watched);
            return widget != nullptr && widget != m_dialog && !m_dialog->isAncestorOf(widget);
        }
        default:
            return false;
        }
    }

private:
    QWidget* m_dialog;
};

} // namespace

domain::Outcome runInBackground(QWidget* parent, const QString& label,
                                const std::function<domain::Outcome(const WorkProgress&)>& work)
{
    std::atomic<qint64> done { 0 };
    std::atomic<qint64> total { 0 };
    std::atomic<bool> isCancelled { false };
    std::optional<domain::Outcome> outcome;
    const std::unique_ptr<QThread> thread(QThread::create([&] {
        outcome = work([&](qint64 doneSoFar, qint64 all) {
            done = doneSoFar;
            total = all;
            return !isCancelled.load();
        });
    }));

    QProgressDialog dialog(label, QCoreApplication::translate("mutualise::app::BackgroundWork", "Cancel"), 0,
                           0, parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(500);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] {
        isCancelled = true;
        dialog.setLabelText(QCoreApplication::translate("mutualise::app::BackgroundWork", "Stopping…"));
    });
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] {
        const qint64 all = total.load();
        if (all <= 0 || isCancelled)
            return;
        dialog.setMaximum(scale);
        dialog.setValue(static_cast<int>(std::min<qint64>(scale - 1, done.load() * scale / all)));
    });
    const InputGuard guard(&dialog);
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    poll.start();
    dialog.setValue(0); // starts the dialog's clock: it shows itself only if the work outlasts it
    loop.exec();
    thread->wait();
    poll.stop();
    dialog.reset();
    return outcome.value_or(domain::Error {
        QCoreApplication::translate("mutualise::app::BackgroundWork", "The work stopped without a result."),
        QStringLiteral("not-finished"),
        {} });
}

} // namespace mutualise::app
