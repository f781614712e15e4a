#include "app/members/MemberTableModel.h"

#include "app/widgets/PageWidgets.h"
#include "domain/Counts.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

#include <limits>

namespace mutualise::app {

namespace {
// Eight pages of 200 rows: enough for a tall window and a quick scroll back, small in memory.
constexpr qsizetype maximumCachedPages = 8;

storage::MemberQuery::SortKey sortKeyFor(int column)
{
    using Key = storage::MemberQuery::SortKey;
    switch (column) {
    case MemberTableModel::NameColumn:
        return Key::Name;
    case MemberTableModel::KindColumn:
        return Key::Kind;
    case MemberTableModel::ClassColumn:
        return Key::Class;
    case MemberTableModel::StatusColumn:
        return Key::Status;
    case MemberTableModel::AdmittedColumn:
        return Key::AdmittedOn;
    case MemberTableModel::CeasedColumn:
        return Key::CeasedOn;
    case MemberTableModel::SharesColumn:
        return Key::Shares;
    default:
        return Key::Number;
    }
}
} // namespace

MemberTableModel::MemberTableModel(QObject* parent)
    : TableModel(ColumnCount, Headings::HeaderAligned, parent)
{ }

void MemberTableModel::setFile(storage::MutualFile* file)
{
    beginResetModel();
    m_file = file;
    m_pages.clear();
    m_pageOrder.clear();
    recount();
    endResetModel();
}

void MemberTableModel::setQuery(const storage::MemberQuery& query)
{
    beginResetModel();
    m_query = query;
    m_pages.clear();
    m_pageOrder.clear();
    recount();
    endResetModel();
}

void MemberTableModel::reload()
{
    setQuery(m_query);
}

void MemberTableModel::recount()
{
    m_rowCount = 0;
    m_classes.clear();
    setLastError({});
    if (m_file == nullptr) {
        return;
    }
    // A handful of classes: read with the count, so that every row can be checked against its minimum.
    const auto classes = storage::MemberRepository(*m_file).classes();
    if (!classes) {
        setLastError(classes.error().message);
        return;
    }
    for (const auto& memberClass : classes.value()) {
        m_classes.insert(memberClass.id, memberClass);
    }
    const auto counted = storage::MemberRepository(*m_file).count(m_query);
    if (!counted) {
        setLastError(counted.error().message);
        return;
    }
    // A view addresses rows with int; a register beyond two billion members is not a real case.
    m_rowCount = std::min<qint64>(counted.value(), std::numeric_limits<int>::max());
}

const QList<storage::MemberRow>* MemberTableModel::pageFor(qint64 row) const
{
    if (m_file == nullptr || row < 0 || row >= m_rowCount) {
        return nullptr;
    }
    const qint64 pageIndex = row / pageSize;
    const auto cached = m_pages.constFind(pageIndex);
    if (cached != m_pages.constEnd()) {
        return &cached.value();
    }
    const auto fetched = storage::MemberRepository(*m_file).page(m_query, pageIndex * pageSize, pageSize);
    if (!fetched) {
        setLastError(fetched.error().message);
        return nullptr;
    }
    if (m_pageOrder.size() >= maximumCachedPages) {
        m_pages.remove(m_pageOrder.takeFirst());
    }
    m_pageOrder.append(pageIndex);
    return &m_pages.insert(pageIndex, fetched.value()).value();
}

std::optional<storage::MemberRow> MemberTableModel::rowAt(int row) const
{
    const auto* page = pageFor(row);
    const qint64 offset = row % pageSize;
    if (page == nullptr || offset >= page->size()) {
        return std::nullopt;
    }
    return page->at(offset);
}

std::optional<domain::MemberClass> MemberTableModel::classOf(const storage::MemberRow& row) const
{
    const auto found = m_classes.constFind(row.member.classId);
    return found != m_classes.constEnd() ? std::optional(found.value()) : std::nullopt;
}

std::optional<qint64> MemberTableModel::sharesShortOfMinimum(const storage::MemberRow& row) const
{
    const auto memberClass = classOf(row);
    if (row.member.status != domain::MemberStatus::Active || !memberClass
        || row.shares >= memberClass->minimumShares) {
        return std::nullopt;
    }
    return memberClass->minimumShares - row.shares;
}

std::optional<int> MemberTableModel::cachedRowOf(qint64 memberId) const
{
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it) {
        for (qsizetype i = 0; i < it.value().size(); ++i) {
            if (it.value().at(i).member.id == memberId) {
                return static_cast<int>(it.key() * pageSize + i);
            }
        }
    }
    return std::nullopt;
}

std::optional<int> MemberTableModel::rowOf(qint64 memberId) const
{
    if (const auto cached = cachedRowOf(memberId)) {
        return cached;
    }
    if (m_file == nullptr) {
        return std::nullopt;
    }
    const auto position = storage::MemberRepository(*m_file).positionOf(m_query, memberId);
    if (!position) {
        setLastError(position.error().message);
        return std::nullopt;
    }
    if (!position.value() || *position.value() >= m_rowCount) {
        return std::nullopt;
    }
    return static_cast<int>(*position.value());
}

QStringList MemberTableModel::headings() const
{
    return { tr("Number"), tr("Name"),     tr("Type"),   tr("Class"),
             tr("Status"), tr("Admitted"), tr("Ceased"), tr("Shares") };
}

Qt::Alignment MemberTableModel::alignment(int column) const
{
    return (column == SharesColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
}

QVariant MemberTableModel::cellAt(int rowNumber, int column, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != MemberIdRole
        && role != Qt::DecorationRole) {
        return {};
    }
    const auto row = rowAt(rowNumber);
    if (!row) {
        return {};
    }
    if (role == MemberIdRole) {
        return row->member.id;
    }
    if (column == SharesColumn) {
        return sharesCell(*row, role);
    }
    if (role == Qt::DecorationRole) {
        return {};
    }
    const QLocale locale;
    const auto& member = row->member;
    switch (column) {
    case NumberColumn:
        return member.number;
    case NameColumn:
        return member.name;
    case KindColumn:
        return domain::kindLabel(member.kind);
    case ClassColumn:
        return row->className;
    case StatusColumn:
        return domain::statusLabel(member.status);
    case AdmittedColumn:
        return member.admittedOn.isValid() ? locale.toString(member.admittedOn, QLocale::ShortFormat)
                                           : QString();
    case CeasedColumn:
        return member.ceasedOn.isValid() ? locale.toString(member.ceasedOn, QLocale::ShortFormat) : QString();
    default:
        return {};
    }
}

QString MemberTableModel::minimumWarning(const storage::MemberRow& row) const
{
    const auto shortBy = sharesShortOfMinimum(row);
    if (!shortBy) {
        return {};
    }
    //: %1 is the class's name, %2 "10 shares", %3 a number of shares
    return tr("Below the minimum holding: the %1 class requires at least %2, so this member needs %3 more.")
        .arg(classOf(row)->name, domain::shareCount(classOf(row)->minimumShares),
             QLocale().toString(*shortBy));
}

// The holding, marked when an active member holds less than their class requires.
QVariant MemberTableModel::sharesCell(const storage::MemberRow& row, int role) const
{
    const auto shortBy = sharesShortOfMinimum(row);
    switch (role) {
    case Qt::DisplayRole:
        return QLocale().toString(row.shares);
    case Qt::DecorationRole:
        return shortBy ? QVariant(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning))
                       : QVariant();
    case Qt::ToolTipRole:
        if (!shortBy) {
            return QLocale().toString(row.shares);
        }
        return minimumWarning(row);
    default:
        return {};
    }
}

void MemberTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount) {
        return;
    }
    auto query = m_query;
    query.sortKey = sortKeyFor(column);
    query.descending = order == Qt::DescendingOrder;
    setQuery(query);
}

} // namespace mutualise::app
