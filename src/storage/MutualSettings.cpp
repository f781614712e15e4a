#include "MutualSettings.h"

#include "FileErrors.h"
#include "MutualFile.h"
#include "Statement.h"

namespace mutualise::storage {

namespace {

Statement& bindMutual(Statement& statement, const domain::Mutual& mutual)
{
    return statement.bind(QStringLiteral(":name"), mutual.name)
        .bind(QStringLiteral(":legal_form"), domain::legalFormKey(mutual.legalForm))
        .bind(QStringLiteral(":registration_number"), mutual.registrationNumber)
        .bind(QStringLiteral(":currency"), mutual.currency.code())
        .bind(QStringLiteral(":nominal"), mutual.nominalShareValue)
        .bind(QStringLiteral(":month"), mutual.financialYearStartMonth)
        .bind(QStringLiteral(":day"), mutual.financialYearStartDay)
        .bind(QStringLiteral(":cap"), mutual.individualWithdrawableCap)
        .bind(QStringLiteral(":may_differ"), mutual.amountMayDifferFromNominal ? 1 : 0)
        .bind(QStringLiteral(":interest_cap"), mutual.interestCapBp)
        .bind(QStringLiteral(":dividend_cap"), mutual.dividendCapBp)
        .bind(QStringLiteral(":grant_id_prefix"), mutual.grantIdPrefix);
}

// The fact the rule on the currency and nominal value needs: whether the ledger has any entry.
Result<bool> ledgerHasEntries(const QSqlDatabase& database)
{
    Statement query(database, QStringLiteral("SELECT EXISTS (SELECT 1 FROM share_entries)"));
    if (auto done = query.exec(); !done)
        return done.error();
    return query.next() && query.value(0).toLongLong() != 0;
}

} // namespace

QJsonObject mutualToJson(const domain::Mutual& mutual)
{
    return QJsonObject {
        { QStringLiteral("name"), mutual.name },
        { QStringLiteral("legalForm"), domain::legalFormKey(mutual.legalForm) },
        { QStringLiteral("registrationNumber"), mutual.registrationNumber },
        { QStringLiteral("currency"), mutual.currency.code() },
        { QStringLiteral("nominalShareValue"), mutual.nominalShareValue },
        { QStringLiteral("financialYearStartMonth"), mutual.financialYearStartMonth },
        { QStringLiteral("financialYearStartDay"), mutual.financialYearStartDay },
        { QStringLiteral("individualWithdrawableCap"), mutual.individualWithdrawableCap },
        { QStringLiteral("amountMayDifferFromNominal"), mutual.amountMayDifferFromNominal },
        { QStringLiteral("interestCapBp"), mutual.interestCapBp },
        { QStringLiteral("dividendCapBp"), mutual.dividendCapBp },
        { QStringLiteral("grantIdPrefix"), mutual.grantIdPrefix },
    };
}

Outcome insertMutualSettings(const QSqlDatabase& database, const domain::Mutual& mutual)
{
    Statement insert(
        database,
        QStringLiteral("INSERT INTO mutual (id, name, legal_form, registration_number, currency, "
                       "nominal_share_value, financial_year_start_month, financial_year_start_day, "
                       "individual_withdrawable_cap, amount_may_differ_from_nominal, interest_cap_bp, "
                       "dividend_cap_bp, grant_id_prefix, created_at) "
                       "VALUES (1, :name, :legal_form, :registration_number, :currency, :nominal, "
                       ":month, :day, :cap, :may_differ, :interest_cap, :dividend_cap, :grant_id_prefix, "
                       ":created_at)"));
    bindMutual(insert, mutual).bind(QStringLiteral(":created_at"), nowUtcText());
    return insert.exec();
}

Result<domain::Mutual> MutualFile::readMutual() const
{
    Statement query(
        connection(),
        QStringLiteral("SELECT name, legal_form, registration_number, currency, nominal_share_value, "
                       "financial_year_start_month, financial_year_start_day, "
                       "individual_withdrawable_cap, amount_may_differ_from_nominal, interest_cap_bp, "
                       "dividend_cap_bp, grant_id_prefix FROM mutual "
                       "WHERE id = 1"));
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return corrupt(m_path);
    const auto legalForm = domain::legalFormFromKey(query.value(1).toString());
    const auto currency = domain::Currency::fromCode(query.value(3).toString());
    if (!legalForm || !currency)
        return corrupt(m_path);
    domain::Mutual mutual;
    mutual.name = query.value(0).toString();
    mutual.legalForm = *legalForm;
    mutual.registrationNumber = query.value(2).toString();
    mutual.currency = *currency;
    mutual.nominalShareValue = query.value(4).toLongLong();
    mutual.financialYearStartMonth = query.value(5).toInt();
    mutual.financialYearStartDay = query.value(6).toInt();
    mutual.individualWithdrawableCap = query.value(7).toLongLong();
    mutual.amountMayDifferFromNominal = query.value(8).toInt() != 0;
    mutual.interestCapBp = query.value(9).toInt();
    mutual.dividendCapBp = query.value(10).toInt();
    mutual.grantIdPrefix = query.value(11).toString();
    if (!domain::validateMutual(mutual))
        return corrupt(m_path);
    return mutual;
}

Outcome MutualFile::loadMutual()
{
    auto read = readMutual();
    if (!read)
        return read.error();
    m_mutual = std::move(read).value();
    return domain::ok();
}

Outcome MutualFile::updateMutual(const domain::Mutual& updated)
{
    if (auto valid = domain::validateMutual(updated); !valid)
        return valid;
    const Outcome outcome = inTransaction([&]() -> Outcome {
        const auto before = readMutual();
        if (!before)
            return before.error();
        const auto hasEntries = ledgerHasEntries(connection());
        if (!hasEntries)
            return hasEntries.error();
        if (auto allowed = domain::checkSettingsChange(*before, updated, *hasEntries); !allowed)
            return allowed;
        Statement update(
            connection(),
            QStringLiteral(
                "UPDATE mutual SET name = :name, legal_form = :legal_form, "
                "registration_number = :registration_number, currency = :currency, "
                "nominal_share_value = :nominal, financial_year_start_month = :month, "
                "financial_year_start_day = :day, individual_withdrawable_cap = :cap, "
                "amount_may_differ_from_nominal = :may_differ, interest_cap_bp = :interest_cap, "
                "dividend_cap_bp = :dividend_cap, grant_id_prefix = :grant_id_prefix WHERE id = 1"));
        bindMutual(update, updated);
        if (auto done = update.exec(); !done)
            return done;
        return audit(QStringLiteral("mutual.update"), QStringLiteral("mutual"), updated.name,
                     mutualToJson(*before), mutualToJson(updated));
    });
    if (outcome)
        m_mutual = updated;
    return outcome;
}

} // namespace mutualise::storage
