#pragma once

#include "domain/Error.h"
#include "reports/ReportFile.h"
#include "storage/AuditLog.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QTimer;

namespace mutualise::app {

class AuditTrailModel;
class DateEdit;
class MemberCompleter;
class MutualSession;
class VerificationBanner;

// View > Audit Trail…: every change made to the open mutual, newest first, with who made it, when,
// and the record before and after; narrowed to a member, a kind of record and a span of days; whether
// the records and the trail's chain hold, as the check of the file found; and the list as shown
// exported as CSV, a workbook, a PDF or JSON.
class AuditTrailDialog : public QDialog
{
    Q_OBJECT

public:
    // What export asks for the file with; a file dialog unless a test sets another.
    using SavePathChooser
        = std::function<QString(const QString& suggested, reports::ReportFileFormat format)>;

    AuditTrailDialog(VerificationBanner* banner, QWidget* parent = nullptr);
    ~AuditTrailDialog() override;

    // The mutual whose trail is shown, or none.
    void setSession(MutualSession* session);
    void setSavePathChooser(SavePathChooser chooser);

    // The filter the fields give.
    storage::AuditFilter filter() const;
    // Writes every entry the filter lets through to `path`, on a thread of its own; as
    // reports::writeReportFile says.
    domain::Outcome exportTo(const QString& path, reports::ReportFileFormat format);

    AuditTrailModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QTableWidget* detailsTable() const { return m_details; }
    QLineEdit* memberField() const { return m_memberEdit; }
    QComboBox* kindField() const { return m_kindCombo; }
    DateEdit* fromField() const { return m_fromEdit; }
    DateEdit* toField() const { return m_toEdit; }
    QLabel* chainLabel() const { return m_chainLabel; }
    QLabel* countLabel() const { return m_countLabel; }

private:
    void createControls();
    void fillKinds();
    void applyFilter();
    void clearFilters();
    void showChainStatus();
    void showCount();
    void showDetails();
    void exportAs(reports::ReportFileFormat format);

    VerificationBanner* m_banner;
    MutualSession* m_session = nullptr;
    AuditTrailModel* m_model;
    SavePathChooser m_savePathChooser;
    QLabel* m_chainLabel = nullptr;
    QPushButton* m_checkButton = nullptr;
    QLineEdit* m_memberEdit = nullptr;
    MemberCompleter* m_memberCompleter = nullptr;
    QComboBox* m_kindCombo = nullptr;
    DateEdit* m_fromEdit = nullptr;
    DateEdit* m_toEdit = nullptr;
    QLabel* m_countLabel = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_entryLabel = nullptr;
    QTableWidget* m_details = nullptr;
    QPushButton* m_exportButton = nullptr;
    QLabel* m_noticeLabel = nullptr;
    QTimer* m_filterTimer = nullptr;
};

} // namespace mutualise::app
