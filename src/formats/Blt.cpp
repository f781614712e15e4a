#include "formats/Blt.h"

#include "formats/TextLines.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <optional>

namespace mutualise::formats::Blt {

using namespace mutualise::domain;

namespace {

Error lineError(int line, const QString& problem, const char* rule)
{
    //: A problem in a .blt ballot file: "Line 12: there is no candidate 14 ..."
    return Error { QCoreApplication::translate("Blt", "Line %1: %2").arg(line).arg(problem),
                   QString::fromLatin1(rule), QString::number(line) };
}

using Line = TextLines::Line;

// The file's lines that carry anything, trimmed.
Result<QList<Line>> nonBlankLines(const QByteArray& content)
{
    const TextLines text(content);
    if (!text.isUtf8()) {
        return lineError(text.invalidLine(),
                         QCoreApplication::translate(
                             "Blt",
                             "this is not UTF-8 text. Save the ballots as UTF-8 (in a spreadsheet or "
                             "editor choose \"UTF-8\" when saving) and try again."),
                         "not-utf8");
    }
    QList<Line> lines;
    for (const Line& line : text.lines()) {
        if (!line.text.trimmed().isEmpty())
            lines.append({ line.number, line.text.trimmed() });
    }
    return lines;
}

QStringList tokensOf(const QString& text)
{
    return text.simplified().split(u' ', Qt::SkipEmptyParts);
}

std::optional<qint64> integerToken(const QString& token)
{
    bool isNumber = false;
    // Plain digits with an optional minus: no "+", no spaces, no hexadecimal.
    for (qsizetype i = 0; i < token.size(); ++i) {
        if (!(token.at(i).isDigit() && token.at(i).unicode() < 128) && !(i == 0 && token.at(i) == u'-'))
            return std::nullopt;
    }
    const qint64 value = token.toLongLong(&isNumber);
    return isNumber ? std::optional(value) : std::nullopt;
}

// "-3 -5": candidates who withdrew, numbered from 1.
Result<QList<int>> withdrawnFrom(const QStringList& tokens, int candidates, int line)
{
    QList<int> withdrawn;
    for (const QString& token : tokens) {
        const auto value = integerToken(token);
        if (!value || *value >= 0) {
            return lineError(line,
                             QCoreApplication::translate(
                                 "Blt",
                                 "\"%1\" is not a withdrawn candidate; withdrawn candidates are written as "
                                 "negative numbers such as -2.")
                                 .arg(token),
                             "blt-header");
        }
        if (-*value > candidates) {
            return lineError(line,
                             QCoreApplication::translate(
                                 "Blt", "there is no candidate %1 to withdraw; the file names %2 candidates.")
                                 .arg(-*value)
                                 .arg(candidates),
                             "unknown-candidate");
        }
        if (!withdrawn.contains(static_cast<int>(-*value - 1)))
            withdrawn.append(static_cast<int>(-*value - 1));
    }
    return withdrawn;
}

Result<BltElection> readHeader(const Line& line)
{
    const QStringList tokens = tokensOf(line.text);
    const auto candidates = tokens.size() >= 2 ? integerToken(tokens.at(0)) : std::nullopt;
    const auto seats = tokens.size() >= 2 ? integerToken(tokens.at(1)) : std::nullopt;
    if (!candidates || !seats || *candidates < 1 || *seats < 1 || *candidates > 10'000) {
        return lineError(line.number,
                         QCoreApplication::translate(
                             "Blt",
                             "the first line must give the number of candidates and the number of seats, "
                             "such as \"5 3\"."),
                         "blt-header");
    }
    BltElection election;
    election.seats = static_cast<int>(*seats);
    const auto withdrawn = withdrawnFrom(tokens.mid(2), static_cast<int>(*candidates), line.number);
    if (!withdrawn)
        return withdrawn.error();
    election.withdrawn = *withdrawn;
    for (qint64 i = 0; i < *candidates; ++i)
        election.candidates.append(QString());
    return election;
}

Result<BltBallot> readBallot(const Line& line, int candidates)
{
    const QStringList tokens = tokensOf(line.text);
    BltBallot ballot;
    ballot.line = line.number;
    const auto weight = integerToken(tokens.constFirst());
    if (!weight || *weight < 1 || *weight > maximumTotalWeight) {
        return lineError(line.number,
                         QCoreApplication::translate(
                             "Blt",
                             "a ballot line starts with how many papers it stands for, a whole number of "
                             "at least 1, not \"%1\".")
                             .arg(tokens.constFirst()),
                         "blt-ballot");
    }
    ballot.weight = *weight;
    if (tokens.size() < 2 || tokens.constLast() != u"0") {
        return lineError(line.number, QCoreApplication::translate("Blt", "a ballot line must end with 0."),
                         "blt-ballot");
    }
    QSet<int> seen;
    for (const QString& token : tokens.mid(1, tokens.size() - 2)) {
        const auto candidate = integerToken(token);
        if (!candidate || *candidate < 1) {
            return lineError(line.number,
                             QCoreApplication::translate(
                                 "Blt",
                                 "\"%1\" is not a candidate number. Preferences are candidate numbers from "
                                 "1, separated by spaces; equal preferences (\"=\") are not allowed.")
                                 .arg(token),
                             "blt-ballot");
        }
        if (*candidate > candidates) {
            return lineError(
                line.number,
                QCoreApplication::translate("Blt", "there is no candidate %1; the file names %2 candidates.")
                    .arg(*candidate)
                    .arg(candidates),
                "unknown-candidate");
        }
        const int index = static_cast<int>(*candidate - 1);
        if (seen.contains(index)) {
            return lineError(line.number,
                             QCoreApplication::translate(
                                 "Blt", "candidate %1 is given more than one preference on the same ballot.")
                                 .arg(*candidate),
                             "duplicate-preference");
        }
        seen.insert(index);
        ballot.preferences.append(index);
    }
    return ballot;
}

// A name or title: "quoted" with "" for a quote inside, or the bare text of the line.
Result<QString> readName(const Line& line)
{
    const QString& text = line.text;
    if (!text.startsWith(u'"'))
        return text;
    QString name;
    qsizetype i = 1;
    for (; i < text.size(); ++i) {
        if (text.at(i) != u'"') {
            name.append(text.at(i));
        } else if (i + 1 < text.size() && text.at(i + 1) == u'"') {
            name.append(u'"');
            ++i;
        } else {
            break;
        }
    }
    if (i >= text.size())
        return lineError(line.number, QCoreApplication::translate("Blt", "the name has no closing quote."),
                         "blt-names");
    if (i + 1 < text.size()) {
        return lineError(line.number,
                         QCoreApplication::translate(
                             "Blt",
                             "there is text after the closing quote: \"%1\". A quote inside a name is "
                             "written twice (\"\").")
                             .arg(text.mid(i + 1)),
                         "blt-names");
    }
    return name.trimmed();
}

} // namespace

Result<BltElection> read(const QByteArray& content)
{
    const auto lines = nonBlankLines(content);
    if (!lines)
        return lines.error();
    if (lines->isEmpty())
        return Error { QCoreApplication::translate("Blt", "The ballot file is empty."),
                       QStringLiteral("blt-header"), QString() };

    auto header = readHeader(lines->constFirst());
    if (!header)
        return header.error();
    BltElection election = std::move(header).value();
    const int candidates = static_cast<int>(election.candidates.size());

    qsizetype next = 1;
    // Withdrawn candidates on lines of their own, before the ballots.
    while (next < lines->size() && lines->at(next).text.startsWith(u'-')) {
        const auto withdrawn
            = withdrawnFrom(tokensOf(lines->at(next).text), candidates, lines->at(next).number);
        if (!withdrawn)
            return withdrawn.error();
        for (int candidate : *withdrawn) {
            if (!election.withdrawn.contains(candidate))
                election.withdrawn.append(candidate);
        }
        ++next;
    }

    qint64 total = 0;
    for (;; ++next) {
        if (next >= lines->size()) {
            return Error { QCoreApplication::translate(
                               "Blt",
                               "The ballots never end: a line with just 0 must follow the last ballot."),
                           QStringLiteral("blt-ballot"), QString() };
        }
        const Line& line = lines->at(next);
        if (line.text == u"0")
            break;
        auto ballot = readBallot(line, candidates);
        if (!ballot)
            return ballot.error();
        total += ballot->weight;
        if (total > maximumTotalWeight) {
            return lineError(line.number,
                             QCoreApplication::translate("Blt", "the file holds more than %1 ballot papers.")
                                 .arg(QLocale().toString(maximumTotalWeight)),
                             "blt-ballot");
        }
        election.ballots.append(std::move(ballot).value());
    }
    ++next;

    for (int i = 0; i < candidates; ++i, ++next) {
        if (next >= lines->size()) {
            return Error { QCoreApplication::translate(
                               "Blt",
                               "The file names %1 of its %2 candidates: one name a line must follow the "
                               "ballots.")
                               .arg(i)
                               .arg(candidates),
                           QStringLiteral("blt-names"), QString() };
        }
        const auto name = readName(lines->at(next));
        if (!name)
            return name.error();
        if (name->isEmpty())
            return lineError(lines->at(next).number,
                             QCoreApplication::translate("Blt", "candidate %1 has no name.").arg(i + 1),
                             "blt-names");
        election.candidates[i] = *name;
    }
    if (next < lines->size()) {
        const auto title = readName(lines->at(next));
        if (!title)
            return title.error();
        election.title = *title;
        ++next;
    }
    if (next < lines->size()) {
        return lineError(lines->at(next).number,
                         QCoreApplication::translate("Blt", "unexpected text after the title: \"%1\".")
                             .arg(lines->at(next).text),
                         "blt-names");
    }
    const int standing = candidates - static_cast<int>(election.withdrawn.size());
    if (election.seats > standing) {
        return lineError(lines->constFirst().number,
                         QCoreApplication::translate("Blt", "More seats (%1) than candidates standing (%2).")
                             .arg(election.seats)
                             .arg(standing),
                         "blt-header");
    }
    return election;
}

QByteArray write(const BltElection& election)
{
    const auto quoted = [](QString text) { return u'"' + text.replace(u'"', QStringLiteral("\"\"")) + u'"'; };
    QString text = QStringLiteral("%1 %2\n").arg(election.candidates.size()).arg(election.seats);
    if (!election.withdrawn.isEmpty()) {
        QStringList withdrawn;
        for (int candidate : election.withdrawn)
            withdrawn.append(QString::number(-(candidate + 1)));
        text += withdrawn.join(u' ') + u'\n';
    }
    for (const BltBallot& ballot : election.ballots) {
        text += QString::number(ballot.weight);
        for (int candidate : ballot.preferences)
            text += u' ' + QString::number(candidate + 1);
        text += QStringLiteral(" 0\n");
    }
    text += QStringLiteral("0\n");
    for (const QString& name : election.candidates)
        text += quoted(name) + u'\n';
    text += quoted(election.title) + u'\n';
    return text.toUtf8();
}

} // namespace mutualise::formats::Blt
