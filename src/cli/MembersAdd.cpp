#include "MembersAdd.h"

#include "domain/Text.h"
#include "storage/MemberRepository.h"

namespace mutualise::cli {

using namespace mutualise::domain;

MembersAdd::MembersAdd()
    : MutualCommand(QStringLiteral("members add"), tr("Add a member to the register."))
{
    addOption({ QStringLiteral("number"), tr("The new member's number, unique in the register (required)."),
                tr("NUMBER") });
    addOption({ QStringLiteral("name"), tr("The member's name (required)."), tr("NAME") });
    addOption({ QStringLiteral("class"), tr("The member's class, by name (required)."), tr("CLASS") });
    addOption({ QStringLiteral("organisation"), tr("The member is an organisation, not an individual.") });
    addOption({ QStringLiteral("admitted"),
                tr("Date of admission, YYYY-MM-DD (default today for an active member)."), tr("DATE") });
    addOption({ QStringLiteral("email"), tr("E-mail address."), tr("E") });
    addOption({ QStringLiteral("address"), tr("Postal address."), tr("A") });
    addOption({ QStringLiteral("phone"), tr("Telephone number."), tr("P") });
    addOption({ QStringLiteral("status"), tr("applicant or active (default active)."), tr("STATUS"),
                QStringLiteral("active") });
}

int MembersAdd::checkArguments(const QCommandLineParser& parser, const QStringList& /*positional*/)
{
    if (!hasRequiredOptions(parser,
                            { QStringLiteral("number"), QStringLiteral("name"), QStringLiteral("class") }))
        return ExitUsage;
    m_status = statusFromKey(keyOption(parser, QStringLiteral("status")));
    if (m_status != MemberStatus::Applicant && m_status != MemberStatus::Active)
        return refuseUsage(tr("--status must be applicant or active."));
    // An active member was admitted on some day; today unless told otherwise. An applicant has not been.
    const QDate defaultAdmission = m_status == MemberStatus::Active ? QDate::currentDate() : QDate();
    m_admitted = dateOption(parser, QStringLiteral("admitted"), defaultAdmission);
    if (!m_admitted)
        return ExitUsage;
    return ExitSuccess;
}

int MembersAdd::runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                              const QStringList& /*positional*/)
{
    storage::MemberRepository repository(file);
    const auto classes = repository.classes();
    if (!classes)
        return refuse(classes.error());
    const auto memberClass = classNamed(*classes, parser.value(QStringLiteral("class")));
    if (!memberClass)
        return refuse(memberClass.error());

    Member member;
    member.number = textOption(parser, QStringLiteral("number"));
    member.name = textOption(parser, QStringLiteral("name"));
    member.kind
        = parser.isSet(QStringLiteral("organisation")) ? MemberKind::Organisation : MemberKind::Individual;
    member.classId = memberClass->id;
    member.email = textOption(parser, QStringLiteral("email"));
    member.address = textOption(parser, QStringLiteral("address"));
    member.phone = textOption(parser, QStringLiteral("phone"));
    member.status = *m_status;
    member.admittedOn = *m_admitted;

    const Result<Member> added = repository.add(member);
    if (!added)
        return refuse(added.error());
    writeOut(visibleText(added->number) + QLatin1Char('\n'));
    return ExitSuccess;
}

} // namespace mutualise::cli
