#include "TableActions.h"

#include "BackgroundWork.h"
#include "PageWidgets.h"
#include "TableModel.h"
#include "formats/OutputFile.h"
#include "reports/ReportFormats.h"
#include "reports/ReportXlsx.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace mutualise::app {

namespace {

// The folder the last export went to, shared with the Reports page.
const QString folderSetting = u"reports/exportFolder"_s;

std::function<QString(const QString&)>& pathChooser()
{
    static std::function<QString(const QString&)> chooser;
    return chooser;
}

// A cell as a report holds it, and the type it says its column is; nothing for an empty cell, which
// says nothing. A figure is read from the cell's sort value when the model gives one, otherwise from its
// text; either way it is taken as a number, an amount or a date only when it is shown exactly so.
struct ReadCell
{
    reports::ColumnType type = reports::ColumnType::Text;
    reports::ReportCell value;
};

std::optional<ReadCell> readCell(const QModelIndex& index, const domain::Currency& currency,
                                 const QLocale& locale)
{
    const QString shown = index.data(Qt::DisplayRole).toString();
    if (shown.isEmpty())
        return std::nullopt;
    const ReadCell text { reports::ColumnType::Text, shown };
    const QVariant sortValue = index.data(TableModel::SortRole);
    const auto asNumber = [&](qint64 number) -> std::optional<ReadCell> {
        if (shown == locale.toString(number))
            return ReadCell { reports::ColumnType::Integer, number };
        if (shown == domain::Money(number, currency).format(locale))
            return ReadCell { reports::ColumnType::Money, number };
        return std::nullopt;
    };
    switch (sortValue.typeId()) {
    case QMetaType::QDate:
        return ReadCell { reports::ColumnType::Date, sortValue.toDate() };
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
        return asNumber(sortValue.toLongLong()).value_or(text);
    default:
        break;
    }
    if (sortValue.isValid() && sortValue.typeId() != QMetaType::QString)
        return text;
    // No sort value but the text (TableModel gives a cell's text when the model has no other): read it.
    bool isNumber = false;
    if (const qint64 number = locale.toLongLong(shown, &isNumber); isNumber)
        return asNumber(number).value_or(text);
    if (const QDate date = locale.toDate(shown, QLocale::ShortFormat); date.isValid())
        return locale.toString(date, QLocale::ShortFormat) == shown
            ? ReadCell { reports::ColumnType::Date, date }
            : text;
    if (const auto amount = domain::Money::parse(shown, currency, locale); amount.isOk())
        return asNumber(amount->minorUnits()).value_or(text);
    return text;
}

QString cellTitle(const QAbstractItemModel& model, int column)
{
    return model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString().replace(u'\n', u' ');
}

// A heading as a CSV key: lower case, words joined by underscores ("Paid to date" is paid_to_date).
QString keyOf(const QString& title)
{
    QString key;
    for (const QChar letter : title.toLower()) {
        if (letter.isLetterOrNumber())
            key += letter;
        else if (!key.isEmpty() && !key.endsWith(u'_'))
            key += u'_';
    }
    while (key.endsWith(u'_'))
        key.chop(1);
    return key.isEmpty() ? u"column"_s : key;
}

QString suggestedName(const QTableView& view, const QString& suffix)
{
    QString title = view.property(exportTitleProperty).toString();
    if (title.isEmpty())
        title = QCoreApplication::translate("TableActions", "Table");
    return title + u' ' + QDate::currentDate().toString(Qt::ISODate) + suffix;
}

QString chooseExportPath(QTableView* view, const QString& suggested, const QString& filter)
{
    if (pathChooser())
        return pathChooser()(suggested);
    const QString folder = QSettings().value(folderSetting, documentsFolder()).toString();
    return QFileDialog::getSaveFileName(view, QCoreApplication::translate("TableActions", "Export Table"),
                                        QDir(folder).filePath(suggested), filter);
}

enum class ExportFormat
{
    Csv,
    Xlsx,
};

void exportTable(QTableView* view, ExportFormat format)
{
    const bool isCsv = format == ExportFormat::Csv;
    const QString path
        = chooseExportPath(view, suggestedName(*view, isCsv ? u".csv"_s : u".xlsx"_s),
                           isCsv ? QCoreApplication::translate("TableActions", "CSV files (*.csv)")
                                 : QCoreApplication::translate("TableActions", "Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    const domain::Currency currency = currencyOf(*view);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    reports::Report report;
    report.name = u"table"_s;
    report.title = view->property(exportTitleProperty).toString();
    report.currency = currency;
    report.produced = QDateTime::currentDateTimeUtc();
    report.tables.append(shownTable(*view, TableRows::All, currency));
    report.tables.first().name = keyOf(report.title.isEmpty() ? u"table"_s : report.title);
    QApplication::restoreOverrideCursor();
    const domain::Outcome written = runInBackground(
        view, QCoreApplication::translate("TableActions", "Exporting the table…"),
        [report, path, isCsv](const WorkProgress& progress) -> domain::Outcome {
            if (isCsv) {
                // With a byte-order mark: a file saved from the window is most often opened in Excel.
                return formats::writeWholeFile(path,
                                               reports::tableCsv(report.tables.constFirst(), report.currency,
                                                                 reports::ByteOrderMark::With));
            }
            return reports::writeReportXlsx(report, path, progress);
        });
    if (!written) {
        if (written.error().rule != u"cancelled"_s)
            QMessageBox::warning(view, QCoreApplication::translate("TableActions", "Table Not Exported"),
                                 written.error().message);
        return;
    }
    QSettings().setValue(folderSetting, QFileInfo(path).absolutePath());
}

void copyRows(const QTableView& view)
{
    const bool hasSelection = view.selectionModel() && view.selectionModel()->hasSelection();
    const domain::Currency currency = currencyOf(view);
    const reports::ReportTable table
        = shownTable(view, hasSelection ? TableRows::Selected : TableRows::All, currency);
    QApplication::clipboard()->setText(tabSeparatedText(table, currency));
}

} // namespace

domain::Currency currencyOf(const QTableView& view)
{
    // The view's window, or, for a dialog, the window that opened it.
    for (const QWidget* window = view.window(); window != nullptr;
         window = window->parentWidget() ? window->parentWidget()->window() : nullptr) {
        const QVariant code = window->property(currencyProperty);
        if (!code.isValid())
            continue;
        if (const auto currency = domain::Currency::fromCode(code.toString()))
            return *currency;
    }
    return domain::Currency::gbp();
}

reports::ReportTable shownTable(const QTableView& view, TableRows rows, const domain::Currency& currency)
{
    QAbstractItemModel* model = view.model();
    reports::ReportTable table;
    if (model == nullptr)
        return table;
    if (rows == TableRows::All) {
        while (model->canFetchMore({}))
            model->fetchMore({});
    }
    QList<int> rowNumbers;
    if (rows == TableRows::Selected && view.selectionModel()) {
        for (const QModelIndex& index : view.selectionModel()->selectedRows())
            rowNumbers.append(index.row());
        std::sort(rowNumbers.begin(), rowNumbers.end());
    } else {
        for (int row = 0; row < model->rowCount(); ++row)
            rowNumbers.append(row);
    }
    // The columns as the view shows them: moved ones where they were moved to, hidden ones left out.
    const QHeaderView* header = view.horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column))
            columns.append(column);
    }
    // Each column's cells read, then the column typed: a type all its cells agree on, or text.
    const QLocale locale;
    QList<QList<std::optional<ReadCell>>> cells(columns.size());
    for (qsizetype each = 0; each < columns.size(); ++each) {
        const int column = columns.at(each);
        QList<std::optional<ReadCell>>& read = cells[each];
        read.reserve(rowNumbers.size());
        std::optional<reports::ColumnType> type;
        bool isMixed = false;
        for (const int row : rowNumbers) {
            read.append(readCell(model->index(row, column), currency, locale));
            if (!read.constLast())
                continue;
            isMixed = isMixed || (type && *type != read.constLast()->type);
            type = read.constLast()->type;
        }
        const QString title = cellTitle(*model, column);
        const reports::ColumnType columnType
            = isMixed ? reports::ColumnType::Text : type.value_or(reports::ColumnType::Text);
        table.columns.append({ keyOf(title), title, columnType, false });
        if (isMixed) {
            for (qsizetype row = 0; row < read.size(); ++row) {
                if (read.at(row))
                    read[row] = ReadCell { reports::ColumnType::Text,
                                           model->index(rowNumbers.at(row), column).data().toString() };
            }
        }
    }
    table.rows.reserve(rowNumbers.size());
    for (qsizetype row = 0; row < rowNumbers.size(); ++row) {
        QList<reports::ReportCell> line;
        line.reserve(columns.size());
        for (qsizetype each = 0; each < columns.size(); ++each) {
            const std::optional<ReadCell>& cell = cells.at(each).at(row);
            line.append(cell ? cell->value : reports::ReportCell {});
        }
        table.rows.append(line);
    }
    return table;
}

QString tabSeparatedText(const reports::ReportTable& table, const domain::Currency& currency)
{
    const auto plain = [](QString text) {
        for (QChar& letter : text) {
            if (letter == u'\t' || letter == u'\n' || letter == u'\r')
                letter = u' ';
        }
        return text;
    };
    QStringList lines;
    QStringList fields;
    for (const reports::ReportColumn& column : table.columns)
        fields.append(plain(column.title));
    lines.append(fields.join(u'\t'));
    for (const QList<reports::ReportCell>& row : table.rows) {
        fields.clear();
        for (qsizetype column = 0; column < table.columns.size(); ++column)
            fields.append(plain(reports::cellText(row.at(column), table.columns.at(column).type, currency)));
        lines.append(fields.join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}

void addCopyAndExport(QTableView* view)
{
    auto* copy = new QAction(QCoreApplication::translate("TableActions", "&Copy"), view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(copy, &QAction::triggered, view, [view] { copyRows(*view); });
    view->addAction(copy);
    auto* selectAll = new QAction(QCoreApplication::translate("TableActions", "Select &All"), view);
    selectAll->setShortcut(QKeySequence::SelectAll);
    selectAll->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(selectAll, &QAction::triggered, view, [view] {
        // Every row, not only those read so far.
        if (QAbstractItemModel* model = view->model()) {
            while (model->canFetchMore({}))
                model->fetchMore({});
        }
        view->selectAll();
    });
    view->addAction(selectAll);
    auto* csv = new QAction(QCoreApplication::translate("TableActions", "Export to C&SV…"), view);
    QObject::connect(csv, &QAction::triggered, view, [view] { exportTable(view, ExportFormat::Csv); });
    auto* xlsx = new QAction(QCoreApplication::translate("TableActions", "Export to &Excel…"), view);
    QObject::connect(xlsx, &QAction::triggered, view, [view] { exportTable(view, ExportFormat::Xlsx); });
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(view, &QWidget::customContextMenuRequested, view,
                     [view, copy, selectAll, csv, xlsx](const QPoint& position) {
                         const bool hasRows = view->model() && view->model()->rowCount() > 0;
                         csv->setEnabled(hasRows);
                         xlsx->setEnabled(hasRows);
                         QMenu menu(view);
                         menu.addAction(copy);
                         if (view->selectionMode() != QAbstractItemView::NoSelection)
                             menu.addAction(selectAll);
                         menu.addSeparator();
                         menu.addAction(csv);
                         menu.addAction(xlsx);
                         menu.exec(view->viewport()->mapToGlobal(position));
                     });
}

void setTableExportPathChooser(std::function<QString(const QString& suggested)> chooser)
{
    pathChooser() = std::move(chooser);
}

} // namespace mutualise::app
