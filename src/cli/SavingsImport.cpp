#include "SavingsImport.h"

#include "formats/InputFile.h"
#include "storage/SavingsRepository.h"

namespace mutualise::cli {

using namespace mutualise::domain;

SavingsImport::SavingsImport()
    : MutualCommand(QStringLiteral("savings import"),
                    tr("Record the savings in a CSV file: all of them, or none if any row is refused."))
{
    addPositionalArgument(
        QStringLiteral("CSV"),
        tr("UTF-8 CSV whose first row names the columns service, member, from, to, baseline, actual and, "
           "if you wish, evidence, in any order; then one saving a row. The service is its id or its name, "
           "the member its number, dates YYYY-MM-DD, amounts in major units with a decimal point "
           "(1234.56). Problems are named by row, counting the header as row 1."));
    addOption({ QStringLiteral("dry-run"),
                tr("Check the file and say how many savings it would record, "
                   "without recording any.") });
}

int SavingsImport::checkArguments(const QCommandLineParser& /*parser*/, const QStringList& positional)
{
    // Read in full before the mutual is opened: a file that cannot be read never touches it.
    Result<QByteArray> content = formats::readInputFile(positional.at(1));
    if (!content)
        return refuse(content.error());
    m_content = std::move(content).value();
    return ExitSuccess;
}

int SavingsImport::runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                                 const QStringList& /*positional*/)
{
    const bool isDryRun = parser.isSet(QStringLiteral("dry-run"));
    const Result<qint64> count = storage::SavingsRepository(file).importCsv(m_content, isDryRun);
    if (!count)
        return refuse(count.error());
    const int rows = static_cast<int>(*count);
    writeOut((isDryRun ? tr("%n saving(s) would be imported; nothing was recorded (dry run).", nullptr, rows)
                       : tr("%n saving(s) imported.", nullptr, rows))
             + QLatin1Char('\n'));
    return ExitSuccess;
}

} // namespace mutualise::cli
