#include "reports/ElectionRoundsModel.h"

#include "domain/StvCount.h"

#include <QColor>
#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace mutualise::reports {

namespace {

const QColor electedBackground(0xe6, 0xf4, 0xea);
const QColor excludedBackground(0xf1, 0xf3, 0xf4);

} // namespace

ElectionRoundsModel::ElectionRoundsModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ElectionRoundsModel::setFigures(const ElectionFigures& figures)
{
    beginResetModel();
    m_figures = figures;
    m_standing = figures.standing();
    endResetModel();
}

void ElectionRoundsModel::clear()
{
    setFigures({});
}

int ElectionRoundsModel::totalColumn(int round) const
{
    return round <= 1 ? FirstFigureColumn : FirstFigureColumn + 2 * (round - 1);
}

int ElectionRoundsModel::transferColumn(int round) const
{
    return round <= 1 ? FirstFigureColumn : totalColumn(round) - 1;
}

int ElectionRoundsModel::nonTransferableRow() const
{
    return m_figures.isStv() && !m_figures.rounds.isEmpty() ? static_cast<int>(m_standing.size()) : -1;
}

std::pair<int, bool> ElectionRoundsModel::roundOf(int column) const
{
    const int offset = column - FirstFigureColumn; // 0: round 1; then a transfer and a total a round
    return { (offset + 1) / 2 + 1, offset % 2 == 1 };
}

int ElectionRoundsModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid()) {
        return 0;
    }
    return static_cast<int>(m_standing.size()) + (nonTransferableRow() >= 0 ? 1 : 0);
}

int ElectionRoundsModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid() || m_standing.isEmpty()) {
        return 0;
    }
    if (!m_figures.isStv()) {
        return FirstFigureColumn + 1;
    }
    return totalColumn(static_cast<int>(std::max<qsizetype>(m_figures.rounds.size(), 1))) + 1;
}

QVariant ElectionRoundsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() >= FirstFigureColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (index.row() == nonTransferableRow()) {
        return nonTransferableData(index.column(), role);
    }
    return candidateData(m_standing.at(index.row()), index.column(), role);
}

QVariant ElectionRoundsModel::candidateData(const QString& name, int column, int role) const
{
    const bool isElected = m_figures.elected.contains(name);
    if (column == CandidateColumn) {
        if (role == Qt::FontRole && isElected) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return role == Qt::DisplayRole ? QVariant(name) : QVariant();
    }
    if (column == OutcomeColumn) {
        if (role == Qt::ForegroundRole && isElected) {
            return QColor(0x1b, 0x5e, 0x20);
        }
        return role == Qt::DisplayRole ? QVariant(m_figures.outcomeText(name)) : QVariant();
    }
    if (!m_figures.isStv()) {
        if (role == Qt::BackgroundRole && isElected) {
            return electedBackground;
        }
        return role == Qt::DisplayRole ? QVariant(QLocale().toString(m_figures.votes.value(name)))
                                       : QVariant();
    }
    const auto [roundNumber, isTransfer] = roundOf(column);
    const ElectionRound& round = m_figures.rounds.at(roundNumber - 1);
    if (role == Qt::BackgroundRole) {
        if (!isTransfer && round.elected.contains(name)) {
            return electedBackground;
        }
        if (isTransfer && round.kind == ElectionRound::Kind::Exclusion && round.candidate == name) {
            return excludedBackground;
        }
        return {};
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (isTransfer) {
        const qint64 transfer = round.transfers.value(name);
        return transfer == 0 ? QString() : transferText(transfer);
    }
    const auto total = round.totals.constFind(name);
    return total == round.totals.constEnd() ? QString() : domain::Stv::formatVotes(*total);
}

// Votes lost in each round, and all those lost so far under the totals.
QVariant ElectionRoundsModel::nonTransferableData(int column, int role) const
{
    if (column == CandidateColumn) {
        if (role == Qt::FontRole) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return role == Qt::DisplayRole ? QVariant(tr("Non-transferable")) : QVariant();
    }
    if (role != Qt::DisplayRole || column == OutcomeColumn) {
        return {};
    }
    const auto [roundNumber, isTransfer] = roundOf(column);
    if (isTransfer) {
        const qint64 lost = m_figures.rounds.at(roundNumber - 1).nonTransferable;
        return lost == 0 ? QString() : transferText(lost);
    }
    qint64 lostSoFar = 0;
    for (int r = 0; r < roundNumber; ++r) {
        lostSoFar += m_figures.rounds.at(r).nonTransferable;
    }
    return domain::Stv::formatVotes(lostSoFar);
}

QVariant ElectionRoundsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section >= FirstFigureColumn && role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (section == CandidateColumn) {
        return role == Qt::DisplayRole ? QVariant(tr("Candidate")) : QVariant();
    }
    if (section == OutcomeColumn) {
        return role == Qt::DisplayRole ? QVariant(tr("Result")) : QVariant();
    }
    if (!m_figures.isStv()) {
        return role == Qt::DisplayRole ? QVariant(tr("Votes")) : QVariant();
    }
    return roundHeader(section, role);
}

// Three short lines, so that the columns stay as narrow as their figures: the round and what it did
// ("Round 2", "Exclusion of", "Ann Smith"), or the totals after it.
QVariant ElectionRoundsModel::roundHeader(int column, int role) const
{
    const auto [roundNumber, isTransfer] = roundOf(column);
    if (roundNumber > m_figures.rounds.size()) {
        return {};
    }
    const ElectionRound& round = m_figures.rounds.at(roundNumber - 1);
    if (role == Qt::ToolTipRole) {
        if (round.kind == ElectionRound::Kind::Surplus && isTransfer) {
            return tr("A surplus of %1 votes, passed on at %2 / %3 of each paper's value")
                .arg(domain::Stv::formatVotes(round.surplus),
                     domain::Stv::formatVotes(round.transferValueSurplus),
                     domain::Stv::formatVotes(round.transferValueTotal));
        }
        return tr("Round %1: %2").arg(roundNumber).arg(round.actionText());
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (isTransfer ? round.kind : ElectionRound::Kind::FirstPreferences) {
    case ElectionRound::Kind::FirstPreferences:
        if (roundNumber == 1) {
            //: A column of the table of an STV count, on three lines
            return tr("Round 1\nFirst\npreferences");
        }
        //: A column of the table of an STV count, on three lines: every candidate's votes after a round
        return tr("Totals\nafter\nround %1").arg(roundNumber);
    case ElectionRound::Kind::Surplus:
        //: A column of the table of an STV count, on three lines: the votes a surplus passed on
        return tr("Round %1\nSurplus of\n%2").arg(roundNumber).arg(round.candidate);
    case ElectionRound::Kind::Exclusion:
        //: A column of the table of an STV count, on three lines: the votes an exclusion passed on
        return tr("Round %1\nExclusion of\n%2").arg(roundNumber).arg(round.candidate);
    }
    return {};
}

} // namespace mutualise::reports
