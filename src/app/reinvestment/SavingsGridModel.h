#pragma once

#include "app/widgets/TableModel.h"
#include "domain/Money.h"
#include "domain/Savings.h"
#include "storage/SavingsRepository.h"

#include <QDate>
#include <QList>

#include <optional>

namespace mutualise::app {

// The savings of one service and period, one member a line, edited in place. Edits are kept here until
// saveChanges() writes them (each saving in one transaction) or discardChanges() drops them; a cell whose
// text is not an acceptable amount or note is refused, keeps its value, and refused() says why.
class SavingsGridModel : public TableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        NameColumn,
        BaselineColumn,
        ActualColumn,
        SavingColumn,
        EvidenceColumn,
        ColumnCount
    };

    // True on a cell whose edit is not saved yet.
    static constexpr int IsChangedRole = Qt::UserRole + 1;

    // What the grid adds up to: its recorded or edited savings, to the penny.
    struct Total
    {
        int savings = 0; // lines with both a baseline and an actual cost
        qint64 baseline = 0;
        qint64 actual = 0;
        qint64 saving() const { return baseline - actual; }
    };

    explicit SavingsGridModel(QObject* parent = nullptr);

    // Reads the grid of the service and period; pending edits of the same grid are kept (the lines of the
    // members they concern), those of another grid dropped. Without a file, shows nothing.
    void load(storage::MutualFile* file, const domain::Currency& currency, qint64 serviceId,
              const QDate& from, const QDate& to, bool isEditable);
    qint64 serviceId() const { return m_serviceId; }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }

    bool hasChanges() const;
    int changedLineCount() const;
    // Writes every changed line: each saving in its own transaction, through SavingsRepository. Lines
    // that cannot be written keep their edits; the first problem is returned, naming the member.
    domain::Outcome saveChanges();
    void discardChanges();

    // The total of what is shown, edits included; "total-too-large" if it would not fit.
    domain::Result<Total> total() const;

    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

Q_SIGNALS:
    // An edit was refused: the message says why; the cell keeps its value.
    void refused(const QString& message);
    // Lines were edited, saved or discarded.
    void changesChanged();

protected:
    int size() const override { return static_cast<int>(m_lines.size()); }
    QStringList headings() const override;
    QVariant cellAt(int row, int column, int role) const override;
    Qt::Alignment alignment(int column) const override;

private:
    struct Line
    {
        storage::SavingsGridRow row;
        std::optional<qint64> baseline; // edited, not saved
        std::optional<qint64> actual;
        std::optional<QString> evidence;

        bool isChanged() const { return baseline || actual || evidence; }
        std::optional<qint64> shownBaseline() const;
        std::optional<qint64> shownActual() const;
        QString shownEvidence() const;
        bool isCellChanged(int column) const;
    };

    QString money(qint64 minorUnits) const;
    // The saving the line would store, checked by the domain's rules; `column` is the cell being edited.
    domain::Result<domain::Saving> candidate(const Line& line) const;
    domain::Outcome checkEdit(const Line& edited, int column) const;
    QString memberText(const Line& line) const;

    storage::MutualFile* m_file = nullptr;
    domain::Currency m_currency = domain::Currency::gbp();
    qint64 m_serviceId = 0;
    QDate m_from;
    QDate m_to;
    bool m_isEditable = false;
    QList<Line> m_lines;
};

} // namespace mutualise::app
