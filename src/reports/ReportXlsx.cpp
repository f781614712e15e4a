#include "ReportXlsx.h"

#include "AuditFooter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTemporaryFile>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <xlsxwriter.h>

namespace mutualise::reports {

namespace {

// The widest a column is made, in characters: a long address wraps rather than pushing the rest away.
constexpr double widestColumn = 60;

// The context of this file's texts, as translators and the running program both name it.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(ReportXlsx)
};

domain::Error notWritten(const QString& reason)
{
    return domain::Error { Texts::tr("The workbook could not be made: %1").arg(reason),
                           QStringLiteral("not-written"),
                           {} };
}

// "£"#,##0.00: the currency's symbol and its minor digits, negative amounts with a minus.
QByteArray moneyFormat(const domain::Currency& currency)
{
    QString number = QStringLiteral("#,##0");
    if (currency.minorDigits() > 0)
        number += u'.' + QString(currency.minorDigits(), u'0');
    QString symbol = currency.symbol();
    symbol.replace(u'"', QStringLiteral("\"\""));
    const QString positive = u'"' + symbol + u'"' + number;
    return (positive + u';' + u'-' + positive).toUtf8();
}

// A sheet's name: the table's, without the characters Excel refuses, at most 31 characters.
QByteArray sheetName(const QString& name, int index)
{
    QString cleaned;
    for (const QChar character : name) {
        if (!QStringLiteral("[]:*?/\\").contains(character) && character.isPrint())
            cleaned += character;
    }
    cleaned = cleaned.trimmed().left(31);
    return (cleaned.isEmpty() ? QStringLiteral("Sheet%1").arg(index + 1) : cleaned).toUtf8();
}

// How wide a cell reads, in characters.
qsizetype cellWidth(const ReportCell& cell, ColumnType type, const domain::Currency& currency)
{
    if (const auto* text = std::get_if<QString>(&cell))
        return text->size();
    if (const auto* number = std::get_if<qint64>(&cell)) {
        // Digits, grouping commas, the sign, and for money the symbol and the minor digits.
        const qsizetype digits = QString::number(*number).size();
        if (type == ColumnType::Percent)
            return digits + 3;
        return type == ColumnType::Money ? digits + digits / 3 + currency.symbol().size() + 2
                                         : digits + digits / 3;
    }
    if (std::holds_alternative<QDate>(cell))
        return 10;
    return 0;
}

class Workbook
{
public:
    Workbook(const QString& path, const QString& temporaryFolder)
        : m_path(path.toUtf8())
        , m_folder(temporaryFolder.toUtf8())
    {
        lxw_workbook_options options {};
        options.constant_memory = LXW_TRUE;
        options.tmpdir = m_folder.data();
        options.use_zip64 = LXW_TRUE;
        m_workbook = workbook_new_opt(m_path.constData(), &options);
    }
    ~Workbook()
    {
        if (m_workbook)
            workbook_close(m_workbook);
    }
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;

    lxw_workbook* get() const { return m_workbook; }
    // Writes the file; the workbook is gone after.
    lxw_error close()
    {
        const lxw_error error = workbook_close(m_workbook);
        m_workbook = nullptr;
        return error;
    }

private:
    QByteArray m_path;
    QByteArray m_folder;
    lxw_workbook* m_workbook = nullptr;
};

// The cell formats of a workbook.
struct Formats
{
    lxw_format* header = nullptr;
    lxw_format* money = nullptr;
    lxw_format* date = nullptr;
    lxw_format* percent = nullptr;
    lxw_format* totalMoney = nullptr;
    lxw_format* totalNumber = nullptr;
    lxw_format* totalLabel = nullptr;
};

// How many rows of the whole report are written, told to whoever waits for them.
struct RowsWritten
{
    static constexpr qint64 step = 2000;

    const Progress& progress;
    qint64 total = 0;
    qint64 done = 0;
    bool isCancelled = false;

    // Counts a row; false once the reader has asked to stop.
    bool count()
    {
        ++done;
        if (progress && (done % step == 0 || done == total) && !progress(done, total))
            isCancelled = true;
        return !isCancelled;
    }
};

domain::Error cancelled()
{
    return { Texts::tr("The workbook was not written: it was cancelled."), QStringLiteral("cancelled"), {} };
}

lxw_error writeTable(lxw_workbook* workbook, const ReportTable& table, int index, const Report& report,
                     const Formats& formats, RowsWritten& rows)
{
    lxw_format* header = formats.header;
    lxw_format* money = formats.money;
    lxw_format* date = formats.date;
    lxw_format* totalMoney = formats.totalMoney;
    lxw_format* totalNumber = formats.totalNumber;
    lxw_format* totalLabel = formats.totalLabel;
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, sheetName(table.name, index).constData());
    if (!sheet)
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    // At the foot of each printed page: where the file's audit trail ended ("&&" prints one "&").
    if (const QString anchor = AuditFooter::text(report.auditHead); !anchor.isEmpty()) {
        const QByteArray footer
            = (QStringLiteral("&L") + QString(anchor).replace(u'&', QStringLiteral("&&"))).toUtf8();
        if (const lxw_error error = worksheet_set_footer(sheet, footer.constData()); error != LXW_NO_ERROR)
            return error;
    }
    // Widths first: a workbook written in constant memory takes them before its rows.
    for (qsizetype column = 0; column < table.columns.size(); ++column) {
        const ReportColumn& what = table.columns.at(column);
        qsizetype width = what.title.size();
        for (const QList<ReportCell>& row : table.rows)
            width = std::max(width, cellWidth(row.at(column), what.type, report.currency));
        const double fitted = std::min(widestColumn, static_cast<double>(width) + 2);
        if (const lxw_error error = worksheet_set_column(sheet, static_cast<lxw_col_t>(column),
                                                         static_cast<lxw_col_t>(column), fitted, nullptr);
            error != LXW_NO_ERROR)
            return error;
    }
    worksheet_freeze_panes(sheet, 1, 0);
    for (qsizetype column = 0; column < table.columns.size(); ++column) {
        if (const lxw_error error
            = worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(column),
                                     table.columns.at(column).title.toUtf8().constData(), header);
            error != LXW_NO_ERROR)
            return error;
    }
    const double minorPerMajor = static_cast<double>(report.currency.minorPerMajor());
    lxw_row_t sheetRow = 1;
    for (const QList<ReportCell>& row : table.rows) {
        for (qsizetype column = 0; column < table.columns.size(); ++column) {
            const auto col = static_cast<lxw_col_t>(column);
            const ReportCell& cell = row.at(column);
            lxw_error error = LXW_NO_ERROR;
            if (const auto* text = std::get_if<QString>(&cell)) {
                if (!text->isEmpty())
                    error = worksheet_write_string(sheet, sheetRow, col, text->toUtf8().constData(), nullptr);
            } else if (const auto* number = std::get_if<qint64>(&cell)) {
                // A sheet's numbers are binary fractions: the amount is exact to the penny far beyond any
                // mutual's figures (2^53 pence).
                if (table.columns.at(column).type == ColumnType::Money)
                    error = worksheet_write_number(sheet, sheetRow, col,
                                                   static_cast<double>(*number) / minorPerMajor, money);
                else if (table.columns.at(column).type == ColumnType::Percent)
                    error = worksheet_write_number(sheet, sheetRow, col, static_cast<double>(*number) / 10000,
                                                   formats.percent);
                else
                    error
                        = worksheet_write_number(sheet, sheetRow, col, static_cast<double>(*number), nullptr);
            } else if (const auto* day = std::get_if<QDate>(&cell)) {
                lxw_datetime moment {};
                moment.year = day->year();
                moment.month = day->month();
                moment.day = day->day();
                error = worksheet_write_datetime(sheet, sheetRow, col, &moment, date);
            }
            if (error != LXW_NO_ERROR)
                return error;
        }
        ++sheetRow;
        if (!rows.count())
            return LXW_NO_ERROR;
    }
    const bool hasTotals = std::any_of(table.columns.cbegin(), table.columns.cend(),
                                       [](const ReportColumn& column) { return column.isTotalled; });
    if (!hasTotals)
        return LXW_NO_ERROR;
    if (const lxw_error error
        = worksheet_write_string(sheet, sheetRow, 0, Texts::tr("Total").toUtf8().constData(), totalLabel);
        error != LXW_NO_ERROR)
        return error;
    for (qsizetype column = 0; column < table.columns.size(); ++column) {
        const ReportColumn& what = table.columns.at(column);
        if (!what.isTotalled)
            continue;
        const std::optional<qint64> total = table.total(column);
        if (!total)
            return LXW_ERROR_PARAMETER_VALIDATION;
        char letters[LXW_MAX_COL_NAME_LENGTH] {};
        lxw_col_to_name(letters, static_cast<lxw_col_t>(column), LXW_FALSE);
        const QByteArray formula = QStringLiteral("=SUM(%1%2:%1%3)")
                                       .arg(QString::fromLatin1(letters))
                                       .arg(2)
                                       .arg(std::max<qsizetype>(2, table.rows.size() + 1))
                                       .toLatin1();
        const bool isMoney = what.type == ColumnType::Money;
        const double value
            = isMoney ? static_cast<double>(*total) / minorPerMajor : static_cast<double>(*total);
        if (const lxw_error error
            = worksheet_write_formula_num(sheet, sheetRow, static_cast<lxw_col_t>(column),
                                          formula.constData(), isMoney ? totalMoney : totalNumber, value);
            error != LXW_NO_ERROR)
            return error;
    }
    return LXW_NO_ERROR;
}

} // namespace

domain::Outcome writeReportXlsx(const Report& report, const QString& path, const Progress& progress)
{
    for (const ReportTable& table : report.tables) {
        for (qsizetype column = 0; column < table.columns.size(); ++column) {
            if (table.columns.at(column).isTotalled && !table.total(column))
                return notWritten(Texts::tr("the total of “%1” is beyond what can be added up.")
                                      .arg(table.columns.at(column).title));
        }
    }
    // The library keeps its working files in a temporary folder, and writes the workbook by name: beside
    // `path`, so that it replaces any file there in one rename once it is whole.
    QTemporaryDir folder;
    if (!folder.isValid())
        return notWritten(folder.errorString());
    QTemporaryFile part(QFileInfo(path).absoluteDir().filePath(
        QStringLiteral(".%1.XXXXXX.part").arg(QFileInfo(path).fileName())));
    if (!part.open())
        return notWritten(part.errorString());
    part.close();
    {
        Workbook workbook(part.fileName(), folder.path());
        if (!workbook.get())
            return notWritten(Texts::tr("the library that writes it could not start."));
        Formats formats;
        formats.header = workbook_add_format(workbook.get());
        format_set_bold(formats.header);
        format_set_bottom(formats.header, LXW_BORDER_THIN);
        const QByteArray moneyText = moneyFormat(report.currency);
        formats.money = workbook_add_format(workbook.get());
        format_set_num_format(formats.money, moneyText.constData());
        formats.date = workbook_add_format(workbook.get());
        format_set_num_format(formats.date, "yyyy-mm-dd");
        formats.percent = workbook_add_format(workbook.get());
        format_set_num_format(formats.percent, "0.00%");
        formats.totalMoney = workbook_add_format(workbook.get());
        format_set_num_format(formats.totalMoney, moneyText.constData());
        format_set_bold(formats.totalMoney);
        format_set_top(formats.totalMoney, LXW_BORDER_THIN);
        formats.totalNumber = workbook_add_format(workbook.get());
        format_set_num_format(formats.totalNumber, "#,##0");
        format_set_bold(formats.totalNumber);
        format_set_top(formats.totalNumber, LXW_BORDER_THIN);
        formats.totalLabel = workbook_add_format(workbook.get());
        format_set_bold(formats.totalLabel);
        format_set_top(formats.totalLabel, LXW_BORDER_THIN);

        const QByteArray title = report.title.toUtf8();
        const QByteArray company = report.mutualName.toUtf8();
        const QString periodText = report.hasPeriod()
            ? Texts::tr("%1 to %2").arg(report.from.toString(Qt::ISODate), report.to.toString(Qt::ISODate))
            : Texts::tr("As of %1").arg(report.asOf.toString(Qt::ISODate));
        const QByteArray subject = periodText.toUtf8();
        const QByteArray comments
            = Texts::tr("Registration %1; produced %2")
                  .arg(report.registration, report.produced.toUTC().toString(Qt::ISODate))
                  .toUtf8();
        lxw_doc_properties properties {};
        properties.title = const_cast<char*>(title.constData());
        properties.subject = const_cast<char*>(subject.constData());
        properties.company = const_cast<char*>(company.constData());
        properties.comments = const_cast<char*>(comments.constData());
        workbook_set_properties(workbook.get(), &properties);

        RowsWritten rows { progress, report.rowCount() };
        for (qsizetype index = 0; index < report.tables.size(); ++index) {
            if (const lxw_error error = writeTable(workbook.get(), report.tables.at(index),
                                                   static_cast<int>(index), report, formats, rows);
                error != LXW_NO_ERROR)
                return notWritten(QString::fromUtf8(lxw_strerror(error)));
            // The part written so far goes with `part` when it is dropped.
            if (rows.isCancelled)
                return cancelled();
        }
        if (const lxw_error error = workbook.close(); error != LXW_NO_ERROR)
            return notWritten(QString::fromUtf8(lxw_strerror(error)));
    }
    // A temporary file is the owner's alone; an exported report is read as any document is.
    part.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                        | QFileDevice::ReadOther);
    if (std::rename(QFile::encodeName(part.fileName()).constData(), QFile::encodeName(path).constData()) != 0)
        return notWritten(QString::fromLocal8Bit(std::strerror(errno)));
    part.setAutoRemove(false);
    return domain::ok();
}

} // namespace mutualise::reports
