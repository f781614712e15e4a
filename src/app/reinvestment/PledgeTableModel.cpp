#include "app/reinvestment/PledgeTableModel.h"

#include "domain/Money.h"
#include "storage/ContributionRepository.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mutualise::app {

namespace {

// What each member has paid towards the project as pledge payments, net of reversals.
domain::Result<QHash<qint64, qint64>> pledgePaymentsByMember(storage::MutualFile& file, qint64 projectId)
{
    storage::ContributionFilter filter;
    filter.projectId = projectId;
    filter.kind = u"pledge-payment"_s;
    const auto entries = storage::ContributionRepository(file).entries(filter);
    if (!entries) {
        return entries.error();
    }
    QHash<qint64, qint64> paid;
    for (const storage::ContributionRow& entry : *entries) {
        // A reversal carries the amount negated, so the sum is net of it.
        paid[entry.contribution.memberId] += entry.contribution.amount;
    }
    return paid;
}

} // namespace

PledgeTableModel::PledgeTableModel(QObject* parent)
    : RowListModel(ColumnCount, Headings::ColumnAligned, parent)
{ }

void PledgeTableModel::setProject(storage::MutualFile* file, const domain::Mutual& mutual, qint64 projectId)
{
    m_currency = mutual.currency;
    if (!file || projectId == 0) {
        showRows(QList<PledgeLine>());
        return;
    }
    const auto pledges = storage::ProjectRepository(*file).pledgesOf(projectId);
    if (!pledges) {
        showRows(pledges.error());
        return;
    }
    const auto payments = pledgePaymentsByMember(*file, projectId);
    if (!payments) {
        showRows(payments.error());
        return;
    }
    QHash<qint64, qint64> unsettled = *payments;
    // Pledges come by date, so a member's payments settle their oldest pledge first.
    QList<PledgeLine> lines;
    for (const storage::PledgeRow& row : *pledges) {
        qint64& left = unsettled[row.pledge.memberId];
        const qint64 paid = std::clamp(left, qint64(0), row.pledge.amount);
        left -= paid;
        lines.append({ row, paid });
    }
    showRows(std::move(lines));
}

QStringList PledgeTableModel::headings() const
{
    return { tr("Member"), tr("Amount"), tr("Date"), tr("Paid") };
}

Qt::Alignment PledgeTableModel::alignment(int column) const
{
    return column == AmountColumn ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter;
}

QString PledgeTableModel::money(qint64 amount) const
{
    return domain::Money(amount, m_currency).format(QLocale());
}

QVariant PledgeTableModel::cell(const PledgeLine& line, int column, int role) const
{
    const domain::Pledge& pledge = line.row.pledge;
    if (role == SortRole) {
        switch (column) {
        case AmountColumn:
            return pledge.amount;
        case DateColumn:
            return pledge.date;
        case PaidColumn:
            return line.paid;
        default:
            return cell(line, column, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
    case MemberColumn:
        //: A member: number and name, "C001 · Vale Council"
        return tr("%1 · %2").arg(line.row.memberNumber, line.row.memberName);
    case AmountColumn:
        return money(pledge.amount);
    case DateColumn:
        return QLocale().toString(pledge.date, QLocale::ShortFormat);
    case PaidColumn:
        if (line.paid >= pledge.amount) {
            return tr("Yes");
        }
        if (line.paid == 0) {
            return tr("Not yet");
        }
        //: Part of a pledge paid: "£250.00 so far"
        return tr("%1 so far").arg(money(line.paid));
    default:
        return {};
    }
}

} // namespace mutualise::app
