#pragma once

#include "MutualCommand.h"
#include "storage/CsvImport.h"

#include <QByteArray>

namespace mutualise::cli {

// `import FILE members|shares CSV [--dry-run] [--json]`: brings a register of members or a share
// ledger in from a spreadsheet's CSV file, all of it or, when any row has a problem, none; every
// problem is named "row R, column C: …".
class Import : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(Import)

public:
    Import();

    static QString asJson(const QString& what, bool isDryRun, const storage::ImportReport& report);

protected:
    int checkArguments(const QCommandLineParser& parser, const QStringList& positional) override;
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    // The whole CSV file, read by checkArguments before the mutual is opened.
    QByteArray m_content;
};

} // namespace mutualise::cli
