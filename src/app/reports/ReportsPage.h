#pragma once

#include "domain/Error.h"
#include "reports/Reports.h"

#include <QPageSize>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QToolButton;

class QAction;

namespace mutualise::app {

class DateEdit;
class MemberCompleter;
class MutualSession;
class ReportTableModel;

// The reports a finance officer takes away: pick one, set its day or period and which members it
// covers, read it here, print it, and export it as CSV, an Excel workbook, a PDF or JSON through the same
// writers as `mutualise-cli report`.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    enum class Format
    {
        Csv,
        Xlsx,
        Pdf,
        Json,
        ThreeSixtyGiving, // the grants as 360Giving open data
        PdfEach, // statements or certificates, a PDF each in a new folder
    };

    explicit ReportsPage(QWidget* parent = nullptr);
    ~ReportsPage() override;

    void setSession(MutualSession* session);
    QWidget* mainWidget() const;
    // Builds the chosen report again and shows it.
    void reload();
    // Writes the report shown to `path`, a PDF on `paper`; what the Export menu does once a file is
    // chosen. The writing runs off the window's thread, with a progress dialog that can cancel it.
    domain::Outcome exportTo(const QString& path, Format format, QPageSize::PageSizeId paper = QPageSize::A4);
    // Opens the print preview of the report shown, from which it is printed.
    void printPreview();
    // Tests answer the save dialog with a path (empty for Cancel).
    void setSavePathChooser(std::function<QString(const QString& suggested, Format format)> chooser);

    const std::optional<reports::Report>& report() const { return m_report; }
    ReportTableModel* model() const { return m_model; }
    QComboBox* tableCombo() const { return m_tableCombo; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    // Builds the report now if the page is shown, otherwise when it is next shown: a large mutual's
    // register takes a second or two, which nobody should wait for on the other pages.
    void reloadWhenShown();
    void createControls();
    void updateDateFields();
    void scheduleReload();
    // Shows the report's table `index` and its totals.
    void showTable(int index);
    void exportAs(Format format, QPageSize::PageSizeId paper = QPageSize::A4);
    std::optional<reports::ReportRequest> request();
    // The financial years with an allocation, newest first, for a report of a year; the year chosen stays.
    // Shows why when they cannot be read, and returns false.
    bool fillYears();
    reports::ReportSpan span() const;
    static QString suffix(Format format);

    MutualSession* m_session = nullptr;
    QComboBox* m_reportCombo;
    QLabel* m_descriptionLabel;
    QLabel* m_asOfLabel;
    DateEdit* m_asOfEdit;
    QLabel* m_fromLabel;
    DateEdit* m_fromEdit;
    QLabel* m_toLabel;
    DateEdit* m_toEdit;
    QLineEdit* m_memberEdit;
    QComboBox* m_classCombo;
    QLabel* m_yearLabel;
    QComboBox* m_yearCombo;
    QLabel* m_groupingLabel;
    QComboBox* m_groupingCombo;
    QLabel* m_tableLabel;
    QComboBox* m_tableCombo;
    QToolButton* m_exportButton;
    QAction* m_openDataAction;
    QAction* m_eachAction;
    QPushButton* m_printButton;
    QTableView* m_view;
    ReportTableModel* m_model;
    QLabel* m_summaryLabel;
    QLabel* m_noticeLabel;
    MemberCompleter* m_memberCompleter = nullptr;
    QTimer m_reloadTimer;
    bool m_isStale = false;
    std::optional<reports::Report> m_report;
    std::function<QString(const QString&, Format)> m_savePathChooser;
};

} // namespace mutualise::app
