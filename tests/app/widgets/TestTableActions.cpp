#include "app/widgets/PageWidgets.h"
#include "app/widgets/SortableTable.h"
#include "app/widgets/TableActions.h"
#include "app/widgets/TableModel.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using mutualise::app::TableModel;
using mutualise::app::TableRows;
using mutualise::domain::Currency;
using mutualise::domain::Money;
namespace reports = mutualise::reports;

namespace {

// Members as a page lists them: a number, a name, shares held, the amount paid (minor units, shown in
// pounds), when admitted, and a note that is sometimes empty or holds a tab.
class HoldingsModel : public TableModel
{
public:
    explicit HoldingsModel(QObject* parent)
        : TableModel(6, Headings::HeaderAligned, parent)
    { }

    struct Row
    {
        QString number;
        QString name;
        qint64 shares;
        qint64 paid;
        QDate admitted;
        QString note;
    };
    QList<Row> rows { { u"1001"_s, u"Ada Jones"_s, 250, 25'000, QDate(2024, 4, 1), u"=cmd|'/c calc'!A1"_s },
                      { u"1002"_s, u"Bo Khan"_s, 1'500, 150'050, QDate(2023, 1, 9), QString() },
                      { u"1003"_s, u"Cy Ode"_s, 10, 1'000, QDate(2025, 7, 30), u"line\tone\ntwo"_s } };

protected:
    int size() const override { return static_cast<int>(rows.size()); }
    QStringList headings() const override
    {
        return { u"Number"_s, u"Name"_s, u"Shares"_s, u"Paid to date"_s, u"Admitted"_s, u"Note"_s };
    }
    QVariant cellAt(int row, int column, int role) const override
    {
        const Row& each = rows.at(row);
        const QLocale locale;
        if (role == Qt::DisplayRole) {
            switch (column) {
            case 0:
                return each.number;
            case 1:
                return each.name;
            case 2:
                return locale.toString(each.shares);
            case 3:
                return Money(each.paid, Currency::gbp()).format(locale);
            case 4:
                return locale.toString(each.admitted, QLocale::ShortFormat);
            default:
                return each.note;
            }
        }
        if (role == SortRole) {
            switch (column) {
            case 2:
                return each.shares;
            case 3:
                return each.paid;
            case 4:
                return each.admitted;
            default:
                return {};
            }
        }
        return {};
    }
};

} // namespace

// What every table of the window offers: Ctrl+A, Ctrl+C as cells for a spreadsheet, and a context menu
// that exports what it shows through the reports' writers.
class TestTableActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_view = mutualise::app::createTable(nullptr, u"holdings"_s);
        m_model = new HoldingsModel(m_view);
        m_proxy = mutualise::app::makeSortable(m_view, m_model);
        m_view->setProperty(mutualise::app::exportTitleProperty, u"Holdings"_s);
        m_view->resize(600, 300);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view));
    }

    void cleanup()
    {
        delete m_view;
        mutualise::app::setTableExportPathChooser({});
    }

    void typesComeFromWhatTheCellsHold()
    {
        const reports::ReportTable table
            = mutualise::app::shownTable(*m_view, TableRows::All, Currency::gbp());
        QCOMPARE(table.columns.size(), 6);
        QCOMPARE(table.columns.at(0).type, reports::ColumnType::Text); // numbers that are names
        QCOMPARE(table.columns.at(2).type, reports::ColumnType::Integer);
        QCOMPARE(table.columns.at(3).type, reports::ColumnType::Money);
        QCOMPARE(table.columns.at(4).type, reports::ColumnType::Date);
        QCOMPARE(table.columns.at(5).type, reports::ColumnType::Text);
        QCOMPARE(table.columns.at(3).key, u"paid_to_date"_s);
        // Amounts in minor units, as the ledger has them: £1,500.50 is 150,050 pence.
        QCOMPARE(std::get<qint64>(table.rows.at(1).at(3)), 150'050);
        QCOMPARE(std::get<QDate>(table.rows.at(2).at(4)), QDate(2025, 7, 30));
        QVERIFY(std::holds_alternative<std::monostate>(table.rows.at(1).at(5)));
        // Another currency's amounts are not taken for pounds: the column stays as shown.
        const reports::ReportTable inEuros
            = mutualise::app::shownTable(*m_view, TableRows::All, Currency::fromCode(u"EUR").value());
        QCOMPARE(inEuros.columns.at(3).type, reports::ColumnType::Text);
    }

    void figuresReadFromTheTextWithoutSortValues()
    {
        // A model that gives only what it shows, as the share ledger's does.
        const QLocale locale;
        QStandardItemModel model(2, 4);
        const QStringList texts { locale.toString(QDate(2021, 12, 7), QLocale::ShortFormat),
                                  locale.toString(-32),
                                  Money(-3'200, Currency::gbp()).format(locale),
                                  u"C001"_s,
                                  locale.toString(QDate(2022, 1, 9), QLocale::ShortFormat),
                                  locale.toString(234'645),
                                  Money(23'464'500, Currency::gbp()).format(locale),
                                  u"1005"_s };
        for (int cell = 0; cell < texts.size(); ++cell)
            model.setItem(cell / 4, cell % 4, new QStandardItem(texts.at(cell)));
        QTableView view;
        view.setModel(&model);
        const reports::ReportTable table = mutualise::app::shownTable(view, TableRows::All, Currency::gbp());
        QCOMPARE(table.columns.at(0).type, reports::ColumnType::Date);
        QCOMPARE(table.columns.at(1).type, reports::ColumnType::Integer);
        QCOMPARE(table.columns.at(2).type, reports::ColumnType::Money);
        // "C001" and "1005": member numbers, one of which only looks like a number.
        QCOMPARE(table.columns.at(3).type, reports::ColumnType::Text);
        QCOMPARE(std::get<qint64>(table.rows.at(0).at(2)), -3'200);
        QCOMPARE(std::get<qint64>(table.rows.at(1).at(2)), 23'464'500);
        QCOMPARE(std::get<qint64>(table.rows.at(1).at(1)), 234'645);
        QCOMPARE(std::get<QDate>(table.rows.at(1).at(0)), QDate(2022, 1, 9));
        QCOMPARE(std::get<QString>(table.rows.at(1).at(3)), u"1005"_s);
    }

    void rowsAsTheViewShowsThem()
    {
        // Sorted by shares, largest first, with the name column moved first and the note hidden.
        m_view->sortByColumn(2, Qt::DescendingOrder);
        m_view->horizontalHeader()->moveSection(1, 0);
        m_view->setColumnHidden(5, true);
        const reports::ReportTable table
            = mutualise::app::shownTable(*m_view, TableRows::All, Currency::gbp());
        QCOMPARE(table.columns.size(), 5);
        QCOMPARE(table.columns.at(0).title, u"Name"_s);
        QCOMPARE(table.columns.at(1).title, u"Number"_s);
        QCOMPARE(std::get<QString>(table.rows.at(0).at(0)), u"Bo Khan"_s);
        QCOMPARE(std::get<QString>(table.rows.at(2).at(0)), u"Cy Ode"_s);
        // A filter leaves out what it hides.
        m_proxy->setFilterKeyColumn(1);
        m_proxy->setFilterFixedString(u"o"_s);
        QCOMPARE(mutualise::app::shownTable(*m_view, TableRows::All, Currency::gbp()).rows.size(), 2);
    }

    void ctrlACtrlCCopiesCellsWithHeadings()
    {
        m_view->setFocus();
        QTest::keyClick(m_view, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(m_view->selectionModel()->selectedRows().size(), 3);
        QApplication::clipboard()->clear();
        QTest::keyClick(m_view, Qt::Key_C, Qt::ControlModifier);
        const QStringList lines = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), u"Number\tName\tShares\tPaid to date\tAdmitted\tNote"_s);
        const QLocale locale;
        QCOMPARE(lines.at(2),
                 u"1002\tBo Khan\t%1\t%2\t%3\t"_s.arg(
                     locale.toString(1500), Money(150'050, Currency::gbp()).format(locale),
                     locale.toString(QDate(2023, 1, 9), QLocale::ShortFormat)));
        // A tab or a line break inside a cell would make a new cell or row: each cell is shown as the
        // window shows it, the tab made visible and the lines run on.
        QCOMPARE(lines.at(3).count(u'\t'), 5);
        QVERIFY2(lines.at(3).endsWith(u"\tline\\tone, two"_s), qPrintable(lines.at(3)));

        // Only the selected rows, in the order they are shown.
        m_view->clearSelection();
        m_view->selectionModel()->select(m_proxy->index(2, 0),
                                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        m_view->selectionModel()->select(m_proxy->index(0, 0),
                                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QTest::keyClick(m_view, Qt::Key_C, Qt::ControlModifier);
        const QStringList two = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(two.size(), 3);
        QVERIFY(two.at(1).startsWith(u"1001\t"_s));
        QVERIFY(two.at(2).startsWith(u"1003\t"_s));
    }

    void exportsToCsvThroughTheReportWriter()
    {
        QTemporaryDir folder;
        QString suggested;
        mutualise::app::setTableExportPathChooser([&](const QString& name) {
            suggested = name;
            return folder.filePath(u"holdings.csv"_s);
        });
        QAction* csv = nullptr;
        for (QAction* action : findMenuActions()) {
            if (action->text().remove(u'&').contains(u"CSV"_s))
                csv = action;
        }
        QVERIFY(csv != nullptr);
        csv->trigger();
        QCOMPARE(suggested, u"Holdings %1.csv"_s.arg(QDate::currentDate().toString(Qt::ISODate)));
        QFile file(folder.filePath(u"holdings.csv"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        // A byte-order mark, so that Excel reads the file as UTF-8.
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), u"number,name,shares,paid_to_date,admitted,note"_s);
        // Amounts as plain decimals, dates as ISO, and a formula made harmless.
        QCOMPARE(lines.at(1), u"1001,Ada Jones,250,250.00,2024-04-01,'=cmd|'/c calc'!A1"_s);
        QCOMPARE(lines.at(2), u"1002,Bo Khan,1500,1500.50,2023-01-09,"_s);
    }

private:
    // The context menu's actions that are not shortcuts of the view itself.
    QList<QAction*> findMenuActions() const { return m_view->findChildren<QAction*>(); }

    QTableView* m_view = nullptr;
    HoldingsModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
};

QTEST_MAIN(TestTableActions)
#include "TestTableActions.moc"
