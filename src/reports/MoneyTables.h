#pragma once

#include "Report.h"
#include "ReportRequest.h"
#include "domain/Allocation.h"
#include "domain/Error.h"
#include "storage/AllocationRepository.h"
#include "storage/MutualFile.h"
#include "storage/ReportRepository.h"

#include <QList>

// The tables the reports of money share: the savings, the allocations of the surplus and the grants.
namespace mutualise::reports::tables {

// A column of text, and a column of money totalled under the rows.
ReportColumn textColumn(const QString& key, const QString& title);
ReportColumn moneyColumn(const QString& key, const QString& title);

// The savings by member and service, then by service. Each line's figures are those of one member, and
// a member's savings are at most maximumSavingAmount each: the sums of a service cannot overflow before
// the line sums would have (which storage refuses), as no file holds 900,000 members.
QList<ReportTable> savingsTables(const QList<storage::SavingsLine>& lines);

// An allocation's year, its surplus and the parts it went to, the day it was approved and the
// resolution: the columns, then a row's cells.
QList<ReportColumn> allocationColumns();
domain::Result<QList<ReportCell>> allocationCells(storage::MutualFile& file,
                                                  const storage::AllocationRow& row);

// The approved allocations of the financial years that end within the period, oldest first.
domain::Result<ReportTable> allocationsTable(storage::MutualFile& file, const ReportRequest& request);

// Each member's part of an allocation; the shares bought and the interest paid in money only where the
// interest was capitalised.
ReportTable allocationMembersTable(const QList<domain::AllocationMemberPart>& parts,
                                   domain::InterestMode mode);

// The grants dated within the period, by category and by project, each by name.
domain::Result<QList<ReportTable>> grantTables(storage::MutualFile& file, const ReportRequest& request);

} // namespace mutualise::reports::tables
