#pragma once

#include "Error.h"
#include "Money.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace mutualise::domain {

enum class LegalForm
{
    CooperativeSociety,
    CommunityBenefitSociety,
    CommunityInterestCompany,
    CompanyLimitedByGuarantee,
};

// Keys used by files and the CLI: "co-operative", "community-benefit", "cic", "company".
QString legalFormKey(LegalForm form);
std::optional<LegalForm> legalFormFromKey(QStringView key);
QString legalFormLabel(LegalForm form);
QList<LegalForm> allLegalForms();

// The longest 360Giving prefix: theirs are a word or two.
inline constexpr qsizetype maximumGrantIdPrefixLength = 40;

// The first and last day of a financial year.
struct Period
{
    QDate first;
    QDate last;

    bool contains(const QDate& date) const { return date >= first && date <= last; }
    bool operator==(const Period&) const = default;
};

// The mutual itself and the rules from its constitution that the program enforces.
struct Mutual
{
    QString name;
    LegalForm legalForm = LegalForm::CooperativeSociety;
    QString registrationNumber;
    Currency currency = Currency::gbp();
    qint64 nominalShareValue = 100; // minor units per share: £1.00
    int financialYearStartMonth = 4; // 1 April, as UK public bodies
    int financialYearStartDay = 1;
    // Co-operative and Community Benefit Societies Act 2014, s.24: an individual may hold at most
    // £100,000 of withdrawable share capital. Editable because the limit is revised by order.
    qint64 individualWithdrawableCap = 100'000'00;
    // Whether an entry's amount may differ from shares x nominal value (shares issued at a premium).
    bool amountMayDifferFromNominal = false;
    // The highest rate of interest on share capital an allocation may pay, in basis points a year.
    int interestCapBp = 500;
    // A community interest company's cap on dividends: interest and rebates together at most this
    // share of the surplus (or of the distributable profit), in basis points.
    int dividendCapBp = 3500;
    // The prefix 360Giving registered for the mutual ("northdigital"): its grants are published as
    // "360G-northdigital-<grant>". Empty until it registers one.
    QString grantIdPrefix;

    Money nominal() const { return Money(nominalShareValue, currency); }
    Money individualCap() const { return Money(individualWithdrawableCap, currency); }

    // The financial year that contains the date.
    Period financialYearContaining(const QDate& date) const;

    bool operator==(const Mutual&) const = default;
};

// Rule "invalid-mutual" (a missing name, a name or registration number longer than
// maximumTitleLength, a nominal value or cap not above zero, a start of year that is not every year's),
// and "control-character" for a name or registration number that is not plain text on one line. The
// 360Giving prefix is letters and digits with single hyphens between them, without "360G-".
Outcome validateMutual(const Mutual& mutual);

// The nominal value of a share as a person types it ("1.00", "£1"), in minor units of `currency`; the
// error is Money::parse's, said of the nominal value (field "nominalShareValue").
Result<qint64> nominalShareValueFromText(const QString& text, const Currency& currency);

// Changing the currency or the value of a share would silently change what every recorded amount
// means (pence read as yen), so both are fixed once the share ledger has an entry. Rule
// "settings-in-use"; the field is the setting changed ("currency" when both are).
Outcome checkSettingsChange(const Mutual& before, const Mutual& after, bool ledgerHasEntries);

} // namespace mutualise::domain
