#pragma once

#include "domain/Meeting.h"

#include <QFont>
#include <QString>

class QAction;
class QLabel;
class QTableView;
class QToolButton;
class QWidget;

namespace mutualise::app {

// The pieces the pages and their tabs are built from, so that every page looks and behaves alike.

// A bold heading, `scale` times the size of `base`.
QFont headlineFont(const QFont& base, qreal scale);

// A table whose rows are selected whole (one at a time to act on, several to copy), with fixed row
// heights, that Tab leaves for the next control, and that copies and exports what it shows
// (addCopyAndExport).
QTableView* createTable(QWidget* parent, const QString& objectName);

// A button showing its action, enabled and disabled with it, keeping the action's Alt letter.
QToolButton* buttonFor(QAction* action, QWidget* parent);

// Centred, muted text shown instead of an empty list.
QLabel* placeholderLabel(const QString& text, QWidget* parent);

// A green note of what the last import or export did, hidden until there is something to say.
QLabel* createNoticeLabel(const QString& objectName, QWidget* parent);

// Where the dialogs that open and save files start: the user's documents folder.
QString documentsFolder();

// The row chosen in place of one deleted from a list: the row after it, or the one before when it was
// the last; -1 when it was the only one.
int neighbourRow(int row, int rowCount);

// A name to suggest for a file about a vote: the meeting and the vote's title, without characters that
// some systems refuse in names, and the suffix: "Annual general meeting 2025 - Adopt the accounts.pdf".
QString voteFileName(const domain::Meeting& meeting, const QString& voteTitle, const QString& suffix);

} // namespace mutualise::app
