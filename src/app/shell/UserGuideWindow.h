#pragma once

#include <QUrl>
#include <QWidget>

class QListWidget;
class QTextBrowser;

namespace mutualise::app {

// The user guide that ships inside the program (resources/guide), readable offline: a list of contents
// on the left and the page on the right. The arrow keys move through the contents, Tab into the page,
// where Tab steps through the links; Escape closes the window.
class UserGuideWindow : public QWidget
{
    Q_OBJECT

public:
    explicit UserGuideWindow(QWidget* parent = nullptr);

    // Shows a page of the guide by its file name ("secretary.html"), selecting it in the contents.
    void showPage(const QString& fileName);

    QListWidget* contentsList() const { return m_contents; }
    QTextBrowser* pageView() const { return m_page; }

    // Where the guide's pages are: the user's language when the guide has been translated into it,
    // English otherwise.
    static QUrl pageUrl(const QString& fileName);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void selectContentsEntryFor(const QUrl& url);

    QListWidget* m_contents;
    QTextBrowser* m_page;
};

} // namespace mutualise::app
