#pragma once

#include <QWidget>

class QFrame;
class QLabel;
class QLayout;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QVBoxLayout;

namespace mutualise::app {

// What the result of a motion and that of an election show alike: a sentence instead of the result when
// there is none; otherwise the title with Print… and Save as PDF…, always in sight, over one scroll area
// with the line that says whether the result is final, what the vote's own view puts under it, and the
// working. Nothing inside scrolls on its own: tables and working are as tall as their contents.
class ResultView : public QWidget
{
    Q_OBJECT

public:
    // Instead of a result: why there is none (nothing chosen, voting not open yet, an error).
    void showMessage(const QString& message);

    bool isShowingResult() const;
    QString message() const;
    QLabel* statusLabel() const { return m_statusLabel; }
    // The working in sentences, wrapped to the page and selectable.
    QLabel* workingView() const { return m_workingView; }
    QPushButton* printButton() const { return m_printButton; }
    QPushButton* savePdfButton() const { return m_savePdfButton; }

Q_SIGNALS:
    void printRequested();
    void savePdfRequested();

protected:
    ResultView(const QString& noResultMessage, QWidget* parent);

    // What goes between the status line and the working; its widgets are children of content().
    void setBody(QLayout* body);
    // The width the body has for its contents, inside the scroll area.
    int bodyWidth() const;
    // Called when that width may have changed (the window resized, the scroll bar came or went).
    virtual void bodyResized() { }
    bool eventFilter(QObject* watched, QEvent* event) override;
    QWidget* content() const { return m_content; }
    // Shows the result page with its title, once the derived view has filled it in.
    void showResultPage(const QString& title);
    // Forgets the result shown, as a message replaces it.
    virtual void forgetResult() = 0;
    // A framed card of figures, like the ones on a result sheet.
    QFrame* createCard(const QString& objectName, QLayout* layout);

private:
    QStackedWidget* m_stack;
    QLabel* m_messageLabel;
    QWidget* m_content;
    QVBoxLayout* m_contentLayout = nullptr;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_statusLabel = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_savePdfButton = nullptr;
    QLabel* m_workingView = nullptr;
    QScrollArea* m_scrollArea = nullptr;
};

} // namespace mutualise::app
