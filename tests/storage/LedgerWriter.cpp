// A program that records share entries in a mutual one transaction at a time, as many programs do at
// once, and says so after each: what TestWriters runs two of at once, and kills at random moments.
//
//   LedgerWriter FILE MEMBER COUNT
//
// Records COUNT subscriptions of one share by MEMBER, each through the ledger's own rules and audited
// like any change, and prints "recorded ID" once each has been committed. Exits 1, saying why on
// stderr, when one is refused.
#include "domain/ShareLedger.h"
#include "storage/MemberRepository.h"
#include "storage/MutualFile.h"
#include "storage/ShareLedgerRepository.h"

#include <QCoreApplication>
#include <QDate>

#include <cstdio>

using namespace mutualise;

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
    auto opened
        = storage::MutualFile::open(arguments.at(1), QStringLiteral("writer %1").arg(arguments.at(2)));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    storage::MutualFile& file = *opened.value();
    const auto member = storage::MemberRepository(file).memberByNumber(arguments.at(2));
    if (!member) {
        std::fprintf(stderr, "%s\n", qPrintable(member.error().message));
        return 1;
    }
    storage::ShareLedgerRepository ledger(file);
    for (int i = 1; i <= count; ++i) {
        domain::ShareMovement movement;
        movement.date = QDate(2024, 6, 1);
        movement.memberId = member->id;
        movement.shares = 1;
        movement.reference = QStringLiteral("%1/%2").arg(arguments.at(2)).arg(i);
        const auto recorded = ledger.record(movement);
        if (!recorded) {
            std::fprintf(stderr, "entry %d: %s (%s)\n", i, qPrintable(recorded.error().message),
                         qPrintable(recorded.error().rule));
            return 1;
        }
        std::printf("recorded %lld\n", static_cast<long long>(recorded->constFirst().id));
        std::fflush(stdout);
    }
    return 0;
}
