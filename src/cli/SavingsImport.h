#pragma once

#include "MutualCommand.h"

#include <QByteArray>

namespace mutualise::cli {

// `savings import FILE CSV [--dry-run]`: records the savings in a CSV file, all of them or, when any
// row is refused, none; every problem is named by row and column.
class SavingsImport : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(SavingsImport)

public:
    SavingsImport();

protected:
    int checkArguments(const QCommandLineParser& parser, const QStringList& positional) override;
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    // The whole CSV file, read by checkArguments before the mutual is opened.
    QByteArray m_content;
};

} // namespace mutualise::cli
