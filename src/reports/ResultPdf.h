#pragma once

#include "domain/Error.h"
#include "reports/ElectionSummary.h"
#include "reports/ResultSummary.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QString>

#include <utility>

class QPagedPaintDevice;
class QPaintDevice;

namespace mutualise::reports {

// The summary of a vote's result for the minutes, laid out on pages: what the window prints and saves
// as a PDF, and what `mutualise-cli elections result --pdf` and `tally --pdf` write. Every figure the
// window shows is on the pages: the table of an STV count's rounds is cut into blocks of rounds that fit
// the width of the page, each repeating the candidates and each repeating its heading row on every page
// it runs on to; the charts the window shows are drawn in. Every page is numbered.
class ResultPdf
{
    Q_DECLARE_TR_FUNCTIONS(ResultPdf)

public:
    // Lays the summary out on the device's pages, in its page layout, and paints them; false if the
    // device could not be painted on.
    static bool print(QPagedPaintDevice& device, const ElectionResultSource& source);
    static bool print(QPagedPaintDevice& device, const MotionResultSource& source);

    // Writes the summary to `path` as a PDF on A4: never over the mutual at `mutualPath` (rule
    // "output-is-mutual"; not checked when it is empty), and whole or not at all (rule "not-written").
    static domain::Outcome save(const QString& path, const QString& mutualPath,
                                const ElectionResultSource& source);
    static domain::Outcome save(const QString& path, const QString& mutualPath,
                                const MotionResultSource& source);

    // The blocks of rounds (first and last, from 1) the table of the count is cut into so that each fits
    // `width` on `device`, the table's type being `font`: as few blocks as that takes, of near-equal size,
    // and never fewer than one round a block.
    static QList<std::pair<int, int>> roundBlocks(const ElectionFigures& figures, const QFont& font,
                                                  QPaintDevice* device, qreal width);
    // The type of the table of the rounds.
    static QFont tableFont(const QFont& bodyFont);
};

} // namespace mutualise::reports
