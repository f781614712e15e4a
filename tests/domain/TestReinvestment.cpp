#include "domain/Reinvestment.h"

#include <QTest>

using namespace mutualise::domain;
using namespace Qt::StringLiterals;

// The rules of the community reinvestment fund: projects, grants and pledges.
class TestReinvestment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusKeysRoundTrip();
    void statusChanges_data();
    void statusChanges();
    void orgIds_data();
    void orgIds();
    void charitiesAreRecognisedByTheirList();
    void projectChecks_data();
    void projectChecks();
    void grantAndPledgeChecks();
    void fundBalanceNamesBalanceAndShortfall();
    void pledgesOnlyToOpenProjects();
    void cicAssetLock();
    void resolutionMustBeCarried();
    void targetReached();
    void categories();

private:
    static Project sampleProject();
};

namespace {

const QDate today(2026, 6, 1);

} // namespace

Project TestReinvestment::sampleProject()
{
    Project project;
    project.title = u"Digital skills for carers"_s;
    project.category = u"skills"_s;
    project.recipientName = u"Vale Carers Trust"_s;
    project.recipientOrgId = u"GB-CHC-1234567"_s;
    project.target = 500000;
    return project;
}

void TestReinvestment::statusKeysRoundTrip()
{
    for (const ProjectStatus status : allProjectStatuses())
        QCOMPARE(projectStatusFromKey(projectStatusKey(status)), status);
    QCOMPARE(projectStatusFromKey(u"cancelled"), std::nullopt);
    QVERIFY(!isProjectClosed(ProjectStatus::Proposed));
    QVERIFY(!isProjectClosed(ProjectStatus::Approved));
    QVERIFY(isProjectClosed(ProjectStatus::Funded));
    QVERIFY(isProjectClosed(ProjectStatus::Completed));
    QVERIFY(isProjectClosed(ProjectStatus::Withdrawn));
}

void TestReinvestment::statusChanges_data()
{
    QTest::addColumn<ProjectStatus>("from");
    QTest::addColumn<ProjectStatus>("to");
    QTest::addColumn<bool>("allowed");
    using S = ProjectStatus;
    QTest::newRow("proposed to approved") << S::Proposed << S::Approved << true;
    QTest::newRow("proposed to withdrawn") << S::Proposed << S::Withdrawn << true;
    QTest::newRow("proposed to completed") << S::Proposed << S::Completed << false;
    QTest::newRow("approved to funded") << S::Approved << S::Funded << true;
    QTest::newRow("approved back to proposed") << S::Approved << S::Proposed << false;
    QTest::newRow("funded to completed") << S::Funded << S::Completed << true;
    QTest::newRow("funded back to approved") << S::Funded << S::Approved << false;
    QTest::newRow("completed is final") << S::Completed << S::Approved << false;
    QTest::newRow("withdrawn is final") << S::Withdrawn << S::Proposed << false;
    QTest::newRow("withdrawn stays") << S::Withdrawn << S::Withdrawn << true;
}

void TestReinvestment::statusChanges()
{
    QFETCH(ProjectStatus, from);
    QFETCH(ProjectStatus, to);
    QFETCH(bool, allowed);
    const Outcome change = checkStatusChange(from, to);
    QCOMPARE(change.isOk(), allowed);
    if (!allowed)
        QCOMPARE(change.error().rule, u"status-change"_s);
}

void TestReinvestment::orgIds_data()
{
    QTest::addColumn<QString>("orgId");
    QTest::addColumn<QString>("rule");
    QTest::newRow("charity") << u"GB-CHC-1234567"_s << QString();
    QTest::newRow("company") << u"GB-COH-01234567"_s << QString();
    QTest::newRow("council") << u"GB-LAS-EDH"_s << QString();
    QTest::newRow("council in England") << u"GB-LAE-KIR"_s << QString();
    QTest::newRow("council in Wales") << u"GB-WAL-CRF"_s << QString();
    QTest::newRow("scottish charity") << u"GB-SC-SC012345"_s << QString();
    QTest::newRow("none") << QString() << QString();
    QTest::newRow("no prefix") << u"1234567"_s << u"invalid-org-id"_s;
    QTest::newRow("no identifier") << u"GB-CHC"_s << u"invalid-org-id"_s;
    QTest::newRow("space") << u"GB-CHC-123 4567"_s << u"invalid-org-id"_s;
    QTest::newRow("words") << u"the parish council"_s << u"invalid-org-id"_s;
    QTest::newRow("control") << u"GB-CHC-1\u202e2"_s << u"control-character"_s;
    // The lists a finance officer meets most are read for the shape of their numbers.
    QTest::newRow("old charity number") << u"GB-CHC-123456"_s << QString();
    QTest::newRow("prefix in small letters") << u"gb-chc-1234567"_s << QString();
    QTest::newRow("Scottish company") << u"GB-COH-SC123456"_s << QString();
    QTest::newRow("charity in Northern Ireland") << u"GB-NIC-101234"_s << QString();
    QTest::newRow("other list") << u"XI-PB-12"_s << QString();
    QTest::newRow("charity number cut short") << u"GB-CHC-12"_s << u"invalid-org-id"_s;
    QTest::newRow("company number too long") << u"GB-COH-012345678"_s << u"invalid-org-id"_s;
    QTest::newRow("Scottish charity without SC") << u"GB-SC-012345"_s << u"invalid-org-id"_s;
    QTest::newRow("council of 4 letters") << u"GB-LAS-EDHX"_s << u"invalid-org-id"_s;
    QTest::newRow("council in England of 2 letters") << u"GB-LAE-KI"_s << u"invalid-org-id"_s;
}

void TestReinvestment::orgIds()
{
    QFETCH(QString, orgId);
    QFETCH(QString, rule);
    const Outcome checked = checkOrgId(orgId);
    QCOMPARE(checked.isOk(), rule.isEmpty());
    if (!rule.isEmpty()) {
        QCOMPARE(checked.error().rule, rule);
        QCOMPARE(checked.error().field, u"recipientOrgId"_s);
    }
    if (rule == u"invalid-org-id") {
        // Each refusal gives an example of what is meant: the general one, or the list's own.
        const QString example = orgId.startsWith(u"GB-COH-") ? u"GB-COH-01234567"_s
            : orgId.startsWith(u"GB-SC-")                    ? u"GB-SC-SC012345"_s
            : orgId.startsWith(u"GB-LAS-")                   ? u"GB-LAS-EDH"_s
            : orgId.startsWith(u"GB-LAE-")                   ? u"GB-LAE-MAN"_s
                                                             : u"GB-CHC-1234567"_s;
        QVERIFY2(checked.error().message.contains(example), qPrintable(checked.error().message));
    }
}

void TestReinvestment::charitiesAreRecognisedByTheirList()
{
    QVERIFY(isCharityOrgId(u"GB-CHC-1234567"_s));
    QVERIFY(isCharityOrgId(u"GB-SC-SC012345"_s));
    QVERIFY(isCharityOrgId(u"GB-NIC-100001"_s));
    QVERIFY(!isCharityOrgId(u"GB-COH-01234567"_s));
    QVERIFY(!isCharityOrgId(u"GB-LAS-EDH"_s));
    Project project = sampleProject();
    project.recipientOrgId = u"GB-COH-01234567"_s;
    QVERIFY(!isRecipientAssetLockedOrCharity(project));
    project.isRecipientAssetLocked = true;
    QVERIFY(isRecipientAssetLockedOrCharity(project));
}

void TestReinvestment::projectChecks_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("field");
    QTest::newRow("sound") << u""_s << QString() << QString();
    QTest::newRow("no title") << u"title="_s << u"missing-title"_s << u"title"_s;
    QTest::newRow("long title") << u"title=long"_s << u"invalid-text"_s << u"title"_s;
    QTest::newRow("tab in title") << u"title=tab"_s << u"control-character"_s << u"title"_s;
    QTest::newRow("zero target") << u"target=0"_s << u"invalid-amount"_s << u"target"_s;
    QTest::newRow("negative target") << u"target=-1"_s << u"invalid-amount"_s << u"target"_s;
    QTest::newRow("ends before it starts") << u"dates"_s << u"invalid-date"_s << u"endsOn"_s;
    QTest::newRow("year 9999") << u"far"_s << u"implausible-date"_s << u"endsOn"_s;
    QTest::newRow("org-id") << u"org"_s << u"invalid-org-id"_s << u"recipientOrgId"_s;
}

void TestReinvestment::projectChecks()
{
    QFETCH(QString, change);
    QFETCH(QString, rule);
    QFETCH(QString, field);
    Project project = sampleProject();
    if (change == u"title=")
        project.title = u"  "_s;
    else if (change == u"title=long")
        project.title = QString(201, u'x');
    else if (change == u"title=tab")
        project.title = u"Skills\tfor carers"_s;
    else if (change == u"target=0")
        project.target = 0;
    else if (change == u"target=-1")
        project.target = -1;
    else if (change == u"dates") {
        project.startsOn = QDate(2026, 4, 1);
        project.endsOn = QDate(2026, 3, 31);
    } else if (change == u"far")
        project.endsOn = QDate(9999, 1, 1);
    else if (change == u"org")
        project.recipientOrgId = u"charity 1234567"_s;
    const Outcome valid = validateProject(project, today);
    QCOMPARE(valid.isOk(), rule.isEmpty());
    if (!rule.isEmpty()) {
        QCOMPARE(valid.error().rule, rule);
        QCOMPARE(valid.error().field, field);
    }
}

void TestReinvestment::grantAndPledgeChecks()
{
    Grant grant;
    grant.amount = 100;
    grant.date = QDate(2026, 5, 1);
    grant.motionId = 1;
    QVERIFY(validateGrant(grant, today));
    grant.amount = 0;
    QCOMPARE(validateGrant(grant, today).error().rule, u"invalid-amount"_s);
    grant.amount = 100;
    grant.date = today.addDays(1);
    QCOMPARE(validateGrant(grant, today).error().rule, u"future-date"_s);
    grant.date = QDate();
    QCOMPARE(validateGrant(grant, today).error().rule, u"missing-date"_s);
    grant.date = QDate(2026, 5, 1);
    grant.reference = u"minute\x1b[2J"_s;
    QCOMPARE(validateGrant(grant, today).error().rule, u"control-character"_s);
    grant.reference = QString(201, u'r');
    QCOMPARE(validateGrant(grant, today).error().rule, u"invalid-text"_s);

    Pledge pledge;
    pledge.amount = 2500;
    pledge.date = QDate(2026, 5, 1);
    QVERIFY(validatePledge(pledge, today));
    pledge.amount = -5;
    QCOMPARE(validatePledge(pledge, today).error().rule, u"invalid-amount"_s);
    pledge.amount = 1'000'000'000'001; // one minor unit over the most one entry carries
    QCOMPARE(validatePledge(pledge, today).error().rule, u"invalid-amount"_s);
}

void TestReinvestment::fundBalanceNamesBalanceAndShortfall()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const Currency gbp = Currency::gbp();
    // Balance £6,000.00; a grant of £6,000.01 is £0.01 short.
    const Outcome over = checkFundBalance(600001, 600000, QDate(2026, 5, 1), gbp);
    QVERIFY(!over);
    QCOMPARE(over.error().rule, u"fund-balance"_s);
    QVERIFY2(over.error().message.contains(u"£6,000.00"), qPrintable(over.error().message));
    QVERIFY2(over.error().message.contains(u"£0.01 short"), qPrintable(over.error().message));
    QVERIFY2(over.error().message.contains(u"2026-05-01"), qPrintable(over.error().message));
    // Exactly the balance is allowed.
    QVERIFY(checkFundBalance(600000, 600000, QDate(2026, 5, 1), gbp));
    // An empty fund: the whole grant is short.
    const Outcome empty = checkFundBalance(25000, 0, QDate(2026, 5, 1), gbp);
    QVERIFY(empty.error().message.contains(u"£250.00 short"));
    // A later grant leaves £2,000.00 on 2025-09-01: £3,000.00 dated 2025-08-01 is £1,000.00 too much.
    const Outcome later = checkFundBalance(300000, 200000, QDate(2025, 8, 1), gbp, QDate(2025, 9, 1));
    QCOMPARE(later.error().rule, u"fund-balance"_s);
    QVERIFY2(later.error().message.contains(u"short on 2025-09-01"), qPrintable(later.error().message));
    QVERIFY2(later.error().message.contains(u"£2,000.00: it is £1,000.00 too much"),
             qPrintable(later.error().message));
    QLocale::setDefault(QLocale::c());
}

void TestReinvestment::pledgesOnlyToOpenProjects()
{
    Project project = sampleProject();
    for (const ProjectStatus status : allProjectStatuses()) {
        project.status = status;
        const Outcome open = checkProjectOpenForPledges(project);
        QCOMPARE(open.isOk(), !isProjectClosed(status));
        if (!open)
            QCOMPARE(open.error().rule, u"project-closed"_s);
    }
    project.status = ProjectStatus::Funded;
    QVERIFY(checkProjectOpenForGrants(project));
    project.status = ProjectStatus::Withdrawn;
    QCOMPARE(checkProjectOpenForGrants(project).error().rule, u"project-closed"_s);
}

void TestReinvestment::cicAssetLock()
{
    Mutual cic;
    cic.legalForm = LegalForm::CommunityInterestCompany;
    Project company = sampleProject();
    company.recipientName = u"Vale Apps Ltd"_s;
    company.recipientOrgId = u"GB-COH-01234567"_s;
    Grant grant;
    grant.amount = 100;

    const Outcome refused = checkCicAssetLock(cic, company, grant);
    QCOMPARE(refused.error().rule, u"cic-asset-lock"_s);
    QVERIFY(refused.error().message.contains(u"Vale Apps Ltd"));

    grant.communityBenefit = u"Free software for the county's food banks"_s;
    QVERIFY(checkCicAssetLock(cic, company, grant));

    grant.communityBenefit.clear();
    QVERIFY(checkCicAssetLock(cic, sampleProject(), grant)); // a charity
    company.isRecipientAssetLocked = true;
    QVERIFY(checkCicAssetLock(cic, company, grant)); // an asset-locked body
    company.isRecipientAssetLocked = false;
    Mutual society; // a co-operative society is not bound by the CIC asset lock
    QVERIFY(checkCicAssetLock(society, company, grant));
}

void TestReinvestment::resolutionMustBeCarried()
{
    QCOMPARE(checkResolutionCarried(9, std::nullopt).error().rule, u"resolution-not-carried"_s);
    Resolution resolution;
    resolution.motionId = 3;
    resolution.title = u"Fund the carers' project"_s;
    resolution.state = VoteState::Open;
    const Outcome open = checkResolutionCarried(3, resolution);
    QCOMPARE(open.error().rule, u"resolution-not-carried"_s);
    QVERIFY(open.error().message.contains(u"Fund the carers' project"));
    resolution.state = VoteState::Closed;
    resolution.outcome = MotionOutcome::Defeated;
    QCOMPARE(checkResolutionCarried(3, resolution).error().rule, u"resolution-not-carried"_s);
    resolution.outcome = MotionOutcome::Void;
    QCOMPARE(checkResolutionCarried(3, resolution).error().rule, u"resolution-not-carried"_s);
    resolution.outcome = MotionOutcome::Carried;
    QVERIFY(checkResolutionCarried(3, resolution));
    // Carried at the meeting of 10 June 2025: a grant that day or after, never before.
    resolution.heldOn = QDate(2025, 6, 10);
    const Outcome early = checkGrantAfterResolution(QDate(2025, 6, 9), resolution);
    QCOMPARE(early.error().rule, u"grant-before-resolution"_s);
    QCOMPARE(early.error().field, u"date"_s);
    QVERIFY2(early.error().message.contains(u"2025-06-09") && early.error().message.contains(u"2025-06-10"),
             qPrintable(early.error().message));
    QVERIFY(checkGrantAfterResolution(QDate(2025, 6, 10), resolution));
    QVERIFY(checkGrantAfterResolution(QDate(2025, 6, 11), resolution));
}

void TestReinvestment::targetReached()
{
    // Target £5,000.00: £3,000.00 granted + £1,999.99 received is a penny short.
    QVERIFY(!hasReachedTarget(500000, 300000, 199999));
    QVERIFY(hasReachedTarget(500000, 300000, 200000));
    QVERIFY(hasReachedTarget(500000, 500000, 0));
}

void TestReinvestment::categories()
{
    QCOMPARE(projectCategoryLabel({ u"digital-inclusion"_s, u"Digital inclusion"_s, true }),
             u"Digital inclusion"_s);
    QCOMPARE(projectCategoryLabel({ u"food"_s, u"Food poverty"_s, false }), u"Food poverty"_s);
    QVERIFY(validateProjectCategory({ u"food-poverty"_s, u"Food poverty"_s, false }));
    QCOMPARE(validateProjectCategory({ u"Food Poverty"_s, u"Food poverty"_s, false }).error().rule,
             u"invalid-category"_s);
    QCOMPARE(validateProjectCategory({ u"food"_s, u""_s, false }).error().rule, u"invalid-category"_s);
}

QTEST_GUILESS_MAIN(TestReinvestment)
#include "TestReinvestment.moc"
