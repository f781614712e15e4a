// MemberRepository::importCsv: the register of members brought in from a spreadsheet.

#include "MemberRepository.h"
#include "Statement.h"
#include "domain/Text.h"

#include <QHash>

namespace mutualise::storage {

namespace {

using domain::Member;
using formats::CsvTable;

const QString csvRule = QStringLiteral("members-csv");

// How often progress is told, in rows.
constexpr qint64 progressStep = 1024;

// The column of the file a rule of domain::validateMember speaks of.
QString columnOf(const QString& field)
{
    if (field == QStringLiteral("admittedOn"))
        return QStringLiteral("admitted");
    if (field == QStringLiteral("ceasedOn"))
        return QStringLiteral("ceased");
    if (field == QStringLiteral("status"))
        return {};
    return field;
}

struct CsvMember
{
    int row = 0;
    Member member;
};

class MemberReader
{
public:
    MemberReader(ImportTable& table, const QList<domain::MemberClass>& classes,
                 QHash<QString, QString> registered)
        : m_table(table)
        , m_registered(std::move(registered))
    {
        for (const domain::MemberClass& memberClass : classes) {
            m_classes.insert(memberClass.name.toCaseFolded(), memberClass.id);
            m_classNames.append(tr("“%1”").arg(domain::quotedText(memberClass.name)));
        }
    }

    // The member of the row, or nothing after noting what is wrong with it.
    std::optional<CsvMember> read(const CsvTable::Row& row)
    {
        const qsizetype before = m_table.problemCount();
        CsvMember read;
        read.row = row.record;
        Member& member = read.member;
        member.number = domain::normalisedMemberNumber(m_table.text(row, QStringLiteral("number")));
        member.name = m_table.text(row, QStringLiteral("name"));
        member.kind = kind(row);
        member.classId = classId(row);
        member.email = m_table.text(row, QStringLiteral("email"), false);
        member.phone = m_table.text(row, QStringLiteral("phone"), false);
        member.address = m_table.freeText(row, QStringLiteral("address"));
        member.admittedOn = m_table.date(row, QStringLiteral("admitted"));
        member.ceasedOn = m_table.date(row, QStringLiteral("ceased"), false);
        member.status
            = member.ceasedOn.isValid() ? domain::MemberStatus::Ceased : domain::MemberStatus::Active;
        checkNumberIsNew(row.record, member.number);
        if (m_table.problemCount() != before)
            return std::nullopt;
        if (auto valid = MemberRepository::validateForRegister(member); !valid) {
            m_table.problem(row.record, columnOf(valid.error().field), valid.error().message,
                            valid.error().rule);
            return std::nullopt;
        }
        return read;
    }

private:
    Q_DECLARE_TR_FUNCTIONS(MemberRepository)

    domain::MemberKind kind(const CsvTable::Row& row)
    {
        const QString key = m_table.text(row, QStringLiteral("kind"));
        const QString folded = key.toLower();
        if (const auto kind = domain::kindFromKey(
                folded == QStringLiteral("organization") ? QStringLiteral("organisation") : folded))
            return *kind;
        if (!key.isEmpty())
            m_table.problem(row.record, QStringLiteral("kind"),
                            tr("“%1” is not a kind of member; write individual or organisation.")
                                .arg(domain::quotedText(key)),
                            QStringLiteral("invalid-kind"));
        return domain::MemberKind::Individual;
    }

    qint64 classId(const CsvTable::Row& row)
    {
        const QString name = m_table.text(row, QStringLiteral("class"));
        if (name.isEmpty())
            return 0;
        const auto known = m_classes.constFind(name.toCaseFolded());
        if (known != m_classes.cend())
            return *known;
        m_table.problem(row.record, QStringLiteral("class"),
                        tr("there is no class “%1”; the classes are %2.")
                            .arg(domain::quotedText(name), m_classNames.join(QStringLiteral(", "))),
                        QStringLiteral("unknown-class"));
        return 0;
    }

    // A number already in the register, or on an earlier row, ignoring case as the register does.
    void checkNumberIsNew(int row, const QString& number)
    {
        if (number.isEmpty())
            return;
        const QString folded = sqlLower(number);
        if (const auto holder = m_registered.constFind(folded); holder != m_registered.cend()) {
            m_table.problem(
                row, QStringLiteral("number"),
                tr("member number %1 is already used by “%2”.").arg(number, domain::quotedText(*holder)),
                QStringLiteral("duplicate-number"));
            return;
        }
        if (const auto earlier = m_rows.constFind(folded); earlier != m_rows.cend()) {
            m_table.problem(row, QStringLiteral("number"),
                            tr("member number %1 is also on row %2.").arg(number).arg(*earlier),
                            QStringLiteral("duplicate-number"));
            return;
        }
        m_rows.insert(folded, row);
    }

    ImportTable& m_table;
    QHash<QString, qint64> m_classes; // by folded name
    QStringList m_classNames;
    QHash<QString, QString> m_registered; // folded number -> name
    QHash<QString, int> m_rows; // folded number -> the row that gives it
};

} // namespace

QList<ImportField> MemberRepository::importFields()
{
    return { { QStringLiteral("number") },         { QStringLiteral("name") },
             { QStringLiteral("kind") },           { QStringLiteral("class") },
             { QStringLiteral("email"), false },   { QStringLiteral("phone"), false },
             { QStringLiteral("address"), false }, { QStringLiteral("admitted") },
             { QStringLiteral("ceased"), false } };
}

Result<ImportReport> MemberRepository::importCsv(QByteArrayView content, const ImportOptions& options)
{
    ImportReport report;
    // Read and stored inside one transaction, so that nothing recorded meanwhile slips between the
    // check and the write; a dry run, or a file with problems, is rolled back having written nothing.
    const Outcome outcome = m_file.inTransaction([&]() -> Outcome {
        const auto allClasses = classes();
        if (!allClasses)
            return allClasses.error();
        Statement numbers(m_file.connection(), QStringLiteral("SELECT number, name FROM members"));
        if (auto done = numbers.exec(); !done)
            return done;
        QHash<QString, QString> registered;
        while (numbers.next())
            registered.insert(sqlLower(numbers.value(0).toString()), numbers.value(1).toString());

        ImportTable table(content, importFields(), csvRule, options);
        if (!table.readHeader()) {
            report = table.report(0);
            return domain::ok();
        }
        MemberReader reader(table, *allClasses, std::move(registered));
        Statement insert = insertStatement();
        while (const auto row = table.next()) {
            if (options.progress && report.rows % progressStep == 0
                && !options.progress(table.bytesRead(), table.contentSize()))
                return importCancelled();
            const auto member = reader.read(*row);
            if (!member)
                continue;
            ++report.rows;
            if (options.isDryRun || table.problemCount() > 0)
                continue;
            if (auto id = insertWithin(insert, member->member, QStringLiteral("member.import")); !id)
                return errorOnLine(id.error(), member->row, columnOf(id.error().field));
        }
        if (report.rows == 0 && table.problemCount() == 0)
            table.problem(2, {}, tr("there are no members after the header row."), csvRule);
        report = table.report(report.rows);
        if (!report.isAccepted() || options.isDryRun)
            return domain::Error { {}, QStringLiteral("not-recorded"), {} };
        return domain::ok();
    });
    if (!outcome && outcome.error().rule != QStringLiteral("not-recorded"))
        return outcome.error();
    return report;
}

} // namespace mutualise::storage
