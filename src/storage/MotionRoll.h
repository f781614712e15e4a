#pragma once

#include "domain/Meeting.h"
#include "domain/Vote.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace mutualise::storage {

// A motion's voter roll as stored: frozen from the register and the ledger when voting opens, read back
// to check ballots and to count them.

// Class id -> name, so that the rules can name a class in what they say.
domain::Result<QHash<qint64, QString>> classNamesOf(const QSqlDatabase& database);

// The roll a motion would freeze on the record date; `memberIds` gets each voter's member id.
domain::Result<domain::VoterRoll> rollOn(const QSqlDatabase& database, const domain::Motion& motion,
                                         const QDate& recordDate, QHash<QString, qint64>* memberIds);
domain::Outcome storeRoll(const QSqlDatabase& database, qint64 motionId, const domain::VoterRoll& roll,
                          const QHash<QString, qint64>& memberIds);

// Which line of a secret ballot's totals a voter's choice goes to.
qint64 secretTotalsClass(const domain::Motion& motion, qint64 classId);
// Every line a secret ballot's totals will need, made when voting opens.
domain::Outcome createSecretTotals(const QSqlDatabase& database, const domain::Motion& motion,
                                   const domain::VoterRoll& roll);

// One line of the frozen roll, as ballots are checked against it.
struct RollLine
{
    qint64 memberId = 0;
    QString number;
    qint64 classId = 0;
    qint64 weight = 0;
};

// The roll in order; with `lines`, each line by lower-case member number; with `ballots`, also each
// open ballot's choice, read in the same pass.
domain::Result<domain::VoterRoll> readRoll(const QSqlDatabase& database, const domain::Motion& motion,
                                           QHash<QString, RollLine>* lines = nullptr,
                                           QList<domain::CastBallot>* ballots = nullptr);

} // namespace mutualise::storage
