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
    void hostileText_data();
    void hostileText();
    void messagesQuoteInputCut();
    void plausibleDates_data();
    void plausibleDates();
    void ceaseOnAnImplausibleDay();
    void normalisedNumber_data();
    void normalisedNumber();
    void numberScripts_data();
    void numberScripts();
    void className_data();
    void className();
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

// Fixed, so that "100 years after today" does not move under the tests.
static const QDate today(2026, 6, 1);

void TestMember::hostileText_data()
{
    QTest::addColumn<Member>("member");
    QTest::addColumn<QString>("rule"); // empty when the member is valid
    QTest::addColumn<QString>("field");

    Member member = activeMember();
    member.name = u"Amelia \x1b[31mKhan"_s;
    QTest::newRow("escape in the name") << member << u"control-character"_s << u"name"_s;
    member.name = u"Amelia\nKhan"_s;
    QTest::newRow("line feed in the name") << member << u"control-character"_s << u"name"_s;
    member.name = u"Amelia \u202eKhan"_s;
    QTest::newRow("right-to-left override in the name") << member << u"control-character"_s << u"name"_s;
    member = activeMember();
    member.email = u"amelia\x1b[2J@example.org"_s;
    QTest::newRow("escape in the e-mail") << member << u"control-character"_s << u"email"_s;
    member.email = u"a"_s + QString(250, u'b') + u"@example.org"_s;
    QTest::newRow("e-mail over 254 characters") << member << u"invalid-email"_s << u"email"_s;
    member = activeMember();
    member.phone = u"01234\x07"_s;
    QTest::newRow("bell in the phone") << member << u"control-character"_s << u"phone"_s;
    member = activeMember();
    member.address = u"1 High Street\nLeeds\nLS1 1AA"_s;
    QTest::newRow("address on several lines") << member << QString() << QString();
    member.address = u"1 High Street\r\nLeeds"_s;
    QTest::newRow("carriage return in the address") << member << u"control-character"_s << u"address"_s;
    member.address = u"1 High Street\x1b]0;pwned\x07"_s;
    QTest::newRow("escape in the address") << member << u"control-character"_s << u"address"_s;
    member.address = QString(1'000, u'a');
    QTest::newRow("address of 1,000 characters") << member << QString() << QString();
    member.address = QString(1'001, u'a');
    QTest::newRow("address of 1,001 characters") << member << u"invalid-address"_s << u"address"_s;
    member = activeMember();
    member.number = u"C001\x1b"_s;
    QTest::newRow("escape in the number") << member << u"invalid-number"_s << u"number"_s;
}

void TestMember::hostileText()
{
    QFETCH(Member, member);
    QFETCH(QString, rule);
    QFETCH(QString, field);
    const Outcome outcome = mutualise::domain::validateMember(member, today);
    if (rule.isEmpty()) {
        QVERIFY2(outcome.isOk(), qPrintable(outcome.isOk() ? QString() : outcome.error().message));
        return;
    }
    QVERIFY(!outcome.isOk());
    QCOMPARE(outcome.error().rule, rule);
    QCOMPARE(outcome.error().field, field);
    // The message never carries the control character itself.
    QVERIFY2(!outcome.error().message.contains(QChar(0x1b)), qPrintable(outcome.error().message));
}

void TestMember::messagesQuoteInputCut()
{
    // A 50,000-character field is quoted back at 200 characters and an ellipsis, escapes made visible.
    Member member = activeMember();
    member.email = u"\x1b[31m"_s + QString(50'000, u'x');
    Outcome outcome = mutualise::domain::validateMember(member, today);
    QVERIFY(!outcome.isOk());
    QCOMPARE(outcome.error().rule, u"control-character"_s);

    member = activeMember();
    member.number = QString(50'000, u'9');
    outcome = mutualise::domain::validateMember(member, today);
    QVERIFY(!outcome.isOk());
    QCOMPARE(outcome.error().rule, u"invalid-number"_s);
    QVERIFY2(outcome.error().message.size() < 400, qPrintable(outcome.error().message.left(500)));
    QVERIFY(outcome.error().message.contains(QString(200, u'9') + QChar(0x2026)));

    member = activeMember();
    member.email = QString(200, u'x');
    outcome = mutualise::domain::validateMember(member, today);
    QCOMPARE(outcome.error().rule, u"invalid-email"_s);
    QVERIFY(outcome.error().message.contains(QString(200, u'x')));
}

void TestMember::plausibleDates_data()
{
    QTest::addColumn<QDate>("admittedOn");
    QTest::addColumn<QString>("rule"); // empty when valid

    QTest::newRow("year 1") << QDate(1, 1, 1) << u"implausible-date"_s;
    QTest::newRow("31 December 1799") << QDate(1799, 12, 31) << u"implausible-date"_s;
    QTest::newRow("1 January 1800") << QDate(1800, 1, 1) << QString();
    QTest::newRow("today") << today << QString();
    QTest::newRow("100 years ahead") << today.addYears(100) << QString();
    QTest::newRow("a day more") << today.addYears(100).addDays(1) << u"implausible-date"_s;
    QTest::newRow("year 9999") << QDate(9999, 12, 31) << u"implausible-date"_s;
}

void TestMember::plausibleDates()
{
    QFETCH(QDate, admittedOn);
    QFETCH(QString, rule);
    Member member = activeMember();
    member.admittedOn = admittedOn;
    const Outcome outcome = mutualise::domain::validateMember(member, today);
    if (rule.isEmpty()) {
        QVERIFY2(outcome.isOk(), qPrintable(outcome.isOk() ? QString() : outcome.error().message));
        return;
    }
    QVERIFY(!outcome.isOk());
    QCOMPARE(outcome.error().rule, rule);
    QCOMPARE(outcome.error().field, u"admittedOn"_s);
    // The message names the range.
    QVERIFY2(outcome.error().message.contains(u"1800-01-01"_s), qPrintable(outcome.error().message));
    QVERIFY2(outcome.error().message.contains(u"2126-06-01"_s), qPrintable(outcome.error().message));

    member = activeMember();
    member.status = MemberStatus::Ceased;
    member.ceasedOn = admittedOn;
    member.admittedOn = QDate(1800, 1, 1);
    const Outcome ceasedOutcome = mutualise::domain::validateMember(member, today);
    QVERIFY(!ceasedOutcome.isOk());
    QCOMPARE(ceasedOutcome.error().rule, rule);
    QCOMPARE(ceasedOutcome.error().field, u"ceasedOn"_s);
}

void TestMember::ceaseOnAnImplausibleDay()
{
    const Result<Member> result = ceased(activeMember(), QDate(9999, 1, 1), today);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().rule, u"implausible-date"_s);
}

void TestMember::normalisedNumber_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored");
    QTest::newRow("fullwidth digits") << u"\uff11\uff10\uff11"_s << u"101"_s;
    QTest::newRow("fullwidth letter") << u"\uff23001"_s << u"C001"_s;
    QTest::newRow("spaces around") << u" C001 "_s << u"C001"_s;
    QTest::newRow("Roman numeral twelve") << u"\u216b"_s << u"XII"_s;
    QTest::newRow("plain") << u"C001"_s << u"C001"_s;
}

void TestMember::normalisedNumber()
{
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    QCOMPARE(normalisedMemberNumber(typed), stored);
    // validateMember judges the number as it will be stored.
    Member member = activeMember();
    member.number = typed;
    QVERIFY(mutualise::domain::validateMember(member, today).isOk());
}

void TestMember::numberScripts_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("rule"); // empty when allowed

    QTest::newRow("Latin") << u"C001"_s << QString();
    QTest::newRow("digits only") << u"1042"_s << QString();
    QTest::newRow("Cyrillic C that looks Latin") << u"\u0421001"_s << u"look-alike-number"_s;
    QTest::newRow("Cyrillic look-alikes") << u"\u0410\u0412-12"_s << u"look-alike-number"_s;
    QTest::newRow("Greek look-alikes") << u"\u039a\u039f7"_s << u"look-alike-number"_s;
    QTest::newRow("Cyrillic and Latin") << u"\u0421A01"_s << u"mixed-script"_s;
    QTest::newRow("Latin and Greek") << u"AB\u03a37"_s << u"mixed-script"_s;
    QTest::newRow("Cyrillic that reads as Cyrillic") << u"\u0414\u041e\u041c1"_s << QString();
    QTest::newRow("Greek that reads as Greek") << u"\u03a3\u03a6-7"_s << QString();
    QTest::newRow("Arabic-Indic digits") << u"\u0661\u0662"_s << QString();
}

void TestMember::numberScripts()
{
    QFETCH(QString, number);
    QFETCH(QString, rule);
    Member member = activeMember();
    member.number = number;
    const Outcome outcome = mutualise::domain::validateMember(member, today);
    if (rule.isEmpty()) {
        QVERIFY2(outcome.isOk(), qPrintable(outcome.isOk() ? QString() : outcome.error().message));
        return;
    }
    QVERIFY(!outcome.isOk());
    QCOMPARE(outcome.error().rule, rule);
    QCOMPARE(outcome.error().field, u"number"_s);
    if (rule == u"look-alike-number"_s && number == u"\u0421001"_s)
        QVERIFY2(outcome.error().message.contains(u"C001"_s), qPrintable(outcome.error().message));
}

void TestMember::className_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("rule"); // empty when valid
    QTest::newRow("plain") << u"Employee"_s << QString();
    QTest::newRow("escape") << u"Employee\x1b[0m"_s << u"control-character"_s;
    QTest::newRow("line feed") << u"Em\nployee"_s << u"control-character"_s;
    QTest::newRow("200 characters") << QString(200, u'e') << QString();
    QTest::newRow("201 characters") << QString(201, u'e') << u"invalid-class"_s;
}

void TestMember::className()
{
    QFETCH(QString, name);
    QFETCH(QString, rule);
    const Outcome outcome
        = mutualise::domain::validateMemberClasses({ MemberClass { 1, name, 1, std::nullopt, 0 } });
    QCOMPARE(outcome.isOk() ? QString() : outcome.error().rule, rule);
    const auto rows = mutualise::domain::memberClassesFromRows({ MemberClassRow { name, u"1"_s } });
    QCOMPARE(rows.isOk() ? QString() : rows.error().rule, rule);
}

QTEST_GUILESS_MAIN(TestMember)
#include "TestMember.moc"
