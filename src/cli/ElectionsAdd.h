#pragma once

#include "MutualCommand.h"
#include "domain/Election.h"
#include "storage/MemberRepository.h"

namespace mutualise::cli {

// `elections add FILE --meeting ID --title T --seats N --candidate NAME ...`: puts an election before a
// meeting, as a draft, with its candidates in ballot order; prints its id.
class ElectionsAdd : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(ElectionsAdd)

public:
    ElectionsAdd();

protected:
    int checkArguments(const QCommandLineParser& parser, const QStringList& positional) override;
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    // The election the options describe; nullopt after refuseUsage.
    std::optional<domain::Election> electionFromOptions(const QCommandLineParser& parser) const;
    // A member whose number is given stands under the member's name; anyone else is named as given.
    static domain::Result<QList<domain::Candidate>> candidatesFrom(const storage::MemberRepository& members,
                                                                   const QStringList& given);

    // What the arguments ask for, read by checkArguments.
    std::optional<domain::Election> m_election;
};

} // namespace mutualise::cli
