// A program that records share entries in a mutual one command at a time, as many programs do at once,
// and says so after each: what TestWriters runs two of at once, and kills at random moments.
//
//   LedgerWriter FILE MEMBER COUNT
//
// Records COUNT subscriptions of one share by MEMBER, each as a command of its own would: the file
// opened, the entry checked by the ledger's rules and audited like any change, the file closed. Prints
// "recorded ID" once each has been committed. Exits 1, saying why on stderr, when one is refused.
#include "domain/ShareLedger.h"
#include "storage/MemberRepository.h"
#include "storage/MutualFile.h"
#include "storage/ShareLedgerRepository.h"

#include <QCoreApplication>
#include <QDate>

#include <cstdio>

using namespace mutualise;

namespace {

// Records the entry numbered `index`; its id, or nothing after saying why on stderr.
std::optional<qint64> recordOne(const QString& path, const QString& memberNumber, int index)
{
    auto opened = storage::MutualFile::open(path, QStringLiteral("writer %1").arg(memberNumber));
    if (!opened) {
        std::fprintf(stderr, "entry %d: %s (%s)\n", index, qPrintable(opened.error().message),
                     qPrintable(opened.error().rule));
        return std::nullopt;
    }
    storage::MutualFile& file = *opened.value();
    const auto member = storage::MemberRepository(file).memberByNumber(memberNumber);
    if (!member) {
        std::fprintf(stderr, "entry %d: %s\n", index, qPrintable(member.error().message));
        return std::nullopt;
    }
    domain::ShareMovement movement;
    movement.date = QDate(2024, 6, 1);
    movement.memberId = member->id;
    movement.shares = 1;
    movement.reference = QStringLiteral("%1/%2").arg(memberNumber).arg(index);
    const auto recorded = storage::ShareLedgerRepository(file).record(movement);
    if (!recorded) {
        std::fprintf(stderr, "entry %d: %s (%s)\n", index, qPrintable(recorded.error().message),
                     qPrintable(recorded.error().rule));
        return std::nullopt;
    }
    return recorded->constFirst().id;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 4) {
        std::fprintf(stderr, "usage: LedgerWriter FILE MEMBER COUNT\n");
        return 2;
    }
    bool isNumber = false;
    const int count = arguments.at(3).toInt(&isNumber);
    if (!isNumber || count < 0) {
        std::fprintf(stderr, "COUNT must be a whole number\n");
        return 2;
    }
    for (int i = 1; i <= count; ++i) {
        // The file is closed, as a command's would be, before the entry is said to be recorded.
        const std::optional<qint64> id = recordOne(arguments.at(1), arguments.at(2), i);
        if (!id)
            return 1;
        std::printf("recorded %lld\n", static_cast<long long>(*id));
        std::fflush(stdout);
    }
    return 0;
}
