#pragma once

#include "Report.h"
#include "domain/Error.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>

class QPagedPaintDevice;

namespace mutualise::reports {

// Any report on paper, as the window prints it and as `mutualise-cli report --format pdf` saves it: a
// title block (the mutual, its registration number, the report, its day or period, when it was produced)
// on the first page, then each table with its heading row repeated at the top of every page it runs on
// to, figures to the right, a text that is too wide for its column wrapped onto more lines rather than
// cut, and the totals under the last row. Every page is numbered "Page n of m". Pages are laid out once
// before any is painted, so a report of a hundred thousand rows is painted in one pass.
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)

public:
    // Lays the report out on the device's pages, in its page layout, and paints them. Rule
    // "not-printed" when the device could not be painted on, "cancelled" when `progress` said stop.
    static domain::Outcome print(QPagedPaintDevice& device, const Report& report,
                                 const Progress& progress = {});

    // Writes the report to `path` as a PDF on `paper` (A4 or US Letter), turned as orientation() says: whole
    // or not at all (rule "not-written"), never leaving half a file where `path` was, and never over the
    // mutual at `mutualPath` (rule "output-is-mutual"; not checked when it is empty).
    static domain::Outcome save(const Report& report, const QString& path, const QString& mutualPath,
                                QPageSize::PageSizeId paper = QPageSize::A4, const Progress& progress = {});

    // Writes each of the report's sections (a member's statement or certificate) to a PDF of its own in
    // the folder `path`, named after the section ("statement-1001.pdf"; a character a file name cannot
    // hold becomes "_"), ready to send one by one. All or nothing: the files are written to a folder
    // beside it that takes its name only once every one is written. Rule "exists" when `path` is there
    // already, "no-sections" for a report without sections, and as save() says.
    static domain::Outcome saveEach(const Report& report, const QString& path, const QString& mutualPath,
                                    QPageSize::PageSizeId paper = QPageSize::A4,
                                    const Progress& progress = {});

    // Which way up a report's pages go: across (landscape) for a table of more than seven columns, such
    // as the register of members, so that names and addresses are not squeezed into narrow columns.
    static QPageLayout::Orientation orientation(const Report& report);

    // The paper a reader in `locale` expects: US Letter in the United States and Canada, A4 elsewhere.
    static QPageSize::PageSizeId defaultPaper(const QLocale& locale);
};

} // namespace mutualise::reports
