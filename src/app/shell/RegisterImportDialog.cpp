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
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mutualise::app {

namespace {

// How many rows of the file the preview shows.
constexpr int previewRows = 20;

// A field on one line of the preview: its line breaks marked, anything unsafe shown as an escape.
QString previewText(const QString& field)
{
    QStringList lines = field.trimmed().split(u'\n');
    for (QString& line : lines)
        line = domain::visibleText(line.trimmed());
    return lines.join(QStringLiteral(" ↵ "));
}

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
        { QStringLiteral("name"), tr("Na&me") },
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
        const QString label = labels.value(field.key, field.key);
        m_labels.append(QString(label).remove(u'&'));
        auto* chooser = new QComboBox(columns);
        chooser->setObjectName(field.key + QStringLiteral("Column"));
        chooser->addItem(field.isRequired ? tr("(choose a column)") : tr("(none)"));
        qsizetype named = -1;
        for (qsizetype i = 0; i < m_headings.size(); ++i) {
            //: A column of the file: its letter as a spreadsheet shows it, and its heading.
            const QString heading = m_headings.at(i).trimmed();
            chooser->addItem(
                tr("%1: %2").arg(formats::CsvTable::columnLetters(i), domain::quotedText(heading)));
            // The first column headed with the field's key ("number") or its name ("Member number").
            if (named < 0
                && (heading.compare(field.key, Qt::CaseInsensitive) == 0
                    || heading.compare(m_labels.constLast(), Qt::CaseInsensitive) == 0))
                named = i;
        }
        chooser->setCurrentIndex(static_cast<int>(named + 1));
        connect(chooser, &QComboBox::currentIndexChanged, this, &RegisterImportDialog::mappingChanged);
        form->addRow(field.isRequired ? label + tr(":") : tr("%1 (if kept):").arg(label), chooser);
        m_choosers.append(chooser);
    }

    const QString exampleDate = storage::ImportTable::localeDateExample(QLocale(), QDate(2025, 3, 31));
    const QString amount = domain::Money(123456, session.mutual().currency).format(QLocale());
    auto* locale = new QLabel(
        exampleDate.isEmpty()
            ? tr("Dates as 2025-03-31; amounts as 1234.56.")
            : tr("Dates as %1 or 2025-03-31; amounts as %2 or 1234.56.").arg(exampleDate, amount),
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
    const qsizetype index = fieldIndex(field);
    return index < 0 ? nullptr : m_choosers.at(index);
}

qsizetype RegisterImportDialog::fieldIndex(const QString& key) const
{
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (m_fields.at(i).key == key)
            return i;
    }
    return -1;
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
    while (m_firstRows.size() < previewRows) {
        const auto row = table.next();
        if (!row || !*row)
            break;
        if (m_headings.isEmpty()) {
            m_headings = (*row)->fields;
        } else {
            m_firstRows.append((*row)->fields);
            m_firstRecords.append((*row)->record);
        }
    }
}

void RegisterImportDialog::fillPreview()
{
    // Every column of the file, as the spreadsheet shows it; under the heading of a column that is
    // chosen, the field it gives. The columns left out are greyed.
    const storage::ImportMapping chosen = mapping();
    QHash<qsizetype, QStringList> fieldsOfColumn;
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        const auto column = chosen.constFind(m_fields.at(i).key);
        if (column != chosen.cend())
            fieldsOfColumn[*column].append(m_labels.at(i));
    }
    const int columnCount = static_cast<int>(m_headings.size());
    m_preview->clear();
    m_preview->setColumnCount(columnCount);
    m_preview->setRowCount(static_cast<int>(m_firstRows.size()));
    const QBrush leftOut = palette().brush(QPalette::Disabled, QPalette::Text);
    for (int column = 0; column < columnCount; ++column) {
        QString title = tr("%1: %2").arg(formats::CsvTable::columnLetters(column),
                                         domain::quotedText(m_headings.at(column).trimmed()));
        const QStringList fields = fieldsOfColumn.value(column);
        if (!fields.isEmpty())
            //: Under a column's heading in the preview: the fields it gives.
            title += u'\n' + tr("→ %1").arg(fields.join(tr(", ")));
        m_preview->setHorizontalHeaderItem(column, new QTableWidgetItem(title));
        for (qsizetype row = 0; row < m_firstRows.size(); ++row) {
            auto* item = new QTableWidgetItem(previewText(m_firstRows.at(row).value(column)));
            if (fields.isEmpty())
                item->setForeground(leftOut);
            m_preview->setItem(static_cast<int>(row), column, item);
        }
    }
    QStringList rowNumbers;
    for (const int record : std::as_const(m_firstRecords))
        rowNumbers.append(QString::number(record));
    m_preview->setVerticalHeaderLabels(rowNumbers);
    m_preview->resizeColumnsToContents();
    // A long address does not push the other columns out of sight.
    const int widest = m_preview->fontMetrics().averageCharWidth() * 32;
    for (int column = 0; column < columnCount; ++column)
        m_preview->setColumnWidth(column, std::min(m_preview->columnWidth(column), widest));
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
    // The import records who made it, asked for here when not known yet: the work cannot ask.
    if (!isDryRun) {
        if (const domain::Outcome settled = m_session.file().settleActor(); !settled) {
            m_summary->setText(settled.error().message);
            m_problems->hide();
            return std::nullopt;
        }
    }
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
    // A problem names the field; the list names it as the dialog does, with the column chosen for it.
    const storage::ImportMapping chosen = mapping();
    QStringList lines;
    for (const storage::ImportProblem& problem : report.problems) {
        const qsizetype field = fieldIndex(problem.column);
        const auto column = chosen.constFind(problem.column);
        if (field < 0)
            lines.append(problem.text());
        else if (column == chosen.cend())
            lines.append(tr("Row %1, %2: %3").arg(problem.row).arg(m_labels.at(field), problem.message));
        else
            //: A problem in a row: "Row 3, column B (Member number): …".
            lines.append(
                tr("Row %1, column %2 (%3): %4")
                    .arg(problem.row)
                    .arg(formats::CsvTable::columnLetters(*column), m_labels.at(field), problem.message));
    }
    if (report.problemCount > report.problems.size())
        lines.append(
            tr("… and %Ln more problem(s), not listed: correct those above and check the file again.",
               nullptr, static_cast<int>(report.problemCount - report.problems.size())));
    m_problems->setPlainText(lines.join(u'\n'));
    m_problems->setVisible(!isClean);
    const int rows = static_cast<int>(report.rows);
    if (!isClean)
        m_summary->setText(
            tr("%1 cannot be imported as it is: it has %Ln problem(s), listed below by row (the "
               "header is row 1). Nothing has been recorded. Correct the file and import it again, "
               "or choose other columns.",
               nullptr, static_cast<int>(report.problemCount))
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
