#include "app/reinvestment/SavingsGridModel.h"

#include "domain/Text.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace mutualise::app {

namespace {

// The field of domain::validateSaving's errors that each editable column concerns.
QString fieldOf(int column)
{
    switch (column) {
    case SavingsGridModel::BaselineColumn:
        return u"baseline"_s;
    case SavingsGridModel::ActualColumn:
        return u"actual"_s;
    case SavingsGridModel::EvidenceColumn:
        return u"evidence"_s;
    default:
        return {};
    }
}

} // namespace

std::optional<qint64> SavingsGridModel::Line::shownBaseline() const
{
    if (baseline) {
        return baseline;
    }
    return row.saving ? std::optional<qint64>(row.saving->baseline) : std::nullopt;
}

std::optional<qint64> SavingsGridModel::Line::shownActual() const
{
    if (actual) {
        return actual;
    }
    return row.saving ? std::optional<qint64>(row.saving->actual) : std::nullopt;
}

QString SavingsGridModel::Line::shownEvidence() const
{
    if (evidence) {
        return *evidence;
    }
    return row.saving ? row.saving->evidence : QString();
}

bool SavingsGridModel::Line::isCellChanged(int column) const
{
    switch (column) {
    case BaselineColumn:
        return baseline.has_value();
    case ActualColumn:
        return actual.has_value();
    case EvidenceColumn:
        return evidence.has_value();
    case SavingColumn:
        return baseline.has_value() || actual.has_value();
    default:
        return false;
    }
}

SavingsGridModel::SavingsGridModel(QObject* parent)
    : TableModel(ColumnCount, Headings::ColumnAligned, parent)
{ }

QStringList SavingsGridModel::headings() const
{
    return { tr("Number"), tr("Member"), tr("Baseline"), tr("Actual cost"), tr("Saving"), tr("Evidence") };
}

Qt::Alignment SavingsGridModel::alignment(int column) const
{
    switch (column) {
    case BaselineColumn:
    case ActualColumn:
    case SavingColumn:
        return Qt::AlignRight | Qt::AlignVCenter;
    default:
        return Qt::AlignLeft | Qt::AlignVCenter;
    }
}

void SavingsGridModel::load(storage::MutualFile* file, const domain::Currency& currency, qint64 serviceId,
                            const QDate& from, const QDate& to, bool isEditable)
{
    const bool isSameGrid = file == m_file && serviceId == m_serviceId && from == m_from && to == m_to;
    QList<Line> edited;
    if (isSameGrid) {
        for (const Line& line : std::as_const(m_lines)) {
            if (line.isChanged()) {
                edited.append(line);
            }
        }
    }
    m_file = file;
    m_currency = currency;
    m_serviceId = serviceId;
    m_from = from;
    m_to = to;
    m_isEditable = isEditable && file;
    QList<Line> lines;
    if (file && serviceId > 0 && from.isValid() && to.isValid()) {
        const auto read = storage::SavingsRepository(*file).grid(serviceId, from, to);
        setLastError(read ? QString() : read.error().message);
        if (read) {
            for (const storage::SavingsGridRow& row : *read) {
                Line line;
                line.row = row;
                for (const Line& old : std::as_const(edited)) {
                    if (old.row.memberId == row.memberId) {
                        line.baseline = old.baseline;
                        line.actual = old.actual;
                        line.evidence = old.evidence;
                    }
                }
                lines.append(line);
            }
        }
    } else {
        setLastError({});
    }
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
    Q_EMIT changesChanged();
}

bool SavingsGridModel::hasChanges() const
{
    return changedLineCount() > 0;
}

int SavingsGridModel::changedLineCount() const
{
    return static_cast<int>(
        std::count_if(m_lines.cbegin(), m_lines.cend(), [](const Line& line) { return line.isChanged(); }));
}

QString SavingsGridModel::money(qint64 minorUnits) const
{
    return domain::Money(minorUnits, m_currency).format(QLocale());
}

QString SavingsGridModel::memberText(const Line& line) const
{
    //: A member in a message: "C002 Southdale Council"
    return tr("%1 %2").arg(line.row.memberNumber, domain::quotedText(line.row.memberName));
}

QVariant SavingsGridModel::cellAt(int row, int column, int role) const
{
    const Line& line = m_lines.at(row);
    const auto baseline = line.shownBaseline();
    const auto actual = line.shownActual();
    // Baseline minus actual, when both are there; 0 otherwise.
    const bool hasSaving = baseline.has_value() && actual.has_value();
    const qint64 saving = hasSaving ? baseline.value_or(0) - actual.value_or(0) : 0;
    if (role == IsChangedRole) {
        return line.isCellChanged(column);
    }
    if (role == Qt::FontRole && line.isCellChanged(column)) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::ForegroundRole && column == SavingColumn && hasSaving && saving < 0) {
        // A negative saving is shown, in red with its minus sign, never hidden.
        return QBrush(QColor(0xb0, 0x00, 0x20));
    }
    if (role == Qt::ToolTipRole) {
        if (line.isCellChanged(column)) {
            return tr("Changed, not saved yet");
        }
        if (column == NameColumn || column == EvidenceColumn) {
            return domain::visibleText(column == NameColumn ? line.row.memberName : line.shownEvidence());
        }
        return {};
    }
    if (role == SortRole) {
        switch (column) {
        case BaselineColumn:
            return baseline ? QVariant(*baseline) : QVariant();
        case ActualColumn:
            return actual ? QVariant(*actual) : QVariant();
        case SavingColumn:
            return hasSaving ? QVariant(saving) : QVariant();
        default:
            break;
        }
    }
    if (role == Qt::EditRole) {
        switch (column) {
        case BaselineColumn:
            return baseline ? domain::Money(*baseline, m_currency).formatPlain() : QString();
        case ActualColumn:
            return actual ? domain::Money(*actual, m_currency).formatPlain() : QString();
        case EvidenceColumn:
            return line.shownEvidence();
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != SortRole) {
        return {};
    }
    switch (column) {
    case NumberColumn:
        return line.row.memberNumber;
    case NameColumn:
        return domain::visibleText(line.row.memberName);
    case BaselineColumn:
        return baseline ? money(*baseline) : QString();
    case ActualColumn:
        return actual ? money(*actual) : QString();
    case SavingColumn:
        return hasSaving ? money(saving) : QString();
    case EvidenceColumn:
        return domain::visibleText(line.shownEvidence()).replace(u'\n', u' ');
    default:
        return {};
    }
}

Qt::ItemFlags SavingsGridModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = TableModel::flags(index);
    if (m_isEditable && !fieldOf(index.column()).isEmpty()) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

domain::Result<domain::Saving> SavingsGridModel::candidate(const Line& line) const
{
    domain::Saving saving = line.row.saving.value_or(domain::Saving {});
    saving.serviceId = m_serviceId;
    saving.memberId = line.row.memberId;
    saving.from = m_from;
    saving.to = m_to;
    saving.baseline = line.shownBaseline().value_or(0);
    saving.actual = line.shownActual().value_or(0);
    saving.evidence = line.shownEvidence();
    return saving;
}

domain::Outcome SavingsGridModel::checkEdit(const Line& edited, int column) const
{
    const auto saving = candidate(edited);
    const domain::Outcome valid = domain::validateSaving(*saving, m_currency, QDate::currentDate());
    if (!valid && valid.error().field == fieldOf(column)) {
        return valid;
    }
    return domain::ok();
}

bool SavingsGridModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !(flags(index) & Qt::ItemIsEditable)) {
        return false;
    }
    Line edited = m_lines.at(index.row());
    const QString text = value.toString();
    const int column = index.column();
    //: Where an edit was refused: "C002 Southdale Council, Baseline"
    const QString where = tr("%1, %2").arg(memberText(edited), headings().at(column));
    if (column == EvidenceColumn) {
        edited.evidence = text;
    } else {
        std::optional<qint64> amount;
        if (!text.trimmed().isEmpty()) {
            const auto parsed = domain::Money::parse(text.trimmed(), m_currency);
            if (!parsed) {
                Q_EMIT refused(tr("%1: “%2” is not an amount, so it was not taken. %3")
                                   .arg(where, domain::quotedText(text), parsed.error().message));
                return false;
            }
            amount = parsed->minorUnits();
        } else if (edited.row.saving) {
            Q_EMIT refused(tr("%1: a recorded saving needs an amount; type 0.00 for none.").arg(where));
            return false;
        }
        (column == BaselineColumn ? edited.baseline : edited.actual) = amount;
    }
    if (const domain::Outcome valid = checkEdit(edited, column); !valid) {
        Q_EMIT refused(tr("%1: %2").arg(where, valid.error().message));
        return false;
    }
    // An edit back to the recorded value is no change at all.
    if (const auto& recorded = edited.row.saving) {
        if (edited.baseline == recorded->baseline) {
            edited.baseline.reset();
        }
        if (edited.actual == recorded->actual) {
            edited.actual.reset();
        }
        if (edited.evidence == recorded->evidence) {
            edited.evidence.reset();
        }
    } else if (edited.evidence && edited.evidence->isEmpty()) {
        edited.evidence.reset();
    }
    m_lines[index.row()] = edited;
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT changesChanged();
    return true;
}

domain::Outcome SavingsGridModel::saveChanges()
{
    if (!m_file || !m_isEditable) {
        return domain::ok();
    }
    // Every line is checked before any is written, so that a line missing an amount writes nothing.
    for (const Line& line : std::as_const(m_lines)) {
        if (!line.isChanged()) {
            continue;
        }
        if (!line.shownBaseline() || !line.shownActual()) {
            return domain::Error { tr("%1 has no %2 yet: type both the baseline and the actual cost, or "
                                      "discard the change.")
                                       .arg(memberText(line),
                                            line.shownBaseline() ? tr("actual cost") : tr("baseline")),
                                   u"incomplete-saving"_s,
                                   {} };
        }
        if (const auto valid = domain::validateSaving(*candidate(line), m_currency, QDate::currentDate());
            !valid) {
            return domain::Error { tr("%1: %2").arg(memberText(line), valid.error().message),
                                   valid.error().rule, valid.error().field };
        }
    }
    // All the lines in one transaction: a refusal writes none of them, and every line keeps its edits.
    QList<domain::Saving> changed;
    QList<Line*> changedLines;
    for (Line& line : m_lines) {
        if (line.isChanged()) {
            changed.append(*candidate(line));
            changedLines.append(&line);
        }
    }
    const auto stored = storage::SavingsRepository(*m_file).save(changed);
    if (!stored) {
        return stored.error();
    }
    for (qsizetype i = 0; i < changedLines.size(); ++i) {
        Line& line = *changedLines.at(i);
        line.row.saving = stored->at(i);
        line.baseline.reset();
        line.actual.reset();
        line.evidence.reset();
    }
    if (!m_lines.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    Q_EMIT changesChanged();
    return domain::ok();
}

void SavingsGridModel::discardChanges()
{
    for (Line& line : m_lines) {
        line.baseline.reset();
        line.actual.reset();
        line.evidence.reset();
    }
    if (!m_lines.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    Q_EMIT changesChanged();
}

domain::Result<SavingsGridModel::Total> SavingsGridModel::total() const
{
    Total total;
    for (const Line& line : m_lines) {
        const auto baseline = line.shownBaseline();
        const auto actual = line.shownActual();
        if (!baseline || !actual) {
            continue;
        }
        // Each amount is at most maximumSavingAmount; a grid of members that overflows is refused, not
        // wrapped.
        if (qAddOverflow(total.baseline, *baseline, &total.baseline)
            || qAddOverflow(total.actual, *actual, &total.actual)) {
            return domain::Error { tr("The grid's total is too large to show."), u"total-too-large"_s, {} };
        }
        ++total.savings;
    }
    return total;
}

} // namespace mutualise::app
