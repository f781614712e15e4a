#pragma once

#include "storage/Verify.h"

#include <QFrame>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QThread;

namespace mutualise::app {

// The check of an opened file (storage::Verifier), run on a thread of its own so that a large file
// opens at once, and a banner above the pages when anything does not hold: how many problems, the
// first of them, and a button that lists them all. A file that holds shows nothing but a line in the
// status bar.
class VerificationBanner : public QFrame
{
    Q_OBJECT

public:
    explicit VerificationBanner(QWidget* parent = nullptr);
    ~VerificationBanner() override;

    // Checks the file at `path` through a connection of its own, only reading it; an empty path hides
    // the banner and stops any check under way.
    void check(const QString& path);

    // The last finished check's report: nothing before it, or when the file could not be read.
    std::optional<storage::VerifyReport> report() const { return m_report; }
    bool isChecking() const { return m_thread != nullptr; }

Q_SIGNALS:
    // A check finished, with what the status bar says of it.
    void checked(const QString& summary);

private:
    // What the thread found, handed over when it finishes.
    struct Finding
    {
        std::optional<storage::VerifyReport> report;
        QString error;
    };
    void stopChecking();
    void showFinding(const Finding& finding);
    void showDetails();

    QThread* m_thread = nullptr;
    std::shared_ptr<storage::VerificationStop> m_stop;
    quint64 m_generation = 0; // which check's finding is wanted: stopping one moves it on
    std::optional<storage::VerifyReport> m_report;
    QLabel* m_message;
    QPushButton* m_detailsButton;
};

} // namespace mutualise::app
