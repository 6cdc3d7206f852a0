<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>creditdesk::AuditPage</name>
    <message numerus="yes">
        <source>%n entry(ies) shown; more load as you scroll.</source>
        <translation>
            <numerusform>%n entry shown; more load as you scroll.</numerusform>
            <numerusform>%n entries shown; more load as you scroll.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit journal is intact: %n entry(ies), every hash checked.</source>
        <translation>
            <numerusform>The audit journal is intact: %n entry, every hash checked.</numerusform>
            <numerusform>The audit journal is intact: %n entries, every hash checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) exported to %1.</source>
        <translation>
            <numerusform>%n entry exported to %1.</numerusform>
            <numerusform>%n entries exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>creditdesk::CorrectionsPage</name>
    <message numerus="yes">
        <source>%n correction(s) waiting for a decision.</source>
        <translation>
            <numerusform>%n correction waiting for a decision.</numerusform>
            <numerusform>%n corrections waiting for a decision.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n working day(s) overdue</source>
        <translation>
            <numerusform>%1, %n working day overdue</numerusform>
            <numerusform>%1, %n working days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n working day(s) left</source>
        <translation>
            <numerusform>%1, %n working day left</numerusform>
            <numerusform>%1, %n working days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue (SPC rules Art. 9: three working days).</source>
        <translation>
            <numerusform>%n overdue (SPC rules Art. 9: three working days).</numerusform>
            <numerusform>%n overdue (SPC rules Art. 9: three working days).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>creditdesk::DossierModel</name>
    <message numerus="yes">
        <source>Not on the list now · %n listing(s) in the history</source>
        <translation>
            <numerusform>Not on the list now · %n listing in the history</numerusform>
            <numerusform>Not on the list now · %n listings in the history</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On the defaulter list: %n effective listing(s)</source>
        <translation>
            <numerusform>On the defaulter list: %n effective listing</numerusform>
            <numerusform>On the defaulter list: %n effective listings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) in force</source>
        <translation>
            <numerusform>%n measure in force</numerusform>
            <numerusform>%n measures in force</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>creditdesk::ExchangeService</name>
    <message numerus="yes">
        <source>the header announces %n record(s); the body has %1</source>
        <translation>
            <numerusform>the header announces %n record; the body has %1</numerusform>
            <numerusform>the header announces %n records; the body has %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>creditdesk::ExpiryReviewDialog</name>
    <message numerus="yes">
        <source>%n entry(ies) reached the end of their publication period as of %1. Check them; nothing changes until you confirm. Each entry gets its own audit entry.</source>
        <translation>
            <numerusform>%n entry reached the end of its publication period as of %1. Check it; nothing changes until you confirm. Each entry gets its own audit entry.</numerusform>
            <numerusform>%n entries reached the end of their publication period as of %1. Check them; nothing changes until you confirm. Each entry gets its own audit entry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply the end of publication to %n entry(ies)?</source>
        <translation>
            <numerusform>Apply the end of publication to %n entry?</numerusform>
            <numerusform>Apply the end of publication to %n entries?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>creditdesk::MainWindow</name>
    <message numerus="yes">
        <source>Credit repair: %n application(s) overdue.</source>
        <translation>
            <numerusform>Credit repair: %n application overdue.</numerusform>
            <numerusform>Credit repair: %n applications overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) without a deadline: the holiday calendar lacks a year.</source>
        <translation>
            <numerusform>%n case without a deadline: the holiday calendar lacks a year.</numerusform>
            <numerusform>%n cases without a deadline: the holiday calendar lacks a year.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup was written and checked:
%1
The newest %n backup(s) are kept.</source>
        <translation>
            <numerusform>The backup was written and checked:
%1
The newest %n backup is kept.</numerusform>
            <numerusform>The backup was written and checked:
%1
The newest %n backups are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outgoing package %1 written with %n record(s):
%2</source>
        <translation>
            <numerusform>Outgoing package %1 written with %n record:
%2</numerusform>
            <numerusform>Outgoing package %1 written with %n records:
%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>creditdesk::MeasureTreeModel</name>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in force</source>
        <translation>
            <numerusform>%n in force</numerusform>
            <numerusform>%n in force</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In force, %n feedback report(s)</source>
        <translation>
            <numerusform>In force, %n feedback report</numerusform>
            <numerusform>In force, %n feedback reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>creditdesk::NoticeBatchDialog</name>
    <message numerus="yes">
        <source>%n due a notice.</source>
        <translation>
            <numerusform>%n due a notice.</numerusform>
            <numerusform>%n due a notice.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>creditdesk::NoticesPage</name>
    <message numerus="yes">
        <source>%n notices.</source>
        <translation>
            <numerusform>%n notice.</numerusform>
            <numerusform>%n notices.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notices issued and saved.</source>
        <translation>
            <numerusform>%n notice issued and saved.</numerusform>
            <numerusform>%n notices issued and saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>creditdesk::ObjectionQueueModel</name>
    <message numerus="yes">
        <source>%n working day(s) overdue</source>
        <translation>
            <numerusform>%n working day overdue</numerusform>
            <numerusform>%n working days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>%n working day left</numerusform>
            <numerusform>%n working days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>creditdesk::ObjectionsPage</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>creditdesk::PackageImportDialog</name>
    <message numerus="yes">
        <source>Package %1 applied: %n record(s) in %2 s.</source>
        <translation>
            <numerusform>Package %1 applied: %n record in %2 s.</numerusform>
            <numerusform>Package %1 applied: %n records in %2 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fault(s), each to be corrected by the platform:</source>
        <translation>
            <numerusform>%n fault, to be corrected by the platform:</numerusform>
            <numerusform>%n faults, each to be corrected by the platform:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>creditdesk::RepairEligibility</name>
    <message numerus="yes">
        <source>Minimum publication period reached (%n month(s) for this tier)</source>
        <translation>
            <numerusform>Minimum publication period reached (%n month for this tier)</numerusform>
            <numerusform>Minimum publication period reached (%n months for this tier)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>creditdesk::RepairEligibilityPanel</name>
    <message numerus="yes">
        <source>%n condition(s) missing.</source>
        <translation>
            <numerusform>%n condition missing.</numerusform>
            <numerusform>%n conditions missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>creditdesk::RepairQueueModel</name>
    <message numerus="yes">
        <source>%n working day(s) overdue</source>
        <translation>
            <numerusform>%n working day overdue</numerusform>
            <numerusform>%n working days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>creditdesk::RepairsPage</name>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>creditdesk::RevealDialog</name>
    <message numerus="yes">
        <source>You are about to see the full %1 of %2. It is shown for %n minute(s) and the reveal is recorded in the audit journal with your reason.</source>
        <translation>
            <numerusform>You are about to see the full %1 of %2. It is shown for %n minute and the reveal is recorded in the audit journal with your reason.</numerusform>
            <numerusform>You are about to see the full %1 of %2. It is shown for %n minutes and the reveal is recorded in the audit journal with your reason.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>creditdesk::ScreeningPage</name>
    <message numerus="yes">
        <source>%1 — %2, %3 — %n hit(s)</source>
        <translation>
            <numerusform>%1 — %2, %3 — %n hit</numerusform>
            <numerusform>%1 — %2, %3 — %n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed hit(s) await a second officer.</source>
        <translation>
            <numerusform>%n confirmed hit awaits a second officer.</numerusform>
            <numerusform>%n confirmed hits await a second officer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) screened</source>
        <translation>
            <numerusform>%1: %n row screened</numerusform>
            <numerusform>%1: %n rows screened</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped:</source>
        <translation>
            <numerusform>%n row skipped:</numerusform>
            <numerusform>%n rows skipped:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The same file was screened in batch %1; %n row(s) changed since.</source>
        <translation>
            <numerusform>The same file was screened in batch %1; %n row changed since.</numerusform>
            <numerusform>The same file was screened in batch %1; %n rows changed since.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>creditdesk::ScreeningService</name>
    <message numerus="yes">
        <source>%n row(s) cannot be screened; nothing was screened or recorded. Correct the file, or choose to skip the bad rows.
%1</source>
        <translation>
            <numerusform>%n row cannot be screened; nothing was screened or recorded. Correct the file, or choose to skip the bad rows.
%1</numerusform>
            <numerusform>%n rows cannot be screened; nothing was screened or recorded. Correct the file, or choose to skip the bad rows.
%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>creditdesk::SearchPage</name>
    <message numerus="yes">
        <source>%Ln subject(s) shown, counting…</source>
        <translation>
            <numerusform>%Ln subject shown, counting…</numerusform>
            <numerusform>%Ln subjects shown, counting…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln subject(s) found.</source>
        <translation>
            <numerusform>%Ln subject found.</numerusform>
            <numerusform>%Ln subjects found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>creditdesk::StatisticsRowsDialog</name>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n row.</numerusform>
            <numerusform>%n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>creditdesk::WhitelistDialog</name>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>creditdesk::cli</name>
    <message numerus="yes">
        <source>Package %1 applied: %n record(s) in %2 s.</source>
        <translation>
            <numerusform>Package %1 applied: %n record in %2 s.</numerusform>
            <numerusform>Package %1 applied: %n records in %2 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Package %1 (sequence %2): %n record(s) written to %3.</source>
        <translation>
            <numerusform>Package %1 (sequence %2): %n record written to %3.</numerusform>
            <numerusform>Package %1 (sequence %2): %n records written to %3.</numerusform>
        </translation>
    </message>
</context>
</TS>
