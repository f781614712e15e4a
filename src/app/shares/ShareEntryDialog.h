#pragma once

#include "app/widgets/FieldErrors.h"
#include "domain/Error.h"
#include "domain/Member.h"
#include "domain/ShareLedger.h"

#include <QCompleter>
#include <QDialog>
#include <QHash>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QStringListModel;

namespace Ui {
class ShareEntryDialog;
}

namespace mutualise::storage {
class MutualFile;
}

namespace mutualise::app {

class MutualSession;

// Completes a line edit with "number — name" of the members matching what was typed, asking storage
// for a page of matches each time so that it copes with a register of any size. What the user
// finally typed is resolved by member number.
class MemberCompleter : public QCompleter
{
    Q_OBJECT

public:
    MemberCompleter(storage::MutualFile& file, QLineEdit* edit);

    // The member whose number starts the text ("C001" or "C001 — Ada Lovelace"), if there is one.
    std::optional<domain::Member> resolve(const QString& text) const;
    static QString displayText(const domain::Member& member);

private:
    void refreshMatches(const QString& text);

    storage::MutualFile& m_file;
    QStringListModel* m_matches;
};

// Records one movement of shares: a subscription, a transfer, a withdrawal or a forfeiture. The
// ledger's rules are checked by storage; their errors are shown beside the field they concern.
class ShareEntryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShareEntryDialog(MutualSession& session, QWidget* parent = nullptr);
    ~ShareEntryDialog() override;

    void setKind(domain::ShareEntryKind kind);
    // Fills in the member the entry is for, as if their number had been typed.
    void setMember(const domain::Member& member);
    // The message of the last error shown (beside a field or in a message box); empty if none.
    QString shownError() const { return m_errors.shown(); }
    // What the form says about how many shares the member can give up (a withdrawal, a transfer or
    // a forfeiture), before Record is pressed; empty when it says nothing.
    QString reductionLimit() const { return m_reductionLimit; }
    // The movement as the form describes it, if it is complete.
    std::optional<domain::ShareMovement> movement() const;

    void accept() override;

private:
    domain::ShareEntryKind kind() const;
    bool isTransfer() const { return kind() == domain::ShareEntryKind::Transfer; }
    std::optional<qint64> amountInMinorUnits() const;
    bool isReduction() const;
    // The most shares the paying member can give up on the entry's date, for a reduction; nothing
    // before the member and the date are known.
    std::optional<qint64> sharesThatCanBeGivenUp() const;
    QString reductionLimitText(qint64 limit) const;
    void collectErrorLabels();
    void updateForKind();
    void updateAmount();
    void revalidate();
    void updatePreview();
    void showFieldHint(QWidget* field, const QString& message);
    void clearErrors();
    void showError(const domain::Error& error);

    std::unique_ptr<Ui::ShareEntryDialog> m_ui;
    MutualSession& m_session;
    MemberCompleter* m_memberCompleter;
    MemberCompleter* m_toMemberCompleter;
    std::optional<domain::Member> m_member;
    std::optional<domain::Member> m_toMember;
    FieldErrors m_errors;
    QString m_reductionLimit;
};

} // namespace mutualise::app
