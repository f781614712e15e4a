#pragma once

#include "domain/Error.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mutualise::cli {

// The options `--pdf OUT` and `--force` of `elections result` and `tally`, which write the summary of a
// result for the minutes as the window saves it (reports::ResultPdf).
class ResultPdfOutput
{
    Q_DECLARE_TR_FUNCTIONS(ResultPdfOutput)

public:
    static QString optionName() { return QStringLiteral("pdf"); }
    static QList<QCommandLineOption> options();

    // Whether the arguments ask for a PDF: main() then starts the program with fonts to draw it.
    static bool isAskedFor(const QStringList& arguments);

    // Why the options do not go together (--force without --pdf, --pdf with --json); empty when they do.
    static QString usageProblem(const QCommandLineParser& parser);
    // Refuses, before the mutual is opened, a PDF over the mutual itself (rule "output-is-mutual"),
    // whatever name leads to it, and one over an existing file without --force (rule "exists").
    static domain::Outcome checkOutput(const QCommandLineParser& parser, const QString& mutualPath);
    // A PDF needs fonts, which only a program started as main() starts it for --pdf has (rule
    // "no-fonts").
    static domain::Outcome checkCanDraw();
    // "Summary of the result written to OUT" and the field of a refusal.
    static QString writtenText(const QString& path);
    static domain::Error withField(domain::Error error);
};

} // namespace mutualise::cli
