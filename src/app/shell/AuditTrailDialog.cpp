#include "app/shell/AuditTrailDialog.h"

#include "app/shares/ShareEntryDialog.h"
#include "app/shell/AuditTrailModel.h"
#include "app/shell/MutualSession.h"
#include "app/shell/VerificationBanner.h"
#include "app/widgets/BackgroundWork.h"
#include "app/widgets/DateEdit.h"
#include "app/widgets/PageWidgets.h"
#include "domain/Text.h"
#include "formats/OutputFile.h"
#include "reports/AuditTrail.h"
#include "reports/ReportPdf.h"
#include "storage/Verify.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace mutualise::app {

namespace {

const QString folderSetting = u"reports/exportFolder"_s;

QString suffixOf(reports::ReportFileFormat format)
{
    switch (format) {
    case reports::ReportFileFormat::Csv:
        return u".csv"_s;
    case reports::ReportFileFormat::Xlsx:
        return u".xlsx"_s;
    case reports::ReportFileFormat::Pdf:
        return u".pdf"_s;
    case reports::ReportFileFormat::Json:
        return u".json"_s;
    }
    return {};
}

// The moment a day starts where the user is, as the trail is narrowed by the days they see.
QDateTime startOfDay(const QDate& day)
{
    return day.startOfDay().toUTC();
}

} // namespace

AuditTrailDialog::AuditTrailDialog(VerificationBanner* banner, QWidget* parent)
    : QDialog(parent)
    , m_banner(banner)
    , m_model(new AuditTrailModel(this))
{
    setObjectName(u"auditTrailDialog"_s);
    setWindowTitle(tr("Audit Trail"));
    createControls();
    m_savePathChooser = [this](const QString& suggested, reports::ReportFileFormat format) {
        const QString folder = QSettings().value(folderSetting, documentsFolder()).toString();
        const QString filter = format == reports::ReportFileFormat::Csv ? tr("CSV files (*.csv)")
            : format == reports::ReportFileFormat::Xlsx                 ? tr("Excel workbooks (*.xlsx)")
            : format == reports::ReportFileFormat::Pdf                  ? tr("PDF documents (*.pdf)")
                                                                        : tr("JSON files (*.json)");
        return QFileDialog::getSaveFileName(this, tr("Export Audit Trail"), QDir(folder).filePath(suggested),
                                            filter);
    };
    if (m_banner != nullptr)
        connect(m_banner, &VerificationBanner::checked, this, &AuditTrailDialog::showChainStatus);
    // Room for the details of a change beside the list, inside a window 900 pixels wide.
    const QSize room = parent != nullptr ? parent->window()->size() - QSize(40, 60) : QSize(1040, 680);
    resize(std::min(1040, room.width()), std::min(680, room.height()));
}

AuditTrailDialog::~AuditTrailDialog() = default;

void AuditTrailDialog::createControls()
{
    m_chainLabel = new QLabel(this);
    m_chainLabel->setObjectName(u"chainLabel"_s);
    m_chainLabel->setWordWrap(true);
    m_chainLabel->setTextFormat(Qt::PlainText);
    m_checkButton = new QPushButton(tr("Check &Now"), this);
    m_checkButton->setToolTip(tr("Check every record against the audit trail again."));
    connect(m_checkButton, &QPushButton::clicked, this, [this] {
        if (m_banner != nullptr && m_session != nullptr) {
            m_banner->check(m_session->path());
            showChainStatus();
        }
    });
    auto* chainRow = new QHBoxLayout;
    chainRow->addWidget(m_chainLabel, 1);
    chainRow->addWidget(m_checkButton);

    m_memberEdit = new QLineEdit(this);
    m_memberEdit->setObjectName(u"memberEdit"_s);
    m_memberEdit->setPlaceholderText(tr("Every member"));
    m_memberEdit->setClearButtonEnabled(true);
    // Room for a member's number and name in a window 900 pixels wide; the kinds give way to it.
    m_memberEdit->setMinimumWidth(fontMetrics().horizontalAdvance(u"0000 — Mmmmmm Mmmmmm"_s));
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(u"kindCombo"_s);
    m_kindCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kindCombo->setMinimumContentsLength(12);
    m_fromEdit = new DateEdit(this);
    m_fromEdit->setObjectName(u"fromEdit"_s);
    m_fromEdit->setPlaceholderText(tr("Any day"));
    m_toEdit = new DateEdit(this);
    m_toEdit->setObjectName(u"toEdit"_s);
    m_toEdit->setPlaceholderText(tr("Any day"));
    auto* clearButton = new QPushButton(tr("C&lear Filters"), this);
    connect(clearButton, &QPushButton::clicked, this, &AuditTrailDialog::clearFilters);

    auto* filters = new QHBoxLayout;
    const auto addField = [this, filters](const QString& text, QWidget* field, int stretch) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field, stretch);
    };
    addField(tr("&Member:"), m_memberEdit, 3);
    addField(tr("&Kind:"), m_kindCombo, 2);
    addField(tr("&From:"), m_fromEdit, 0);
    addField(tr("&To:"), m_toEdit, 0);
    filters->addWidget(clearButton);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"countLabel"_s);

    m_table = new QTableView(this);
    m_table->setObjectName(u"auditTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView* columns = m_table->horizontalHeader();
    columns->setStretchLastSection(true);
    columns->setHighlightSections(false);
    const QFontMetrics metrics = fontMetrics();
    m_table->setColumnWidth(AuditTrailModel::EntryColumn, metrics.horizontalAdvance(u"0,000,000"_s) + 16);
    m_table->setColumnWidth(AuditTrailModel::WhenColumn,
                            metrics.horizontalAdvance(u"00/00/0000 00:00"_s) + 20);
    m_table->setColumnWidth(AuditTrailModel::ActorColumn, metrics.horizontalAdvance(u"Recorded by Mmmm"_s));
    m_table->setColumnWidth(AuditTrailModel::ChangeColumn,
                            metrics.horizontalAdvance(u"Share entry recorded"_s) + 16);
    m_table->setColumnWidth(AuditTrailModel::RecordColumn, metrics.horizontalAdvance(u"Record 0000"_s) + 16);

    m_entryLabel = new QLabel(this);
    m_entryLabel->setObjectName(u"entryLabel"_s);
    m_entryLabel->setWordWrap(true);
    m_entryLabel->setTextFormat(Qt::PlainText);
    m_entryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details = new QTableWidget(0, 3, this);
    m_details->setObjectName(u"detailsTable"_s);
    m_details->setHorizontalHeaderLabels({ tr("Field"), tr("Before"), tr("After") });
    m_details->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_details->setTabKeyNavigation(false);
    m_details->verticalHeader()->hide();
    m_details->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_details->setWordWrap(false);
    m_details->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_details->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_details->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    auto* detailsPane = new QWidget(this);
    auto* detailsLayout = new QVBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(0, 6, 0, 0);
    detailsLayout->addWidget(m_entryLabel);
    detailsLayout->addWidget(m_details, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(detailsPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_noticeLabel = new QLabel(this);
    m_noticeLabel->setObjectName(u"noticeLabel"_s);
    m_noticeLabel->setTextFormat(Qt::PlainText);
    m_exportButton = new QPushButton(tr("&Export"), this);
    auto* exportMenu = new QMenu(m_exportButton);
    const QList<std::pair<reports::ReportFileFormat, QString>> formats = {
        { reports::ReportFileFormat::Csv, tr("&CSV File…") },
        { reports::ReportFileFormat::Xlsx, tr("&Excel Workbook…") },
        { reports::ReportFileFormat::Pdf, tr("&PDF Document…") },
        { reports::ReportFileFormat::Json, tr("&JSON File…") },
    };
    for (const auto& [format, text] : formats)
        exportMenu->addAction(text, this, [this, format = format] { exportAs(format); });
    m_exportButton->setMenu(exportMenu);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_exportButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_noticeLabel, 1);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(chainRow);
    layout->addLayout(filters);
    layout->addWidget(m_countLabel);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    // Typing in a field narrows the list once the typing pauses; a date that cannot be read narrows
    // nothing until it can.
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(300);
    connect(m_filterTimer, &QTimer::timeout, this, &AuditTrailDialog::applyFilter);
    const auto later = [this] { m_filterTimer->start(); };
    connect(m_memberEdit, &QLineEdit::textChanged, this, later);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &AuditTrailDialog::applyFilter);
    connect(m_fromEdit, &DateEdit::dateChanged, this, later);
    connect(m_toEdit, &DateEdit::dateChanged, this, later);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditTrailDialog::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        showCount();
        if (m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
        showDetails();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditTrailDialog::showCount);
}

void AuditTrailDialog::setSession(MutualSession* session)
{
    if (m_session != nullptr)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    delete m_memberCompleter;
    m_memberCompleter = nullptr;
    m_memberEdit->clear();
    m_fromEdit->setDate({});
    m_toEdit->setDate({});
    m_noticeLabel->clear();
    if (m_session != nullptr) {
        m_memberCompleter = new MemberCompleter(m_session->file(), m_memberEdit);
        // A change made meanwhile, here or by another program, joins the top of the list.
        connect(m_session, &MutualSession::dataChanged, this, [this] {
            fillKinds();
            m_model->reload();
        });
        setWindowTitle(tr("Audit Trail — %1").arg(m_session->mutual().name));
    }
    fillKinds();
    m_model->setFile(m_session != nullptr ? &m_session->file() : nullptr);
    m_exportButton->setEnabled(m_session != nullptr);
    showChainStatus();
    if (m_session == nullptr)
        hide();
}

void AuditTrailDialog::setSavePathChooser(SavePathChooser chooser)
{
    m_savePathChooser = std::move(chooser);
}

void AuditTrailDialog::fillKinds()
{
    const QString chosen = m_kindCombo->currentData().toString();
    const QSignalBlocker quiet(m_kindCombo);
    m_kindCombo->clear();
    m_kindCombo->addItem(tr("Every kind of record"), QString());
    if (m_session == nullptr)
        return;
    const auto entities = storage::AuditLog(m_session->file()).entities();
    if (!entities)
        return;
    QList<std::pair<QString, QString>> kinds;
    for (const QString& entity : *entities)
        kinds.append({ reports::AuditTrail::entityText(entity), entity });
    std::sort(kinds.begin(), kinds.end(), [](const auto& one, const auto& other) {
        return one.first.localeAwareCompare(other.first) < 0;
    });
    for (const auto& [text, entity] : kinds)
        m_kindCombo->addItem(text, entity);
    m_kindCombo->setCurrentIndex(std::max(0, m_kindCombo->findData(chosen)));
}

storage::AuditFilter AuditTrailDialog::filter() const
{
    storage::AuditFilter filter;
    // "1001 — Ada Jones" as the completer fills it in, or a number typed.
    filter.memberNumber = m_memberEdit->text().section(u" — "_s, 0, 0).trimmed();
    filter.entity = m_kindCombo->currentData().toString();
    if (m_fromEdit->date().isValid())
        filter.from = startOfDay(m_fromEdit->date());
    if (m_toEdit->date().isValid())
        filter.until = startOfDay(m_toEdit->date().addDays(1));
    return filter;
}

void AuditTrailDialog::applyFilter()
{
    m_filterTimer->stop();
    if (m_session == nullptr)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_model->setFilter(filter());
    QApplication::restoreOverrideCursor();
}

void AuditTrailDialog::clearFilters()
{
    {
        const QSignalBlocker quietMember(m_memberEdit);
        const QSignalBlocker quietKind(m_kindCombo);
        const QSignalBlocker quietFrom(m_fromEdit);
        const QSignalBlocker quietTo(m_toEdit);
        m_memberEdit->clear();
        m_kindCombo->setCurrentIndex(0);
        m_fromEdit->setDate({});
        m_toEdit->setDate({});
    }
    applyFilter();
    m_table->setFocus(Qt::OtherFocusReason);
}

void AuditTrailDialog::showChainStatus()
{
    QString text;
    QString colour = u"#1d2b27"_s;
    if (m_session == nullptr || m_banner == nullptr) {
        text.clear();
    } else if (m_banner->isChecking()) {
        text = tr("Checking the records against the audit trail…");
    } else if (const auto report = m_banner->report(); !report) {
        text = tr("The records could not be checked against the audit trail.");
        colour = u"#8a4b00"_s;
    } else if (report->isIntact()) {
        text = tr("✓ The audit trail's chain holds, and every record is the one it accounts for (checked "
                  "through entry %1, %2).")
                   .arg(QLocale().toString(report->head.entry),
                        storage::Verifier::shortHash(report->head.hash));
        colour = u"#1f6f5c"_s;
    } else {
        const QString first = report->problems.isEmpty() ? QString() : report->problems.constFirst().message;
        text = tr("⚠ The records do not hold (%Ln problem(s)): %1", nullptr,
                  static_cast<int>(std::min<qint64>(report->problemCount, INT_MAX)))
                   .arg(first);
        colour = u"#8a4b00"_s;
    }
    m_chainLabel->setText(text);
    m_chainLabel->setStyleSheet(u"QLabel#chainLabel { color: %1; font-weight: 600; }"_s.arg(colour));
    m_checkButton->setEnabled(m_session != nullptr && m_banner != nullptr && !m_banner->isChecking());
}

void AuditTrailDialog::showCount()
{
    const QLocale locale;
    if (!m_model->error().isEmpty()) {
        m_countLabel->setText(tr("The audit trail could not be read: %1").arg(m_model->error()));
        return;
    }
    const qint64 matching = m_model->matchingCount();
    const QString shown = locale.toString(m_model->rowCount());
    m_countLabel->setText(matching == 0 ? tr("No change matches.")
                              : filter().isEmpty()
                              ? tr("%Ln change(s), newest first; %1 shown, more as you scroll.", nullptr,
                                   static_cast<int>(std::min<qint64>(matching, INT_MAX)))
                                    .arg(shown)
                              : tr("%Ln change(s) match, newest first; %1 shown, more as you scroll.",
                                   nullptr, static_cast<int>(std::min<qint64>(matching, INT_MAX)))
                                    .arg(shown));
}

void AuditTrailDialog::showDetails()
{
    m_details->setRowCount(0);
    const storage::AuditEntry* entry = m_model->entryAt(m_table->currentIndex().row());
    if (entry == nullptr) {
        m_entryLabel->setText(tr("Choose a change to see the record before and after it."));
        return;
    }
    const QLocale locale;
    m_entryLabel->setText(tr("Entry %1 · %2 · recorded by %3 on %4 · hash %5")
                              .arg(locale.toString(entry->id), reports::AuditTrail::actionText(entry->action),
                                   domain::visibleText(entry->actor),
                                   locale.toString(entry->at.toLocalTime(), QLocale::LongFormat),
                                   storage::Verifier::shortHash(entry->hash)));
    // What the change changed first, then the rest of the record as it stood.
    QList<reports::AuditTrail::Field> fields = reports::AuditTrail::fields(*entry);
    std::stable_partition(fields.begin(), fields.end(),
                          [](const reports::AuditTrail::Field& field) { return field.isChanged; });
    m_details->setRowCount(static_cast<int>(fields.size()));
    QFont changed = m_details->font();
    changed.setBold(true);
    for (int row = 0; row < fields.size(); ++row) {
        const reports::AuditTrail::Field& field = fields.at(row);
        const QStringList texts = { field.name, field.before, field.after };
        for (int column = 0; column < 3; ++column) {
            auto* item = new QTableWidgetItem(domain::visibleText(texts.at(column)));
            item->setToolTip(texts.at(column).left(2000));
            if (field.isChanged) {
                item->setFont(changed);
                item->setBackground(QColor(0xfff4d6));
            }
            m_details->setItem(row, column, item);
        }
    }
}

domain::Outcome AuditTrailDialog::exportTo(const QString& path, reports::ReportFileFormat format)
{
    if (m_session == nullptr)
        return domain::Error { tr("No mutual is open."), u"no-report"_s, {} };
    if (auto elsewhere = formats::checkNotMutual(path, m_session->path()); !elsewhere)
        return elsewhere;
    const QString mutualPath = m_session->path();
    const QString actor = m_session->file().actor();
    const storage::AuditFilter chosen = filter();
    const QPageSize::PageSizeId paper = reports::ReportPdf::defaultPaper(QLocale());
    // The work reads the trail through a connection of its own: a connection belongs to its thread.
    return runInBackground(
        this, tr("Exporting the audit trail…"), [=](const WorkProgress& progress) -> domain::Outcome {
            auto file = storage::MutualFile::openForReading(mutualPath, actor);
            if (!file)
                return file.error();
            const auto entries = storage::AuditLog(**file).find(chosen, -1);
            if (!entries)
                return entries.error();
            const reports::Report report = reports::AuditTrail::report(**file, chosen, *entries);
            return reports::writeReportFile(report, path, format, paper, progress);
        });
}

void AuditTrailDialog::exportAs(reports::ReportFileFormat format)
{
    if (m_session == nullptr)
        return;
    const QString suggested
        = tr("Audit trail %1").arg(QDate::currentDate().toString(Qt::ISODate)) + suffixOf(format);
    const QString path = m_savePathChooser(suggested, format);
    if (path.isEmpty())
        return;
    if (const domain::Outcome written = exportTo(path, format); !written) {
        if (written.error().rule != u"cancelled"_s)
            QMessageBox::warning(this, tr("Audit Trail Not Exported"), written.error().message);
        return;
    }
    QSettings().setValue(folderSetting, QFileInfo(path).absolutePath());
    m_noticeLabel->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace mutualise::app
