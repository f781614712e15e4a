#include "ThreeSixtyGiving.h"

#include "domain/Text.h"
#include "storage/ProjectRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace mutualise::reports {

namespace {

// The largest amount, in minor units, whose JSON number is exact: a double holds every decimal of up
// to 15 significant digits, and a quotient of two whole numbers is the double nearest the exact one,
// which the shortest form Qt writes gives back digit for digit.
constexpr qint64 largestExactAmount = 999'999'999'999'999;

domain::Error publishingError(const QString& message, const char* rule)
{
    return domain::Error { message, QString::fromLatin1(rule), QStringLiteral("grants") };
}

QJsonArray organisation(const QString& id, const QString& name)
{
    return QJsonArray { QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("name"), name } } };
}

} // namespace

QString ThreeSixtyGiving::funderOrgId(const domain::Mutual& mutual)
{
    const QString registration = mutual.registrationNumber.trimmed();
    if (registration.isEmpty())
        return {};
    switch (mutual.legalForm) {
    case domain::LegalForm::CooperativeSociety:
    case domain::LegalForm::CommunityBenefitSociety:
        return QStringLiteral("GB-MPR-") + registration;
    case domain::LegalForm::CommunityInterestCompany:
    case domain::LegalForm::CompanyLimitedByGuarantee:
        return QStringLiteral("GB-COH-") + registration;
    }
    return {};
}

domain::Result<QByteArray> ThreeSixtyGiving::package(storage::MutualFile& file, const ReportRequest& request)
{
    const domain::Mutual mutual = file.mutual();
    if (mutual.grantIdPrefix.isEmpty()) {
        return publishingError(tr("The mutual has no 360Giving prefix yet, under which its grants are "
                                  "published: register one with 360Giving, then enter it under File > "
                                  "Mutual Settings…"),
                               "no-grant-prefix");
    }
    const QString funder = funderOrgId(mutual);
    if (funder.isEmpty()) {
        return publishingError(tr("The mutual has no registration number, which names it as the funder "
                                  "in 360Giving data: enter it under File > Mutual Settings…"),
                               "no-registration");
    }
    const auto paid = storage::ProjectRepository(file).grantsOfPeriod(request.from, request.to);
    if (!paid)
        return paid.error();

    const QString idPrefix = QStringLiteral("360G-%1-").arg(mutual.grantIdPrefix);
    const QJsonArray funding = organisation(funder, mutual.name);
    const auto perMajor = static_cast<double>(mutual.currency.minorPerMajor());
    QJsonArray published;
    for (const storage::GrantRow& row : paid->grants) {
        const domain::Grant& grant = row.grant;
        if (grant.amount > largestExactAmount) {
            return publishingError(tr("Grant %1 of %2 is larger than an amount open data can carry exactly.")
                                       .arg(grant.id)
                                       .arg(domain::Money(grant.amount, mutual.currency).format(QLocale())),
                                   "total-too-large");
        }
        const domain::Project project = paid->projectById.value(grant.projectId);
        const QString recipientId = project.recipientOrgId.isEmpty()
            ? idPrefix + QStringLiteral("recipient-%1").arg(project.id)
            : project.recipientOrgId;
        const QJsonObject category { { QStringLiteral("code"), row.categoryKey },
                                     { QStringLiteral("title"), row.categoryLabel } };
        QJsonObject classification = category;
        classification.insert(QStringLiteral("vocabulary"), idPrefix + QStringLiteral("project-categories"));
        published.append(QJsonObject {
            { QStringLiteral("id"), idPrefix + QString::number(grant.id) },
            { QStringLiteral("title"), project.title },
            { QStringLiteral("description"),
              project.description.trimmed().isEmpty() ? project.title : project.description },
            { QStringLiteral("currency"), mutual.currency.code() },
            { QStringLiteral("amountAwarded"), static_cast<double>(grant.amount) / perMajor },
            { QStringLiteral("awardDate"), grant.date.toString(Qt::ISODate) },
            { QStringLiteral("recipientOrganization"), organisation(recipientId, project.recipientName) },
            { QStringLiteral("fundingOrganization"), funding },
            { QStringLiteral("grantProgramme"), QJsonArray { category } },
            { QStringLiteral("classifications"), QJsonArray { classification } },
            { QStringLiteral("dateModified"), grant.recordedAt.toUTC().toString(Qt::ISODate) },
        });
    }
    if (published.isEmpty()) {
        return publishingError(tr("No grants were paid from %1 to %2, and 360Giving data holds at least "
                                  "one: choose a period with grants in it.")
                                   .arg(QLocale().toString(request.from, QLocale::ShortFormat),
                                        QLocale().toString(request.to, QLocale::ShortFormat)),
                               "no-grants");
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("grants"), published },
                                       { QStringLiteral("version"), QStringLiteral("1.4") } })
        .toJson(QJsonDocument::Indented);
}

} // namespace mutualise::reports
