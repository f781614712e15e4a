#include "MeetingsAdd.h"

#include "storage/MeetingRepository.h"

namespace mutualise::cli {

using namespace mutualise::domain;

MeetingsAdd::MeetingsAdd()
    : MutualCommand(QStringLiteral("meetings add"), tr("Record a meeting; prints its id."))
{
    addOption({ QStringLiteral("kind"), tr("agm, general or board (required)."), tr("KIND") });
    addOption(
        { QStringLiteral("date"), tr("The day the meeting is held, YYYY-MM-DD (required)."), tr("DATE") });
    addOption({ QStringLiteral("title"), tr("A title (default: the kind and the date)."), tr("TITLE") });
    addOption({ QStringLiteral("place"), tr("Where the meeting is held."), tr("PLACE") });
    addOption({ QStringLiteral("proxy-limit"),
                tr("The most members one person may hold proxies for (default 0, no limit)."), tr("N") });
}

int MeetingsAdd::checkArguments(const QCommandLineParser& parser, const QStringList& /*positional*/)
{
    if (!hasRequiredOptions(parser, { QStringLiteral("kind"), QStringLiteral("date") }))
        return ExitUsage;
    m_kind = meetingKindFromKey(keyOption(parser, QStringLiteral("kind")));
    if (!m_kind)
        return refuseUsage(tr("--kind must be agm, general or board."));
    m_date = dateOption(parser, QStringLiteral("date"));
    if (!m_date)
        return ExitUsage;
    m_proxyLimit = 0;
    if (parser.isSet(QStringLiteral("proxy-limit"))) {
        const auto limit
            = wholeNumberOption(parser, QStringLiteral("proxy-limit"), 0, std::numeric_limits<int>::max());
        if (!limit)
            return ExitUsage;
        m_proxyLimit = *limit;
    }
    return ExitSuccess;
}

int MeetingsAdd::runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                               const QStringList& /*positional*/)
{
    Meeting meeting;
    meeting.kind = *m_kind;
    meeting.heldOn = *m_date;
    meeting.title = textOption(parser, QStringLiteral("title"));
    meeting.place = textOption(parser, QStringLiteral("place"));
    meeting.proxyLimit = static_cast<int>(m_proxyLimit);
    const Result<Meeting> added = storage::MeetingRepository(file).add(meeting);
    if (!added)
        return refuse(added.error());
    writeOut(QString::number(added->id) + QLatin1Char('\n'));
    return ExitSuccess;
}

} // namespace mutualise::cli
