#include "formats/Blt.h"

#include "domain/Text.h"
#include "formats/TextLines.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <optional>
#include <utility>

namespace mutualise::formats::Blt {

using namespace mutualise::domain;

namespace {

using Line = TextLines::Line;

Error lineError(int line, const QString& problem, const QString& rule)
{
    //: A problem in a .blt ballot file: "Line 12: there is no candidate 14 ..."
    return Error { QCoreApplication::translate("Blt", "Line %1: %2").arg(line).arg(problem), rule,
                   QString::number(line) };
}

Error lineError(int line, const QString& problem, const char* rule)
{
    return lineError(line, problem, QString::fromLatin1(rule));
}

Error fileError(const QString& problem, const char* rule, const char* field = "")
{
    return Error { problem, QString::fromLatin1(rule), QString::fromLatin1(field) };
}

// The file's lines that carry anything, trimmed, read one at a time as the reader asks for them.
class NonBlankLines
{
public:
    explicit NonBlankLines(QByteArrayView content)
        : m_text(content)
    { }

    // The next line that is not blank; nullopt at the end of the file.
    Result<std::optional<Line>> next()
    {
        Line line;
        while (m_text.next(line)) {
            line.text = std::move(line.text).trimmed();
            if (!line.text.isEmpty())
                return std::optional<Line>(std::move(line));
        }
        switch (m_text.problem()) {
        case TextLines::Problem::None:
            break;
        case TextLines::Problem::NotUtf8:
            return lineError(m_text.problemLine(),
                             QCoreApplication::translate(
                                 "Blt",
                                 "this is not UTF-8 text. Save the ballots as UTF-8 (in a spreadsheet or "
                                 "editor choose \"UTF-8\" when saving) and try again."),
                             "not-utf8");
        case TextLines::Problem::TooLong:
            return lineError(m_text.problemLine(), TextLines::tooLongMessage(), "line-too-long");
        }
        return std::optional<Line>();
    }

private:
    TextLines m_text;
};

// The tokens of a line, separated by any spaces, as views into it.
QList<QStringView> tokensOf(QStringView text)
{
    QList<QStringView> tokens;
    qsizetype start = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text.at(i).isSpace()) {
            if (start < 0)
                start = i;
        } else if (start >= 0) {
            tokens.append(text.sliced(start, i - start));
            start = -1;
        }
    }
    if (start >= 0)
        tokens.append(text.sliced(start));
    return tokens;
}

// Plain ASCII digits with an optional minus: no "+", no spaces, no hexadecimal.
bool isIntegerSyntax(QStringView token)
{
    if (token.isEmpty() || token == u"-")
        return false;
    for (qsizetype i = 0; i < token.size(); ++i) {
        const QChar c = token.at(i);
        if (!(c >= u'0' && c <= u'9') && !(i == 0 && c == u'-'))
            return false;
    }
    return true;
}

// The number, when the token is one that fits in 64 bits.
std::optional<qint64> integerToken(QStringView token)
{
    if (!isIntegerSyntax(token))
        return std::nullopt;
    bool isNumber = false;
    const qint64 value = token.toLongLong(&isNumber);
    return isNumber ? std::optional(value) : std::nullopt;
}

QString quoted(QStringView token)
{
    return quotedText(token.toString());
}

// "-3 -5": candidates who withdrew, numbered from 1.
Result<QList<int>> withdrawnFrom(const QList<QStringView>& tokens, int candidates, int line)
{
    QList<int> withdrawn;
    for (const QStringView token : tokens) {
        const auto value = integerToken(token);
        if (!value || *value >= 0) {
            return lineError(line,
                             QCoreApplication::translate(
                                 "Blt",
                                 "\"%1\" is not a withdrawn candidate; withdrawn candidates are written as "
                                 "negative numbers such as -2.")
                                 .arg(quoted(token)),
                             "blt-header");
        }
        if (-*value > candidates) {
            return lineError(line,
                             QCoreApplication::translate(
                                 "Blt",
                                 "there is no candidate %1 to withdraw; the file names %n candidate(s).",
                                 nullptr, candidates)
                                 .arg(quoted(token.sliced(1))),
                             "unknown-candidate");
        }
        if (!withdrawn.contains(static_cast<int>(-*value - 1)))
            withdrawn.append(static_cast<int>(-*value - 1));
    }
    return withdrawn;
}

QString tooManyCandidates(const QString& candidates)
{
    return QCoreApplication::translate("Blt", "%1 candidates are more than a .blt file may name: at most %2.")
        .arg(candidates, QLocale().toString(maximumCandidates));
}

QString tooManySeats(qint64 seats, qint64 standing)
{
    return QCoreApplication::translate("Blt", "More seats (%1) than candidates standing (%2).")
        .arg(seats)
        .arg(standing);
}

Result<BltElection> readHeader(const Line& line)
{
    const QList<QStringView> tokens = tokensOf(line.text);
    const auto candidates = tokens.size() >= 2 ? integerToken(tokens.at(0)) : std::nullopt;
    const auto seats = tokens.size() >= 2 ? integerToken(tokens.at(1)) : std::nullopt;
    if (tokens.size() >= 2 && isIntegerSyntax(tokens.at(0)) && !tokens.at(0).startsWith(u'-')
        && (!candidates || *candidates > maximumCandidates))
        return lineError(line.number, tooManyCandidates(quoted(tokens.at(0))), "blt-header");
    if (!candidates || !seats || *candidates < 1 || *seats < 1) {
        return lineError(line.number,
                         QCoreApplication::translate(
                             "Blt",
                             "the first line must give the number of candidates and the number of seats, "
                             "such as \"5 3\"."),
                         "blt-header");
    }
    if (*seats > *candidates)
        return lineError(line.number, tooManySeats(*seats, *candidates), "blt-header");
    BltElection election;
    election.seats = static_cast<int>(*seats);
    const auto withdrawn = withdrawnFrom(tokens.mid(2), static_cast<int>(*candidates), line.number);
    if (!withdrawn)
        return withdrawn.error();
    election.withdrawn = *withdrawn;
    election.candidates.resize(*candidates);
    return election;
}

// Reads ballot lines, each checked against the candidates as it comes.
class BallotReader
{
public:
    explicit BallotReader(int candidates)
        : m_candidates(candidates)
        , m_lastSeenOn(candidates, 0)
    { }

    Result<BltBallot> read(const Line& line)
    {
        const QList<QStringView> tokens = tokensOf(line.text);
        BltBallot ballot;
        ballot.line = line.number;
        const auto weight = integerToken(tokens.constFirst());
        if (!weight || *weight < 1 || *weight > maximumTotalWeight) {
            return lineError(line.number,
                             QCoreApplication::translate(
                                 "Blt",
                                 "a ballot line starts with how many papers it stands for, a whole number of "
                                 "at least 1, not \"%1\".")
                                 .arg(quoted(tokens.constFirst())),
                             "blt-ballot");
        }
        ballot.weight = *weight;
        if (tokens.size() < 2 || tokens.constLast() != u"0") {
            return lineError(line.number,
                             QCoreApplication::translate("Blt", "a ballot line must end with 0."),
                             "blt-ballot");
        }
        ballot.preferences.reserve(tokens.size() - 2);
        for (const QStringView token : tokens.mid(1, tokens.size() - 2)) {
            const auto candidate = preferenceFrom(token, line.number);
            if (!candidate)
                return candidate.error();
            ballot.preferences.append(*candidate);
        }
        ++m_ballots;
        return ballot;
    }

private:
    Result<int> preferenceFrom(QStringView token, int line)
    {
        const auto candidate = integerToken(token);
        if (!candidate || *candidate < 1) {
            return lineError(line,
                             QCoreApplication::translate(
                                 "Blt",
                                 "\"%1\" is not a candidate number. Preferences are candidate numbers from "
                                 "1, separated by spaces; equal preferences (\"=\") are not allowed.")
                                 .arg(quoted(token)),
                             "blt-ballot");
        }
        if (*candidate > m_candidates) {
            return lineError(line,
                             QCoreApplication::translate("Blt",
                                                         "there is no candidate %1; the file names %n "
                                                         "candidate(s).",
                                                         nullptr, m_candidates)
                                 .arg(quoted(token)),
                             "unknown-candidate");
        }
        const int index = static_cast<int>(*candidate - 1);
        // Marked with the ballot's serial number: no set to allocate for each of a million ballots.
        if (m_lastSeenOn.at(index) == m_ballots + 1) {
            return lineError(line,
                             QCoreApplication::translate(
                                 "Blt", "candidate %1 is given more than one preference on the same ballot.")
                                 .arg(*candidate),
                             "duplicate-preference");
        }
        m_lastSeenOn[index] = m_ballots + 1;
        return index;
    }

    int m_candidates = 0;
    QList<qsizetype> m_lastSeenOn;
    qsizetype m_ballots = 0;
};

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
                             .arg(quotedText(text.mid(i + 1))),
                         "blt-names");
    }
    return name.trimmed();
}

// What a name or the title must be, in a file read or written: plain text on one line, no longer than
// any title, with no spaces around it (read() trims them, so write() could not give them back).
// `what` is "the name of candidate 2" or "the title", as the message starts.
Outcome checkText(const QString& text, const QString& what)
{
    if (!text.isValidUtf16())
        return fileError(QCoreApplication::translate("Blt", "%1 is not valid text.").arg(what), "blt-names");
    if (auto plain = checkPlainText(text, what, QString()); !plain)
        return plain;
    if (text.size() > maximumTitleLength)
        return fileError(QCoreApplication::translate("Blt", "%1 is longer than %2 characters: “%3”.")
                             .arg(what)
                             .arg(maximumTitleLength)
                             .arg(quotedText(text)),
                         "blt-names");
    if (text != text.trimmed())
        return fileError(QCoreApplication::translate("Blt", "%1 begins or ends with a space: “%2”.")
                             .arg(what, quotedText(text)),
                         "blt-names");
    return ok();
}

// Candidates named alike, ignoring case, as an election's candidates are compared.
class NameRegister
{
public:
    struct Earlier
    {
        int candidate = 0; // from 1
        int line = 0;
    };

    // The candidate of the same name met before, if any; otherwise it notes this one.
    std::optional<Earlier> add(const QString& name, int candidate, int line)
    {
        const QString key = name.toCaseFolded();
        if (const auto found = m_names.constFind(key); found != m_names.cend())
            return *found;
        m_names.insert(key, Earlier { candidate, line });
        return std::nullopt;
    }

private:
    QHash<QString, Earlier> m_names;
};

QString candidateName(int candidate)
{
    return QCoreApplication::translate("Blt", "the name of candidate %1").arg(candidate);
}

QString theTitle()
{
    return QCoreApplication::translate("Blt", "the title");
}

// Withdrawn candidates on lines of their own, before the ballots; the first other line is returned.
Result<std::optional<Line>> readWithdrawnLines(NonBlankLines& lines, BltElection& election)
{
    const int candidates = static_cast<int>(election.candidates.size());
    for (;;) {
        auto line = lines.next();
        if (!line || !*line || !(*line)->text.startsWith(u'-'))
            return line;
        const Line& withdrawnLine = **line;
        const auto withdrawn = withdrawnFrom(tokensOf(withdrawnLine.text), candidates, withdrawnLine.number);
        if (!withdrawn)
            return withdrawn.error();
        for (int candidate : *withdrawn) {
            if (!election.withdrawn.contains(candidate))
                election.withdrawn.append(candidate);
        }
    }
}

// The ballots, up to the line with just 0, starting at `first`.
Outcome readBallots(NonBlankLines& lines, std::optional<Line> line, BltElection& election)
{
    BallotReader reader(static_cast<int>(election.candidates.size()));
    qint64 total = 0;
    QHash<QList<int>, qsizetype> firstWithPreferences; // where each set of preferences was first read
    for (;;) {
        if (!line) {
            return fileError(
                QCoreApplication::translate(
                    "Blt", "The ballots never end: a line with just 0 must follow the last ballot."),
                "blt-ballot");
        }
        if (line->text == u"0")
            return ok();
        auto ballot = reader.read(*line);
        if (!ballot)
            return ballot.error();
        total += ballot->weight;
        if (total > maximumTotalWeight) {
            return lineError(line->number,
                             QCoreApplication::translate("Blt", "the file holds more than %1 ballot papers.")
                                 .arg(QLocale().toString(maximumTotalWeight)),
                             "blt-ballot");
        }
        // Identical papers are kept once with their weights added: a file of a million identical
        // lines costs one ballot, and the count is the same.
        if (const auto same = firstWithPreferences.constFind(ballot->preferences);
            same != firstWithPreferences.cend()) {
            election.ballots[same.value()].weight += ballot->weight;
        } else {
            firstWithPreferences.insert(ballot->preferences, election.ballots.size());
            election.ballots.append(std::move(ballot).value());
        }
        auto next = lines.next();
        if (!next)
            return next.error();
        line = std::move(next).value();
    }
}

Outcome readNames(NonBlankLines& lines, BltElection& election)
{
    const int candidates = static_cast<int>(election.candidates.size());
    NameRegister names;
    for (int i = 0; i < candidates; ++i) {
        const auto line = lines.next();
        if (!line)
            return line.error();
        if (!*line) {
            return fileError(QCoreApplication::translate(
                                 "Blt",
                                 "The file names %1 of its %n candidate(s): one name a line must follow "
                                 "the ballots.",
                                 nullptr, candidates)
                                 .arg(i),
                             "blt-names");
        }
        const Line& nameLine = **line;
        const auto name = readName(nameLine);
        if (!name)
            return name.error();
        if (name->isEmpty())
            return lineError(nameLine.number,
                             QCoreApplication::translate("Blt", "candidate %1 has no name.").arg(i + 1),
                             "blt-names");
        if (auto checked = checkText(*name, candidateName(i + 1)); !checked)
            return lineError(nameLine.number, checked.error().message, checked.error().rule);
        if (const auto earlier = names.add(*name, i + 1, nameLine.number)) {
            return lineError(nameLine.number,
                             QCoreApplication::translate("Blt",
                                                         "candidate %1 has the name of candidate %2 on line "
                                                         "%3, “%4”: the result could not say which of them "
                                                         "was elected.")
                                 .arg(i + 1)
                                 .arg(earlier->candidate)
                                 .arg(earlier->line)
                                 .arg(quotedText(*name)),
                             "duplicate-candidate");
        }
        election.candidates[i] = *name;
    }
    return ok();
}

Outcome readTitle(NonBlankLines& lines, BltElection& election)
{
    const auto line = lines.next();
    if (!line)
        return line.error();
    if (!*line)
        return ok();
    const auto title = readName(**line);
    if (!title)
        return title.error();
    if (auto checked = checkText(*title, theTitle()); !checked)
        return lineError((*line)->number, checked.error().message, checked.error().rule);
    election.title = *title;
    const auto after = lines.next();
    if (!after)
        return after.error();
    if (*after) {
        return lineError((*after)->number,
                         QCoreApplication::translate("Blt", "unexpected text after the title: \"%1\".")
                             .arg(quotedText((*after)->text)),
                         "blt-names");
    }
    return ok();
}

} // namespace

Result<BltElection> read(QByteArrayView content)
{
    NonBlankLines lines(content);
    const auto first = lines.next();
    if (!first)
        return first.error();
    if (!*first)
        return fileError(QCoreApplication::translate("Blt", "The ballot file is empty."), "blt-header");
    auto header = readHeader(**first);
    if (!header)
        return header.error();
    BltElection election = std::move(header).value();

    auto firstBallot = readWithdrawnLines(lines, election);
    if (!firstBallot)
        return firstBallot.error();
    if (auto done = readBallots(lines, std::move(firstBallot).value(), election); !done)
        return done.error();
    if (auto done = readNames(lines, election); !done)
        return done.error();
    if (auto done = readTitle(lines, election); !done)
        return done.error();

    const int standing = static_cast<int>(election.candidates.size() - election.withdrawn.size());
    if (election.seats > standing)
        return lineError(first->value().number, tooManySeats(election.seats, standing), "blt-header");
    return election;
}

namespace {

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

// `problem`, a sentence, and why it stops the file being written.
Error notWritable(const QString& problem, const QString& rule, const char* field)
{
    //: Why an election cannot be written to a .blt file; %1 is the problem, a whole sentence.
    return Error { QCoreApplication::translate("Blt",
                                               "%1 A .blt file could not give it back, so none is written.")
                       .arg(capitalised(problem)),
                   rule, QString::fromLatin1(field) };
}

Error notWritable(const QString& problem, const char* rule, const char* field)
{
    return notWritable(problem, QString::fromLatin1(rule), field);
}

Error notWritable(const Error& problem, const char* field)
{
    return notWritable(problem.message, problem.rule, field);
}

Outcome checkWritableCandidates(const BltElection& election)
{
    const qsizetype candidates = election.candidates.size();
    if (candidates < 1 || candidates > maximumCandidates)
        return notWritable(
            QCoreApplication::translate("Blt", "%1 candidates; a .blt file names from 1 to %2.")
                .arg(candidates)
                .arg(QLocale().toString(maximumCandidates)),
            "blt-header", "candidates");
    NameRegister names;
    for (int i = 0; i < candidates; ++i) {
        const QString& name = election.candidates.at(i);
        if (name.isEmpty())
            return notWritable(QCoreApplication::translate("Blt", "candidate %1 has no name.").arg(i + 1),
                               "blt-names", "candidates");
        if (auto checked = checkText(name, candidateName(i + 1)); !checked)
            return notWritable(checked.error(), "candidates");
        if (const auto earlier = names.add(name, i + 1, 0))
            return notWritable(QCoreApplication::translate("Blt", "candidates %1 and %2 are both named “%3”.")
                                   .arg(earlier->candidate)
                                   .arg(i + 1)
                                   .arg(quotedText(name)),
                               "duplicate-candidate", "candidates");
    }
    QList<bool> isWithdrawn(candidates, false);
    for (int candidate : election.withdrawn) {
        if (candidate < 0 || candidate >= candidates || isWithdrawn.at(candidate))
            return notWritable(
                QCoreApplication::translate(
                    "Blt", "the withdrawn candidates are not distinct candidates of the election."),
                "unknown-candidate", "candidates");
        isWithdrawn[candidate] = true;
    }
    const qsizetype standing = candidates - election.withdrawn.size();
    if (election.seats < 1 || election.seats > standing)
        return notWritable(tooManySeats(election.seats, standing), "blt-header", "seats");
    return ok();
}

Outcome checkWritableBallots(const BltElection& election)
{
    const qsizetype candidates = election.candidates.size();
    QList<qsizetype> lastSeenOn(candidates, 0);
    qint64 total = 0;
    for (qsizetype i = 0; i < election.ballots.size(); ++i) {
        const BltBallot& ballot = election.ballots.at(i);
        if (ballot.weight < 1)
            return notWritable(
                QCoreApplication::translate("Blt",
                                            "ballot %1 stands for %2 papers; each ballot stands "
                                            "for at least 1.")
                    .arg(i + 1)
                    .arg(ballot.weight),
                "blt-ballot", "ballots");
        if (ballot.weight > maximumTotalWeight - total)
            return notWritable(QCoreApplication::translate(
                                   "Blt", "with ballot %1 the ballots stand for more than %2 papers.")
                                   .arg(i + 1)
                                   .arg(QLocale().toString(maximumTotalWeight)),
                               "blt-ballot", "ballots");
        total += ballot.weight;
        for (int candidate : ballot.preferences) {
            if (candidate < 0 || candidate >= candidates || lastSeenOn.at(candidate) == i + 1)
                return notWritable(QCoreApplication::translate(
                                       "Blt",
                                       "ballot %1 ranks a candidate the election does not have, or one "
                                       "candidate twice.")
                                       .arg(i + 1),
                                   "blt-ballot", "ballots");
            lastSeenOn[candidate] = i + 1;
        }
    }
    return ok();
}

QString quotedName(QString text)
{
    return u'"' + text.replace(u'"', QStringLiteral("\"\"")) + u'"';
}

} // namespace

Result<QByteArray> write(const BltElection& election)
{
    if (auto checked = checkWritableCandidates(election); !checked)
        return checked.error();
    if (auto checked = checkText(election.title, theTitle()); !checked)
        return notWritable(checked.error(), "title");
    if (auto checked = checkWritableBallots(election); !checked)
        return checked.error();

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
        text += quotedName(name) + u'\n';
    text += quotedName(election.title) + u'\n';
    return text.toUtf8();
}

} // namespace mutualise::formats::Blt
