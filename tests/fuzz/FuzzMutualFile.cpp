// Opening a damaged .mutual file: whatever the bytes, the file is refused by one of MutualFile's rules,
// or it opens and is read and checked (storage::Verifier) without a crash.
#include "FuzzTarget.h"
#include "storage/MemberRepository.h"
#include "storage/MutualFile.h"
#include "storage/ShareLedgerRepository.h"
#include "storage/Verify.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

using namespace mutualise;

namespace {

std::unique_ptr<QCoreApplication> application;
std::unique_ptr<QTemporaryDir> folder;

const QStringList openingRules { QStringLiteral("not-found"),      QStringLiteral("not-a-mutual"),
                                 QStringLiteral("newer-version"),  QStringLiteral("corrupt"),
                                 QStringLiteral("read-only"),      QStringLiteral("locked"),
                                 QStringLiteral("upgrade-failed"), QStringLiteral("database") };

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    application = std::make_unique<QCoreApplication>(*argc, *argv);
    folder = std::make_unique<QTemporaryDir>();
    // Removed at exit: the folder and the application are gone before the statics of this file.
    std::atexit([] {
        folder.reset();
        application.reset();
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString path = folder->filePath(QStringLiteral("damaged.mutual"));
    for (const char* suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QString::fromLatin1(suffix));
    {
        QFile file(path);
        requireThat(file.open(QIODevice::WriteOnly), "the input is written to a file");
        requireThat(file.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size))
                        == static_cast<qint64>(size),
                    "the input is written whole");
    }
    auto opened = storage::MutualFile::open(path, QStringLiteral("fuzz"));
    if (!opened) {
        requireThat(openingRules.contains(opened.error().rule),
                    "a refused file is told why, by a rule of MutualFile");
        return 0;
    }
    storage::MutualFile& file = *opened.value();
    (void)storage::MemberRepository(file).count({});
    (void)storage::ShareLedgerRepository(file).totalAsOf(QDate(2030, 1, 1));
    (void)storage::Verifier(file).run();
    return 0;
}
