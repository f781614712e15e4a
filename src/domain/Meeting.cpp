#include "Meeting.h"

#include "Dates.h"
#include "Text.h"

#include <QCoreApplication>
#include <QLocale>

namespace mutualise::domain {

namespace {

// Long enough for any real agenda or motion (a special resolution may adopt a whole set of rules), short
// enough that a mistaken paste of a whole document is caught.
constexpr qsizetype longestText = 100'000;

Error meetingError(const QString& message, const char* rule, const char* field)
{
    return Error { message, QString::fromLatin1(rule), QString::fromLatin1(field) };
}

// A title, a place or a candidate's name: plain text on one line of at most maximumTitleLength
// characters (rules "control-character", "invalid-text").
Outcome checkTitle(const QString& text, const QString& what, const char* field)
{
    if (auto plain = checkPlainText(text, what, QString::fromLatin1(field)); !plain)
        return plain;
    if (text.trimmed().size() > maximumTitleLength)
        return meetingError(QCoreApplication::translate("Meeting", "%1 can be at most %2 characters long.")
                                .arg(what)
                                .arg(maximumTitleLength),
                            "invalid-text", field);
    return ok();
}

// A longer text (an agenda, the text of a motion): several lines, at most longestText characters.
Outcome checkLongText(const QString& text, const QString& what, const char* field)
{
    if (text.size() > longestText)
        return meetingError(QCoreApplication::translate("Meeting", "%1 can be at most %2 characters long.")
                                .arg(what, QLocale().toString(longestText)),
                            "invalid-text", field);
    return checkPlainText(text, what, QString::fromLatin1(field), Lines::Several);
}

} // namespace

QString meetingKindKey(MeetingKind kind)
{
    switch (kind) {
    case MeetingKind::AnnualGeneral:
        return QStringLiteral("agm");
    case MeetingKind::General:
        return QStringLiteral("general");
    case MeetingKind::Board:
        return QStringLiteral("board");
    }
    Q_UNREACHABLE();
}

std::optional<MeetingKind> meetingKindFromKey(QStringView key)
{
    for (const MeetingKind kind : allMeetingKinds()) {
        if (key == meetingKindKey(kind))
            return kind;
    }
    return std::nullopt;
}

QString meetingKindLabel(MeetingKind kind)
{
    switch (kind) {
    case MeetingKind::AnnualGeneral:
        return QCoreApplication::translate("Meeting", "Annual general meeting");
    case MeetingKind::General:
        return QCoreApplication::translate("Meeting", "General meeting");
    case MeetingKind::Board:
        return QCoreApplication::translate("Meeting", "Board meeting");
    }
    Q_UNREACHABLE();
}

QList<MeetingKind> allMeetingKinds()
{
    return { MeetingKind::AnnualGeneral, MeetingKind::General, MeetingKind::Board };
}

QString Meeting::displayTitle() const
{
    if (!title.trimmed().isEmpty())
        return title.trimmed();
    const QString date = QLocale().toString(heldOn, QLocale::ShortFormat);
    switch (kind) {
    case MeetingKind::AnnualGeneral:
        //: An untitled annual general meeting, named by its date: "AGM 24/11/2026"
        return QCoreApplication::translate("Meeting", "AGM %1").arg(date);
    case MeetingKind::General:
        return QCoreApplication::translate("Meeting", "General meeting %1").arg(date);
    case MeetingKind::Board:
        return QCoreApplication::translate("Meeting", "Board meeting %1").arg(date);
    }
    Q_UNREACHABLE();
}

Outcome validateMeeting(const Meeting& meeting, const QDate& today)
{
    if (!meeting.heldOn.isValid())
        return meetingError(QCoreApplication::translate("Meeting", "A meeting needs the date it is held on."),
                            "invalid-date", "heldOn");
    if (auto plausible = checkPlausibleDate(meeting.heldOn, today, QStringLiteral("heldOn")); !plausible)
        return plausible;
    if (meeting.proxyLimit < 0)
        return meetingError(QCoreApplication::translate("Meeting",
                                                        "The limit on proxies one person may hold "
                                                        "cannot be below 0 (0 means no limit)."),
                            "invalid-proxy-limit", "proxyLimit");
    if (auto valid
        = checkTitle(meeting.title, QCoreApplication::translate("Meeting", "The meeting's title"), "title");
        !valid)
        return valid;
    if (auto valid = checkTitle(meeting.place, QCoreApplication::translate("Meeting", "The place"), "place");
        !valid)
        return valid;
    // An agenda is pasted from documents that hold tabs, and no listing prints it: only its length
    // is bounded.
    if (meeting.agenda.size() > longestText)
        return meetingError(
            QCoreApplication::translate("Meeting", "%1 can be at most %2 characters long.")
                .arg(QCoreApplication::translate("Meeting", "The agenda"), QLocale().toString(longestText)),
            "invalid-text", "agenda");
    return ok();
}

Outcome checkMeetingRemovable(const Meeting& meeting, qint64 motions, qint64 elections)
{
    if (motions <= 0 && elections <= 0)
        return ok();
    return meetingError(
        QCoreApplication::translate("Meeting",
                                    "“%1” cannot be deleted while it has motions or elections "
                                    "(motions: %2, elections: %3). Delete the drafts first; a "
                                    "vote once opened stays in the record.")
            .arg(meeting.displayTitle(), QLocale().toString(motions), QLocale().toString(elections)),
        "meeting-in-use", "meeting");
}

Outcome validateMotion(const Motion& motion, const QHash<qint64, QString>& classNames)
{
    if (motion.title.trimmed().isEmpty())
        return meetingError(QCoreApplication::translate("Meeting", "A motion needs a title."),
                            "missing-title", "title");
    if (auto valid
        = checkTitle(motion.title, QCoreApplication::translate("Meeting", "The motion's title"), "title");
        !valid)
        return valid;
    if (auto valid
        = checkLongText(motion.body, QCoreApplication::translate("Meeting", "The motion's text"), "body");
        !valid)
        return valid;
    if (motion.proposerId && motion.seconderId && *motion.proposerId == *motion.seconderId)
        return meetingError(QCoreApplication::translate("Meeting",
                                                        "A motion is seconded by a member other "
                                                        "than its proposer."),
                            "same-proposer-and-seconder", "seconderId");
    return validateMotionRules(motion.rules, classNames);
}

} // namespace mutualise::domain
