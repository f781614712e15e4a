#include "BackupCommand.h"

#include "domain/Text.h"
#include "storage/Backup.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace mutualise::cli {

BackupCommand::BackupCommand()
    : MutualCommand(QStringLiteral("backup"),
                    tr("Write a copy of the file to DEST, as it is now, even while another program has it "
                       "open; then check the copy as verify does. Never replaces a file."),
                    Access::ReadOnly)
{
    addOption({ QStringLiteral("json"), tr("Print JSON for other programs instead of text.") });
    addPositionalArgument(QStringLiteral("DEST"), tr("The new file to write the copy to."));
}

int BackupCommand::runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                                 const QStringList& positional)
{
    const auto copy = storage::Backup::write(file, positional.at(1));
    if (!copy)
        return refuse(copy.error());
    const storage::VerifyReport& report = copy->verification;
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject document {
            { QStringLiteral("backup"), copy->path },
            { QStringLiteral("members"), copy->members },
            { QStringLiteral("ok"), report.isIntact() },
            { QStringLiteral("head"),
              QJsonObject { { QStringLiteral("entry"), report.head.entry },
                            { QStringLiteral("hash"), report.head.hash } } },
            { QStringLiteral("problem_count"), report.problemCount },
        };
        writeOut(QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented)));
    } else {
        const QLocale locale;
        QString text
            = tr("Backed up to %1: %n member(s), audit trail entry %2, %3.", nullptr,
                 static_cast<int>(std::min<qint64>(copy->members, INT_MAX)))
                  .arg(domain::visibleText(QDir::toNativeSeparators(copy->path)),
                       locale.toString(report.head.entry), storage::Verifier::shortHash(report.head.hash))
            + u'\n';
        text += report.isIntact()
            ? tr("The copy verifies.") + u'\n'
            : tr("The copy does not verify: %n problem(s), as in the file itself. Run verify on it to list "
                 "them.",
                 nullptr, static_cast<int>(std::min<qint64>(report.problemCount, INT_MAX)))
                + u'\n';
        writeOut(text);
    }
    return report.isIntact() ? ExitSuccess : ExitRefused;
}

} // namespace mutualise::cli
