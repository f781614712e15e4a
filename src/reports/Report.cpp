#include "Report.h"

#include "domain/Text.h"

#include <QLocale>
#include <QtNumeric>

namespace mutualise::reports {

QString columnTypeKey(ColumnType type)
{
    switch (type) {
    case ColumnType::Text:
        return QStringLiteral("text");
    case ColumnType::Integer:
        return QStringLiteral("integer");
    case ColumnType::Money:
        return QStringLiteral("money");
    case ColumnType::Date:
        return QStringLiteral("date");
    case ColumnType::Percent:
        return QStringLiteral("percent");
    }
    Q_UNREACHABLE();
    return {};
}

QString percentDecimal(qint64 basisPoints, QChar decimalPoint)
{
    const QString sign = basisPoints < 0 ? QStringLiteral("-") : QString();
    const quint64 magnitude
        = basisPoints < 0 ? 0 - static_cast<quint64>(basisPoints) : static_cast<quint64>(basisPoints);
    return sign + QString::number(magnitude / 100) + decimalPoint
        + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString cellText(const ReportCell& cell, ColumnType type, const domain::Currency& currency)
{
    const QLocale locale;
    // An address's lines run on in a cell, as they do on an envelope's one line: "1 High Street, Leeds".
    if (const auto* text = std::get_if<QString>(&cell))
        return domain::visibleText(QString(*text).replace(u'\n', QStringLiteral(", ")));
    if (const auto* number = std::get_if<qint64>(&cell)) {
        if (type == ColumnType::Money)
            return domain::Money(*number, currency).format(locale);
        if (type == ColumnType::Percent)
            return percentDecimal(*number, locale.decimalPoint().front()) + locale.percent();
        return locale.toString(*number);
    }
    if (const auto* date = std::get_if<QDate>(&cell))
        return locale.toString(*date, QLocale::ShortFormat);
    return {};
}

std::optional<qint64> ReportTable::total(qsizetype column) const
{
    qint64 sum = 0;
    for (const QList<ReportCell>& row : rows) {
        if (const auto* number = std::get_if<qint64>(&row.at(column));
            number && qAddOverflow(sum, *number, &sum))
            return std::nullopt;
    }
    return sum;
}

} // namespace mutualise::reports

namespace mutualise::reports {

ReportSections::ReportSections(qsizetype count, Maker make)
    : m_count(count)
    , m_make(std::move(make))
{ }

ReportSections::ReportSections(std::initializer_list<ReportSection> made)
    : ReportSections(QList<ReportSection>(made))
{ }

ReportSections::ReportSections(QList<ReportSection> made)
    : m_count(made.size())
    , m_make([made = std::move(made)](qsizetype index) { return made.at(index); })
{ }

ReportSection ReportSections::at(qsizetype index) const
{
    Q_ASSERT(index >= 0 && index < m_count);
    return m_make(index);
}

qint64 Report::rowCount() const
{
    qint64 rows = 0;
    for (const ReportTable& table : tables)
        rows += table.rows.size();
    return rows;
}

} // namespace mutualise::reports
