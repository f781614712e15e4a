#include "MotionsAdd.h"

#include "storage/MotionRepository.h"

namespace mutualise::cli {

using namespace mutualise::domain;

namespace {

constexpr qint64 wholeInBasisPoints = 10'000;

} // namespace

MotionsAdd::MotionsAdd()
    : MutualCommand(QStringLiteral("motions add"),
                    tr("Put a motion before a meeting, as a draft, with the rules it is decided by; prints "
                       "its id."))
{
    addOption(
        { QStringLiteral("meeting"), tr("The meeting's id, as “meetings” lists it (required)."), tr("ID") });
    addOption({ QStringLiteral("title"), tr("The motion's title (required)."), tr("TITLE") });
    addOption({ QStringLiteral("text"), tr("The full text of the motion."), tr("BODY") });
    addOption({ QStringLiteral("proposer"), tr("The number of the member who proposes it."), tr("NUMBER") });
    addOption({ QStringLiteral("seconder"), tr("The number of the member who seconds it."), tr("NUMBER") });
    addOption({ QStringLiteral("threshold"),
                tr("ordinary (more votes for than against; the default), special (at least 75% of votes "
                   "cast), two-thirds, unanimous or absolute (more than half of the whole eligible "
                   "vote)."),
                tr("THRESHOLD") });
    addOption({ QStringLiteral("scheme"),
                tr("omov (one member, one vote; the default), shares (a vote for each share) or classes "
                   "(each class's votes scaled to its agreed share of the whole)."),
                tr("SCHEME") });
    addOption({ QStringLiteral("cap-bp"),
                tr("With --scheme shares: the most one member's vote may weigh, in basis points of all "
                   "the shares held (2000 is 20%; default 0, no cap)."),
                tr("N") });
    addRepeatableOption(
        { QStringLiteral("class-share"),
          tr("With --scheme classes: a class's share of the vote in basis points, such as "
             "Employee=2500; repeat it for each class that votes (a class given no share does "
             "not vote). Default: the shares agreed in the register."),
          tr("CLASS=BP") });
    addOption(
        { QStringLiteral("quorum"), tr("At least this many members must take part (default 0)."), tr("N") });
    addOption({ QStringLiteral("quorum-bp"),
                tr("At least this share of the eligible members must take part, in basis points "
                   "(default 0)."),
                tr("BP") });
    addOption({ QStringLiteral("secret"), tr("A secret ballot: who voted is recorded, not how.") });
}

int MotionsAdd::checkArguments(const QCommandLineParser& parser, const QStringList& /*positional*/)
{
    if (!hasRequiredOptions(parser, { QStringLiteral("meeting"), QStringLiteral("title") }))
        return ExitUsage;
    m_meetingId = wholeNumberOption(parser, QStringLiteral("meeting"), 1);
    if (!m_meetingId)
        return ExitUsage;
    m_rules = rulesFromOptions(parser);
    if (!m_rules)
        return ExitUsage;
    m_givenShares = classShareOptions(parser);
    if (!m_givenShares)
        return ExitUsage;
    return ExitSuccess;
}

int MotionsAdd::runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                              const QStringList& /*positional*/)
{
    const storage::MemberRepository members(file);

    Motion motion;
    motion.meetingId = *m_meetingId;
    motion.title = textOption(parser, QStringLiteral("title"));
    motion.body = textOption(parser, QStringLiteral("text"));
    motion.rules = *m_rules;
    motion.isSecret = parser.isSet(QStringLiteral("secret"));
    if (motion.rules.scheme == VotingScheme::ClassWeighted) {
        const auto classes = members.classes();
        if (!classes)
            return refuse(classes.error());
        const auto shares = classShares(*m_givenShares, *classes);
        if (!shares)
            return refuse(shares.error());
        motion.rules.classShares = *shares;
    }
    const auto proposer = memberOption(members, parser, QStringLiteral("proposer"));
    if (!proposer)
        return refuse(proposer.error());
    motion.proposerId = *proposer;
    const auto seconder = memberOption(members, parser, QStringLiteral("seconder"));
    if (!seconder)
        return refuse(seconder.error());
    motion.seconderId = *seconder;

    const Result<Motion> added = storage::MotionRepository(file).add(motion);
    if (!added)
        return refuse(added.error());
    writeOut(QString::number(added->id) + QLatin1Char('\n'));
    return ExitSuccess;
}

std::optional<MotionRules> MotionsAdd::rulesFromOptions(const QCommandLineParser& parser) const
{
    MotionRules rules;
    if (parser.isSet(QStringLiteral("threshold"))) {
        const auto threshold = thresholdFromKey(keyOption(parser, QStringLiteral("threshold")));
        if (!threshold) {
            refuseUsage(tr("--threshold must be ordinary, special, two-thirds, unanimous or absolute."));
            return std::nullopt;
        }
        rules.threshold = *threshold;
    }
    if (parser.isSet(QStringLiteral("scheme"))) {
        const auto scheme = votingSchemeFromKey(keyOption(parser, QStringLiteral("scheme")));
        if (!scheme) {
            refuseUsage(tr("--scheme must be omov, shares or classes."));
            return std::nullopt;
        }
        rules.scheme = *scheme;
    }
    // A cap or a class's share under another scheme would be stored and never used: say so instead.
    if (parser.isSet(QStringLiteral("cap-bp")) && rules.scheme != VotingScheme::ShareWeighted) {
        refuseUsage(tr("--cap-bp is only for --scheme shares."));
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("class-share")) && rules.scheme != VotingScheme::ClassWeighted) {
        refuseUsage(tr("--class-share is only for --scheme classes."));
        return std::nullopt;
    }
    for (const auto& [option, basisPoints] :
         { std::pair { QStringLiteral("cap-bp"), &rules.capBasisPoints },
           std::pair { QStringLiteral("quorum-bp"), &rules.quorum.basisPoints } }) {
        if (!parser.isSet(option))
            continue;
        const std::optional<int> value = basisPointsOption(parser, option);
        if (!value)
            return std::nullopt;
        *basisPoints = *value;
    }
    if (parser.isSet(QStringLiteral("quorum"))) {
        const auto minimum
            = wholeNumberOption(parser, QStringLiteral("quorum"), 0, std::numeric_limits<int>::max());
        if (!minimum)
            return std::nullopt;
        rules.quorum.minimumMembers = static_cast<int>(*minimum);
    }
    return rules;
}

std::optional<int> MotionsAdd::basisPointsOption(const QCommandLineParser& parser,
                                                 const QString& option) const
{
    const std::optional<qint64> value = wholeNumberOption(parser, option, 0, wholeInBasisPoints);
    if (!value)
        return std::nullopt;
    return static_cast<int>(*value);
}

std::optional<QList<MotionsAdd::ClassShare>>
MotionsAdd::classShareOptions(const QCommandLineParser& parser) const
{
    QList<ClassShare> shares;
    for (const QString& value : parser.values(QStringLiteral("class-share"))) {
        // The last "=" divides, so that a class whose name holds one can still be named.
        const qsizetype separator = value.lastIndexOf(QLatin1Char('='));
        const QString name = value.left(separator).trimmed();
        const std::optional<qint64> basisPoints
            = separator < 0 ? std::nullopt : parseWholeNumber(value.mid(separator + 1).trimmed());
        if (name.isEmpty() || !basisPoints || *basisPoints < 0 || *basisPoints > wholeInBasisPoints) {
            refuseUsage(
                tr("--class-share needs CLASS=BP, the name of a class and its share of the vote in basis "
                   "points from 0 to 10000, such as “Employee=2500”, not “%1”.")
                    .arg(value));
            return std::nullopt;
        }
        shares.append({ name, static_cast<int>(*basisPoints) });
    }
    return shares;
}

Result<QHash<qint64, int>> MotionsAdd::classShares(const QList<ClassShare>& given,
                                                   const QList<MemberClass>& classes)
{
    QHash<qint64, int> shares;
    if (given.isEmpty()) {
        for (const MemberClass& memberClass : classes) {
            if (memberClass.votingShareBasisPoints > 0)
                shares.insert(memberClass.id, memberClass.votingShareBasisPoints);
        }
        return shares;
    }
    for (const ClassShare& share : given) {
        const Result<MemberClass> memberClass = classNamed(classes, share.className);
        if (!memberClass)
            return memberClass.error();
        if (shares.contains(memberClass->id))
            return Error {
                tr("The class “%1” is given a share of the vote more than once.").arg(memberClass->name),
                QStringLiteral("class-shares"), QStringLiteral("class-share")
            };
        shares.insert(memberClass->id, share.basisPoints);
    }
    return shares;
}

Result<std::optional<qint64>> MotionsAdd::memberOption(const storage::MemberRepository& members,
                                                       const QCommandLineParser& parser,
                                                       const QString& option)
{
    if (!parser.isSet(option))
        return std::optional<qint64>();
    const Result<Member> member = members.memberByNumber(textOption(parser, option));
    if (!member)
        return member.error();
    return std::optional<qint64>(member->id);
}

} // namespace mutualise::cli
