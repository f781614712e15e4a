#pragma once

#include "reports/ElectionFigures.h"

#include <QAbstractTableModel>

namespace mutualise::reports {

// An election's count as a table for the minutes: a row for each candidate who stood, in ballot order,
// with where the candidate ended, then, by STV, the first preferences and for each later round what was
// transferred and the totals after it, every figure with its five decimals; a last row keeps the votes
// that could not be transferred. By plurality, each candidate's votes.
class ElectionRoundsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CandidateColumn,
        OutcomeColumn,
        FirstFigureColumn, // the first preferences, or the votes of a plurality count
    };

    explicit ElectionRoundsModel(QObject* parent = nullptr);

    void setFigures(const ElectionFigures& figures);
    void clear();

    // The column with the totals at the end of a round (from 1), and the one with its transfers.
    int totalColumn(int round) const;
    int transferColumn(int round) const;
    // The row of the votes that could not be transferred; -1 under plurality.
    int nonTransferableRow() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // The round a figure column shows, and whether it is the transfers of that round.
    std::pair<int, bool> roundOf(int column) const;
    QVariant candidateData(const QString& name, int column, int role) const;
    QVariant nonTransferableData(int column, int role) const;
    QVariant roundHeader(int column, int role) const;

    ElectionFigures m_figures;
    QStringList m_standing;
};

} // namespace mutualise::reports
