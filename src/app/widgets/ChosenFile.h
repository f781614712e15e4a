#pragma once

#include "formats/InputFile.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace mutualise::app {

// A file the user chose to import (ballots, papers), read whole before anything is checked or filed.
struct ChosenFile
{
    QString name; // without its folder, as the questions and messages about it name it
    QByteArray content;
};

// Asks for the file with `chooser` and reads it: nullopt when the user cancels, or when the file cannot
// be read, after `refuse` has been given the reason.
// `limit` is the most it reads, as for formats::readInputFile; `read` reads it (formats::readTableFile
// takes a workbook's first sheet as CSV).
using FileReader = domain::Result<QByteArray> (*)(const QString& path, qint64 limit);
std::optional<ChosenFile> readChosenFile(const std::function<QString()>& chooser,
                                         const std::function<void(const QString& message)>& refuse,
                                         qint64 limit = formats::maximumInputSize,
                                         FileReader read = formats::readInputFile);

} // namespace mutualise::app
