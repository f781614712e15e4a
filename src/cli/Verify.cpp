#include "Verify.h"

#include "domain/Text.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace mutualise::cli {

using storage::AuditHead;
using storage::VerifyProblem;
using storage::VerifyReport;

Verify::Verify()
    : MutualCommand(QStringLiteral("verify"),
                    tr("Check the file's structure, its audit trail, and that every record is the one the "
                       "trail accounts for. Changes nothing; exits 1 if anything does not hold."),
                    Access::ReadOnly)
{
    addOption({ QStringLiteral("head"),
                tr("Also check that the audit trail passes through entry ENTRY with hash HASH, as a "
                   "printed report's footer gives them (the hash in full or as “3f9a…c21e”)."),
                tr("ENTRY") });
    addOption({ QStringLiteral("json"), tr("Print JSON for other programs instead of text.") });
    addOptionalArgument(QStringLiteral("HASH"), tr("The hash of entry ENTRY, with --head."));
}

int Verify::checkArguments(const QCommandLineParser& parser, const QStringList& positional)
{
    const bool hasHash = positional.size() > 1;
    if (!parser.isSet(QStringLiteral("head"))) {
        if (hasHash)
            return refuseUsage(tr("Unexpected argument “%1”.").arg(domain::visibleText(positional.at(1))));
        return ExitSuccess;
    }
    // The entry as a report's footer prints it ("1,234"), its digits grouped in any locale's way.
    QString entryText = parser.value(QStringLiteral("head"));
    for (const QString& separator : { QStringLiteral(","), QLocale().groupSeparator(), QStringLiteral(" "),
                                      QStringLiteral("\u00a0"), QStringLiteral("\u202f") })
        entryText.remove(separator);
    const std::optional<qint64> entry = parseWholeNumber(entryText);
    if (!entry || *entry < 1)
        return refuseUsage(tr("--head needs the number of an audit trail entry, as a report's footer "
                              "prints it (“1,234”), not “%1”.")
                               .arg(domain::visibleText(parser.value(QStringLiteral("head")))));
    if (!hasHash)
        return refuseUsage(tr("Missing argument HASH: --head takes an entry and its hash."));
    const QString hash = positional.at(1).trimmed().toLower();
    static const QRegularExpression wholeOrShort(
        QStringLiteral("^([0-9a-f]{64}|[0-9a-f]{4}(…|\\.\\.\\.)[0-9a-f]{4})$"));
    if (!wholeOrShort.match(hash).hasMatch())
        return refuseUsage(tr("“%1” is not a hash: give its 64 hexadecimal digits, or its first and last "
                              "four as a report prints them (“3f9a…c21e”).")
                               .arg(domain::visibleText(positional.at(1))));
    m_head = AuditHead { *entry, hash };
    return ExitSuccess;
}

int Verify::runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                          const QStringList& /*positional*/)
{
    const storage::Verifier verifier(file);
    const auto checked = verifier.run();
    if (!checked)
        return refuse(checked.error());
    VerifyReport report = *checked;
    if (m_head) {
        const auto problem = verifier.checkHead(*m_head);
        if (!problem)
            return refuse(problem.error());
        if (*problem) {
            ++report.problemCount;
            report.problems.prepend(**problem);
        }
    }
    writeOut(parser.isSet(QStringLiteral("json")) ? asJson(report) : asText(report, file.path()));
    return report.isIntact() ? ExitSuccess : ExitRefused;
}

QString Verify::asText(const VerifyReport& report, const QString& path)
{
    const QLocale locale;
    QString text
        = tr("%1: %n audit entries and %2 rows checked.", nullptr,
             static_cast<int>(std::min<qint64>(report.entriesChecked, INT_MAX)))
              .arg(domain::visibleText(QDir::toNativeSeparators(path)), locale.toString(report.rowsChecked))
        + u'\n';
    if (report.head.entry > 0)
        text += tr("Audit trail: entry %1, %2")
                    .arg(locale.toString(report.head.entry), storage::Verifier::shortHash(report.head.hash))
            + u'\n';
    if (report.isIntact())
        return text + tr("Everything holds.") + u'\n';
    text += tr("%n problem(s) found:", nullptr,
               static_cast<int>(std::min<qint64>(report.problemCount, INT_MAX)))
        + u'\n';
    for (const VerifyProblem& problem : report.problems) {
        QStringList place;
        for (const QString& part : { problem.table, problem.key, problem.field }) {
            if (!part.isEmpty())
                place.append(domain::visibleText(part));
        }
        text += QStringLiteral("  ") + (place.isEmpty() ? QString() : place.join(u' ') + QStringLiteral(": "))
            + domain::visibleText(problem.message) + u'\n';
    }
    const qint64 unlisted = report.problemCount - report.problems.size();
    if (unlisted > 0)
        text += tr("  and %1 more.").arg(locale.toString(unlisted)) + u'\n';
    return text;
}

QString Verify::asJson(const VerifyReport& report)
{
    QJsonArray problems;
    for (const VerifyProblem& problem : report.problems) {
        problems.append(QJsonObject {
            { QStringLiteral("table"), problem.table },
            { QStringLiteral("key"), problem.key },
            { QStringLiteral("field"), problem.field },
            { QStringLiteral("message"), problem.message },
        });
    }
    const QJsonObject document {
        { QStringLiteral("ok"), report.isIntact() },
        { QStringLiteral("head"),
          QJsonObject { { QStringLiteral("entry"), report.head.entry },
                        { QStringLiteral("hash"), report.head.hash } } },
        { QStringLiteral("problems"), problems },
        { QStringLiteral("problem_count"), report.problemCount },
        { QStringLiteral("entries_checked"), report.entriesChecked },
        { QStringLiteral("rows_checked"), report.rowsChecked },
    };
    return QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
}

} // namespace mutualise::cli
