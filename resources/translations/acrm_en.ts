<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>ActionOutbox</name>
    <message numerus="yes">
        <location filename="../../app/views/action_outbox.py" line="201" />
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/action_outbox.py" line="203" />
        <source>%n failed delivery(ies)</source>
        <translation>
            <numerusform>%n failed delivery</numerusform>
            <numerusform>%n failed deliveries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallerPanel</name>
    <message numerus="yes">
        <location filename="../../app/views/caller_panel.py" line="82" />
        <source>%n customer(s) use this number. Pick the caller (Enter).</source>
        <translation>
            <numerusform>%n customer uses this number. Pick the caller (Enter).</numerusform>
            <numerusform>%n customers use this number. Pick the caller (Enter).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardHeader</name>
    <message numerus="yes">
        <location filename="../../app/views/card_header.py" line="79" />
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/card_header.py" line="92" />
        <source>Birthday in %n day(s)</source>
        <translation>
            <numerusform>Birthday in %n day</numerusform>
            <numerusform>Birthday in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message numerus="yes">
        <location filename="../../app/views/history_view.py" line="137" />
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NextBestActionPanel</name>
    <message numerus="yes">
        <location filename="../../app/views/nba_panel.py" line="233" />
        <source>%n rule(s) could not be evaluated; rule authors have been told</source>
        <translation>
            <numerusform>%n rule could not be evaluated; rule authors have been told</numerusform>
            <numerusform>%n rules could not be evaluated; rule authors have been told</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../../app/views/search_panel.py" line="119" />
        <source>%n customer(s) found</source>
        <translation>
            <numerusform>%n customer found</numerusform>
            <numerusform>%n customers found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message numerus="yes">
        <location filename="../../app/views/rule_editor/versions_panel.py" line="159" />
        <source>%n rule(s) differ.</source>
        <translation><numerusform>%n rule differs.</numerusform><numerusform>%n rules differ.</numerusform></translation>
    </message>
</context>
<context>
    <name>SyncProblemsWindow</name>
    <message numerus="yes">
        <source>The server refused %n row(s). Ask an administrator to fix the cause, then retry; until then they stay on this desktop only.</source>
        <translation><numerusform>The server refused %n row. Ask an administrator to fix the cause, then retry; until then it stays on this desktop only.</numerusform><numerusform>The server refused %n rows. Ask an administrator to fix the cause, then retry; until then they stay on this desktop only.</numerusform></translation>
    </message>
<message numerus="yes">
        <location filename="../../app/views/sync_problems.py" line="195" />
        <source>%n feed row(s) skipped: they could not be read or stored on this desktop. Everything else was applied. Tell an administrator.</source>
        <translation>
            <numerusform>%n feed row skipped: it could not be read or stored on this desktop. Everything else was applied. Tell an administrator.</numerusform>
            <numerusform>%n feed rows skipped: they could not be read or stored on this desktop. Everything else was applied. Tell an administrator.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstSyncDialog</name>
    <message numerus="yes">
        <source>First sync with the server: %1 of %2 rows (%3)</source>
        <translation><numerusform>First sync with the server: %1 of %2 row (%3)</numerusform><numerusform>First sync with the server: %1 of %2 rows (%3)</numerusform></translation>
    </message>
</context>
<context>
    <name>TeamQueueWindow</name>
    <message numerus="yes">
        <source>%n open item(s)</source>
        <translation>
            <numerusform>%n open item</numerusform>
            <numerusform>%n open items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message numerus="yes">
        <location filename="../../app/views/sync_status.py" line="138" />
        <source>%n feed row(s) skipped</source>
        <translation>
            <numerusform>%n feed row skipped</numerusform>
            <numerusform>%n feed rows skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleFailuresPanel</name>
    <message numerus="yes">
        <location filename="../../app/views/rule_editor/failures_panel.py" line="115" />
        <source>%n rule failure(s) in published versions.</source>
        <translation>
            <numerusform>%n rule failure in published versions.</numerusform>
            <numerusform>%n rule failures in published versions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingDraftsLine</name>
    <message numerus="yes">
        <location filename="../../app/views/wrapup/pending_line.py" line="22" />
        <source>%n unsaved wrap-up(s): %1 (Ctrl+Shift+W)</source>
        <translation>
            <numerusform>%n unsaved wrap-up: %1 (Ctrl+Shift+W)</numerusform>
            <numerusform>%n unsaved wrap-ups, the latest: %1 (Ctrl+Shift+W)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MyCallbacksWindow</name>
    <message numerus="yes">
        <location filename="../../app/views/tools/my_callbacks.py" line="138" />
        <source>%n open callback(s)</source>
        <translation>
            <numerusform>%n open callback</numerusform>
            <numerusform>%n open callbacks</numerusform>
        </translation>
    </message>
<message numerus="yes">
        <location filename="../../app/views/tools/my_callbacks.py" line="143" />
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgentsModel</name>
    <message numerus="yes">
        <source>%n callback(s) due in the period</source>
        <translation>
            <numerusform>%n callback due in the period</numerusform>
            <numerusform>%n callbacks due in the period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept on time</source>
        <translation>
            <numerusform>%n kept on time</numerusform>
            <numerusform>%n kept on time</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HoursTab</name>
    <message numerus="yes">
        <source>%n contact(s) today</source>
        <translation>
            <numerusform>%n contact today</numerusform>
            <numerusform>%n contacts today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n by this hour on the same weekday last week</source>
        <translation>
            <numerusform>%n by this hour on the same weekday last week</numerusform>
            <numerusform>%n by this hour on the same weekday last week</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamWorkspaceWindow</name>
    <message numerus="yes">
        <source>%n row(s) saved to %1</source>
        <translation>
            <numerusform>%n row saved to %1</numerusform>
            <numerusform>%n rows saved to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardCallbacks</name>
    <message numerus="yes">
        <location filename="../../app/views/customer/card_callbacks.py" line="94" />
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message numerus="yes">
        <location filename="../../app/views/team/campaign_texts.py" line="119" />
        <source>%n customer(s) evaluated</source>
        <translation>
            <numerusform>%n customer evaluated</numerusform>
            <numerusform>%n customers evaluated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/campaign_texts.py" line="120" />
        <source>%n added to the call list</source>
        <translation>
            <numerusform>%n added to the call list</numerusform>
            <numerusform>%n added to the call list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/campaign_texts.py" line="121" />
        <source>%n already on the campaign</source>
        <translation>
            <numerusform>%n already on the campaign</numerusform>
            <numerusform>%n already on the campaign</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/campaign_texts.py" line="124" />
        <source>%n left out by the cap</source>
        <translation>
            <numerusform>%n left out by the cap</numerusform>
            <numerusform>%n left out by the cap</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/campaign_texts.py" line="132" />
        <source>%n held back</source>
        <translation>
            <numerusform>%n held back</numerusform>
            <numerusform>%n held back</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamQueueTab</name>
    <message numerus="yes">
        <location filename="../../app/views/team/queue_tab.py" line="182" />
        <source>%1 — %n open</source>
        <translation>
            <numerusform>%1 — %n open</numerusform>
            <numerusform>%1 — %n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/queue_tab.py" line="191" />
        <source>%n open item(s)</source>
        <translation>
            <numerusform>%n open item</numerusform>
            <numerusform>%n open items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/queue_tab.py" line="193" />
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/queue_tab.py" line="195" />
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/queue_tab.py" line="246" />
        <source>%n item(s) given to %1</source>
        <translation>
            <numerusform>%n item given to %1</numerusform>
            <numerusform>%n items given to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MyQueueWindow</name>
    <message numerus="yes">
        <location filename="../../app/views/tools/my_queue.py" line="163" />
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/tools/my_queue.py" line="168" />
        <source>%n callable now</source>
        <translation>
            <numerusform>%n callable now</numerusform>
            <numerusform>%n callable now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/tools/my_queue.py" line="179" />
        <source>%n item(s) nobody has taken yet</source>
        <translation>
            <numerusform>%n item nobody has taken yet</numerusform>
            <numerusform>%n items nobody has taken yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message numerus="yes">
        <source>%n row(s) shown</source>
        <translation>
            <numerusform>%n row shown</numerusform>
            <numerusform>%n rows shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to %1</source>
        <translation>
            <numerusform>%n row saved to %1</numerusform>
            <numerusform>%n rows saved to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleVersionsTab</name>
    <message numerus="yes">
        <source>Version %1 → version %2: %n rule(s) differ</source>
        <translation>
            <numerusform>Version %1 → version %2: %n rule differs</numerusform>
            <numerusform>Version %1 → version %2: %n rules differ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignOutDialog</name>
    <message numerus="yes">
        <location filename="../../app/views/first_run/sign_out_dialog.py" line="66" />
        <source>%n change(s) have not reached the server yet</source>
        <translation>
            <numerusform>%n change has not reached the server yet</numerusform>
            <numerusform>%n changes have not reached the server yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/first_run/sign_out_dialog.py" line="68" />
        <source>; %n were refused by it</source>
        <translation>
            <numerusform>; %n was refused by it</numerusform>
            <numerusform>; %n were refused by it</numerusform>
        </translation>
    </message>
</context>
</TS>