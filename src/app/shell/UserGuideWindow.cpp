#include "app/shell/UserGuideWindow.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QListWidget>
#include <QLocale>
#include <QSignalBlocker>
#include <QTextBrowser>

namespace mutualise::app {

namespace {

constexpr int fileNameRole = Qt::UserRole;

} // namespace

UserGuideWindow::UserGuideWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_contents(new QListWidget(this))
    , m_page(new QTextBrowser(this))
{
    setWindowTitle(tr("Mutualise User Guide"));
    setObjectName(QStringLiteral("userGuideWindow"));
    const QList<std::pair<QString, QString>> entries = {
        { QStringLiteral("index.html"), tr("About this guide") },
        { QStringLiteral("getting-started.html"), tr("Getting started") },
        { QStringLiteral("secretary.html"), tr("For the secretary: running a meeting") },
        { QStringLiteral("finance.html"), tr("For the finance officer: a financial year") },
        { QStringLiteral("money.html"), tr("For the finance officer: savings and the surplus") },
        { QStringLiteral("command-line.html"), tr("The command line") },
        { QStringLiteral("keyboard.html"), tr("Keyboard") },
    };
    for (const auto& [fileName, title] : entries) {
        auto* item = new QListWidgetItem(title, m_contents);
        item->setData(fileNameRole, fileName);
    }
    m_contents->setAccessibleName(tr("Contents"));
    m_contents->setWordWrap(true);
    m_contents->setMinimumWidth(180);
    m_contents->setMaximumWidth(260);
    m_page->setAccessibleName(tr("Guide page"));
    m_page->setOpenLinks(true);
    m_page->setOpenExternalLinks(false);
    // Tab steps through the page's links as well as leaving it.
    m_page->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::LinksAccessibleByKeyboard);

    connect(m_contents, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            m_page->setSource(pageUrl(item->data(fileNameRole).toString()));
    });
    // A link inside a page selects its entry in the contents.
    connect(m_page, &QTextBrowser::sourceChanged, this, &UserGuideWindow::selectContentsEntryFor);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_contents);
    layout->addWidget(m_page, 1);
    setTabOrder(m_contents, m_page);

    resize(900, 640);
    m_contents->setCurrentRow(0);
    m_contents->setFocus();
}

QUrl UserGuideWindow::pageUrl(const QString& fileName)
{
    const QString translated
        = QStringLiteral(":/guide/%1/%2").arg(QLocale().name().section(u'_', 0, 0), fileName);
    const QString path = QFileInfo::exists(translated) ? translated : QStringLiteral(":/guide/") + fileName;
    return QUrl(QStringLiteral("qrc") + path);
}

void UserGuideWindow::showPage(const QString& fileName)
{
    m_page->setSource(pageUrl(fileName));
}

void UserGuideWindow::selectContentsEntryFor(const QUrl& url)
{
    const QString fileName = url.fileName();
    for (int row = 0; row < m_contents->count(); ++row) {
        if (m_contents->item(row)->data(fileNameRole).toString() == fileName) {
            const QSignalBlocker blocker(m_contents);
            m_contents->setCurrentRow(row);
            return;
        }
    }
}

void UserGuideWindow::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace mutualise::app
