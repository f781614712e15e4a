#pragma once

#include "domain/Member.h"

#include <QAbstractListModel>
#include <QList>
#include <QSet>

namespace mutualise::app {

// Every member of the register as a list of check boxes, "C001 — Northshire Council", ticked for those
// that take a service. Only numbers and names are held, so a register of 100,000 members fits.
class ServiceMembersModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        MemberIdRole = Qt::UserRole + 1,
    };

    explicit ServiceMembersModel(QObject* parent = nullptr);

    void setMembers(const QList<domain::Member>& members);
    void setCheckedIds(const QList<qint64>& memberIds);
    // In the order of the register.
    QList<qint64> checkedIds() const;
    qsizetype checkedCount() const { return m_checked.size(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    void checkedCountChanged();

private:
    struct Entry
    {
        qint64 id = 0;
        QString text;
    };
    QList<Entry> m_entries;
    QSet<qint64> m_checked;
};

} // namespace mutualise::app
