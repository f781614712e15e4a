#include "Count.h"

#include "formats/Blt.h"
#include "formats/InputFile.h"
#include "storage/ElectionResultJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mutualise::cli {

using namespace mutualise::domain;

namespace {

QStringList namesOf(const QStringList& candidates, const QList<int>& chosen)
{
    QStringList names;
    for (int candidate : chosen)
        names.append(candidates.at(candidate));
    return names;
}

} // namespace

Count::Count()
    : Command(QStringLiteral("count"),
              tr("Count an election from a .blt ballot file, by single transferable vote (Scottish "
                 "rules) or by plurality, showing every stage."))
{
    addPositionalArgument(QStringLiteral("BALLOTS"), tr("The .blt file of ballots."));
    addOption({ QStringLiteral("method"), tr("stv (the default) or plurality."), tr("METHOD") });
    addOption({ QStringLiteral("seed"),
                tr("Where a tie must be settled by lot, draw from this seed (default 1), so the count "
                   "can be repeated."),
                tr("SEED") });
    addOption({ QStringLiteral("json"), tr("Print JSON for other programs instead of text.") });
}

int Count::run(const QCommandLineParser& parser, const QStringList& positional)
{
    const QString method = keyOption(parser, QStringLiteral("method"));
    if (!method.isEmpty() && method != u"stv" && method != u"plurality")
        return refuseUsage(tr("--method must be stv or plurality."));
    qint64 seed = 1;
    if (parser.isSet(QStringLiteral("seed"))) {
        const auto given = wholeNumberOption(parser, QStringLiteral("seed"), 0, largestWholeNumber);
        if (!given)
            return ExitUsage;
        seed = *given;
    }

    const Result<QByteArray> content = formats::readInputFile(positional.at(0));
    if (!content)
        return refuse(content.error());
    const auto election = formats::Blt::read(*content);
    if (!election) {
        Error error = election.error();
        error.message = tr("%1: %2").arg(positional.at(0), error.message);
        return refuse(error);
    }
    const bool isJson = parser.isSet(QStringLiteral("json"));
    if (method == u"plurality") {
        const auto counted = Stv::countPlurality(*election, static_cast<quint64>(seed));
        if (!counted)
            return refuse(counted.error());
        writeOut(isJson ? asJson(*counted) : asText(*counted));
        return ExitSuccess;
    }
    const auto counted = Stv::count(*election, static_cast<quint64>(seed));
    if (!counted)
        return refuse(counted.error());
    writeOut(isJson ? asJson(*counted) : asText(*counted));
    return ExitSuccess;
}

QString Count::workingText(const QStringList& working, const QStringList& elected, ElectionMethod method)
{
    QString text = working.join(u'\n') + QStringLiteral("\n\n");
    text += (method == ElectionMethod::Plurality ? tr("Elected, most votes first:")
                                                 : tr("Elected, in order of election:"))
        + u'\n';
    for (qsizetype i = 0; i < elected.size(); ++i)
        text += QStringLiteral("%1. %2\n").arg(i + 1).arg(elected.at(i));
    return text;
}

QString Count::asText(const StvCount& count)
{
    const QString title = count.title.isEmpty() ? QString() : count.title + QStringLiteral("\n\n");
    return title
        + workingText(Stv::describe(count), namesOf(count.candidates, count.elected),
                      ElectionMethod::SingleTransferableVote);
}

QString Count::asText(const PluralityCount& count)
{
    const QString title = count.title.isEmpty() ? QString() : count.title + QStringLiteral("\n\n");
    return title
        + workingText(Stv::describe(count), namesOf(count.candidates, count.elected),
                      ElectionMethod::Plurality);
}

QString Count::asJson(const StvCount& count)
{
    return QString::fromUtf8(QJsonDocument(storage::stvCountJson(count)).toJson(QJsonDocument::Indented));
}

QString Count::asJson(const PluralityCount& count)
{
    return QString::fromUtf8(
        QJsonDocument(storage::pluralityCountJson(count)).toJson(QJsonDocument::Indented));
}

} // namespace mutualise::cli
