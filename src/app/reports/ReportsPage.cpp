#include "ReportsPage.h"

#include "ReportTableModel.h"
#include "app/shares/ShareEntryDialog.h"
#include "app/shell/MutualSession.h"
#include "app/widgets/BackgroundWork.h"
#include "app/widgets/DateEdit.h"
#include "app/widgets/PageWidgets.h"
#include "domain/DemoVotes.h"
#include "domain/Text.h"
#include "formats/OutputFile.h"
#include "reports/ReportFile.h"
#include "reports/ReportFormats.h"
#include "reports/ReportPdf.h"
#include "reports/ReportXlsx.h"
#include "reports/ThreeSixtyGiving.h"
#include "storage/AllocationRepository.h"
#include "storage/MemberRepository.h"
#include "storage/ReportRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace mutualise::app {

namespace {

// The folder the last export went to, offered again by the next.
const QString folderSetting = u"reports/exportFolder"_s;

// The widest a column of the preview starts, in pixels.
constexpr int widestColumn = 220;

} // namespace

ReportsPage::ReportsPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new ReportTableModel(this))
{
    createControls();
    m_reloadTimer.setSingleShot(true);
    // Typing a date rebuilds the report once the typing stops, not at every digit.
    m_reloadTimer.setInterval(300);
    connect(&m_reloadTimer, &QTimer::timeout, this, &ReportsPage::reload);
    m_savePathChooser = [this](const QString& suggested, Format format) {
        const QString folder = QSettings().value(folderSetting, documentsFolder()).toString();
        const QString filter = suggested.endsWith(u".zip"_s) ? tr("Zip archives of CSV files (*.zip)")
            : format == Format::Csv                          ? tr("CSV files (*.csv)")
            : format == Format::Xlsx                         ? tr("Excel workbooks (*.xlsx)")
            : format == Format::Pdf                          ? tr("PDF documents (*.pdf)")
            : format == Format::ThreeSixtyGiving             ? tr("360Giving data (*.json)")
            : format == Format::PdfEach                      ? tr("A new folder (*)")
                                                             : tr("JSON files (*.json)");
        return QFileDialog::getSaveFileName(this, tr("Export Report"), QDir(folder).filePath(suggested),
                                            filter);
    };
    setSession(nullptr);
}

ReportsPage::~ReportsPage() = default;

void ReportsPage::createControls()
{
    auto* title = new QLabel(tr("Reports"), this);
    title->setFont(headlineFont(title->font(), 1.5));
    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(u"exportButton"_s);
    m_exportButton->setText(tr("&Export"));
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(m_exportButton);
    exportMenu->addAction(tr("CSV for a &Spreadsheet…"), this, [this] { exportAs(Format::Csv); });
    exportMenu->addAction(tr("E&xcel Workbook…"), this, [this] { exportAs(Format::Xlsx); });
    // The paper a reader here expects first.
    const bool isLetterFirst = reports::ReportPdf::defaultPaper(QLocale()) == QPageSize::Letter;
    const auto addPdf = [this, exportMenu](QPageSize::PageSizeId paper) {
        exportMenu->addAction(paper == QPageSize::Letter ? tr("PDF on US &Letter…") : tr("&PDF on A4…"), this,
                              [this, paper] { exportAs(Format::Pdf, paper); });
    };
    addPdf(isLetterFirst ? QPageSize::Letter : QPageSize::A4);
    addPdf(isLetterFirst ? QPageSize::A4 : QPageSize::Letter);
    exportMenu->addAction(tr("&JSON for a Script…"), this, [this] { exportAs(Format::Json); });
    // Only the grants are published as open data.
    m_openDataAction = exportMenu->addAction(tr("360&Giving Open Data…"), this,
                                             [this] { exportAs(Format::ThreeSixtyGiving); });
    m_openDataAction->setObjectName(u"openDataAction"_s);
    // Statements and certificates are sent one by one.
    m_eachAction = exportMenu->addAction(tr("PDFs, a File for &Each Member…"), this, [this] {
        exportAs(Format::PdfEach, reports::ReportPdf::defaultPaper(QLocale()));
    });
    m_eachAction->setObjectName(u"eachAction"_s);
    m_exportButton->setMenu(exportMenu);
    m_printButton = new QPushButton(tr("&Print…"), this);
    m_printButton->setObjectName(u"printButton"_s);
    m_printButton->setToolTip(tr("Preview the report on paper and print it (%1)")
                                  .arg(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));
    connect(m_printButton, &QPushButton::clicked, this, &ReportsPage::printPreview);
    auto* printShortcut = new QShortcut(QKeySequence::Print, this);
    printShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(printShortcut, &QShortcut::activated, m_printButton, &QPushButton::click);
    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(m_printButton);
    header->addWidget(m_exportButton);

    m_reportCombo = new QComboBox(this);
    m_reportCombo->setObjectName(u"reportCombo"_s);
    for (const reports::ReportKind& kind : reports::Reports::kinds()) {
        m_reportCombo->addItem(kind.title, kind.name);
        m_reportCombo->setItemData(m_reportCombo->count() - 1, kind.description, Qt::ToolTipRole);
    }
    auto* reportLabel = new QLabel(tr("&Report:"), this);
    reportLabel->setBuddy(m_reportCombo);
    m_descriptionLabel = new QLabel(this);
    m_descriptionLabel->setWordWrap(true);
    m_descriptionLabel->setForegroundRole(QPalette::PlaceholderText);

    const QDate today = QDate::currentDate();
    m_asOfEdit = new DateEdit(today, this);
    m_asOfEdit->setObjectName(u"asOfEdit"_s);
    m_asOfLabel = new QLabel(tr("&As of:"), this);
    m_asOfLabel->setBuddy(m_asOfEdit);
    m_fromEdit = new DateEdit(today, this);
    m_fromEdit->setObjectName(u"fromEdit"_s);
    m_fromLabel = new QLabel(tr("Fr&om:"), this); // Alt+F is the File menu's
    m_fromLabel->setBuddy(m_fromEdit);
    m_toEdit = new DateEdit(today, this);
    m_toEdit->setObjectName(u"toEdit"_s);
    m_toLabel = new QLabel(tr("&To:"), this);
    m_toLabel->setBuddy(m_toEdit);
    m_memberEdit = new QLineEdit(this);
    m_memberEdit->setObjectName(u"memberEdit"_s);
    m_memberEdit->setPlaceholderText(tr("All members"));
    m_memberEdit->setClearButtonEnabled(true);
    auto* memberLabel = new QLabel(tr("&Member:"), this);
    memberLabel->setBuddy(m_memberEdit);
    m_classCombo = new QComboBox(this);
    m_classCombo->setObjectName(u"classCombo"_s);
    m_classCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* classLabel = new QLabel(tr("C&lass:"), this);
    classLabel->setBuddy(m_classCombo);
    m_yearCombo = new QComboBox(this);
    m_yearCombo->setObjectName(u"yearCombo"_s);
    m_yearCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_yearLabel = new QLabel(tr("&Year:"), this);
    m_yearLabel->setBuddy(m_yearCombo);
    m_groupingCombo = new QComboBox(this);
    m_groupingCombo->setObjectName(u"groupingCombo"_s);
    for (const domain::ContributionGrouping grouping : domain::allContributionGroupings())
        m_groupingCombo->addItem(domain::contributionGroupingLabel(grouping), static_cast<int>(grouping));
    m_groupingLabel = new QLabel(tr("&By:"), this);
    m_groupingLabel->setBuddy(m_groupingCombo);

    // The report and what it says it holds; its day or period; which members it covers.
    auto* form = new QGridLayout;
    form->addWidget(reportLabel, 0, 0);
    form->addWidget(m_reportCombo, 0, 1, 1, 3);
    form->addWidget(m_descriptionLabel, 0, 4);
    form->addWidget(m_asOfLabel, 1, 0);
    form->addWidget(m_asOfEdit, 1, 1);
    form->addWidget(m_yearLabel, 1, 0);
    form->addWidget(m_yearCombo, 1, 1);
    form->addWidget(m_fromLabel, 1, 0);
    form->addWidget(m_fromEdit, 1, 1);
    form->addWidget(m_toLabel, 1, 2);
    form->addWidget(m_toEdit, 1, 3);
    auto* grouping = new QHBoxLayout;
    grouping->addWidget(m_groupingLabel);
    grouping->addWidget(m_groupingCombo);
    grouping->addStretch();
    form->addLayout(grouping, 1, 4);
    auto* members = new QHBoxLayout;
    members->addWidget(m_memberEdit, 1);
    members->addWidget(classLabel);
    members->addWidget(m_classCombo);
    form->addWidget(memberLabel, 2, 0);
    form->addLayout(members, 2, 1, 1, 4);
    form->setColumnStretch(4, 1);

    m_view = createTable(this, u"reportView"_s);
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // A report of several tables shows one at a time.
    m_tableCombo = new QComboBox(this);
    m_tableCombo->setObjectName(u"tableCombo"_s);
    m_tableCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tableLabel = new QLabel(tr("&Show:"), this);
    m_tableLabel->setBuddy(m_tableCombo);
    auto* tables = new QHBoxLayout;
    tables->addWidget(m_tableLabel);
    tables->addWidget(m_tableCombo);
    tables->addStretch();
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(u"summaryLabel"_s);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_noticeLabel = createNoticeLabel(u"exportNotice"_s, this);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(form);
    layout->addLayout(tables);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_noticeLabel);

    connect(m_reportCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateDateFields();
        reload();
    });
    for (DateEdit* edit : { m_asOfEdit, m_fromEdit, m_toEdit })
        connect(edit, &DateEdit::dateChanged, this, &ReportsPage::scheduleReload);
    connect(m_memberEdit, &QLineEdit::textChanged, this, &ReportsPage::scheduleReload);
    connect(m_classCombo, &QComboBox::currentIndexChanged, this, &ReportsPage::scheduleReload);
    connect(m_groupingCombo, &QComboBox::currentIndexChanged, this, &ReportsPage::reload);
    connect(m_yearCombo, &QComboBox::currentIndexChanged, this, &ReportsPage::reload);
    connect(m_tableCombo, &QComboBox::currentIndexChanged, this, &ReportsPage::showTable);
    updateDateFields();
}

QWidget* ReportsPage::mainWidget() const
{
    return m_reportCombo;
}

void ReportsPage::setSavePathChooser(std::function<QString(const QString&, Format)> chooser)
{
    m_savePathChooser = std::move(chooser);
}

void ReportsPage::setSession(MutualSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    delete m_memberCompleter;
    m_memberCompleter = nullptr;
    {
        const QSignalBlocker memberBlocker(m_memberEdit);
        const QSignalBlocker classBlocker(m_classCombo);
        m_memberEdit->clear();
        m_classCombo->clear();
        m_classCombo->addItem(tr("All classes"));
        if (session) {
            m_memberCompleter = new MemberCompleter(session->file(), m_memberEdit);
            if (const auto classes = storage::MemberRepository(session->file()).classes()) {
                for (const domain::MemberClass& memberClass : *classes)
                    m_classCombo->addItem(domain::visibleText(memberClass.name), memberClass.id);
            }
            // The financial year so far by default: what a finance officer reports on most.
            const QDate today = QDate::currentDate();
            m_fromEdit->setDate(session->mutual().financialYearContaining(today).first);
            m_toEdit->setDate(today);
            m_asOfEdit->setDate(today);
        }
    }
    if (session) {
        connect(session, &MutualSession::dataChanged, this, &ReportsPage::reloadWhenShown);
        connect(session, &QObject::destroyed, this, [this] { setSession(nullptr); });
    }
    setEnabled(session != nullptr);
    m_noticeLabel->hide();
    reloadWhenShown();
}

void ReportsPage::reloadWhenShown()
{
    if (isVisible()) {
        reload();
        return;
    }
    m_report.reset();
    m_model->clear();
    m_isStale = true;
}

void ReportsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_isStale)
        reload();
}

reports::ReportSpan ReportsPage::span() const
{
    const auto kind = reports::Reports::kind(m_reportCombo->currentData().toString());
    return kind ? kind->span : reports::ReportSpan::Day;
}

void ReportsPage::updateDateFields()
{
    const QList<reports::ReportKind> kinds = reports::Reports::kinds();
    const int index = std::max(0, m_reportCombo->currentIndex());
    const bool takesPeriod = span() == reports::ReportSpan::Period;
    const bool takesDay = span() == reports::ReportSpan::Day;
    const bool takesYear = span() == reports::ReportSpan::Year;
    m_descriptionLabel->setText(index < kinds.size() ? kinds.at(index).description : QString());
    const bool takesMembers = index >= kinds.size() || kinds.at(index).takesMembers;
    const bool takesGrouping = index < kinds.size() && kinds.at(index).takesGrouping;
    m_asOfLabel->setVisible(takesDay);
    m_asOfEdit->setVisible(takesDay);
    m_yearLabel->setVisible(takesYear);
    m_yearCombo->setVisible(takesYear);
    m_groupingLabel->setVisible(takesGrouping);
    m_groupingCombo->setVisible(takesGrouping);
    // Shown but unavailable where the report is not of members (the grants), so the form keeps its shape.
    m_memberEdit->setEnabled(takesMembers);
    m_classCombo->setEnabled(takesMembers);
    m_openDataAction->setVisible(m_reportCombo->currentData().toString() == u"grants"_s);
    m_eachAction->setVisible(m_reportCombo->currentData().toString() == u"statement"_s
                             || m_reportCombo->currentData().toString() == u"certificate"_s);
    for (QWidget* widget : std::initializer_list<QWidget*> { m_fromLabel, m_fromEdit, m_toLabel, m_toEdit })
        widget->setVisible(takesPeriod);
}

void ReportsPage::scheduleReload()
{
    m_reloadTimer.start();
}

std::optional<reports::ReportRequest> ReportsPage::request()
{
    reports::ReportRequest request;
    request.asOf = m_asOfEdit->date();
    request.from = m_fromEdit->date();
    request.to = m_toEdit->date();
    const reports::ReportSpan span = this->span();
    if (span == reports::ReportSpan::Year) {
        if (m_yearCombo->count() == 0) {
            m_summaryLabel->setText(tr("No financial year's surplus has been allocated yet. Allocate one on "
                                       "the Reinvestment page, then report it here."));
            return std::nullopt;
        }
        request.year = m_yearCombo->currentData().toInt();
    }
    const bool takesPeriod = span == reports::ReportSpan::Period;
    if (takesPeriod && (!request.from.isValid() || !request.to.isValid())) {
        m_summaryLabel->setText(tr("Type the first and the last day of the period."));
        return std::nullopt;
    }
    if (takesPeriod && request.from > request.to) {
        m_summaryLabel->setText(tr("The period starts on %1, after it ends on %2.")
                                    .arg(QLocale().toString(request.from, QLocale::ShortFormat),
                                         QLocale().toString(request.to, QLocale::ShortFormat)));
        return std::nullopt;
    }
    if (span == reports::ReportSpan::Day && !request.asOf.isValid()) {
        m_summaryLabel->setText(tr("Type the day the report is for."));
        return std::nullopt;
    }
    request.grouping = static_cast<domain::ContributionGrouping>(m_groupingCombo->currentData().toInt());
    if (!m_memberEdit->isEnabled())
        return request;
    if (!m_memberEdit->text().trimmed().isEmpty()) {
        const auto member
            = m_memberCompleter ? m_memberCompleter->resolve(m_memberEdit->text()) : std::nullopt;
        if (!member) {
            m_summaryLabel->setText(
                tr("There is no member “%1”.").arg(domain::quotedText(m_memberEdit->text().trimmed())));
            return std::nullopt;
        }
        request.filter.memberId = member->id;
    }
    if (m_classCombo->currentIndex() > 0)
        request.filter.classId = m_classCombo->currentData().toLongLong();
    return request;
}

void ReportsPage::reload()
{
    m_isStale = false;
    m_reloadTimer.stop();
    // A report built again for another period shows the same table as before.
    const QString shownTable = m_tableCombo->currentData().toString();
    m_report.reset();
    m_model->clear();
    m_tableLabel->hide();
    m_tableCombo->hide();
    m_summaryLabel->clear();
    m_exportButton->setEnabled(false);
    m_printButton->setEnabled(false);
    if (!m_session)
        return;
    if (!fillYears())
        return;
    const auto wanted = request();
    if (!wanted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto built
        = reports::Reports::build(m_session->file(), m_reportCombo->currentData().toString(), *wanted);
    QApplication::restoreOverrideCursor();
    if (!built) {
        m_summaryLabel->setText(built.error().message);
        return;
    }
    m_report = *built;
    {
        const QSignalBlocker blocker(m_tableCombo);
        m_tableCombo->clear();
        for (const reports::ReportTable& table : m_report->tables)
            m_tableCombo->addItem(table.title, table.name);
        m_tableCombo->setCurrentIndex(std::max(0, m_tableCombo->findData(shownTable)));
    }
    const bool hasTables = m_report->tables.size() > 1;
    m_tableLabel->setVisible(hasTables);
    m_tableCombo->setVisible(hasTables);
    showTable(m_tableCombo->currentIndex());
    m_exportButton->setEnabled(true);
    m_printButton->setEnabled(true);
}

bool ReportsPage::fillYears()
{
    if (span() != reports::ReportSpan::Year)
        return true;
    const QSignalBlocker blocker(m_yearCombo);
    const QVariant shown = m_yearCombo->currentData();
    m_yearCombo->clear();
    const domain::Mutual mutual = m_session->mutual();
    if (m_reportCombo->currentData().toString() != u"allocation"_s) {
        // Every financial year from the first member's admission to this one, the last that has ended
        // chosen first.
        const auto first = storage::ReportRepository(m_session->file()).firstAdmission();
        if (!first) {
            m_summaryLabel->setText(first.error().message);
            return false;
        }
        const int current = mutual.financialYearContaining(QDate::currentDate()).first.year();
        const int earliest = first->isValid() ? mutual.financialYearContaining(*first).first.year() : current;
        for (int year = current; year >= earliest; --year)
            m_yearCombo->addItem(domain::financialYearLabel(mutual, year), year);
        const int chosen = m_yearCombo->findData(shown.isValid() ? shown : QVariant(current - 1));
        m_yearCombo->setCurrentIndex(std::max(0, chosen));
        return true;
    }
    const auto allocations = storage::AllocationRepository(m_session->file()).all();
    if (!allocations) {
        m_summaryLabel->setText(allocations.error().message);
        return false;
    }
    for (auto allocation = allocations->crbegin(); allocation != allocations->crend(); ++allocation) {
        const QString year = domain::financialYearLabel(mutual, allocation->year);
        //: %1 is a financial year whose allocation of the surplus is not yet approved
        m_yearCombo->addItem(allocation->isApproved ? year : tr("%1 (draft)").arg(year), allocation->year);
    }
    m_yearCombo->setCurrentIndex(std::max(0, m_yearCombo->findData(shown)));
    return true;
}

void ReportsPage::showTable(int index)
{
    if (!m_report || index < 0 || index >= m_report->tables.size())
        return;
    const reports::ReportTable& table = m_report->tables.at(index);
    m_model->setTable(table, m_report->currency);
    // Each column as wide as what it holds, but no text so wide that the figures go off to the side.
    m_view->resizeColumnsToContents();
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), widestColumn));
    QStringList totals;
    for (qsizetype column = 0; column < table.columns.size(); ++column) {
        if (!table.columns.at(column).isTotalled)
            continue;
        const std::optional<qint64> total = table.total(column);
        totals.append(tr("%1 %2").arg(
            table.columns.at(column).title,
            total ? reports::cellText(*total, table.columns.at(column).type, m_report->currency)
                  : tr("too large")));
    }
    const auto rows = static_cast<int>(table.rows.size());
    if (totals.isEmpty()) {
        m_summaryLabel->setText(tr("%Ln row(s).", nullptr, rows));
        return;
    }
    //: %n is the number of rows; then the totals, such as "Shares 1,234; Paid £1,234.00"
    m_summaryLabel->setText(
        tr("%Ln row(s). Totals: %1.", nullptr, rows).arg(totals.join(QStringLiteral("; "))));
}

QString ReportsPage::suffix(Format format)
{
    switch (format) {
    case Format::Csv:
        return u".csv"_s;
    case Format::Xlsx:
        return u".xlsx"_s;
    case Format::Pdf:
        return u".pdf"_s;
    case Format::Json:
    case Format::ThreeSixtyGiving:
        return u".json"_s;
    case Format::PdfEach:
        return {}; // a folder
    }
    return {};
}

void ReportsPage::exportAs(Format format, QPageSize::PageSizeId paper)
{
    if (!m_report)
        return;
    const QDate day = m_report->hasPeriod() ? m_report->to : m_report->asOf;
    const bool isArchive = format == Format::Csv && reports::isCsvArchive(*m_report);
    //: What 360Giving data is called in the name of its file, "Grants 2026-03-31 360Giving.json"
    const QString openData = format == Format::ThreeSixtyGiving ? u' ' + tr("360Giving") : QString();
    const QString suggested = m_report->title + u' ' + day.toString(Qt::ISODate) + openData
        + (isArchive ? u".zip"_s : suffix(format));
    const QString path = m_savePathChooser(suggested, format);
    if (path.isEmpty())
        return;
    if (const domain::Outcome written = exportTo(path, format, paper); !written) {
        if (written.error().rule != u"cancelled"_s)
            QMessageBox::warning(this, tr("Report Not Exported"), written.error().message);
        return;
    }
    QSettings().setValue(folderSetting, QFileInfo(path).absolutePath());
    m_noticeLabel->setText(tr("%1 saved to %2.").arg(m_report->title, QDir::toNativeSeparators(path)));
    m_noticeLabel->show();
}

domain::Outcome ReportsPage::exportTo(const QString& path, Format format, QPageSize::PageSizeId paper)
{
    if (!m_report || !m_session)
        return domain::Error { tr("There is no report to export."), u"no-report"_s, {} };
    if (auto elsewhere = formats::checkNotMutual(path, m_session->path()); !elsewhere)
        return elsewhere;
    if (format == Format::ThreeSixtyGiving) {
        // Read from the file here, on the window's thread: a fund's grants are a few hundred at most.
        reports::ReportRequest period;
        period.from = m_report->from;
        period.to = m_report->to;
        const auto package = reports::ThreeSixtyGiving::package(m_session->file(), period);
        if (!package)
            return package.error();
        return formats::writeWholeFile(path, *package);
    }
    // The writing reads its own copy of the report: the page may build another meanwhile.
    const reports::Report report = *m_report;
    return runInBackground(this, tr("Exporting %1…").arg(report.title),
                           [report, path, format, paper](const WorkProgress& progress) -> domain::Outcome {
                               switch (format) {
                               case Format::Csv:
                                   return reports::writeReportFile(
                                       report, path, reports::ReportFileFormat::Csv, paper, progress);
                               case Format::Xlsx:
                                   return reports::writeReportFile(
                                       report, path, reports::ReportFileFormat::Xlsx, paper, progress);
                               case Format::Pdf:
                                   return reports::writeReportFile(
                                       report, path, reports::ReportFileFormat::Pdf, paper, progress);
                               case Format::PdfEach:
                                   return reports::ReportPdf::saveEach(report, path, {}, paper, progress);
                               case Format::ThreeSixtyGiving: // written above
                               case Format::Json:
                                   return reports::writeReportFile(
                                       report, path, reports::ReportFileFormat::Json, paper, progress);
                               }
                               return domain::ok();
                           });
}

void ReportsPage::printPreview()
{
    if (!m_report)
        return;
    constexpr qint64 manyRows = 20000;
    if (m_report->rowCount() > manyRows
        && QMessageBox::question(
               this, tr("Print Report"),
               tr("This report has %1 rows, which take a while to lay out for the preview. Go on, or "
                  "export it as a PDF instead?")
                   .arg(QLocale().toString(m_report->rowCount())),
               QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Ok)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_report->title);
    printer.setPageLayout(QPageLayout(QPageSize(reports::ReportPdf::defaultPaper(QLocale())),
                                      reports::ReportPdf::orientation(*m_report), QMarginsF(15, 15, 15, 12),
                                      QPageLayout::Millimeter));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print %1").arg(m_report->title));
    const reports::Report report = *m_report;
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this, &report](QPrinter* paper) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const domain::Outcome printed = reports::ReportPdf::print(*paper, report);
        QApplication::restoreOverrideCursor();
        if (!printed)
            QMessageBox::warning(this, tr("Report Not Printed"), printed.error().message);
    });
    preview.resize(std::min(1000, window()->width()), window()->height());
    preview.exec();
}

} // namespace mutualise::app
