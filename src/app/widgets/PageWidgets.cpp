#include "app/widgets/PageWidgets.h"

#include "app/widgets/TableActions.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>

#include <limits>

using namespace Qt::StringLiterals;

namespace mutualise::app {

QFont headlineFont(const QFont& base, qreal scale)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * scale);
    font.setBold(true);
    return font;
}

QTableView* createTable(QWidget* parent, const QString& objectName)
{
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Rows are acted on one at a time, but several can be selected to be copied or counted.
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    // Fixed row heights: the view never asks thousands of rows how tall they are.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Tab moves on to the next control; the arrow keys move between rows.
    view->setTabKeyNavigation(false);
    addCopyAndExport(view);
    return view;
}

QToolButton* buttonFor(QAction* action, QWidget* parent)
{
    action->setIconText(action->text());
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

QLabel* placeholderLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setMargin(24);
    return label;
}

QLabel* createNoticeLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(u"QLabel { background: #e6f4ea; color: #1b5e20; border: 1px solid #8cc79a; "
                         "border-radius: 6px; padding: 6px; }"_s);
    label->hide();
    return label;
}

QString documentsFolder()
{
    // A fresh account may have no Documents folder yet: a file dialog opened on one that is missing
    // offers "Documents" as the file's name.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

int neighbourRow(int row, int rowCount)
{
    return row + 1 < rowCount ? row + 1 : row - 1;
}

QString voteFileName(const domain::Meeting& meeting, const QString& voteTitle, const QString& suffix)
{
    QString name = QCoreApplication::translate("mutualise::app::MeetingsPage", "%1 - %2")
                       .arg(meeting.displayTitle(), voteTitle);
    for (const QChar forbidden : u"/\\:*?\"<>|"_s) {
        name.replace(forbidden, u'-');
    }
    return name.simplified() + u'.' + suffix;
}

} // namespace mutualise::app
