#include "StvCount.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <limits>
#include <utility>

namespace mutualise::domain {

qint64 StvCount::totalNonTransferable() const
{
    qint64 total = 0;
    for (const StvStage& stage : stages)
        total += stage.nonTransferable;
    return total;
}

qsizetype StvCount::exploredLots() const
{
    return std::count_if(lots.cbegin(), lots.cend(), [](const LotDraw& draw) { return draw.isExplored; });
}

namespace Stv {

namespace {

// A product of a paper's value and a surplus can pass 64 bits before it is divided.
__extension__ using WideInteger = __int128;

// Draws by lot from a seed, the same on every platform (SplitMix64), so that a count can be repeated.
// A draw can be forced, to count what another outcome of it would have done.
class Lot
{
public:
    Lot(quint64 seed, QHash<int, int> forced)
        : m_state(seed)
        , m_forced(std::move(forced))
    { }

    // One of `tied` (in candidate order); the draws are numbered in the order they are made.
    int draw(const QList<int>& tied)
    {
        const int index = m_draws++;
        const quint64 random = next();
        if (const auto forced = m_forced.constFind(index); forced != m_forced.constEnd())
            return forced.value();
        return tied.at(static_cast<qsizetype>(random % static_cast<quint64>(tied.size())));
    }

private:
    quint64 next()
    {
        quint64 z = (m_state += 0x9E37'79B9'7F4A'7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58'476D'1CE4'E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D0'49BB'1331'11EBULL;
        return z ^ (z >> 31);
    }

    quint64 m_state;
    QHash<int, int> m_forced;
    int m_draws = 0;
};

// The papers of one line of the file: identical, so they travel together at one value.
struct Paper
{
    qint64 weight = 0;
    // The candidates who stand, in order of preference: Counter::m_preferences[position, end).
    qsizetype position = 0; // the preference the paper counts for now
    qsizetype end = 0;
    qint64 value = voteUnits;
};

enum class Standing
{
    Continuing,
    Elected,
    Excluded,
    Withdrawn,
};

class Counter
{
public:
    // A count keeps every stage's figures; a recount, made only to see who it elects, keeps none.
    enum class Figures
    {
        Kept,
        Dropped,
    };

    Counter(const BltElection& election, quint64 seed, QHash<int, int> forcedDraws, Figures figures)
        : m_election(election)
        , m_lot(seed, std::move(forcedDraws))
        , m_isKeepingFigures(figures == Figures::Kept)
    { }

    Result<StvCount> run();
    // The work the count took: a step for each candidate at each stage and for each paper moved.
    qint64 steps() const { return m_steps; }
    // Whether a draw chose only the order in which candidates who are all elected are elected, so that
    // no other outcome of it could elect different candidates.
    bool isOrderOfTheElected(qsizetype draw) const { return m_ordersOfTheElected.contains(draw); }

private:
    qsizetype candidateCount() const { return m_election.candidates.size(); }
    QList<int> continuing() const;
    int remainingSeats() const { return m_election.seats - static_cast<int>(m_count.elected.size()); }

    void countFirstPreferences(StvStage& stage);
    std::optional<int> nextSurplus();
    void transferSurplus(int candidate, StvStage& stage);
    void exclude(int candidate, StvStage& stage);
    // Moves a paper to its next continuing candidate at `value`; false when it has none left.
    bool passOn(int paper, qint64 value, StvStage& stage);
    void electReachingQuota(StvStage& stage);
    void finishStage(StvStage& stage);
    void rankHistories(const QList<qint64>& transfers);

    // The one of `tied` that the earliest stage at which they differed favours (the highest, or the
    // lowest), or else the one drawn by lot.
    int settleTie(QList<int> tied, bool isHighestWanted, LotDraw::Purpose purpose);
    // `candidates` from the most votes to the fewest, ties settled as settleTie() does. When they are
    // all elected whatever the order, a draw among them cannot change who is elected.
    QList<int> highestFirst(QList<int> candidates, bool areAllElected);

    const BltElection& m_election;
    Lot m_lot;
    StvCount m_count;
    QList<Paper> m_papers;
    QList<int> m_preferences; // every paper's preferences, one after another
    QList<QList<int>> m_piles; // each candidate's papers
    QList<qint64> m_totals;
    QList<Standing> m_standing;
    QList<bool> m_isSurplusTransferred;
    qint64 m_quota = 0; // in vote units
    const bool m_isKeepingFigures;
    qint64 m_steps = 0;
    QSet<qsizetype> m_ordersOfTheElected; // draws, by index, that only ordered the elected
    // Every candidate's votes at every stage so far, compared stage by stage from the first as a tie is
    // settled (settleTie()), ranked: the same rank for the same votes at every stage, a higher rank for
    // more votes at the earliest stage that differs. m_historyOrder holds the candidates by rank.
    QList<int> m_historyRank;
    QList<int> m_historyOrder;
};

QList<int> Counter::continuing() const
{
    QList<int> candidates;
    for (int c = 0; c < candidateCount(); ++c) {
        if (m_standing.at(c) == Standing::Continuing)
            candidates.append(c);
    }
    return candidates;
}

Result<StvCount> Counter::run()
{
    m_count.seats = m_election.seats;
    m_count.candidates = m_election.candidates;
    m_count.withdrawn = m_election.withdrawn;
    m_count.title = m_election.title;
    m_piles.resize(candidateCount());
    m_totals.fill(0, candidateCount());
    m_isSurplusTransferred.fill(false, candidateCount());
    m_historyRank.fill(0, candidateCount());
    for (int c = 0; c < candidateCount(); ++c) {
        m_standing.append(m_election.isWithdrawn(c) ? Standing::Withdrawn : Standing::Continuing);
        m_historyOrder.append(c);
    }

    StvStage first;
    first.kind = StvStage::Kind::FirstPreferences;
    countFirstPreferences(first);
    if (m_count.validPapers == 0) {
        return Error { QCoreApplication::translate("Stv",
                                                   "No ballot paper gives a preference for a "
                                                   "candidate who stands, so there is nothing to "
                                                   "count."),
                       QStringLiteral("no-valid-votes"), QString() };
    }
    // Droop quota (rule 46): valid votes / (seats + 1), ignoring fractions, plus one.
    m_count.quota = m_count.validPapers / (m_election.seats + 1) + 1;
    m_quota = m_count.quota * voteUnits;
    finishStage(first);

    while (remainingSeats() > 0) {
        const QList<int> left = continuing();
        if (left.size() <= remainingSeats()) {
            // Rule 51: as many continuing candidates as vacancies are deemed elected.
            for (int c : highestFirst(left, true)) {
                m_standing[c] = Standing::Elected;
                m_count.elected.append(c);
                m_count.stages.last().electedWithoutQuota.append(c);
            }
            break;
        }
        StvStage stage;
        if (const auto surplus = nextSurplus()) {
            transferSurplus(*surplus, stage);
        } else {
            // Rule 50: no surplus remains, so the candidate with the fewest votes is excluded.
            QList<int> lowest;
            qint64 fewest = std::numeric_limits<qint64>::max();
            for (int c : left) {
                if (m_totals.at(c) < fewest) {
                    fewest = m_totals.at(c);
                    lowest.clear();
                }
                if (m_totals.at(c) == fewest)
                    lowest.append(c);
            }
            exclude(settleTie(lowest, false, LotDraw::Purpose::Exclusion), stage);
        }
        finishStage(stage);
    }
    return m_count;
}

void Counter::countFirstPreferences(StvStage& stage)
{
    stage.transfers.fill(0, candidateCount());
    m_papers.reserve(m_election.ballots.size());
    for (const BltBallot& ballot : m_election.ballots) {
        m_steps += ballot.preferences.size() + 1;
        Paper paper;
        paper.weight = ballot.weight;
        paper.position = m_preferences.size();
        for (int c : ballot.preferences) {
            if (!m_election.isWithdrawn(c))
                m_preferences.append(c);
        }
        paper.end = m_preferences.size();
        if (paper.position == paper.end) {
            m_count.invalidPapers += ballot.weight;
            continue;
        }
        m_count.validPapers += ballot.weight;
        const int first = m_preferences.at(paper.position);
        stage.transfers[first] += paper.weight * voteUnits;
        m_piles[first].append(static_cast<int>(m_papers.size()));
        m_papers.append(paper);
    }
}

std::optional<int> Counter::nextSurplus()
{
    // Rule 49: the largest surplus first.
    QList<int> largest;
    qint64 most = 0;
    for (int c = 0; c < candidateCount(); ++c) {
        if (m_standing.at(c) != Standing::Elected || m_isSurplusTransferred.at(c))
            continue;
        const qint64 surplus = m_totals.at(c) - m_quota;
        if (surplus <= 0)
            continue;
        if (surplus > most) {
            most = surplus;
            largest.clear();
        }
        if (surplus == most)
            largest.append(c);
    }
    if (largest.isEmpty())
        return std::nullopt;
    return settleTie(largest, true, LotDraw::Purpose::Surplus);
}

void Counter::transferSurplus(int candidate, StvStage& stage)
{
    stage.kind = StvStage::Kind::Surplus;
    stage.candidate = candidate;
    stage.transfers.fill(0, candidateCount());
    const qint64 total = m_totals.at(candidate);
    const qint64 surplus = total - m_quota;
    stage.surplus = surplus;
    stage.transferValueNumerator = surplus;
    stage.transferValueDenominator = total;
    // Rule 48: every paper the candidate holds moves on, valued at its value x surplus / total, to
    // five decimal places with any remainder ignored.
    qint64 passed = 0;
    const QList<int> pile = std::exchange(m_piles[candidate], {});
    for (int paper : pile) {
        const auto value = static_cast<qint64>(WideInteger(m_papers.at(paper).value) * surplus / total);
        if (passOn(paper, value, stage))
            passed += m_papers.at(paper).weight * value;
    }
    stage.transfers[candidate] = -surplus;
    stage.nonTransferable = surplus - passed;
    m_isSurplusTransferred[candidate] = true;
}

void Counter::exclude(int candidate, StvStage& stage)
{
    stage.kind = StvStage::Kind::Exclusion;
    stage.candidate = candidate;
    stage.transfers.fill(0, candidateCount());
    m_standing[candidate] = Standing::Excluded;
    // Rule 50: each paper passes on at the value it had when the candidate received it.
    const QList<int> pile = std::exchange(m_piles[candidate], {});
    for (int paper : pile) {
        const Paper& moving = m_papers.at(paper);
        if (!passOn(paper, moving.value, stage))
            stage.nonTransferable += moving.weight * moving.value;
    }
    stage.transfers[candidate] = -m_totals.at(candidate);
}

bool Counter::passOn(int paper, qint64 value, StvStage& stage)
{
    Paper& moving = m_papers[paper];
    ++m_steps;
    while (moving.position < moving.end
           && m_standing.at(m_preferences.at(moving.position)) != Standing::Continuing) {
        ++moving.position;
    }
    if (moving.position >= moving.end)
        return false;
    const int next = m_preferences.at(moving.position);
    moving.value = value;
    m_piles[next].append(paper);
    stage.transfers[next] += moving.weight * value;
    return true;
}

void Counter::finishStage(StvStage& stage)
{
    m_steps += candidateCount();
    for (int c = 0; c < candidateCount(); ++c)
        m_totals[c] += stage.transfers.at(c);
    rankHistories(stage.transfers);
    if (m_isKeepingFigures) {
        stage.totals = m_totals;
        if (!m_count.stages.isEmpty()) {
            // In the order they went: the earlier stages' list, then this stage's candidate.
            stage.excludedBefore = m_count.stages.last().excludedBefore;
            if (stage.kind == StvStage::Kind::Exclusion)
                stage.excludedBefore.append(stage.candidate);
        }
    } else {
        stage.transfers.clear();
    }
    m_count.stages.append(stage);
    electReachingQuota(m_count.stages.last());
}

// Candidates with the same votes at every earlier stage had the same votes before this one; those whose
// votes changed in it move below (losing) or above (gaining) the others of their rank, in order of their
// new votes. Only the candidates who changed are sorted, so that a stage costs little more than a look
// at each candidate, however many are tied.
void Counter::rankHistories(const QList<qint64>& transfers)
{
    QList<int> order;
    order.reserve(m_historyOrder.size());
    QList<int> changed;
    int rank = -1;
    for (qsizetype begin = 0, end = 0; begin < m_historyOrder.size(); begin = end) {
        const int sharedRank = m_historyRank.at(m_historyOrder.at(begin));
        changed.clear();
        for (end = begin;
             end < m_historyOrder.size() && m_historyRank.at(m_historyOrder.at(end)) == sharedRank; ++end) {
            if (transfers.at(m_historyOrder.at(end)) != 0)
                changed.append(m_historyOrder.at(end));
        }
        std::sort(changed.begin(), changed.end(),
                  [&](int a, int b) { return m_totals.at(a) < m_totals.at(b); });
        const auto gained
            = std::find_if(changed.cbegin(), changed.cend(), [&](int c) { return transfers.at(c) > 0; });
        const qsizetype rankStart = order.size();
        const auto place = [&](int c) {
            if (order.size() == rankStart || m_totals.at(c) != m_totals.at(order.constLast()))
                ++rank;
            m_historyRank[c] = rank;
            order.append(c);
        };
        std::for_each(changed.cbegin(), gained, place);
        for (qsizetype i = begin; i < end; ++i) {
            if (transfers.at(m_historyOrder.at(i)) == 0)
                place(m_historyOrder.at(i));
        }
        std::for_each(gained, changed.cend(), place);
    }
    m_historyOrder = std::move(order);
}

void Counter::electReachingQuota(StvStage& stage)
{
    QList<int> reached;
    for (int c : continuing()) {
        if (m_totals.at(c) >= m_quota)
            reached.append(c);
    }
    for (int c : highestFirst(reached, reached.size() <= remainingSeats())) {
        if (remainingSeats() == 0)
            break;
        m_standing[c] = Standing::Elected;
        m_count.elected.append(c);
        stage.elected.append(c);
    }
}

int Counter::settleTie(QList<int> tied, bool isHighestWanted, LotDraw::Purpose purpose)
{
    // The earliest stage at which the tied candidates had unequal votes decides among them: those
    // with the highest (or lowest) rank of their votes at every stage, compared from the first.
    int best = m_historyRank.at(tied.constFirst());
    for (int c : std::as_const(tied))
        best = isHighestWanted ? std::max(best, m_historyRank.at(c)) : std::min(best, m_historyRank.at(c));
    tied.removeIf([&](int c) { return m_historyRank.at(c) != best; });
    if (tied.size() == 1)
        return tied.constFirst();
    std::sort(tied.begin(), tied.end());
    LotDraw draw;
    draw.purpose = purpose;
    draw.stage = static_cast<int>(m_count.stages.size());
    draw.tied = tied;
    draw.chosen = m_lot.draw(tied);
    m_count.lots.append(draw);
    return draw.chosen;
}

QList<int> Counter::highestFirst(QList<int> candidates, bool areAllElected)
{
    QList<int> ordered;
    while (!candidates.isEmpty()) {
        QList<int> highest;
        qint64 most = std::numeric_limits<qint64>::min();
        for (int c : std::as_const(candidates)) {
            if (m_totals.at(c) > most) {
                most = m_totals.at(c);
                highest.clear();
            }
            if (m_totals.at(c) == most)
                highest.append(c);
        }
        const qsizetype draws = m_count.lots.size();
        const int next = settleTie(highest, true, LotDraw::Purpose::Election);
        if (areAllElected && m_count.lots.size() > draws)
            m_ordersOfTheElected.insert(draws);
        ordered.append(next);
        candidates.removeOne(next);
    }
    return ordered;
}

QString candidateName(const QStringList& candidates, int candidate)
{
    return candidates.value(candidate);
}

QString drawEffect(const LotDraw& draw)
{
    if (!draw.isExplored) {
        return QCoreApplication::translate("Stv",
                                           "Whether another draw would have elected different "
                                           "candidates was not explored.");
    }
    return draw.couldChangeElected
        ? QCoreApplication::translate("Stv", "Another draw would have elected different candidates.")
        : QCoreApplication::translate("Stv", "Another draw would have elected the same candidates.");
}

} // namespace

Result<StvCount> count(const BltElection& election, quint64 seed)
{
    Counter counter(election, seed, {}, Counter::Figures::Kept);
    auto counted = counter.run();
    if (!counted)
        return counted;
    StvCount result = std::move(counted).value();
    result.seed = seed;
    // For every draw by lot, count again with each other outcome of it, until one elects different
    // candidates or the budget runs out.
    const QList<int> electedList = result.elected;
    const QSet<int> elected(electedList.cbegin(), electedList.cend());
    int recounts = 0;
    qint64 steps = 0;
    for (qsizetype i = 0; i < result.lots.size(); ++i) {
        LotDraw& draw = result.lots[i];
        if (counter.isOrderOfTheElected(i)) {
            draw.isExplored = true;
            continue;
        }
        // Excluding, instead, one of the tied who was elected would certainly elect someone else.
        if (draw.purpose == LotDraw::Purpose::Exclusion
            && std::any_of(draw.tied.cbegin(), draw.tied.cend(),
                           [&](int c) { return elected.contains(c); })) {
            draw.couldChangeElected = true;
            draw.isExplored = true;
            continue;
        }
        for (int alternative : std::as_const(draw.tied)) {
            if (alternative == draw.chosen || draw.couldChangeElected)
                continue;
            if (recounts == maximumRecounts || steps >= maximumRecountSteps)
                return result; // this draw and the later ones stay unexplored
            Counter recounter(election, seed, { { static_cast<int>(i), alternative } },
                              Counter::Figures::Dropped);
            const auto recount = recounter.run();
            ++recounts;
            steps += recounter.steps();
            if (!recount)
                continue;
            const QList<int> other = recount->elected;
            draw.couldChangeElected = QSet<int>(other.cbegin(), other.cend()) != elected;
        }
        draw.isExplored = true;
    }
    return result;
}

Result<PluralityCount> countPlurality(const BltElection& election, quint64 seed)
{
    PluralityCount result;
    result.seats = election.seats;
    result.candidates = election.candidates;
    result.withdrawn = election.withdrawn;
    result.title = election.title;
    result.seed = seed;
    result.votes.fill(0, election.candidates.size());
    for (const BltBallot& ballot : election.ballots) {
        QList<int> marks;
        for (int c : ballot.preferences) {
            if (!election.isWithdrawn(c))
                marks.append(c);
        }
        // Up to one mark a seat: a paper with more cannot be read as the voter meant it.
        if (marks.isEmpty() || marks.size() > election.seats) {
            result.spoiltPapers += ballot.weight;
            continue;
        }
        result.validPapers += ballot.weight;
        for (int c : marks)
            result.votes[c] += ballot.weight;
    }
    if (result.validPapers == 0) {
        return Error { QCoreApplication::translate("Stv",
                                                   "No ballot paper marks a candidate who stands "
                                                   "without marking more candidates than there are "
                                                   "seats, so there is nothing to count."),
                       QStringLiteral("no-valid-votes"), QString() };
    }

    QList<int> standing;
    for (int c = 0; c < election.candidates.size(); ++c) {
        if (!election.isWithdrawn(c))
            standing.append(c);
    }
    std::stable_sort(standing.begin(), standing.end(),
                     [&](int a, int b) { return result.votes.at(a) > result.votes.at(b); });
    const qint64 lastSeatVotes = result.votes.at(standing.at(election.seats - 1));
    QList<int> tied;
    for (int c : std::as_const(standing)) {
        if (result.votes.at(c) > lastSeatVotes)
            result.elected.append(c);
        else if (result.votes.at(c) == lastSeatVotes)
            tied.append(c);
    }
    // A tie for the last seats: drawn by lot, one seat at a time. When fewer are tied than seats
    // remain, they are all elected and nothing is drawn.
    Lot lot(seed, {});
    while (result.elected.size() < election.seats) {
        if (tied.size() <= election.seats - result.elected.size()) {
            result.elected.append(tied);
            break;
        }
        LotDraw draw;
        draw.purpose = LotDraw::Purpose::Election;
        draw.tied = tied;
        draw.chosen = lot.draw(tied);
        draw.couldChangeElected = true; // any other outcome elects another of the tied
        draw.isExplored = true;
        result.lots.append(draw);
        result.elected.append(draw.chosen);
        tied.removeOne(draw.chosen);
    }
    return result;
}

namespace {

// formatVotes() with the locale given, for the many figures of a long count.
QString formatVotes(qint64 units, const QLocale& locale)
{
    QString text;
    if (units < 0 && units / voteUnits == 0)
        text += locale.negativeSign();
    text += locale.toString(units / voteUnits);
    text += locale.decimalPoint();
    text += QString::number(std::abs(units % voteUnits)).rightJustified(5, QLatin1Char('0'));
    return text;
}

} // namespace

QList<bool> shownCandidates(const StvCount& count, const StvStage& stage)
{
    QList<bool> isShown(count.candidates.size(), true);
    for (int c : count.withdrawn)
        isShown[c] = false;
    for (int c : stage.excludedBefore) {
        if (c != stage.candidate)
            isShown[c] = false;
    }
    return isShown;
}

QString unexploredLotsNote(qsizetype draws, qsizetype explored)
{
    if (explored >= draws)
        return {};
    const QLocale locale;
    if (draws == 1) {
        return QCoreApplication::translate("Stv",
                                           "A tie was broken by lot; its effect on the result was not "
                                           "explored, as the other outcomes were too many to count.");
    }
    if (explored == 0) {
        return QCoreApplication::translate("Stv",
                                           "Ties were broken by lot %1 times; none was explored for "
                                           "its effect on the result, as the other outcomes were too "
                                           "many to count.")
            .arg(locale.toString(draws));
    }
    if (explored == 1) {
        return QCoreApplication::translate("Stv",
                                           "Ties were broken by lot %1 times; only the first was "
                                           "explored for its effect on the result.")
            .arg(locale.toString(draws));
    }
    return QCoreApplication::translate("Stv",
                                       "Ties were broken by lot %1 times; only the first %2 were "
                                       "explored for their effect on the result.")
        .arg(locale.toString(draws), locale.toString(explored));
}

QString formatVotes(qint64 units)
{
    return formatVotes(units, QLocale());
}

QStringList describe(const StvCount& count)
{
    QStringList lines;
    const QLocale locale;
    const auto name = [&](int c) { return candidateName(count.candidates, c); };
    lines.append(QCoreApplication::translate("Stv", "Seats: %1. Valid ballot papers: %2; invalid: %3.")
                     .arg(count.seats)
                     .arg(locale.toString(count.validPapers), locale.toString(count.invalidPapers)));
    lines.append(
        QCoreApplication::translate("Stv",
                                    "Quota: %1 / (%2 + 1) = %3, ignoring fractions, plus "
                                    "one = %4.")
            .arg(locale.toString(count.validPapers))
            .arg(count.seats)
            .arg(locale.toString(count.validPapers / (count.seats + 1)), locale.toString(count.quota)));
    const QString candidateLine = QCoreApplication::translate("Stv", "  %1: %2 (%3)");
    for (qsizetype s = 0; s < count.stages.size(); ++s) {
        const StvStage& stage = count.stages.at(s);
        QString heading;
        switch (stage.kind) {
        case StvStage::Kind::FirstPreferences:
            heading = QCoreApplication::translate("Stv", "Round %1: first preferences.").arg(s + 1);
            break;
        case StvStage::Kind::Surplus:
            heading = QCoreApplication::translate("Stv",
                                                  "Round %1: surplus of %2, %3, transferred at "
                                                  "each paper's value x %3 / %4 (to five decimal "
                                                  "places).")
                          .arg(s + 1)
                          .arg(name(stage.candidate), formatVotes(stage.surplus),
                               formatVotes(stage.transferValueDenominator));
            break;
        case StvStage::Kind::Exclusion:
            heading = QCoreApplication::translate("Stv", "Round %1: exclusion of %2, with the fewest votes.")
                          .arg(s + 1)
                          .arg(name(stage.candidate));
            break;
        }
        lines.append(heading);
        const QList<bool> isShown = shownCandidates(count, stage);
        for (int c = 0; c < count.candidates.size(); ++c) {
            if (!isShown.at(c))
                continue;
            lines.append(candidateLine.arg(name(c), formatVotes(stage.totals.at(c), locale),
                                           (stage.transfers.at(c) >= 0 ? QStringLiteral("+") : QString())
                                               + formatVotes(stage.transfers.at(c), locale)));
        }
        if (stage.kind != StvStage::Kind::FirstPreferences) {
            lines.append(QCoreApplication::translate("Stv", "  Non-transferable: %1")
                             .arg(formatVotes(stage.nonTransferable)));
        }
        for (int c : stage.elected)
            lines.append(
                QCoreApplication::translate("Stv", "  %1 reaches the quota and is elected.").arg(name(c)));
        for (int c : stage.electedWithoutQuota) {
            lines.append(QCoreApplication::translate("Stv",
                                                     "  %1 is elected as one of the last continuing "
                                                     "candidates, as many as the seats left.")
                             .arg(name(c)));
        }
    }
    for (const LotDraw& draw : count.lots) {
        QStringList tied;
        for (int c : draw.tied)
            tied.append(name(c));
        lines.append(QCoreApplication::translate("Stv",
                                                 "A tie between %1 was settled by lot (seed %2): %3. "
                                                 "%4")
                         .arg(tied.join(QStringLiteral(", ")))
                         .arg(count.seed)
                         .arg(name(draw.chosen), drawEffect(draw)));
    }
    if (const QString note = unexploredLotsNote(count.lots.size(), count.exploredLots()); !note.isEmpty())
        lines.append(note);
    QStringList elected;
    for (int c : count.elected)
        elected.append(name(c));
    lines.append(
        QCoreApplication::translate("Stv", "Elected, in order: %1.").arg(elected.join(QStringLiteral("; "))));
    return lines;
}

QStringList describe(const PluralityCount& count)
{
    QStringList lines;
    const QLocale locale;
    lines.append(QCoreApplication::translate("Stv",
                                             "Seats: %1, so up to %1 marks a paper. Valid ballot "
                                             "papers: %2; spoilt: %3.")
                     .arg(count.seats)
                     .arg(locale.toString(count.validPapers), locale.toString(count.spoiltPapers)));
    for (int c = 0; c < count.candidates.size(); ++c) {
        if (count.withdrawn.contains(c))
            continue;
        lines.append(QCoreApplication::translate("Stv", "  %1: %2")
                         .arg(count.candidates.at(c), locale.toString(count.votes.at(c))));
    }
    for (const LotDraw& draw : count.lots) {
        QStringList tied;
        for (int c : draw.tied)
            tied.append(count.candidates.at(c));
        lines.append(QCoreApplication::translate("Stv",
                                                 "A tie for the last seat between %1 was settled by "
                                                 "lot (seed %2): %3.")
                         .arg(tied.join(QStringLiteral(", ")))
                         .arg(count.seed)
                         .arg(count.candidates.at(draw.chosen)));
    }
    QStringList elected;
    for (int c : count.elected)
        elected.append(count.candidates.at(c));
    lines.append(QCoreApplication::translate("Stv", "Elected: %1.").arg(elected.join(QStringLiteral("; "))));
    return lines;
}

} // namespace Stv

} // namespace mutualise::domain
