#pragma once

#include "app/widgets/RowListModel.h"
#include "domain/Contribution.h"

namespace mutualise::app {

// The services the mutual provides, read whole (a mutual has a handful).
class ServicesModel : public RowListModel<domain::Service>
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        StartColumn,
        EndColumn,
        MembersColumn,
        DescriptionColumn,
        ColumnCount
    };

    explicit ServicesModel(QObject* parent = nullptr);

    void setServices(domain::Result<QList<domain::Service>> services);

private:
    QStringList headings() const override;
    Qt::Alignment alignment(int column) const override;
    QVariant cell(const domain::Service& service, int column, int role) const override;
};

} // namespace mutualise::app
