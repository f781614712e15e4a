#include "app/results/ResultView.h"

#include "app/widgets/PageWidgets.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
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

    auto* resultPage = new QWidget(this);
    m_titleLabel = new QLabel(resultPage);
    m_titleLabel->setObjectName(u"resultTitleLabel"_s);
    m_titleLabel->setFont(headlineFont(font(), 1.25));
    m_titleLabel->setWordWrap(true);
    m_titleLabel->setMinimumWidth(10 * fontMetrics().averageCharWidth());
    m_printButton = new QPushButton(tr("&Print…"), resultPage);
    m_printButton->setToolTip(tr("Print a summary of this result for the minutes"));
    m_savePdfButton = new QPushButton(tr("Save as P&DF…"), resultPage);
    m_savePdfButton->setToolTip(tr("Save a summary of this result for the minutes as a PDF file"));
    connect(m_printButton, &QPushButton::clicked, this, &ResultView::printRequested);
    connect(m_savePdfButton, &QPushButton::clicked, this, &ResultView::savePdfRequested);
    auto* header = new QHBoxLayout;
    header->setContentsMargins(0, 8, 0, 0);
    header->addWidget(m_titleLabel, 1);
    header->addWidget(m_printButton, 0, Qt::AlignTop);
    header->addWidget(m_savePdfButton, 0, Qt::AlignTop);

    m_statusLabel = new QLabel(m_content);
    m_statusLabel->setObjectName(u"resultStatusLabel"_s);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setFont(headlineFont(font(), 1.0));

    auto* workingTitle = new QLabel(tr("Working"), m_content);
    workingTitle->setFont(headlineFont(font(), 1.1));
    // A label rather than a text box: it wraps to the page and is as tall as the working, so that the
    // page scrolls as one.
    m_workingView = new QLabel(m_content);
    m_workingView->setObjectName(u"workingView"_s);
    m_workingView->setTextFormat(Qt::PlainText);
    m_workingView->setWordWrap(true);
    m_workingView->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_workingView->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_workingView->setAccessibleName(tr("Working"));

    m_contentLayout = new QVBoxLayout(m_content);
    m_contentLayout->setContentsMargins(0, 0, 0, 8);
    m_contentLayout->setSpacing(10);
    m_contentLayout->addWidget(m_statusLabel);
    m_contentLayout->addWidget(workingTitle);
    m_contentLayout->addWidget(m_workingView);
    m_contentLayout->addStretch(1);

    // The page scrolls as one in a small window; the title and its buttons stay above it, in sight.
    m_scrollArea = new QScrollArea(resultPage);
    m_scrollArea->setObjectName(u"resultScrollArea"_s);
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setWidget(m_content);
    m_scrollArea->viewport()->installEventFilter(this);
    auto* pageLayout = new QVBoxLayout(resultPage);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(10);
    pageLayout->addLayout(header);
    pageLayout->addWidget(m_scrollArea, 1);
    m_stack->addWidget(resultPage);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void ResultView::setBody(QLayout* body)
{
    constexpr int afterStatus = 1; // the status line comes first
    m_contentLayout->insertLayout(afterStatus, body);
}

bool ResultView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_scrollArea->viewport() && event->type() == QEvent::Resize) {
        bodyResized();
    }
    return QWidget::eventFilter(watched, event);
}

int ResultView::bodyWidth() const
{
    const QMargins margins = m_contentLayout->contentsMargins();
    return m_scrollArea->viewport()->width() - margins.left() - margins.right();
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
