#include "Init.h"

#include "storage/MutualFile.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace mutualise::cli {

using namespace mutualise::domain;

Init::Init()
    : Command(QStringLiteral("init"), tr("Create a new mutual in FILE with the usual classes of membership."))
{
    addPositionalArgument(QStringLiteral("FILE"),
                          tr("The new .mutual file; an existing file is never replaced."));
    addOption({ QStringLiteral("name"), tr("The mutual's name (required)."), tr("NAME") });
    addOption({ QStringLiteral("currency"), tr("ISO 4217 currency code (default GBP)."), tr("CODE"),
                QStringLiteral("GBP") });
    addOption({ QStringLiteral("legal-form"),
                tr("co-operative, community-benefit, cic or company (default co-operative)."), tr("FORM"),
                QStringLiteral("co-operative") });
    addOption({ QStringLiteral("registration"),
                tr("Registration number with the regulator, if there is one yet."), tr("NUMBER") });
    addOption({ QStringLiteral("grant-prefix"),
                tr("The prefix 360Giving registered for the mutual, without “360G-”, under which its grants "
                   "are published as open data."),
                tr("PREFIX") });
    addOption({ QStringLiteral("nominal"), tr("Nominal value of one share in major units (default 1.00)."),
                tr("AMOUNT") });
    addOption({ QStringLiteral("year-start"), tr("First day of the financial year as MM-DD (default 04-01)."),
                tr("MM-DD"), QStringLiteral("04-01") });
    addOption({ QStringLiteral("interest-cap-bp"),
                tr("The highest interest on share capital an allocation may pay, in basis points a year "
                   "(500 is 5%; default 500)."),
                tr("BP") });
    addOption({ QStringLiteral("dividend-cap-bp"),
                tr("For a community interest company: the most of the surplus that interest and rebates "
                   "together may take, in basis points (3500 is 35%; default 3500)."),
                tr("BP") });
}

std::optional<Mutual> Init::mutualFromOptions(const QCommandLineParser& parser) const
{
    Mutual mutual;
    mutual.name = textOption(parser, QStringLiteral("name"));
    mutual.registrationNumber = textOption(parser, QStringLiteral("registration"));
    mutual.grantIdPrefix = textOption(parser, QStringLiteral("grant-prefix"));

    const QString code = textOption(parser, QStringLiteral("currency")).toUpper();
    const Result<Currency> currency = Currency::fromCode(code);
    if (!currency) {
        refuseUsage(currency.error().message);
        return std::nullopt;
    }
    mutual.currency = *currency;

    const std::optional<LegalForm> form = legalFormFromKey(keyOption(parser, QStringLiteral("legal-form")));
    if (!form) {
        refuseUsage(tr("--legal-form must be co-operative, community-benefit, cic or company."));
        return std::nullopt;
    }
    mutual.legalForm = *form;

    if (parser.isSet(QStringLiteral("nominal"))) {
        const std::optional<qint64> nominal
            = amountOption(parser, QStringLiteral("nominal"), mutual.currency);
        if (!nominal)
            return std::nullopt;
        mutual.nominalShareValue = *nominal;
    } else {
        mutual.nominalShareValue = mutual.currency.minorPerMajor();
    }

    static const QRegularExpression monthDay(QStringLiteral("^(\\d{2})-(\\d{2})$"));
    const QString yearStart = parser.value(QStringLiteral("year-start"));
    const QRegularExpressionMatch match = monthDay.match(yearStart);
    // A year that is not a leap year: a financial year cannot start on 29 February.
    const QDate sample
        = match.hasMatch() ? QDate(2023, match.captured(1).toInt(), match.captured(2).toInt()) : QDate();
    if (!sample.isValid()) {
        refuseUsage(tr("“%1” is not a day of the year for --year-start; write MM-DD.").arg(yearStart));
        return std::nullopt;
    }
    mutual.financialYearStartMonth = sample.month();
    mutual.financialYearStartDay = sample.day();

    for (const auto& [name, setting] :
         { std::pair { QStringLiteral("interest-cap-bp"), &mutual.interestCapBp },
           std::pair { QStringLiteral("dividend-cap-bp"), &mutual.dividendCapBp } }) {
        if (!parser.isSet(name))
            continue;
        const std::optional<qint64> value = wholeNumberOption(parser, name, 0, 10'000);
        if (!value)
            return std::nullopt;
        *setting = static_cast<int>(*value);
    }
    return mutual;
}

QList<MemberClass> Init::defaultClasses()
{
    // Every member holds at least one share; the councils that founded the mutual carry the largest
    // agreed share of class-weighted votes. Shares of the vote add up to 100% (10,000 basis points).
    const auto memberClass = [](qint64 id, const QString& name, int votingShare) {
        MemberClass result;
        result.id = id;
        result.name = name;
        result.minimumShares = 1;
        result.votingShareBasisPoints = votingShare;
        return result;
    };
    return {
        memberClass(1, tr("Founding council"), 4000),
        memberClass(2, tr("Employee"), 2000),
        memberClass(3, tr("Community"), 2000),
        memberClass(4, tr("Investor"), 2000),
    };
}

int Init::run(const QCommandLineParser& parser, const QStringList& positional)
{
    if (!hasRequiredOptions(parser, { QStringLiteral("name") }))
        return ExitUsage;
    const std::optional<Mutual> mutual = mutualFromOptions(parser);
    if (!mutual)
        return ExitUsage;
    if (const Outcome valid = validateMutual(*mutual); !valid)
        return refuse(valid.error());

    const QString& path = positional.at(0);
    if (QFileInfo::exists(path))
        return refuse(Error { tr("“%1” already exists; a new mutual never replaces a file.").arg(path),
                              QStringLiteral("exists"), QStringLiteral("file") });
    const auto file
        = storage::MutualFile::create(path, *mutual, defaultClasses(), storage::MutualFile::currentActor());
    if (!file)
        return refuse(file.error());
    writeOut(path + QLatin1Char('\n'));
    return ExitSuccess;
}

} // namespace mutualise::cli
