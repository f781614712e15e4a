#pragma once

#include "app/widgets/RowListModel.h"
#include "domain/Mutual.h"
#include "storage/ProjectRepository.h"

#include <optional>

namespace mutualise::app {

// The fund's projects with what they have been granted, pledged and paid, and their progress to their
// target; shown whole, or only those of one status or category.
class ProjectTableModel : public RowListModel<storage::ProjectRow>
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        CategoryColumn,
        RecipientColumn,
        OrgIdColumn,
        StatusColumn,
        TargetColumn,
        GrantedColumn,
        PledgedColumn,
        ProgressColumn,
        ColumnCount
    };

    // The progress in basis points, in the progress column (10000 is the whole target).
    static constexpr int ProgressRole = Qt::UserRole + 1;

    explicit ProjectTableModel(QObject* parent = nullptr);

    void setSource(storage::MutualFile* file, const domain::Mutual& mutual);
    // Nothing for every status or every category.
    void setFilter(std::optional<domain::ProjectStatus> status, const QString& categoryKey);
    void reload();

    std::optional<int> rowOf(qint64 projectId) const;
    // How many projects the file holds, whatever the filter.
    qsizetype projectCount() const { return m_projectCount; }
    domain::Currency currency() const { return m_mutual.currency; }

private:
    QStringList headings() const override;
    Qt::Alignment alignment(int column) const override;
    QVariant cell(const storage::ProjectRow& row, int column, int role) const override;
    QString money(qint64 amount) const;

    storage::MutualFile* m_file = nullptr;
    domain::Mutual m_mutual;
    std::optional<domain::ProjectStatus> m_status;
    QString m_categoryKey;
    qsizetype m_projectCount = 0;
};

// "25%" for 2,500 basis points: whole percent, rounded down so that a project short of its target by a
// penny never reads 100%.
QString progressText(qint64 progressBp);

} // namespace mutualise::app
