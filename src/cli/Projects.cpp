#include "Projects.h"

#include "TextTable.h"
#include "domain/Text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mutualise::cli {

using namespace mutualise::domain;
using storage::ProjectRow;

namespace {

// Basis points as a percentage with two decimals ("99.99%"), without floating point.
QString percentOf(qint64 basisPoints, const QLocale& locale)
{
    return locale.toString(basisPoints / 100) + locale.decimalPoint()
        + QStringLiteral("%1").arg(basisPoints % 100, 2, 10, QLatin1Char('0')) + locale.percent();
}

} // namespace

Projects::Projects()
    : MutualCommand(QStringLiteral("projects"),
                    tr("List the community fund's balance and its projects, with what each has been granted, "
                       "pledged and paid."),
                    Access::ReadOnly)
{
    addOption({ QStringLiteral("json"), tr("Print JSON for other programs instead of a table.") });
}

int Projects::runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                            const QStringList& /*positional*/)
{
    const storage::ProjectRepository projects(file);
    const auto rows = projects.projects();
    if (!rows)
        return refuse(rows.error());
    const Result<qint64> balance = projects.fundBalance();
    if (!balance)
        return refuse(balance.error());
    const Result<qint64> granted = projects.totalGranted();
    if (!granted)
        return refuse(granted.error());
    const Mutual mutual = file.mutual();
    writeOut(parser.isSet(QStringLiteral("json")) ? asJson(*rows, *balance, *granted, mutual)
                                                  : asText(*rows, *balance, *granted, mutual));
    return ExitSuccess;
}

QString Projects::asText(const QList<ProjectRow>& rows, qint64 balance, qint64 granted, const Mutual& mutual)
{
    using Alignment = TextTable::Alignment;
    TextTable table({
        { tr("Id"), Alignment::Right },
        { tr("Title"), Alignment::Left },
        { tr("Category"), Alignment::Left },
        { tr("Status"), Alignment::Left },
        { tr("Target"), Alignment::Right },
        { tr("Granted"), Alignment::Right },
        { tr("Pledged"), Alignment::Right },
        { tr("Received"), Alignment::Right },
        { tr("Progress"), Alignment::Right },
        { tr("Recipient"), Alignment::Left },
    });
    const QLocale locale;
    const auto money = [&](qint64 amount) { return Money(amount, mutual.currency).format(locale); };
    for (const ProjectRow& row : rows) {
        const Project& project = row.project;
        QString recipient = project.recipientName;
        if (!project.recipientOrgId.isEmpty())
            recipient += QStringLiteral(" (%1)").arg(project.recipientOrgId);
        table.addRow({ QString::number(project.id), project.title, row.categoryLabel,
                       projectStatusLabel(project.status), money(project.target), money(row.granted),
                       money(row.pledged), money(row.received), percentOf(row.progressBp, locale),
                       recipient });
    }
    return tr("%1: the community fund").arg(visibleText(mutual.name)) + QStringLiteral("\n\n")
        + tr("Balance: %1. Granted to date: %2.").arg(money(balance), money(granted)) + QStringLiteral("\n\n")
        + (rows.isEmpty() ? tr("No projects yet.") + QLatin1Char('\n') : table.render());
}

QString Projects::asJson(const QList<ProjectRow>& rows, qint64 balance, qint64 granted, const Mutual& mutual)
{
    QJsonArray projects;
    for (const ProjectRow& row : rows) {
        const Project& project = row.project;
        projects.append(QJsonObject {
            { QStringLiteral("id"), project.id },
            { QStringLiteral("title"), project.title },
            { QStringLiteral("category"), project.category },
            { QStringLiteral("category_label"), row.categoryLabel },
            { QStringLiteral("status"), projectStatusKey(project.status) },
            { QStringLiteral("target"), project.target },
            { QStringLiteral("granted"), row.granted },
            { QStringLiteral("pledged"), row.pledged },
            { QStringLiteral("received"), row.received },
            { QStringLiteral("progress_bp"), row.progressBp },
            { QStringLiteral("recipient"),
              QJsonObject { { QStringLiteral("name"), project.recipientName },
                            { QStringLiteral("id"), project.recipientOrgId },
                            { QStringLiteral("asset_locked"), project.isRecipientAssetLocked },
                            { QStringLiteral("charity"), isCharityOrgId(project.recipientOrgId) } } },
            { QStringLiteral("starts_on"),
              project.startsOn.isValid() ? QJsonValue(isoDate(project.startsOn)) : QJsonValue() },
            { QStringLiteral("ends_on"),
              project.endsOn.isValid() ? QJsonValue(isoDate(project.endsOn)) : QJsonValue() },
            { QStringLiteral("outcomes"), project.outcomes },
        });
    }
    const QJsonObject document {
        { QStringLiteral("currency"), mutual.currency.code() },
        { QStringLiteral("fund"),
          QJsonObject { { QStringLiteral("balance"), balance }, { QStringLiteral("granted"), granted } } },
        { QStringLiteral("projects"), projects },
    };
    return QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
}

} // namespace mutualise::cli
