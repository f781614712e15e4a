#pragma once

#include "Command.h"
#include "domain/Mutual.h"

namespace mutualise::cli {

// `init FILE --name NAME ...`: creates a new mutual with the usual classes of membership.
class Init : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Init)

public:
    Init();

protected:
    int run(const QCommandLineParser& parser, const QStringList& positional) override;

private:
    std::optional<domain::Mutual> mutualFromOptions(const QCommandLineParser& parser) const;
    static QList<domain::MemberClass> defaultClasses();
};

} // namespace mutualise::cli
