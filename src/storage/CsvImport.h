#pragma once

#include "domain/Error.h"
#include "domain/Money.h"
#include "formats/CsvTable.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace mutualise::storage {

// A problem of an imported file, to be listed with all the others: the row as a spreadsheet numbers it
// (the header is row 1) and the column (the name of the field it was to give, empty for the row as a
// whole).
struct ImportProblem
{
    int row = 0;
    QString column;
    QString message;
    QString rule;

    // "Row 12, column date: message", or "Row 12: message" for the row as a whole.
    QString text() const;

    bool operator==(const ImportProblem&) const = default;
};

// Which column of the file, from 0, gives each field of an import ("date" -> 3).
using ImportMapping = QHash<QString, qsizetype>;

// How a file is imported.
struct ImportOptions
{
    // Check every row and say what would be recorded, recording nothing.
    bool isDryRun = false;
    // The columns chosen in the window; without it, the first row must name the fields, in any order.
    // Either way the first row is a header and is not imported.
    std::optional<ImportMapping> mapping;
    // Dates and amounts may be written as in this locale ("31/03/2025", "1.234,56" in Germany) as well
    // as in ISO 8601 ("2025-03-31") and as plain decimals ("1234.56").
    QLocale locale = QLocale::c();
    // Told how many of `total` steps are done; returning false stops the import, which then records
    // nothing (rule "cancelled").
    std::function<bool(qint64 done, qint64 total)> progress;
};

// What an import did, or would do: the rows it recorded (or, in a dry run, would record), or the
// problems that kept it from recording any.
struct ImportReport
{
    qint64 rows = 0;
    // The first maximumKeptProblems problems found, in the order of their rows.
    QList<ImportProblem> problems;
    // Every problem found, those not kept included.
    qint64 problemCount = 0;

    bool isAccepted() const { return problemCount == 0; }
};

// A field an import reads: its key, as a header names it, and whether every file must have it.
struct ImportField
{
    QString key;
    bool isRequired = true;
};

// The rows of a CSV file being imported, read as the fields of an import: the header (or the mapping
// the window chose) tells which column gives each field, and each reader of a field notes a problem,
// named by row and column, rather than stopping, so that one reading lists everything wrong with the
// file. The kinds of file (storage::importMembers, importShareEntries, SavingsRepository::importCsv)
// say which fields they read and what they make of them.
class ImportTable
{
    Q_DECLARE_TR_FUNCTIONS(ImportTable)

public:
    // `content` must outlive the table; `rule` is the one a malformed file is refused with
    // ("members-csv").
    ImportTable(QByteArrayView content, const QList<ImportField>& fields, const QString& rule,
                const ImportOptions& options);
    template<typename Array>
    requires std::is_same_v<Array, QByteArray> ImportTable(Array&&, const QList<ImportField>&, const QString&,
                                                           const ImportOptions&)
    = delete;

    // Reads the header row; false, with the problem noted, when the file cannot be read as this import.
    bool readHeader();
    // The next data row with as many fields as the header, or nullopt at the end of the file or at a
    // line that cannot be read (noted). A row with another number of fields is noted and passed over.
    std::optional<formats::CsvTable::Row> next();

    // Whether the file has a column for the field.
    bool has(const QString& key) const { return m_columns.contains(key); }
    // The field as text without surrounding spaces; a problem when it is required and empty, or holds a
    // control character or far too many characters.
    QString text(const formats::CsvTable::Row& row, const QString& key, bool isRequired = true);
    // The field without surrounding spaces, checked by nothing here: free text such as a postal address,
    // which may run over several lines and which the rules of the record it fills check. Empty when the
    // file has no column for it.
    QString freeText(const formats::CsvTable::Row& row, const QString& key) const;
    // A date in ISO 8601 or in the locale's short form with a four-digit year; an invalid date when the
    // field is empty (noted if `isRequired`) or unreadable (noted).
    QDate date(const formats::CsvTable::Row& row, const QString& key, bool isRequired = true);
    // An amount of the currency, as a plain decimal or as the locale writes it, with or without the
    // currency's symbol or code; nullopt when empty (noted if `isRequired`) or unreadable, or of
    // another currency (noted, rule "currency-mismatch").
    std::optional<qint64> amount(const formats::CsvTable::Row& row, const QString& key,
                                 const domain::Currency& currency, bool isRequired = true);
    // A whole number, plain or grouped as the locale groups it; nullopt when empty or unreadable (noted).
    std::optional<qint64> wholeNumber(const formats::CsvTable::Row& row, const QString& key);

    // Notes a problem; past maximumKeptProblems it is only counted, so that a hostile file of a
    // million bad rows costs no more memory than a good one.
    void problem(int row, const QString& column, const QString& message, const QString& rule);
    // The problems kept, in the order of their rows, each row's in the order they were found.
    QList<ImportProblem> sortedProblems() const;
    // Every problem noted, those not kept included.
    qint64 problemCount() const { return m_problemCount; }
    // A report of `rows` rows and the problems noted so far.
    ImportReport report(qint64 rows) const;

    // How far through the file reading has gone, in bytes.
    qsizetype bytesRead() const { return m_contentSize - m_table.bytesLeft(); }
    qsizetype contentSize() const { return m_contentSize; }

    // "-1234.5" as a whole number of hundredths (-123450) when `decimals` is 2: a plain number with at
    // most `decimals` digits after a point and 18 digits in all; nullopt for anything else.
    static std::optional<qint64> plainNumber(QStringView text, int decimals);
    // A date written YYYY-MM-DD, or an invalid date.
    static QDate isoDate(QStringView text);
    // "31/12/2025", the locale's own way of writing a date that date() reads besides ISO 8601; empty
    // when it is ISO 8601 alone.
    static QString localeDateFormat(const QLocale& locale);
    // `date` as the locale's short form writes it with the year in full ("31/03/2025" in Britain): the
    // example a message or a dialog gives of the form above. Empty where that is ISO 8601 alone.
    static QString localeDateExample(const QLocale& locale, const QDate& date);
    // The fields of an import as the file's header row names them, or the header's problems.
    static std::optional<ImportMapping> mappingFromHeader(const formats::CsvTable::Row& header,
                                                          const QList<ImportField>& fields,
                                                          QList<ImportProblem>& problems,
                                                          const QString& rule);

private:
    QString field(const formats::CsvTable::Row& row, const QString& key) const;

    formats::CsvTable m_table;
    QList<ImportField> m_fields;
    QString m_rule;
    ImportOptions m_options;
    QString m_dateFormat;
    ImportMapping m_columns;
    qsizetype m_columnCount = 0;
    qsizetype m_contentSize = 0;
    QList<ImportProblem> m_problems;
    qint64 m_problemCount = 0;
};

// "Nothing was imported: the file has 3 problems." and the first maximumListedProblems of them,
// "Row 12, column date: …", one a line; the rule is the one they all share, or `mixedRule`.
domain::Error importRefused(const ImportReport& report, const QString& mixedRule);

// The most a register or ledger import reads: a ledger of a million rows takes about 50 MB as CSV.
inline constexpr qint64 maximumImportSize = 128 * 1024 * 1024;

// The most problems a refusal lists; the rest are counted.
inline constexpr int maximumListedProblems = 20;

// The most problems an import keeps to list in full; the rest are counted.
inline constexpr int maximumKeptProblems = 10'000;

// The rule a cancelled import fails with.
domain::Error importCancelled();

} // namespace mutualise::storage
