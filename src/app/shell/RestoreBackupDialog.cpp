#include "app/shell/RestoreBackupDialog.h"

#include "app/widgets/BackgroundWork.h"
#include "app/widgets/ConfirmationBox.h"
#include "storage/AuditLog.h"
#include "storage/MemberRepository.h"
#include "storage/Verify.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace mutualise::app {

namespace {

enum Column
{
    DayColumn,
    AgeColumn,
    MembersColumn,
    TrailColumn,
    SizeColumn,
    ColumnCount,
};

QString ageText(const QDate& day)
{
    const qint64 days = day.daysTo(QDate::currentDate());
    if (days <= 0)
        return RestoreBackupDialog::tr("today");
    if (days == 1)
        return RestoreBackupDialog::tr("yesterday");
    return RestoreBackupDialog::tr("%Ln day(s) ago", nullptr, static_cast<int>(days));
}

} // namespace

RestoreBackupDialog::RestoreBackupDialog(const storage::BackupRotation& rotation, const QString& mutualName,
                                         QWidget* parent)
    : QDialog(parent)
    , m_backups(rotation.backups())
    , m_mutualName(mutualName)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_message(new QLabel(this))
{
    setObjectName(u"restoreBackupDialog"_s);
    setWindowTitle(tr("Restore from Backup"));
    m_confirmer = [this](const QString& title, const QString& text, std::function<void()> confirmed) {
        askToConfirm(
            this,
            Confirmation { u"restoreConfirmation"_s, title, text, {}, tr("&Restore"), u"restoreButton"_s },
            std::move(confirmed));
    };
    auto* intro = new QLabel(
        tr("A backup of %1 is kept each day it is opened: the last seven, and one for each of the four weeks "
           "before. Restoring one puts it in the place of the file, and keeps the file as it is now beside "
           "it.")
            .arg(mutualName),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_table->setObjectName(u"backupsTable"_s);
    m_table->setHorizontalHeaderLabels(
        { tr("Day"), tr("Age"), tr("Members"), tr("Audit trail"), tr("Size") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_message->setObjectName(u"restoreMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restoreButton = buttons->addButton(tr("&Restore…"), QDialogButtonBox::ActionRole);
    m_restoreButton->setObjectName(u"restoreBackupButton"_s);
    connect(m_restoreButton, &QPushButton::clicked, this, &RestoreBackupDialog::restoreSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::cellActivated, this, [this] { restoreSelected(); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(720, 420);
    fill();
}

void RestoreBackupDialog::setConfirmer(Confirmer confirmer)
{
    m_confirmer = std::move(confirmer);
}

void RestoreBackupDialog::fill()
{
    const QLocale locale;
    m_table->setRowCount(static_cast<int>(m_backups.size()));
    for (int row = 0; row < m_backups.size(); ++row) {
        const storage::KeptBackup& backup = m_backups.at(row);
        QString members = tr("cannot be read");
        QString trail;
        // A backup is only read: it is never changed until it is restored.
        if (auto file
            = storage::MutualFile::openForReading(backup.path, storage::MutualFile::currentActor())) {
            if (const auto count = storage::MemberRepository(**file).count({}))
                members = locale.toString(*count);
            if (const auto head = storage::AuditLog(**file).head(); head && head->entry > 0)
                trail = tr("entry %1, %2")
                            .arg(locale.toString(head->entry), storage::Verifier::shortHash(head->hash));
        }
        const QStringList texts = { locale.toString(backup.day, QLocale::LongFormat), ageText(backup.day),
                                    members, trail, locale.formattedDataSize(QFileInfo(backup.path).size()) };
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(texts.at(column));
            if (column == MembersColumn || column == SizeColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_restoreButton->setEnabled(!m_backups.isEmpty());
    if (m_backups.isEmpty()) {
        m_message->setText(tr("No backup of this mutual has been kept yet: one is kept the first time it is "
                              "opened each day."));
    } else {
        m_table->selectRow(0);
        m_message->clear();
    }
}

void RestoreBackupDialog::restoreSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_backups.size())
        return;
    const storage::KeptBackup backup = m_backups.at(row);
    // Checked as `verify` checks a file, on a thread of its own: a large backup takes a while.
    storage::VerifyReport report;
    const domain::Outcome checked = runInBackground(
        this, tr("Checking the backup…"),
        [&backup, &report](const WorkProgress& progress) -> domain::Outcome {
            auto file = storage::MutualFile::openForReading(backup.path, storage::MutualFile::currentActor());
            if (!file)
                return file.error();
            const auto found
                = storage::Verifier(**file).run([&progress](int percent) { return progress(percent, 100); });
            if (!found)
                return found.error();
            report = *found;
            return domain::ok();
        });
    if (!checked) {
        if (checked.error().rule != u"cancelled"_s)
            m_message->setText(tr("The backup cannot be restored: %1").arg(checked.error().message));
        return;
    }
    if (!report.isIntact()) {
        const QString first = report.problems.isEmpty() ? QString() : report.problems.constFirst().message;
        m_message->setText(
            tr("The backup of %1 does not match its audit trail (%Ln problem(s)), so it is not "
               "restored: %2",
               nullptr, static_cast<int>(std::min<qint64>(report.problemCount, INT_MAX)))
                .arg(QLocale().toString(backup.day, QLocale::LongFormat), first));
        return;
    }
    const QString text
        = tr("Restore %1 as it was on %2, at audit trail entry %3?\n\nEvery change made to it since then is "
             "taken out of it. The file as it is now is kept beside it, named “… (before restore …).mutual”, "
             "and can be opened again.")
              .arg(m_mutualName,
                   QLocale().toString(QFileInfo(backup.path).lastModified(), QLocale::LongFormat),
                   QLocale().toString(report.head.entry));
    m_confirmer(tr("Restore from Backup"), text, [this, path = backup.path] {
        m_chosen = path;
        accept();
    });
}

} // namespace mutualise::app
