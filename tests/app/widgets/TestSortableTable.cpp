#include "app/widgets/SortableTable.h"
#include "app/widgets/TableModel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Names and amounts in minor units, shown formatted as a table would show them.
class AmountsModel : public mutualise::app::TableModel
{
public:
    explicit AmountsModel(QObject* parent)
        : TableModel(2, Headings::HeaderAligned, parent)
    { }

    QList<std::pair<QString, qint64>> rows { { u"bramble"_s, 90'000 },
                                             { u"Ash"_s, 1'200'000 },
                                             { u"cedar"_s, 5'000 } };

protected:
    int size() const override { return static_cast<int>(rows.size()); }
    QStringList headings() const override { return { u"Name"_s, u"Amount"_s }; }
    QVariant cellAt(int row, int column, int role) const override
    {
        const auto& [name, amount] = rows.at(row);
        if (role == Qt::DisplayRole) {
            return column == 0 ? name
                               : QLocale(QLocale::English).toString(amount / 100) + u"."_s
                    + QString::number(amount % 100).rightJustified(2, u'0');
        }
        if (role == SortRole && column == 1) {
            return amount;
        }
        return {};
    }
};

QStringList column(const QAbstractItemModel* model, int column)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row) {
        texts << model->index(row, column).data().toString();
    }
    return texts;
}

} // namespace

class TestSortableTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsTheModelsOrderUntilAHeadingIsClicked()
    {
        QTableView view;
        auto* model = new AmountsModel(&view);
        const QSortFilterProxyModel* proxy = mutualise::app::makeSortable(&view, model);
        QCOMPARE(column(proxy, 0), QStringList({ u"bramble"_s, u"Ash"_s, u"cedar"_s }));
        QVERIFY(view.isSortingEnabled());
    }

    void sortsAmountsByValueNotByText()
    {
        // As text "12,000.00" < "50.00" < "900.00"; by value 50.00 < 900.00 < 12,000.00.
        QTableView view;
        auto* model = new AmountsModel(&view);
        const QSortFilterProxyModel* proxy = mutualise::app::makeSortable(&view, model);
        view.sortByColumn(1, Qt::AscendingOrder);
        QCOMPARE(column(proxy, 1), QStringList({ u"50.00"_s, u"900.00"_s, u"12,000.00"_s }));
        view.sortByColumn(1, Qt::DescendingOrder);
        QCOMPARE(column(proxy, 0), QStringList({ u"Ash"_s, u"bramble"_s, u"cedar"_s }));
    }

    void sortsNamesIgnoringCase()
    {
        // By code point "Ash" < "bramble" < "cedar" holds anyway; "bramble" before "Cedar" needs case
        // ignored.
        QTableView view;
        auto* model = new AmountsModel(&view);
        model->rows[2].first = u"Cedar"_s;
        model->rows[0].first = u"bramble"_s;
        const QSortFilterProxyModel* proxy = mutualise::app::makeSortable(&view, model);
        view.sortByColumn(0, Qt::AscendingOrder);
        QCOMPARE(column(proxy, 0), QStringList({ u"Ash"_s, u"bramble"_s, u"Cedar"_s }));
        QVERIFY(view.horizontalHeader()->isSortIndicatorShown());
    }

    void readsTheDigitsInATextAsANumber()
    {
        // Member numbers: by code point "C10" < "C2" < "C9"; as people read them C2 < C9 < C10.
        QTableView view;
        auto* model = new AmountsModel(&view);
        model->rows = { { u"C10"_s, 1 }, { u"C2"_s, 2 }, { u"C9"_s, 3 } };
        const QSortFilterProxyModel* proxy = mutualise::app::makeSortable(&view, model);
        view.sortByColumn(0, Qt::AscendingOrder);
        QCOMPARE(column(proxy, 0), QStringList({ u"C2"_s, u"C9"_s, u"C10"_s }));
    }
};

QTEST_MAIN(TestSortableTable)
#include "TestSortableTable.moc"
