#include "Election.h"

#include "Text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

namespace mutualise::domain {

namespace {

Error electionError(const QString& message, const char* rule, const char* field)
{
    return Error { message, QString::fromLatin1(rule), QString::fromLatin1(field) };
}

// A title or a candidate's name: plain text on one line of at most maximumTitleLength characters.
Outcome checkTitle(const QString& text, const QString& what, const char* field)
{
    if (auto plain = checkPlainText(text, what, QString::fromLatin1(field)); !plain)
        return plain;
    if (text.trimmed().size() > maximumTitleLength)
        return electionError(QCoreApplication::translate("Election", "%1 can be at most %2 characters long.")
                                 .arg(what)
                                 .arg(maximumTitleLength),
                             "invalid-text", field);
    return ok();
}

} // namespace

QString electionMethodKey(ElectionMethod method)
{
    switch (method) {
    case ElectionMethod::SingleTransferableVote:
        return QStringLiteral("stv");
    case ElectionMethod::Plurality:
        return QStringLiteral("plurality");
    }
    Q_UNREACHABLE();
}

std::optional<ElectionMethod> electionMethodFromKey(QStringView key)
{
    for (const ElectionMethod method :
         { ElectionMethod::SingleTransferableVote, ElectionMethod::Plurality }) {
        if (key == electionMethodKey(method))
            return method;
    }
    return std::nullopt;
}

QString electionMethodLabel(ElectionMethod method)
{
    switch (method) {
    case ElectionMethod::SingleTransferableVote:
        return QCoreApplication::translate("Election", "Single transferable vote");
    case ElectionMethod::Plurality:
        return QCoreApplication::translate("Election", "Plurality (most votes)");
    }
    Q_UNREACHABLE();
}

Outcome validateElection(const Election& election, const QList<Candidate>& candidates)
{
    if (election.title.trimmed().isEmpty())
        return electionError(QCoreApplication::translate("Election", "An election needs a title."),
                             "missing-title", "title");
    if (auto valid = checkTitle(election.title,
                                QCoreApplication::translate("Election", "The election's title"), "title");
        !valid)
        return valid;
    if (election.seats < 1)
        return electionError(QCoreApplication::translate("Election", "An election fills at least one seat."),
                             "invalid-seats", "seats");
    if (candidates.size() > maximumCandidates)
        return electionError(
            QCoreApplication::translate("Election",
                                        "An election can have at most %1 candidates; this one "
                                        "has %2.")
                .arg(QLocale().toString(maximumCandidates), QLocale().toString(candidates.size())),
            "too-many-candidates", "candidates");
    QSet<QString> names;
    int standing = 0;
    for (const Candidate& candidate : candidates) {
        const QString name = candidate.name.trimmed();
        if (name.isEmpty())
            return electionError(
                QCoreApplication::translate("Election", "Candidate %1 has no name.").arg(candidate.position),
                "missing-name", "candidates");
        if (auto valid = checkTitle(
                candidate.name,
                QCoreApplication::translate("Election", "The name of candidate %1").arg(candidate.position),
                "candidates");
            !valid)
            return valid;
        if (names.contains(name.toCaseFolded()))
            return electionError(QCoreApplication::translate("Election", "Two candidates are named “%1”.")
                                     .arg(quotedText(name)),
                                 "duplicate-candidate", "candidates");
        names.insert(name.toCaseFolded());
        if (!candidate.isWithdrawn)
            ++standing;
    }
    if (standing < election.seats)
        return electionError(QCoreApplication::translate("Election",
                                                         "Each seat needs a candidate: seats %1, "
                                                         "candidates standing %2.")
                                 .arg(election.seats)
                                 .arg(standing),
                             "too-few-candidates", "candidates");
    return ok();
}

Outcome validatePaper(const Election& election, const QList<Candidate>& candidates,
                      const QList<int>& preferences)
{
    QSet<int> seen;
    for (int position : preferences) {
        const auto candidate
            = std::find_if(candidates.cbegin(), candidates.cend(),
                           [position](const Candidate& c) { return c.position == position; });
        if (candidate == candidates.cend())
            return electionError(
                QCoreApplication::translate("Election", "There is no candidate %1.").arg(position),
                "unknown-candidate", "preferences");
        if (candidate->isWithdrawn)
            return electionError(
                QCoreApplication::translate("Election", "%1 has withdrawn.").arg(quotedText(candidate->name)),
                "withdrawn-candidate", "preferences");
        if (seen.contains(position))
            return electionError(QCoreApplication::translate("Election", "%1 is marked more than once.")
                                     .arg(quotedText(candidate->name)),
                                 "duplicate-preference", "preferences");
        seen.insert(position);
    }
    if (election.method == ElectionMethod::Plurality && preferences.size() > election.seats)
        return electionError(QCoreApplication::translate("Election",
                                                         "The paper marks %1 candidates; a voter "
                                                         "marks at most %2, one a seat.")
                                 .arg(preferences.size())
                                 .arg(election.seats),
                             "too-many-marks", "preferences");
    return ok();
}

Outcome checkSameCandidates(const QStringList& fileCandidates, const QList<Candidate>& candidates)
{
    QStringList names;
    for (const Candidate& candidate : candidates)
        names.append(candidate.name);
    if (fileCandidates == names)
        return ok();
    // Quoted one by one: a name read from a file may hold anything, at any length.
    const auto quoted = [](const QStringList& list) {
        QStringList each;
        for (const QString& name : list.mid(0, 50))
            each.append(quotedText(name));
        if (list.size() > 50)
            each.append(QStringLiteral("…"));
        return each.join(QStringLiteral(", "));
    };
    return electionError(QCoreApplication::translate("Election",
                                                     "The file's candidates (%1) are not this election's "
                                                     "(%2), in the same order.")
                             .arg(quoted(fileCandidates), quoted(names)),
                         "candidates-differ", "candidates");
}

} // namespace mutualise::domain
