#pragma once

#include <QWidget>

class QBoxLayout;
class QFrame;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace mutualise::app {

class ContributionChart;
class MutualSession;

// The mutual at a glance: members, share capital, what was subscribed this financial year, the
// savings of this year, the community fund and what it has granted, and the capital each class has put
// in over time.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    // What a new mutual does first; the window takes the user to the page that does it.
    enum class NextStep
    {
        AddMembers,
        ImportMembers,
        RecordShares,
        ImportShares,
        AddMeeting,
    };
    Q_ENUM(NextStep)

    explicit DashboardPage(QWidget* parent = nullptr);

    // nullptr when the mutual is closed.
    void setSession(MutualSession* session);

    ContributionChart* contributionChart() const { return m_chart; }
    QTableWidget* membersTable() const { return m_membersTable; }
    // Whether the chart sits below the figures, as it does when the page is too narrow for both side
    // by side.
    bool isStacked() const;

Q_SIGNALS:
    void nextStepChosen(mutualise::app::DashboardPage::NextStep step);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    static constexpr int figuresStretch = 2;
    static constexpr int chartStretch = 3;

    void arrangeForWidth(int width);
    QWidget* createContent();
    QFrame* createNextSteps(QWidget* parent);
    void reloadNextSteps();
    void reload();
    void showError(const QString& message);
    void reloadMembers();
    void reloadCapital();
    void reloadMoney();
    void reloadChart();

    MutualSession* m_session = nullptr;
    QStackedWidget* m_stack;
    QLabel* m_emptyLabel;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
    QLabel* m_activeMembersValue = nullptr;
    QLabel* m_activeMembersDetail = nullptr;
    QLabel* m_totalCapitalValue = nullptr;
    QLabel* m_totalCapitalDetail = nullptr;
    QLabel* m_subscribedCaption = nullptr;
    QLabel* m_subscribedValue = nullptr;
    QLabel* m_subscribedDetail = nullptr;
    QLabel* m_savingsCaption = nullptr;
    QLabel* m_savingsValue = nullptr;
    QLabel* m_savingsDetail = nullptr;
    QLabel* m_fundValue = nullptr;
    QLabel* m_fundDetail = nullptr;
    QLabel* m_reinvestedValue = nullptr;
    QLabel* m_reinvestedDetail = nullptr;
    QBoxLayout* m_moneyCards = nullptr;
    QTableWidget* m_membersTable = nullptr;
    ContributionChart* m_chart = nullptr;
    QBoxLayout* m_columns = nullptr;
    QFrame* m_nextSteps = nullptr;
    QWidget* m_addMembersStep = nullptr;
    QWidget* m_recordSharesStep = nullptr;
    QWidget* m_addMeetingStep = nullptr;
};

} // namespace mutualise::app
