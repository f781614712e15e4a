#include "ServicesAdd.h"

#include "storage/MemberRepository.h"
#include "storage/ServiceRepository.h"

namespace mutualise::cli {

using namespace mutualise::domain;

ServicesAdd::ServicesAdd()
    : MutualCommand(QStringLiteral("services add"),
                    tr("Record a service the mutual provides, such as a four-year contract."))
{
    addOption(
        { QStringLiteral("name"), tr("The service's name, unlike any other's (required)."), tr("NAME") });
    addOption(
        { QStringLiteral("start"), tr("The day the service starts, YYYY-MM-DD (required)."), tr("DATE") });
    addOption(
        { QStringLiteral("end"), tr("The day it ends, YYYY-MM-DD (none while open-ended)."), tr("DATE") });
    addOption({ QStringLiteral("members"),
                tr("The numbers of the members that take it, separated by commas."), tr("N1,N2,...") });
    addOption({ QStringLiteral("description"), tr("What the service is."), tr("TEXT") });
}

int ServicesAdd::checkArguments(const QCommandLineParser& parser, const QStringList& /*positional*/)
{
    if (!hasRequiredOptions(parser, { QStringLiteral("name"), QStringLiteral("start") }))
        return ExitUsage;
    m_start = dateOption(parser, QStringLiteral("start"));
    if (!m_start)
        return ExitUsage;
    m_end = QDate();
    if (parser.isSet(QStringLiteral("end"))) {
        m_end = dateOption(parser, QStringLiteral("end"));
        if (!m_end)
            return ExitUsage;
    }
    return ExitSuccess;
}

int ServicesAdd::runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                               const QStringList& /*positional*/)
{
    Service service;
    service.name = textOption(parser, QStringLiteral("name"));
    service.description = textOption(parser, QStringLiteral("description"));
    service.start = *m_start;
    service.end = *m_end;
    const storage::MemberRepository members(file);
    for (const QString& number :
         textOption(parser, QStringLiteral("members")).split(u',', Qt::SkipEmptyParts)) {
        const Result<Member> member = members.memberByNumber(number);
        if (!member)
            return refuse(member.error());
        service.memberIds.append(member->id);
    }
    const Result<Service> stored = storage::ServiceRepository(file).add(service);
    if (!stored)
        return refuse(stored.error());
    writeOut(QString::number(stored->id) + QLatin1Char('\n'));
    return ExitSuccess;
}

} // namespace mutualise::cli
