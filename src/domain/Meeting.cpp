#include "Meeting.h"

#include <QCoreApplication>
#include <QLocale>

namespace mutualise::domain {

namespace {

// Long enough for any real agenda, short enough that a mistaken paste of a whole document is caught.
constexpr qsizetype longestText = 100'000;

Error meetingError(const QString& message, const char* rule, const char* field)
{
    return Error { message, QString::fromLatin1(rule), QString::fromLatin1(field) };
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

Outcome validateMeeting(const Meeting& meeting)
{
    if (!meeting.heldOn.isValid())
        return meetingError(QCoreApplication::translate("Meeting", "A meeting needs the date it is held on."),
                            "invalid-date", "heldOn");
    if (meeting.proxyLimit < 0)
        return meetingError(QCoreApplication::translate("Meeting",
                                                        "The limit on proxies one person may hold "
                                                        "cannot be below 0 (0 means no limit)."),
                            "invalid-proxy-limit", "proxyLimit");
    for (const auto& [text, field] :
         { std::pair { &meeting.title, "title" }, std::pair { &meeting.place, "place" },
           std::pair { &meeting.agenda, "agenda" } }) {
        if (text->size() > longestText)
            return meetingError(QCoreApplication::translate("Meeting", "The %1 is longer than %2 characters.")
                                    .arg(QString::fromLatin1(field), QLocale().toString(longestText)),
                                "invalid-text", field);
    }
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

Outcome validateMotion(const Motion& motion)
{
    if (motion.title.trimmed().isEmpty())
        return meetingError(QCoreApplication::translate("Meeting", "A motion needs a title."),
                            "missing-title", "title");
    if (motion.title.size() > longestText || motion.body.size() > longestText)
        return meetingError(QCoreApplication::translate("Meeting",
                                                        "The motion's text is longer than %1 "
                                                        "characters.")
                                .arg(QLocale().toString(longestText)),
                            "invalid-text", "body");
    if (motion.proposerId && motion.seconderId && *motion.proposerId == *motion.seconderId)
        return meetingError(QCoreApplication::translate("Meeting",
                                                        "A motion is seconded by a member other "
                                                        "than its proposer."),
                            "same-proposer-and-seconder", "seconderId");
    return validateMotionRules(motion.rules);
}

} // namespace mutualise::domain
