#include "Mutual.h"

#include "Text.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mutualise::domain {

namespace {

Error mutualError(const QString& message, const char* field)
{
    return Error { message, QStringLiteral("invalid-mutual"), QString::fromLatin1(field) };
}

// The start of the financial year that begins in `year`. A start day past the end of a short month
// cannot happen: validateMutual refuses such days, and 29 February above all.
QDate yearStartIn(int year, const Mutual& mutual)
{
    return QDate(year, mutual.financialYearStartMonth, mutual.financialYearStartDay);
}

} // namespace

QString legalFormKey(LegalForm form)
{
    switch (form) {
    case LegalForm::CooperativeSociety:
        return QStringLiteral("co-operative");
    case LegalForm::CommunityBenefitSociety:
        return QStringLiteral("community-benefit");
    case LegalForm::CommunityInterestCompany:
        return QStringLiteral("cic");
    case LegalForm::CompanyLimitedByGuarantee:
        return QStringLiteral("company");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<LegalForm> legalFormFromKey(QStringView key)
{
    for (const LegalForm form : allLegalForms()) {
        if (key == legalFormKey(form))
            return form;
    }
    return std::nullopt;
}

QString legalFormLabel(LegalForm form)
{
    switch (form) {
    case LegalForm::CooperativeSociety:
        return QCoreApplication::translate("Mutual", "Co-operative society");
    case LegalForm::CommunityBenefitSociety:
        return QCoreApplication::translate("Mutual", "Community benefit society");
    case LegalForm::CommunityInterestCompany:
        return QCoreApplication::translate("Mutual", "Community interest company");
    case LegalForm::CompanyLimitedByGuarantee:
        return QCoreApplication::translate("Mutual", "Company limited by guarantee");
    }
    Q_UNREACHABLE();
    return {};
}

QList<LegalForm> allLegalForms()
{
    return { LegalForm::CooperativeSociety, LegalForm::CommunityBenefitSociety,
             LegalForm::CommunityInterestCompany, LegalForm::CompanyLimitedByGuarantee };
}

Period Mutual::financialYearContaining(const QDate& date) const
{
    Q_ASSERT(date.isValid());
    Q_ASSERT(QDate::isValid(2023, financialYearStartMonth, financialYearStartDay));
    QDate first = yearStartIn(date.year(), *this);
    if (date < first)
        first = yearStartIn(date.year() - 1, *this);
    return Period { first, yearStartIn(first.year() + 1, *this).addDays(-1) };
}

namespace {

// The name and the registration number print at the head of every list and report: one plain line,
// as long as a name may be.
Outcome checkSettingsText(const QString& text, const QString& what, const char* field)
{
    if (auto plain = checkPlainText(text, what, QString::fromLatin1(field)); !plain)
        return plain;
    if (text.trimmed().size() > maximumTitleLength)
        return mutualError(QCoreApplication::translate("Mutual", "%1 can be at most %2 characters long.")
                               .arg(what)
                               .arg(maximumTitleLength),
                           field);
    return ok();
}

} // namespace

Outcome validateMutual(const Mutual& mutual)
{
    if (mutual.name.trimmed().isEmpty())
        return mutualError(QCoreApplication::translate("Mutual", "The mutual needs a name."), "name");
    if (auto valid
        = checkSettingsText(mutual.name, QCoreApplication::translate("Mutual", "The mutual's name"), "name");
        !valid)
        return valid;
    if (auto valid = checkSettingsText(mutual.registrationNumber,
                                       QCoreApplication::translate("Mutual", "The registration number"),
                                       "registrationNumber");
        !valid)
        return valid;
    if (mutual.nominalShareValue <= 0)
        return mutualError(
            QCoreApplication::translate("Mutual", "The nominal value of a share must be more than zero."),
            "nominalShareValue");
    // 2023 is not a leap year: a start on 29 February would move from year to year, so it is refused.
    if (!QDate::isValid(2023, mutual.financialYearStartMonth, mutual.financialYearStartDay))
        return mutualError(
            QCoreApplication::translate(
                "Mutual", "The financial year must start on a day that exists every year, such as 1 April."),
            "financialYearStart");
    if (mutual.individualWithdrawableCap <= 0)
        return mutualError(QCoreApplication::translate(
                               "Mutual", "The cap on an individual's share capital must be more than zero."),
                           "individualWithdrawableCap");
    if (mutual.interestCapBp < 0 || mutual.interestCapBp > 10'000)
        return mutualError(QCoreApplication::translate(
                               "Mutual", "The cap on interest must be a rate from 0% to 100% a year."),
                           "interestCapBp");
    if (mutual.dividendCapBp < 0 || mutual.dividendCapBp > 10'000)
        return mutualError(
            QCoreApplication::translate(
                "Mutual", "The cap on dividends must be a share from 0% to 100% of the surplus."),
            "dividendCapBp");
    // Letters, digits and single hyphens between them, as 360Giving gives out: what follows "360G-".
    static const QRegularExpression prefixPattern(QStringLiteral("^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$"));
    if (mutual.grantIdPrefix.startsWith(QStringLiteral("360G-"), Qt::CaseInsensitive))
        return mutualError(
            QCoreApplication::translate("Mutual",
                                        "Give the 360Giving prefix without “360G-”, which is added to it: "
                                        "for “360G-northdigital”, type “northdigital”."),
            "grantIdPrefix");
    if (!mutual.grantIdPrefix.isEmpty()
        && (mutual.grantIdPrefix.size() > maximumGrantIdPrefixLength
            || !prefixPattern.match(mutual.grantIdPrefix).hasMatch()))
        return mutualError(QCoreApplication::translate("Mutual",
                                                       "The 360Giving prefix is letters and digits, with "
                                                       "hyphens between them, at most %1 characters, such as "
                                                       "“northdigital”.")
                               .arg(maximumGrantIdPrefixLength),
                           "grantIdPrefix");
    return ok();
}

Result<qint64> nominalShareValueFromText(const QString& text, const Currency& currency)
{
    const auto nominal = Money::parse(text.trimmed(), currency);
    if (!nominal)
        return Error {
            QCoreApplication::translate("Mutual", "Nominal share value: %1").arg(nominal.error().message),
            nominal.error().rule, QStringLiteral("nominalShareValue")
        };
    return nominal->minorUnits();
}

Outcome checkSettingsChange(const Mutual& before, const Mutual& after, bool ledgerHasEntries)
{
    const bool isSameMoney
        = before.currency == after.currency && before.nominalShareValue == after.nominalShareValue;
    if (isSameMoney || !ledgerHasEntries)
        return ok();
    return Error { QCoreApplication::translate("Mutual",
                                               "The currency and the nominal value of a share cannot be "
                                               "changed once share capital has been recorded: every "
                                               "amount in the ledger is in them."),
                   QStringLiteral("settings-in-use"),
                   before.currency == after.currency ? QStringLiteral("nominalShareValue")
                                                     : QStringLiteral("currency") };
}

} // namespace mutualise::domain
