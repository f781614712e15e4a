#pragma once

#include "MutualCommand.h"
#include "domain/Vote.h"
#include "storage/MemberRepository.h"

namespace mutualise::cli {

// `motions add FILE --meeting ID --title T`: puts a motion on a meeting's agenda as a draft, with the
// rules it will be decided by; prints its id.
class MotionsAdd : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(MotionsAdd)

public:
    MotionsAdd();

protected:
    int checkArguments(const QCommandLineParser& parser, const QStringList& positional) override;
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    // One --class-share CLASS=BP as typed: the class's name, not yet looked up.
    struct ClassShare
    {
        QString className;
        int basisPoints = 0;
    };

    // The rules the options give, class shares apart; nullopt after refuseUsage.
    std::optional<domain::MotionRules> rulesFromOptions(const QCommandLineParser& parser) const;
    std::optional<int> basisPointsOption(const QCommandLineParser& parser, const QString& option) const;
    std::optional<QList<ClassShare>> classShareOptions(const QCommandLineParser& parser) const;

    // The shares by class id: those given, or else every class's agreed share in the register.
    static domain::Result<QHash<qint64, int>> classShares(const QList<ClassShare>& given,
                                                          const QList<domain::MemberClass>& classes);
    // The id of the member numbered in the option; nothing when the option is not given.
    static domain::Result<std::optional<qint64>> memberOption(const storage::MemberRepository& members,
                                                              const QCommandLineParser& parser,
                                                              const QString& option);

    // What the arguments ask for, read by checkArguments.
    std::optional<qint64> m_meetingId;
    std::optional<domain::MotionRules> m_rules;
    std::optional<QList<ClassShare>> m_givenShares;
};

} // namespace mutualise::cli
