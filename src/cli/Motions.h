#pragma once

#include "Command.h"
#include "domain/Meeting.h"

namespace mutualise::cli {

// `motions FILE`: every motion, in meeting order, with its rules, state and outcome.
class Motions : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Motions)

public:
    Motions();

protected:
    int run(const QCommandLineParser& parser, const QStringList& positional) override;

private:
    static QString asText(const QList<domain::Motion>& motions);
    static QString asJson(const QList<domain::Motion>& motions, const domain::Mutual& mutual);
};

} // namespace mutualise::cli
