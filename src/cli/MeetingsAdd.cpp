#include "MeetingsAdd.h"

#include "storage/MeetingRepository.h"

namespace mutualise::cli {

using namespace mutualise::domain;

MeetingsAdd::MeetingsAdd()
    : Command(QStringLiteral("meetings add"), tr("Record a meeting; prints its id."))
{
    addPositionalArgument(QStringLiteral("FILE"), tr("The .mutual file."));
    addOption({ QStringLiteral("kind"), tr("agm, general or board (required)."), tr("KIND") });
    addOption(
        { QStringLiteral("date"), tr("The day the meeting is held, YYYY-MM-DD (required)."), tr("DATE") });
    addOption({ QStringLiteral("title"), tr("A title (default: the kind and the date)."), tr("TITLE") });
    addOption({ QStringLiteral("place"), tr("Where the meeting is held."), tr("PLACE") });
    addOption({ QStringLiteral("proxy-limit"),
                tr("The most members one person may hold proxies for (default 0, no limit)."), tr("N") });
}

int MeetingsAdd::run(const QCommandLineParser& parser, const QStringList& positional)
{
    if (!hasRequiredOptions(parser, { QStringLiteral("kind"), QStringLiteral("date") }))
        return ExitUsage;
    const std::optional<MeetingKind> kind = meetingKindFromKey(keyOption(parser, QStringLiteral("kind")));
    if (!kind)
        return refuseUsage(tr("--kind must be agm, general or board."));
    const std::optional<QDate> date = dateOption(parser, QStringLiteral("date"));
    if (!date)
        return ExitUsage;
    qint64 proxyLimit = 0;
    if (parser.isSet(QStringLiteral("proxy-limit"))) {
        const auto limit
            = wholeNumberOption(parser, QStringLiteral("proxy-limit"), 0, std::numeric_limits<int>::max());
        if (!limit)
            return ExitUsage;
        proxyLimit = *limit;
    }

    const auto file = openExisting(positional.at(0));
    if (!file)
        return refuse(file.error());
    Meeting meeting;
    meeting.kind = *kind;
    meeting.heldOn = *date;
    meeting.title = textOption(parser, QStringLiteral("title"));
    meeting.place = textOption(parser, QStringLiteral("place"));
    meeting.proxyLimit = static_cast<int>(proxyLimit);
    const Result<Meeting> added = storage::MeetingRepository(**file).add(meeting);
    if (!added)
        return refuse(added.error());
    writeOut(QString::number(added->id) + QLatin1Char('\n'));
    return ExitSuccess;
}

} // namespace mutualise::cli
