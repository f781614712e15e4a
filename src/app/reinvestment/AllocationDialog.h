#pragma once

#include "domain/Allocation.h"
#include "domain/Meeting.h"
#include "storage/AllocationRepository.h"

#include <QDialog>
#include <QHash>
#include <QTimer>

#include <memory>
#include <optional>

class QLineEdit;
class QPushButton;

namespace Ui {
class AllocationDialog;
}

namespace mutualise::app {

class AllocationMembersModel;
class ColumnFitter;
class MutualSession;

// Works out a financial year's allocation as the finance officer types the plan, and shows every part,
// each member's interest and rebate and the working before anything is recorded; then saves it as a
// draft or, with a carried motion and after a confirmation, approves it for good.
class AllocationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AllocationDialog(MutualSession& session, QWidget* parent = nullptr);
    ~AllocationDialog() override;

    // Fills the form with a stored draft, to be changed and saved again or approved.
    void setDraft(const storage::AllocationRow& draft);
    // How long the dialog waits after the last change before working the allocation out again.
    static constexpr int computeDelayMs = 300;
    // Whether a change is waiting to be worked out.
    bool isWorking() const { return m_computeTimer.isActive(); }
    // Works out at once what is waiting (for tests and before recording).
    void computeNow();
    // The allocation as last worked out, if the plan was accepted.
    const std::optional<domain::SurplusAllocation>& allocation() const { return m_allocation; }
    // What the dialog says is wrong with the plan; empty when nothing is.
    QString shownProblem() const { return m_shownProblem; }
    // The year of the last allocation recorded, once recorded.
    std::optional<int> recordedYear() const { return m_recordedYear; }

    void accept() override;

private:
    struct MotionChoice
    {
        qint64 id = 0;
        QString text;
        QDate heldOn;
    };

    void fillYears();
    void loadMotions();
    void fillResolutions();
    void scheduleCompute();
    void updateYearHint();
    void updateRateHint();
    // The plan the form describes, or what is missing or wrong in it.
    domain::Result<domain::AllocationPlan> planFromForm() const;
    domain::Result<std::optional<qint64>> amountIn(const QLineEdit* edit, const QString& what) const;
    void showAllocation(const domain::SurplusAllocation& allocation);
    void showProblem(const QString& heading, const QString& message);
    void fitMemberColumns(const domain::SurplusAllocation& allocation);
    QString partsText(const domain::SurplusAllocation& allocation) const;
    QString workingText(const domain::SurplusAllocation& allocation) const;
    QString money(qint64 amount) const;
    void updateRecordButton();
    void record();

    std::unique_ptr<Ui::AllocationDialog> m_ui;
    MutualSession& m_session;
    AllocationMembersModel* m_membersModel;
    QPushButton* m_recordButton;
    ColumnFitter* m_membersFitter = nullptr;
    QTimer m_computeTimer;
    QHash<qint64, QString> m_names;
    QList<MotionChoice> m_motions;
    std::optional<domain::SurplusAllocation> m_allocation;
    QString m_shownProblem;
    std::optional<int> m_recordedYear;
};

// Basis points from a percentage as typed, "2.5", "2.50" or "2.50%", with at most two decimals; nothing
// when it cannot be read. Exact: no floating point.
std::optional<int> basisPointsFromPercent(const QString& text, const QLocale& locale);

} // namespace mutualise::app
