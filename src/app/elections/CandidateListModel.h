#pragma once

#include "domain/Election.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

namespace mutualise::app {

// An election's candidates in ballot order, "1. Ann Smith (C001)" for a member and "2. Bob Jones (not a
// member)" for a person from outside the register; the order can be changed while the election is a
// draft.
class CandidateListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit CandidateListModel(QObject* parent = nullptr);

    // `memberNumbers` by member id, for the candidates who are members.
    void setCandidates(const QList<domain::Candidate>& candidates,
                       const QHash<qint64, QString>& memberNumbers);
    QList<domain::Candidate> candidates() const { return m_candidates; }
    void append(const domain::Candidate& candidate, const QString& memberNumber = {});
    void remove(int row);
    // Moves a candidate one place up (-1) or down (+1) the ballot; false at either end.
    bool move(int row, int step);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<domain::Candidate> m_candidates;
    QHash<qint64, QString> m_memberNumbers;
};

} // namespace mutualise::app
