#pragma once

#include "domain/Meeting.h"

#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLayout;
class QSortFilterProxyModel;
class QTableView;

namespace mutualise::app {

class MutualSession;
class ProxyListModel;

// The Proxies tab of the Meetings & votes page: who holds a proxy for whom at the meeting chosen, and how
// they are told to vote; a proxy is appointed or revoked here. Everything is read from and written
// through storage.
class ProxiesPanel : public QWidget
{
    Q_OBJECT

public:
    // Shows an error to the user.
    using ErrorPresenter = std::function<void(const QString& title, const QString& message)>;

    explicit ProxiesPanel(QWidget* parent = nullptr);
    ~ProxiesPanel() override;

    // nullptr when the mutual is closed.
    void setSession(MutualSession* session);
    // Shows the meeting's proxies as storage has them now.
    void setMeeting(const std::optional<domain::Meeting>& meeting);
    void setErrorPresenter(ErrorPresenter presenter);

    // The proxies appointed for the meeting shown.
    int proxyCount() const;

private:
    void createActions();
    void createProxiesTable();
    QLayout* createActionRow();
    QWidget* createProxiesStack();
    void fitColumns();
    void updateActions();

    void appointProxy();
    void revokeProxy();
    void showError(const QString& title, const QString& message);

    MutualSession* m_session = nullptr;
    std::optional<domain::Meeting> m_meeting;
    ErrorPresenter m_errorPresenter;

    QAction* m_appointProxyAction = nullptr;
    QAction* m_revokeProxyAction = nullptr;

    ProxyListModel* m_model;
    QSortFilterProxyModel* m_sorted = nullptr; // the view's rows, in the order chosen
    QTableView* m_view = nullptr;
};

} // namespace mutualise::app
