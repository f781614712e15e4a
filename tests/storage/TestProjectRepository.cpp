#include "SampleMutual.h"
#include "storage/AuditLog.h"
#include "storage/ContributionRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/MotionRepository.h"
#include "storage/ProjectRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace mutualise;
using namespace Qt::StringLiterals;
using domain::Grant;
using domain::Pledge;
using domain::Project;
using domain::ProjectStatus;
using domain::Result;
using storage::ProjectRepository;

// The community reinvestment fund in a file. Each test's file (the sample mutual, a community benefit
// society with a financial year from 1 April) has members C001, C002 and E001, an AGM on 2025-07-15
// whose motion 1 "Fund the projects" was carried (C001 and C002 for, E001 against), and the 2025
// allocation, approved by motion 1 on 2025-07-15, giving the fund £6,000.00. A draft allocation for 2026
// (dated 2025-07-20) gives it £1,000.00, which does not count until approved.
class TestProjectRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void categoriesAreListedAndExtended();
    void projectsAreAddedAndChecked();
    void projectUpdateIsAuditedAndFollowsTheStatusRules();
    void grantLargerThanTheFundIsRefused();
    void grantEqualToTheBalanceIsAccepted();
    void grantBeforeTheAllocationIsRefused();
    void backdatedGrantMustLeaveLaterGrantsPaid();
    void grantBeforeItsMeetingIsRefused();
    void grantNeedsACarriedMotion();
    void cicGrantStatesItsBenefitUnlessToACharity();
    void grantAndReceivedContributionsFundTheProject();
    void pledgesToAFundedProjectAreRefused();
    void refreshFundedStatusRunsInsideAnotherTransaction();
    void staffTimeForTheProjectFundsItWhenTheTargetIsReached();
    void grantsAreTotalledByCategoryAndYear();

private:
    qint64 memberId(const QString& number) const;
    // A motion on the AGM voted on by C001, C002 and E001 and closed; returns its id.
    qint64 decidedMotion(const QString& title, domain::Choice choice);
    qint64 addProject(const QString& title, qint64 target, const QString& category = u"skills"_s,
                      const QString& orgId = u"GB-CHC-1234567"_s);
    Result<Grant> grant(qint64 projectId, qint64 amount, const QDate& date, qint64 motionId = 0) const;
    void raw(const QStringList& statements) const;
    // Every row of the fund's tables and the length of the audit trail: what a refusal leaves alone.
    QString snapshot() const;

    QTemporaryDir m_folder;
    QString m_path;
    std::unique_ptr<storage::MutualFile> m_file;
    qint64 m_meetingId = 0;
    qint64 m_carried = 0;
    int m_fileNumber = 0;
};

void TestProjectRepository::init()
{
    m_path = m_folder.filePath(u"fund%1.mutual"_s.arg(++m_fileNumber));
    m_file = sample::createFile(m_path);
    QVERIFY(m_file);
    storage::MemberRepository members(*m_file);
    for (const auto& [number, classId] :
         { std::pair { u"C001"_s, 1 }, std::pair { u"C002"_s, 1 }, std::pair { u"E001"_s, 2 } })
        QVERIFY(members.add(sample::member(number, u"Member "_s + number, classId)));
    domain::Meeting meeting;
    meeting.kind = domain::MeetingKind::AnnualGeneral;
    meeting.heldOn = QDate(2025, 7, 15);
    meeting.place = u"Town Hall"_s;
    const auto added = storage::MeetingRepository(*m_file).add(meeting);
    QVERIFY(added);
    m_meetingId = added->id;
    m_carried = decidedMotion(u"Fund the projects"_s, domain::Choice::For);
    QCOMPARE(m_carried, 1);
    raw({ u"INSERT INTO allocations (year, period_from, period_to, surplus, reserves, interest_rate_bp, "
          "interest_mode, interest_total, rebates, fund, motion_id, allocated_on, status, plan_json, "
          "recorded_by, recorded_at) VALUES (2025, '2025-04-01', '2026-03-31', 1000000, 400000, 0, 'pay', 0, "
          "0, 600000, 1, '2025-07-15', 'approved', '{}', 'treasurer', '2025-07-15T12:00:00.000Z')"_s,
          u"INSERT INTO allocations (year, period_from, period_to, surplus, reserves, interest_rate_bp, "
          "interest_mode, interest_total, rebates, fund, allocated_on, status, plan_json, recorded_by, "
          "recorded_at) VALUES (2026, '2026-04-01', '2027-03-31', 100000, 0, 0, 'pay', 0, 0, 100000, "
          "'2025-07-20', 'draft', '{}', 'treasurer', '2026-05-01T12:00:00.000Z')"_s });
}

qint64 TestProjectRepository::memberId(const QString& number) const
{
    const auto member = storage::MemberRepository(*m_file).memberByNumber(number);
    return member ? member->id : 0;
}

qint64 TestProjectRepository::decidedMotion(const QString& title, domain::Choice choice)
{
    storage::MotionRepository motions(*m_file);
    domain::Motion motion;
    motion.meetingId = m_meetingId;
    motion.title = title;
    const auto added = motions.add(motion);
    if (!added || !motions.open(added->id, QDate(2025, 6, 30)))
        return 0;
    const domain::Choice other
        = choice == domain::Choice::For ? domain::Choice::Against : domain::Choice::For;
    for (const auto& [number, vote] : { std::pair { u"C001"_s, choice }, std::pair { u"C002"_s, choice },
                                        std::pair { u"E001"_s, other } }) {
        if (!motions.castBallot(added->id, { number, vote, domain::BallotMethod::InPerson, {}, 0 }))
            return 0;
    }
    return motions.close(added->id) ? added->id : 0;
}

qint64 TestProjectRepository::addProject(const QString& title, qint64 target, const QString& category,
                                         const QString& orgId)
{
    Project project;
    project.title = title;
    project.category = category;
    project.recipientName = u"Vale Carers Trust"_s;
    project.recipientOrgId = orgId;
    project.target = target;
    const auto added = ProjectRepository(*m_file).add(project);
    if (!added)
        qWarning("%s", qPrintable(added.error().message));
    return added ? added->id : 0;
}

Result<Grant> TestProjectRepository::grant(qint64 projectId, qint64 amount, const QDate& date,
                                           qint64 motionId) const
{
    Grant grant;
    grant.projectId = projectId;
    grant.amount = amount;
    grant.date = date;
    grant.motionId = motionId == 0 ? m_carried : motionId;
    grant.reference = u"AGM minute 7"_s;
    return ProjectRepository(*m_file).addGrant(grant);
}

void TestProjectRepository::raw(const QStringList& statements) const
{
    const QString error = sample::execRaw(m_path, statements);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QString TestProjectRepository::snapshot() const
{
    QString text;
    QSqlQuery query(m_file->connection());
    for (const QString& table : { u"projects"_s, u"grants"_s, u"pledges"_s, u"project_categories"_s }) {
        query.exec(u"SELECT * FROM %1 ORDER BY rowid"_s.arg(table));
        while (query.next()) {
            for (int column = 0; column < query.record().count(); ++column)
                text += query.value(column).toString() + u'|';
            text += u'\n';
        }
    }
    return text + QString::number(storage::AuditLog(*m_file).entries().value().size());
}

void TestProjectRepository::categoriesAreListedAndExtended()
{
    ProjectRepository projects(*m_file);
    const auto builtIn = projects.categories();
    QVERIFY(builtIn);
    QStringList keys;
    for (const domain::ProjectCategory& category : *builtIn)
        keys.append(category.key);
    QCOMPARE(keys,
             (QStringList { u"community-funding"_s, u"innovation"_s, u"research"_s, u"digital-inclusion"_s,
                            u"skills"_s }));

    const auto food = projects.addCategory({ u"food-poverty"_s, u"Food poverty"_s, false });
    QVERIFY2(food, qPrintable(food ? QString() : food.error().message));
    QCOMPARE(projects.categories()->last().key, u"food-poverty"_s);
    QCOMPARE(projects.categoryNamed(u"FOOD POVERTY"_s)->key, u"food-poverty"_s);
    QCOMPARE(projects.categoryNamed(u"Digital inclusion"_s)->key, u"digital-inclusion"_s);
    QCOMPARE(projects.categoryNamed(u"sport"_s).error().rule, u"unknown-category"_s);

    const QString before = snapshot();
    QCOMPARE(projects.addCategory({ u"food"_s, u"food Poverty"_s, false }).error().rule,
             u"duplicate-category"_s);
    QCOMPARE(projects.addCategory({ u"skills"_s, u"Training"_s, false }).error().rule,
             u"duplicate-category"_s);
    QCOMPARE(snapshot(), before);
    QCOMPARE(storage::AuditLog(*m_file).entries(1)->first().action, u"project_category.add"_s);
}

void TestProjectRepository::projectsAreAddedAndChecked()
{
    const qint64 id = addProject(u"Digital skills for carers"_s, 500000);
    QCOMPARE(id, 1);
    const auto stored = ProjectRepository(*m_file).project(id);
    QVERIFY(stored);
    QCOMPARE(stored->status, ProjectStatus::Proposed);
    QCOMPARE(stored->recipientOrgId, u"GB-CHC-1234567"_s);
    QCOMPARE(storage::AuditLog(*m_file).entries(1)->first().action, u"project.add"_s);

    const QString before = snapshot();
    Project project = *stored;
    project.id = 0;
    project.category = u"sport"_s;
    QCOMPARE(ProjectRepository(*m_file).add(project).error().rule, u"unknown-category"_s);
    project.category = u"skills"_s;
    project.recipientOrgId = u"charity no. 1234567"_s;
    QCOMPARE(ProjectRepository(*m_file).add(project).error().rule, u"invalid-org-id"_s);
    project.recipientOrgId.clear();
    project.target = 0;
    QCOMPARE(ProjectRepository(*m_file).add(project).error().rule, u"invalid-amount"_s);
    QCOMPARE(snapshot(), before);
    QCOMPARE(ProjectRepository(*m_file).project(99).error().rule, u"unknown-project"_s);
}

void TestProjectRepository::projectUpdateIsAuditedAndFollowsTheStatusRules()
{
    const qint64 id = addProject(u"Digital skills for carers"_s, 500000);
    ProjectRepository projects(*m_file);
    Project project = projects.project(id).value();
    project.status = ProjectStatus::Approved;
    project.outcomes = u"Forty carers trained"_s;
    QVERIFY(projects.update(project));
    const storage::AuditEntry entry = storage::AuditLog(*m_file).entries(1)->first();
    QCOMPARE(entry.action, u"project.update"_s);
    QCOMPARE(entry.before.value(u"status"_s).toString(), u"proposed"_s);
    QCOMPARE(entry.after.value(u"status"_s).toString(), u"approved"_s);
    QCOMPARE(entry.after.value(u"outcomes"_s).toString(), u"Forty carers trained"_s);

    project.status = ProjectStatus::Withdrawn;
    QVERIFY(projects.update(project));
    const QString before = snapshot();
    project.status = ProjectStatus::Approved;
    const auto refused = projects.update(project);
    QCOMPARE(refused.error().rule, u"status-change"_s);
    QCOMPARE(snapshot(), before);
    project.id = 42;
    QCOMPARE(projects.update(project).error().rule, u"unknown-project"_s);
}

// The fund holds £6,000.00 from 2025-07-15 (the draft for 2026 does not count).
void TestProjectRepository::grantLargerThanTheFundIsRefused()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const qint64 id = addProject(u"Digital skills for carers"_s, 900000);
    QCOMPARE(ProjectRepository(*m_file).fundBalanceOn(QDate(2025, 8, 1)).value(), 600000);
    QCOMPARE(ProjectRepository(*m_file).fundBalance().value(), 600000);
    const QString before = snapshot();
    // £6,000.01 - £6,000.00 = £0.01 short
    const auto refused = grant(id, 600001, QDate(2025, 8, 1));
    QVERIFY(!refused);
    QCOMPARE(refused.error().rule, u"fund-balance"_s);
    QVERIFY2(refused.error().message.contains(u"the balance is £6,000.00"),
             qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(u"£0.01 short"), qPrintable(refused.error().message));
    QCOMPARE(snapshot(), before);
    QLocale::setDefault(QLocale::c());
}

void TestProjectRepository::grantEqualToTheBalanceIsAccepted()
{
    const qint64 first = addProject(u"Digital skills for carers"_s, 900000);
    const qint64 second = addProject(u"Broadband for the village hall"_s, 900000, u"digital-inclusion"_s);
    // £2,500.00 then £3,500.00: £6,000.00 - £2,500.00 = £3,500.00 left, exactly the second grant.
    QVERIFY(grant(first, 250000, QDate(2025, 8, 1)));
    QCOMPARE(ProjectRepository(*m_file).fundBalanceOn(QDate(2025, 8, 1)).value(), 350000);
    const auto exact = grant(second, 350000, QDate(2025, 9, 1));
    QVERIFY2(exact, qPrintable(exact ? QString() : exact.error().message));
    QVERIFY(exact->id > 0);
    QCOMPARE(exact->recordedBy, u"secretary"_s);
    QCOMPARE(ProjectRepository(*m_file).fundBalance().value(), 0);
    QCOMPARE(ProjectRepository(*m_file).totalGranted().value(), 600000);
    QCOMPARE(storage::AuditLog(*m_file).entries(1)->first().action, u"grant.add"_s);
    // Nothing left: one penny more is refused.
    QCOMPARE(grant(first, 1, QDate(2025, 9, 2)).error().rule, u"fund-balance"_s);
}

void TestProjectRepository::grantBeforeTheAllocationIsRefused()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const qint64 id = addProject(u"Digital skills for carers"_s, 900000);
    // Approved at a board meeting before the AGM that allocated the fund.
    domain::Meeting board;
    board.kind = domain::MeetingKind::Board;
    board.heldOn = QDate(2025, 7, 1);
    board.place = u"Town Hall"_s;
    const qint64 agm = m_meetingId;
    m_meetingId = storage::MeetingRepository(*m_file).add(board)->id;
    const qint64 boardMotion = decidedMotion(u"Fund the carers early"_s, domain::Choice::For);
    m_meetingId = agm;
    QVERIFY(boardMotion > 0);
    // On 2025-07-14 the fund has had nothing yet: the whole £100.00 is short.
    const auto early = grant(id, 10000, QDate(2025, 7, 14), boardMotion);
    QVERIFY(!early);
    QCOMPARE(early.error().rule, u"fund-balance"_s);
    QVERIFY2(early.error().message.contains(u"the balance is £0.00, £100.00 short"),
             qPrintable(early.error().message));
    // The day of the allocation counts.
    QVERIFY(grant(id, 10000, QDate(2025, 7, 15)));
    QLocale::setDefault(QLocale::c());
}

// £4,000.00 granted on 2025-09-01 leaves £2,000.00. A grant of £3,000.00 backdated to 2025-08-01 fits
// the £6,000.00 held that day, but would leave 6,000 - 3,000 - 4,000 = -£1,000.00 on 2025-09-01.
void TestProjectRepository::backdatedGrantMustLeaveLaterGrantsPaid()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const qint64 id = addProject(u"Digital skills for carers"_s, 900000);
    QVERIFY(grant(id, 400000, QDate(2025, 9, 1)));
    const auto backdated = grant(id, 300000, QDate(2025, 8, 1));
    QVERIFY(!backdated);
    QCOMPARE(backdated.error().rule, u"fund-balance"_s);
    QVERIFY2(backdated.error().message.contains(u"2025-09-01"), qPrintable(backdated.error().message));
    QVERIFY2(backdated.error().message.contains(u"£2,000.00"), qPrintable(backdated.error().message));
    QVERIFY2(backdated.error().message.contains(u"£1,000.00 too much"),
             qPrintable(backdated.error().message));
    QVERIFY2(backdated.error().message.contains(u"dated 2025-08-01"), qPrintable(backdated.error().message));
    QVERIFY(grant(id, 200000, QDate(2025, 8, 1)));
    QLocale::setDefault(QLocale::c());
}

// The AGM of 2025-07-15 carried the motion: a grant it approved cannot be dated the day before.
void TestProjectRepository::grantBeforeItsMeetingIsRefused()
{
    const qint64 id = addProject(u"Digital skills for carers"_s, 900000);
    const QString before = snapshot();
    const auto early = grant(id, 10000, QDate(2025, 7, 14));
    QVERIFY(!early);
    QCOMPARE(early.error().rule, u"grant-before-resolution"_s);
    QVERIFY2(early.error().message.contains(u"2025-07-14") && early.error().message.contains(u"2025-07-15"),
             qPrintable(early.error().message));
    QCOMPARE(snapshot(), before);
    QVERIFY(grant(id, 10000, QDate(2025, 7, 15)));
}

void TestProjectRepository::grantNeedsACarriedMotion()
{
    const qint64 id = addProject(u"Digital skills for carers"_s, 900000);
    const qint64 defeated = decidedMotion(u"Fund the golf course"_s, domain::Choice::Against);
    QVERIFY(defeated > 0);
    domain::Motion draft;
    draft.meetingId = m_meetingId;
    draft.title = u"Fund it later"_s;
    const qint64 undecided = storage::MotionRepository(*m_file).add(draft)->id;
    const QString before = snapshot();
    for (const qint64 motion : { defeated, undecided, qint64 { 999 } }) {
        const auto refused = grant(id, 10000, QDate(2025, 8, 1), motion);
        QVERIFY(!refused);
        QCOMPARE(refused.error().rule, u"resolution-not-carried"_s);
        QVERIFY2(refused.error().message.contains(QString::number(motion)),
                 qPrintable(refused.error().message));
    }
    QCOMPARE(snapshot(), before);
    QVERIFY(grant(id, 10000, QDate(2025, 8, 1), m_carried));
}

void TestProjectRepository::cicGrantStatesItsBenefitUnlessToACharity()
{
    domain::Mutual mutual = m_file->mutual();
    mutual.legalForm = domain::LegalForm::CommunityInterestCompany;
    QVERIFY(m_file->updateMutual(mutual));
    const qint64 company
        = addProject(u"An app for the food bank"_s, 900000, u"innovation"_s, u"GB-COH-01234567"_s);
    const qint64 charity = addProject(u"Digital skills for carers"_s, 900000);

    const QString before = snapshot();
    const auto refused = grant(company, 10000, QDate(2025, 8, 1));
    QVERIFY(!refused);
    QCOMPARE(refused.error().rule, u"cic-asset-lock"_s);
    QCOMPARE(snapshot(), before);

    QVERIFY(grant(charity, 10000, QDate(2025, 8, 1)));

    Grant stated;
    stated.projectId = company;
    stated.amount = 10000;
    stated.date = QDate(2025, 8, 1);
    stated.motionId = m_carried;
    stated.communityBenefit = u"Food parcels reach 300 more households"_s;
    const auto accepted = ProjectRepository(*m_file).addGrant(stated);
    QVERIFY2(accepted, qPrintable(accepted ? QString() : accepted.error().message));
}

// Target £5,000.00. Received: £750.00 in kind (3 days x £250.00), a pledge paid of £1,000.00, and a
// donation of £500.00 that was reversed: 750 + 1,000 + 500 - 500 = £1,750.00.
void TestProjectRepository::grantAndReceivedContributionsFundTheProject()
{
    const qint64 id = addProject(u"Digital skills for carers"_s, 500000);
    const qint64 member = memberId(u"C001"_s);
    const QString insert
        = u"INSERT INTO contributions (kind, entry_date, member_id, amount, days_hundredths, "
          "day_rate, project_id, reverses_id, recorded_by, recorded_at) VALUES "_s;
    raw({ insert
              + u"('in-kind', '2025-08-01', %1, 75000, 300, 25000, %2, NULL, 't', 'x')"_s.arg(member).arg(id),
          insert
              + u"('pledge-payment', '2025-08-02', %1, 100000, NULL, NULL, %2, NULL, 't', 'x')"_s.arg(member)
                    .arg(id),
          insert
              + u"('donation', '2025-08-03', %1, 50000, NULL, NULL, %2, NULL, 't', 'x')"_s.arg(member).arg(
                  id),
          insert
              + u"('donation', '2025-08-04', %1, -50000, NULL, NULL, %2, 3, 't', 'x')"_s.arg(member).arg(
                  id) });
    Pledge pledge;
    pledge.projectId = id;
    pledge.memberId = member;
    pledge.amount = 150000;
    pledge.date = QDate(2025, 7, 20);
    QVERIFY(ProjectRepository(*m_file).addPledge(pledge));

    // £3,249.99 + £1,750.00 = £4,999.99: a penny short of the target.
    QVERIFY(grant(id, 324999, QDate(2025, 8, 10)));
    auto rows = ProjectRepository(*m_file).projects();
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().granted, 324999);
    QCOMPARE(rows->first().received, 175000);
    QCOMPARE(rows->first().pledged, 150000);
    QCOMPARE(rows->first().progressBp, 9999); // 499,999 x 10,000 / 500,000 = 9,999.98
    QCOMPARE(rows->first().project.status, ProjectStatus::Proposed);
    QCOMPARE(rows->first().categoryLabel, u"Skills"_s);

    // One more penny reaches £5,000.00.
    QVERIFY(grant(id, 1, QDate(2025, 8, 11)));
    rows = ProjectRepository(*m_file).projects();
    QCOMPARE(rows->first().project.status, ProjectStatus::Funded);
    QCOMPARE(rows->first().progressBp, 10000);
    const storage::AuditEntry funded = storage::AuditLog(*m_file).entries(1)->first();
    QCOMPARE(funded.action, u"project.funded"_s);
    QCOMPARE(funded.before.value(u"status"_s).toString(), u"proposed"_s);
    QCOMPARE(funded.after.value(u"status"_s).toString(), u"funded"_s);
}

void TestProjectRepository::pledgesToAFundedProjectAreRefused()
{
    const qint64 id = addProject(u"Digital skills for carers"_s, 100000);
    Pledge pledge;
    pledge.projectId = id;
    pledge.memberId = memberId(u"C002"_s);
    pledge.amount = 2500;
    pledge.date = QDate(2025, 7, 20);
    const auto first = ProjectRepository(*m_file).addPledge(pledge);
    QVERIFY(first);
    QCOMPARE(ProjectRepository(*m_file).pledgesOf(id)->first().memberNumber, u"C002"_s);

    QVERIFY(grant(id, 100000, QDate(2025, 8, 1))); // the whole target: funded
    QCOMPARE(ProjectRepository(*m_file).project(id)->status, ProjectStatus::Funded);
    const QString before = snapshot();
    const auto refused = ProjectRepository(*m_file).addPledge(pledge);
    QVERIFY(!refused);
    QCOMPARE(refused.error().rule, u"project-closed"_s);
    QVERIFY(refused.error().message.contains(u"funded"));
    QCOMPARE(snapshot(), before);

    pledge.projectId = 77;
    QCOMPARE(ProjectRepository(*m_file).addPledge(pledge).error().rule, u"unknown-project"_s);
    pledge.projectId = addProject(u"Broadband for the village hall"_s, 100000);
    pledge.memberId = 999;
    QCOMPARE(ProjectRepository(*m_file).addPledge(pledge).error().rule, u"unknown-member"_s);
}

// What recording a pledge payment as a contribution will do: add the row and refresh the status in the
// same transaction. Target £100.00, paid £100.00.
void TestProjectRepository::refreshFundedStatusRunsInsideAnotherTransaction()
{
    const qint64 id = addProject(u"Digital skills for carers"_s, 10000);
    const qint64 member = memberId(u"E001"_s);
    bool changed = false;
    const auto done = m_file->inTransaction([&]() -> domain::Outcome {
        QSqlQuery insert(m_file->connection());
        if (!insert.exec(
                u"INSERT INTO contributions (kind, entry_date, member_id, amount, project_id, "
                "recorded_by, recorded_at) VALUES ('pledge-payment', '2025-08-01', %1, 10000, %2, 't', "
                "'x')"_s.arg(member)
                    .arg(id)))
            return domain::Error { insert.lastError().text(), u"database"_s, {} };
        const auto refreshed = storage::refreshFundedStatus(*m_file, id);
        if (!refreshed)
            return refreshed.error();
        changed = *refreshed;
        return domain::ok();
    });
    QVERIFY(done);
    QVERIFY(changed);
    QCOMPARE(ProjectRepository(*m_file).project(id)->status, ProjectStatus::Funded);
    // Already funded: nothing more to do.
    QVERIFY(m_file->inTransaction([&]() -> domain::Outcome {
        const auto again = storage::refreshFundedStatus(*m_file, id);
        if (!again)
            return again.error();
        return *again ? domain::Error { u"changed twice"_s, {}, {} } : domain::ok();
    }));
}

// Staff seconded to a project count towards it: recording the contribution in kind marks the project
// funded in the same transaction once grants + contributions reach the target.
void TestProjectRepository::staffTimeForTheProjectFundsItWhenTheTargetIsReached()
{
    const auto approvedProject = [this](const QString& title) -> qint64 {
        const qint64 id = addProject(title, 100000); // target £1,000.00
        const auto stored = ProjectRepository(*m_file).project(id);
        if (!stored)
            return 0;
        Project project = *stored;
        project.status = ProjectStatus::Approved;
        return ProjectRepository(*m_file).update(project) && grant(id, 60000, QDate(2025, 8, 1)) ? id : 0;
    };
    const auto staffTime = [this](qint64 projectId, qint64 daysHundredths, qint64 dayRate) {
        domain::Contribution contribution;
        contribution.kind = u"in-kind"_s;
        contribution.date = QDate(2025, 8, 5);
        contribution.memberId = memberId(u"C002"_s);
        contribution.daysHundredths = daysHundredths;
        contribution.dayRate = dayRate;
        contribution.amount = daysHundredths * dayRate / 100;
        contribution.projectId = projectId;
        return storage::ContributionRepository(*m_file).add(contribution);
    };

    const qint64 reached = approvedProject(u"Digital skills for carers"_s);
    QVERIFY(reached != 0);
    // Grant £600.00 + 2 days x £200.00 = £1,000.00: the target.
    QVERIFY(staffTime(reached, 200, 20000));
    QCOMPARE(ProjectRepository(*m_file).project(reached)->status, ProjectStatus::Funded);
    const auto trail = storage::AuditLog(*m_file).entries(2);
    QVERIFY(trail);
    QCOMPARE(trail->at(0).action, u"project.funded"_s);
    QCOMPARE(trail->at(0).before.value(u"status"_s).toString(), u"approved"_s);
    QCOMPARE(trail->at(1).action, u"contribution.add"_s);

    const qint64 pennyShort = approvedProject(u"Broadband for the village hall"_s);
    QVERIFY(pennyShort != 0);
    // Grant £600.00 + 1 day x £399.99 = £999.99: a penny short.
    QVERIFY(staffTime(pennyShort, 100, 39999));
    QCOMPARE(ProjectRepository(*m_file).project(pennyShort)->status, ProjectStatus::Approved);
    QCOMPARE(storage::AuditLog(*m_file).entries(1)->first().action, u"contribution.add"_s);
}

// Financial years start on 1 April: 2025-08-01 and 2026-03-31 are in 2025, 2026-04-01 in 2026.
void TestProjectRepository::grantsAreTotalledByCategoryAndYear()
{
    raw({ u"UPDATE allocations SET status = 'approved', motion_id = 1, allocated_on = '2026-04-01' WHERE "
          u"year "
          "= 2026"_s });
    const qint64 skills = addProject(u"Digital skills for carers"_s, 900000);
    const qint64 broadband = addProject(u"Broadband for the village hall"_s, 900000, u"digital-inclusion"_s);
    QVERIFY(grant(skills, 100000, QDate(2025, 8, 1)));
    QVERIFY(grant(broadband, 200000, QDate(2026, 3, 31)));
    QVERIFY(grant(skills, 50000, QDate(2026, 4, 1)));
    // Fund 6,000 + 1,000 = £7,000.00 less 1,000 + 2,000 + 500 = £3,500.00 granted.
    QCOMPARE(ProjectRepository(*m_file).fundBalance().value(), 350000);

    const auto byCategory = ProjectRepository(*m_file).grantsByCategory();
    QVERIFY(byCategory);
    QCOMPARE(byCategory->size(), 2);
    QCOMPARE(byCategory->at(0).label, u"Digital inclusion"_s);
    QCOMPARE(byCategory->at(0).amount, 200000);
    QCOMPARE(byCategory->at(1).key, u"skills"_s);
    QCOMPARE(byCategory->at(1).amount, 150000); // 1,000 + 500

    const auto byYear = ProjectRepository(*m_file).grantsByFinancialYear();
    QVERIFY(byYear);
    QCOMPARE(byYear->size(), 2);
    QCOMPARE(byYear->at(0).year, 2025);
    QCOMPARE(byYear->at(0).amount, 300000); // 1,000 + 2,000
    QCOMPARE(byYear->at(1).year, 2026);
    QCOMPARE(byYear->at(1).amount, 50000);

    const auto all = ProjectRepository(*m_file).grants();
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(1).projectTitle, u"Broadband for the village hall"_s);
    QCOMPARE(all->at(1).motionTitle, u"Fund the projects"_s);
}

QTEST_GUILESS_MAIN(TestProjectRepository)
#include "TestProjectRepository.moc"
