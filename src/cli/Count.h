#pragma once

#include "Command.h"
#include "domain/Election.h"
#include "domain/StvCount.h"

namespace mutualise::cli {

// `count BALLOTS.blt`: counts an election from a .blt file on its own, by STV or plurality, and
// prints every stage of the count.
class Count : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Count)

public:
    Count();

    // The working, one step a line, then the elected numbered in order: what `count` prints under the
    // title, and what `elections result` and `elections close` print for an election in the file.
    static QString workingText(const QStringList& working, const QStringList& elected,
                               domain::ElectionMethod method);

protected:
    int run(const QCommandLineParser& parser, const QStringList& positional) override;

private:
    static QString asText(const domain::StvCount& count);
    static QString asText(const domain::PluralityCount& count);
    static QString asJson(const domain::StvCount& count);
    static QString asJson(const domain::PluralityCount& count);
};

} // namespace mutualise::cli
