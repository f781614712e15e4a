#pragma once

#include "domain/Member.h"
#include "domain/Mutual.h"

#include <QDialog>

#include <memory>

class QLineEdit;

namespace Ui {
class NewMutualDialog;
}

namespace mutualise::app {

// Collects what a new mutual needs before its file is created: its name and legal form, currency
// and nominal share value, financial year and member classes. Checks as the user types.
class NewMutualDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewMutualDialog(QWidget* parent = nullptr);
    ~NewMutualDialog() override;

    // The mutual as entered, or the first problem with it.
    domain::Result<domain::Mutual> mutual() const;
    domain::Result<QList<domain::MemberClass>> memberClasses() const;
    bool isEntryValid() const;

    QLineEdit* nameField() const;

private:
    void fillChoices();
    void revalidate();
    void addClassRow(const QString& name, qint64 minimumShares);
    void addEmptyClassRow();
    void removeCurrentClassRow();

    std::unique_ptr<Ui::NewMutualDialog> m_ui;
};

} // namespace mutualise::app
