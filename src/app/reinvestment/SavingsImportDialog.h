#pragma once

#include <QByteArray>
#include <QDialog>
#include <QString>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Ui {
class SavingsImportDialog;
}

namespace mutualise::app {

class MutualSession;

// Shows what importing a CSV file of savings would do, checked by a dry run before anything is written:
// how many savings it would record, or every problem named by row and column. Import is offered only
// when there are none; it then records all of them, or none.
class SavingsImportDialog : public QDialog
{
    Q_OBJECT

public:
    SavingsImportDialog(MutualSession& session, const QString& fileName, QByteArray content,
                        QWidget* parent = nullptr);
    ~SavingsImportDialog() override;

    QLabel* summaryLabel() const;
    QPlainTextEdit* problemsEdit() const;
    QPushButton* importButton() const;
    // How many savings the dry run found to record; 0 when it found problems.
    qint64 checkedCount() const { return m_checkedCount; }
    // How many were recorded once accepted.
    qint64 importedCount() const { return m_importedCount; }

    void accept() override;

private:
    void checkFile();

    std::unique_ptr<Ui::SavingsImportDialog> m_ui;
    MutualSession& m_session;
    QString m_fileName;
    QByteArray m_content;
    qint64 m_checkedCount = 0;
    qint64 m_importedCount = 0;
};

} // namespace mutualise::app
