#include "app/shell/WelcomePage.h"

#include <QApplication>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace mutualise::app {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
    , m_recentList(new QListWidget(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    auto* title = new QLabel(tr("Welcome to Mutualise"), this);
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.0);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* subtitle = new QLabel(tr("Keep your mutual's register of members and share capital ledger."), this);
    subtitle->setWordWrap(true);

    auto* newButton = new QPushButton(style()->standardIcon(QStyle::SP_FileIcon), tr("&New Mutual…"), this);
    auto* openButton
        = new QPushButton(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open…"), this);
    auto* demoButton
        = new QPushButton(style()->standardIcon(QStyle::SP_ComputerIcon), tr("Open the &Demo Mutual"), this);
    newButton->setObjectName(QStringLiteral("newMutualButton"));
    openButton->setObjectName(QStringLiteral("openButton"));
    demoButton->setObjectName(QStringLiteral("demoButton"));
    for (auto* button : { newButton, openButton, demoButton }) {
        button->setMinimumHeight(36);
    }
    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newMutualRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(demoButton, &QPushButton::clicked, this, &WelcomePage::demoRequested);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addWidget(demoButton);
    buttons->addStretch();

    auto* recentLabel = new QLabel(tr("&Recent mutuals"), this);
    QFont recentFont = font();
    recentFont.setBold(true);
    recentLabel->setFont(recentFont);
    recentLabel->setBuddy(m_recentList);
    m_recentList->setObjectName(QStringLiteral("recentList"));
    m_recentList->setMaximumWidth(720);
    connect(m_recentList, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT recentFileRequested(item->data(Qt::UserRole).toString());
    });

    auto* column = new QVBoxLayout;
    column->setSpacing(14);
    column->addWidget(title);
    column->addWidget(subtitle);
    column->addSpacing(8);
    column->addLayout(buttons);
    column->addSpacing(16);
    column->addWidget(recentLabel);
    column->addWidget(m_recentList, 1);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(48, 40, 48, 32);
    layout->addLayout(column, 1);
}

void WelcomePage::setRecentFiles(const QStringList& paths)
{
    m_recentList->clear();
    for (const auto& path : paths) {
        const QFileInfo info(path);
        auto* item = new QListWidgetItem(tr("%1 — %2").arg(info.completeBaseName(), info.absolutePath()),
                                         m_recentList);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    if (paths.isEmpty()) {
        auto* item = new QListWidgetItem(tr("No mutuals opened yet."), m_recentList);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace mutualise::app
