#include "FileErrors.h"

#include "Statement.h"

#include <QCoreApplication>
#include <QDir>

namespace mutualise::storage {

using domain::Error;

namespace {

// SQLite's primary result codes.
constexpr int sqliteBusy = 5;
constexpr int sqliteReadOnly = 8;
constexpr int sqliteCorrupt = 11;
constexpr int sqliteNotADatabase = 26;

} // namespace

Error notAMutual(const QString& path)
{
    return Error { QCoreApplication::translate("MutualFile", "“%1” is not a Mutualise file.")
                       .arg(QDir::toNativeSeparators(path)),
                   QStringLiteral("not-a-mutual"),
                   {} };
}

Error corrupt(const QString& path)
{
    return Error { QCoreApplication::translate(
                       "MutualFile",
                       "“%1” is damaged and cannot be opened safely. Restore it from your latest "
                       "backup copy.")
                       .arg(QDir::toNativeSeparators(path)),
                   QStringLiteral("corrupt"),
                   {} };
}

Error readOnly(const QString& path)
{
    return Error { QCoreApplication::translate(
                       "MutualFile",
                       "“%1” cannot be changed: the file or its folder is read-only. Copy it to a "
                       "folder you can write to, or ask for write access.")
                       .arg(QDir::toNativeSeparators(path)),
                   QStringLiteral("read-only"),
                   {} };
}

Error locked(const QString& path)
{
    return Error { QCoreApplication::translate(
                       "MutualFile",
                       "“%1” is open for writing in another program, perhaps another Mutualise "
                       "window. Try again when it is closed.")
                       .arg(QDir::toNativeSeparators(path)),
                   QStringLiteral("locked"),
                   {} };
}

// Maps an error met while opening to the rule a person can act on.
Error openingError(const QSqlError& error, const QString& path)
{
    switch (primaryResultCode(error)) {
    case sqliteBusy:
        return locked(path);
    case sqliteReadOnly:
        return readOnly(path);
    case sqliteCorrupt:
    case sqliteNotADatabase:
        return corrupt(path);
    default:
        return databaseError(error);
    }
}

} // namespace mutualise::storage
