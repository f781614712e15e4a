#include "app/results/ResultView.h"

#include "app/widgets/PageWidgets.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mutualise::app {

ResultView::ResultView(const QString& noResultMessage, QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_messageLabel(new QLabel(noResultMessage, this))
    , m_content(new QWidget(this))
{
    m_messageLabel->setObjectName(u"resultMessageLabel"_s);
    m_messageLabel->setAlignment(Qt::AlignCenter);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_messageLabel);

    m_titleLabel = new QLabel(m_content);
    m_titleLabel->setObjectName(u"resultTitleLabel"_s);
    m_titleLabel->setFont(headlineFont(font(), 1.25));
    m_titleLabel->setWordWrap(true);
    m_printButton = new QPushButton(tr("&Print…"), m_content);
    m_printButton->setToolTip(tr("Print a summary of this result for the minutes"));
    m_savePdfButton = new QPushButton(tr("Save as P&DF…"), m_content);
    m_savePdfButton->setToolTip(tr("Save a summary of this result for the minutes as a PDF file"));
    connect(m_printButton, &QPushButton::clicked, this, &ResultView::printRequested);
    connect(m_savePdfButton, &QPushButton::clicked, this, &ResultView::savePdfRequested);
    auto* header = new QHBoxLayout;
    header->addWidget(m_titleLabel, 1);
    header->addWidget(m_printButton, 0, Qt::AlignTop);
    header->addWidget(m_savePdfButton, 0, Qt::AlignTop);

    m_statusLabel = new QLabel(m_content);
    m_statusLabel->setObjectName(u"resultStatusLabel"_s);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setFont(headlineFont(font(), 1.0));

    auto* workingTitle = new QLabel(tr("Working"), m_content);
    workingTitle->setFont(headlineFont(font(), 1.1));
    m_workingView = new QPlainTextEdit(m_content);
    m_workingView->setObjectName(u"workingView"_s);
    m_workingView->setReadOnly(true);
    m_workingView->setTabChangesFocus(true);
    m_workingView->setMinimumHeight(6 * fontMetrics().height());

    m_contentLayout = new QVBoxLayout(m_content);
    m_contentLayout->setContentsMargins(0, 8, 0, 0);
    m_contentLayout->setSpacing(10);
    m_contentLayout->addLayout(header);
    m_contentLayout->addWidget(m_statusLabel);
    m_contentLayout->addWidget(workingTitle);
    m_contentLayout->addWidget(m_workingView, 1);

    // A small window scrolls the result rather than squeezing the working out of sight.
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_content);
    m_stack->addWidget(scroll);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void ResultView::setBody(QLayout* body)
{
    constexpr int afterStatus = 2; // the header and the status line come first
    m_contentLayout->insertLayout(afterStatus, body);
}

QFrame* ResultView::createCard(const QString& objectName, QLayout* layout)
{
    auto* frame = new QFrame(m_content);
    frame->setObjectName(objectName);
    frame->setStyleSheet(u"QFrame#%1 { background: palette(base); border: 1px solid palette(mid); "
                         "border-radius: 8px; }"_s.arg(objectName));
    layout->setContentsMargins(14, 8, 14, 8);
    frame->setLayout(layout);
    return frame;
}

bool ResultView::isShowingResult() const
{
    return m_stack->currentIndex() == 1;
}

QString ResultView::message() const
{
    return isShowingResult() ? QString() : m_messageLabel->text();
}

void ResultView::showMessage(const QString& message)
{
    forgetResult();
    m_messageLabel->setText(message);
    m_stack->setCurrentWidget(m_messageLabel);
}

void ResultView::showResultPage(const QString& title)
{
    m_titleLabel->setText(title);
    m_stack->setCurrentIndex(1);
}

} // namespace mutualise::app
