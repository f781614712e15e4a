#pragma once

#include "MutualCommand.h"
#include "domain/Meeting.h"

#include <QHash>

namespace mutualise::cli {

// `meetings FILE`: the mutual's meetings, newest first, as a table or as JSON.
class Meetings : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(Meetings)

public:
    Meetings();

protected:
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    // `motions` counts each meeting's motions, by meeting id.
    static QString asText(const QList<domain::Meeting>& meetings, const QHash<qint64, qint64>& motions);
    static QString asJson(const QList<domain::Meeting>& meetings, const QHash<qint64, qint64>& motions,
                          const domain::Mutual& mutual);
};

} // namespace mutualise::cli
