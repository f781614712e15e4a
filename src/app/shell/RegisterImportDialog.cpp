#include "app/shell/RegisterImportDialog.h"

#include "app/shell/MutualSession.h"
#include "app/widgets/BackgroundWork.h"
#include "domain/Money.h"
#include "domain/Text.h"
#include "formats/CsvTable.h"
#include "storage/MemberRepository.h"
#include "storage/ShareLedgerRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mutualise::app {

namespace {

// How many rows of the file the preview shows.
constexpr int previewRows = 20;

} // namespace

RegisterImportDialog::RegisterImportDialog(MutualSession& session, Kind kind, const QString& fileName,
                                           QByteArray content, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_kind(kind)
    , m_fileName(fileName)
    , m_content(std::move(content))
    , m_fields(kind == Kind::Members ? storage::MemberRepository::importFields()
                                     : storage::ShareLedgerRepository::importFields())
{
    setWindowTitle(kind == Kind::Members
                       ? tr("Import Members from %1").arg(domain::quotedText(fileName))
                       : tr("Import Share Entries from %1").arg(domain::quotedText(fileName)));
    readHeaderAndPreview();

    const QHash<QString, QString> labels {
        { QStringLiteral("number"), tr("Member &number") },
        { QStringLiteral("name"), tr("&Name") },
        { QStringLiteral("kind"), kind == Kind::Members ? tr("&Kind") : tr("&Kind of entry") },
        { QStringLiteral("class"), tr("&Class") },
        { QStringLiteral("email"), tr("&E-mail") },
        { QStringLiteral("phone"), tr("&Phone") },
        { QStringLiteral("address"), tr("&Address") },
        { QStringLiteral("admitted"), tr("A&dmitted") },
        { QStringLiteral("ceased"), tr("Cea&sed") },
        { QStringLiteral("date"), tr("&Date") },
        { QStringLiteral("member"), tr("&Member") },
        { QStringLiteral("shares"), tr("&Shares") },
        { QStringLiteral("amount"), tr("&Amount") },
        { QStringLiteral("counterparty"), tr("&Receiving member") },
        { QStringLiteral("reference"), tr("R&eference") },
    };
    auto* columns = new QGroupBox(tr("Which column gives each field"), this);
    auto* form = new QFormLayout(columns);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const storage::ImportField& field : std::as_const(m_fields)) {
        auto* chooser = new QComboBox(columns);
        chooser->setObjectName(field.key + QStringLiteral("Column"));
        chooser->addItem(field.isRequired ? tr("(choose a column)") : tr("(none)"));
        qsizetype named = -1;
        for (qsizetype i = 0; i < m_headings.size(); ++i) {
            //: A column of the file: its letter as a spreadsheet shows it, and its heading.
            chooser->addItem(tr("%1: %2").arg(QChar(u'A' + static_cast<char16_t>(i % 26)), m_headings.at(i)));
            if (m_headings.at(i).trimmed().compare(field.key, Qt::CaseInsensitive) == 0)
                named = i;
        }
        chooser->setCurrentIndex(static_cast<int>(named + 1));
        connect(chooser, &QComboBox::currentIndexChanged, this, &RegisterImportDialog::mappingChanged);
        const QString label = labels.value(field.key, field.key);
        form->addRow(field.isRequired ? label + tr(":") : tr("%1 (if kept):").arg(label), chooser);
        m_choosers.append(chooser);
    }

    const QString dateFormat = storage::ImportTable::localeDateFormat(QLocale());
    const QString amount = domain::Money(123456, session.mutual().currency).format(QLocale());
    auto* locale = new QLabel(dateFormat.isEmpty()
                                  ? tr("Dates as 2025-03-31; amounts as 1234.56.")
                                  : tr("Dates as %1 or 2025-03-31; amounts as %2 or 1234.56.")
                                        .arg(QLocale().toString(QDate(2025, 3, 31), dateFormat), amount),
                              this);
    locale->setWordWrap(true);

    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 8);
    m_preview->horizontalHeader()->setStretchLastSection(true);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_problems = new QPlainTextEdit(this);
    m_problems->setReadOnly(true);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_checkButton = buttons->addButton(tr("C&heck File"), QDialogButtonBox::ActionRole);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    connect(m_checkButton, &QPushButton::clicked, this, &RegisterImportDialog::checkFile);
    connect(buttons, &QDialogButtonBox::accepted, this, &RegisterImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RegisterImportDialog::reject);

    auto* top = new QHBoxLayout;
    top->addWidget(columns, 0);
    auto* right = new QVBoxLayout;
    auto* previewLabel = new QLabel(tr("The first rows as they will be read:"), this);
    right->addWidget(previewLabel);
    right->addWidget(m_preview, 1);
    right->addWidget(locale);
    top->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);
    resize(900, 560);
    mappingChanged();
}

RegisterImportDialog::~RegisterImportDialog() = default;

QComboBox* RegisterImportDialog::columnChooser(const QString& field) const
{
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (m_fields.at(i).key == field)
            return m_choosers.at(i);
    }
    return nullptr;
}

storage::ImportMapping RegisterImportDialog::mapping() const
{
    storage::ImportMapping chosen;
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        const int index = m_choosers.at(i)->currentIndex();
        if (index > 0)
            chosen.insert(m_fields.at(i).key, index - 1);
    }
    return chosen;
}

void RegisterImportDialog::readHeaderAndPreview()
{
    // What a spreadsheet shows at the top of the file; a file that cannot be read that far shows less,
    // and checking it names the problem.
    formats::CsvTable table(m_content, QStringLiteral("import-preview"));
    while (m_firstRows.size() <= previewRows) {
        const auto row = table.next();
        if (!row || !*row)
            break;
        if (m_headings.isEmpty())
            m_headings = (*row)->fields;
        else
            m_firstRows.append((*row)->fields);
    }
}

void RegisterImportDialog::fillPreview()
{
    const storage::ImportMapping chosen = mapping();
    QStringList titles;
    QList<qsizetype> columns;
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        const auto column = chosen.constFind(m_fields.at(i).key);
        if (column == chosen.cend())
            continue;
        titles.append(m_fields.at(i).key);
        columns.append(*column);
    }
    m_preview->clear();
    m_preview->setColumnCount(static_cast<int>(titles.size()));
    m_preview->setHorizontalHeaderLabels(titles);
    m_preview->setRowCount(static_cast<int>(m_firstRows.size()));
    QStringList rowNumbers;
    for (qsizetype row = 0; row < m_firstRows.size(); ++row) {
        // Row 1 is the header, as in the spreadsheet.
        rowNumbers.append(QString::number(row + 2));
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QString text = domain::visibleText(m_firstRows.at(row).value(columns.at(i)).trimmed());
            m_preview->setItem(static_cast<int>(row), static_cast<int>(i), new QTableWidgetItem(text));
        }
    }
    m_preview->setVerticalHeaderLabels(rowNumbers);
    m_preview->resizeColumnsToContents();
}

void RegisterImportDialog::mappingChanged()
{
    fillPreview();
    // What was checked was the file read another way.
    m_importButton->setEnabled(false);
    m_problems->hide();
    const bool isReadOnly = m_session.file().isReadOnly();
    m_checkButton->setEnabled(!m_headings.isEmpty());
    m_checkButton->setDefault(true);
    m_summary->setText(isReadOnly ? tr("The file is open read-only: nothing can be imported into it.")
                                  : tr("Choose the columns, then check the file. Nothing is recorded until "
                                       "you import it, and then all of it or none."));
}

std::optional<storage::ImportReport> RegisterImportDialog::run(bool isDryRun)
{
    storage::ImportOptions options;
    options.isDryRun = isDryRun;
    options.mapping = mapping();
    options.locale = QLocale();
    const QString path = m_session.path();
    const QString actor = m_session.file().actor();
    const bool isMembers = m_kind == Kind::Members;
    const QByteArray content = m_content;
    storage::ImportReport report;
    // The work opens the file for itself: a connection belongs to the thread that made it.
    const domain::Outcome outcome
        = runInBackground(this,
                          isDryRun ? tr("Checking %1…").arg(domain::quotedText(m_fileName))
                                   : tr("Importing %1…").arg(domain::quotedText(m_fileName)),
                          [&](const WorkProgress& progress) -> domain::Outcome {
                              auto file = storage::MutualFile::open(path, actor);
                              if (!file)
                                  return file.error();
                              options.progress = progress;
                              const auto done = isMembers
                                  ? storage::MemberRepository(**file).importCsv(content, options)
                                  : storage::ShareLedgerRepository(**file).importCsv(content, options);
                              if (!done)
                                  return done.error();
                              report = *done;
                              return domain::ok();
                          });
    if (!outcome) {
        m_summary->setText(outcome.error().rule == QStringLiteral("cancelled")
                               ? tr("Stopped: nothing was recorded.")
                               : tr("Nothing was recorded: %1").arg(outcome.error().message));
        m_problems->hide();
        return std::nullopt;
    }
    return report;
}

void RegisterImportDialog::showReport(const storage::ImportReport& report, bool isDryRun)
{
    const bool isClean = report.isAccepted();
    QStringList lines;
    for (const storage::ImportProblem& problem : report.problems)
        lines.append(problem.column.isEmpty()
                         ? tr("Row %1: %2").arg(problem.row).arg(problem.message)
                         : tr("Row %1, column %2: %3").arg(problem.row).arg(problem.column, problem.message));
    m_problems->setPlainText(lines.join(u'\n'));
    m_problems->setVisible(!isClean);
    const int rows = static_cast<int>(report.rows);
    if (!isClean)
        m_summary->setText(
            tr("%1 cannot be imported as it is: it has %Ln problem(s), listed below by row (the "
               "header is row 1). Correct them in the file, or choose other columns. Nothing "
               "has been recorded.",
               nullptr, static_cast<int>(report.problems.size()))
                .arg(domain::quotedText(m_fileName)));
    else if (isDryRun)
        m_summary->setText(
            tr("All %Ln row(s) can be imported. Nothing has been recorded yet.", nullptr, rows));
    m_importButton->setEnabled(isClean && isDryRun && !m_session.file().isReadOnly());
    m_importButton->setDefault(m_importButton->isEnabled());
    if (!isClean)
        m_problems->setFocus();
}

void RegisterImportDialog::checkFile()
{
    if (const auto report = run(true))
        showReport(*report, true);
}

void RegisterImportDialog::accept()
{
    const auto report = run(false);
    m_session.notifyChanged();
    if (!report)
        return;
    if (!report->isAccepted()) {
        // The file or the register changed since the check.
        showReport(*report, false);
        return;
    }
    m_importedRows = report->rows;
    QDialog::accept();
}

} // namespace mutualise::app
