#pragma once

#include "domain/Error.h"
#include "storage/MotionRepository.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace mutualise::cli {

// Ballots from a CSV file as a spreadsheet saves one: UTF-8 text (a byte-order mark is allowed), an
// optional header line "member,choice,method" or "member,choice,method,proxy" in any case, then one
// ballot a row. Fields may be quoted as RFC 4180 says ("a ""b""" for a "b"); lines end in LF or CRLF;
// blank lines are skipped. Choices (for, against, abstain) and methods (person, post, online, proxy)
// are read in any case, without surrounding spaces.
//
// Nothing here knows the register or the motion: whether the member may vote is storage's question.
// Rules: "not-utf8" (a line that is not UTF-8 text), "ballot-csv" (a row that is not a ballot, or no
// ballots at all). Each message starts "Line N:", the line the row starts on, which each BallotInput
// carries too.
class BallotCsv
{
    Q_DECLARE_TR_FUNCTIONS(BallotCsv)

public:
    static domain::Result<QList<storage::BallotInput>> read(const QByteArray& content);

private:
    struct Line
    {
        int number = 0;
        QString text;
    };

    struct Row
    {
        int line = 0;
        QStringList fields;
    };

    static domain::Result<QList<Line>> decodedLines(const QByteArray& content);
    static domain::Result<QList<Row>> rowsOf(const QList<Line>& lines);
    static bool isHeader(const Row& row);
    static domain::Result<storage::BallotInput> ballotFrom(const Row& row);
    static domain::Error lineError(int line, const QString& problem, const QString& rule);
};

} // namespace mutualise::cli
