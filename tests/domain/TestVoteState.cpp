#include "domain/Meeting.h"
#include "domain/VoteState.h"

#include <QTest>

using namespace mutualise::domain;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(mutualise::domain::VoteKind)
Q_DECLARE_METATYPE(mutualise::domain::VoteState)
Q_DECLARE_METATYPE(mutualise::domain::VoteAction)

// One rule for the state of a motion and of an election: a draft changes and opens, an open vote
// takes ballots and closes, and a vote once opened stays in the record.
class TestVoteState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysRoundTrip();
    void check_data();
    void check();
    void everyActionInEveryState_data();
    void everyActionInEveryState();
};

void TestVoteState::keysRoundTrip()
{
    const QStringList keys { u"draft"_s, u"open"_s, u"closed"_s };
    const QList<VoteState> states { VoteState::Draft, VoteState::Open, VoteState::Closed };
    QStringList labels;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        QCOMPARE(voteStateKey(states[i]), keys[i]);
        QCOMPARE(voteStateFromKey(keys[i]), states[i]);
        labels << voteStateLabel(states[i]);
    }
    QCOMPARE(labels, (QStringList { u"Draft"_s, u"Voting open"_s, u"Result declared"_s }));
    QCOMPARE(voteStateFromKey(u"Open"), std::nullopt);
    QCOMPARE(voteStateFromKey(u""), std::nullopt);
}

void TestVoteState::check_data()
{
    QTest::addColumn<VoteKind>("kind");
    QTest::addColumn<VoteState>("state");
    QTest::addColumn<VoteAction>("action");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("message");

    const auto motion = VoteKind::Motion;
    const auto election = VoteKind::Election;
    QTest::newRow("motion: edit a draft")
        << motion << VoteState::Draft << VoteAction::Edit << QString() << QString();
    QTest::newRow("motion: edit once open")
        << motion << VoteState::Open << VoteAction::Edit << u"motion-not-draft"_s
        << u"Voting on “Budget” has opened: its text and rules are fixed, and it cannot open again."_s;
    QTest::newRow("motion: open twice")
        << motion << VoteState::Open << VoteAction::Open << u"motion-not-draft"_s
        << u"Voting on “Budget” has opened: its text and rules are fixed, and it cannot open again."_s;
    QTest::newRow("motion: delete once declared")
        << motion << VoteState::Closed << VoteAction::Remove << u"motion-not-draft"_s
        << u"Voting on “Budget” has opened, so it stays in the record and cannot be deleted."_s;
    QTest::newRow("motion: vote on a draft")
        << motion << VoteState::Draft << VoteAction::Vote << u"motion-not-open"_s
        << u"Voting on “Budget” has not opened yet."_s;
    QTest::newRow("motion: vote once declared")
        << motion << VoteState::Closed << VoteAction::Vote << u"motion-not-open"_s
        << u"Voting on “Budget” has closed and its result is declared."_s;
    QTest::newRow("motion: result of a draft")
        << motion << VoteState::Draft << VoteAction::Read << u"motion-not-open"_s
        << u"Voting on “Budget” has not opened yet."_s;
    QTest::newRow("motion: result while open")
        << motion << VoteState::Open << VoteAction::Read << QString() << QString();
    QTest::newRow("election: open twice")
        << election << VoteState::Open << VoteAction::Open << u"election-not-draft"_s
        << u"Voting in “Budget” has opened; it cannot open again."_s;
    QTest::newRow("election: edit once open")
        << election << VoteState::Open << VoteAction::Edit << u"election-not-draft"_s
        << u"Voting in “Budget” has opened, so its seats, method and candidates can no longer change."_s;
    QTest::newRow("election: delete once open")
        << election << VoteState::Open << VoteAction::Remove << u"election-not-draft"_s
        << u"Voting in “Budget” has opened, so it stays in the record and cannot be deleted."_s;
    QTest::newRow("election: papers for a draft")
        << election << VoteState::Draft << VoteAction::Vote << u"election-not-open"_s
        << u"Voting in “Budget” has not opened yet."_s;
    QTest::newRow("election: close twice")
        << election << VoteState::Closed << VoteAction::Vote << u"election-not-open"_s
        << u"Voting in “Budget” has closed and its result is declared."_s;
    QTest::newRow("election: result once declared")
        << election << VoteState::Closed << VoteAction::Read << QString() << QString();
}

void TestVoteState::check()
{
    QFETCH(VoteKind, kind);
    QFETCH(VoteState, state);
    QFETCH(VoteAction, action);
    QFETCH(QString, rule);
    QFETCH(QString, message);

    const Outcome outcome = checkVoteState(kind, u"Budget"_s, state, action);
    QCOMPARE(outcome.isOk(), rule.isEmpty());
    if (!outcome) {
        QCOMPARE(outcome.error().rule, rule);
        QCOMPARE(outcome.error().message, message);
        QCOMPARE(outcome.error().field, u"state"_s);
    }
}

void TestVoteState::everyActionInEveryState_data()
{
    QTest::addColumn<VoteAction>("action");
    QTest::addColumn<QList<VoteState>>("allowedIn");
    QTest::newRow("edit") << VoteAction::Edit << QList<VoteState> { VoteState::Draft };
    QTest::newRow("open") << VoteAction::Open << QList<VoteState> { VoteState::Draft };
    QTest::newRow("remove") << VoteAction::Remove << QList<VoteState> { VoteState::Draft };
    QTest::newRow("vote") << VoteAction::Vote << QList<VoteState> { VoteState::Open };
    QTest::newRow("read") << VoteAction::Read << QList<VoteState> { VoteState::Open, VoteState::Closed };
}

// Motions and elections allow the same actions in the same states; only their words differ.
void TestVoteState::everyActionInEveryState()
{
    QFETCH(VoteAction, action);
    QFETCH(QList<VoteState>, allowedIn);
    for (const VoteState state : { VoteState::Draft, VoteState::Open, VoteState::Closed }) {
        for (const VoteKind kind : { VoteKind::Motion, VoteKind::Election }) {
            const Outcome outcome = checkVoteState(kind, u"X"_s, state, action);
            QCOMPARE(outcome.isOk(), allowedIn.contains(state));
            if (!outcome)
                QVERIFY(
                    outcome.error().rule.startsWith(kind == VoteKind::Motion ? u"motion-" : u"election-"));
        }
    }
}

QTEST_GUILESS_MAIN(TestVoteState)
#include "TestVoteState.moc"
