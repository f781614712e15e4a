#include "Vote.h"

#include <QCoreApplication>
#include <QLocale>

namespace mutualise::domain {

namespace {

constexpr int wholeInBasisPoints = 10'000;

template<typename Enum, typename KeyOf>
std::optional<Enum> fromKey(QStringView key, const QList<Enum>& values, KeyOf keyOf)
{
    for (const Enum value : values) {
        if (key == keyOf(value))
            return value;
    }
    return std::nullopt;
}

Error voteError(const QString& message, const char* rule, const char* field)
{
    return Error { message, QString::fromLatin1(rule), QString::fromLatin1(field) };
}

QString percentText(int basisPoints)
{
    return QLocale().toString(basisPoints / 100.0, 'f', QLocale::FloatingPointShortest);
}

Outcome validateQuorum(const QuorumRule& quorum)
{
    if (quorum.minimumMembers < 0)
        return voteError(QCoreApplication::translate("Vote", "A quorum cannot be fewer than no members."),
                         "invalid-quorum", "quorum");
    if (quorum.basisPoints < 0 || quorum.basisPoints > wholeInBasisPoints)
        return voteError(QCoreApplication::translate(
                             "Vote", "A quorum of %1% of the eligible members is not between 0% and 100%.")
                             .arg(percentText(quorum.basisPoints)),
                         "invalid-quorum", "quorum");
    return ok();
}

Outcome validateCap(int capBasisPoints)
{
    if (capBasisPoints < 0 || capBasisPoints > wholeInBasisPoints)
        return voteError(
            QCoreApplication::translate(
                "Vote", "A cap of %1% of all shares on one member's vote is not between 0% and 100%.")
                .arg(percentText(capBasisPoints)),
            "invalid-cap", "capBasisPoints");
    return ok();
}

// Class-weighted voting: each class's votes are scaled to its agreed share of the whole, so the
// shares must be real shares of one whole.
Outcome validateClassShares(const QHash<qint64, int>& classShares, const QHash<qint64, QString>& classNames)
{
    qint64 total = 0;
    for (auto it = classShares.cbegin(); it != classShares.cend(); ++it) {
        if (it.value() <= 0)
            return voteError(
                QCoreApplication::translate(
                    "Vote", "The class %1 has a share of %2% of the vote; each class needs more than 0%.")
                    .arg(classInMessage(it.key(), classNames), percentText(it.value())),
                "class-shares", "classShares");
        total += it.value();
    }
    if (total != wholeInBasisPoints)
        return voteError(
            QCoreApplication::translate("Vote", "The classes' shares of the vote add up to %1%, not 100%.")
                .arg(QLocale().toString(static_cast<double>(total) / 100.0, 'f',
                                        QLocale::FloatingPointShortest)),
            "class-shares", "classShares");
    return ok();
}

} // namespace

QString classInMessage(qint64 classId, const QHash<qint64, QString>& classNames)
{
    const auto name = classNames.constFind(classId);
    if (name != classNames.cend())
        return QCoreApplication::translate("Vote", "\"%1\"", "a class named in a message").arg(*name);
    return QCoreApplication::translate("Vote", "number %1", "a class whose name is not known").arg(classId);
}

QString thresholdKey(Threshold threshold)
{
    switch (threshold) {
    case Threshold::Ordinary:
        return QStringLiteral("ordinary");
    case Threshold::Special:
        return QStringLiteral("special");
    case Threshold::TwoThirds:
        return QStringLiteral("two-thirds");
    case Threshold::Unanimous:
        return QStringLiteral("unanimous");
    case Threshold::AbsoluteMajority:
        return QStringLiteral("absolute");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<Threshold> thresholdFromKey(QStringView key)
{
    return fromKey(key, allThresholds(), thresholdKey);
}

QString thresholdLabel(Threshold threshold)
{
    switch (threshold) {
    case Threshold::Ordinary:
        return QCoreApplication::translate("Vote", "Ordinary resolution");
    case Threshold::Special:
        return QCoreApplication::translate("Vote", "Special resolution");
    case Threshold::TwoThirds:
        return QCoreApplication::translate("Vote", "Two-thirds majority");
    case Threshold::Unanimous:
        return QCoreApplication::translate("Vote", "Unanimous");
    case Threshold::AbsoluteMajority:
        return QCoreApplication::translate("Vote", "Absolute majority");
    }
    Q_UNREACHABLE();
    return {};
}

QList<Threshold> allThresholds()
{
    return { Threshold::Ordinary, Threshold::Special, Threshold::TwoThirds, Threshold::Unanimous,
             Threshold::AbsoluteMajority };
}

QString votingSchemeKey(VotingScheme scheme)
{
    switch (scheme) {
    case VotingScheme::OneMemberOneVote:
        return QStringLiteral("omov");
    case VotingScheme::ShareWeighted:
        return QStringLiteral("shares");
    case VotingScheme::ClassWeighted:
        return QStringLiteral("classes");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<VotingScheme> votingSchemeFromKey(QStringView key)
{
    return fromKey(key, allVotingSchemes(), votingSchemeKey);
}

QString votingSchemeLabel(VotingScheme scheme)
{
    switch (scheme) {
    case VotingScheme::OneMemberOneVote:
        return QCoreApplication::translate("Vote", "One member, one vote");
    case VotingScheme::ShareWeighted:
        return QCoreApplication::translate("Vote", "Weighted by shares");
    case VotingScheme::ClassWeighted:
        return QCoreApplication::translate("Vote", "Weighted by class");
    }
    Q_UNREACHABLE();
    return {};
}

QList<VotingScheme> allVotingSchemes()
{
    return { VotingScheme::OneMemberOneVote, VotingScheme::ShareWeighted, VotingScheme::ClassWeighted };
}

QString choiceKey(Choice choice)
{
    switch (choice) {
    case Choice::For:
        return QStringLiteral("for");
    case Choice::Against:
        return QStringLiteral("against");
    case Choice::Abstain:
        return QStringLiteral("abstain");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<Choice> choiceFromKey(QStringView key)
{
    return fromKey(key, allChoices(), choiceKey);
}

QString choiceLabel(Choice choice)
{
    switch (choice) {
    case Choice::For:
        return QCoreApplication::translate("Vote", "For");
    case Choice::Against:
        return QCoreApplication::translate("Vote", "Against");
    case Choice::Abstain:
        return QCoreApplication::translate("Vote", "Abstain");
    }
    Q_UNREACHABLE();
    return {};
}

QList<Choice> allChoices()
{
    return { Choice::For, Choice::Against, Choice::Abstain };
}

QString ballotMethodKey(BallotMethod method)
{
    switch (method) {
    case BallotMethod::InPerson:
        return QStringLiteral("person");
    case BallotMethod::Post:
        return QStringLiteral("post");
    case BallotMethod::Online:
        return QStringLiteral("online");
    case BallotMethod::Proxy:
        return QStringLiteral("proxy");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<BallotMethod> ballotMethodFromKey(QStringView key)
{
    return fromKey(key, allBallotMethods(), ballotMethodKey);
}

QString ballotMethodLabel(BallotMethod method)
{
    switch (method) {
    case BallotMethod::InPerson:
        return QCoreApplication::translate("Vote", "In person");
    case BallotMethod::Post:
        return QCoreApplication::translate("Vote", "By post");
    case BallotMethod::Online:
        return QCoreApplication::translate("Vote", "Online");
    case BallotMethod::Proxy:
        return QCoreApplication::translate("Vote", "By proxy");
    }
    Q_UNREACHABLE();
    return {};
}

QList<BallotMethod> allBallotMethods()
{
    return { BallotMethod::InPerson, BallotMethod::Post, BallotMethod::Online, BallotMethod::Proxy };
}

QString attendanceKey(Attendance attendance)
{
    switch (attendance) {
    case Attendance::Present:
        return QStringLiteral("present");
    case Attendance::Proxy:
        return QStringLiteral("proxy");
    case Attendance::Apologies:
        return QStringLiteral("apologies");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<Attendance> attendanceFromKey(QStringView key)
{
    return fromKey(key, allAttendances(), attendanceKey);
}

QString attendanceLabel(Attendance attendance)
{
    switch (attendance) {
    case Attendance::Present:
        return QCoreApplication::translate("Vote", "Present");
    case Attendance::Proxy:
        return QCoreApplication::translate("Vote", "Represented by proxy");
    case Attendance::Apologies:
        return QCoreApplication::translate("Vote", "Apologies");
    }
    Q_UNREACHABLE();
    return {};
}

QList<Attendance> allAttendances()
{
    return { Attendance::Present, Attendance::Proxy, Attendance::Apologies };
}

Outcome validateMotionRules(const MotionRules& rules, const QHash<qint64, QString>& classNames)
{
    if (const Outcome quorum = validateQuorum(rules.quorum); !quorum)
        return quorum;
    if (rules.scheme == VotingScheme::ShareWeighted)
        return validateCap(rules.capBasisPoints);
    if (rules.scheme == VotingScheme::ClassWeighted)
        return validateClassShares(rules.classShares, classNames);
    return ok();
}

} // namespace mutualise::domain
