#include "Meetings.h"

#include "TextTable.h"
#include "storage/MeetingRepository.h"
#include "storage/MotionRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mutualise::cli {

using namespace mutualise::domain;

Meetings::Meetings()
    : MutualCommand(QStringLiteral("meetings"),
                    tr("List the meetings, newest first, with how many motions each has."), Access::ReadOnly)
{
    addOption({ QStringLiteral("json"), tr("Print JSON for other programs instead of a table.") });
}

int Meetings::runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                            const QStringList& /*positional*/)
{
    const auto meetings = storage::MeetingRepository(file).all();
    if (!meetings)
        return refuse(meetings.error());
    const auto motions = storage::MotionRepository(file).all();
    if (!motions)
        return refuse(motions.error());
    QHash<qint64, qint64> motionsByMeeting;
    for (const Motion& motion : *motions)
        ++motionsByMeeting[motion.meetingId];

    writeOut(parser.isSet(QStringLiteral("json")) ? asJson(*meetings, motionsByMeeting, file.mutual())
                                                  : asText(*meetings, motionsByMeeting));
    return ExitSuccess;
}

QString Meetings::asText(const QList<Meeting>& meetings, const QHash<qint64, qint64>& motions)
{
    using Alignment = TextTable::Alignment;
    TextTable table({
        { tr("Id"), Alignment::Right },
        { tr("Kind"), Alignment::Left },
        { tr("Date"), Alignment::Left },
        { tr("Title"), Alignment::Left },
        { tr("Place"), Alignment::Left },
        { tr("Motions"), Alignment::Right },
    });
    const QLocale locale;
    for (const Meeting& meeting : meetings) {
        table.addRow({ QString::number(meeting.id), meetingKindLabel(meeting.kind), isoDate(meeting.heldOn),
                       meeting.displayTitle(), meeting.place, locale.toString(motions.value(meeting.id)) });
    }
    return table.render() + tr("Meetings: %n", nullptr, static_cast<int>(meetings.size()))
        + QLatin1Char('\n');
}

QString Meetings::asJson(const QList<Meeting>& meetings, const QHash<qint64, qint64>& motions,
                         const Mutual& mutual)
{
    QJsonArray list;
    for (const Meeting& meeting : meetings) {
        list.append(QJsonObject {
            { QStringLiteral("id"), meeting.id },
            { QStringLiteral("kind"), meetingKindKey(meeting.kind) },
            { QStringLiteral("date"), isoDate(meeting.heldOn) },
            { QStringLiteral("title"), meeting.title },
            { QStringLiteral("place"), meeting.place },
            { QStringLiteral("proxy_limit"), meeting.proxyLimit },
            { QStringLiteral("motions"), motions.value(meeting.id) },
        });
    }
    const QJsonObject document {
        { QStringLiteral("mutual"), mutual.name },
        { QStringLiteral("meetings"), list },
    };
    return QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
}

} // namespace mutualise::cli
