#include "formats/OutputFile.h"
#include "reports/ReportPdf.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

namespace mutualise::reports {

namespace {

// A section's file name that every file system takes: letters, digits, "-", "_" and "." alone, and
// never the same as another's in a file system that ignores case.
QString safeFileName(const ReportSection& section, qsizetype index, QSet<QString>& taken)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    QString name = QString(section.fileName).replace(unsafe, QStringLiteral("_"));
    if (name.isEmpty() || name.startsWith(u'.'))
        name.prepend(QStringLiteral("section-%1").arg(index + 1));
    QString unique = name;
    for (int copy = 2; taken.contains(unique.toLower()); ++copy)
        unique = name + u'-' + QString::number(copy);
    taken.insert(unique.toLower());
    return unique + QStringLiteral(".pdf");
}

} // namespace

domain::Outcome ReportPdf::saveEach(const Report& report, const QString& path, const QString& mutualPath,
                                    QPageSize::PageSizeId paper, const Progress& progress)
{
    if (report.sections.isEmpty())
        return domain::Error { tr("The report “%1” is not written a file a member: it has no statements or "
                                  "certificates.")
                                   .arg(report.title),
                               QStringLiteral("no-sections"), QStringLiteral("output") };
    if (!mutualPath.isEmpty()) {
        if (domain::Outcome isElsewhere = formats::checkNotMutual(path, mutualPath); !isElsewhere)
            return isElsewhere;
    }
    const QFileInfo target(QDir::cleanPath(path));
    if (target.exists())
        return domain::Error { tr("“%1” already exists: choose a new folder for the files, so that none "
                                  "already there is replaced.")
                                   .arg(QDir::toNativeSeparators(path)),
                               QStringLiteral("exists"), QStringLiteral("output") };
    QTemporaryDir partial(target.absolutePath() + u'/' + u'.' + target.fileName()
                          + QStringLiteral("-XXXXXX"));
    if (!partial.isValid())
        return domain::Error { tr("The folder “%1” could not be made: %2")
                                   .arg(QDir::toNativeSeparators(path), partial.errorString()),
                               QStringLiteral("not-written"), QStringLiteral("output") };
    QSet<QString> taken;
    const qint64 total = report.sections.size();
    for (qsizetype index = 0; index < report.sections.size(); ++index) {
        const ReportSection section = report.sections.at(index);
        Report one = report;
        one.sections = { section };
        one.tables.clear();
        one.charts.clear();
        if (domain::Outcome written
            = save(one, partial.filePath(safeFileName(section, index, taken)), {}, paper);
            !written)
            return written;
        if (progress && !progress(index + 1, total))
            return domain::Error { tr("The report was not finished: it was cancelled."),
                                   QStringLiteral("cancelled"),
                                   {} };
    }
    if (!QDir().rename(partial.path(), target.absoluteFilePath()))
        return domain::Error { tr("The files could not be put in “%1”. Check that the folder beside it can "
                                  "be written to.")
                                   .arg(QDir::toNativeSeparators(path)),
                               QStringLiteral("not-written"), QStringLiteral("output") };
    partial.setAutoRemove(false);
    return domain::ok();
}

} // namespace mutualise::reports
