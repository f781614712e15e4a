#include "app/contributions/ServicesModel.h"

#include <QLocale>

namespace mutualise::app {

ServicesModel::ServicesModel(QObject* parent)
    : RowListModel(ColumnCount, Headings::ColumnAligned, parent)
{ }

void ServicesModel::setServices(domain::Result<QList<domain::Service>> services)
{
    updateRows(std::move(services),
               [](const domain::Service& a, const domain::Service& b) { return a.id == b.id; });
}

QStringList ServicesModel::headings() const
{
    return { tr("Name"), tr("Start"), tr("End"), tr("Members"), tr("Description") };
}

Qt::Alignment ServicesModel::alignment(int column) const
{
    return (column == MembersColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
}

QVariant ServicesModel::cell(const domain::Service& service, int column, int role) const
{
    if (role == SortRole) {
        switch (column) {
        case StartColumn:
            return service.start;
        case EndColumn:
            return service.end.isValid() ? service.end : QDate(9999, 12, 31);
        case MembersColumn:
            return static_cast<qint64>(service.memberIds.size());
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole && column == DescriptionColumn) {
        return service.description;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
    case NameColumn:
        return service.name;
    case StartColumn:
        return QLocale().toString(service.start, QLocale::ShortFormat);
    case EndColumn:
        return service.end.isValid() ? QLocale().toString(service.end, QLocale::ShortFormat)
                                     : tr("open-ended");
    case MembersColumn:
        return QLocale().toString(service.memberIds.size());
    case DescriptionColumn:
        return service.description.section(u'\n', 0, 0);
    default:
        return {};
    }
}

} // namespace mutualise::app
