#pragma once

#include "Command.h"
#include "domain/StvCount.h"

namespace mutualise::cli {

// `count BALLOTS.blt`: counts an election from a .blt file on its own, by STV or plurality, and
// prints every stage of the count.
class Count : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Count)

public:
    Count();

protected:
    int run(const QCommandLineParser& parser, const QStringList& positional) override;

private:
    static QString asText(const domain::StvCount& count);
    static QString asText(const domain::PluralityCount& count);
    static QString asJson(const domain::StvCount& count);
    static QString asJson(const domain::PluralityCount& count);
};

} // namespace mutualise::cli
