#include "app/widgets/SortableTable.h"

#include "app/widgets/TableModel.h"

#include <QCollator>
#include <QHeaderView>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace mutualise::app {

namespace {

// Orders texts as the user's language does, ignoring case, with the digits in them read as numbers
// ("C2" before "C10"); anything else (numbers, dates) by its own order.
class SortingProxy : public QSortFilterProxyModel
{
public:
    explicit SortingProxy(QObject* parent)
        : QSortFilterProxyModel(parent)
        // The "C" locale of a bare environment collates by code point, with no numeric mode: English
        // order is the better guess there.
        , m_collator(QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale())
    {
        m_collator.setCaseSensitivity(Qt::CaseInsensitive);
        m_collator.setNumericMode(true);
        setSortRole(TableModel::SortRole);
        // Rows added or changed later find their place in the chosen order.
        setDynamicSortFilter(true);
    }

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        const QVariant l = left.data(sortRole());
        const QVariant r = right.data(sortRole());
        if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString) {
            return m_collator.compare(l.toString(), r.toString()) < 0;
        }
        return QVariant::compare(l, r) == QPartialOrdering::Less;
    }

private:
    QCollator m_collator;
};

} // namespace

QSortFilterProxyModel* makeSortable(QTableView* view, QAbstractItemModel* model)
{
    auto* proxy = new SortingProxy(view);
    proxy->setSourceModel(model);
    view->setModel(proxy);
    // Until a heading is clicked the rows keep the model's order (column -1 is "unsorted").
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view->horizontalHeader()->setSortIndicatorShown(false);
    view->setSortingEnabled(true);
    QObject::connect(view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, view,
                     [view](int column) { view->horizontalHeader()->setSortIndicatorShown(column >= 0); });
    return proxy;
}

} // namespace mutualise::app
