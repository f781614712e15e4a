#pragma once

#include "DemoMoney.h"
#include "DemoVotes.h"
#include "Member.h"
#include "Mutual.h"
#include "ShareEntry.h"

#include <QDate>
#include <QList>

namespace mutualise::domain {

struct DemoOptions
{
    int members = 240;
    int years = 5;
    quint64 seed = 1;
    QDate until; // the last day of the demo's history; required
};

// A realistic mutual built from a seed: councils as founding members, employees, community members
// and investors, years of subscriptions, transfers and withdrawals, some members ceased. The same
// options always give the same plan. Ids are positions counted from 1: members[i].id == i + 1,
// classes[i].id == i + 1, and entries refer to them; every entry obeys ShareLedger's rules.
struct DemoPlan
{
    Mutual mutual;
    QList<MemberClass> classes;
    QList<Member> members;
    QList<ShareEntry> entries; // in date order; a transfer's two sides are adjacent
    quint64 seed = 1;
    QList<DemoMeeting> meetings; // past AGMs, their motions voted on and an election held
    DemoMoney money; // services, contributions, savings, allocations, projects, grants and pledges
};

DemoPlan planDemoMutual(const DemoOptions& options);

} // namespace mutualise::domain
