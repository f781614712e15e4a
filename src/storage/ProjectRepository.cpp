#include "ProjectRepository.h"

#include "Statement.h"
#include "domain/Text.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <limits>

namespace mutualise::storage {

namespace {

using domain::Grant;
using domain::Pledge;
using domain::Project;
using domain::ProjectCategory;
using domain::ProjectStatus;

// The context of this file's texts, as translators and the running program both name it.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(ProjectRepository)
};

Error sumTooLargeError(const QString& what)
{
    return Error { Texts::tr(
                       "%1 comes to more than %2, the most that can be added up: the file holds an entry "
                       "far too large.")
                       .arg(what, QLocale().toString(std::numeric_limits<qint64>::max())),
                   QStringLiteral("total-too-large"),
                   {} };
}

// The split sum of one query that binds at most a date, as one figure.
Result<qint64> sumOf(const QSqlDatabase& database, const QString& sql, const QDate& date, const QString& what)
{
    Statement query(database, sql);
    if (date.isValid())
        query.bind(QStringLiteral(":date"), dateValue(date));
    if (auto done = query.exec(); !done)
        return done.error();
    query.next();
    const std::optional<qint64> sum = joinedSum(query, 0);
    if (!sum)
        return sumTooLargeError(what);
    return *sum;
}

const QString projectColumns
    = QStringLiteral("p.id, p.title, p.description, p.category, p.recipient_name, p.recipient_org_id, "
                     "p.recipient_asset_locked, p.target, p.starts_on, p.ends_on, p.status, p.outcomes");

Project projectFrom(const Statement& query)
{
    Project project;
    project.id = query.value(0).toLongLong();
    project.title = query.value(1).toString();
    project.description = query.value(2).toString();
    project.category = query.value(3).toString();
    project.recipientName = query.value(4).toString();
    project.recipientOrgId = query.value(5).toString();
    project.isRecipientAssetLocked = query.value(6).toLongLong() != 0;
    project.target = query.value(7).toLongLong();
    project.startsOn = dateFrom(query.value(8));
    project.endsOn = dateFrom(query.value(9));
    project.status
        = domain::projectStatusFromKey(query.value(10).toString()).value_or(ProjectStatus::Proposed);
    project.outcomes = query.value(11).toString();
    return project;
}

QJsonObject projectToJson(const Project& project)
{
    return QJsonObject {
        { QStringLiteral("id"), project.id },
        { QStringLiteral("title"), project.title },
        { QStringLiteral("description"), project.description },
        { QStringLiteral("category"), project.category },
        { QStringLiteral("recipientName"), project.recipientName },
        { QStringLiteral("recipientOrgId"), project.recipientOrgId },
        { QStringLiteral("recipientAssetLocked"), project.isRecipientAssetLocked },
        { QStringLiteral("target"), project.target },
        { QStringLiteral("startsOn"), project.startsOn.toString(Qt::ISODate) },
        { QStringLiteral("endsOn"), project.endsOn.toString(Qt::ISODate) },
        { QStringLiteral("status"), domain::projectStatusKey(project.status) },
        { QStringLiteral("outcomes"), project.outcomes },
    };
}

QJsonObject grantToJson(const Grant& grant)
{
    return QJsonObject {
        { QStringLiteral("id"), grant.id },
        { QStringLiteral("projectId"), grant.projectId },
        { QStringLiteral("amount"), grant.amount },
        { QStringLiteral("date"), grant.date.toString(Qt::ISODate) },
        { QStringLiteral("motionId"), grant.motionId },
        { QStringLiteral("communityBenefit"), grant.communityBenefit },
        { QStringLiteral("reference"), grant.reference },
    };
}

QJsonObject pledgeToJson(const Pledge& pledge)
{
    return QJsonObject {
        { QStringLiteral("id"), pledge.id },
        { QStringLiteral("projectId"), pledge.projectId },
        { QStringLiteral("memberId"), pledge.memberId },
        { QStringLiteral("amount"), pledge.amount },
        { QStringLiteral("date"), pledge.date.toString(Qt::ISODate) },
        { QStringLiteral("reference"), pledge.reference },
    };
}

Result<Project> readProject(const QSqlDatabase& database, qint64 id)
{
    Statement query(database,
                    QStringLiteral("SELECT %1 FROM projects p WHERE p.id = :id").arg(projectColumns));
    query.bind(QStringLiteral(":id"), id);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return Error { Texts::tr("There is no project %1.").arg(id), QStringLiteral("unknown-project"),
                       QStringLiteral("project") };
    return projectFrom(query);
}

Outcome checkCategoryExists(const QSqlDatabase& database, const QString& key)
{
    Statement query(database, QStringLiteral("SELECT 1 FROM project_categories WHERE key = :key"));
    query.bind(QStringLiteral(":key"), key);
    if (auto done = query.exec(); !done)
        return done;
    if (query.next())
        return domain::ok();
    return Error { Texts::tr("There is no category of project “%1”.").arg(domain::quotedText(key)),
                   QStringLiteral("unknown-category"), QStringLiteral("category") };
}

Outcome storeUpdate(const QSqlDatabase& database, const Project& project)
{
    Statement update(
        database,
        QStringLiteral("UPDATE projects SET title = :title, description = :description, "
                       "category = :category, recipient_name = :name, recipient_org_id = :org_id, "
                       "recipient_asset_locked = :locked, target = :target, starts_on = :starts, "
                       "ends_on = :ends, status = :status, outcomes = :outcomes WHERE id = :id"));
    update.bind(QStringLiteral(":title"), project.title)
        .bind(QStringLiteral(":description"), project.description)
        .bind(QStringLiteral(":category"), project.category)
        .bind(QStringLiteral(":name"), project.recipientName)
        .bind(QStringLiteral(":org_id"), project.recipientOrgId)
        .bind(QStringLiteral(":locked"), project.isRecipientAssetLocked ? 1 : 0)
        .bind(QStringLiteral(":target"), project.target)
        .bind(QStringLiteral(":starts"), dateValue(project.startsOn))
        .bind(QStringLiteral(":ends"), dateValue(project.endsOn))
        .bind(QStringLiteral(":status"), domain::projectStatusKey(project.status))
        .bind(QStringLiteral(":outcomes"), project.outcomes)
        .bind(QStringLiteral(":id"), project.id);
    return update.exec();
}

// The motion a grant names, as the rule on resolutions reads it.
Result<std::optional<domain::Resolution>> readResolution(const QSqlDatabase& database, qint64 motionId)
{
    Statement query(database,
                    QStringLiteral("SELECT m.title, m.state, m.outcome, g.held_on FROM motions m "
                                   "JOIN meetings g ON g.id = m.meeting_id WHERE m.id = :id"));
    query.bind(QStringLiteral(":id"), motionId);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return std::optional<domain::Resolution>();
    domain::Resolution resolution;
    resolution.motionId = motionId;
    resolution.title = query.value(0).toString();
    resolution.state = domain::voteStateFromKey(query.value(1).toString()).value_or(domain::VoteState::Draft);
    if (!query.value(2).isNull())
        resolution.outcome = domain::motionOutcomeFromKey(query.value(2).toString());
    resolution.heldOn = dateFrom(query.value(3));
    return std::optional<domain::Resolution>(resolution);
}

// The balance that limits a grant dated `date`: what the fund holds at the end of that day and at the
// end of the day of every grant recorded after it, since a grant backdated before others must leave
// them paid for too. Returns the smallest and the day it falls on.
Result<std::pair<qint64, QDate>> availableFrom(const ProjectRepository& repository,
                                               const QSqlDatabase& database, const QDate& date)
{
    auto balance = repository.fundBalanceOn(date);
    if (!balance)
        return balance.error();
    std::pair<qint64, QDate> lowest { *balance, date };
    Statement later(database,
                    QStringLiteral("SELECT DISTINCT grant_date FROM grants WHERE grant_date > :date ORDER BY "
                                   "grant_date"));
    later.bind(QStringLiteral(":date"), dateValue(date));
    if (auto done = later.exec(); !done)
        return done.error();
    while (later.next()) {
        const QDate day = dateFrom(later.value(0));
        const auto then = repository.fundBalanceOn(day);
        if (!then)
            return then.error();
        if (*then < lowest.first)
            lowest = { *then, day };
    }
    return lowest;
}

Result<qint64> grantedTo(const QSqlDatabase& database, qint64 projectId, const QString& table,
                         const QString& what)
{
    Statement query(database,
                    QStringLiteral("SELECT %1 FROM %2 WHERE project_id = :id")
                        .arg(splitSum(QStringLiteral("amount")), table));
    query.bind(QStringLiteral(":id"), projectId);
    if (auto done = query.exec(); !done)
        return done.error();
    query.next();
    const std::optional<qint64> sum = joinedSum(query, 0);
    if (!sum)
        return sumTooLargeError(what);
    return *sum;
}

} // namespace

ProjectRepository::ProjectRepository(MutualFile& file)
    : m_file(file)
{ }

Result<QList<ProjectCategory>> ProjectRepository::categories() const
{
    Statement query(m_file.connection(),
                    QStringLiteral("SELECT key, label, built_in FROM project_categories ORDER BY built_in "
                                   "DESC, CASE WHEN built_in = 1 THEN rowid END, lower(label)"));
    if (auto done = query.exec(); !done)
        return done.error();
    QList<ProjectCategory> categories;
    while (query.next())
        categories.append(
            { query.value(0).toString(), query.value(1).toString(), query.value(2).toInt() == 1 });
    return categories;
}

Result<ProjectCategory> ProjectRepository::categoryNamed(const QString& text) const
{
    const auto all = categories();
    if (!all)
        return all.error();
    const QString wanted = text.trimmed();
    for (const ProjectCategory& category : *all) {
        if (category.key.compare(wanted, Qt::CaseInsensitive) == 0
            || category.label.compare(wanted, Qt::CaseInsensitive) == 0
            || domain::projectCategoryLabel(category).compare(wanted, Qt::CaseInsensitive) == 0)
            return category;
    }
    QStringList keys;
    for (const ProjectCategory& category : *all)
        keys.append(category.key);
    return Error { Texts::tr("There is no category of project “%1”; the categories are %2.")
                       .arg(domain::quotedText(wanted), keys.join(QStringLiteral(", "))),
                   QStringLiteral("unknown-category"), QStringLiteral("category") };
}

Result<ProjectCategory> ProjectRepository::addCategory(const ProjectCategory& given)
{
    ProjectCategory category { given.key.trimmed(), given.label.trimmed(), false };
    if (auto valid = domain::validateProjectCategory(category); !valid)
        return valid.error();
    const Outcome outcome = m_file.inTransaction([&]() -> Outcome {
        Statement taken(m_file.connection(),
                        QStringLiteral("SELECT 1 FROM project_categories WHERE key = :key OR lower(label) = "
                                       "lower(:label)"));
        taken.bind(QStringLiteral(":key"), category.key).bind(QStringLiteral(":label"), category.label);
        if (auto done = taken.exec(); !done)
            return done;
        if (taken.next())
            return Error { Texts::tr("There is already a category “%1” or one labelled “%2”.")
                               .arg(domain::quotedText(category.key), domain::quotedText(category.label)),
                           QStringLiteral("duplicate-category"), QStringLiteral("key") };
        Statement insert(m_file.connection(),
                         QStringLiteral("INSERT INTO project_categories (key, label, built_in) VALUES (:key, "
                                        ":label, 0)"));
        insert.bind(QStringLiteral(":key"), category.key).bind(QStringLiteral(":label"), category.label);
        if (auto done = insert.exec(); !done)
            return done;
        return m_file.audit(QStringLiteral("project_category.add"), QStringLiteral("project_category"),
                            category.key, {},
                            QJsonObject { { QStringLiteral("key"), category.key },
                                          { QStringLiteral("label"), category.label } });
    });
    if (!outcome)
        return outcome.error();
    return category;
}

Result<Project> ProjectRepository::add(const Project& given)
{
    Project project = given;
    project.title = given.title.trimmed();
    project.recipientName = given.recipientName.trimmed();
    project.recipientOrgId = given.recipientOrgId.trimmed();
    if (auto valid = domain::validateProject(project, QDate::currentDate()); !valid)
        return valid.error();
    const Outcome outcome = m_file.inTransaction([&]() -> Outcome {
        const QSqlDatabase database = m_file.connection();
        if (auto exists = checkCategoryExists(database, project.category); !exists)
            return exists;
        Statement insert(
            database,
            QStringLiteral("INSERT INTO projects (title, description, category, recipient_name, "
                           "recipient_org_id, recipient_asset_locked, target, starts_on, ends_on, "
                           "status, outcomes) VALUES (:title, :description, :category, :name, "
                           ":org_id, :locked, :target, :starts, :ends, :status, :outcomes) "
                           "RETURNING id"));
        insert.bind(QStringLiteral(":title"), project.title)
            .bind(QStringLiteral(":description"), project.description)
            .bind(QStringLiteral(":category"), project.category)
            .bind(QStringLiteral(":name"), project.recipientName)
            .bind(QStringLiteral(":org_id"), project.recipientOrgId)
            .bind(QStringLiteral(":locked"), project.isRecipientAssetLocked ? 1 : 0)
            .bind(QStringLiteral(":target"), project.target)
            .bind(QStringLiteral(":starts"), dateValue(project.startsOn))
            .bind(QStringLiteral(":ends"), dateValue(project.endsOn))
            .bind(QStringLiteral(":status"), domain::projectStatusKey(project.status))
            .bind(QStringLiteral(":outcomes"), project.outcomes);
        const auto id = insert.insertReturningId();
        if (!id)
            return id.error();
        project.id = *id;
        return m_file.audit(QStringLiteral("project.add"), QStringLiteral("project"),
                            QString::number(project.id), {}, projectToJson(project));
    });
    if (!outcome)
        return outcome.error();
    return project;
}

Result<Project> ProjectRepository::update(const Project& given)
{
    Project project = given;
    project.title = given.title.trimmed();
    project.recipientName = given.recipientName.trimmed();
    project.recipientOrgId = given.recipientOrgId.trimmed();
    if (auto valid = domain::validateProject(project, QDate::currentDate()); !valid)
        return valid.error();
    const Outcome outcome = m_file.inTransaction([&]() -> Outcome {
        const QSqlDatabase database = m_file.connection();
        const auto before = readProject(database, project.id);
        if (!before)
            return before.error();
        if (auto change = domain::checkStatusChange(before->status, project.status); !change)
            return change;
        if (auto exists = checkCategoryExists(database, project.category); !exists)
            return exists;
        if (auto done = storeUpdate(database, project); !done)
            return done;
        if (auto done
            = m_file.audit(QStringLiteral("project.update"), QStringLiteral("project"),
                           QString::number(project.id), projectToJson(*before), projectToJson(project));
            !done)
            return done;
        const auto funded = refreshFundedStatus(m_file, project.id);
        if (!funded)
            return funded.error();
        if (*funded)
            project.status = ProjectStatus::Funded;
        return domain::ok();
    });
    if (!outcome)
        return outcome.error();
    return project;
}

Result<Project> ProjectRepository::project(qint64 id) const
{
    return readProject(m_file.connection(), id);
}

Result<QList<ProjectRow>> ProjectRepository::projects() const
{
    const QSqlDatabase database = m_file.connection();
    Statement query(
        database,
        QStringLiteral("SELECT %1, c.label, c.built_in, (SELECT %2 FROM grants g WHERE g.project_id = p.id), "
                       "(SELECT %3 FROM grants g WHERE g.project_id = p.id), "
                       "(SELECT %4 FROM pledges l WHERE l.project_id = p.id), "
                       "(SELECT %5 FROM pledges l WHERE l.project_id = p.id), "
                       "(SELECT %6 FROM contributions x WHERE x.project_id = p.id), "
                       "(SELECT %7 FROM contributions x WHERE x.project_id = p.id) "
                       "FROM projects p JOIN project_categories c ON c.key = p.category ORDER BY p.id")
            .arg(projectColumns, QStringLiteral("COALESCE(SUM(g.amount / 1000000000), 0)"),
                 QStringLiteral("COALESCE(SUM(g.amount % 1000000000), 0)"),
                 QStringLiteral("COALESCE(SUM(l.amount / 1000000000), 0)"),
                 QStringLiteral("COALESCE(SUM(l.amount % 1000000000), 0)"),
                 QStringLiteral("COALESCE(SUM(x.amount / 1000000000), 0)"),
                 QStringLiteral("COALESCE(SUM(x.amount % 1000000000), 0)")));
    if (auto done = query.exec(); !done)
        return done.error();
    QList<ProjectRow> rows;
    constexpr int firstSum = 14;
    while (query.next()) {
        ProjectRow row;
        row.project = projectFrom(query);
        row.categoryLabel = domain::projectCategoryLabel(
            { row.project.category, query.value(12).toString(), query.value(13).toInt() == 1 });
        const std::optional<qint64> granted = joinedSum(query, firstSum);
        const std::optional<qint64> pledged = joinedSum(query, firstSum + 2);
        const std::optional<qint64> received = joinedSum(query, firstSum + 4);
        qint64 reached = 0;
        if (!granted || !pledged || !received || qAddOverflow(*granted, *received, &reached))
            return sumTooLargeError(Texts::tr("What project %1 has been given").arg(row.project.id));
        row.granted = *granted;
        row.pledged = *pledged;
        row.received = *received;
        // reached x 10000 / target; a project that has received more than a 64-bit figure of basis
        // points can show is shown as far beyond its target.
        qint64 scaled = 0;
        row.progressBp = qMulOverflow(reached, qint64 { 10'000 }, &scaled)
            ? std::numeric_limits<qint64>::max()
            : scaled / row.project.target;
        rows.append(row);
    }
    return rows;
}

Result<qint64> ProjectRepository::fundBalanceOn(const QDate& date) const
{
    const QSqlDatabase database = m_file.connection();
    const auto allocated = sumOf(database,
                                 QStringLiteral("SELECT %1 FROM allocations WHERE status = 'approved' AND "
                                                "allocated_on <= :date")
                                     .arg(splitSum(QStringLiteral("fund"))),
                                 date, Texts::tr("The fund allocated"));
    if (!allocated)
        return allocated.error();
    const auto granted = sumOf(database,
                               QStringLiteral("SELECT %1 FROM grants WHERE grant_date <= :date")
                                   .arg(splitSum(QStringLiteral("amount"))),
                               date, Texts::tr("The grants made"));
    if (!granted)
        return granted.error();
    qint64 balance = 0;
    if (qSubOverflow(*allocated, *granted, &balance))
        return sumTooLargeError(Texts::tr("The fund's balance"));
    return balance;
}

Result<qint64> ProjectRepository::fundBalance() const
{
    const QSqlDatabase database = m_file.connection();
    const auto allocated = sumOf(database,
                                 QStringLiteral("SELECT %1 FROM allocations WHERE status = 'approved'")
                                     .arg(splitSum(QStringLiteral("fund"))),
                                 {}, Texts::tr("The fund allocated"));
    if (!allocated)
        return allocated.error();
    const auto granted = totalGranted();
    if (!granted)
        return granted.error();
    qint64 balance = 0;
    if (qSubOverflow(*allocated, *granted, &balance))
        return sumTooLargeError(Texts::tr("The fund's balance"));
    return balance;
}

Result<qint64> ProjectRepository::totalGranted() const
{
    return sumOf(m_file.connection(),
                 QStringLiteral("SELECT %1 FROM grants").arg(splitSum(QStringLiteral("amount"))), {},
                 Texts::tr("The grants made"));
}

Result<Grant> ProjectRepository::addGrant(const Grant& given)
{
    Grant grant = given;
    grant.communityBenefit = given.communityBenefit.trimmed();
    grant.reference = given.reference.trimmed();
    if (auto valid = domain::validateGrant(grant, QDate::currentDate()); !valid)
        return valid.error();
    const Outcome outcome = m_file.inTransaction([&]() -> Outcome {
        const QSqlDatabase database = m_file.connection();
        const auto project = readProject(database, grant.projectId);
        if (!project)
            return project.error();
        if (auto open = domain::checkProjectOpenForGrants(*project); !open)
            return open;
        const auto resolution = readResolution(database, grant.motionId);
        if (!resolution)
            return resolution.error();
        if (auto carried = domain::checkResolutionCarried(grant.motionId, *resolution); !carried)
            return carried;
        if (auto after = domain::checkGrantAfterResolution(grant.date, **resolution); !after)
            return after;
        const auto mutual = m_file.readMutual();
        if (!mutual)
            return mutual.error();
        if (auto locked = domain::checkCicAssetLock(*mutual, *project, grant); !locked)
            return locked;
        const auto available = availableFrom(*this, database, grant.date);
        if (!available)
            return available.error();
        if (auto balance = domain::checkFundBalance(grant.amount, available->first, grant.date,
                                                    mutual->currency, available->second);
            !balance)
            return balance;

        Statement insert(database,
                         QStringLiteral("INSERT INTO grants (project_id, amount, grant_date, motion_id, "
                                        "community_benefit, reference, recorded_by, recorded_at) VALUES "
                                        "(:project, :amount, :date, :motion, :benefit, :reference, :by, :at) "
                                        "RETURNING id"));
        const QString recordedAt = nowUtcText();
        insert.bind(QStringLiteral(":project"), grant.projectId)
            .bind(QStringLiteral(":amount"), grant.amount)
            .bind(QStringLiteral(":date"), dateValue(grant.date))
            .bind(QStringLiteral(":motion"), grant.motionId)
            .bind(QStringLiteral(":benefit"), grant.communityBenefit)
            .bind(QStringLiteral(":reference"), grant.reference)
            .bind(QStringLiteral(":by"), m_file.actor())
            .bind(QStringLiteral(":at"), recordedAt);
        const auto id = insert.insertReturningId();
        if (!id)
            return id.error();
        grant.id = *id;
        grant.recordedBy = m_file.actor();
        grant.recordedAt = momentFrom(recordedAt);
        if (auto done = m_file.audit(QStringLiteral("grant.add"), QStringLiteral("grant"),
                                     QString::number(grant.id), {}, grantToJson(grant));
            !done)
            return done;
        const auto funded = refreshFundedStatus(m_file, grant.projectId);
        if (!funded)
            return funded.error();
        return domain::ok();
    });
    if (!outcome)
        return outcome.error();
    return grant;
}

Result<Pledge> ProjectRepository::addPledge(const Pledge& given)
{
    Pledge pledge = given;
    pledge.reference = given.reference.trimmed();
    if (auto valid = domain::validatePledge(pledge, QDate::currentDate()); !valid)
        return valid.error();
    const Outcome outcome = m_file.inTransaction([&]() -> Outcome {
        const QSqlDatabase database = m_file.connection();
        const auto project = readProject(database, pledge.projectId);
        if (!project)
            return project.error();
        if (auto open = domain::checkProjectOpenForPledges(*project); !open)
            return open;
        Statement member(database, QStringLiteral("SELECT 1 FROM members WHERE id = :id"));
        member.bind(QStringLiteral(":id"), pledge.memberId);
        if (auto done = member.exec(); !done)
            return done;
        if (!member.next())
            return Error { Texts::tr("There is no such member."), QStringLiteral("unknown-member"),
                           QStringLiteral("member") };
        Statement insert(database,
                         QStringLiteral("INSERT INTO pledges (project_id, member_id, amount, pledge_date, "
                                        "reference, recorded_by, recorded_at) VALUES (:project, :member, "
                                        ":amount, :date, :reference, :by, :at) RETURNING id"));
        const QString recordedAt = nowUtcText();
        insert.bind(QStringLiteral(":project"), pledge.projectId)
            .bind(QStringLiteral(":member"), pledge.memberId)
            .bind(QStringLiteral(":amount"), pledge.amount)
            .bind(QStringLiteral(":date"), dateValue(pledge.date))
            .bind(QStringLiteral(":reference"), pledge.reference)
            .bind(QStringLiteral(":by"), m_file.actor())
            .bind(QStringLiteral(":at"), recordedAt);
        const auto id = insert.insertReturningId();
        if (!id)
            return id.error();
        pledge.id = *id;
        pledge.recordedBy = m_file.actor();
        pledge.recordedAt = momentFrom(recordedAt);
        return m_file.audit(QStringLiteral("pledge.add"), QStringLiteral("pledge"),
                            QString::number(pledge.id), {}, pledgeToJson(pledge));
    });
    if (!outcome)
        return outcome.error();
    return pledge;
}

Result<QHash<qint64, domain::Project>> ProjectRepository::projectsById() const
{
    const auto rows = projects();
    if (!rows)
        return rows.error();
    QHash<qint64, domain::Project> byId;
    for (const ProjectRow& row : *rows)
        byId.insert(row.project.id, row.project);
    return byId;
}

Result<GrantsOfPeriod> ProjectRepository::grantsOfPeriod(const QDate& from, const QDate& to) const
{
    const auto all = grants();
    if (!all)
        return all.error();
    auto projectById = projectsById();
    if (!projectById)
        return projectById.error();
    GrantsOfPeriod period;
    period.projectById = std::move(projectById).value();
    for (const GrantRow& row : *all) {
        if ((!from.isValid() || row.grant.date >= from) && (!to.isValid() || row.grant.date <= to))
            period.grants.append(row);
    }
    return period;
}

Result<QList<GrantRow>> ProjectRepository::grants() const
{
    Statement query(
        m_file.connection(),
        QStringLiteral("SELECT g.id, g.project_id, g.amount, g.grant_date, g.motion_id, "
                       "g.community_benefit, g.reference, g.recorded_by, g.recorded_at, p.title, "
                       "c.key, c.label, c.built_in, m.title FROM grants g JOIN projects p ON p.id "
                       "= g.project_id JOIN project_categories c ON c.key = p.category LEFT JOIN "
                       "motions m ON m.id = g.motion_id ORDER BY g.grant_date, g.id"));
    if (auto done = query.exec(); !done)
        return done.error();
    QList<GrantRow> rows;
    while (query.next()) {
        GrantRow row;
        row.grant.id = query.value(0).toLongLong();
        row.grant.projectId = query.value(1).toLongLong();
        row.grant.amount = query.value(2).toLongLong();
        row.grant.date = dateFrom(query.value(3));
        row.grant.motionId = query.value(4).toLongLong();
        row.grant.communityBenefit = query.value(5).toString();
        row.grant.reference = query.value(6).toString();
        row.grant.recordedBy = query.value(7).toString();
        row.grant.recordedAt = momentFrom(query.value(8));
        row.projectTitle = query.value(9).toString();
        row.categoryKey = query.value(10).toString();
        row.categoryLabel = domain::projectCategoryLabel(
            { row.categoryKey, query.value(11).toString(), query.value(12).toInt() == 1 });
        row.motionTitle = query.value(13).toString();
        rows.append(row);
    }
    return rows;
}

Result<QList<CategoryTotal>> ProjectRepository::grantsByCategory() const
{
    Statement query(
        m_file.connection(),
        QStringLiteral("SELECT c.key, c.label, c.built_in, %1 FROM grants g JOIN projects p ON p.id "
                       "= g.project_id JOIN project_categories c ON c.key = p.category GROUP BY "
                       "c.key")
            .arg(splitSum(QStringLiteral("g.amount"))));
    if (auto done = query.exec(); !done)
        return done.error();
    QList<CategoryTotal> totals;
    while (query.next()) {
        CategoryTotal total;
        total.key = query.value(0).toString();
        total.label = domain::projectCategoryLabel(
            { total.key, query.value(1).toString(), query.value(2).toInt() == 1 });
        const std::optional<qint64> amount = joinedSum(query, 3);
        if (!amount)
            return sumTooLargeError(Texts::tr("The grants of the category “%1”").arg(total.label));
        total.amount = *amount;
        totals.append(total);
    }
    std::sort(totals.begin(), totals.end(), [](const CategoryTotal& left, const CategoryTotal& right) {
        return QString::localeAwareCompare(left.label, right.label) < 0;
    });
    return totals;
}

Result<QList<YearTotal>> ProjectRepository::grantsByFinancialYear() const
{
    const auto mutual = m_file.readMutual();
    if (!mutual)
        return mutual.error();
    Statement query(
        m_file.connection(),
        QStringLiteral("SELECT grant_date, %1 FROM grants GROUP BY grant_date ORDER BY grant_date")
            .arg(splitSum(QStringLiteral("amount"))));
    if (auto done = query.exec(); !done)
        return done.error();
    QMap<int, qint64> byYear;
    while (query.next()) {
        const int year = mutual->financialYearContaining(dateFrom(query.value(0))).first.year();
        const std::optional<qint64> amount = joinedSum(query, 1);
        qint64& total = byYear[year];
        if (!amount || qAddOverflow(total, *amount, &total))
            return sumTooLargeError(Texts::tr("The grants of %1").arg(year));
    }
    QList<YearTotal> totals;
    for (auto it = byYear.cbegin(); it != byYear.cend(); ++it)
        totals.append({ it.key(), it.value() });
    return totals;
}

Result<QList<PledgeRow>> ProjectRepository::pledgesOf(qint64 projectId) const
{
    Statement query(
        m_file.connection(),
        QStringLiteral("SELECT l.id, l.project_id, l.member_id, l.amount, l.pledge_date, l.reference, "
                       "l.recorded_by, l.recorded_at, m.number, m.name FROM pledges l JOIN members "
                       "m ON m.id = l.member_id WHERE l.project_id = :project ORDER BY "
                       "l.pledge_date, l.id"));
    query.bind(QStringLiteral(":project"), projectId);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<PledgeRow> rows;
    while (query.next()) {
        PledgeRow row;
        row.pledge.id = query.value(0).toLongLong();
        row.pledge.projectId = query.value(1).toLongLong();
        row.pledge.memberId = query.value(2).toLongLong();
        row.pledge.amount = query.value(3).toLongLong();
        row.pledge.date = dateFrom(query.value(4));
        row.pledge.reference = query.value(5).toString();
        row.pledge.recordedBy = query.value(6).toString();
        row.pledge.recordedAt = momentFrom(query.value(7));
        row.memberNumber = query.value(8).toString();
        row.memberName = query.value(9).toString();
        rows.append(row);
    }
    return rows;
}

Result<bool> refreshFundedStatus(MutualFile& file, qint64 projectId)
{
    const QSqlDatabase database = file.connection();
    const auto before = readProject(database, projectId);
    if (!before)
        return before.error();
    if (before->status != ProjectStatus::Proposed && before->status != ProjectStatus::Approved)
        return false;
    const auto granted
        = grantedTo(database, projectId, QStringLiteral("grants"), Texts::tr("The grants to the project"));
    if (!granted)
        return granted.error();
    const auto received = grantedTo(database, projectId, QStringLiteral("contributions"),
                                    Texts::tr("The contributions to the project"));
    if (!received)
        return received.error();
    if (!domain::hasReachedTarget(before->target, *granted, *received))
        return false;
    Project after = *before;
    after.status = ProjectStatus::Funded;
    if (auto done = storeUpdate(database, after); !done)
        return done.error();
    if (auto done = file.audit(QStringLiteral("project.funded"), QStringLiteral("project"),
                               QString::number(projectId), projectToJson(*before), projectToJson(after));
        !done)
        return done.error();
    return true;
}

} // namespace mutualise::storage
