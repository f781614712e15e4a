#include "ReportFormats.h"

#include "formats/ZipArchive.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <limits>

namespace mutualise::reports {

namespace {

QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QJsonValue jsonCell(const ReportCell& cell, ColumnType type)
{
    if (const auto* text = std::get_if<QString>(&cell))
        return *text;
    // A percentage as a number of percent (3.5): basis points are far within a double's exact range.
    if (const auto* number = std::get_if<qint64>(&cell); number && type == ColumnType::Percent)
        return static_cast<double>(*number) / 100;
    if (const auto* number = std::get_if<qint64>(&cell))
        return *number;
    if (const auto* date = std::get_if<QDate>(&cell))
        return isoDate(*date);
    return QJsonValue::Null;
}

domain::Error totalTooLarge(const ReportTable& table, const ReportColumn& column)
{
    return domain::Error { QCoreApplication::translate("ReportFormats",
                                                       "The total of “%1” in table “%2” comes to more than "
                                                       "%3, the most that can be added up.")
                               .arg(column.title, table.name,
                                    QLocale().toString(std::numeric_limits<qint64>::max())),
                           QStringLiteral("total-too-large"),
                           {} };
}

// A field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break.
QString csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString csvCell(const ReportCell& cell, ColumnType type, const domain::Currency& currency)
{
    if (const auto* text = std::get_if<QString>(&cell))
        return neutralisedCsvText(*text);
    if (const auto* number = std::get_if<qint64>(&cell)) {
        if (type == ColumnType::Money)
            return domain::Money(*number, currency).formatPlain();
        if (type == ColumnType::Percent)
            return percentDecimal(*number);
        return QString::number(*number);
    }
    if (const auto* date = std::get_if<QDate>(&cell))
        return isoDate(*date);
    return {};
}

} // namespace

domain::Result<QByteArray> reportJson(const Report& report)
{
    QJsonArray tables;
    for (const ReportTable& table : report.tables) {
        QJsonArray columns;
        for (const ReportColumn& column : table.columns) {
            columns.append(QJsonObject { { QStringLiteral("key"), column.key },
                                         { QStringLiteral("title"), column.title },
                                         { QStringLiteral("type"), columnTypeKey(column.type) } });
        }
        QJsonArray rows;
        for (const QList<ReportCell>& row : table.rows) {
            QJsonObject object;
            for (qsizetype i = 0; i < table.columns.size(); ++i)
                object.insert(table.columns.at(i).key, jsonCell(row.at(i), table.columns.at(i).type));
            rows.append(object);
        }
        QJsonObject totals;
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            if (!table.columns.at(i).isTotalled)
                continue;
            const std::optional<qint64> total = table.total(i);
            if (!total)
                return totalTooLarge(table, table.columns.at(i));
            totals.insert(table.columns.at(i).key, *total);
        }
        tables.append(QJsonObject { { QStringLiteral("name"), table.name },
                                    { QStringLiteral("columns"), columns },
                                    { QStringLiteral("rows"), rows },
                                    { QStringLiteral("totals"), totals } });
    }
    const QJsonObject period = report.hasPeriod()
        ? QJsonObject { { QStringLiteral("from"), isoDate(report.from) },
                        { QStringLiteral("to"), isoDate(report.to) } }
        : QJsonObject { { QStringLiteral("as_of"), isoDate(report.asOf) } };
    const QJsonObject document {
        { QStringLiteral("report"), report.name },
        { QStringLiteral("title"), report.title },
        { QStringLiteral("mutual"),
          QJsonObject { { QStringLiteral("name"), report.mutualName },
                        { QStringLiteral("registration"), report.registration } } },
        { QStringLiteral("period"), period },
        { QStringLiteral("produced"), report.produced.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("audit_head"),
          QJsonObject { { QStringLiteral("entry"), report.auditHead.entry },
                        { QStringLiteral("hash"), report.auditHead.hash } } },
        { QStringLiteral("currency"), report.currency.code() },
        { QStringLiteral("tables"), tables },
    };
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

QString neutralisedCsvText(const QString& text)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        return u'\'' + text;
    return text;
}

QByteArray tableCsv(const ReportTable& table, const domain::Currency& currency, ByteOrderMark mark)
{
    QString text;
    QStringList fields;
    for (const ReportColumn& column : table.columns)
        fields.append(csvField(column.key));
    text += fields.join(u',') + QStringLiteral("\r\n");
    for (const QList<ReportCell>& row : table.rows) {
        fields.clear();
        for (qsizetype i = 0; i < table.columns.size(); ++i)
            fields.append(csvField(csvCell(row.at(i), table.columns.at(i).type, currency)));
        text += fields.join(u',') + QStringLiteral("\r\n");
    }
    QByteArray bytes = mark == ByteOrderMark::With ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    return bytes + text.toUtf8();
}

bool isCsvArchive(const Report& report)
{
    return report.tables.size() > 1;
}

domain::Result<QByteArray> reportCsv(const Report& report, ByteOrderMark mark)
{
    if (!isCsvArchive(report)) {
        return report.tables.isEmpty() ? QByteArray()
                                       : tableCsv(report.tables.constFirst(), report.currency, mark);
    }
    QList<formats::ZipEntry> entries;
    for (const ReportTable& table : report.tables)
        entries.append({ table.name + QStringLiteral(".csv"), tableCsv(table, report.currency, mark) });
    return formats::zipArchive(entries, report.produced);
}

} // namespace mutualise::reports
