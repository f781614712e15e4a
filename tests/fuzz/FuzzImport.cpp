// Importing a register from CSV, members and share entries, checked without recording (a dry run) on
// a mutual of a few members: whatever the bytes, the import is refused by a rule, or reports each
// problem by row and rule. The dry run recording nothing is TestRegisterImport's to show.
#include "FuzzTarget.h"
#include "SampleMutual.h"
#include "storage/MemberRepository.h"
#include "storage/ShareLedgerRepository.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <memory>

using namespace mutualise;

namespace {

std::unique_ptr<QCoreApplication> application;
std::unique_ptr<QTemporaryDir> folder;
std::unique_ptr<storage::MutualFile> mutual;

void checkReport(const domain::Result<storage::ImportReport>& report)
{
    if (!report) {
        requireThat(!report.error().rule.isEmpty() && !report.error().message.isEmpty(),
                    "a refused import is told why, by a rule");
        return;
    }
    requireThat(report->problems.size() <= report->problemCount, "every problem kept is counted");
    for (const storage::ImportProblem& problem : report->problems)
        requireThat(!problem.rule.isEmpty() && !problem.message.isEmpty(), "each problem names its rule");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    application = std::make_unique<QCoreApplication>(*argc, *argv);
    folder = std::make_unique<QTemporaryDir>();
    mutual = sample::createFile(folder->filePath(QStringLiteral("fuzz.mutual")));
    requireThat(mutual != nullptr, "the sample mutual is made");
    storage::MemberRepository members(*mutual);
    for (const auto& [number, classId] :
         { std::pair { "1001", 1 }, std::pair { "1002", 2 }, std::pair { "1003", 3 } })
        requireThat(
            members.add(sample::member(QString::fromLatin1(number), QStringLiteral("Member"), classId))
                .isOk(),
            "the sample members are added");
    // Before the statics of Qt's SQL module are destroyed, which were made after these.
    std::atexit([] {
        mutual.reset();
        folder.reset();
        application.reset();
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView content(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    storage::ImportOptions options;
    options.isDryRun = true;
    checkReport(storage::MemberRepository(*mutual).importCsv(content, options));
    checkReport(storage::ShareLedgerRepository(*mutual).importCsv(content, options));
    return 0;
}
