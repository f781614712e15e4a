#pragma once

#include "domain/Member.h"
#include "domain/Mutual.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace mutualise::app {

// Collects what a new mutual needs before its file is created: its name and legal form, currency
// and nominal share value, financial year and member classes. Checks as the user types.
class NewMutualDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewMutualDialog(QWidget* parent = nullptr);

    // The mutual as entered, or the first problem with it.
    domain::Result<domain::Mutual> mutual() const;
    domain::Result<QList<domain::MemberClass>> memberClasses() const;
    bool isEntryValid() const;

    QLineEdit* nameField() const { return m_nameEdit; }

private:
    void revalidate();
    void addClassRow(const QString& name, qint64 minimumShares);

    QLineEdit* m_nameEdit;
    QComboBox* m_legalFormCombo;
    QLineEdit* m_registrationEdit;
    QComboBox* m_currencyCombo;
    QLineEdit* m_nominalEdit;
    QSpinBox* m_yearStartDay;
    QComboBox* m_yearStartMonth;
    QTableWidget* m_classTable;
    QLabel* m_errorLabel;
    QDialogButtonBox* m_buttons;
};

} // namespace mutualise::app
