#include "Ballots.h"

#include "TextTable.h"
#include "domain/Text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mutualise::cli {

using namespace mutualise::domain;
using storage::BallotRow;

Ballots::Ballots()
    : MutualCommand(QStringLiteral("ballots"),
                    tr("List the ballots cast on a motion; a secret ballot shows who voted, not how."),
                    Access::ReadOnly)
{
    addPositionalArgument(QStringLiteral("MOTION"), tr("The motion's id, as “motions” lists it."));
    addOption({ QStringLiteral("json"), tr("Print JSON for other programs instead of a table.") });
}

int Ballots::checkArguments(const QCommandLineParser& /*parser*/, const QStringList& positional)
{
    m_motionId = motionIdArgument(positional.at(1));
    if (!m_motionId)
        return ExitUsage;
    return ExitSuccess;
}

int Ballots::runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                           const QStringList& /*positional*/)
{
    const storage::MotionRepository motions(file);
    const Result<Motion> motion = motions.motion(*m_motionId);
    if (!motion)
        return refuse(motion.error());
    const auto rows = motions.ballots(*m_motionId);
    if (!rows)
        return refuse(rows.error());
    writeOut(parser.isSet(QStringLiteral("json")) ? asJson(*motion, *rows) : asText(*motion, *rows));
    return ExitSuccess;
}

QString Ballots::asText(const Motion& motion, const QList<BallotRow>& rows)
{
    using Alignment = TextTable::Alignment;
    TextTable table({
        { tr("Member"), Alignment::Left },
        { tr("Name"), Alignment::Left },
        { tr("Choice"), Alignment::Left },
        { tr("Method"), Alignment::Left },
        { tr("Proxy"), Alignment::Left },
        { tr("Cast at"), Alignment::Left },
    });
    const QLocale locale;
    for (const BallotRow& row : rows) {
        const QString proxy = row.method != BallotMethod::Proxy ? QString()
            : row.proxyNumber.isEmpty()                         ? tr("the chair")
                                                                : row.proxyNumber;
        table.addRow({ row.memberNumber, row.memberName, row.choice ? choiceLabel(*row.choice) : tr("secret"),
                       ballotMethodLabel(row.method), proxy,
                       locale.toString(row.castAt.toLocalTime(), QLocale::ShortFormat) });
    }
    return tr("Motion %1: %2").arg(QString::number(motion.id), visibleText(motion.title))
        + QStringLiteral("\n\n") + table.render() + tr("Ballots: %n", nullptr, static_cast<int>(rows.size()))
        + QLatin1Char('\n');
}

QString Ballots::asJson(const Motion& motion, const QList<BallotRow>& rows)
{
    QJsonArray ballots;
    for (const BallotRow& row : rows) {
        // "proxy" is the member who cast a proxy vote; null for the chair and for every other method.
        ballots.append(QJsonObject {
            { QStringLiteral("member"), row.memberNumber },
            { QStringLiteral("name"), row.memberName },
            { QStringLiteral("choice"),
              row.choice ? QJsonValue(choiceKey(*row.choice)) : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("method"), ballotMethodKey(row.method) },
            { QStringLiteral("proxy"),
              row.proxyNumber.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(row.proxyNumber) },
            { QStringLiteral("cast_at"), row.castAt.toUTC().toString(Qt::ISODate) },
        });
    }
    const QJsonObject document {
        { QStringLiteral("motion"), motion.id },
        { QStringLiteral("title"), motion.title },
        { QStringLiteral("secret"), motion.isSecret },
        { QStringLiteral("state"), voteStateKey(motion.state) },
        { QStringLiteral("ballots"), ballots },
    };
    return QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
}

} // namespace mutualise::cli
