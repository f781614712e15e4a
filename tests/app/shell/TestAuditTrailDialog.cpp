#include "SampleMutual.h"
#include "app/shell/AuditTrailDialog.h"
#include "app/shell/AuditTrailModel.h"
#include "app/shell/MainWindow.h"
#include "app/shell/MutualSession.h"
#include "app/shell/UserName.h"
#include "app/shell/VerificationBanner.h"
#include "app/widgets/DateEdit.h"
#include "reports/AuditTrail.h"
#include "storage/MemberRepository.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mutualise;
using app::AuditTrailDialog;
using app::AuditTrailModel;
using app::MainWindow;

// View > Audit Trail…: the changes made to the open mutual, newest first, narrowed, detailed, checked
// and exported. The file: the councils C001 to C003 of sample::createFileWithCouncils, five entries.
class TestAuditTrailDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void listsChangesNewestFirst();
    void narrowsToAMemberAKindAndDays();
    void detailsShowTheRecordBeforeAndAfter();
    void scrollingReadsOlderChanges();
    void exportsTheChangesTheFiltersLeave();
    void saysWhetherTheRecordsHold();
    void summaryNamesWhatChanged();

private:
    QString newFile(const QString& name);
    // Opens the file in the window, waits for its check, and opens the audit trail from the View menu.
    static AuditTrailDialog* openTrail(MainWindow& window, const QString& path);
    static QStringList column(const AuditTrailDialog& dialog, int column);

    QTemporaryDir m_dir;
};

void TestAuditTrailDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"MutualiseTests"_s);
    QCoreApplication::setApplicationName(u"TestAuditTrailDialog"_s);
}

void TestAuditTrailDialog::init()
{
    QSettings().clear();
    app::UserName::store(u"Test Secretary"_s);
}

QString TestAuditTrailDialog::newFile(const QString& name)
{
    const QString path = m_dir.filePath(name);
    return sample::createFileWithCouncils(path) ? path : QString();
}

AuditTrailDialog* TestAuditTrailDialog::openTrail(MainWindow& window, const QString& path)
{
    window.show();
    if (path.isEmpty() || !window.openFile(path)
        || !QTest::qWaitFor([&window] { return !window.verificationBanner()->isChecking(); }, 10000))
        return nullptr;
    auto* action = window.findChild<QAction*>(u"auditTrailAction"_s);
    if (action == nullptr || !action->isEnabled())
        return nullptr;
    action->trigger();
    return window.auditTrailDialog();
}

QStringList TestAuditTrailDialog::column(const AuditTrailDialog& dialog, int column)
{
    QStringList texts;
    const AuditTrailModel* model = dialog.model();
    for (int row = 0; row < model->rowCount(); ++row)
        texts.append(model->index(row, column).data().toString());
    return texts;
}

void TestAuditTrailDialog::listsChangesNewestFirst()
{
    MainWindow window;
    AuditTrailDialog* dialog = openTrail(window, newFile(u"list.mutual"_s));
    QVERIFY(dialog != nullptr);
    QVERIFY(dialog->isVisible());
    QCOMPARE(column(*dialog, AuditTrailModel::EntryColumn),
             (QStringList { u"5"_s, u"4"_s, u"3"_s, u"2"_s, u"1"_s }));
    QCOMPARE(column(*dialog, AuditTrailModel::ChangeColumn),
             (QStringList { u"Member changed"_s, u"Member added"_s, u"Member added"_s, u"Member added"_s,
                            u"Mutual created"_s }));
    QCOMPARE(column(*dialog, AuditTrailModel::ActorColumn).constFirst(), u"secretary"_s);
    QCOMPARE(column(*dialog, AuditTrailModel::RecordColumn).constFirst(), u"C002"_s);
    QCOMPARE(column(*dialog, AuditTrailModel::DetailsColumn).constFirst(),
             u"name: “Council 2” → “Renamed Council”"_s);
    QCOMPARE(dialog->countLabel()->text(), u"5 changes, newest first; 5 shown, more as you scroll."_s);

    // A change made in the window joins the top of the list, recorded by the name given.
    domain::Member added = sample::member(u"C004"_s, u"Council 4"_s, 1);
    QVERIFY(storage::MemberRepository(window.session()->file()).add(added).isOk());
    window.session()->notifyChanged();
    QCOMPARE(column(*dialog, AuditTrailModel::EntryColumn).constFirst(), u"6"_s);
    QCOMPARE(column(*dialog, AuditTrailModel::ActorColumn).constFirst(), u"Test Secretary"_s);

    // Closing the mutual puts the trail away with it.
    window.closeMutual();
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->model()->rowCount(), 0);
}

void TestAuditTrailDialog::narrowsToAMemberAKindAndDays()
{
    MainWindow window;
    AuditTrailDialog* dialog = openTrail(window, newFile(u"narrow.mutual"_s));
    QVERIFY(dialog != nullptr);

    // A member's number typed, as the completer fills it in.
    dialog->memberField()->setText(u"C002 — Renamed Council"_s);
    QTRY_COMPARE(column(*dialog, AuditTrailModel::EntryColumn), (QStringList { u"5"_s, u"3"_s }));
    QCOMPARE(dialog->countLabel()->text(), u"2 changes match, newest first; 2 shown, more as you scroll."_s);
    dialog->memberField()->clear();

    QComboBox* kinds = dialog->kindField();
    QCOMPARE(kinds->itemText(0), u"Every kind of record"_s);
    const int mutual = kinds->findData(u"mutual"_s);
    QVERIFY(mutual > 0);
    QCOMPARE(kinds->itemText(mutual), u"The mutual and its file"_s);
    kinds->setCurrentIndex(mutual);
    QCOMPARE(column(*dialog, AuditTrailModel::EntryColumn), QStringList { u"1"_s });
    kinds->setCurrentIndex(kinds->findData(u"member"_s));
    QCOMPARE(dialog->model()->rowCount(), 4);

    // Days as typed: today holds every change; tomorrow on, none.
    const QDate today = QDate::currentDate();
    QTest::keyClicks(dialog->fromField(), today.toString(Qt::ISODate));
    QTest::keyClicks(dialog->toField(), today.toString(Qt::ISODate));
    QTRY_COMPARE(dialog->filter().from, today.startOfDay().toUTC());
    QCOMPARE(dialog->filter().until, today.addDays(1).startOfDay().toUTC());
    QTRY_COMPARE(dialog->model()->rowCount(), 4);
    dialog->fromField()->clear();
    QTest::keyClicks(dialog->fromField(), today.addDays(1).toString(Qt::ISODate));
    dialog->toField()->clear();
    QTRY_COMPARE(dialog->model()->rowCount(), 0);
    QCOMPARE(dialog->countLabel()->text(), u"No change matches."_s);
}

void TestAuditTrailDialog::detailsShowTheRecordBeforeAndAfter()
{
    MainWindow window;
    AuditTrailDialog* dialog = openTrail(window, newFile(u"details.mutual"_s));
    QVERIFY(dialog != nullptr);
    // The newest change is chosen at first: the rename.
    QCOMPARE(dialog->table()->currentIndex().row(), 0);
    QTableWidget* details = dialog->detailsTable();
    QVERIFY(details->rowCount() > 5);
    int nameRow = -1;
    for (int row = 0; row < details->rowCount(); ++row) {
        if (details->item(row, 0)->text() == u"name")
            nameRow = row;
        // Only what changed stands out.
        QCOMPARE(details->item(row, 0)->font().bold(), details->item(row, 0)->text() == u"name");
    }
    QCOMPARE(nameRow, 0); // what changed comes first
    QCOMPARE(details->item(nameRow, 1)->text(), u"Council 2"_s);
    QCOMPARE(details->item(nameRow, 2)->text(), u"Renamed Council"_s);

    // An added member has nothing before.
    dialog->table()->setCurrentIndex(dialog->model()->index(1, 0));
    for (int row = 0; row < details->rowCount(); ++row) {
        QCOMPARE(details->item(row, 1)->text(), QString());
        QVERIFY(!details->item(row, 0)->font().bold());
    }
    const auto* entry = dialog->findChild<QLabel*>(u"entryLabel"_s);
    QVERIFY(entry->text().startsWith(u"Entry 4 · Member added · recorded by secretary on "_s));
}

void TestAuditTrailDialog::scrollingReadsOlderChanges()
{
    const QString path = newFile(u"long.mutual"_s);
    QVERIFY(!path.isEmpty());
    {
        auto file = storage::MutualFile::open(path, u"clerk"_s);
        QVERIFY(file.isOk());
        storage::MemberRepository members(**file);
        for (int i = 10; i < 260; ++i)
            QVERIFY(members.add(sample::member(u"M%1"_s.arg(i), u"Member %1"_s.arg(i), 1)).isOk());
    }
    MainWindow window;
    AuditTrailDialog* dialog = openTrail(window, path);
    QVERIFY(dialog != nullptr);
    // 255 entries: a page of 200 first, the rest when the list is scrolled to its end.
    QCOMPARE(dialog->model()->matchingCount(), 255);
    QCOMPARE(dialog->model()->rowCount(), AuditTrailModel::pageSize);
    QCOMPARE(dialog->countLabel()->text(), u"255 changes, newest first; 200 shown, more as you scroll."_s);
    dialog->table()->scrollToBottom();
    QTRY_COMPARE(dialog->model()->rowCount(), 255);
    QCOMPARE(column(*dialog, AuditTrailModel::EntryColumn).constLast(), u"1"_s);
    QCOMPARE(column(*dialog, AuditTrailModel::EntryColumn).at(1), u"254"_s);
}

void TestAuditTrailDialog::exportsTheChangesTheFiltersLeave()
{
    MainWindow window;
    const QString path = newFile(u"export.mutual"_s);
    AuditTrailDialog* dialog = openTrail(window, path);
    QVERIFY(dialog != nullptr);
    dialog->kindField()->setCurrentIndex(dialog->kindField()->findData(u"member"_s));

    const QString csvPath = m_dir.filePath(u"trail.csv"_s);
    QVERIFY(dialog->exportTo(csvPath, reports::ReportFileFormat::Csv).isOk());
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QByteArray content = csv.readAll();
    QVERIFY(content.startsWith("\xEF\xBB\xBF")); // for Excel
    content.remove(0, 3);
    const QList<QByteArray> lines = content.trimmed().split('\n');
    QCOMPARE(lines.size(), 5); // the header and the four changes to members
    QCOMPARE(lines.at(0).trimmed(), "entry,recorded_at,recorded_by,change,action,record,details,hash");
    QVERIFY2(lines.at(1).startsWith("5,"), lines.at(1).constData());
    QVERIFY(lines.at(1).contains(",secretary,Member changed,member.update,C002,"));
    QVERIFY(lines.at(4).startsWith("2,"));

    const QString jsonPath = m_dir.filePath(u"trail.json"_s);
    QVERIFY(dialog->exportTo(jsonPath, reports::ReportFileFormat::Json).isOk());
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(report.value(u"report").toString(), u"audit-trail"_s);
    const QJsonArray rows = report.value(u"tables").toArray().at(0).toObject().value(u"rows").toArray();
    QCOMPARE(rows.size(), 4);
    const QJsonObject newest = rows.at(0).toObject();
    QCOMPARE(newest.value(u"entry").toInteger(), 5);
    QCOMPARE(newest.value(u"hash").toString().size(), 64);
    // The head of the trail the export was made from, as every report carries it.
    QCOMPARE(report.value(u"audit_head").toObject().value(u"entry").toInteger(), 5);

    // Never over the mutual itself.
    const auto overMutual = dialog->exportTo(path, reports::ReportFileFormat::Csv);
    QVERIFY(!overMutual.isOk());
    QCOMPARE(overMutual.error().rule, u"output-is-mutual"_s);
}

void TestAuditTrailDialog::saysWhetherTheRecordsHold()
{
    MainWindow window;
    AuditTrailDialog* dialog = openTrail(window, newFile(u"holds.mutual"_s));
    QVERIFY(dialog != nullptr);
    QVERIFY2(
        dialog->chainLabel()->text().startsWith(u"✓ The audit trail's chain holds, and every record is the "
                                                "one it accounts for (checked through entry 5, "_s),
        qPrintable(dialog->chainLabel()->text()));

    const QString changed = newFile(u"changed.mutual"_s);
    QCOMPARE(sample::execRaw(changed, { u"UPDATE members SET name = 'Mallory' WHERE number = 'C002'"_s }),
             QString());
    QVERIFY(window.openFile(changed));
    QTRY_VERIFY(!window.verificationBanner()->isChecking());
    QVERIFY2(dialog->chainLabel()->text().startsWith(u"⚠ The records do not hold (2 problems): "_s),
             qPrintable(dialog->chainLabel()->text()));
}

void TestAuditTrailDialog::summaryNamesWhatChanged()
{
    storage::AuditEntry update;
    update.action = u"member.update"_s;
    update.before = QJsonObject { { u"name"_s, u"Ada"_s }, { u"classId"_s, 1 }, { u"email"_s, u""_s } };
    update.after = QJsonObject { { u"name"_s, u"Ada Jones"_s }, { u"classId"_s, 2 }, { u"email"_s, u""_s } };
    // In the fields' order, only what differs.
    QCOMPARE(reports::AuditTrail::summary(update), u"classId: “1” → “2”; name: “Ada” → “Ada Jones”"_s);
    const QList<reports::AuditTrail::Field> fields = reports::AuditTrail::fields(update);
    QCOMPARE(fields.size(), 3);
    QVERIFY(fields.at(0).isChanged && !fields.at(1).isChanged && fields.at(2).isChanged);

    storage::AuditEntry added;
    added.after = QJsonObject { { u"number"_s, u"C9"_s }, { u"name"_s, u"Nine"_s }, { u"amount"_s, 1250 } };
    QCOMPARE(reports::AuditTrail::summary(added), u"number “C9”, name “Nine”, amount “1250”"_s);
    storage::AuditEntry removed;
    removed.before = QJsonObject { { u"title"_s, u"Old\u001bmotion"_s } };
    // What a hostile file stored is shown, never obeyed.
    QCOMPARE(reports::AuditTrail::summary(removed), u"removed: title “Old\\x1bmotion”"_s);

    // Whole numbers as digits, others as JSON writes them.
    storage::AuditEntry numbers;
    numbers.after = QJsonObject { { u"amount"_s, 123456789012LL }, { u"rate"_s, 1.5 } };
    QCOMPARE(reports::AuditTrail::summary(numbers), u"amount “123456789012”, rate “1.5”"_s);

    // A long value, such as a whole plan, is quoted in part.
    storage::AuditEntry plan;
    plan.after = QJsonObject { { u"plan"_s, QString(100, u'p') } };
    QCOMPARE(reports::AuditTrail::summary(plan), u"plan “"_s + QString(79, u'p') + u"…”"_s);

    // A bulk change is cut short.
    storage::AuditEntry bulk;
    for (int field = 0; field < 10; ++field)
        bulk.after.insert(u"field%1"_s.arg(field), QString(100, u'x'));
    QCOMPARE(reports::AuditTrail::summary(bulk).size(), 300);
    QVERIFY(reports::AuditTrail::summary(bulk).endsWith(u"…"_s));

    QCOMPARE(reports::AuditTrail::actionText(u"share.reverse"_s), u"Share entry reversed"_s);
    QCOMPARE(reports::AuditTrail::actionText(u"future.thing"_s), u"future.thing"_s);
}

QTEST_MAIN(TestAuditTrailDialog)
#include "TestAuditTrailDialog.moc"
