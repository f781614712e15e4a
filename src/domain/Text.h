#pragma once

#include "Error.h"

#include <QString>

namespace mutualise::domain {

// Text that a person types or a file brings (names, e-mails, titles, candidates), checked before it is
// stored, and text from a file made harmless before it is printed.

// Whether a text may run over several lines: only a postal address may.
enum class Lines
{
    Single,
    Several
};

// The longest name or title (of a member, a meeting, a motion, an election, a candidate).
inline constexpr qsizetype maximumTitleLength = 200;

// Refuses text holding a control character (ESC, NUL, a tab, DEL, the C1 controls, the line and
// paragraph separators) or a character that reorders what is displayed around it (U+202A to U+202E,
// U+2066 to U+2069), so that nothing stored can rewrite a terminal, split a table row or make one name
// look like another. A line feed is allowed when `lines` is Several. Rule "control-character"; the
// message names `what` ("The name") and the character as U+XXXX, and Error::field is `field`.
Outcome checkPlainText(const QString& text, const QString& what, const QString& field,
                       Lines lines = Lines::Single);

// Whether `c` is a character that checkPlainText refuses on a single line.
bool isUnsafeCharacter(char32_t c);

// `text` with every unsafe character shown as an escape (\n, \t, \x1b, \u202e), for text tables and
// messages that print what an older file or a hostile input holds.
QString visibleText(const QString& text);

// The longest piece of input quoted back in a message.
inline constexpr qsizetype maximumQuotedLength = 200;

// `text` as visibleText shows it, cut at maximumQuotedLength characters with "…" when longer: what a
// message quotes of the input that it refuses.
QString quotedText(const QString& text);

} // namespace mutualise::domain
