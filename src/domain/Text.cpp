#include "domain/Text.h"

#include <QCoreApplication>
#include <QStringView>

#include <algorithm>

namespace mutualise::domain {

namespace {

bool isReordering(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

QString codePointName(char32_t c)
{
    return QStringLiteral("U+%1").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace

bool isUnsafeCharacter(char32_t c)
{
    const bool c0 = c < 0x20;
    const bool c1 = c >= 0x7F && c <= 0x9F;
    const bool separator = c == 0x2028 || c == 0x2029;
    return c0 || c1 || separator || isReordering(c);
}

Outcome checkPlainText(const QString& text, const QString& what, const QString& field, Lines lines)
{
    // Every unsafe character is in the Basic Multilingual Plane: most texts are passed on their UTF-16
    // units alone, without decoding them.
    const bool isSafe = std::none_of(text.cbegin(), text.cend(), [lines](QChar unit) {
        return isUnsafeCharacter(unit.unicode()) && !(unit == u'\n' && lines == Lines::Several);
    });
    if (isSafe)
        return ok();
    for (const char32_t c : QStringView(text).toUcs4()) {
        if (c == U'\n' && lines == Lines::Several)
            continue;
        if (!isUnsafeCharacter(c))
            continue;
        const QString message = c == U'\n'
            ? QCoreApplication::translate("Text", "%1 must fit on one line: it holds a line break.").arg(what)
            : QCoreApplication::translate("Text",
                                          "%1 holds the control character %2, which could change how "
                                          "it is displayed or printed. Remove it and type the text again.")
                  .arg(what, codePointName(c));
        return Error { message, QStringLiteral("control-character"), field };
    }
    return ok();
}

QString visibleText(const QString& text)
{
    // Every unsafe character is in the Basic Multilingual Plane, so a text none of whose UTF-16 units is
    // one is returned as it is, shared rather than copied: most texts, in a report of many rows.
    const bool isSafe = std::none_of(text.cbegin(), text.cend(),
                                     [](QChar unit) { return isUnsafeCharacter(unit.unicode()); });
    if (isSafe)
        return text;
    QString visible;
    visible.reserve(text.size());
    for (const char32_t c : QStringView(text).toUcs4()) {
        if (!isUnsafeCharacter(c)) {
            visible.append(QString::fromUcs4(&c, 1));
            continue;
        }
        switch (c) {
        case U'\n':
            visible.append(QLatin1String("\\n"));
            break;
        case U'\r':
            visible.append(QLatin1String("\\r"));
            break;
        case U'\t':
            visible.append(QLatin1String("\\t"));
            break;
        default:
            visible.append(c <= 0xFF
                               ? QStringLiteral("\\x%1").arg(static_cast<uint>(c), 2, 16, QLatin1Char('0'))
                               : QStringLiteral("\\u%1").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0')));
        }
    }
    return visible;
}

QString quotedText(const QString& text)
{
    // Cut before escaping, so that a 50 MB field costs no more than its first characters.
    const bool cut = text.size() > maximumQuotedLength;
    QString visible = visibleText(cut ? text.left(maximumQuotedLength) : text);
    if (visible.size() > maximumQuotedLength) {
        visible.truncate(maximumQuotedLength);
        return visible + QChar(0x2026);
    }
    return cut ? visible + QChar(0x2026) : visible;
}

} // namespace mutualise::domain
