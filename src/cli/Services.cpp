#include "Services.h"

#include "TextTable.h"
#include "domain/Text.h"
#include "storage/MemberRepository.h"
#include "storage/ServiceRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mutualise::cli {

using namespace mutualise::domain;

namespace {

QStringList numbersOf(const Service& service, const QHash<qint64, QString>& numbers)
{
    QStringList taking;
    for (const qint64 memberId : service.memberIds)
        taking.append(numbers.value(memberId));
    return taking;
}

} // namespace

Services::Services()
    : MutualCommand(QStringLiteral("services"),
                    tr("List the services the mutual provides and who takes them."), Access::ReadOnly)
{
    addOption({ QStringLiteral("json"), tr("Print JSON for other programs instead of a table.") });
}

int Services::runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                            const QStringList& /*positional*/)
{
    const auto services = storage::ServiceRepository(file).services();
    if (!services)
        return refuse(services.error());
    const auto members = storage::MemberRepository(file).allMembers();
    if (!members)
        return refuse(members.error());
    QHash<qint64, QString> numbers;
    for (const Member& member : *members)
        numbers.insert(member.id, member.number);
    writeOut(parser.isSet(QStringLiteral("json")) ? asJson(*services, numbers)
                                                  : asText(*services, numbers, file.mutual()));
    return ExitSuccess;
}

QString Services::asText(const QList<Service>& services, const QHash<qint64, QString>& numbers,
                         const Mutual& mutual)
{
    using Alignment = TextTable::Alignment;
    TextTable table({
        { tr("Id"), Alignment::Right },
        { tr("Name"), Alignment::Left },
        { tr("Start"), Alignment::Left },
        { tr("End"), Alignment::Left },
        { tr("Members"), Alignment::Left },
    });
    for (const Service& service : services) {
        table.addRow({ QString::number(service.id), service.name, isoDate(service.start),
                       service.end.isValid() ? isoDate(service.end) : tr("open-ended"),
                       numbersOf(service, numbers).join(QStringLiteral(", ")) });
    }
    return tr("%1: services").arg(visibleText(mutual.name)) + QStringLiteral("\n\n") + table.render();
}

QString Services::asJson(const QList<Service>& services, const QHash<qint64, QString>& numbers)
{
    QJsonArray list;
    for (const Service& service : services) {
        list.append(QJsonObject {
            { QStringLiteral("id"), service.id },
            { QStringLiteral("name"), service.name },
            { QStringLiteral("description"), service.description },
            { QStringLiteral("start"), isoDate(service.start) },
            { QStringLiteral("end"),
              service.end.isValid() ? QJsonValue(isoDate(service.end)) : QJsonValue() },
            { QStringLiteral("members"), QJsonArray::fromStringList(numbersOf(service, numbers)) },
        });
    }
    const QJsonObject document { { QStringLiteral("services"), list } };
    return QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
}

} // namespace mutualise::cli
