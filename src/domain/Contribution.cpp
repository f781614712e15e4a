#include "Contribution.h"

#include "Dates.h"
#include "Text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QtNumeric>

#include <algorithm>
#include <limits>

namespace mutualise::domain {

namespace {

Error contributionError(const QString& message, const char* rule, const char* field)
{
    return Error { message, QString::fromLatin1(rule), QString::fromLatin1(field) };
}

// Plain text on one line (or several for a note) of at most `most` characters.
Outcome checkText(const QString& text, const QString& what, const char* field, qsizetype most,
                  Lines lines = Lines::Single)
{
    if (auto plain = checkPlainText(text, what, QString::fromLatin1(field), lines); !plain)
        return plain;
    if (text.size() > most)
        return contributionError(
            QCoreApplication::translate("Contribution", "%1 can be at most %2 characters long.")
                .arg(what, QLocale().toString(most)),
            "invalid-text", field);
    return ok();
}

Outcome checkDate(const QDate& date, const QDate& today, const QString& what, const char* field)
{
    if (!date.isValid())
        return contributionError(QCoreApplication::translate("Contribution", "%1 is missing.").arg(what),
                                 "missing-date", field);
    return checkPlausibleDate(date, today, QString::fromLatin1(field));
}

QString moneyText(qint64 minorUnits)
{
    return QLocale().toString(minorUnits);
}

Outcome checkAmount(const Contribution& contribution)
{
    if (contribution.amount <= 0)
        return contributionError(QCoreApplication::translate(
                                     "Contribution", "A contribution must be of more than nothing, not %1.")
                                     .arg(moneyText(contribution.amount)),
                                 "invalid-amount", "amount");
    if (contribution.amount > maximumContributionAmount)
        return contributionError(
            QCoreApplication::translate("Contribution",
                                        "A contribution of %1 (in minor units) is more than the %2 "
                                        "one entry may be.")
                .arg(moneyText(contribution.amount), moneyText(maximumContributionAmount)),
            "entry-too-large", "amount");
    return ok();
}

// Days and a day rate go together, only on time in kind, and make the amount.
Outcome checkInKind(const Contribution& contribution)
{
    const bool hasDays = contribution.daysHundredths.has_value() || contribution.dayRate.has_value();
    if (!hasDays)
        return ok();
    if (contribution.kind != QStringLiteral("in-kind") || !contribution.daysHundredths
        || !contribution.dayRate)
        return contributionError(
            QCoreApplication::translate(
                "Contribution", "Days and a day rate go together, and only on a contribution in kind."),
            "days-only-in-kind", "days");
    const Result<qint64> value = inKindValue(*contribution.daysHundredths, *contribution.dayRate);
    if (!value)
        return value.error();
    if (*value != contribution.amount)
        return contributionError(
            QCoreApplication::translate("Contribution", "%1 days at a day rate of %2 come to %3, not %4.")
                .arg(daysText(*contribution.daysHundredths), moneyText(*contribution.dayRate),
                     moneyText(*value), moneyText(contribution.amount)),
            "in-kind-value", "amount");
    return ok();
}

Outcome checkKind(const QString& kind, const QStringList& knownKinds)
{
    if (kind == shareCapitalKind())
        return contributionError(QCoreApplication::translate(
                                     "Contribution",
                                     "Share capital is read from the share ledger and is never entered as a "
                                     "contribution: record a subscription with “shares add” instead."),
                                 "share-capital-is-derived", "kind");
    if (!knownKinds.contains(kind))
        return contributionError(
            QCoreApplication::translate("Contribution",
                                        "There is no kind of contribution “%1”; the kinds are %2.")
                .arg(quotedText(kind), knownKinds.join(QStringLiteral(", "))),
            "unknown-kind", "kind");
    return ok();
}

} // namespace

QStringList contributionKindsInOrder(const QMap<QString, qint64>& amountByKind)
{
    const QStringList order = QStringList { shareCapitalKind() } + builtInContributionKinds();
    QStringList kinds;
    for (const QString& kind : order) {
        if (amountByKind.contains(kind))
            kinds.append(kind);
    }
    for (auto kind = amountByKind.cbegin(); kind != amountByKind.cend(); ++kind) {
        if (!order.contains(kind.key()))
            kinds.append(kind.key());
    }
    return kinds;
}

QStringList builtInContributionKinds()
{
    return { QStringLiteral("fee"), QStringLiteral("charge"), QStringLiteral("donation"),
             QStringLiteral("pledge-payment"), QStringLiteral("in-kind") };
}

bool isBuiltInContributionKind(QStringView key)
{
    const QStringList keys = builtInContributionKinds();
    return std::any_of(keys.cbegin(), keys.cend(), [key](const QString& builtIn) { return builtIn == key; });
}

QString shareCapitalKind()
{
    return QStringLiteral("share-capital");
}

QString contributionKindLabel(const QString& key, const QString& storedLabel)
{
    if (key == u"fee")
        return QCoreApplication::translate("Contribution", "Annual subscription");
    if (key == u"charge")
        return QCoreApplication::translate("Contribution", "Charge for a service");
    if (key == u"donation")
        return QCoreApplication::translate("Contribution", "Donation");
    if (key == u"pledge-payment")
        return QCoreApplication::translate("Contribution", "Payment of a pledge");
    if (key == u"in-kind")
        return QCoreApplication::translate("Contribution", "Contribution in kind");
    if (key == shareCapitalKind())
        return QCoreApplication::translate("Contribution", "Share capital");
    return storedLabel.isEmpty() ? key : storedLabel;
}

Outcome validateContributionKind(const ContributionKind& kind)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9-]*$"));
    if (kind.key == shareCapitalKind())
        return contributionError(
            QCoreApplication::translate(
                "Contribution",
                "“share-capital” is read from the share ledger; it cannot be a kind of its "
                "own."),
            "share-capital-is-derived", "key");
    if (kind.key.size() > maximumKindKeyLength || !keyPattern.match(kind.key).hasMatch())
        return contributionError(
            QCoreApplication::translate("Contribution",
                                        "“%1” is not a key for a kind: use lower-case letters, digits and "
                                        "“-”, starting with a letter, at most %2 characters.")
                .arg(quotedText(kind.key))
                .arg(maximumKindKeyLength),
            "invalid-kind", "key");
    if (isBuiltInContributionKind(kind.key))
        return contributionError(
            QCoreApplication::translate("Contribution", "“%1” is already a kind of contribution.")
                .arg(kind.key),
            "duplicate-kind", "key");
    if (kind.label.trimmed().isEmpty())
        return contributionError(
            QCoreApplication::translate("Contribution", "A kind of contribution needs a label."),
            "invalid-kind", "label");
    return checkText(kind.label, QCoreApplication::translate("Contribution", "The label"), "label",
                     maximumTitleLength);
}

Result<qint64> daysFromText(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,6})(?:\\.(\\d{1,2}))?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed().toString());
    const Error refused = contributionError(
        QCoreApplication::translate(
            "Contribution",
            "“%1” is not a number of days: write a number above nought with at most two "
            "decimal places, such as 2.5, up to %2.")
            .arg(quotedText(text.toString()), QLocale().toString(maximumDaysHundredths / 100)),
        "invalid-days", "days");
    if (!match.hasMatch())
        return refused;
    const qint64 whole = match.captured(1).toLongLong();
    const QString fraction = match.captured(2).leftJustified(2, QLatin1Char('0'));
    const qint64 hundredths = whole * 100 + fraction.toLongLong();
    if (hundredths <= 0 || hundredths > maximumDaysHundredths)
        return refused;
    return hundredths;
}

QString daysText(qint64 daysHundredths)
{
    const bool isNegative = daysHundredths < 0;
    const qint64 magnitude = isNegative ? -daysHundredths : daysHundredths;
    QString text = QString::number(magnitude / 100);
    if (const qint64 fraction = magnitude % 100; fraction != 0) {
        text += QLatin1Char('.') + QStringLiteral("%1").arg(fraction, 2, 10, QLatin1Char('0'));
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
    }
    return isNegative ? QLatin1Char('-') + text : text;
}

Result<qint64> inKindValue(qint64 daysHundredths, qint64 dayRate)
{
    if (daysHundredths <= 0 || daysHundredths > maximumDaysHundredths)
        return contributionError(
            QCoreApplication::translate("Contribution",
                                        "A contribution in kind counts more than nought "
                                        "days and at most %1, not %2.")
                .arg(QLocale().toString(maximumDaysHundredths / 100), daysText(daysHundredths)),
            "invalid-days", "days");
    if (dayRate <= 0)
        return contributionError(
            QCoreApplication::translate("Contribution", "A day rate must be more than nothing, not %1.")
                .arg(moneyText(dayRate)),
            "invalid-amount", "dayRate");
    // days x rate in hundredths of a minor unit, then rounded half up: + 50, then / 100.
    qint64 product = 0;
    if (qMulOverflow(daysHundredths, dayRate, &product) || qAddOverflow(product, qint64(50), &product)
        || product / 100 > maximumContributionAmount)
        return contributionError(
            QCoreApplication::translate(
                "Contribution", "%1 days at a day rate of %2 come to more than the %3 one entry may be.")
                .arg(daysText(daysHundredths), moneyText(dayRate), moneyText(maximumContributionAmount)),
            "entry-too-large", "dayRate");
    return product / 100;
}

Outcome validateContribution(const Contribution& contribution, const QStringList& knownKinds,
                             const QDate& today)
{
    if (auto done = checkKind(contribution.kind, knownKinds); !done)
        return done;
    if (auto done = checkDate(contribution.date, today,
                              QCoreApplication::translate("Contribution", "The date"), "date");
        !done)
        return done;
    if (auto done = checkNotInFuture(contribution.date, today, QStringLiteral("date")); !done)
        return done;
    if (auto done = checkAmount(contribution); !done)
        return done;
    if (auto done = checkInKind(contribution); !done)
        return done;
    if (auto done
        = checkText(contribution.reference, QCoreApplication::translate("Contribution", "The reference"),
                    "reference", maximumReferenceLength);
        !done)
        return done;
    return checkText(contribution.note, QCoreApplication::translate("Contribution", "The note"), "note",
                     maximumNoteLength, Lines::Several);
}

Outcome validateService(const Service& service, const QDate& today)
{
    if (service.name.trimmed().isEmpty())
        return contributionError(QCoreApplication::translate("Contribution", "A service needs a name."),
                                 "invalid-service", "name");
    if (auto done = checkPlainText(service.name, QCoreApplication::translate("Contribution", "The name"),
                                   QStringLiteral("name"));
        !done)
        return done;
    if (service.name.size() > maximumTitleLength)
        return contributionError(
            QCoreApplication::translate("Contribution",
                                        "The name of a service can be at most %1 characters long.")
                .arg(maximumTitleLength),
            "invalid-service", "name");
    if (auto done
        = checkText(service.description, QCoreApplication::translate("Contribution", "The description"),
                    "description", maximumNoteLength, Lines::Several);
        !done)
        return done;
    if (auto done
        = checkDate(service.start, today,
                    QCoreApplication::translate("Contribution", "The start of the service"), "start");
        !done)
        return done;
    if (service.end.isValid()) {
        if (auto done = checkPlausibleDate(service.end, today, QStringLiteral("end")); !done)
            return done;
        if (service.end < service.start)
            return contributionError(
                QCoreApplication::translate("Contribution", "The service ends on %1, before it starts on %2.")
                    .arg(service.end.toString(Qt::ISODate), service.start.toString(Qt::ISODate)),
                "end-before-start", "end");
    }
    return ok();
}

bool isSameServiceName(const QString& a, const QString& b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

QString contributionGroupingKey(ContributionGrouping grouping)
{
    switch (grouping) {
    case ContributionGrouping::Member:
        return QStringLiteral("member");
    case ContributionGrouping::Class:
        return QStringLiteral("class");
    case ContributionGrouping::Month:
        return QStringLiteral("month");
    case ContributionGrouping::Quarter:
        return QStringLiteral("quarter");
    case ContributionGrouping::Year:
        return QStringLiteral("year");
    }
    Q_UNREACHABLE();
    return {};
}

QList<ContributionGrouping> allContributionGroupings()
{
    return { ContributionGrouping::Member, ContributionGrouping::Class, ContributionGrouping::Month,
             ContributionGrouping::Quarter, ContributionGrouping::Year };
}

QString contributionGroupingLabel(ContributionGrouping grouping)
{
    switch (grouping) {
    case ContributionGrouping::Member:
        return QCoreApplication::translate("Contribution", "Member");
    case ContributionGrouping::Class:
        return QCoreApplication::translate("Contribution", "Class");
    case ContributionGrouping::Month:
        return QCoreApplication::translate("Contribution", "Month");
    case ContributionGrouping::Quarter:
        return QCoreApplication::translate("Contribution", "Quarter");
    case ContributionGrouping::Year:
        return QCoreApplication::translate("Contribution", "Financial year");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<ContributionGrouping> contributionGroupingFromKey(QStringView key)
{
    for (const ContributionGrouping grouping : allContributionGroupings()) {
        if (key == contributionGroupingKey(grouping))
            return grouping;
    }
    return std::nullopt;
}

QString contributionPeriodKey(const QDate& date, ContributionGrouping grouping, const Mutual& mutual)
{
    if (grouping == ContributionGrouping::Month)
        return date.toString(QStringLiteral("yyyy-MM"));
    const Period year = mutual.financialYearContaining(date);
    const QString yearKey = QString::number(year.first.year());
    if (grouping == ContributionGrouping::Year)
        return yearKey;
    int quarter = 1;
    while (quarter < 4 && date >= year.first.addMonths(3 * quarter))
        ++quarter;
    return yearKey + QStringLiteral("-Q") + QString::number(quarter);
}

Outcome ContributionTally::add(const QString& rowKey, const QString& kind, qint64 amount)
{
    qsizetype index = m_indexByKey.value(rowKey, -1);
    if (index < 0) {
        index = m_rows.size();
        m_indexByKey.insert(rowKey, index);
        m_rows.append(ContributionTotalRow { rowKey, {}, 0, {} });
    }
    ContributionTotalRow& row = m_rows[index];
    qint64& byKind = row.amountByKind[kind];
    qint64& overKind = m_amountByKind[kind];
    if (qAddOverflow(byKind, amount, &byKind) || qAddOverflow(row.amount, amount, &row.amount)
        || qAddOverflow(overKind, amount, &overKind) || qAddOverflow(m_total, amount, &m_total))
        return contributionError(
            QCoreApplication::translate("Contribution",
                                        "The contributions of %1 come to more than %2, the most that can be "
                                        "added up: the file holds an entry far too large, which a reversal "
                                        "can undo.")
                .arg(visibleText(rowKey), QLocale().toString(std::numeric_limits<qint64>::max())),
            "total-too-large", "");
    return ok();
}

ContributionTotals ContributionTally::totals(const QDate& from, const QDate& to,
                                             ContributionGrouping grouping) const
{
    ContributionTotals totals { from, to, grouping, {}, {}, m_total };
    for (ContributionTotalRow row : m_rows) {
        row.amountByKind.removeIf([](const auto& kind) { return kind.value() == 0; });
        if (row.amountByKind.isEmpty())
            continue;
        // A kind shown in any row is in the totals, even when it comes to nought over them all (a
        // charge in April reversed in May).
        for (auto kind = row.amountByKind.cbegin(); kind != row.amountByKind.cend(); ++kind)
            totals.amountByKind.insert(kind.key(), m_amountByKind.value(kind.key()));
        totals.rows.append(row);
    }
    std::sort(totals.rows.begin(), totals.rows.end(),
              [grouping](const ContributionTotalRow& a, const ContributionTotalRow& b) {
                  if (grouping == ContributionGrouping::Member && a.key.size() != b.key.size())
                      return a.key.size() < b.key.size();
                  if (grouping == ContributionGrouping::Class) {
                      if (const int order = a.key.compare(b.key, Qt::CaseInsensitive); order != 0)
                          return order < 0;
                  }
                  return a.key < b.key;
              });
    return totals;
}

} // namespace mutualise::domain
