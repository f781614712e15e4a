#include "AuditTrail.h"

#include "AuditFooter.h"
#include "domain/Text.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace mutualise::reports {

namespace {

// The longest summary of one entry: a bulk change records thousands of rows.
constexpr qsizetype longestSummary = 300;

QString valueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        // Whole numbers (ids, minor units, counts) as digits; any other as JSON writes it.
        if (const qint64 whole = value.toInteger(); QJsonValue(whole) == value)
            return QString::number(whole);
        return value.toVariant().toString();
    case QJsonValue::Bool:
        return value.toBool() ? AuditTrail::tr("yes") : AuditTrail::tr("no");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

// The longest value a summary quotes: a record's field may hold a whole plan or list.
constexpr qsizetype longestValue = 80;

QString shown(const QString& text)
{
    const QString visible = domain::visibleText(text);
    return visible.size() <= longestValue ? visible : visible.left(longestValue - 1) + QStringLiteral("…");
}

QString cut(const QString& text)
{
    return text.size() <= longestSummary ? text : text.left(longestSummary - 1) + QStringLiteral("…");
}

// What a record added or removed held: its name or number first, then its other fields.
QString recordText(const QJsonObject& record)
{
    QStringList parts;
    for (const QString& key : { QStringLiteral("number"), QStringLiteral("name"), QStringLiteral("title") }) {
        if (record.contains(key))
            parts.append(QStringLiteral("%1 “%2”").arg(key, shown(valueText(record.value(key)))));
    }
    for (auto field = record.constBegin(); field != record.constEnd(); ++field) {
        if (field.key() == u"number" || field.key() == u"name" || field.key() == u"title")
            continue;
        const QString text = valueText(field.value());
        if (!text.isEmpty())
            parts.append(QStringLiteral("%1 “%2”").arg(field.key(), shown(text)));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString AuditTrail::actionText(const QString& action)
{
    static const QHash<QString, const char*> texts = {
        { QStringLiteral("allocation.approve"), QT_TR_NOOP("Allocation approved") },
        { QStringLiteral("allocation.draft"), QT_TR_NOOP("Allocation drafted") },
        { QStringLiteral("ballot.cast"), QT_TR_NOOP("Ballot cast") },
        { QStringLiteral("ballot.secret"), QT_TR_NOOP("Secret ballot cast") },
        { QStringLiteral("class.add"), QT_TR_NOOP("Member class added") },
        { QStringLiteral("contribution.add"), QT_TR_NOOP("Contribution recorded") },
        { QStringLiteral("contribution.reverse"), QT_TR_NOOP("Contribution reversed") },
        { QStringLiteral("demo.create"), QT_TR_NOOP("Demonstration mutual made") },
        { QStringLiteral("demo.money"), QT_TR_NOOP("Demonstration money recorded") },
        { QStringLiteral("election.add"), QT_TR_NOOP("Election added") },
        { QStringLiteral("election.close"), QT_TR_NOOP("Election closed and counted") },
        { QStringLiteral("election.import"), QT_TR_NOOP("Election papers imported") },
        { QStringLiteral("election.open"), QT_TR_NOOP("Election opened") },
        { QStringLiteral("election.papers"), QT_TR_NOOP("Election paper recorded") },
        { QStringLiteral("election.remove"), QT_TR_NOOP("Election removed") },
        { QStringLiteral("election.update"), QT_TR_NOOP("Election changed") },
        { QStringLiteral("file.change"), QT_TR_NOOP("Records changed") },
        { QStringLiteral("file.upgrade"), QT_TR_NOOP("File upgraded") },
        { QStringLiteral("grant.add"), QT_TR_NOOP("Grant recorded") },
        { QStringLiteral("meeting.add"), QT_TR_NOOP("Meeting added") },
        { QStringLiteral("meeting.attendance"), QT_TR_NOOP("Attendance recorded") },
        { QStringLiteral("meeting.proxy"), QT_TR_NOOP("Proxy appointed") },
        { QStringLiteral("meeting.proxy-revoked"), QT_TR_NOOP("Proxy revoked") },
        { QStringLiteral("meeting.remove"), QT_TR_NOOP("Meeting removed") },
        { QStringLiteral("meeting.update"), QT_TR_NOOP("Meeting changed") },
        { QStringLiteral("member.add"), QT_TR_NOOP("Member added") },
        { QStringLiteral("member.cease"), QT_TR_NOOP("Membership ceased") },
        { QStringLiteral("member.import"), QT_TR_NOOP("Member imported") },
        { QStringLiteral("member.update"), QT_TR_NOOP("Member changed") },
        { QStringLiteral("motion.add"), QT_TR_NOOP("Motion added") },
        { QStringLiteral("motion.close"), QT_TR_NOOP("Motion closed") },
        { QStringLiteral("motion.open"), QT_TR_NOOP("Motion opened") },
        { QStringLiteral("motion.remove"), QT_TR_NOOP("Motion removed") },
        { QStringLiteral("motion.update"), QT_TR_NOOP("Motion changed") },
        { QStringLiteral("mutual.create"), QT_TR_NOOP("Mutual created") },
        { QStringLiteral("mutual.update"), QT_TR_NOOP("Mutual's settings changed") },
        { QStringLiteral("pledge.add"), QT_TR_NOOP("Pledge recorded") },
        { QStringLiteral("project.add"), QT_TR_NOOP("Project added") },
        { QStringLiteral("project.funded"), QT_TR_NOOP("Project funded") },
        { QStringLiteral("project.update"), QT_TR_NOOP("Project changed") },
        { QStringLiteral("project_category.add"), QT_TR_NOOP("Project category added") },
        { QStringLiteral("saving.add"), QT_TR_NOOP("Saving recorded") },
        { QStringLiteral("saving.import"), QT_TR_NOOP("Savings imported") },
        { QStringLiteral("saving.update"), QT_TR_NOOP("Saving changed") },
        { QStringLiteral("service.add"), QT_TR_NOOP("Service added") },
        { QStringLiteral("service.update"), QT_TR_NOOP("Service changed") },
        { QStringLiteral("share.capitalise"), QT_TR_NOOP("Surplus capitalised as shares") },
        { QStringLiteral("share.import"), QT_TR_NOOP("Share entries imported") },
        { QStringLiteral("share.record"), QT_TR_NOOP("Share entry recorded") },
        { QStringLiteral("share.reverse"), QT_TR_NOOP("Share entry reversed") },
    };
    const auto found = texts.constFind(action);
    return found == texts.cend() ? domain::visibleText(action) : tr(*found);
}

QString AuditTrail::entityText(const QString& entity)
{
    static const QHash<QString, const char*> texts = {
        { QStringLiteral("allocation"), QT_TR_NOOP("Allocations") },
        { QStringLiteral("contribution"), QT_TR_NOOP("Contributions") },
        { QStringLiteral("contribution_kind"), QT_TR_NOOP("Kinds of contribution") },
        { QStringLiteral("election"), QT_TR_NOOP("Elections") },
        { QStringLiteral("grant"), QT_TR_NOOP("Grants") },
        { QStringLiteral("meeting"), QT_TR_NOOP("Meetings") },
        { QStringLiteral("member"), QT_TR_NOOP("Members") },
        { QStringLiteral("member_class"), QT_TR_NOOP("Member classes") },
        { QStringLiteral("motion"), QT_TR_NOOP("Motions") },
        { QStringLiteral("mutual"), QT_TR_NOOP("The mutual and its file") },
        { QStringLiteral("pledge"), QT_TR_NOOP("Pledges") },
        { QStringLiteral("project"), QT_TR_NOOP("Projects") },
        { QStringLiteral("project_category"), QT_TR_NOOP("Project categories") },
        { QStringLiteral("saving"), QT_TR_NOOP("Savings") },
        { QStringLiteral("service"), QT_TR_NOOP("Services") },
        { QStringLiteral("share_entry"), QT_TR_NOOP("Share entries") },
    };
    const auto found = texts.constFind(entity);
    return found == texts.cend() ? domain::visibleText(entity) : tr(*found);
}

QList<AuditTrail::Field> AuditTrail::fields(const storage::AuditEntry& entry)
{
    QStringList names = entry.before.keys() + entry.after.keys();
    names.sort();
    names.removeDuplicates();
    QList<Field> found;
    for (const QString& name : names) {
        const QJsonValue before = entry.before.value(name);
        const QJsonValue after = entry.after.value(name);
        found.append({ name, valueText(before), valueText(after),
                       !entry.before.isEmpty() && !entry.after.isEmpty() && before != after });
    }
    return found;
}

QString AuditTrail::summary(const storage::AuditEntry& entry)
{
    if (!entry.before.isEmpty() && !entry.after.isEmpty()) {
        QStringList changes;
        for (const Field& field : fields(entry)) {
            if (field.isChanged)
                changes.append(QStringLiteral("%1: “%2” → “%3”")
                                   .arg(field.name, shown(field.before), shown(field.after)));
        }
        return cut(changes.isEmpty() ? tr("nothing changed") : changes.join(QStringLiteral("; ")));
    }
    if (!entry.after.isEmpty())
        return cut(recordText(entry.after));
    if (!entry.before.isEmpty())
        return cut(tr("removed: %1").arg(recordText(entry.before)));
    return {};
}

Report AuditTrail::report(const storage::MutualFile& file, const storage::AuditFilter& filter,
                          const QList<storage::AuditEntry>& entries)
{
    const domain::Mutual mutual = file.mutual();
    Report report;
    report.name = QStringLiteral("audit-trail");
    report.title = tr("Audit trail");
    report.mutualName = mutual.name;
    report.registration = mutual.registrationNumber;
    report.currency = mutual.currency;
    report.produced = QDateTime::currentDateTimeUtc();
    report.auditHead = AuditFooter::headOf(file);
    if (filter.from.isValid() && filter.until.isValid()) {
        report.from = filter.from.toLocalTime().date();
        report.to = filter.until.toLocalTime().addMSecs(-1).date();
    } else {
        report.asOf = QDate::currentDate();
    }

    ReportTable table;
    table.name = QStringLiteral("audit-trail");
    table.title = report.title;
    table.columns = {
        { QStringLiteral("entry"), tr("Entry"), ColumnType::Integer },
        { QStringLiteral("recorded_at"), tr("Recorded (UTC)"), ColumnType::Text },
        { QStringLiteral("recorded_by"), tr("Recorded by"), ColumnType::Text },
        { QStringLiteral("change"), tr("Change"), ColumnType::Text },
        { QStringLiteral("action"), tr("Action"), ColumnType::Text },
        { QStringLiteral("record"), tr("Record"), ColumnType::Text },
        { QStringLiteral("details"), tr("Details"), ColumnType::Text },
        { QStringLiteral("hash"), tr("Hash"), ColumnType::Text },
    };
    table.emptyText = tr("No change matches.");
    table.rows.reserve(entries.size());
    for (const storage::AuditEntry& entry : entries) {
        table.rows.append({ entry.id, entry.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                            entry.actor, actionText(entry.action), entry.action, entry.entityKey,
                            summary(entry), entry.hash });
    }
    report.tables.append(std::move(table));
    return report;
}

} // namespace mutualise::reports
