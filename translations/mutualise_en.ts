<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Allocate</name>
    <message numerus="yes">
        <source>%1: allocation of the surplus of financial year %2 (%3 to %4, %Ln day(s))</source>
        <translation>
            <numerusform>%1: allocation of the surplus of financial year %2 (%3 to %4, %Ln day)</numerusform>
            <numerusform>%1: allocation of the surplus of financial year %2 (%3 to %4, %Ln days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message numerus="yes">
        <source>Backed up to %1: %n member(s), audit trail entry %2, %3.</source>
        <translation>
            <numerusform>Backed up to %1: %n member, audit trail entry %2, %3.</numerusform>
            <numerusform>Backed up to %1: %n members, audit trail entry %2, %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The copy does not verify: %n problem(s), as in the file itself. Run verify on it to list them.</source>
        <translation>
            <numerusform>The copy does not verify: %n problem, as in the file itself. Run verify on it to list them.</numerusform>
            <numerusform>The copy does not verify: %n problems, as in the file itself. Run verify on it to list them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ballots</name>
    <message numerus="yes">
        <source>Ballots: %n</source>
        <translation>
            <numerusform>Ballots: %n</numerusform>
            <numerusform>Ballots: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Blt</name>
    <message numerus="yes">
        <source>there is no candidate %1 to withdraw; the file names %n candidate(s).</source>
        <translation>
            <numerusform>there is no candidate %1 to withdraw; the file names %n candidate.</numerusform>
            <numerusform>there is no candidate %1 to withdraw; the file names %n candidates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>there is no candidate %1; the file names %n candidate(s).</source>
        <translation>
            <numerusform>there is no candidate %1; the file names %n candidate.</numerusform>
            <numerusform>there is no candidate %1; the file names %n candidates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file names %1 of its %n candidate(s): one name a line must follow the ballots.</source>
        <translation>
            <numerusform>The file names %1 of its %n candidate: one name a line must follow the ballots.</numerusform>
            <numerusform>The file names %1 of its %n candidates: one name a line must follow the ballots.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%1 share(s)</source>
        <translation>
            <numerusform>%1 share</numerusform>
            <numerusform>%1 shares</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 member(s)</source>
        <translation>
            <numerusform>%1 member</numerusform>
            <numerusform>%1 members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 paper(s)</source>
        <translation>
            <numerusform>%1 paper</numerusform>
            <numerusform>%1 papers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Elections</name>
    <message numerus="yes">
        <source>Elections: %n</source>
        <translation>
            <numerusform>Elections: %n</numerusform>
            <numerusform>Elections: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message numerus="yes">
        <source>%1 %2 already holds %3 proxy(ies), as many as one person may hold at this meeting. Appoint someone else, or the chair.</source>
        <translation>
            <numerusform>%1 %2 already holds %3 proxy, as many as one person may hold at this meeting. Appoint someone else, or the chair.</numerusform>
            <numerusform>%1 %2 already holds %3 proxies, as many as one person may hold at this meeting. Appoint someone else, or the chair.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Holdings</name>
    <message numerus="yes">
        <source>Members: %n</source>
        <translation>
            <numerusform>Members: %n</numerusform>
            <numerusform>Members: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s).</source>
        <translation>
            <numerusform>Nothing was imported: the file has %n problem.</numerusform>
            <numerusform>Nothing was imported: the file has %n problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) would be imported; nothing was recorded (dry run).</source>
        <translation>
            <numerusform>%n member would be imported; nothing was recorded (dry run).</numerusform>
            <numerusform>%n members would be imported; nothing was recorded (dry run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) imported.</source>
        <translation>
            <numerusform>%n member imported.</numerusform>
            <numerusform>%n members imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the share ledger would be imported; nothing was recorded (dry run).</source>
        <translation>
            <numerusform>%n row of the share ledger would be imported; nothing was recorded (dry run).</numerusform>
            <numerusform>%n rows of the share ledger would be imported; nothing was recorded (dry run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the share ledger imported.</source>
        <translation>
            <numerusform>%n row of the share ledger imported.</numerusform>
            <numerusform>%n rows of the share ledger imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s), not listed.</source>
        <translation>
            <numerusform>… and %n more problem, not listed.</numerusform>
            <numerusform>… and %n more problems, not listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportTable</name>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s).</source>
        <translation>
            <numerusform>Nothing was imported: the file has %n problem.</numerusform>
            <numerusform>Nothing was imported: the file has %n problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message numerus="yes">
        <source>Meetings: %n</source>
        <translation>
            <numerusform>Meetings: %n</numerusform>
            <numerusform>Meetings: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberReports</name>
    <message numerus="yes">
        <source>%Ln share(s)</source>
        <translation>
            <numerusform>%Ln share</numerusform>
            <numerusform>%Ln shares</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Members</name>
    <message numerus="yes">
        <source>Members: %n</source>
        <translation>
            <numerusform>Members: %n</numerusform>
            <numerusform>Members: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message numerus="yes">
        <source>%1 has %n decimal place(s); the amount has more. Amounts are never rounded.</source>
        <translation>
            <numerusform>%1 has %n decimal place; the amount has more. Amounts are never rounded.</numerusform>
            <numerusform>%1 has %n decimal places; the amount has more. Amounts are never rounded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Motions</name>
    <message numerus="yes">
        <source>Motions: %n</source>
        <translation>
            <numerusform>Motions: %n</numerusform>
            <numerusform>Motions: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperChart</name>
    <message numerus="yes">
        <source>%1: the %Ln largest of %2</source>
        <translation>
            <numerusform>%1: the %Ln largest of %2</numerusform>
            <numerusform>%1: the %Ln largest of %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>%1 written to %2: %n row(s).</source>
        <translation>
            <numerusform>%1 written to %2: %n row.</numerusform>
            <numerusform>%1 written to %2: %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 written to %2: %n file(s).</source>
        <translation>
            <numerusform>%1 written to %2: %n file.</numerusform>
            <numerusform>%1 written to %2: %n files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavingsImport</name>
    <message numerus="yes">
        <source>%n saving(s) would be imported; nothing was recorded (dry run).</source>
        <translation>
            <numerusform>%n saving would be imported; nothing was recorded (dry run).</numerusform>
            <numerusform>%n savings would be imported; nothing was recorded (dry run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saving(s) imported.</source>
        <translation>
            <numerusform>%n saving imported.</numerusform>
            <numerusform>%n savings imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shares</name>
    <message numerus="yes">
        <source>Entries: %n</source>
        <translation>
            <numerusform>Entries: %n</numerusform>
            <numerusform>Entries: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserName</name>
    <message numerus="yes">
        <source>A name has at most %n characters.</source>
        <translation>
            <numerusform>A name has at most %n characters.</numerusform>
            <numerusform>A name has at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message numerus="yes">
        <source>The table is missing, where the audit trail accounts for %n row(s) in it.</source>
        <translation>
            <numerusform>The table is missing, where the audit trail accounts for %n row in it.</numerusform>
            <numerusform>The table is missing, where the audit trail accounts for %n rows in it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message numerus="yes">
        <source>%1: %n audit entries and %2 rows checked.</source>
        <translation>
            <numerusform>%1: %n audit entry and %2 rows checked.</numerusform>
            <numerusform>%1: %n audit entries and %2 rows checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found:</source>
        <translation>
            <numerusform>%n problem found:</numerusform>
            <numerusform>%n problems found:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XlsxSheet</name>
    <message numerus="yes">
        <source>the sheet is larger than the %Ln MB that is read; save it as CSV in parts.</source>
        <translation>
            <numerusform>the sheet is larger than the %Ln MB that is read; save it as CSV in parts.</numerusform>
            <numerusform>the sheet is larger than the %Ln MB that is read; save it as CSV in parts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message numerus="yes">
        <source>“%1” in it is larger than the %Ln MB that is read.</source>
        <translation>
            <numerusform>“%1” in it is larger than the %Ln MB that is read.</numerusform>
            <numerusform>“%1” in it is larger than the %Ln MB that is read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::AllocationDialog</name>
    <message numerus="yes">
        <source>%1 to %2, %Ln day(s)</source>
        <extracomment>The first and last day of a financial year and its number of days</extracomment>
        <translation>
            <numerusform>%1 to %2, %Ln day</numerusform>
            <numerusform>%1 to %2, %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %1 (%Ln basis point(s)) under the mutual&apos;s rules</source>
        <extracomment>%1 is a percentage such as &quot;5.00%&quot;, %2 the same in basis points</extracomment>
        <translation>
            <numerusform>at most %1 (%Ln basis point) under the mutual&apos;s rules</numerusform>
            <numerusform>at most %1 (%Ln basis points) under the mutual&apos;s rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln basis point(s); %1.</source>
        <extracomment>%1 says what the cap is: &quot;at most 5.00% (500 basis points) under the mutual&apos;s rules&quot;</extracomment>
        <translation>
            <numerusform>%Ln basis point; %1.</numerusform>
            <numerusform>%Ln basis points; %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) held shares, %1 share-days in all.</source>
        <translation>
            <numerusform>%Ln member held shares, %1 share-days in all.</numerusform>
            <numerusform>%Ln members held shares, %1 share-days in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each member first gets the whole pennies of its exact interest (%1 in all); the %Ln penny(ies) left over go one each to the members with the largest fractions of a penny, ties to more share-days, then to the smaller member number.</source>
        <translation>
            <numerusform>Each member first gets the whole pennies of its exact interest (%1 in all); the %Ln penny left over goes to the member with the largest fraction of a penny, ties to more share-days, then to the smaller member number.</numerusform>
            <numerusform>Each member first gets the whole pennies of its exact interest (%1 in all); the %Ln pennies left over go one each to the members with the largest fractions of a penny, ties to more share-days, then to the smaller member number.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capitalised: each member&apos;s interest buys whole shares at %1; the pennies left over are paid. %Ln share(s) bought in all.</source>
        <translation>
            <numerusform>Capitalised: each member&apos;s interest buys whole shares at %1; the pennies left over are paid. %Ln share bought in all.</numerusform>
            <numerusform>Capitalised: each member&apos;s interest buys whole shares at %1; the pennies left over are paid. %Ln shares bought in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Whole pennies first (%1 in all); the %Ln penny(ies) left over go to the largest fractions, ties to larger charges, then to the smaller member number.</source>
        <translation>
            <numerusform>Whole pennies first (%1 in all); the %Ln penny left over goes to the largest fraction, ties to larger charges, then to the smaller member number.</numerusform>
            <numerusform>Whole pennies first (%1 in all); the %Ln pennies left over go to the largest fractions, ties to larger charges, then to the smaller member number.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s) to members will be recorded.</source>
        <translation>
            <numerusform>%Ln payment to members will be recorded.</numerusform>
            <numerusform>%Ln payments to members will be recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The capitalised interest adds %Ln entry(ies) to the share ledger, dated %1.</source>
        <extracomment>%1 is a date</extracomment>
        <translation>
            <numerusform>The capitalised interest adds %Ln entry to the share ledger, dated %1.</numerusform>
            <numerusform>The capitalised interest adds %Ln entries to the share ledger, dated %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::AllocationMembersModel</name>
    <message numerus="yes">
        <source>%Ln share(s) bought, %1 paid</source>
        <extracomment>%1 is a count of shares, %2 the money paid besides them</extracomment>
        <translation>
            <numerusform>%Ln share bought, %1 paid</numerusform>
            <numerusform>%Ln shares bought, %1 paid</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::AttendancePanel</name>
    <message numerus="yes">
        <source>%Ln member(s) may attend</source>
        <translation>
            <numerusform>%Ln member may attend</numerusform>
            <numerusform>%Ln members may attend</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::AuditTrailDialog</name>
    <message numerus="yes">
        <source>⚠ The records do not hold (%Ln problem(s)): %1</source>
        <translation>
            <numerusform>⚠ The records do not hold (%Ln problem): %1</numerusform>
            <numerusform>⚠ The records do not hold (%Ln problems): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s), newest first; %1 shown, more as you scroll.</source>
        <translation>
            <numerusform>%Ln change, newest first; %1 shown, more as you scroll.</numerusform>
            <numerusform>%Ln changes, newest first; %1 shown, more as you scroll.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) match, newest first; %1 shown, more as you scroll.</source>
        <translation>
            <numerusform>%Ln change match, newest first; %1 shown, more as you scroll.</numerusform>
            <numerusform>%Ln changes match, newest first; %1 shown, more as you scroll.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::BallotDialog</name>
    <message numerus="yes">
        <source>%1 of %2 member(s) on the roll have voted.</source>
        <extracomment>How far the count of ballots has gone: &quot;3 of 5 members on the roll have voted&quot;</extracomment>
        <translation>
            <numerusform>%1 of %2 member on the roll has voted.</numerusform>
            <numerusform>%1 of %2 members on the roll have voted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::ContributionChart</name>
    <message numerus="yes">
        <source>Last %n month(s), %1 – %2</source>
        <extracomment>The months the chart draws: &quot;Last 24 months, Dec 2024 – Nov 2026&quot;</extracomment>
        <translation>
            <numerusform>Last %n month, %1 – %2</numerusform>
            <numerusform>Last %n months, %1 – %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::ContributionChartsTab</name>
    <message numerus="yes">
        <source>Contributions by class, the last %n quarter(s)</source>
        <translation>
            <numerusform>Contributions by class, the last %n quarter</numerusform>
            <numerusform>Contributions by class, the last %n quarters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::ContributionsPage</name>
    <message numerus="yes">
        <source>%Ln entry(ies)</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::DashboardPage</name>
    <message numerus="yes">
        <source>%1 in the register, ceased members included</source>
        <translation>
            <numerusform>%1 in the register, ceased members included</numerusform>
            <numerusform>%1 in the register, ceased members included</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::ElectionDialog</name>
    <message numerus="yes">
        <source>Add the candidates: at least %n, one for each seat.</source>
        <translation>
            <numerusform>Add the candidates: at least %n, one for each seat.</numerusform>
            <numerusform>Add the candidates: at least %n, one for each seat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::ElectionRoundsChart</name>
    <message numerus="yes">
        <source>%1: %Ln vote(s)</source>
        <translation>
            <numerusform>%1: %Ln vote</numerusform>
            <numerusform>%1: %Ln votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::ElectionsPanel</name>
    <message numerus="yes">
        <source>Voting open; %Ln member(s) on the roll as at the end of %1. %2.</source>
        <translation>
            <numerusform>Voting open; %Ln member on the roll as at the end of %1. %2.</numerusform>
            <numerusform>Voting open; %Ln members on the roll as at the end of %1. %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::MainWindow</name>
    <message numerus="yes">
        <source>%Ln member(s) imported from %1.</source>
        <translation>
            <numerusform>%Ln member imported from %1.</numerusform>
            <numerusform>%Ln members imported from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln share entr(y/ies) imported from %1.</source>
        <translation>
            <numerusform>%Ln share entry imported from %1.</numerusform>
            <numerusform>%Ln share entries imported from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::MeetingsPage</name>
    <message numerus="yes">
        <source>at most %Ln proxy(ies) a person</source>
        <translation>
            <numerusform>at most %Ln proxy a person</numerusform>
            <numerusform>at most %Ln proxies a person</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::MotionResultView</name>
    <message numerus="yes">
        <source>%Ln member(s), total weight %1, frozen at the end of %2</source>
        <extracomment>The roll a vote was counted from: &quot;5 members, total weight 5, frozen at the end of 15/07/2025&quot;</extracomment>
        <translation>
            <numerusform>%Ln member, total weight %1, frozen at the end of %2</numerusform>
            <numerusform>%Ln members, total weight %1, frozen at the end of %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::MotionsPanel</name>
    <message numerus="yes">
        <source>%Ln ballot(s)</source>
        <translation>
            <numerusform>%Ln ballot</numerusform>
            <numerusform>%Ln ballots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln member(s) on the roll have voted. The votes are counted now and the result is declared and stored: it cannot change afterwards, and no more ballots can be recorded.</source>
        <extracomment>&quot;4 of 5 members on the roll have voted…&quot;</extracomment>
        <translation>
            <numerusform>%1 of %Ln member on the roll has voted. The votes are counted now and the result is declared and stored: it cannot change afterwards, and no more ballots can be recorded.</numerusform>
            <numerusform>%1 of %Ln members on the roll have voted. The votes are counted now and the result is declared and stored: it cannot change afterwards, and no more ballots can be recorded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::OpenVotingDialog</name>
    <message numerus="yes">
        <source>%1 member(s) on the roll</source>
        <translation>
            <numerusform>%1 member on the roll</numerusform>
            <numerusform>%1 members on the roll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, total weight %2 share(s) after the %3% cap.</source>
        <extracomment>&quot;218 members on the roll, total weight 12,345 shares after the 10% cap.&quot;</extracomment>
        <translation>
            <numerusform>%1, total weight %2 share after the %3% cap.</numerusform>
            <numerusform>%1, total weight %2 shares after the %3% cap.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, total weight %2 share(s).</source>
        <extracomment>&quot;218 members on the roll, total weight 12,345 shares.&quot;</extracomment>
        <translation>
            <numerusform>%1, total weight %2 share.</numerusform>
            <numerusform>%1, total weight %2 shares.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::PaperDialog</name>
    <message numerus="yes">
        <source>Tick the candidates marked on the paper: at most %n, one a seat.</source>
        <translation>
            <numerusform>Tick the candidates marked on the paper: at most %n, one a seat.</numerusform>
            <numerusform>Tick the candidates marked on the paper: at most %n, one a seat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::ProjectsTab</name>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 shown of %n project(s)</source>
        <extracomment>%1 is how many projects the filter shows, of %n in all</extracomment>
        <translation>
            <numerusform>%1 shown of %n project</numerusform>
            <numerusform>%1 shown of %n projects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::RegisterImportDialog</name>
    <message numerus="yes">
        <source>All %Ln row(s) can be imported. Nothing has been recorded yet.</source>
        <translation>
            <numerusform>All %Ln row can be imported. Nothing has been recorded yet.</numerusform>
            <numerusform>All %Ln rows can be imported. Nothing has been recorded yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more problem(s), not listed: correct those above and check the file again.</source>
        <translation>
            <numerusform>… and %Ln more problem, not listed: correct those above and check the file again.</numerusform>
            <numerusform>… and %Ln more problems, not listed: correct those above and check the file again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be imported as it is: it has %Ln problem(s), listed below by row (the header is row 1). Nothing has been recorded. Correct the file and import it again, or choose other columns.</source>
        <translation>
            <numerusform>%1 cannot be imported as it is: it has %Ln problem, listed below by row (the header is row 1). Nothing has been recorded. Correct the file and import it again, or choose other columns.</numerusform>
            <numerusform>%1 cannot be imported as it is: it has %Ln problems, listed below by row (the header is row 1). Nothing has been recorded. Correct the file and import it again, or choose other columns.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::ReportsPage</name>
    <message numerus="yes">
        <source>%Ln row(s). Totals: %1.</source>
        <extracomment>%n is the number of rows; then the totals, such as &quot;Shares 1,234; Paid £1,234.00&quot;</extracomment>
        <translation>
            <numerusform>%Ln row. Totals: %1.</numerusform>
            <numerusform>%Ln rows. Totals: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s).</source>
        <translation>
            <numerusform>%Ln row.</numerusform>
            <numerusform>%Ln rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::RestoreBackupDialog</name>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup of %1 does not match its audit trail (%Ln problem(s)), so it is not restored: %2</source>
        <translation>
            <numerusform>The backup of %1 does not match its audit trail (%Ln problem), so it is not restored: %2</numerusform>
            <numerusform>The backup of %1 does not match its audit trail (%Ln problems), so it is not restored: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::ReverseEntryDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 share(s) (%3) for %4 %5 on %6.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; of %2 share (%3) for %4 %5 on %6.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; of %2 shares (%3) for %4 %5 on %6.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::SavingsImportDialog</name>
    <message numerus="yes">
        <source>%1 holds %Ln saving(s), all of which can be recorded. Nothing has been recorded yet.</source>
        <translation>
            <numerusform>%1 holds %Ln saving, all of which can be recorded. Nothing has been recorded yet.</numerusform>
            <numerusform>%1 holds %Ln savings, all of which can be recorded. Nothing has been recorded yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::SavingsTab</name>
    <message numerus="yes">
        <source>%n line(s) of the savings grid changed and not saved. Save them?</source>
        <translation>
            <numerusform>%n line of the savings grid changed and not saved. Save them?</numerusform>
            <numerusform>%n lines of the savings grid changed and not saved. Save them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln saving(s)</source>
        <translation>
            <numerusform>%Ln saving</numerusform>
            <numerusform>%Ln savings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) changed, not saved yet.</source>
        <translation>
            <numerusform>%n line changed, not saved yet.</numerusform>
            <numerusform>%n lines changed, not saved yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n line(s) of the savings grid.</source>
        <translation>
            <numerusform>Saved %n line of the savings grid.</numerusform>
            <numerusform>Saved %n lines of the savings grid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln saving(s) from %1.</source>
        <translation>
            <numerusform>Imported %Ln saving from %1.</numerusform>
            <numerusform>Imported %Ln savings from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::ServiceDialog</name>
    <message numerus="yes">
        <source>%n member(s) ticked</source>
        <extracomment>%1 is &quot;2 members ticked&quot;; %2 how many of the register the list shows</extracomment>
        <translation>
            <numerusform>%n member ticked</numerusform>
            <numerusform>%n members ticked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::ServicesTab</name>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::ShareCapitalPage</name>
    <message numerus="yes">
        <source>%Ln ledger line(s) shown</source>
        <translation>
            <numerusform>%Ln ledger line shown</numerusform>
            <numerusform>%Ln ledger lines shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln holder(s)</source>
        <translation>
            <numerusform>%Ln holder</numerusform>
            <numerusform>%Ln holders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::VerificationBanner</name>
    <message numerus="yes">
        <source>This file does not match its audit trail: %n problem(s) found. It may have been changed outside Mutualise, or damaged. %1</source>
        <translation>
            <numerusform>This file does not match its audit trail: %n problem found. It may have been changed outside Mutualise, or damaged. %1</numerusform>
            <numerusform>This file does not match its audit trail: %n problems found. It may have been changed outside Mutualise, or damaged. %1</numerusform>
        </translation>
    </message>
</context>
</TS>
