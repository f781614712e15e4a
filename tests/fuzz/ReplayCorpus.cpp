// Runs a fuzz target on every file of the folders given, in name order: the corpus a target keeps in
// tests/fuzz/corpus, replayed under the sanitizers by every test run.
#include "FuzzTarget.h"

#include <QByteArray>
#include <QDir>
#include <QFile>

int main(int argc, char** argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    int inputs = 0;
    for (int i = 1; i < argc; ++i) {
        const QDir folder(QString::fromLocal8Bit(argv[i]));
        if (!folder.exists()) {
            std::fprintf(stderr, "no corpus folder %s\n", argv[i]);
            return 1;
        }
        for (const QString& name : folder.entryList(QDir::Files, QDir::Name)) {
            QFile file(folder.filePath(name));
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(file.fileName()));
                return 1;
            }
            // libFuzzer's inputs are small; the largest seed, a whole file of a mutual, is far below this.
            constexpr qint64 largestInput = 64 * 1024 * 1024;
            const QByteArray input = file.read(largestInput);
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.constData()),
                                   static_cast<std::size_t>(input.size()));
            ++inputs;
        }
    }
    if (inputs == 0) {
        std::fprintf(stderr, "the corpus is empty\n");
        return 1;
    }
    std::printf("%d inputs replayed\n", inputs);
    return 0;
}
