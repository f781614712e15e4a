#pragma once

#include "MutualCommand.h"
#include "domain/Meeting.h"
#include "storage/MotionRepository.h"

namespace mutualise::cli {

// `tally FILE MOTION`: a motion's count with all its working: provisional while voting is open,
// as declared once it has closed. (Named MotionTally to keep apart from domain::Tally, the count
// itself.)
class MotionTally : public MutualCommand
{
    Q_DECLARE_TR_FUNCTIONS(MotionTally)

public:
    MotionTally();

    // The title, whether the result is declared or provisional, and the working, one step a line; the
    // working ends with the outcome. `motions close` prints the same.
    static QString asText(const domain::Motion& motion, const storage::MotionResult& result);

protected:
    int checkArguments(const QCommandLineParser& parser, const QStringList& positional) override;
    int runWithMutual(storage::MutualFile& file, const QCommandLineParser& parser,
                      const QStringList& positional) override;

private:
    int writePdf(storage::MutualFile& file, const QString& path, const QString& mutualPath) const;
    static QString asJson(const domain::Motion& motion, const storage::MotionResult& result);

    // What the arguments ask for, read by checkArguments.
    std::optional<qint64> m_motionId;
};

} // namespace mutualise::cli
