<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>mutualise::app::PaperDialog</name>
    <message numerus="yes">
        <source>Tick the candidates marked on the paper: at most %n, one a seat.</source>
        <translation>
            <numerusform>Tick the candidates marked on the paper: at most %n, one a seat.</numerusform>
            <numerusform>Tick the candidates marked on the paper: at most %n, one a seat.</numerusform>
        </translation>
    </message>
</context>
</TS>
