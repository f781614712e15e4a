#pragma once

#include "Error.h"
#include "Tally.h"
#include "VoteState.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace mutualise::domain {

enum class MeetingKind
{
    AnnualGeneral,
    General,
    Board,
};

// Keys "agm", "general", "board", and translated labels.
QString meetingKindKey(MeetingKind kind);
std::optional<MeetingKind> meetingKindFromKey(QStringView key);
QString meetingKindLabel(MeetingKind kind);
QList<MeetingKind> allMeetingKinds();

struct Meeting
{
    qint64 id = 0;
    MeetingKind kind = MeetingKind::AnnualGeneral;
    QDate heldOn;
    QString title; // empty: the kind and date name it
    QString place;
    QString agenda;
    int proxyLimit = 0; // the most members one person may hold proxies for; 0 for no limit

    // "AGM 24 Nov 2026" when untitled.
    QString displayTitle() const;
    bool operator==(const Meeting&) const = default;
};

// Rules "invalid-date", "implausible-date" (a date outside checkPlausibleDate's range from `today`),
// "invalid-proxy-limit", "invalid-text" (a title or place longer than maximumTitleLength, an agenda
// too long) and "control-character" (a title or place that is not plain text on one line).
Outcome validateMeeting(const Meeting& meeting, const QDate& today = QDate::currentDate());

// Rule "meeting-in-use": a meeting with motions or elections stays, since a vote once opened stays in
// the record; its drafts are deleted first.
Outcome checkMeetingRemovable(const Meeting& meeting, qint64 motions, qint64 elections);

// A member's appointment of a proxy for one meeting: another member, or the chair, optionally told
// how to vote.
struct ProxyAppointment
{
    qint64 memberId = 0;
    std::optional<qint64> proxyMemberId; // nothing: the chair of the meeting
    std::optional<Choice> direction; // nothing: the proxy decides

    bool operator==(const ProxyAppointment&) const = default;
};

struct Motion
{
    qint64 id = 0;
    qint64 meetingId = 0;
    QString title;
    QString body;
    std::optional<qint64> proposerId;
    std::optional<qint64> seconderId;
    MotionRules rules;
    bool isSecret = false;
    VoteState state = VoteState::Draft;
    // Set when voting opens.
    QDate recordDate;
    QDateTime openedAt;
    qint64 rollTotalWeight = 0;
    QByteArray rollFingerprint;
    // Set when voting closes.
    QDateTime closedAt;
    std::optional<MotionOutcome> outcome;

    bool operator==(const Motion&) const = default;
};

// A motion's own checks: a title, a proposer other than the seconder, and validateMotionRules.
// Rules "missing-title", "invalid-text" (a title longer than maximumTitleLength, a text longer than
// 100,000 characters), "control-character" (a title not plain text on one line, a text holding control
// characters other than line feeds), "same-proposer-and-seconder", and those of validateMotionRules.
Outcome validateMotion(const Motion& motion, const QHash<qint64, QString>& classNames = {});

} // namespace mutualise::domain
