#include "Members.h"

#include "TextTable.h"
#include "domain/Text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mutualise::cli {

using namespace mutualise::domain;
using storage::MemberQuery;
using storage::MemberRepository;
using storage::MemberRow;

Members::Members()
    : MutualCommand(QStringLiteral("members"), tr("List the register of members."), Access::ReadOnly)
{
    addOption({ QStringLiteral("json"), tr("Print JSON for other programs instead of a table.") });
    addOption({ QStringLiteral("status"),
                tr("Only members with this status: applicant, active, suspended or ceased."), tr("STATUS") });
    addOption(
        { QStringLiteral("class"), tr("Only members of this class (its name, in any case)."), tr("NAME") });
}

int Members::checkArguments(const QCommandLineParser& parser, const QStringList& /*positional*/)
{
    m_query = {};
    if (parser.isSet(QStringLiteral("status"))) {
        m_query.status = statusFromKey(keyOption(parser, QStringLiteral("status")));
        if (!m_query.status)
            return refuseUsage(tr("--status must be applicant, active, suspended or ceased."));
    }
    return ExitSuccess;
}

int Members::runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                           const QStringList& /*positional*/)
{
    MemberQuery query = m_query;
    MemberRepository repository(file);

    if (parser.isSet(QStringLiteral("class"))) {
        const auto classes = repository.classes();
        if (!classes)
            return refuse(classes.error());
        const auto memberClass = classNamed(*classes, parser.value(QStringLiteral("class")));
        if (!memberClass)
            return refuse(memberClass.error());
        query.classId = memberClass->id;
    }

    const Result<qint64> count = repository.count(query);
    if (!count)
        return refuse(count.error());
    QList<MemberRow> rows;
    if (*count > 0) {
        const auto page = repository.page(query, 0, *count);
        if (!page)
            return refuse(page.error());
        rows = *page;
    }

    const Mutual mutual = file.mutual();
    writeOut(parser.isSet(QStringLiteral("json")) ? asJson(rows, mutual) : asText(rows, mutual));
    return ExitSuccess;
}

QString Members::asText(const QList<MemberRow>& rows, const Mutual& mutual)
{
    using Alignment = TextTable::Alignment;
    TextTable table({
        { tr("Number"), Alignment::Left },
        { tr("Name"), Alignment::Left },
        { tr("Type"), Alignment::Left },
        { tr("Class"), Alignment::Left },
        { tr("Status"), Alignment::Left },
        { tr("Admitted"), Alignment::Left },
        { tr("Ceased"), Alignment::Left },
        { tr("Shares"), Alignment::Right },
    });
    for (const MemberRow& row : rows) {
        const Member& member = row.member;
        table.addRow({ member.number, member.name, kindLabel(member.kind), row.className,
                       statusLabel(member.status), isoDate(member.admittedOn), isoDate(member.ceasedOn),
                       QLocale().toString(row.shares) });
    }
    return QStringLiteral("%1\n\n").arg(visibleText(mutual.name)) + table.render()
        + tr("Members: %n", nullptr, static_cast<int>(rows.size())) + QLatin1Char('\n');
}

QString Members::asJson(const QList<MemberRow>& rows, const Mutual& mutual)
{
    const auto dateOrNull = [](const QDate& date) {
        return date.isValid() ? QJsonValue(isoDate(date)) : QJsonValue(QJsonValue::Null);
    };
    QJsonArray members;
    for (const MemberRow& row : rows) {
        const Member& member = row.member;
        members.append(QJsonObject {
            { QStringLiteral("number"), member.number },
            { QStringLiteral("name"), member.name },
            { QStringLiteral("kind"), kindKey(member.kind) },
            { QStringLiteral("class"), row.className },
            { QStringLiteral("status"), statusKey(member.status) },
            { QStringLiteral("admitted"), dateOrNull(member.admittedOn) },
            { QStringLiteral("ceased"), dateOrNull(member.ceasedOn) },
            { QStringLiteral("email"), member.email },
            { QStringLiteral("address"), member.address },
            { QStringLiteral("phone"), member.phone },
            { QStringLiteral("shares"), row.shares },
            { QStringLiteral("amount"), row.amount },
        });
    }
    const QJsonObject document {
        { QStringLiteral("mutual"), mutual.name },
        { QStringLiteral("currency"), mutual.currency.code() },
        { QStringLiteral("members"), members },
    };
    return QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
}

} // namespace mutualise::cli
