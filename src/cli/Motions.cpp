#include "Motions.h"

#include "TextTable.h"
#include "storage/MotionRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mutualise::cli {

using namespace mutualise::domain;

Motions::Motions()
    : MutualCommand(QStringLiteral("motions"), tr("List the motions with their rules, state and outcome."),
                    Access::ReadOnly)
{
    addOption({ QStringLiteral("meeting"), tr("Only the motions of this meeting, by its id."), tr("ID") });
    addOption({ QStringLiteral("json"), tr("Print JSON for other programs instead of a table.") });
}

int Motions::checkArguments(const QCommandLineParser& parser, const QStringList& /*positional*/)
{
    m_meetingId = {};
    if (parser.isSet(QStringLiteral("meeting"))) {
        m_meetingId = wholeNumberOption(parser, QStringLiteral("meeting"), 1);
        if (!m_meetingId)
            return ExitUsage;
    }
    return ExitSuccess;
}

int Motions::runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                           const QStringList& /*positional*/)
{
    const auto motions = storage::MotionRepository(file).all(m_meetingId);
    if (!motions)
        return refuse(motions.error());
    writeOut(parser.isSet(QStringLiteral("json")) ? asJson(*motions, file.mutual()) : asText(*motions));
    return ExitSuccess;
}

QString Motions::asText(const QList<Motion>& motions)
{
    using Alignment = TextTable::Alignment;
    TextTable table({
        { tr("Id"), Alignment::Right },
        { tr("Meeting"), Alignment::Right },
        { tr("Title"), Alignment::Left },
        { tr("Threshold"), Alignment::Left },
        { tr("Scheme"), Alignment::Left },
        { tr("State"), Alignment::Left },
        { tr("Outcome"), Alignment::Left },
    });
    for (const Motion& motion : motions) {
        table.addRow({ QString::number(motion.id), QString::number(motion.meetingId), motion.title,
                       thresholdLabel(motion.rules.threshold), votingSchemeLabel(motion.rules.scheme),
                       voteStateLabel(motion.state),
                       motion.outcome ? motionOutcomeLabel(*motion.outcome) : QString() });
    }
    return table.render() + tr("Motions: %n", nullptr, static_cast<int>(motions.size())) + QLatin1Char('\n');
}

QString Motions::asJson(const QList<Motion>& motions, const Mutual& mutual)
{
    QJsonArray list;
    for (const Motion& motion : motions) {
        list.append(QJsonObject {
            { QStringLiteral("id"), motion.id },
            { QStringLiteral("meeting"), motion.meetingId },
            { QStringLiteral("title"), motion.title },
            { QStringLiteral("threshold"), thresholdKey(motion.rules.threshold) },
            { QStringLiteral("scheme"), votingSchemeKey(motion.rules.scheme) },
            { QStringLiteral("secret"), motion.isSecret },
            { QStringLiteral("state"), voteStateKey(motion.state) },
            { QStringLiteral("record_date"),
              motion.recordDate.isValid() ? QJsonValue(isoDate(motion.recordDate))
                                          : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("outcome"),
              motion.outcome ? QJsonValue(motionOutcomeKey(*motion.outcome)) : QJsonValue(QJsonValue::Null) },
        });
    }
    const QJsonObject document {
        { QStringLiteral("mutual"), mutual.name },
        { QStringLiteral("motions"), list },
    };
    return QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
}

} // namespace mutualise::cli
