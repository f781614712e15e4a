#include "SavingsAdd.h"

#include "storage/MemberRepository.h"
#include "storage/SavingsRepository.h"

namespace mutualise::cli {

using namespace mutualise::domain;

SavingsAdd::SavingsAdd()
    : MutualCommand(QStringLiteral("savings add"),
                    tr("Record what a service saved a member over a period: what it would have paid alone "
                       "against what it paid through the mutual."))
{
    addOption({ QStringLiteral("service"), tr("The service's id (required)."), tr("ID") });
    addOption({ QStringLiteral("member"), tr("The member's number (required)."), tr("NUMBER") });
    addOption(
        { QStringLiteral("from"), tr("The first day of the period, YYYY-MM-DD (required)."), tr("DATE") });
    addOption({ QStringLiteral("to"), tr("The last day of the period, YYYY-MM-DD (required)."), tr("DATE") });
    addOption({ QStringLiteral("baseline"),
                tr("What the member would have paid alone over the period, in major units such as "
                   "1234.56 (required)."),
                tr("AMOUNT") });
    addOption({ QStringLiteral("actual"),
                tr("What the member paid through the mutual over the period, in major units (required)."),
                tr("AMOUNT") });
    addOption({ QStringLiteral("note"),
                tr("The evidence for both figures: the quotes, invoices or benchmarks compared."),
                tr("TEXT") });
}

int SavingsAdd::checkArguments(const QCommandLineParser& parser, const QStringList& /*positional*/)
{
    if (!hasRequiredOptions(parser,
                            { QStringLiteral("service"), QStringLiteral("member"), QStringLiteral("from"),
                              QStringLiteral("to"), QStringLiteral("baseline"), QStringLiteral("actual") }))
        return ExitUsage;
    m_serviceId = wholeNumberOption(parser, QStringLiteral("service"), 1, largestWholeNumber);
    if (!m_serviceId)
        return ExitUsage;
    m_from = dateOption(parser, QStringLiteral("from"));
    if (!m_from)
        return ExitUsage;
    m_to = dateOption(parser, QStringLiteral("to"));
    if (!m_to)
        return ExitUsage;
    return ExitSuccess;
}

int SavingsAdd::runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                              const QStringList& /*positional*/)
{
    const Currency currency = file.mutual().currency;
    const std::optional<qint64> baseline = amountOption(parser, QStringLiteral("baseline"), currency);
    if (!baseline)
        return ExitUsage;
    const std::optional<qint64> actual = amountOption(parser, QStringLiteral("actual"), currency);
    if (!actual)
        return ExitUsage;

    const Result<Member> member
        = storage::MemberRepository(file).memberByNumber(textOption(parser, QStringLiteral("member")));
    if (!member)
        return refuse(member.error());

    Saving saving;
    saving.serviceId = *m_serviceId;
    saving.memberId = member->id;
    saving.from = *m_from;
    saving.to = *m_to;
    saving.baseline = *baseline;
    saving.actual = *actual;
    saving.evidence = textOption(parser, QStringLiteral("note"));
    const Result<Saving> recorded = storage::SavingsRepository(file).add(saving);
    if (!recorded)
        return refuse(recorded.error());
    writeOut(QString::number(recorded->id) + QLatin1Char('\n'));
    return ExitSuccess;
}

} // namespace mutualise::cli
