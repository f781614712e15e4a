#include "app/reinvestment/SavingsImportDialog.h"

#include "app/shell/MutualSession.h"
#include "app/widgets/FitHeight.h"
#include "domain/Text.h"
#include "storage/SavingsRepository.h"
#include "ui_SavingsImportDialog.h"

#include <QPushButton>

namespace mutualise::app {

SavingsImportDialog::SavingsImportDialog(MutualSession& session, const QString& fileName, QByteArray content,
                                         QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SavingsImportDialog>())
    , m_session(session)
    , m_fileName(fileName)
    , m_content(std::move(content))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Import savings from %1").arg(domain::quotedText(fileName)));
    importButton()->setText(tr("&Import"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SavingsImportDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SavingsImportDialog::reject);
    checkFile();
}

SavingsImportDialog::~SavingsImportDialog() = default;

QLabel* SavingsImportDialog::summaryLabel() const
{
    return m_ui->summaryLabel;
}

QPlainTextEdit* SavingsImportDialog::problemsEdit() const
{
    return m_ui->problemsEdit;
}

QPushButton* SavingsImportDialog::importButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Ok);
}

// A dry run: storage checks every row as the import would, and writes nothing.
void SavingsImportDialog::checkFile()
{
    const auto checked = storage::SavingsRepository(m_session.file()).importCsv(m_content, true);
    const bool isClean = static_cast<bool>(checked);
    m_checkedCount = isClean ? *checked : 0;
    if (isClean) {
        m_ui->summaryLabel->setText(tr("%1 holds %Ln saving(s), all of which can be recorded. Nothing has "
                                       "been recorded yet.",
                                       nullptr, static_cast<int>(m_checkedCount))
                                        .arg(domain::quotedText(m_fileName)));
    } else {
        m_ui->summaryLabel->setText(
            tr("%1 cannot be imported as it is: correct the problems below in the file and import it again. "
               "Nothing has been recorded.")
                .arg(domain::quotedText(m_fileName)));
        m_ui->problemsEdit->setPlainText(checked.error().message);
    }
    m_ui->problemsLabel->setVisible(!isClean);
    m_ui->problemsEdit->setVisible(!isClean);
    importButton()->setEnabled(isClean && !m_session.file().isReadOnly());
    importButton()->setDefault(isClean);
    if (!isClean) {
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        m_ui->problemsEdit->setFocus();
    }
    resize(qMax(width(), 560), isClean ? sizeHint().height() : qMax(height(), 380));
    if (isClean) {
        fitHeightToContents(this);
    }
}

void SavingsImportDialog::accept()
{
    const auto imported = storage::SavingsRepository(m_session.file()).importCsv(m_content, false);
    if (!imported) {
        m_ui->summaryLabel->setText(tr("Nothing from %1 was recorded.").arg(domain::quotedText(m_fileName)));
        m_ui->problemsEdit->setPlainText(imported.error().message);
        m_ui->problemsLabel->setVisible(true);
        m_ui->problemsEdit->setVisible(true);
        importButton()->setEnabled(false);
        return;
    }
    m_importedCount = *imported;
    m_session.notifyChanged();
    QDialog::accept();
}

} // namespace mutualise::app
