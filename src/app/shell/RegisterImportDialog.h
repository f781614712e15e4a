#pragma once

#include "storage/CsvImport.h"

#include <QByteArray>
#include <QDialog>
#include <QList>
#include <QString>
#include <QStringList>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace mutualise::app {

class MutualSession;

// Brings a register of members, or a share ledger, in from a spreadsheet's CSV file. The user chooses
// which column of the file gives each field (those named as the fields are chosen already), sees the
// first rows as they will be read, checks the whole file (a dry run, listing every problem by row and
// column) and imports it, all of it or none. Checking and importing run off the window's thread with a
// progress dialog that can cancel them; a cancelled import records nothing.
class RegisterImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind
    {
        Members,
        ShareEntries,
    };

    RegisterImportDialog(MutualSession& session, Kind kind, const QString& fileName, QByteArray content,
                         QWidget* parent = nullptr);
    ~RegisterImportDialog() override;

    // The field's column chooser: its first item is "(none)", then the file's columns in order.
    QComboBox* columnChooser(const QString& field) const;
    QTableWidget* preview() const { return m_preview; }
    QLabel* summaryLabel() const { return m_summary; }
    QPlainTextEdit* problemsEdit() const { return m_problems; }
    QPushButton* checkButton() const { return m_checkButton; }
    QPushButton* importButton() const { return m_importButton; }
    // How many rows were recorded once imported.
    qint64 importedRows() const { return m_importedRows; }

    // The columns chosen, as the import takes them.
    storage::ImportMapping mapping() const;

    // Checks the whole file as the import would, recording nothing (the Check button).
    void checkFile();
    void accept() override;

private:
    // The field's place in m_fields; -1 when `key` is not one.
    qsizetype fieldIndex(const QString& key) const;
    void readHeaderAndPreview();
    void fillPreview();
    void mappingChanged();
    // Runs the import with `isDryRun`, off the window's thread; nullopt when it failed or was cancelled,
    // after saying so.
    std::optional<storage::ImportReport> run(bool isDryRun);
    void showReport(const storage::ImportReport& report, bool isDryRun);

    MutualSession& m_session;
    Kind m_kind;
    QString m_fileName;
    QByteArray m_content;
    QList<storage::ImportField> m_fields;
    QStringList m_headings;
    QList<QStringList> m_firstRows;
    QList<int> m_firstRecords; // the rows as the spreadsheet numbers them
    QStringList m_labels; // the fields' names, in the order of m_fields
    QList<QComboBox*> m_choosers; // one a field, in the order of m_fields
    QTableWidget* m_preview = nullptr;
    QLabel* m_summary = nullptr;
    QPlainTextEdit* m_problems = nullptr;
    QPushButton* m_checkButton = nullptr;
    QPushButton* m_importButton = nullptr;
    qint64 m_importedRows = 0;
};

} // namespace mutualise::app
