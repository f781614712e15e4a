#pragma once

#include "app/widgets/FieldErrors.h"
#include "domain/Contribution.h"
#include "domain/Member.h"

#include <QDialog>
#include <QHash>

#include <memory>
#include <optional>

class QLabel;

namespace Ui {
class ContributionDialog;
}

namespace mutualise::app {

class MemberCompleter;
class MutualSession;

// Records one contribution: a subscription, a charge, a donation, a payment of a pledge, time given in
// kind (days × day rate, its value shown as it is typed) or a kind of the mutual's own. The record's
// rules are checked by storage; their errors are shown beside the field they concern and nothing is
// written.
class ContributionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ContributionDialog(MutualSession& session, QWidget* parent = nullptr);
    ~ContributionDialog() override;

    // Fills in the member, as if their number had been typed.
    void setMember(const domain::Member& member);
    void setKind(const QString& key);
    // The message of the last error shown; empty if none.
    QString shownError() const { return m_errors.shown(); }
    // The contribution as the form describes it, if it is complete enough to be checked by storage.
    std::optional<domain::Contribution> contribution() const;
    // The value of the time in kind typed, or nothing while days or rate are missing or wrong.
    std::optional<qint64> inKindValue() const;

    void accept() override;

private:
    bool isInKind() const;
    void fillKinds(const QString& selectKey);
    void fillServicesAndProjects();
    void collectErrorLabels();
    void updateForKind();
    void revalidate();
    void openNewKindDialog();
    void showFieldHint(QWidget* field, const QString& message);
    void clearErrors();
    void showError(const domain::Error& error);

    std::unique_ptr<Ui::ContributionDialog> m_ui;
    MutualSession& m_session;
    MemberCompleter* m_memberCompleter;
    std::optional<domain::Member> m_member;
    FieldErrors m_errors;
};

} // namespace mutualise::app
