#pragma once

#include "domain/Contribution.h"
#include "storage/ReportFilter.h"

#include <QDate>
#include <QString>

namespace mutualise::reports {

// What a report is of: the state on a day, what happened over a period, or a financial year.
enum class ReportSpan
{
    Day,
    Period,
    Year,
};

// What a report is asked for: a day, a period or a year (each report says which it takes), and which
// members.
struct ReportRequest
{
    QDate from;
    QDate to;
    QDate asOf;
    int year = 0; // a financial year, by the calendar year it starts in
    storage::ReportFilter filter;
    // How a report of totals groups them (the contributions: by member, class, month, quarter or year).
    domain::ContributionGrouping grouping = domain::ContributionGrouping::Member;
};

// A report the program can produce: its name on the command line and what it holds.
struct ReportKind
{
    QString name;
    QString title; // "Register of members"
    QString description;
    ReportSpan span = ReportSpan::Day;
    bool takesMembers = true; // may be narrowed to a member or a class
    bool takesGrouping = false; // its totals are grouped as the request says
};

} // namespace mutualise::reports
