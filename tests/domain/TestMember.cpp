#include "domain/Member.h"

#include <QTest>

using namespace mutualise::domain;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(mutualise::domain::MemberClassRow)

namespace {

Member activeMember()
{
    Member member;
    member.id = 7;
    member.number = u"1042"_s;
    member.name = u"Amelia Khan"_s;
    member.kind = MemberKind::Individual;
    member.classId = 2;
    member.email = u"amelia.khan@example.org"_s;
    member.admittedOn = QDate(2022, 5, 1);
    member.status = MemberStatus::Active;
    return member;
}

} // namespace

class TestMember : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void votingMemberOnADay_data();
    void votingMemberOnADay();
    void keysRoundTrip();
    void unknownKeys();
    void labelsAreDistinct();
    void memberNumber_data();
    void memberNumber();
    void validateMember_data();
    void validateMember();
    void validateMemberClass_data();
    void validateMemberClass();
    void validateMemberClasses_data();
    void validateMemberClasses();
    void memberClassesFromRows_data();
    void memberClassesFromRows();
    void cease_data();
    void cease();
};

void TestMember::keysRoundTrip()
{
    const QStringList expected { u"applicant"_s, u"active"_s, u"suspended"_s, u"ceased"_s };
    QCOMPARE(allStatuses().size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(statusKey(allStatuses()[i]), expected[i]);
        QCOMPARE(statusFromKey(expected[i]), allStatuses()[i]);
    }
    QCOMPARE(kindKey(MemberKind::Individual), u"individual"_s);
    QCOMPARE(kindKey(MemberKind::Organisation), u"organisation"_s);
    QCOMPARE(kindFromKey(u"organisation"), MemberKind::Organisation);
    QCOMPARE(kindFromKey(u"individual"), MemberKind::Individual);
}

void TestMember::unknownKeys()
{
    QCOMPARE(statusFromKey(u"Active"), std::nullopt); // keys are exact, not labels
    QCOMPARE(statusFromKey(u""), std::nullopt);
    QCOMPARE(kindFromKey(u"person"), std::nullopt);
}

void TestMember::labelsAreDistinct()
{
    QCOMPARE(statusLabel(MemberStatus::Active), u"Active"_s);
    QCOMPARE(kindLabel(MemberKind::Organisation), u"Organisation"_s);
    QStringList labels;
    for (const MemberStatus status : allStatuses())
        labels << statusLabel(status);
    labels.removeDuplicates();
    QCOMPARE(labels.size(), 4);
}

void TestMember::memberNumber_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("isValid");
    QTest::newRow("council") << u"C001"_s << true;
    QTest::newRow("digits") << u"1042"_s << true;
    QTest::newRow("separators") << u"2024/07-A.1"_s << true;
    QTest::newRow("one character") << u"7"_s << true;
    QTest::newRow("20 characters") << u"ABCDEFGHIJ0123456789"_s << true;
    QTest::newRow("21 characters") << u"ABCDEFGHIJ0123456789X"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("leading dash") << u"-12"_s << false;
    QTest::newRow("leading dot") << u".12"_s << false;
    QTest::newRow("space") << u"10 42"_s << false;
    QTest::newRow("quote") << u"1042'"_s << false;
    QTest::newRow("SQL") << u"1;DROP"_s << false;
}

void TestMember::memberNumber()
{
    QFETCH(QString, number);
    QFETCH(bool, isValid);
    QCOMPARE(isValidMemberNumber(number), isValid);
}

void TestMember::validateMember_data()
{
    QTest::addColumn<Member>("member");
    QTest::addColumn<QString>("field"); // empty when the member is valid

    QTest::newRow("active") << activeMember() << QString();
    Member member = activeMember();
    member.email.clear();
    QTest::newRow("no e-mail is fine") << member << QString();
    member = activeMember();
    member.number = u"10 42"_s;
    QTest::newRow("bad number") << member << u"number"_s;
    member = activeMember();
    member.name = u"   "_s;
    QTest::newRow("blank name") << member << u"name"_s;
    member = activeMember();
    member.name = QString(200, u'a');
    QTest::newRow("name of 200 characters") << member << QString();
    member.name = QString(201, u'a');
    QTest::newRow("name of 201 characters") << member << u"name"_s;
    member = activeMember();
    member.name = u"  "_s + QString(200, u'a') + u"  "_s;
    QTest::newRow("200 characters once trimmed") << member << QString();
    for (const QString& email :
         { u"amelia"_s, u"amelia@"_s, u"@example.org"_s, u"amelia@example"_s, u"amelia khan@example.org"_s,
           u"a@b@example.org"_s, u"amelia@example."_s }) {
        member = activeMember();
        member.email = email;
        QTest::addRow("e-mail %s", qPrintable(email)) << member << u"email"_s;
    }
    member = activeMember();
    member.email = u"first.last+mutual@council.gov.uk"_s;
    QTest::newRow("plausible e-mail") << member << QString();

    member = activeMember();
    member.admittedOn = QDate();
    QTest::newRow("active without admission") << member << u"admittedOn"_s;
    member.status = MemberStatus::Suspended;
    QTest::newRow("suspended without admission") << member << u"admittedOn"_s;
    member = activeMember();
    member.ceasedOn = QDate(2023, 1, 1);
    QTest::newRow("active with cessation") << member << u"ceasedOn"_s;

    member = activeMember();
    member.status = MemberStatus::Applicant;
    member.admittedOn = QDate();
    QTest::newRow("applicant") << member << QString();
    member.admittedOn = QDate(2023, 1, 1);
    QTest::newRow("applicant with admission") << member << u"admittedOn"_s;
    member.admittedOn = QDate();
    member.ceasedOn = QDate(2023, 1, 1);
    QTest::newRow("applicant with cessation") << member << u"ceasedOn"_s;

    member = activeMember();
    member.status = MemberStatus::Ceased;
    QTest::newRow("ceased without date") << member << u"ceasedOn"_s;
    member.ceasedOn = member.admittedOn;
    QTest::newRow("ceased the day admitted") << member << QString();
    member.ceasedOn = member.admittedOn.addDays(-1);
    QTest::newRow("ceased before admitted") << member << u"ceasedOn"_s;
    member.admittedOn = QDate();
    member.ceasedOn = QDate(2024, 1, 1);
    QTest::newRow("ceased never admitted") << member << u"admittedOn"_s;
}

void TestMember::validateMember()
{
    QFETCH(Member, member);
    QFETCH(QString, field);
    const Outcome outcome = mutualise::domain::validateMember(member);
    if (field.isEmpty()) {
        QVERIFY2(outcome.isOk(), qPrintable(outcome.isOk() ? QString() : outcome.error().message));
        return;
    }
    QVERIFY(!outcome.isOk());
    QCOMPARE(outcome.error().field, field);
    QVERIFY(!outcome.error().message.isEmpty());
    QVERIFY(!outcome.error().rule.isEmpty());
}

void TestMember::validateMemberClass_data()
{
    QTest::addColumn<MemberClass>("memberClass");
    QTest::addColumn<QString>("field");

    const MemberClass investor { 4, u"Investor"_s, 100, 100'000, 0 };
    QTest::newRow("investor") << investor << QString();
    MemberClass memberClass = investor;
    memberClass.name = u" "_s;
    QTest::newRow("blank name") << memberClass << u"name"_s;
    memberClass = investor;
    memberClass.minimumShares = -1;
    QTest::newRow("negative minimum") << memberClass << u"minimumShares"_s;
    memberClass = investor;
    memberClass.maximumShares = 100;
    QTest::newRow("maximum equal to minimum") << memberClass << QString();
    memberClass.maximumShares = 99;
    QTest::newRow("maximum below minimum") << memberClass << u"maximumShares"_s;
    memberClass = investor;
    memberClass.maximumShares.reset();
    memberClass.minimumShares = 0;
    QTest::newRow("no limits") << memberClass << QString();
    memberClass.votingShareBasisPoints = 10'000;
    QTest::newRow("whole vote") << memberClass << QString();
    memberClass.votingShareBasisPoints = 10'001;
    QTest::newRow("more than the whole vote") << memberClass << u"votingShareBasisPoints"_s;
    memberClass.votingShareBasisPoints = -1;
    QTest::newRow("negative vote") << memberClass << u"votingShareBasisPoints"_s;
}

void TestMember::validateMemberClass()
{
    QFETCH(MemberClass, memberClass);
    QFETCH(QString, field);
    const Outcome outcome = mutualise::domain::validateMemberClass(memberClass);
    QCOMPARE(outcome.isOk(), field.isEmpty());
    if (!outcome.isOk())
        QCOMPARE(outcome.error().field, field);
}

void TestMember::validateMemberClasses_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("rule");
    QTest::newRow("councils, staff and community")
        << QStringList { u"Founding council"_s, u"Employee"_s, u"Community"_s } << QString();
    QTest::newRow("one class") << QStringList { u"Member"_s } << QString();
    QTest::newRow("none") << QStringList {} << u"no-classes"_s;
    QTest::newRow("same name") << QStringList { u"Employee"_s, u"Employee"_s } << u"duplicate-class"_s;
    QTest::newRow("same name in another case")
        << QStringList { u"Employee"_s, u"employee"_s } << u"duplicate-class"_s;
    QTest::newRow("same name with spaces")
        << QStringList { u"Employee"_s, u" Employee "_s } << u"duplicate-class"_s;
    QTest::newRow("a blank name") << QStringList { u"Employee"_s, u"  "_s } << u"invalid-class"_s;
}

void TestMember::validateMemberClasses()
{
    QFETCH(QStringList, names);
    QFETCH(QString, rule);
    QList<MemberClass> classes;
    for (const QString& name : std::as_const(names))
        classes.append(MemberClass { 0, name, 1, std::nullopt, 0 });
    const Outcome outcome = mutualise::domain::validateMemberClasses(classes);
    if (rule.isEmpty()) {
        QVERIFY2(outcome.isOk(), qPrintable(outcome.isOk() ? QString() : outcome.error().message));
        return;
    }
    QVERIFY(!outcome.isOk());
    QCOMPARE(outcome.error().rule, rule);
}

void TestMember::memberClassesFromRows_data()
{
    QTest::addColumn<QList<MemberClassRow>>("rows");
    QTest::addColumn<QString>("rule"); // empty when the rows make classes
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("field");
    QTest::newRow("the usual four") << QList<MemberClassRow> { { u"Founding council"_s, u"1"_s },
                                                               { u"Employee"_s, u"1"_s },
                                                               { u"Community"_s, u"1"_s },
                                                               { u"Investor"_s, u"1"_s } }
                                    << QString() << QString() << QString();
    QTest::newRow("spaces around") << QList<MemberClassRow> { { u"  Member "_s, u" 0 "_s } } << QString()
                                   << QString() << QString();
    QTest::newRow("no rows") << QList<MemberClassRow> {} << u"no-classes"_s
                             << u"A mutual needs at least one member class."_s << QString();
    QTest::newRow("minimum not a number")
        << QList<MemberClassRow> { { u"Member"_s, u"1"_s }, { u"Staff"_s, u"one"_s } } << u"invalid-number"_s
        << u"Row 2: the minimum shares must be a whole number."_s << u"minimumShares"_s;
    QTest::newRow("minimum empty") << QList<MemberClassRow> { { u"Member"_s, QString() } }
                                   << u"invalid-number"_s
                                   << u"Row 1: the minimum shares must be a whole number."_s
                                   << u"minimumShares"_s;
    QTest::newRow("minimum a fraction")
        << QList<MemberClassRow> { { u"Member"_s, u"1.5"_s } } << u"invalid-number"_s
        << u"Row 1: the minimum shares must be a whole number."_s << u"minimumShares"_s;
    QTest::newRow("minimum negative")
        << QList<MemberClassRow> { { u"Member"_s, u"-1"_s } } << u"invalid-class"_s
        << u"Row 1: The minimum holding cannot be negative."_s << u"minimumShares"_s;
    QTest::newRow("no name") << QList<MemberClassRow> { { u"Member"_s, u"1"_s }, { u"  "_s, u"1"_s } }
                             << u"invalid-class"_s << u"Row 2: A member class needs a name."_s << u"name"_s;
    QTest::newRow("same name, other case")
        << QList<MemberClassRow> { { u"Staff"_s, u"1"_s }, { u"staff"_s, u"1"_s } } << u"duplicate-class"_s
        << u"Two classes are called “staff”."_s << u"name"_s;
    // The number is read before the name is compared: the row's first problem is reported.
    QTest::newRow("same name, bad minimum")
        << QList<MemberClassRow> { { u"Staff"_s, u"1"_s }, { u"Staff"_s, u"x"_s } } << u"invalid-number"_s
        << u"Row 2: the minimum shares must be a whole number."_s << u"minimumShares"_s;
}

void TestMember::memberClassesFromRows()
{
    QFETCH(QList<MemberClassRow>, rows);
    QFETCH(QString, rule);
    QFETCH(QString, message);
    QFETCH(QString, field);
    const auto classes = mutualise::domain::memberClassesFromRows(rows);
    if (rule.isEmpty()) {
        QVERIFY2(classes.isOk(), qPrintable(classes.isOk() ? QString() : classes.error().message));
        QCOMPARE(classes->size(), rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QCOMPARE(classes->at(i).name, rows.at(i).name.trimmed());
            QCOMPARE(classes->at(i).minimumShares, rows.at(i).minimumShares.trimmed().toLongLong());
            QCOMPARE(classes->at(i).maximumShares, std::nullopt);
        }
        QVERIFY(mutualise::domain::validateMemberClasses(*classes).isOk());
        return;
    }
    QVERIFY(!classes.isOk());
    QCOMPARE(classes.error().rule, rule);
    QCOMPARE(classes.error().message, message);
    QCOMPARE(classes.error().field, field);
}

void TestMember::cease_data()
{
    QTest::addColumn<Member>("member");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<QString>("rule"); // empty when the member can cease

    QTest::newRow("active") << activeMember() << QDate(2024, 3, 31) << QString();
    QTest::newRow("on the day of admission") << activeMember() << QDate(2022, 5, 1) << QString();
    Member suspended = activeMember();
    suspended.status = MemberStatus::Suspended;
    QTest::newRow("suspended") << suspended << QDate(2024, 3, 31) << QString();
    QTest::newRow("before admission") << activeMember() << QDate(2022, 4, 30) << u"invalid-date"_s;
    QTest::newRow("invalid date") << activeMember() << QDate() << u"invalid-date"_s;
    Member applicant = activeMember();
    applicant.status = MemberStatus::Applicant;
    applicant.admittedOn = QDate();
    QTest::newRow("applicant") << applicant << QDate(2024, 3, 31) << u"not-admitted"_s;
    Member gone = activeMember();
    gone.status = MemberStatus::Ceased;
    gone.ceasedOn = QDate(2023, 1, 1);
    QTest::newRow("already ceased") << gone << QDate(2024, 3, 31) << u"already-ceased"_s;
}

void TestMember::cease()
{
    QFETCH(Member, member);
    QFETCH(QDate, on);
    QFETCH(QString, rule);
    const Result<Member> result = ceased(member, on);
    if (!rule.isEmpty()) {
        QVERIFY(!result.isOk());
        QCOMPARE(result.error().rule, rule);
        return;
    }
    QVERIFY(result.isOk());
    QCOMPARE(result->status, MemberStatus::Ceased);
    QCOMPARE(result->ceasedOn, on);
    QCOMPARE(result->admittedOn, member.admittedOn);
    QCOMPARE(result->number, member.number);
    QVERIFY(mutualise::domain::validateMember(*result).isOk());
}

// Admitted 2024-03-01; ceased (when ceased) 2025-06-30. The day of admission counts, the day of
// cessation does not.
void TestMember::votingMemberOnADay_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<bool>("isVoting");
    const int active = int(MemberStatus::Active);
    const int ceased = int(MemberStatus::Ceased);
    QTest::newRow("before admission") << active << QDate(2024, 2, 29) << false;
    QTest::newRow("on admission") << active << QDate(2024, 3, 1) << true;
    QTest::newRow("active later") << active << QDate(2026, 1, 1) << true;
    QTest::newRow("ceased, while a member") << ceased << QDate(2025, 6, 29) << true;
    QTest::newRow("ceased, on the day") << ceased << QDate(2025, 6, 30) << false;
    QTest::newRow("suspended") << int(MemberStatus::Suspended) << QDate(2025, 1, 1) << false;
    QTest::newRow("applicant") << int(MemberStatus::Applicant) << QDate(2025, 1, 1) << false;
}

void TestMember::votingMemberOnADay()
{
    QFETCH(int, status);
    QFETCH(QDate, day);
    QFETCH(bool, isVoting);
    Member member;
    member.status = static_cast<MemberStatus>(status);
    member.admittedOn = QDate(2024, 3, 1);
    if (member.status == MemberStatus::Ceased)
        member.ceasedOn = QDate(2025, 6, 30);
    QCOMPARE(isVotingMemberOn(member, day), isVoting);
}

QTEST_GUILESS_MAIN(TestMember)
#include "TestMember.moc"
