#include "Dates.h"

#include "Text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace mutualise::domain {

QDate earliestPlausibleDate()
{
    return QDate(1800, 1, 1);
}

QDate latestPlausibleDate(const QDate& today)
{
    Q_ASSERT(today.isValid());
    return today.addYears(100);
}

Outcome checkPlausibleDate(const QDate& date, const QDate& today, const QString& field)
{
    if (!date.isValid())
        return ok();
    const QDate latest = latestPlausibleDate(today);
    if (date >= earliestPlausibleDate() && date <= latest)
        return ok();
    // ISO dates: a short local format may print year 1 as "01", the very slip being refused.
    return Error { QCoreApplication::translate("Dates",
                                               "%1 is not a plausible date: a date must lie between %2 "
                                               "and %3. Check the year.")
                       .arg(date.toString(Qt::ISODate), earliestPlausibleDate().toString(Qt::ISODate),
                            latest.toString(Qt::ISODate)),
                   QStringLiteral("implausible-date"), field };
}

Outcome checkNotInFuture(const QDate& date, const QDate& today, const QString& field)
{
    if (auto plausible = checkPlausibleDate(date, today, field); !plausible)
        return plausible;
    if (!date.isValid() || date <= today)
        return ok();
    return Error { QCoreApplication::translate("Dates",
                                               "%1 is in the future; only what has happened can be "
                                               "recorded, so use today’s date or an earlier one.")
                       .arg(QLocale().toString(date, QLocale::LongFormat)),
                   QStringLiteral("future-date"), field };
}

QString typedDateFormat(const QLocale& locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy")) {
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    }
    return format;
}

namespace {

// One run of digits or of letters in what was typed; the characters between runs are separators.
struct DateToken
{
    QString text;
    bool isNumber = false;
};

bool isDateSeparator(QChar c)
{
    return c.isSpace() || c == u'/' || c == u'.' || c == u'-' || c == u',' || c == u'\'';
}

// The runs of digits and letters, or nothing when a character is neither nor a separator.
std::optional<QList<DateToken>> dateTokens(const QString& text)
{
    QList<DateToken> tokens;
    for (const QChar c : text) {
        const bool isDigit = c >= u'0' && c <= u'9';
        if (isDateSeparator(c)) {
            tokens.append(DateToken {});
            continue;
        }
        if (!isDigit && !c.isLetter()) {
            return std::nullopt;
        }
        if (tokens.isEmpty() || tokens.last().text.isEmpty() || tokens.last().isNumber != isDigit) {
            tokens.append(DateToken { QString(), isDigit });
        }
        tokens.last().text.append(c);
    }
    tokens.removeIf([](const DateToken& token) { return token.text.isEmpty(); });
    return tokens;
}

QString monthKey(const QString& name)
{
    QString key = name.toCaseFolded();
    while (key.endsWith(u'.')) {
        key.chop(1);
    }
    return key;
}

// The month a word names, in the user's language or in English: a full name, an abbreviation, or the
// start (three letters or more) of exactly one month's name. 0 when it names none.
int monthNamed(const QString& word, const QLocale& locale)
{
    const QString key = monthKey(word);
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    for (const QLocale& language : { locale, english, QLocale(QLocale::English, QLocale::UnitedStates) }) {
        for (int month = 1; month <= 12; ++month) {
            for (const QString& name :
                 { language.monthName(month), language.monthName(month, QLocale::ShortFormat),
                   language.standaloneMonthName(month),
                   language.standaloneMonthName(month, QLocale::ShortFormat) }) {
                if (monthKey(name) == key) {
                    return month;
                }
            }
        }
    }
    if (key.size() < 3) {
        return 0;
    }
    int found = 0;
    for (const QLocale& language : { locale, english }) {
        for (int month = 1; month <= 12; ++month) {
            const bool isStart = monthKey(language.monthName(month)).startsWith(key)
                || monthKey(language.standaloneMonthName(month)).startsWith(key);
            if (isStart && found != 0 && found != month) {
                return 0; // "Ma" could be March or May: ambiguous
            }
            if (isStart) {
                found = month;
            }
        }
    }
    return found;
}

bool isOrdinalSuffix(const QString& word)
{
    const QString key = word.toCaseFolded();
    return key == u"st" || key == u"nd" || key == u"rd" || key == u"th";
}

// A year as typed: four digits as they are, two digits the year nearest today (80 years back to 19
// ahead). 0 for any other length.
int yearTyped(const QString& digits, const QDate& today)
{
    if (digits.size() == 4) {
        return digits.toInt();
    }
    if (digits.size() != 2) {
        return 0;
    }
    int year = today.year() / 100 * 100 + digits.toInt();
    if (year > today.year() + 19) {
        year -= 100;
    } else if (year < today.year() - 80) {
        year += 100;
    }
    return year;
}

int dayOrMonthTyped(const QString& digits)
{
    return digits.size() <= 2 ? digits.toInt() : 0;
}

// Where day, month and year stand in the locale's short format: "dMy", "Mdy" or "yMd".
QString numberOrder(const QLocale& locale)
{
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    QList<std::pair<qsizetype, QChar>> parts { { format.indexOf(u'd'), u'd' },
                                               { format.indexOf(u'M'), u'M' },
                                               { format.indexOf(u'y'), u'y' } };
    if (parts[0].first < 0 || parts[1].first < 0 || parts[2].first < 0) {
        return QStringLiteral("dMy");
    }
    std::sort(parts.begin(), parts.end());
    return QString(parts[0].second) + parts[1].second + parts[2].second;
}

QDate dateFromNumbers(const QStringList& numbers, const QLocale& locale, const QDate& today)
{
    if (numbers.size() != 3) {
        return {};
    }
    QString order = numberOrder(locale);
    if (numbers[0].size() == 4) {
        order = QStringLiteral("yMd"); // ISO 8601, whatever the locale
    } else if (order.startsWith(u'y')) {
        order = order.mid(1) + u'y'; // a year-first locale, but the year was typed last
    }
    int day = 0;
    int month = 0;
    int year = 0;
    for (int i = 0; i < 3; ++i) {
        switch (order[i].unicode()) {
        case u'd':
            day = dayOrMonthTyped(numbers[i]);
            break;
        case u'M':
            month = dayOrMonthTyped(numbers[i]);
            break;
        default:
            year = yearTyped(numbers[i], today);
        }
    }
    return year == 0 ? QDate() : QDate(year, month, day);
}

// A day, a month's name and a year: the year is the number of four digits or else the last number.
QDate dateFromNamedMonth(int month, const QStringList& numbers, const QDate& today)
{
    if (numbers.size() != 2) {
        return {};
    }
    const int yearIndex = numbers[0].size() == 4 && numbers[1].size() != 4 ? 0 : 1;
    const int year = yearTyped(numbers[yearIndex], today);
    const int day = dayOrMonthTyped(numbers[1 - yearIndex]);
    return year == 0 ? QDate() : QDate(year, month, day);
}

QDate readDate(const QString& text, const QLocale& locale, const QDate& today)
{
    const auto tokens = dateTokens(text);
    if (!tokens || tokens->size() > 4) {
        return {};
    }
    QStringList numbers;
    int month = 0;
    for (qsizetype i = 0; i < tokens->size(); ++i) {
        const DateToken& token = tokens->at(i);
        if (token.isNumber) {
            numbers.append(token.text);
            continue;
        }
        if (i > 0 && tokens->at(i - 1).isNumber && isOrdinalSuffix(token.text)) {
            continue; // 1st, 2nd, 3rd, 4th
        }
        const int named = monthNamed(token.text, locale);
        if (named == 0 || month != 0) {
            return {};
        }
        month = named;
    }
    return month != 0 ? dateFromNamedMonth(month, numbers, today) : dateFromNumbers(numbers, locale, today);
}

} // namespace

Result<QDate> parseTypedDate(const QString& text, const QLocale& locale, const QDate& today)
{
    Q_ASSERT(today.isValid());
    const QString typed = text.simplified();
    if (const QDate date = readDate(typed, locale, today); date.isValid()) {
        return date;
    }
    const QString iso = today.toString(Qt::ISODate);
    const QString local = locale.toString(today, typedDateFormat(locale));
    const QString named = locale.toString(today, QStringLiteral("d MMM yyyy"));
    if (typed.isEmpty()) {
        return Error {
            QCoreApplication::translate("Dates", "Type a date, such as %1, %2 or %3.").arg(iso, local, named),
            QStringLiteral("missing-date"), QString()
        };
    }
    return Error { QCoreApplication::translate("Dates", "“%1” is not a date: type it as %2, %3 or %4.")
                       .arg(quotedText(typed), iso, local, named),
                   QStringLiteral("unreadable-date"), QString() };
}

} // namespace mutualise::domain
