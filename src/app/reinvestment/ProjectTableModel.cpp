#include "app/reinvestment/ProjectTableModel.h"

#include "domain/Money.h"

#include <QLocale>

namespace mutualise::app {

ProjectTableModel::ProjectTableModel(QObject* parent)
    : RowListModel(ColumnCount, Headings::ColumnAligned, parent)
{ }

QString progressText(qint64 progressBp)
{
    //: A project's progress to its target, "25%"
    return ProjectTableModel::tr("%1%").arg(QLocale().toString(progressBp / 100));
}

void ProjectTableModel::setSource(storage::MutualFile* file, const domain::Mutual& mutual)
{
    m_file = file;
    m_mutual = mutual;
    reload();
}

void ProjectTableModel::setFilter(std::optional<domain::ProjectStatus> status, const QString& categoryKey)
{
    if (status == m_status && categoryKey == m_categoryKey) {
        return;
    }
    m_status = status;
    m_categoryKey = categoryKey;
    reload();
}

void ProjectTableModel::reload()
{
    if (!m_file) {
        m_projectCount = 0;
        showRows(QList<storage::ProjectRow>());
        return;
    }
    auto read = storage::ProjectRepository(*m_file).projects();
    if (!read) {
        m_projectCount = 0;
        showRows(std::move(read));
        return;
    }
    m_projectCount = read->size();
    QList<storage::ProjectRow> shown;
    for (const storage::ProjectRow& row : std::as_const(*read)) {
        if ((!m_status || row.project.status == *m_status)
            && (m_categoryKey.isEmpty() || row.project.category == m_categoryKey)) {
            shown.append(row);
        }
    }
    updateRows(std::move(shown), [](const storage::ProjectRow& a, const storage::ProjectRow& b) {
        return a.project.id == b.project.id;
    });
}

std::optional<int> ProjectTableModel::rowOf(qint64 projectId) const
{
    return firstRowWhere([projectId](const storage::ProjectRow& row) { return row.project.id == projectId; });
}

QStringList ProjectTableModel::headings() const
{
    return { tr("Title"),  tr("Category"), tr("Recipient"),          tr("Org-id"),  tr("Status"),
             tr("Target"), tr("Granted"),  tr("Pledged / received"), tr("Progress") };
}

Qt::Alignment ProjectTableModel::alignment(int column) const
{
    switch (column) {
    case TargetColumn:
    case GrantedColumn:
    case PledgedColumn:
    case ProgressColumn:
        return Qt::AlignRight | Qt::AlignVCenter;
    default:
        return Qt::AlignLeft | Qt::AlignVCenter;
    }
}

QString ProjectTableModel::money(qint64 amount) const
{
    return domain::Money(amount, m_mutual.currency).format(QLocale());
}

QVariant ProjectTableModel::cell(const storage::ProjectRow& row, int column, int role) const
{
    const domain::Project& project = row.project;
    if (role == SortRole) {
        switch (column) {
        case StatusColumn:
            return static_cast<int>(project.status);
        case TargetColumn:
            return project.target;
        case GrantedColumn:
            return row.granted;
        case PledgedColumn:
            return row.pledged;
        case ProgressColumn:
            return row.progressBp;
        default:
            break;
        }
        return cell(row, column, Qt::DisplayRole);
    }
    if (role == ProgressRole && column == ProgressColumn) {
        return row.progressBp;
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case TitleColumn:
            return project.title;
        case RecipientColumn:
        case OrgIdColumn:
            return project.recipientOrgId.isEmpty()
                ? project.recipientName
                : tr("%1 (%2)").arg(project.recipientName, project.recipientOrgId);
        case PledgedColumn:
            //: %1 and %2 are amounts of money
            return tr("Pledged %1; received %2 (pledges paid, donations and staff time given)")
                .arg(money(row.pledged), money(row.received));
        case ProgressColumn:
            //: %1 is the grants and money received, %2 the target
            return tr("%1 of %2").arg(money(row.granted + row.received), money(project.target));
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
    case TitleColumn:
        return project.title;
    case CategoryColumn:
        return row.categoryLabel;
    case RecipientColumn:
        return project.recipientName;
    case OrgIdColumn:
        return project.recipientOrgId;
    case StatusColumn:
        return domain::projectStatusLabel(project.status);
    case TargetColumn:
        return money(project.target);
    case GrantedColumn:
        return money(row.granted);
    case PledgedColumn:
        //: What members pledged to a project and what it received: "£500.00 / £250.00"
        return tr("%1 / %2").arg(money(row.pledged), money(row.received));
    case ProgressColumn:
        return progressText(row.progressBp);
    default:
        return {};
    }
}

} // namespace mutualise::app
