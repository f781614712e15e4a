#include "VerificationBanner.h"

#include "domain/Text.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace mutualise::app {

namespace {

// "members C002 name: Member C002's name is …", as the command line's `verify` lists it.
QString placed(const storage::VerifyProblem& problem)
{
    QStringList place;
    for (const QString& part : { problem.table, problem.key, problem.field }) {
        if (!part.isEmpty())
            place.append(part);
    }
    return place.isEmpty() ? problem.message : place.join(u' ') + QStringLiteral(": ") + problem.message;
}

} // namespace

VerificationBanner::VerificationBanner(QWidget* parent)
    : QFrame(parent)
    , m_message(new QLabel(this))
    , m_detailsButton(new QPushButton(tr("&Details…"), this))
{
    setObjectName(QStringLiteral("verificationBanner"));
    setStyleSheet(QStringLiteral("QFrame#verificationBanner { background: #fff4e0; border-bottom: 1px solid "
                                 "#e2b95f; } QFrame#verificationBanner QLabel { color: #4a3300; }"));
    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    m_message->setObjectName(QStringLiteral("verificationMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_detailsButton->setObjectName(QStringLiteral("verificationDetailsButton"));
    auto* closeButton = new QToolButton(this);
    closeButton->setObjectName(QStringLiteral("verificationCloseButton"));
    closeButton->setAutoRaise(true);
    closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    closeButton->setToolTip(tr("Hide this message until the file is opened again"));
    closeButton->setAccessibleName(tr("Hide"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 8, 8);
    layout->setSpacing(10);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_detailsButton, 0, Qt::AlignVCenter);
    layout->addWidget(closeButton, 0, Qt::AlignVCenter);
    connect(m_detailsButton, &QPushButton::clicked, this, &VerificationBanner::showDetails);
    connect(closeButton, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

VerificationBanner::~VerificationBanner()
{
    stopChecking();
}

void VerificationBanner::check(const QString& path)
{
    stopChecking();
    m_report.reset();
    hide();
    if (path.isEmpty())
        return;
    m_stop = std::make_shared<storage::VerificationStop>();
    // The thread's own copies: it must not read this object's members.
    const auto stop = m_stop;
    const auto finding = std::make_shared<Finding>();
    const quint64 generation = m_generation;
    m_thread = QThread::create([path, stop, finding] {
        // A connection of its own, made and closed on this thread, that only reads.
        auto file = storage::MutualFile::openForReading(path, storage::MutualFile::currentActor());
        if (!file) {
            finding->error = file.error().message;
            return;
        }
        const auto report = storage::Verifier(*file.value()).run({}, stop.get());
        if (report)
            finding->report = *report;
        else
            finding->error = report.error().message;
    });
    QThread* thread = m_thread;
    connect(thread, &QThread::finished, this, [this, thread, finding, generation] {
        // A check stopped after it finished may still call here; stopChecking has deleted its thread.
        if (generation != m_generation)
            return;
        m_thread = nullptr;
        thread->deleteLater();
        showFinding(*finding);
    });
    m_thread->start(QThread::LowPriority);
}

void VerificationBanner::stopChecking()
{
    ++m_generation; // what a check under way finds is no longer wanted
    if (!m_thread)
        return;
    m_stop->request();
    m_thread->disconnect(this);
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void VerificationBanner::showFinding(const Finding& finding)
{
    const QLocale locale;
    if (!finding.report) {
        m_message->setText(tr("The file's records could not be checked: %1").arg(finding.error));
        m_detailsButton->hide();
        show();
        Q_EMIT checked(tr("The file's records could not be checked."));
        return;
    }
    m_report = finding.report;
    const storage::VerifyReport& report = *m_report;
    const QString head
        = tr("audit trail entry %1, %2")
              .arg(locale.toString(report.head.entry), storage::Verifier::shortHash(report.head.hash));
    if (report.isIntact()) {
        hide();
        Q_EMIT checked(tr("Records verified against the audit trail (%1).").arg(head));
        return;
    }
    // The most particular problem says most: a member and a field rather than a whole table.
    const auto particular
        = std::find_if(report.problems.cbegin(), report.problems.cend(),
                       [](const storage::VerifyProblem& problem) { return !problem.key.isEmpty(); });
    const storage::VerifyProblem& first
        = particular != report.problems.cend() ? *particular : report.problems.constFirst();
    m_message->setText(
        tr("This file does not match its audit trail: %n problem(s) found. It may have been changed "
           "outside Mutualise, or damaged. %1",
           nullptr, static_cast<int>(std::min<qint64>(report.problemCount, INT_MAX)))
            .arg(domain::visibleText(placed(first))));
    m_detailsButton->show();
    show();
    Q_EMIT checked(tr("The file does not match its audit trail (%1).").arg(head));
}

void VerificationBanner::showDetails()
{
    if (!m_report)
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("verificationDetails"));
    dialog.setWindowTitle(tr("What Does Not Hold"));
    auto* intro = new QLabel(
        tr("Each row is something in the file that is not what Mutualise recorded in its audit trail. "
           "Compare the file with a backup, or ask whoever keeps it what was changed, before relying "
           "on these records."),
        &dialog);
    intro->setWordWrap(true);
    auto* table = new QTableWidget(static_cast<int>(m_report->problems.size()), 4, &dialog);
    table->setObjectName(QStringLiteral("verificationProblems"));
    table->setHorizontalHeaderLabels({ tr("Table"), tr("Record"), tr("Field"), tr("Problem") });
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < m_report->problems.size(); ++row) {
        const storage::VerifyProblem& problem = m_report->problems.at(row);
        const QStringList cells { problem.table, problem.key, problem.field, problem.message };
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(domain::visibleText(cells.at(column))));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    // A problem wraps to the width the dialog gives it, whenever that changes.
    connect(table->horizontalHeader(), &QHeaderView::sectionResized, table,
            &QTableWidget::resizeRowsToContents);
    const qint64 unlisted = m_report->problemCount - m_report->problems.size();
    auto* more = new QLabel(tr("And %1 more, not listed.").arg(QLocale().toString(unlisted)), &dialog);
    more->setVisible(unlisted > 0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(intro);
    layout->addWidget(table, 1);
    layout->addWidget(more);
    layout->addWidget(buttons);
    dialog.resize(760, 420);
    dialog.exec();
}

} // namespace mutualise::app
