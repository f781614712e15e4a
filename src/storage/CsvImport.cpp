#include "CsvImport.h"

#include "domain/Text.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace mutualise::storage {

using formats::CsvTable;

ImportTable::ImportTable(QByteArrayView content, const QList<ImportField>& fields, const QString& rule,
                         const ImportOptions& options)
    : m_table(content, rule)
    , m_fields(fields)
    , m_rule(rule)
    , m_options(options)
    , m_dateFormat(localeDateFormat(options.locale))
    , m_contentSize(content.size())
{ }

bool ImportTable::readHeader()
{
    const auto header = m_table.next();
    if (!header) {
        problem(m_table.problemRecord(), {}, header.error().message.section(QStringLiteral(": "), 1, -1),
                header.error().rule);
        return false;
    }
    if (!*header) {
        problem(1, {}, tr("the file is empty; its first row must name the columns."), m_rule);
        return false;
    }
    m_columnCount = (*header)->fields.size();
    if (!m_options.mapping) {
        const auto columns = mappingFromHeader(**header, m_fields, m_problems, m_rule);
        m_problemCount = m_problems.size();
        if (!columns)
            return false;
        m_columns = *columns;
        return true;
    }
    m_columns = *m_options.mapping;
    for (const ImportField& field : std::as_const(m_fields)) {
        const auto column = m_columns.constFind(field.key);
        if (column == m_columns.cend() && field.isRequired) {
            problem((*header)->record, field.key, tr("no column of the file is chosen for it."), m_rule);
        } else if (column != m_columns.cend() && (*column < 0 || *column >= m_columnCount)) {
            problem((*header)->record, field.key,
                    tr("column %1 is chosen for it, but the file's last column is %2.")
                        .arg(*column + 1)
                        .arg(m_columnCount),
                    m_rule);
        }
    }
    return m_problemCount == 0;
}

std::optional<ImportMapping> ImportTable::mappingFromHeader(const CsvTable::Row& header,
                                                            const QList<ImportField>& fields,
                                                            QList<ImportProblem>& problems,
                                                            const QString& rule)
{
    ImportMapping columns;
    QStringList unknown;
    const auto isField = [&fields](const QString& name) {
        return std::any_of(fields.cbegin(), fields.cend(),
                           [&name](const ImportField& field) { return field.key == name; });
    };
    for (qsizetype index = 0; index < header.fields.size(); ++index) {
        const QString name = header.fields.at(index).trimmed().toLower();
        if (!isField(name)) {
            unknown.append(tr("“%1”").arg(domain::quotedText(header.fields.at(index).trimmed())));
            continue;
        }
        if (columns.contains(name)) {
            problems.append({ header.record, name, tr("the column is named twice."), rule });
            return std::nullopt;
        }
        columns.insert(name, index);
    }
    QStringList required;
    QStringList optional;
    QStringList missing;
    for (const ImportField& field : fields) {
        (field.isRequired ? required : optional).append(field.key);
        if (field.isRequired && !columns.contains(field.key))
            missing.append(field.key);
    }
    if (missing.isEmpty() && unknown.isEmpty())
        return columns;
    const QString comma = QStringLiteral(", ");
    QString message = optional.isEmpty()
        ? tr("the first row must name the columns %1.").arg(required.join(comma))
        : tr("the first row must name the columns %1 and, if you wish, %2.")
              .arg(required.join(comma), optional.join(comma));
    if (!missing.isEmpty())
        message += QLatin1Char(' ') + tr("Missing: %1.").arg(missing.join(comma));
    if (!unknown.isEmpty())
        message += QLatin1Char(' ') + tr("Not known: %1.").arg(unknown.join(comma));
    problems.append({ header.record, {}, message, rule });
    return std::nullopt;
}

std::optional<CsvTable::Row> ImportTable::next()
{
    while (true) {
        auto row = m_table.next();
        // A line that is not text, or far too long: nothing after it can be trusted to be read right.
        if (!row) {
            problem(m_table.problemRecord(), {}, row.error().message.section(QStringLiteral(": "), 1, -1),
                    row.error().rule);
            return std::nullopt;
        }
        if (!*row)
            return std::nullopt;
        if ((*row)->fields.size() == m_columnCount)
            return std::move(*row);
        problem((*row)->record, {},
                tr("the row has %1 fields where the header names %2 columns.")
                    .arg((*row)->fields.size())
                    .arg(m_columnCount),
                m_rule);
    }
}

QString ImportTable::field(const CsvTable::Row& row, const QString& key) const
{
    const auto column = m_columns.constFind(key);
    return column == m_columns.cend() ? QString() : row.fields.value(*column).trimmed();
}

QString ImportTable::text(const CsvTable::Row& row, const QString& key, bool isRequired)
{
    const auto column = m_columns.constFind(key);
    if (column == m_columns.cend())
        return {};
    const domain::Result<QString> plain = CsvTable::plainField(row, *column, key, m_rule);
    if (!plain) {
        // CsvTable says "Line N: ..."; the list says the row and column itself.
        problem(row.record, key, plain.error().message.section(QStringLiteral(": "), 1, -1),
                plain.error().rule);
        return {};
    }
    if (plain->isEmpty() && isRequired)
        problem(row.record, key, tr("it is empty."), m_rule);
    return *plain;
}

QString ImportTable::freeText(const CsvTable::Row& row, const QString& key) const
{
    return field(row, key);
}

QString ImportTable::localeDateFormat(const QLocale& locale)
{
    if (locale.language() == QLocale::C)
        return {};
    // "dd/MM/yy" reads "31/03/25" as 1925: the year is read in full, and a day or month with or
    // without its leading zero.
    QString format = locale.dateFormat(QLocale::ShortFormat);
    static const QRegularExpression year(QStringLiteral("y+"));
    static const QRegularExpression month(QStringLiteral("M+"));
    static const QRegularExpression day(QStringLiteral("d+"));
    format.replace(year, QStringLiteral("yyyy"));
    format.replace(month, QStringLiteral("M"));
    format.replace(day, QStringLiteral("d"));
    // A short form with a month or weekday name is not one a spreadsheet saves.
    static const QRegularExpression plain(QStringLiteral("^[dMy]+([^dMy]+[dMy]+){2}$"));
    return plain.match(format).hasMatch() ? format : QString();
}

QString ImportTable::localeDateExample(const QLocale& locale, const QDate& date)
{
    if (localeDateFormat(locale).isEmpty())
        return {};
    QString format = locale.dateFormat(QLocale::ShortFormat);
    static const QRegularExpression year(QStringLiteral("y+"));
    format.replace(year, QStringLiteral("yyyy"));
    return locale.toString(date, format);
}

std::optional<qint64> ImportTable::plainNumber(QStringView text, int decimals)
{
    // Eighteen digits always fit in 64 bits.
    constexpr int mostDigits = 18;
    const bool isNegative = text.startsWith(u'-');
    qsizetype i = isNegative ? 1 : 0;
    qint64 value = 0;
    int digits = 0;
    int fraction = -1; // digits after the point; -1 before it
    for (; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'.' && fraction < 0 && digits > 0 && decimals > 0) {
            fraction = 0;
            continue;
        }
        if (c < u'0' || c > u'9' || ++digits > mostDigits || (fraction >= 0 && ++fraction > decimals))
            return std::nullopt;
        value = value * 10 + (c - u'0');
    }
    if (digits == 0 || fraction == 0)
        return std::nullopt;
    for (int scale = std::max(fraction, 0); scale < decimals; ++scale) {
        if (++digits > mostDigits)
            return std::nullopt;
        value *= 10;
    }
    return isNegative ? -value : value;
}

QDate ImportTable::isoDate(QStringView text)
{
    // Read digit by digit: a ledger of a million rows has a million dates, and QDate::fromString's
    // general parser would take longer over them than the rest of the row.
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return {};
    int parts[3] = { 0, 0, 0 };
    int part = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i == 4 || i == 7) {
            ++part;
            continue;
        }
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return {};
        parts[part] = parts[part] * 10 + (c - u'0');
    }
    return QDate(parts[0], parts[1], parts[2]);
}

QDate ImportTable::date(const CsvTable::Row& row, const QString& key, bool isRequired)
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString text = field(row, key);
    if (text.isEmpty()) {
        if (isRequired)
            problem(row.record, key, tr("the date is missing."), QStringLiteral("missing-date"));
        return {};
    }
    QDate date = isoDate(text);
    if (!date.isValid() && !iso.match(text).hasMatch() && !m_dateFormat.isEmpty())
        date = m_options.locale.toDate(text, m_dateFormat);
    if (date.isValid())
        return date;
    const QDate example(2025, 4, 1);
    problem(row.record, key,
            m_dateFormat.isEmpty()
                ? tr("“%1” is not a date; write it as YYYY-MM-DD, such as 2025-04-01.")
                      .arg(domain::quotedText(text))
                : tr("“%1” is not a date; write it as YYYY-MM-DD, such as 2025-04-01, or as %2.")
                      .arg(domain::quotedText(text), localeDateExample(m_options.locale, example)),
            QStringLiteral("unreadable-date"));
    return {};
}

std::optional<qint64> ImportTable::amount(const CsvTable::Row& row, const QString& key,
                                          const domain::Currency& currency, bool isRequired)
{
    const QString text = field(row, key);
    if (text.isEmpty()) {
        if (isRequired)
            problem(row.record, key, tr("the amount is missing."), QStringLiteral("invalid-amount"));
        return std::nullopt;
    }
    // Most rows of a large file: read digit by digit.
    if (const auto plain = plainNumber(text, currency.minorDigits()))
        return plain;
    // A plain decimal reads the same everywhere; only what is not one is read as the locale writes it,
    // so that "1.500" is one thousand five hundred in Germany, where "1.50" is still one and a half.
    // Without a locale (the C locale) only plain decimals are read: a currency symbol or a grouping
    // comma is how a spreadsheet shows a figure, not how it saves one.
    static const QRegularExpression plain(QStringLiteral("^-?\\d+(\\.(\\d+))?$"));
    const QRegularExpressionMatch match = plain.match(text);
    const bool isLocaleRead = m_options.locale.language() != QLocale::C;
    if (!match.hasMatch() && !isLocaleRead) {
        const auto parsed = domain::Money::parse(text, currency, QLocale::c());
        const bool isOtherCurrency = !parsed && parsed.error().rule == QStringLiteral("currency-mismatch");
        problem(
            row.record, key,
            isOtherCurrency
                ? tr("“%1” is not in %2, the currency of this mutual's accounts.")
                      .arg(domain::quotedText(text), currency.code())
                : tr("“%1” is not an amount; write it in major units with a decimal point, such as 1234.56.")
                      .arg(domain::quotedText(text)),
            isOtherCurrency ? QStringLiteral("currency-mismatch") : QStringLiteral("invalid-amount"));
        return std::nullopt;
    }
    const bool isPlain
        = match.hasMatch() && (match.capturedLength(2) <= currency.minorDigits() || !isLocaleRead);
    const auto money = domain::Money::parse(text, currency, isPlain ? QLocale::c() : m_options.locale);
    if (money)
        return money->minorUnits();
    if (money.error().rule == QStringLiteral("currency-mismatch"))
        problem(row.record, key,
                tr("“%1” is not in %2, the currency of this mutual's accounts.")
                    .arg(domain::quotedText(text), currency.code()),
                money.error().rule);
    else
        problem(row.record, key,
                tr("“%1” is not an amount: %2").arg(domain::quotedText(text), money.error().message),
                money.error().rule == QStringLiteral("too-many-decimals") ? money.error().rule
                                                                          : QStringLiteral("invalid-amount"));
    return std::nullopt;
}

std::optional<qint64> ImportTable::wholeNumber(const CsvTable::Row& row, const QString& key)
{
    const QString text = field(row, key);
    if (text.isEmpty()) {
        problem(row.record, key, tr("the number is missing."), QStringLiteral("invalid-number"));
        return std::nullopt;
    }
    if (const auto plain = plainNumber(text, 0))
        return plain;
    bool isNumber = false;
    const qint64 number = m_options.locale.toLongLong(text, &isNumber);
    if (isNumber)
        return number;
    problem(row.record, key, tr("“%1” is not a whole number.").arg(domain::quotedText(text)),
            QStringLiteral("invalid-number"));
    return std::nullopt;
}

void ImportTable::problem(int row, const QString& column, const QString& message, const QString& rule)
{
    ++m_problemCount;
    if (m_problems.size() < maximumKeptProblems)
        m_problems.append(ImportProblem { row, column, message, rule });
}

ImportReport ImportTable::report(qint64 rows) const
{
    return ImportReport { rows, sortedProblems(), m_problemCount };
}

QString ImportProblem::text() const
{
    return column.isEmpty() ? ImportTable::tr("Row %1: %2").arg(row).arg(message)
                            : ImportTable::tr("Row %1, column %2: %3").arg(row).arg(column, message);
}

QList<ImportProblem> ImportTable::sortedProblems() const
{
    QList<ImportProblem> sorted = m_problems;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const ImportProblem& a, const ImportProblem& b) { return a.row < b.row; });
    return sorted;
}

domain::Error importRefused(const ImportReport& report, const QString& mixedRule)
{
    Q_ASSERT(!report.problems.isEmpty());
    const QList<ImportProblem>& problems = report.problems;
    QString message = ImportTable::tr("Nothing was imported: the file has %n problem(s).", nullptr,
                                      static_cast<int>(report.problemCount));
    QSet<QString> rules;
    for (qsizetype index = 0; index < problems.size(); ++index) {
        rules.insert(problems.at(index).rule);
        if (index < maximumListedProblems)
            message += QLatin1Char('\n') + problems.at(index).text();
    }
    if (report.problemCount > maximumListedProblems)
        message += QLatin1Char('\n')
            + ImportTable::tr("… and %n more problem(s).", nullptr,
                              static_cast<int>(report.problemCount - maximumListedProblems));
    return domain::Error { message, rules.size() == 1 ? problems.first().rule : mixedRule,
                           problems.first().column };
}

domain::Error importCancelled()
{
    return domain::Error { ImportTable::tr("The import was cancelled; nothing was recorded."),
                           QStringLiteral("cancelled"),
                           {} };
}

} // namespace mutualise::storage
