#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QString>

namespace mutualise::formats {

// The whole of a file to import (ballots, papers), read before anything is stored, so that a file that
// cannot be read never touches the mutual. Rule "not-found" when it cannot be read (missing, a folder,
// not readable), with the system's reason in the message.
domain::Result<QByteArray> readInputFile(const QString& path);

} // namespace mutualise::formats
