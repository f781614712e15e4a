#include "ContributionsAdd.h"

#include "domain/Contribution.h"
#include "storage/ContributionRepository.h"
#include "storage/MemberRepository.h"

namespace mutualise::cli {

using namespace mutualise::domain;

ContributionsAdd::ContributionsAdd()
    : MutualCommand(
        QStringLiteral("contributions add"),
        tr("Record a contribution: a subscription, a charge, a donation, a payment of a pledge or "
           "time given in kind."))
{
    addOption({ QStringLiteral("member"), tr("The member's number (required)."), tr("NUMBER") });
    addOption({ QStringLiteral("kind"),
                tr("fee, charge, donation, pledge-payment, in-kind, or a kind the mutual added (required). "
                   "Share capital is recorded with “shares add”."),
                tr("KIND") });
    addOption(
        { QStringLiteral("date"), tr("The day of the contribution, YYYY-MM-DD (required)."), tr("DATE") });
    addOption({ QStringLiteral("amount"), tr("The amount in major units, such as 1250.00."), tr("AMOUNT") });
    addOption({ QStringLiteral("days"),
                tr("For time in kind instead of --amount: the days given, with at most two decimal places "
                   "(2.5). The value is days x day rate, rounded half up to the penny."),
                tr("D") });
    addOption({ QStringLiteral("day-rate"), tr("With --days: what one day is worth, in major units."),
                tr("AMOUNT") });
    addOption({ QStringLiteral("service"), tr("The id of the service it is for, as “services” lists it."),
                tr("ID") });
    addOption({ QStringLiteral("project"), tr("The id of the project it is for."), tr("ID") });
    addOption(
        { QStringLiteral("reference"), tr("A reference such as an invoice or receipt number."), tr("TEXT") });
    addOption({ QStringLiteral("note"), tr("A note."), tr("TEXT") });
}

int ContributionsAdd::checkArguments(const QCommandLineParser& parser, const QStringList& /*positional*/)
{
    if (!hasRequiredOptions(parser,
                            { QStringLiteral("member"), QStringLiteral("kind"), QStringLiteral("date") }))
        return ExitUsage;
    const bool hasAmount = parser.isSet(QStringLiteral("amount"));
    const bool hasDays = parser.isSet(QStringLiteral("days"));
    const bool hasRate = parser.isSet(QStringLiteral("day-rate"));
    if (hasAmount == (hasDays || hasRate))
        return refuseUsage(tr("Give either --amount, or --days with --day-rate."));
    if (hasDays != hasRate)
        return refuseUsage(tr("--days and --day-rate go together."));
    m_date = dateOption(parser, QStringLiteral("date"));
    if (!m_date)
        return ExitUsage;
    m_daysHundredths.reset();
    if (hasDays) {
        const Result<qint64> days = daysFromText(textOption(parser, QStringLiteral("days")));
        if (!days)
            return refuseUsage(days.error().message);
        m_daysHundredths = *days;
    }
    m_serviceId.reset();
    if (parser.isSet(QStringLiteral("service"))) {
        m_serviceId = wholeNumberOption(parser, QStringLiteral("service"), 1, largestWholeNumber);
        if (!m_serviceId)
            return ExitUsage;
    }
    m_projectId.reset();
    if (parser.isSet(QStringLiteral("project"))) {
        m_projectId = wholeNumberOption(parser, QStringLiteral("project"), 1, largestWholeNumber);
        if (!m_projectId)
            return ExitUsage;
    }
    return ExitSuccess;
}

int ContributionsAdd::runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                                    const QStringList& /*positional*/)
{
    const Currency currency = file.mutual().currency;
    Contribution contribution;
    contribution.kind = keyOption(parser, QStringLiteral("kind"));
    contribution.date = *m_date;
    contribution.serviceId = m_serviceId;
    contribution.projectId = m_projectId;
    contribution.reference = textOption(parser, QStringLiteral("reference"));
    contribution.note = textOption(parser, QStringLiteral("note"));
    if (m_daysHundredths) {
        const std::optional<qint64> rate = amountOption(parser, QStringLiteral("day-rate"), currency);
        if (!rate)
            return ExitUsage;
        const Result<qint64> value = inKindValue(*m_daysHundredths, *rate);
        if (!value)
            return refuse(value.error());
        contribution.daysHundredths = m_daysHundredths;
        contribution.dayRate = *rate;
        contribution.amount = *value;
    } else {
        const std::optional<qint64> amount = amountOption(parser, QStringLiteral("amount"), currency);
        if (!amount)
            return ExitUsage;
        contribution.amount = *amount;
    }
    const Result<Member> member
        = storage::MemberRepository(file).memberByNumber(textOption(parser, QStringLiteral("member")));
    if (!member)
        return refuse(member.error());
    contribution.memberId = member->id;

    const Result<Contribution> stored = storage::ContributionRepository(file).add(contribution);
    if (!stored)
        return refuse(stored.error());
    writeOut(QString::number(stored->id) + QLatin1Char('\n'));
    return ExitSuccess;
}

} // namespace mutualise::cli
