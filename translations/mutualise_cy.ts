<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>Allocate</name>
    <message>
        <source>Allocate a financial year&apos;s surplus to reserves, interest on share capital, rebates and the community fund, to the penny, by a plan in a JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The financial year, named by the calendar year it starts in (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan, a JSON file such as {&quot;year&quot;: 2025, &quot;surplus&quot;: 12000000, &quot;reserves&quot;: 3000000, &quot;interest_rate_bp&quot;: 250, &quot;interest&quot;: &quot;pay&quot;, &quot;rebates&quot;: 2000000, &quot;fund&quot;: 6000000, &quot;resolution&quot;: 7}; amounts in minor units (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLAN.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work the allocation out and show it without recording it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON for other programs instead of a summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is for financial year %1, not %2 as --year says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: allocation of the surplus of financial year %2 (%3 to %4, %Ln day(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Approved by motion %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: no resolution approves it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest on share capital at %1 bp, capitalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest on share capital at %1 bp, paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebates on service charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community reinvestment fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share-days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1&apos;s interest is paid, not capitalised: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Allocation</name>
    <message>
        <source>The plan&apos;s &quot;%1&quot; must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s &quot;%1&quot; cannot be negative; it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s &quot;%1&quot; may be at most %2; it is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has a key &quot;%1&quot; it does not know; the keys are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan needs &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s &quot;year&quot; must be a financial year such as 2025; it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s &quot;interest&quot; must be &quot;pay&quot; or &quot;capitalise&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s &quot;resolution&quot; must be the id of a motion, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1&apos;s share-days are too large to add up; the ledger holds an entry far too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan gives rebates, but no member paid service charges in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan allocates %1 more than the surplus of %2, before anything is left for the fund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan allocates %1 more than the surplus of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan allocates %1 less than the surplus of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the distributable profit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the surplus of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a community interest company the mutual may give back at most %1 (%2% of %3) as interest and rebates; the plan gives %4, which is %5 over the cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is not valid JSON: %1 at character %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan must be one JSON object such as {&quot;year&quot;: 2025, &quot;surplus&quot;: 12000000, ...}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest on share capital may be at most %1 basis points a year under the mutual&apos;s rules; the plan asks for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The distribution comes to more than %1, the most that can be added up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1 ceased on %2 and cannot receive shares dated %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1 was not yet admitted on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1 is not active (%2) and cannot take up shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1 would hold %2 shares; the class &quot;%3&quot; allows at most %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1 would hold %2 shares, fewer than the class &quot;%3&quot; requires (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1 would hold share capital of %2, more than the %3 an individual may hold.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllocationDialog</name>
    <message>
        <source>Allocate the Surplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divide a financial year&apos;s surplus into reserves, interest on share capital, rebates and the community fund. Nothing is recorded until you save or approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Surplus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year&apos;s surplus, such as 120000.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eserves:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interest rate (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>such as 2.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capitalised as shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;bates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fund:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rest of the surplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Distributable profit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to use the surplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resol&amp;ution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllocationRepository</name>
    <message>
        <source>The share ledger has no entry by the end of financial year %1 (%2 to %3), so there is nothing to allocate on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no motion %1 to approve the allocation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion %1 has not been carried (its vote must be closed and the motion carried), so it cannot approve the allocation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion %1 was decided on %2, before financial year %3 ended on %4; a surplus is allocated after its year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allocation of financial year %1 has been approved and is final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnualReport</name>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceased</source>
        <translation type="unfinished">Wedi peidio</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share capital of the class “%1” comes to more than can be added up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share capital</source>
        <translation type="unfinished">Cyfalaf cyfranddaliadau</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The surplus and its use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community interest: the savings made for members, by service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The savings made for members, by service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community interest: the grants paid to the community, by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grants paid to the community, by category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditFooter</name>
    <message>
        <source>Audit trail: entry %1, %2</source>
        <extracomment>At the foot of a report: the last entry of the audit trail and the start and end of its hash</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret ballot cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member class added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demonstration mutual made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demonstration money recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election closed and counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election papers imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election paper recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy appointed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership ceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual&apos;s settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledge recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project funded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project category added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surplus capitalised as shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share entries imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share entry recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share entry reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished">Aelodau</translation>
    </message>
    <message>
        <source>Member classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mutual and its file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup “%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a file can be backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists; a backup never replaces a file. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be put in place of its working copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no working file could be made beside it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Write a copy of the file to DEST, as it is now, even while another program has it open; then check the copy as verify does. Never replaces a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON for other programs instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new file to write the copy to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Backed up to %1: %n member(s), audit trail entry %2, %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The copy verifies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The copy does not verify: %n problem(s), as in the file itself. Run verify on it to list them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupRotation</name>
    <message>
        <source>The folder “%1” for backups could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is open in another program. Close it there, then restore the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (before restore %2).mutual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be kept aside as “%2”, so nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BallotCsv</name>
    <message>
        <source>There are no ballots in the file. Write one ballot a line, member,choice,method[,proxy], after an optional line naming those columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ballot has 3 or 4 fields separated by commas, member,choice,method[,proxy]; this line has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member number is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a choice; write for, against or abstain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a way of voting; write person, post, online or proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy&apos;s member number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BallotDialog</name>
    <message>
        <source>Record Ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a member number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;bstain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me&amp;thod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;xy held by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member who holds the proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the c&amp;hair</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ballots</name>
    <message>
        <source>List the ballots cast on a motion; a secret ballot shows who voted, not how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The motion&apos;s id, as “motions” lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON for other programs instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cast at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ballots: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BallotsImport</name>
    <message>
        <source>Record the ballots in a CSV file on an open motion: all of them, or none if one is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The motion&apos;s id, as “motions” lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 CSV, one ballot a line: member,choice,method[,proxy], where choice is for, against or abstain and method person, post, online or proxy; proxy is the number of the member casting a proxy vote, empty for the chair. An optional first line names the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Blt</name>
    <message>
        <source>Line %1: %2</source>
        <extracomment>A problem in a .blt ballot file: &quot;Line 12: there is no candidate 14 ...&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not UTF-8 text. Save the ballots as UTF-8 (in a spreadsheet or editor choose &quot;UTF-8&quot; when saving) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a withdrawn candidate; withdrawn candidates are written as negative numbers such as -2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first line must give the number of candidates and the number of seats, such as &quot;5 3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ballot line starts with how many papers it stands for, a whole number of at least 1, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ballot line must end with 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a candidate number. Preferences are candidate numbers from 1, separated by spaces; equal preferences (&quot;=&quot;) are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate %1 is given more than one preference on the same ballot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name has no closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is text after the closing quote: &quot;%1&quot;. A quote inside a name is written twice (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ballot file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ballots never end: a line with just 0 must follow the last ballot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds more than %1 ballot papers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the title: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More seats (%1) than candidates standing (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 candidates are more than a .blt file may name: at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters: “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 begins or ends with a space: “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name of candidate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate %1 has the name of candidate %2 on line %3, “%4”: the result could not say which of them was elected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 A .blt file could not give it back, so none is written.</source>
        <extracomment>Why an election cannot be written to a .blt file; %1 is the problem, a whole sentence.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 candidates; a .blt file names from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidates %1 and %2 are both named “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the withdrawn candidates are not distinct candidates of the election.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ballot %1 stands for %2 papers; each ballot stands for at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with ballot %1 the ballots stand for more than %2 papers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ballot %1 ranks a candidate the election does not have, or one candidate twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>there is no candidate %1 to withdraw; the file names %n candidate(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>there is no candidate %1; the file names %n candidate(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file names %1 of its %n candidate(s): one name a line must follow the ballots.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CeaseMemberDialog</name>
    <message>
        <source>Cease Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceases &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 %2 [options] %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing argument %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try “%1 %2 --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date for --%2; write YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount for --%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no member class called “%1”; the classes are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the output: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3, not “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a motion id; “%2 motions FILE” lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a meeting id; “%2 meetings FILE” lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an election id; “%2 elections FILE” lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 was given more than once (%2); give it once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandTable</name>
    <message>
        <source>Usage: %1 COMMAND FILE [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “%1 COMMAND --help” for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try “%1 --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1 %2”; the %1 commands are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the register of members, the share capital ledger, the meetings and the votes of a mutual.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Contribution</name>
    <message>
        <source>%1 can be at most %2 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contribution must be of more than nothing, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contribution of %1 (in minor units) is more than the %2 one entry may be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days and a day rate go together, and only on a contribution in kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days at a day rate of %2 come to %3, not %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share capital is read from the share ledger and is never entered as a contribution: record a subscription with “shares add” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no kind of contribution “%1”; the kinds are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge for a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment of a pledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution in kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share capital</source>
        <translation type="unfinished">Cyfalaf cyfranddaliadau</translation>
    </message>
    <message>
        <source>“share-capital” is read from the share ledger; it cannot be a kind of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a key for a kind: use lower-case letters, digits and “-”, starting with a letter, at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already a kind of contribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kind of contribution needs a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number of days: write a number above nought with at most two decimal places, such as 2.5, up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contribution in kind counts more than nought days and at most %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day rate must be more than nothing, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days at a day rate of %2 come to more than the %3 one entry may be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of a service can be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service ends on %1, before it starts on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contributions of %1 come to more than %2, the most that can be added up: the file holds an entry far too large, which a reversal can undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributionDialog</name>
    <message>
        <source>New contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions are added to the record and never edited afterwards. A mistake is put right by reversing the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a member number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New k&amp;ind…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;ys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days given, with at most two decimal places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day ra&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What one day is worth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice or receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributionKindDialog</name>
    <message>
        <source>New kind of contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kind of the mutual’s own, besides subscriptions, charges, donations, payments of pledges and time in kind. Kinds cannot be removed once added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sponsorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower-case letters, digits and hyphens, starting with a letter: what the command line and reports use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributionRepository</name>
    <message>
        <source>%1 come to more than %2, the most that can be added up: the file holds an entry far too large, which a reversal can undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1 was admitted on %2; a contribution cannot be dated %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1 has not been admitted, so cannot contribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1 ceased on %2; a contribution cannot be dated %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no service %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no project %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contributions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a kind of contribution “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contribution %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution %1 is itself a reversal (of %2); record the contribution again instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution %1 has already been reversed, by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution %1 is dated %2; its reversal cannot be dated before it, on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference can be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no kind of contribution “%1”; the kinds are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contributions of a class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contributions of a member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Contributions</name>
    <message>
        <source>%1 %2</source>
        <comment>month and year: Apr 2024</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter of a financial year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capital subscribed in %1 comes to more than %2, the most that can be added up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals of what members contributed, share capital included, by kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day counted, YYYY-MM-DD (default the earliest entry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day counted, YYYY-MM-DD (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member, class, month, quarter or year (the mutual&apos;s financial year; default member).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GROUPING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this kind: share-capital, fee, charge, donation, pledge-payment, in-kind or the mutual&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON for other programs instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1 is after --to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by must be member, class, month, quarter or year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: contributions from %2 to %3, net of reversals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributionsAdd</name>
    <message>
        <source>Record a contribution: a subscription, a charge, a donation, a payment of a pledge or time given in kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member&apos;s number (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee, charge, donation, pledge-payment, in-kind, or a kind the mutual added (required). Share capital is recorded with “shares add”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the contribution, YYYY-MM-DD (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount in major units, such as 1250.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For time in kind instead of --amount: the days given, with at most two decimal places (2.5). The value is days x day rate, rounded half up to the penny.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --days: what one day is worth, in major units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of the service it is for, as “services” lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of the project it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reference such as an invoice or receipt number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --amount, or --days with --day-rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days and --day-rate go together.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributionsKindsAdd</name>
    <message>
        <source>Add a kind of contribution of the mutual&apos;s own, such as sponsorship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key typed with --kind: lower-case letters, digits and “-” (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people read, such as “Sponsorship” (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributionsReverse</name>
    <message>
        <source>Reverse a contribution entered by mistake (the record keeps both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of the contribution to reverse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the reversal, YYYY-MM-DD (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the contribution is reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a contribution&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Count</name>
    <message>
        <source>Count an election from a .blt ballot file, by single transferable vote (Scottish rules) or by plurality, showing every stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .blt file of ballots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stv (the default) or plurality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a tie must be settled by lot, draw from this seed (default 1), so the count can be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON for other programs instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--method must be stv or plurality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elected, in order of election:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elected, most votes first:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%1 share(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 paper(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>Line %1: %2</source>
        <extracomment>A problem in a CSV file: &quot;Line 12: “maybe” is not a choice; ...&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not UTF-8 text. Save the file as UTF-8 (in a spreadsheet choose “CSV UTF-8” when saving) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field has a quote inside it; put the whole field in quotes and double each quote inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is text after the closing quote of a field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row that starts on this line runs on over several lines for more than %1: a quoted field&apos;s closing quote is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters: “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>%1 is in the future; only what has happened can be recorded, so use today’s date or an earlier one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a plausible date: a date must lie between %2 and %3. Check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a date, such as %1, %2 or %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as %2, %3 or %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Create a demonstration mutual with years of history in FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new .mutual file; an existing file is never replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many members (default 240).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many years of history (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the generator; the same seed gives the same mutual (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the history, YYYY-MM-DD (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists; a demonstration never replaces a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demonstration: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until cannot be after today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoMoney</name>
    <message>
        <source>Shared hosting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The councils&apos; websites and line-of-business systems hosted in two shared data centres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes from two commercial hosting providers for the same capacity, obtained by the procurement team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case management contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A four-year contract for a shared social care and housing case-management system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council&apos;s last standalone tender for the same system, uprated by CPI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jointly procured office licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office and email licences bought together under one agreement for every member council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list price per seat against the price negotiated for the whole mutual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection officer service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared data protection officer and breach response team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day rates of three consultancies for the same hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyber security operations centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round-the-clock monitoring of the councils&apos; networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework prices for a managed security service bought by one council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payroll and HR platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One payroll and HR system run for the councils that join it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each council&apos;s payroll bureau charges before it joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case management contract, second term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case-management contract let again for four more years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 community pantry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm spaces in %1 libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 youth club refurbishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair café for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open-source booking system for %1 leisure centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared assistant for council tax enquiries in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damp sensors in %1 social housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route planning for %1 waste collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study of the digital needs of %1 carers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation of shared case management in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rural broadband gaps around %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey of small charities&apos; IT in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refurbished laptops for %1 families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital champions in %1 care homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free data SIMs through %1 food banks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online safety classes for older people in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding club for %1 schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyber security apprenticeships in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data skills for %1 charity staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital skills bootcamp for %1 jobseekers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open three days a week since it began; %1 households helped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live in %1 sites; the code is published for other councils to reuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report published and presented to the board; %1 people interviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 residents now online, with follow-up support from volunteers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people completed the course; a third went on to work or study.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly charge for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-yearly charge for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council&apos;s old discounted licence deal would have cost 3% less this year; the joint agreement pays back from next year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual subscription of a founding council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donation to the community reinvestment fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business analyst seconded to the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put forward by members at the %1 members&apos; forum; see the board&apos;s report for the budget and the milestones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Digital CIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Community Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Council for Voluntary Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment of a pledge to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff seconded to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice raised twice in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheque returned unpaid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoMutual</name>
    <message>
        <source>Founding council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares withdrawn on cessation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application for membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered twice in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forfeited under rule 14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoVotes</name>
    <message>
        <source>Annual general meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council Chamber, Civic Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Apologies
2. Minutes of the last meeting
3. Annual report and accounts
4. Resolutions
5. Election of directors
6. Any other business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive the annual report and accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That the annual report and accounts for the year be received and adopted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend rule 12: interest on share capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That rule 12 be amended so that interest on share capital is paid at up to 3% a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt the community reinvestment fund plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That the plan for the community reinvestment fund be adopted for the coming year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election of three directors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the allocation of the surplus for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That the surplus for %1 be allocated to reserves, interest on share capital, rebates to the members that use the services and the community reinvestment fund, as set out in the board&apos;s plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the allocation of the surplus for %1 and its grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That the projects recommended by the board be granted the sums set out in its report from the fund so allocated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the grants from the community reinvestment fund for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That the projects recommended by the board be granted the sums set out in its report from the fund allocated for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Election</name>
    <message>
        <source>Single transferable vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plurality (most votes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An election needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An election fills at least one seat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two candidates are named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no candidate %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is marked more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper marks %1 candidates; a voter marks at most %2, one a seat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each seat needs a candidate: seats %1, candidates standing %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s candidates (%1) are not this election&apos;s (%2), in the same order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can be at most %2 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An election can have at most %1 candidates; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of candidate %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ElectionDialog</name>
    <message>
        <source>New Election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Election of three directors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats to fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met&amp;hod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member number or name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the member on the ballot, after the candidates already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outside the register:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name of someone who is not a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the person named on the ballot, after the candidates already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ndidates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates, in ballot order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen candidate one place up the ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen candidate one place down the ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the chosen candidate off the ballot (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order here is the order on the ballot paper and in .blt files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ElectionFigures</name>
    <message>
        <source>First preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surplus of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusion of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1: %2 had equal surpluses; the lot chose %3&apos;s to transfer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1: %2 were equal lowest; the lot chose %3 to be excluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1: %2 had equal votes; the lot chose %3 to be elected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Another draw could have elected different candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Any other draw would have elected the same candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elected (%1 of %2)</source>
        <extracomment>Where a candidate ended: &quot;Elected, 1st of 3 seats&quot; reads as &quot;Elected (1 of 3)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded in round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not elected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Whether another draw would have elected different candidates was not explored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 voted, %3</source>
        <extracomment>An election&apos;s turnout: &quot;41 of 120 members voted, 52 papers&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ElectionRepository</name>
    <message>
        <source>Candidate %1 names a member who is not in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no election %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ElectionSummary</name>
    <message>
        <source>%1 (not a member)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoilt papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <extracomment>The Droop quota, with how it is worked: &quot;28 (108 / (3 + 1), plus one)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 / (%3 + 1), ignoring fractions, plus one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-transferable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>One of those elected, in order of election: &quot;1. Ann Smith&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional: voting is open and the count may still change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates, in ballot order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elected, in order of election:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elected if voting closed now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds of the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties decided by lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds %1 to %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, frozen at the end of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elections</name>
    <message>
        <source>List the elections with their seats, method, state and, once declared, who was elected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the elections of this meeting, by its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON for other programs instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Elections: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ElectionsAdd</name>
    <message>
        <source>Put an election before a meeting, as a draft, with its candidates in ballot order; prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s id, as “meetings” lists it (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election&apos;s title (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many are to be elected (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stv (single transferable vote, Scottish rules; the default) or plurality (each voter marks up to as many candidates as there are seats).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A candidate, in ballot order; repeat it for each (at least one). A member&apos;s number stands that member under the member&apos;s name; anything else names a person from outside the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME_OR_NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--method must be stv or plurality.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ElectionsClose</name>
    <message>
        <source>Close voting in an election, count and declare who is elected, with the working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election&apos;s id, as “elections” lists it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ElectionsExport</name>
    <message>
        <source>Write an election&apos;s ballot papers to a .blt file for counting elsewhere; who cast them is not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election&apos;s id, as “elections” lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .blt file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the .blt file if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists; add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot papers written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To count them as this election is counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ElectionsImport</name>
    <message>
        <source>File in an open election the ballot papers of a .blt file for the same candidates: all of them, or none if one is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election&apos;s id, as “elections” lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .blt file, naming the election&apos;s candidates in ballot order. Its papers carry no record of who voted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot papers imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ElectionsOpen</name>
    <message>
        <source>Open voting in a draft election: freeze the roll of voters as on the record date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election&apos;s id, as “elections” lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day whose register decides who votes, YYYY-MM-DD (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting is open in election %1, “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members on the roll: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll fingerprint (SHA-256): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ElectionsResult</name>
    <message>
        <source>The election&apos;s id, as “elections” lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON for other programs instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: provisional (voting is open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot papers: %1 (%2 cast by members on the roll, %3 imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show an election&apos;s count with all its working: provisional while voting is open, declared once it has closed; or, with --pdf OUT, write its summary for the minutes as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ElectionsVote</name>
    <message>
        <source>File the ballot papers in a CSV file in an open election: all of them, or none if one is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election&apos;s id, as “elections” lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot papers recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 CSV, one paper a line: member,preferences,method, where preferences are the candidates&apos; positions on the ballot from 1, in order of preference and separated by spaces (“3 1 2”), or “blank” for a blank or spoilt paper (the member has voted; the count reports the paper as invalid), and method is person, post or online. An optional first line names the columns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>A member cannot be its own proxy: appoint another member or the chair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member %1 directed its proxy to vote “%2”, not “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1 %2 is not a voting member on %3: only admitted members who are neither suspended nor ceased take part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no member with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no member %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member %1 is not on the roll for this motion: only members eligible on the record date, %2, vote on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member %1 has already voted on this motion, on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member %1 has already voted on this motion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member %1 has already voted on this motion, at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on the roll for this election: only members eligible on the record date vote in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member %1 has already voted in this election (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a proxy (%1) is named on a ballot not cast by proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member %1 appointed no proxy for this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no member %1 to hold the proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member %1 appointed %2 as proxy, but the ballot was cast by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting opens on a record date: the day whose register decides who may vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a record date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds %1, but every member on the roll of election %2 has voted: %3 on the roll, %4 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording %1 would give election %2 more papers than members on its roll: %3 on the roll, %4 recorded already (imported papers name no voter, but each stands for a member who voted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 already holds %3 proxy(ies), as many as one person may hold at this meeting. Appoint someone else, or the chair.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This file holds %1, but election %2 has only %3 on its roll yet to vote: %4 on the roll, %5 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <source>Record a grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A grant is paid from the community fund on a motion the members carried. Grants are final: once recorded, a grant cannot be changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by &amp;motion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community &amp;benefit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The community benefit the grant serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minute or payment number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrantsAdd</name>
    <message>
        <source>Record a grant from the community fund to a project, approved by a carried motion; prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s id, as “projects” lists it (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grant in major units, such as 2500.00 (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the grant, YYYY-MM-DD (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of the carried motion that approved the grant, as “motions” lists it (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The community benefit the grant serves; a community interest company must state it for a recipient that is not an asset-locked body or a charity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reference such as a minute or payment number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Holdings</name>
    <message>
        <source>List every member&apos;s holding of shares and the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdings at the end of this day, YYYY-MM-DD (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON for other programs instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Members: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: holdings at the end of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>members, or shares for the share ledger&apos;s entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file and say how many rows it would record, without recording any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what was imported, or every problem, as JSON for other programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not something to import; write members or shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) would be imported; nothing was recorded (dry run).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the share ledger would be imported; nothing was recorded (dry run).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the share ledger imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s), not listed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>row %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column %2: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in a register of members or a share ledger from a spreadsheet (a CSV file or an Excel workbook): all of it, or nothing if any row has a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 CSV, or an Excel workbook (.xlsx) whose first sheet is read, whose first row names the columns, in any order. Members: number, name, kind (individual or organisation), class, admitted and, if you wish, email, phone, address and ceased. Shares: date, member, kind (subscription, transfer, withdrawal or forfeiture), shares and, if you wish, amount, counterparty (who receives a transfer) and reference. Dates as YYYY-MM-DD or as your locale writes them; amounts as 1234.56 or as your locale writes them. Problems are named by row, counting the header as row 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportTable</name>
    <message>
        <source>the file is empty; its first row must name the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column of the file is chosen for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 is chosen for it, but the file&apos;s last column is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column is named twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first row must name the columns %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first row must name the columns %1 and, if you wish, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields where the header names %2 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD, such as 2025-04-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD, such as 2025-04-01, or as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in %2, the currency of this mutual&apos;s accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount; write it in major units with a decimal point, such as 1234.56.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Init</name>
    <message>
        <source>Create a new mutual in FILE with the usual classes of membership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new .mutual file; an existing file is never replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mutual&apos;s name (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 4217 currency code (default GBP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>co-operative, community-benefit, cic or company (default co-operative).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number with the regulator, if there is one yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominal value of one share in major units (default 1.00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the financial year as MM-DD (default 04-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--legal-form must be co-operative, community-benefit, cic or company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a day of the year for --year-start; write MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founding council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists; a new mutual never replaces a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highest interest on share capital an allocation may pay, in basis points a year (500 is 5%; default 500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a community interest company: the most of the surplus that interest and rebates together may take, in basis points (3500 is 35%; default 3500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prefix 360Giving registered for the mutual, without “360G-”, under which its grants are published as open data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not a file: only a file can be imported. Save what it holds to a file and import that.</source>
        <extracomment>%2 says what the path names instead of a file: &quot;a folder&quot;, &quot;a device&quot;, &quot;a pipe&quot;, &quot;a socket&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most a file to import may hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as a spreadsheet: %2 Save the sheet as CSV (UTF-8) and import that instead.</source>
        <extracomment>%2 says what is wrong with it: &quot;it is not an Excel workbook: it has no sheet.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerReports</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceased</source>
        <translation type="unfinished">Wedi peidio</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Mutualise files (*.mutual)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>Annual general meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AGM %1</source>
        <extracomment>An untitled annual general meeting, named by its date: &quot;AGM 24/11/2026&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting needs the date it is held on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit on proxies one person may hold cannot be below 0 (0 means no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A motion needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A motion is seconded by a member other than its proposer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be deleted while it has motions or elections (motions: %2, elections: %3). Delete the drafts first; a vote once opened stays in the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can be at most %2 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The motion&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The motion&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the members meet, or how they join online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;genda:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One item a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;xy limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most members one person may hold proxies for at this meeting. The chair may hold any number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <source>There is no meeting %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no member with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>List the meetings, newest first, with how many motions each has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON for other programs instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Meetings: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingsAdd</name>
    <message>
        <source>Record a meeting; prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agm, general or board (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the meeting is held, YYYY-MM-DD (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title (default: the kind and the date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the meeting is held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most members one person may hold proxies for (default 0, no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be agm, general or board.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsAttend</name>
    <message>
        <source>Record members as present, represented by proxy or sending apologies at a meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s id, as “meetings” lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of each member to record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present, proxy, apologies, or none to remove the member&apos;s line (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATTENDANCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as must be present, proxy, apologies or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no attendance recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsAttendance</name>
    <message>
        <source>List who attends a meeting, in person or by proxy, and who sent apologies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s id, as “meetings” lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON for other programs instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, directed: %2</source>
        <extracomment>A proxy and how the member told it to vote: &quot;1004 Dee Example, directed: For&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible: %1, present: %2, by proxy: %3, apologies: %4 (attending: %5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsProxy</name>
    <message>
        <source>Appoint a member&apos;s proxy for a meeting, another member or the chair, or revoke it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s id, as “meetings” lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the member appointing a proxy (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the member who holds the proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair of the meeting holds the proxy (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for, against or abstain: how the proxy must vote on every motion (default: as the proxy decides).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHOICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the member&apos;s proxy instead of appointing one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --proxy NUMBER or --chair, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--revoke takes no --proxy, --chair or --direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--direction must be for, against or abstain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 has no proxy appointed for meeting %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy of %1 %2 for meeting %3 is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 appoints %3 as proxy for meeting %4, directed to vote: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 appoints %3 as proxy for meeting %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Member</name>
    <message>
        <source>An applicant has not been admitted yet, so has no date of admission; make the member active to record one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An applicant cannot have a date of cessation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An active or suspended member needs a date of admission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a ceased member has a date of cessation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ceased member needs a date of admission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ceased member needs a date of cessation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of cessation is before the date of admission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of admission is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Ymgeisydd</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Gweithredol</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Wedi’i atal</translation>
    </message>
    <message>
        <source>Ceased</source>
        <translation>Wedi peidio</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member class needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum holding cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A class&apos;s share of the vote must be between 0% and 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a member number: use 1 to 20 letters, digits, &apos;-&apos;, &apos;/&apos; or &apos;.&apos;, starting with a letter or digit, such as C001 or 1042.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name can be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like an e-mail address such as name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1 has already ceased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1 was never admitted, so cannot cease.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of cessation is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1 was admitted on %2, after %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mutual needs at least one member class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two member classes are called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: the minimum shares must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two classes are called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member number “%1” mixes letters from two scripts, %2 and %3, so it could be taken for another number. Write it in one script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member number “%1” is written in letters that look like the Latin “%2” but are not, so it would be taken for member %2. Write it in Latin letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of a class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of a class can be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address can be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The telephone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A telephone number can be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address can be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum holding (%1) is below the minimum (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member n&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Admitted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberReports</name>
    <message>
        <source>Transfer to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share capital movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest and rebates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement for %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your holding was %1 (%2) at the start of the year and %3 (%4) at its end, on %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your share capital did not move in the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, of %2</source>
        <extracomment>the holder of a share certificate: the member&apos;s name, then its address on one line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is to certify that %1, member %2, is the registered holder of %3 of %4 each in %5, on which %6 has been paid, as entered in the register of members on %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on behalf of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>______________________________   Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>______________________________   Member of the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln share(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberRepository</name>
    <message>
        <source>There is no member %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the mutual&apos;s member classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member number %1 is already used by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a class named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no class “%1”; the classes are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member number %1 is already used by “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member number %1 is also on row %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no members after the header row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Members</name>
    <message>
        <source>List the register of members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON for other programs instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only members with this status: applicant, active, suspended or ceased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only members of this class (its name, in any case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status must be applicant, active, suspended or ceased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceased</source>
        <translation type="unfinished">Wedi peidio</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Members: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembersAdd</name>
    <message>
        <source>Add a member to the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new member&apos;s number, unique in the register (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member&apos;s name (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member&apos;s class, by name (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member is an organisation, not an individual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of admission, YYYY-MM-DD (default today for an active member).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applicant or active (default active).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status must be applicant or active.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersCease</name>
    <message>
        <source>Record that a member has ceased to be a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day membership ended, YYYY-MM-DD (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1 ceased on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The amount is too large to be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in %1 and %2 cannot be combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No amount was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No digits were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Write an amount such as %2 or %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not part of an amount in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits after the decimal point cannot be grouped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a digit, a decimal point or a group separator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group separators are not between groups of three digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No digits follow the decimal point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n decimal place(s); the amount has more. Amounts are never rounded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code this program knows; use an ISO 4217 code such as GBP or EUR.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyAxis</name>
    <message>
        <source>%1 millions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 thousands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <extracomment>The money axis of a chart: &quot;Amount (£ thousands)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyCharts</name>
    <message>
        <source>%1%</source>
        <extracomment>A share of a total: &quot;23.4%&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions by class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contributions are too large to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contributions have been recorded yet. They appear here by class once members have contributed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest contributors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member has contributed yet. The ten largest contributors appear here once contributions are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings generated and reinvested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No savings have been recorded yet. Each financial year&apos;s savings and what was reinvested from them appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings reinvested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Reinvested: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinvestment by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grants are too large to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been reinvested yet. Grants from the community fund appear here by category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects and their targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No projects have been proposed yet. Each project&apos;s progress towards its target appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projects&apos; figures are too large to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledged and seconded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to raise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <extracomment>A project on the progress chart and the share of its target reached: &quot;Library hub (75%)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Target: %2
Granted: %3
Pledged and seconded: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2 (%3)</source>
        <extracomment>A category in the legend of the reinvestment chart, as HTML over two lines: &quot;Skills&lt;br&gt;£12,500.00 (23.4%)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyReports</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient&apos;s org-id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings by member and service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost through the mutual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings by service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished">Aelodau</translation>
    </message>
    <message>
        <source>Allocations of the surplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To reserves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest on shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants by project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The surplus of the financial year %1 has not been allocated. Allocate it on the Reinvestment page, or with “allocate”, first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft allocation of the surplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The surplus of %1 and its parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The surplus of %1 and its parts, as drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each member&apos;s part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share-days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest and rebate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions by member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions by class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions by quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each service saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each category was granted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotionChart</name>
    <message>
        <source>Declared result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotionDialog</name>
    <message>
        <source>New Motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Adopt the annual accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution as the members will vote on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proposer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: type a member number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seconder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: another member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hreshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting sche&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cap on one member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of all the shares eligible members hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class &amp;weights:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q&amp;uorum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum: members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members, or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum: share of the eligible members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of those eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whichever is more must take part, in person, by proxy or by casting a ballot. Leave both at 0 for no quorum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret &amp;ballot: nobody can link a member to a choice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotionRepository</name>
    <message>
        <source>There is no member with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no member class with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no motion %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotionTally</name>
    <message>
        <source>The motion&apos;s id, as “motions” lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON for other programs instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: provisional (voting is open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a motion&apos;s count with all its working: provisional while voting is open, declared once it has closed; or, with --pdf OUT, write its summary for the minutes as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Motions</name>
    <message>
        <source>List the motions with their rules, state and outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the motions of this meeting, by its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON for other programs instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Motions: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MotionsAdd</name>
    <message>
        <source>Put a motion before a meeting, as a draft, with the rules it is decided by; prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s id, as “meetings” lists it (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The motion&apos;s title (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full text of the motion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BODY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the member who proposes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the member who seconds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordinary (more votes for than against; the default), special (at least 75% of votes cast), two-thirds, unanimous or absolute (more than half of the whole eligible vote).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THRESHOLD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>omov (one member, one vote; the default), shares (a vote for each share) or classes (each class&apos;s votes scaled to its agreed share of the whole).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCHEME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --scheme shares: the most one member&apos;s vote may weigh, in basis points of all the shares held (2000 is 20%; default 0, no cap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --scheme classes: a class&apos;s share of the vote in basis points, such as Employee=2500; repeat it for each class that votes (a class given no share does not vote). Default: the shares agreed in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLASS=BP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least this many members must take part (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least this share of the eligible members must take part, in basis points (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret ballot: who voted is recorded, not how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threshold must be ordinary, special, two-thirds, unanimous or absolute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scheme must be omov, shares or classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cap-bp is only for --scheme shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--class-share is only for --scheme classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--class-share needs CLASS=BP, the name of a class and its share of the vote in basis points from 0 to 10000, such as “Employee=2500”, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class “%1” is given a share of the vote more than once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotionsClose</name>
    <message>
        <source>Close voting on a motion and declare its result, with the working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The motion&apos;s id, as “motions” lists it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotionsOpen</name>
    <message>
        <source>Open voting on a draft motion: freeze the roll of voters as on the record date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The motion&apos;s id, as “motions” lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day whose register and holdings decide who votes and with what weight, YYYY-MM-DD (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting is open on motion %1, “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members on the roll: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total weight: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll fingerprint (SHA-256): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mutual</name>
    <message>
        <source>Co-operative society</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community benefit society</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community interest company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company limited by guarantee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mutual needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nominal value of a share must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The financial year must start on a day that exists every year, such as 1 April.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cap on an individual&apos;s share capital must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominal share value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency and the nominal value of a share cannot be changed once share capital has been recorded: every amount in the ledger is in them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can be at most %2 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mutual&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cap on interest must be a rate from 0% to 100% a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cap on dividends must be a share from 0% to 100% of the surplus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the 360Giving prefix without “360G-”, which is added to it: for “360G-northdigital”, type “northdigital”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 360Giving prefix is letters and digits, with hyphens between them, at most %1 characters, such as “northdigital”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MutualCommand</name>
    <message>
        <source>The .mutual file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MutualFile</name>
    <message>
        <source>“%1” is not a Mutualise file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened safely. Restore it from your latest backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be changed: the file or its folder is read-only. Copy it to a folder you can write to, or ask for write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is open for writing in another program, perhaps another Mutualise window. Try again when it is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder does not support the write-ahead log that Mutualise needs (SQLite chose the “%1” journal). Keep the file on a local disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database migration is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was made by a newer version of Mutualise (file version %2; this program reads up to version %3). Install a newer Mutualise to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the backup copy “%1” before upgrading the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be upgraded to this version of Mutualise and has not been changed. The database said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was made by an older version of Mutualise and must be upgraded before it can be read: open it once for writing, in the window or with a command that changes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” does not exist; choose a folder that does, or create it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database stored the row but did not say which number it gave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: the program is still asking who is making changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MutualSettingsDialog</name>
    <message>
        <source>Mutual Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registration number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominal share &amp;value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial year st&amp;arts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day the financial year starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month the financial year starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Individual&apos;s cap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most withdrawable share capital an individual may hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap on interes&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highest rate of interest on share capital that an allocation of the surplus may pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap on &amp;dividends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a community interest company: the most of the surplus that interest and rebates together may take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of the surplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>360&amp;Giving prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prefix 360Giving registered for the mutual, without “360G-”: the grants are published as open data under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewMutualDialog</name>
    <message>
        <source>New Mutual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Shared Digital Services Co-operative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gistration number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominal share &amp;value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial year &amp;starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day the financial year starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month the financial year starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member classes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Class</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenVotingDialog</name>
    <message>
        <source>Open Voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record date:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>“%1” is the mutual “%2” itself: writing there would destroy its records. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a file that SQLite keeps beside the mutual “%2”: writing there would damage its records. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the open mutual: writing there would destroy its records. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperChart</name>
    <message numerus="yes">
        <source>%1: the %Ln largest of %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperCsv</name>
    <message>
        <source>There are no ballot papers in the file. Write one paper a line, member,preferences,method, after an optional line naming those columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ballot paper has 3 fields separated by commas, member,preferences,method; this line has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member number is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a way of casting a ballot paper; write person, post or online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a candidate&apos;s position; write the positions from 1 in order of preference, separated by spaces, such as “3 1 2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the paper marks no candidate; for a blank or spoilt paper write “blank” as its preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <source>Record Papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a member number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me&amp;thod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blank or spoilt paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member handed in a paper that marks no candidate or cannot be read: they have voted, and the count reports the paper as invalid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PledgeDialog</name>
    <message>
        <source>Record a pledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member promises money to a proposed or approved project; what they pay is recorded as a contribution. Pledges are final: once recorded, a pledge cannot be changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a member number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter or email, say</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PledgesAdd</name>
    <message>
        <source>Record a member&apos;s pledge to a proposed or approved project; prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s id, as “projects” lists it (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the member who pledges (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pledge in major units, such as 250.00 (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the pledge, YYYY-MM-DD (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reference such as a letter or minute number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the project does, in a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New category…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation that receives the money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Org-id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB-CHC-1234567, GB-COH-01234567, GB-LAS-EDH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient is an asset-&amp;locked body or a charity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;arget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;rts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the project will do, for whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out&amp;comes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it achieved, once done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectRepository</name>
    <message>
        <source>%1 comes to more than %2, the most that can be added up: the file holds an entry far too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no project %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no category of project “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no category of project “%1”; the categories are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a category “%1” or one labelled “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What project %1 has been given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fund allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grants made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fund&apos;s balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grants of the category “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grants of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grants to the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contributions to the project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Projects</name>
    <message>
        <source>List the community fund&apos;s balance and its projects, with what each has been granted, pledged and paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON for other programs instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the community fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: %1. Granted to date: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No projects yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectsAdd</name>
    <message>
        <source>Propose a project for the community fund to pay for; prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s title (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>community-funding, innovation, research, digital-inclusion, skills, or a category the mutual has added (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the project needs, in major units such as 5000.00 (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the project will do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation that receives the money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s org-id, such as GB-CHC-1234567 for a charity, GB-COH-01234567 for a company or GB-LAS-EDH for a council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORGID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient is an asset-locked body, such as a community interest company or a community benefit society (a charity is recognised by its org-id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the project starts, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the project ends, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--recipient-id needs --recipient-name, the organisation it identifies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectsCategories</name>
    <message>
        <source>List the categories a project can be given: the built-in ones and the mutual&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON for other programs instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectsCategoriesAdd</name>
    <message>
        <source>Add a category of project of the mutual&apos;s own, such as food poverty; prints its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people read, such as “Food poverty” (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key typed with --category: lower-case letters and digits joined by “-” (made from the name when left out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectsUpdate</name>
    <message>
        <source>Change a project: its status, outcomes, dates, target or recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s id, as “projects” lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed, approved, funded, completed or withdrawn; completed and withdrawn are final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the project achieved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new target, in major units such as 5000.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s org-id, such as GB-CHC-1234567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORGID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient is an asset-locked body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient is not an asset-locked body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the project starts, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the project ends, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a project id; “%2 projects FILE” lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --asset-locked or --not-asset-locked, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status must be proposed, approved, funded, completed or withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyDialog</name>
    <message>
        <source>Appoint Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member who cannot attend may appoint another member, or the chair of the meeting, to vote for it. Appointing a proxy again replaces the earlier one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointing &amp;member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a member number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &amp;chair of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;another member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member who will vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reinvestment</name>
    <message>
        <source>the register of charities in England and Wales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the charity&apos;s registration number, 6 or 7 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies House</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the company number, 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Scottish Charity Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SC and 6 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the register of charities in Northern Ireland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the charity&apos;s number, 6 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the council&apos;s 3-letter code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of local authorities in England</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of local authorities in Scotland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of local authorities in Wales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can be at most %2 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be more than nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than %2 minor units, the most one entry may carry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project ends on %1, before it starts on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is %1, which is final: its status cannot change to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project that is %1 cannot become %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital inclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category&apos;s key is lower-case letters and digits joined by hyphens, at most 40 characters, such as “food-poverty”; “%1” is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category needs a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category&apos;s label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an identifier in %2: after %3 comes %4, as in %5.</source>
        <extracomment>%1 is what was typed, %2 the list (&quot;Companies House&quot;), %3 its prefix, %4 the shape of the number (&quot;the company number, 8 characters&quot;), %5 an example</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s org-id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not read as an org-id: it is a list prefix such as GB-CHC (charities in England and Wales), GB-COH (Companies House) or GB-LAE (councils in England), a hyphen and the identifier in that list, without spaces, as in GB-CHC-1234567 or GB-COH-01234567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The community benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grant of %1 dated %2 would leave the fund short on %3, when the grants already recorded up to that day leave it %4: it is %5 too much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grant of %1 is more than the fund holds on %2: the balance is %3, %4 short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project “%1” is %2: it takes no more pledges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project “%1” is %2: it takes no more grants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mutual is a community interest company and %1 is not marked as an asset-locked body or a charity: the grant must state the community benefit it serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no motion %1 to approve the grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion %1, “%2”, has not been decided yet: voting on it is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion %1, “%2”, was not carried (%3): a grant needs a carried motion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grant is dated %1, before motion %2, “%3”, was carried at the meeting of %4: date it on or after that day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>The .mutual file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report, as “report --list” names it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the reports: a name, a tab and what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day of the period, YYYY-MM-DD (default the start of the financial year holding --to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of the period, YYYY-MM-DD (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day a report of a day is for, YYYY-MM-DD (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this member, by number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the members of this class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a CSV file with a byte-order mark, so that Excel shows accented letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the output file if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report “%1” is of a day: give --as-of, not --from or --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report “%1” is of a period: give --from and --to, not --as-of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts on %1, after it ends on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report “%1”; the reports are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists; add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 written to %2: %n row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Write a report, such as the register of members, as CSV, Excel, PDF or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper of a PDF: a4 (the default) or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAPER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--paper is a4 or letter, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--paper is for a PDF; add --format pdf, or leave --paper out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the contributions are grouped: member (the default), class, month, quarter or year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GROUPING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report “%1” is not of members: leave --member and --class out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report “%1” is not grouped: leave --by out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by is member, class, month, quarter or year, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write; for the CSV of a report of several tables, a .zip archive of a file for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report “%1” has %2 tables, so its CSV is a zip archive of a file for each: give --output a name ending .zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv or xlsx (for a spreadsheet), pdf (to print or send), json (for a script), or, for the grants, 360giving (open data in the 360Giving Data Standard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is csv, xlsx, pdf, json or 360giving, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format 360giving publishes the grants: use it with the report “grants”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grants written to %1 as 360Giving data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The financial year of a report of a year (the allocation, the annual summary), by the calendar year it starts in (default the last year that has ended).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report “%1” is of a financial year: give --year, not --%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year is for a report of a financial year; the report “%1” is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --format pdf, the statements or certificates a file each, in a new folder --output, ready to send one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--each writes PDF files: add --format pdf, or leave --each out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--each writes a file a member, for the reports “statement” and “certificate”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists: give --output a new folder for the files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 written to %2: %n file(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportFormats</name>
    <message>
        <source>The total of “%1” in table “%2” comes to more than %3, the most that can be added up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>The report could not be put on the page. Check that the printer is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not finished: it was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>At the foot of every page of a report</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>At the foot of every page of a report: where the audit trail ended, and the page
----------
At the foot of every page of a report: the mutual and the report</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutualise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report “%1” is not written a file a member: it has no statements or certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists: choose a new folder for the files, so that none already there is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” could not be made: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files could not be put in “%1”. Check that the folder beside it can be written to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportRepository</name>
    <message>
        <source>The share capital of member %1 comes to more than %2, the most that can be added up: the ledger holds an entry far too large, which a reversal can undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The savings of member %1 from %2 come to more than %3, the most that can be added up: correct the savings recorded far too large.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportXlsx</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Register of members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statutory register of members on a day: number, name, address, email, class, shares held and paid for, admitted and ceased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share capital statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each member&apos;s share capital over a period: opening, subscriptions, transfers in and out, withdrawals, other movements and closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What members contributed over a period, by member, class, month, quarter or year, a column for each kind and share capital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grants paid from the community reinvestment fund over a period: the project, its recipient, the amount and the resolution that approved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report “%1”; the reports are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings and their use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The savings the mutual made its members over a period, by member and service; the surplus allocations of the years ending in it; the grants paid, by category and project. For one member or class, its savings only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation of the surplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A financial year&apos;s surplus and its parts, the approving resolution, and each member&apos;s share-days and interest, service charges and rebate. A draft is shown as it would be paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings and votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material for the minutes of the meetings held over a period: who attended, each motion&apos;s result with its working, and each election&apos;s result round by round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A financial year for the members and the regulator: each class&apos;s membership and share capital at the start and the end, the surplus and its use, and the benefit delivered in savings and grants (a CIC&apos;s community interest report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members&apos; statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each member&apos;s statement of a financial year: its holding at the start and the end, every movement of its share capital, its interest and rebates, and what it contributed. On paper a member a page, ready to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A share certificate for each member holding shares on a day: the member, its shares, what was paid on them and the certificate&apos;s number. On paper a certificate a page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultFigures</name>
    <message>
        <source>%1%</source>
        <extracomment>A share of the whole vote: &quot;66.67%&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished">Aelodau</translation>
    </message>
    <message>
        <source>Votes (by shares)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes (shares)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of the vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needed, %2 took part: %3</source>
        <extracomment>The quorum of a vote: &quot;3 needed, 5 took part: quorate&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not quorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1 %2 %3: %4</source>
        <extracomment>The threshold&apos;s test when its figures cannot be read exactly: &quot;For 3 &gt; 1: met&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 if voting closed now</source>
        <extracomment>A provisional outcome while voting is open: &quot;Carried if voting closed now&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of all shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1; needs %2: %3</source>
        <extracomment>The threshold&apos;s test: &quot;For 184,752; needs at least 145,396½, 75% of 193,862 votes cast: met&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPdf</name>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>At the foot of every page of a result&apos;s summary</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>At the foot of every page of a result&apos;s summary: where the audit trail ended, and the page
----------
At the foot of every page of a result&apos;s summary: the mutual and the vote</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutualise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPdfOutput</name>
    <message>
        <source>Write the summary of the result for the minutes to OUT as a PDF on A4, as the window saves it: every figure, the chart and the working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the PDF file if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pdf and --json cannot be given together: give one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--force replaces only the file of --pdf OUT; add --pdf OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists; add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF cannot be drawn without fonts, and this run of the program has not loaded them; run mutualise-cli with --pdf OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the result written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultSummary</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of the eligible members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional: voting is open and these figures may still change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, held on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, held on %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconded by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap on one member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished">Aelodau</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A proposer or seconder: the member&apos;s number and name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2% of the eligible members, whichever is more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll of %1, total weight %2, frozen at the end of %3. Its SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReverseEntryDialog</name>
    <message>
        <source>Reverse entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of reversal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. board minute 2026/14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason or re&amp;ference:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundsChart</name>
    <message>
        <source>Non-transferable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not elected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Savings</name>
    <message>
        <source>Total what the services saved the members: baseline, actual cost and saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the financial year starting in this calendar year (2025 is the year from the mutual&apos;s year start in 2025). A saving counts in the financial year containing the first day of its period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total by member (the default), service, class or year (financial year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON for other programs instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by must be member, service, class or year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: savings by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the financial year %1 (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A negative saving is one where the member paid more through the mutual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be below zero; it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can be at most %2; it is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The actual cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends on %1, before it starts on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence can be at most %1 characters long; it has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The savings come to more than %1, the most that can be added up: a baseline or actual cost is far too large.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavingsAdd</name>
    <message>
        <source>Record what a service saved a member over a period: what it would have paid alone against what it paid through the mutual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s id (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member&apos;s number (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day of the period, YYYY-MM-DD (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of the period, YYYY-MM-DD (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the member would have paid alone over the period, in major units such as 1234.56 (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the member paid through the mutual over the period, in major units (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence for both figures: the quotes, invoices or benchmarks compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavingsImport</name>
    <message>
        <source>Record the savings in a CSV file: all of them, or none if any row is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 CSV whose first row names the columns service, member, from, to, baseline, actual and, if you wish, evidence, in any order; then one saving a row. The service is its id or its name, the member its number, dates YYYY-MM-DD, amounts in major units with a decimal point (1234.56). Problems are named by row, counting the header as row 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file and say how many savings it would record, without recording any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n saving(s) would be imported; nothing was recorded (dry run).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saving(s) imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavingsImportDialog</name>
    <message>
        <source>Import savings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems, by row (the header is row 1) and column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import records every saving in the file, or none of them if any row is refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavingsRepository</name>
    <message>
        <source>There is no service %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no member with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saving of “%1” for member %2 from %3 to %4 is already recorded (saving %5); correct that one instead of adding another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no savings after the header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same service, member and period as row %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no service with the id or name “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no member %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saving %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>New service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service the members commission from the mutual, and the members that take it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared hosting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find members by number or name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceRepository</name>
    <message>
        <source>There is no service %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a service named “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no member with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>List the services the mutual provides and who takes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON for other programs instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished">Aelodau</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesAdd</name>
    <message>
        <source>Record a service the mutual provides, such as a four-year contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s name, unlike any other&apos;s (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the service starts, YYYY-MM-DD (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it ends, YYYY-MM-DD (none while open-ended).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers of the members that take it, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N1,N2,...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the service is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareEntry</name>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forfeiture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest capitalised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareEntryDialog</name>
    <message>
        <source>New share entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries are added to the share ledger and are never edited afterwards. A mistake is put right by reversing the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a member number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member receiving the shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shares:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt, minute or certificate number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareLedger</name>
    <message>
        <source>On %1 member %2 would hold share capital of %3, %4 less than none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 member %2 would hold share capital of %3, more than the %4 an individual may hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1 was admitted on %2; an entry cannot be dated %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1 has not been admitted, so cannot hold shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1 ceased on %2 and cannot receive shares dated %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1 is %2; only an active member can take up shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no member with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reversal is recorded by reversing the entry it undoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of shares must be a whole number more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry needs a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares cannot be transferred to the member they come from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is itself a reversal; record a new entry instead of reversing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 has already been reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is dated %2; its reversal cannot be dated earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transfer is reversed with both of its sides, and nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 member %2 would hold more than %3 shares, the most a holding may reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 member %2 would hold share capital of more than %3, the most a holding may reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 the members of the class &quot;%2&quot; would hold more than %3 shares between them, the most a total may reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 the members of the class &quot;%2&quot; would hold share capital of more than %3 between them, the most a total may reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 the mutual&apos;s members would hold more than %2 shares in all, the most a total may reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 the mutual&apos;s share capital would come to more than %2, the most a total may reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shares at %2 each come to more than %3, the most one entry may move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One entry may move at most %1; this one would move %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reference may be at most %1 characters long; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One entry may move at most %1 shares; this one would move %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is too large to be reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 member %2 would hold %3, %4 fewer than none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 member %2 would hold %3; the class &quot;%4&quot; requires at least %5 (a ceased member may hold none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 member %2 would hold %3; the class &quot;%4&quot; allows at most %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 each come to %3, not %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 capitalised interest under an approved allocation, which is final; it cannot be reversed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareLedgerRepository</name>
    <message>
        <source>There is no ledger entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comes to more than %2, the most that can be added up: the ledger holds an entry far too large, which a reversal can undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mutual&apos;s share capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holding of the class &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holding of member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member&apos;s holding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capital subscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capital subscribed in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the number of shares as a whole number more than zero; the kind says which way they move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a transfer names the member receiving the shares here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a transfer names a member receiving the shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no member %1 in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a kind of entry that can be imported; write subscription, transfer, withdrawal or forfeiture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no entries after the header row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shares</name>
    <message>
        <source>List the share ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this member&apos;s entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries on or after this day, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries on or before this day, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON for other programs instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reversed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Entries: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharesAdd</name>
    <message>
        <source>Record a subscription, withdrawal, transfer or forfeiture of shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member&apos;s number (required); for a transfer, the member giving the shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscription, withdrawal, transfer or forfeiture (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many shares, a positive whole number (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the movement, YYYY-MM-DD (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a transfer only: the number of the member receiving the shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount in major units (default shares x nominal value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reference such as a receipt or minute number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be subscription, withdrawal, transfer or forfeiture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transfer needs --to, the member receiving the shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to is only for a transfer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharesReverse</name>
    <message>
        <source>Reverse a ledger entry (both sides of a transfer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of the entry to reverse, as “shares” lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the reversal, YYYY-MM-DD (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the entry is reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an entry id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stv</name>
    <message>
        <source>No ballot paper gives a preference for a candidate who stands, so there is nothing to count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ballot paper marks a candidate who stands without marking more candidates than there are seats, so there is nothing to count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota: %1 / (%2 + 1) = %3, ignoring fractions, plus one = %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Non-transferable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 reaches the quota and is elected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 is elected as one of the last continuing candidates, as many as the seats left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tie between %1 was settled by lot (seed %2): %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another draw would have elected different candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another draw would have elected the same candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elected, in order: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tie for the last seat between %1 was settled by lot (seed %2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elected: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats: %1. Valid ballot papers: %2; invalid: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats: %1, so up to %1 marks a paper. Valid ballot papers: %2; spoilt: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether another draw would have elected different candidates was not explored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tie was broken by lot; its effect on the result was not explored, as the other outcomes were too many to count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties were broken by lot %1 times; none was explored for its effect on the result, as the other outcomes were too many to count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties were broken by lot %1 times; only the first was explored for its effect on the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties were broken by lot %1 times; only the first %2 were explored for their effect on the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1: first preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1: surplus of %2, %3, transferred at each paper&apos;s value x %3 / %4 (to five decimal places).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1: exclusion of %2, with the fewest votes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableActions</name>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table Not Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to C&amp;SV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tally</name>
    <message>
        <source>The figures are too large to be counted exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is eligible to vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a member number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1 is on the roll twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody eligible holds any shares, so nobody could vote by shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voter roll no longer matches its fingerprint; it has been changed since voting opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1 is not on the roll for this vote, so cannot vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1 has already voted on this motion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A total of %1 members weighing %2 cannot be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of class %1 voted, but there are no totals for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting: %1; %2; counted under version %3 of the tally rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible members on the roll: %1, one vote each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible members on the roll: %1, weighing %2 in all (a vote per share, after any cap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible members on the roll: %1; each class&apos;s votes count for its agreed share of the whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of %2 eligible members is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of %2 eligible members is %3, rounded up to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum: none is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum: at least %1 members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum: %1, so %2 are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum: the larger of %1 members and %2: %3 are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took part (present, by proxy or by casting a ballot, abstentions included): %1, with %2 needed: quorate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took part (present, by proxy or by casting a ballot, abstentions included): %1, with %2 needed: not quorate, so the vote is void whatever the votes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: %1. Against: %2. Abstaining: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: %1 (members: %2). Against: %3 (members: %4). Abstaining: %5 (members: %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members for: %1. Against: %2. Abstaining: %3 (abstentions carry no weight under class weighting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2/%3 = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, agreed share %2%: for %3, against %4, abstaining %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cast no votes, so its share drops out and the other classes&apos; shares are scaled up to the whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 counts as %2% ÷ %3% = %4 of the whole: for %5; against %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the whole for: %1. Against: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes cast: %1 for + %2 against = %3 (abstentions, %4, are not votes cast).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more votes for than against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>votes for ≥ 75% of votes cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>votes for ≥ two-thirds of votes cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every vote cast to be for (none against)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>votes for &gt; half of the whole eligible weight, voting or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (75% of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (2/3 of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (all the votes cast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (half of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the votes cast carry no weight (those who cast them hold no shares), so the motion cannot carry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no votes were cast (abstentions are not votes), so the motion cannot carry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: needs %2: %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1, because the meeting was not quorate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1 is in the class %2, which has no share of the vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class %1 has %2% of the vote, but nobody on the roll is in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1 cannot hold %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cap of %1% of the %2 held is less than one share, so nobody could vote; raise the cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The totals for class %1 do not match those who voted in it: %2 weighing %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 votes cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1, the share against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1, 75% of the whole vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1, two-thirds of the whole vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1, the whole vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1, half of the whole vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1, the votes against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1, 75% of %2</source>
        <extracomment>What a special resolution needs: &quot;at least 145,396½, 75% of 193,862 votes cast&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1, two-thirds of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1, all the votes cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1, half of the whole eligible weight of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>%1 must fit on one line: it holds a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds the control character %2, which could change how it is displayed or printed. Remove it and type the text again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextLines</name>
    <message>
        <source>the line is longer than %1, far more than any line of ballots takes; this is not the file it should be.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>The workbook could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook was not written: it was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the total of “%1” is beyond what can be added up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library that writes it could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration %1; produced %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreeSixtyGiving</name>
    <message>
        <source>The mutual has no 360Giving prefix yet, under which its grants are published: register one with 360Giving, then enter it under File &gt; Mutual Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mutual has no registration number, which names it as the funder in 360Giving data: enter it under File &gt; Mutual Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant %1 of %2 is larger than an amount open data can carry exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grants were paid from %1 to %2, and 360Giving data holds at least one: choose a period with grants in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoableChange</name>
    <message>
        <source>%1 has changed since, so the change cannot be taken back or made again: change it by hand instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not undone: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not redone: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserName</name>
    <message>
        <source>Enter your name: the audit trail records who made each change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A name has at most %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: the audit trail records who makes each change, and no name was given. Give your name when asked, or in Edit &gt; Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refers to a row of %1 that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 does not follow the entry before it: an entry was removed, added or put out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 does not match its hash: it was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1&apos;s record of the rows it changed cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1&apos;s record of the rows it changed in %2 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail has no record of the tables as a whole, so their rows cannot be checked against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The table is missing, where the audit trail accounts for %n row(s) in it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The table has %1 rows where the audit trail accounts for %2: rows were added or removed outside Mutualise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table&apos;s rows differ from those the audit trail accounts for: a row was changed outside Mutualise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1&apos;s %2 is “%3” where audit entry %4 recorded “%5”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail has no entry %1: the file&apos;s history was cut short or replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 has the hash %2, not %3: the file&apos;s history was rewritten after the report that recorded it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <source>Check the file&apos;s structure, its audit trail, and that every record is the one the trail accounts for. Changes nothing; exits 1 if anything does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also check that the audit trail passes through entry ENTRY with hash HASH, as a printed report&apos;s footer gives them (the hash in full or as “3f9a…c21e”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENTRY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON for other programs instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hash of entry ENTRY, with --head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing argument HASH: --head takes an entry and its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a hash: give its 64 hexadecimal digits, or its first and last four as a report prints them (“3f9a…c21e”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n audit entries and %2 rows checked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail: entry %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--head needs the number of an audit trail entry, as a report&apos;s footer prints it (“1,234”), not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vote</name>
    <message>
        <source>A quorum cannot be fewer than no members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quorum of %1% of the eligible members is not between 0% and 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cap of %1% of all shares on one member&apos;s vote is not between 0% and 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classes&apos; shares of the vote add up to %1%, not 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinary resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-thirds majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanimous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One member, one vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted by shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted by class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Represented by proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class %1 has a share of %2% of the vote; each class needs more than 0%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <comment>a class named in a message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number %1</source>
        <comment>a class whose name is not known</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoteReports</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motions and their results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For (members)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against (members)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstain (members)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elections and their results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elections round by round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting open, not declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-transferable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working of each motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working of each election</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoteState</name>
    <message>
        <source>Voting on “%1” has opened, so it stays in the record and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting on “%1” has opened: its text and rules are fixed, and it cannot open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting in “%1” has opened, so it stays in the record and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting in “%1” has opened, so its seats, method and candidates can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting in “%1” has opened; it cannot open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting on “%1” has not opened yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting in “%1” has not opened yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting on “%1” has closed and its result is declared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting in “%1” has closed and its result is declared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result declared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxSheet</name>
    <message>
        <source>the workbook is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an Excel workbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the sheet is larger than the %Ln MB that is read; save it as CSV in parts.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no list of sheets (xl/workbook.xml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not say where its sheets are (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its first sheet is not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row is numbered “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 comes after row %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell is outside every row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell is named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1 comes after a cell to its right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell is beyond the last column, XFD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1 names a text that is not in the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>The archive would be larger than 4 GB, the most a zip file holds; export a shorter period or fewer members.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>it is not a zip archive, or its directory is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it uses zip&apos;s 64-bit extensions, which are not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in it is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” in it is larger than the %Ln MB that is read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” in it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in it is compressed in a way that is not read (method %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>“%1” is not a kind of member; write individual or organisation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The register of members and share capital ledger of a mutual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo mutual, creating it if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mutual to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::AllocationDialog</name>
    <message>
        <source>The interest rate is above the cap in the mutual&apos;s rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A community interest company may give back only part of its profit as interest and rebates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parts of the plan do not add up to the surplus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That year has no share ledger to allocate on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebates are shared by service charges, and the year has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That year&apos;s allocation is already approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That motion cannot approve this allocation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan cannot be recorded as it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest and rebates together may be at most %1 of it (the dividend cap).</source>
        <extracomment>%1 is a percentage such as &quot;35.00%&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a carried motion the plan is saved as a draft, which can be replaced. With one it is approved, and final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A carried motion offered as the resolution: its title and its meeting (&quot;AGM 24 Nov 2026&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None — save as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the Draft Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2, %Ln day(s)</source>
        <extracomment>The first and last day of a financial year and its number of days</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %1 (%Ln basis point(s)) under the mutual&apos;s rules</source>
        <extracomment>%1 is a percentage such as &quot;5.00%&quot;, %2 the same in basis points</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln basis point(s); %1.</source>
        <extracomment>%1 says what the cap is: &quot;at most 5.00% (500 basis points) under the mutual&apos;s rules&quot;</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Working the allocation out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 names the field (&quot;The reserves&quot;), %2 says what is wrong with what was typed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be less than nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share ledger is empty, or every year&apos;s allocation is approved: there is no year to allocate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The surplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the year&apos;s surplus to see how it is allocated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reserves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interest rate is a percentage with at most two decimals, such as 2.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rebates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the fund&apos;s amount, or tick “The rest of the surplus”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The distributable profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan adds up to the surplus. Approved, it is dated %1, the day of the meeting.</source>
        <extracomment>%1 is a date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan adds up to the surplus. Nothing is recorded until you save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member holds shares or paid charges in the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest on share capital at %1, capitalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest on share capital at %1, paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebates on service charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community reinvestment fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial year %1: N = %2 days.</source>
        <extracomment>%1 is the financial year with its dates, %2 its number of days</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest on share capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member&apos;s share-days are the shares it held at the end of each day of the year, added up over the N days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact interest = share-days × %1 (one share) × %2 bp ÷ (10,000 × %3).</source>
        <extracomment>%1 the value of one share, %2 the rate in basis points, %3 the days of the year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) held shares, %1 share-days in all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Interest total = the whole pennies of the sum of the exact amounts = %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Each member first gets the whole pennies of its exact interest (%1 in all); the %Ln penny(ies) left over go one each to the members with the largest fractions of a penny, ties to more share-days, then to the smaller member number.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capitalised: each member&apos;s interest buys whole shares at %1; the pennies left over are paid. %Ln share(s) bought in all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Member %1&apos;s interest is paid, not capitalised: %2</source>
        <extracomment>%1 is a member number, %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the plan gives no rebates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact rebate = %1 × the member&apos;s service charges in the year ÷ %2 (all members&apos; charges).</source>
        <extracomment>%1 the rebates, %2 the service charges of the year in all</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Whole pennies first (%1 in all); the %Ln penny(ies) left over go to the largest fractions, ties to larger charges, then to the smaller member number.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reserves + %2 interest + %3 rebates + %4 fund = %5 surplus.</source>
        <extracomment>The reconciliation of the plan: reserves + interest + rebates + fund = surplus</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fund is the rest of the surplus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s) to members will be recorded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The capitalised interest adds %Ln entry(ies) to the share ledger, dated %1.</source>
        <extracomment>%1 is a date</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Approve the Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the allocation of financial year %1? Once approved it is final: it cannot be changed, replaced or undone.</source>
        <extracomment>%1 is a financial year such as &quot;2025/26&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::AllocationMembersModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share-days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln share(s) bought, %1 paid</source>
        <extracomment>%1 is a count of shares, %2 the money paid besides them</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::AllocationTableModel</name>
    <message>
        <source>%1/%2</source>
        <extracomment>A financial year over two calendar years: &quot;2025/26&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <extracomment>A financial year and its dates: &quot;2025/26 (1 Apr 2025 – 31 Mar 2026)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Motion %2, approved on %3</source>
        <extracomment>%1 is a motion&apos;s title, %2 its number, %3 a date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>The first and last day of a financial year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capitalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::AllocationsTab</name>
    <message>
        <source>&amp;New allocation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work out how a financial year&apos;s surplus is allocated, and record it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected draft allocation, or approve it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each financial year&apos;s surplus, divided into reserves, interest on share capital, rebates and the community fund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No allocation yet. Choose “New allocation…” to work one out from the share ledger and the year&apos;s service charges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capitalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a year to see each member&apos;s part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 reserves + %3 interest + %4 rebates + %5 fund = %6 surplus.</source>
        <extracomment>%1 a financial year, then the parts of its allocation and the surplus they add up to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the parts (reserves %2, interest %3, rebates %4, fund %5) do not add up to the surplus of %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft: nothing is paid until it is approved. “Edit draft…” shows each member&apos;s part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;draft…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::AttendanceModel</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Represented by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>Nothing recorded yet for this member at this meeting</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::AttendancePanel</name>
    <message>
        <source>Mark &amp;present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the selected members as present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark ap&amp;ologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the selected members sent apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove what is recorded for the selected members (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member number or name; Enter marks a single match present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance Not Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) may attend</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::AuditTrailDialog</name>
    <message>
        <source>Audit Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Audit Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every record against the audit trail again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Excel Workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF Document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit Trail — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the records against the audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records could not be checked against the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The audit trail&apos;s chain holds, and every record is the one it accounts for (checked through entry %1, %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ The records do not hold (%Ln problem(s)): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s), newest first; %1 shown, more as you scroll.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) match, newest first; %1 shown, more as you scroll.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a change to see the record before and after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 · %2 · recorded by %3 on %4 · hash %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mutual is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit Trail Not Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::AuditTrailModel</name>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::BackgroundWork</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work stopped without a result.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::BackupKeeper</name>
    <message>
        <source>Today&apos;s backup could not be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup is kept, with %1 (File &gt; Restore from Backup… lists them).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::BallotDialog</name>
    <message>
        <source>No member has the number “%1”. Pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Ballots — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret ballot: the vote is added to the totals and is never stored with the member&apos;s name. Enter each paper as it comes; the dialog stays open for the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter each paper as it comes; the dialog stays open for the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record Ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appointed no proxy for this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointed %1, directed to vote “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointed %1, free to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by proxy, the chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by proxy, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded at %1: %2 voted (%3). The vote itself is secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded at %1: %2 voted “%3” (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 member(s) on the roll have voted.</source>
        <extracomment>How far the count of ballots has gone: &quot;3 of 5 members on the roll have voted&quot;</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::BallotListModel</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <extracomment>A secret ballot&apos;s choice, which is never shown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By proxy (the chair)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By proxy (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::CandidateListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not a member)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::CeaseMemberDialog</name>
    <message>
        <source>&amp;Cease Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1 %2 will be marked as ceased on %3. They stay in the register. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::ChartView</name>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as a picture for documents and slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as a drawing that stays sharp at any size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Choose another folder, or check that there is space on the disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::ContributionChart</name>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By financial year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capital subscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No share capital has been recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No share capital has been subscribed yet. Subscriptions recorded on the Share capital page appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last %n month(s), %1 – %2</source>
        <extracomment>The months the chart draws: &quot;Last 24 months, Dec 2024 – Nov 2026&quot;</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::ContributionChartsTab</name>
    <message>
        <source>Q%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions by class, by financial year</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Contributions by class, the last %n quarter(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The ten largest contributors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sh&amp;ow chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click a chart to save it as PNG or SVG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a mutual to see its charts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::ContributionDialog</name>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member has the number “%1”. Pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= %1</source>
        <extracomment>The value of time in kind, worked out as it is typed: &quot;= £833.33&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days × day rate, rounded half up to the penny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::ContributionEntriesModel</name>
    <message>
        <source>More than %L1 lines: they stay in date order. Narrow the filter to sort them by another column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A member number and name: &quot;C001 · Northshire Council&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reversal of #%2</source>
        <extracomment>%1 is the kind (&quot;Donation&quot;), %2 the number of the entry reversed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reversed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 days × %3</source>
        <extracomment>Time in kind: &quot;In kind, 2.5 days × £333.33&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry has been undone by a later reversing entry. It stays in the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry undoes entry #%1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::ContributionKindDialog</name>
    <message>
        <source>&amp;Add Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::ContributionTotalsModel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::ContributionsPage</name>
    <message>
        <source>&amp;New Contribution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reverse Entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a subscription, charge, donation, payment of a pledge or time in kind (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the entry selected on the Entries tab with a reversing entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tot&amp;als</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many lines to add up for one member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a mutual to see its contributions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 in all (net of reversals)</source>
        <extracomment>%1 is &quot;12 entries&quot;, %2 their total, net of reversals</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member has the number “%1”: showing every member&apos;s entries. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1 = share capital %2 (from the share ledger) + contributions entered %3 (as the Entries tab lists them for the same dates and kind).</source>
        <extracomment>%1 the total, %2 share capital, %3 the contributions entered</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 from %3 · %4 on %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse entry #%1: %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reversing entry dated today undoes it. Both stay in the record, and an entry can be reversed only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reverse Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry not reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::DashboardPage</name>
    <message>
        <source>Open or create a mutual to see its members and share capital at a glance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total share capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capital subscribed this financial year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members by class and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 in the register, ceased members included</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capital subscribed in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial year %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the shares each member has subscribed for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record shares…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a meeting, to take attendance and hold votes and elections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 held today</source>
        <extracomment>%1 is &quot;1,250 shares&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings this financial year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community fund balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinvested to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No savings recorded for this year yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 less than members would pay alone</source>
        <extracomment>%1 is a percentage such as &quot;17.0%&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more than members would pay alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated from surpluses, less the grants paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted to community projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your members to the register, one by one or from a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import share entries…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::DateEdit</name>
    <message>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is after today: the latest date this field takes is today, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is after %2, the latest date this field takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before %2, the earliest date this field takes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::ElectionDialog</name>
    <message>
        <source>Voters number the candidates in order of preference; votes pass on to later preferences under the Scottish STV rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters mark up to one candidate a seat; those with the most marks are elected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member has the number “%1”. Pick one from the list, or name someone from outside the register below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the ballot already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add the candidates: at least %n, one for each seat.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::ElectionListModel</name>
    <message>
        <source>Election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::ElectionResultView</name>
    <message>
        <source>Choose an election on the Elections tab to see its result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties decided by lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional — voting is open. The count changes as papers are recorded; nobody is elected until voting closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elected, in order of election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elected if voting closed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds of the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::ElectionRoundsChart</name>
    <message>
        <source>Votes of each candidate in each round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-transferable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not elected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, round %2 (%3): %4 votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln vote(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::ElectionsPanel</name>
    <message>
        <source>Ballot files (*.blt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w Election…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft an election of board members or officers at this meeting (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Ele&amp;ction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the selected draft election&apos;s seats, method or candidates (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Election…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected draft election (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Papers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File the ballot papers of a .blt file, from a postal ballot service say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expor&amp;t Papers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the papers cast to a .blt file for other counting tools; who cast them is not in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Voting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the roll of voters and start taking papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;Papers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter ballot papers one after another (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clo&amp;se Voting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the papers and declare who is elected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No elections at this meeting. Use New Election… to put the board or officers up for election.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates, in ballot order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: open voting when the members are ready to vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared on %1. Elected: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election Not Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the draft election “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its candidates are deleted with it. Voting has not opened, so no papers are lost. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election Not Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers Not Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a ballot file that can be read, so nothing was filed.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1 from %2 in “%3”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file must name this election&apos;s candidates in the same order. Imported papers carry no voter&apos;s name, and once filed they cannot be taken out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File Papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing from %1 was filed.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers Not Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close voting in “%1” and declare who is elected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The papers are counted now by %2 and the result is declared and stored: it cannot change afterwards, and no more papers can be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Declare Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result Not Declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Voting open; %Ln member(s) on the roll as at the end of %1. %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::GrantDialog</name>
    <message>
        <source>&amp;Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <extracomment>A project in a list: its number and title, &quot;#3 Digital skills for carers&quot;
----------
A motion in a list: its number and title, &quot;#7 Fund the projects&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: the recipient is not an asset-locked body or a charity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not required: the recipient is an asset-locked body or a charity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fund holds %1 at the end of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project can take a grant: completed and withdrawn projects take none. Add a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No motion has been carried yet. A grant is approved by a motion the members carried: put one to a meeting first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a grant of %1 to “%2” on %3? Grants are final: once recorded, a grant cannot be changed or removed.</source>
        <extracomment>%1 is an amount of money, %2 a project&apos;s title, %3 a date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::GrantTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community benefit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <extracomment>A motion: its number and title, &quot;#7 Fund the projects&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::HoldingsModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Dangosfwrdd</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Aelodau</translation>
    </message>
    <message>
        <source>Share capital</source>
        <translation>Cyfalaf cyfranddaliadau</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Mutual…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Demo Mutual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share Capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Mutualise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Mutual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Create Demo Mutual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo mutual…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Mutual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutualise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — Mutualise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Mutual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save New Mutual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Create Mutual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Mutualise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mutualise %1&lt;/h3&gt;&lt;p&gt;The register of members and share capital ledger of a mutual: a co-operative owned by its members.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings &amp; votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings &amp;&amp; &amp;Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: the file or its folder cannot be written, so changes are not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (read-only) — Mutualise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings &amp; reinvestment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings &amp;&amp; &amp;Reinvestment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Share &amp;Entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Share Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) imported from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln share entr(y/ies) imported from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files and Excel workbooks (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the mutual itself, not a spreadsheet: choose the CSV file or workbook to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the records against the audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit Trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are recorded as made by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Not Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The file is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is restored. The file as it was is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;verse Entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the entry to reverse in the share ledger, then Edit &gt; Reverse Entry… again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::MeetingChange</name>
    <message>
        <source>Edit the meeting “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::MeetingDialog</name>
    <message>
        <source>Optional: the kind and date name it otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <extracomment>The proxy limit when it is 0</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::MeetingListModel</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>A meeting&apos;s date and kind under its name in the list: &quot;15/07/2025 · Annual general meeting&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::MeetingsPage</name>
    <message>
        <source>%1 - %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings &amp; votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an AGM, a general or a board meeting (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected meeting&apos;s details (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;xies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Motions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings yet. Use New Meeting… to add the next AGM, general meeting or board meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a mutual to see its meetings and votes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit on proxies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 present, %2 by proxy of %3 eligible</source>
        <extracomment>Who is at the meeting, for its quorum: &quot;12 present, 3 by proxy of 40 eligible&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 sent apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Meetin&amp;g…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a meeting entered by mistake, with its attendance and proxies (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;lections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the meeting “%1” on %2?</source>
        <extracomment>&quot;Delete the meeting “Annual general meeting 2025” on 15 July 2025?&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attendance recorded for it (%1) and its proxy appointments (%2) are deleted with it. This cannot be undone.</source>
        <extracomment>%1 members with attendance recorded, %2 proxy appointments</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting Not Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at most %Ln proxy(ies) a person</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Meeting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::MemberChange</name>
    <message>
        <source>Member %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::MemberDialog</name>
    <message>
        <source>Add Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mutual has no member classes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ceased member cannot be reinstated, so the status stays Ceased. Their other details can still be edited.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::MemberTableModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceased</source>
        <translation type="unfinished">Wedi peidio</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the minimum holding: the %1 class requires at least %2, so this member needs %3 more.</source>
        <extracomment>%1 is the class&apos;s name, %2 &quot;10 shares&quot;, %3 a number of shares</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::MembersPage</name>
    <message>
        <source>&amp;Add Member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cease…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished">Aelodau</translation>
    </message>
    <message>
        <source>Search number, name or e-mail (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member to the register (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members match the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a member to see their details and share ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceased: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cease Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected member (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the selected member has ceased (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the &amp;first member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register has no members yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record shares…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a subscription of shares by this member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds %1, %2</source>
        <extracomment>%1 is &quot;12 shares&quot;, %2 their amount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Members the search and filters leave, out of the whole register: &quot;12 of 240 members&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cease member %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::MotionDialog</name>
    <message>
        <source>Carried by more votes for than against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried when at least 75% of the votes cast are for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried when at least two-thirds of the votes cast are for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried when nobody votes against and someone votes for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried when more than half of all the eligible votes, cast or not, are for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One vote each, whatever a member holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One vote per share held on the record date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each class&apos;s votes are scaled to its agreed share of the whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cap</source>
        <extracomment>The cap on one member&apos;s share of a share-weighted vote when it is 0</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the vote for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shares make 100% together; a class at 0% takes no part in the vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member has the number “%1”. Pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::MotionListModel</name>
    <message>
        <source>%1 (secret ballot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::MotionResultView</name>
    <message>
        <source>Choose a motion on the Motions tab to see its result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished">Aelodau</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap on one member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SHA-256 fingerprint of the frozen roll: anyone with the printed roll can work it out again and compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared on %1. This result is final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared. This result is final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional — voting is open. The figures change as ballots are recorded; nothing is declared until voting closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>One numbered step of a count&apos;s working: &quot;3. Quorum: ...&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional count</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s), total weight %1, frozen at the end of %2</source>
        <extracomment>The roll a vote was counted from: &quot;5 members, total weight 5, frozen at the end of 15/07/2025&quot;</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::MotionsPanel</name>
    <message>
        <source>Import Ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots, one a line: member,choice,method[,proxy] (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Mo&amp;tion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft a motion for this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it Motion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected draft motion (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Motion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected draft motion (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Voting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the roll of voters and start taking ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;Ballot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter ballots one after another (Ctrl+Shift+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Im&amp;port Ballots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File the ballots of a CSV file, one a line: member,choice,method[,proxy]; all of them, or none if one is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clo&amp;se Voting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the votes and declare the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has voted (%1): a secret ballot keeps the choices apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots recorded (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No motions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: its text and rules can still change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting open; the roll stands as at the end of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: declared on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the draft motion “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting on it has not opened, so no ballots are lost. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion Not Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots Not Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file of ballots that can be read, so nothing was filed.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1 from %2 in “%3”?</source>
        <extracomment>&quot;File 120 ballots from postal.csv in “Adopt the accounts”?&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each ballot is checked against the roll and the meeting&apos;s proxies: all of them are filed, or none if one is refused. Ballots once filed cannot be taken out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File Ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing from %1 was filed.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close voting on “%1” and declare the result?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Declare Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result Not Declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln ballot(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln member(s) on the roll have voted. The votes are counted now and the result is declared and stored: it cannot change afterwards, and no more ballots can be recorded.</source>
        <extracomment>&quot;4 of 5 members on the roll have voted…&quot;</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::MutualSettingsDialog</name>
    <message>
        <source>The currency and the value of a share are fixed: the share ledger has entries, and every amount in it is counted in them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency is chosen when the mutual is created. The value of a share is fixed once the share ledger has its first entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual&apos;s cap: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::NewMutualDialog</name>
    <message>
        <source>Founding council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::OpenVotingDialog</name>
    <message>
        <source>&lt;b&gt;Open voting on “%1”&lt;/b&gt;&lt;br&gt;%2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The members who may vote, and the weight of each vote, are frozen as the register and the share ledger stood at the end of %1. Changes to the register after that day do not change this vote. Once voting opens, the motion&apos;s text and rules cannot be changed and voting cannot be reopened. The record date cannot be later than today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>Members of one class on a roll: &quot;2 in Employee&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, one vote each.</source>
        <extracomment>&quot;218 members on the roll, one vote each.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <extracomment>&quot;5 members on the roll: 2 in Founding council, 2 in Employee and 1 in Community.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Open voting in “%1”&lt;/b&gt;&lt;br&gt;%2; seats to fill: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The members who may vote are frozen as the register stood at the end of %1: one paper each. Changes to the register after that day do not change this election. Once voting opens, the seats and the candidates cannot be changed and voting cannot be reopened. The record date cannot be later than today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 member(s) on the roll</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, total weight %2 share(s) after the %3% cap.</source>
        <extracomment>&quot;218 members on the roll, total weight 12,345 shares after the 10% cap.&quot;</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, total weight %2 share(s).</source>
        <extracomment>&quot;218 members on the roll, total weight 12,345 shares.&quot;</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::PaperDialog</name>
    <message>
        <source>Record Papers — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper is filed apart from the voter&apos;s name, so nobody can link the two. Enter each paper as it comes; the dialog stays open for the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the numbers written on the paper: 1 for the first preference, 2 for the next and so on; leave the others blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tick the candidates marked on the paper: at most %n, one a seat.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Record and Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record this paper and clear the form for the next (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>A candidate given no preference on an STV paper</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two candidates are numbered %1: each number goes to one candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 on the paper: number the candidates 1, 2, 3 … without gaps, and leave blank those numbered after a gap, which cannot be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member has the number “%1”. Pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded at %1: %2 · %3 voted (%4). The paper is filed apart from the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper marks no candidate. If it was handed in blank or spoilt, tick “Blank or spoilt paper”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::PledgeDialog</name>
    <message>
        <source>&amp;Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 (%3)</source>
        <extracomment>A project in a list: its number, title and status, &quot;#3 Digital skills for carers (approved)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no project to pledge to yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member has the number “%1”. Pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the pledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that %1 pledged %2 to “%3” on %4? Pledges are final: once recorded, a pledge cannot be changed or removed.</source>
        <extracomment>%1 is a member&apos;s number and name, %2 an amount of money, %3 a project&apos;s title, %4 a date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record Pledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledge not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::PledgeTableModel</name>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A member: number and name, &quot;C001 · Vale Council&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 so far</source>
        <extracomment>Part of a pledge paid: &quot;£250.00 so far&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::ProjectDialog</name>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <extracomment>The hint an optional date field shows while it is empty</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A community interest company may grant to an asset-locked body or a charity without stating the community benefit each grant serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category&apos;s name, such as “Climate action”. It is added to the mutual&apos;s list of categories now, for every project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the project&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” as %2? This cannot be undone: a project&apos;s status never goes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::ProjectTableModel</name>
    <message>
        <source>%1%</source>
        <extracomment>A project&apos;s progress to its target, &quot;25%&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Org-id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledged / received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledged %1; received %2 (pledges paid, donations and staff time given)</source>
        <extracomment>%1 and %2 are amounts of money</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>%1 is the grants and money received, %2 the target</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>What members pledged to a project and what it received: &quot;£500.00 / £250.00&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::ProjectsTab</name>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;grant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record p&amp;ledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change s&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;completed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay a grant from the community fund to the chosen project, on a carried motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a member&apos;s pledge to the chosen project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;rants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pl&amp;edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund balance: %1 · granted to date: %2</source>
        <extracomment>%1 and %2 are amounts of money</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 shown of %n project(s)</source>
        <extracomment>%1 is how many projects the filter shows, of %n in all</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>G&amp;rants (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pl&amp;edges (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project yet: add one with New project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a project to see its details, grants and pledges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not named yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, an asset-locked body or a charity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress: %1 of %2 (%3)</source>
        <extracomment>%1 the grants and money received, %2 the target, %3 the progress &quot;25%&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the project&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve “%1”? Members may still pledge to it. An approved project cannot go back to proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” as completed? It takes no more grants or pledges, and this cannot be undone. Record its outcomes with Edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw “%1”? It takes no more grants or pledges, and this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::ProxiesPanel</name>
    <message>
        <source>Appoint &amp;Proxy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a member&apos;s proxy for this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revo&amp;ke Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the selected proxy appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member represented by proxy counts as attending. The proxy casts its vote with the method “By proxy”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxies appointed for this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy Not Revoked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::ProxyDialog</name>
    <message>
        <source>No member has the number “%1”. Pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the proxy decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote “%1”</source>
        <extracomment>A proxy&apos;s direction: &quot;Vote For&quot;, &quot;Vote Against&quot;, &quot;Vote Abstain&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appoint Proxy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::ProxyListModel</name>
    <message>
        <source>As the proxy decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member represented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::RegisterImportDialog</name>
    <message>
        <source>Import Members from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Share Entries from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dmitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cea&amp;sed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receiving member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column gives each field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (if kept):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates as 2025-03-31; amounts as 1234.56.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates as %1 or 2025-03-31; amounts as %2 or 1234.56.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows as they will be read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is open read-only: nothing can be imported into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the columns, then check the file. Nothing is recorded until you import it, and then all of it or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %Ln row(s) can be imported. Nothing has been recorded yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>→ %1</source>
        <extracomment>Under a column&apos;s heading in the preview: the fields it gives.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2 (%3): %4</source>
        <extracomment>A problem in a row: &quot;Row 3, column B (Member number): …&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more problem(s), not listed: correct those above and check the file again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be imported as it is: it has %Ln problem(s), listed below by row (the header is row 1). Nothing has been recorded. Correct the file and import it again, or choose other columns.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::ReinvestmentChartsTab</name>
    <message>
        <source>Savings generated and reinvested, by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinvestment by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of each project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cha&amp;rt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click the chart to save it as PNG or SVG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mutual is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart cannot be drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 projects shown: every one still raising money, then the latest funded or completed.</source>
        <extracomment>%1 and %2 are counts of projects, %2 more than one</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::ReinvestmentPage</name>
    <message>
        <source>Savings and reinvestment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Savings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::ReportsPage</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for a &amp;Spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xcel Workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON for a Script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the first and the last day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts on %1, after it ends on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the day the report is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no member “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report Not Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF on US &amp;Letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF on A4…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the report on paper and print it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report has %1 rows, which take a while to lay out for the preview. Go on, or export it as a PDF instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report Not Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s). Totals: %1.</source>
        <extracomment>%n is the number of rows; then the totals, such as &quot;Shares 1,234; Paid £1,234.00&quot;</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip archives of CSV files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>360&amp;Giving Open Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>360Giving data (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>360Giving</source>
        <extracomment>What 360Giving data is called in the name of its file, &quot;Grants 2026-03-31 360Giving.json&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No financial year&apos;s surplus has been allocated yet. Allocate one on the Reinvestment page, then report it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <extracomment>%1 is a financial year whose allocation of the surplus is not yet approved</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new folder (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDFs, a File for &amp;Each Member…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::RestoreBackupDialog</name>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup of %1 is kept each day it is opened: the last seven, and one for each of the four weeks before. Restoring one puts it in the place of the file, and keeps the file as it is now beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished">Aelodau</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup of this mutual has been kept yet: one is kept the first time it is opened each day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The backup of %1 does not match its audit trail (%Ln problem(s)), so it is not restored: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Restore %1 as it was on %2, at audit trail entry %3?

Every change made to it since then is taken out of it. The file as it is now is kept beside it, named “… (before restore …).mutual”, and can be opened again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::ResultPane</name>
    <message>
        <source>Save Result as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a meeting to see the results of its motions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting has no motions yet. Add one on the Motions tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting on “%1” has not opened yet. Open voting on the Motions tab when the members are ready to vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a meeting to see the results of its elections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting has no elections yet. Add one on the Elections tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting in “%1” has not opened yet. Open voting on the Elections tab when the members are ready to vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting in “%1” is open and no papers have been recorded yet. Record them or import them on the Elections tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Choose another folder, or check that there is space on the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result Not Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be used. Check that it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::ResultView</name>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a summary of this result for the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a summary of this result for the minutes as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::ReverseEntryDialog</name>
    <message>
        <source>Reverse entry #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reverse entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original entry stays in the ledger. A reversing entry that undoes it is added, dated as you choose below.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Both sides of the transfer are reversed together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry not reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The reversal is permanent.&lt;/b&gt; A reversing entry cannot itself be reversed: to put a mistaken reversal right, record the movement again as a new entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 share(s) (%3) for %4 %5 on %6.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::SavingsGridModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A member in a message: &quot;C002 Southdale Council&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Where an edit was refused: &quot;C002 Southdale Council, Baseline&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not an amount, so it was not taken. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a recorded saving needs an amount; type 0.00 for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 yet: type both the baseline and the actual cost, or discard the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actual cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid&apos;s total is too large to show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::SavingsImportDialog</name>
    <message>
        <source>Import savings from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %Ln saving(s), all of which can be recorded. Nothing has been recorded yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be imported as it is: correct the problems below in the file and import it again. Nothing has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing from %1 was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::SavingsTab</name>
    <message>
        <source>Import Savings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mutual is open read-only: its savings can be read, not edited or imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;otals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ervice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the savings in a CSV file: all of them, or none if any row is refused. You see what it would do before anything is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save cha&amp;nges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Savings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to the savings grid before the mutual closes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the savings grid changed and not saved. Save them?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No services yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A period of savings: &quot;01/04/2025 – 31/03/2026&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends on %1, before it starts on %2: choose another last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a service (mutualise-cli services add) to record the savings it brings its members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a mutual to see its savings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member takes this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Total&lt;/b&gt; of %1: baseline &lt;b&gt;%2&lt;/b&gt;, actual cost &lt;b&gt;%3&lt;/b&gt;, saving &lt;b&gt;%4&lt;/b&gt;</source>
        <extracomment>%1 is &quot;3 savings&quot;, then the baseline, the actual cost and the saving, each an amount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln saving(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Total&lt;/b&gt;: baseline &lt;b&gt;%1&lt;/b&gt;, actual cost &lt;b&gt;%2&lt;/b&gt;, saving &lt;b&gt;%3&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) changed, not saved yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not every change was saved; the lines not saved keep their changes.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n line(s) of the savings grid.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Savings Not Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the mutual itself, not a CSV file of savings: choose the CSV file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln saving(s) from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::SavingsTotalsModel</name>
    <message>
        <source>%1–%2</source>
        <extracomment>A financial year: &quot;2025–26&quot; for the one starting in 2025</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A member in the totals: &quot;C001 · Calderdale Council&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::ServiceDialog</name>
    <message>
        <source>Edit service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) ticked</source>
        <extracomment>%1 is &quot;2 members ticked&quot;; %2 how many of the register the list shows</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1; showing %L2 of %L3</source>
        <extracomment>%1 is &quot;2 members ticked&quot;, %2 and %3 counts of members</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::ServicesModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished">Aelodau</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::ServicesTab</name>
    <message>
        <source>Ne&amp;w Service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit Service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the service selected, its dates and the members that take it (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::SettingsChange</name>
    <message>
        <source>Change the mutual&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mutual&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::ShareCapitalPage</name>
    <message>
        <source>&amp;New entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reverse entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a subscription, transfer, withdrawal or forfeiture (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share capital</source>
        <translation type="unfinished">Cyfalaf cyfranddaliadau</translation>
    </message>
    <message>
        <source>&amp;Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdings at the end of &amp;day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a mutual to see its share capital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member has the number “%1”: showing every member&apos;s lines (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the ledger line selected on the Ledger tab with a reversing entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding&amp;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toda&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share capital today: %1, %2</source>
        <extracomment>%1 is &quot;1,250 shares&quot;, %2 their amount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln ledger line(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Total: %1, %2, %3</source>
        <extracomment>%1 is &quot;12 holders&quot;, %2 &quot;1,250 shares&quot;, %3 their amount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln holder(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mutualise::app::ShareEntryDialog</name>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member has the number “%1”. Pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares are transferred to a different member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= %1 × %2 a share</source>
        <extracomment>The amount worked out: a count of shares times the value of one share, &quot;= 250 × £1.00 a share&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 can be transferred on %2.</source>
        <extracomment>%1 is a count of shares (&quot;45 shares&quot;), %2 a date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 can be forfeited on %2.</source>
        <extracomment>%1 is a count of shares (&quot;45 shares&quot;), %2 a date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 can be withdrawn on %2.</source>
        <extracomment>%1 is a count of shares (&quot;45 shares&quot;), %2 a date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of the class “%1” keep at least %2.</source>
        <extracomment>%2 is a count of shares (&quot;5 shares&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding after this entry: %1 (%2)</source>
        <extracomment>%1 is a count of shares (&quot;120 shares&quot;), %2 an amount of money</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will hold: %2 (%3)</source>
        <extracomment>%1 is a member number, %2 a count of shares (&quot;120 shares&quot;), %3 an amount of money</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::ShareLedgerModel</name>
    <message>
        <source>Reversal of #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reversed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry has been undone by a later reversing entry. It stays in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::UserGuideWindow</name>
    <message>
        <source>Mutualise User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the secretary: running a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the finance officer: a financial year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the finance officer: savings and the surplus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::UserNameDialog</name>
    <message>
        <source>Who Is Making Changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail records who makes each change to the mutual, for the board and the auditors to read. Enter your name as they know you.

It is kept on this computer for every mutual you change, and can be changed in Edit &gt; Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail records your name beside each change you make to a mutual from now on. Changes already made keep the name they were made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::VerificationBanner</name>
    <message>
        <source>&amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message until the file is opened again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s records could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s records could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit trail entry %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records verified against the audit trail (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This file does not match its audit trail: %n problem(s) found. It may have been changed outside Mutualise, or damaged. %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file does not match its audit trail (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Does Not Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row is something in the file that is not what Mutualise recorded in its audit trail. Compare the file with a backup, or ask whoever keeps it what was changed, before relying on these records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And %1 more, not listed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::app::WelcomePage</name>
    <message>
        <source>Welcome to Mutualise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your mutual&apos;s register of members and share capital ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Mutual…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Demo Mutual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent mutuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mutuals opened yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::reports::ElectionRoundsModel</name>
    <message>
        <source>Non-transferable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A surplus of %1 votes, passed on at %2 / %3 of each paper&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round 1
First
preferences</source>
        <extracomment>A column of the table of an STV count, on three lines</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals
after
round %1</source>
        <extracomment>A column of the table of an STV count, on three lines: every candidate&apos;s votes after a round</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1
Surplus of
%2</source>
        <extracomment>A column of the table of an STV count, on three lines: the votes a surplus passed on</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1
Exclusion of
%2</source>
        <extracomment>A column of the table of an STV count, on three lines: the votes an exclusion passed on</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mutualise::storage::MemberReader</name>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
