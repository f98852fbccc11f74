<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pl_PL">
<context>
    <name>ActionOutbox</name>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="53" />
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="56" />
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="57" />
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="58" />
        <source>Action</source>
        <translation>Akcja</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="59" />
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="61" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="66" />
        <source>Attempts</source>
        <translation>Próby</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="70" />
        <source>Message</source>
        <translation>Treść</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="97" />
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="99" />
        <source>Load the outbox again (F5)</source>
        <translation>Wczytaj ponownie skrzynkę nadawczą (F5)</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="104" />
        <source>Automatic actions, newest first</source>
        <translation>Akcje automatyczne, od najnowszych</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="115" />
        <source>Automatic action outbox</source>
        <translation>Skrzynka nadawcza akcji automatycznych</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="132" />
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/tools/action_outbox.py" line="145" />
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n akcja</numerusform>
            <numerusform>%n akcje</numerusform>
            <numerusform>%n akcji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/tools/action_outbox.py" line="147" />
        <source>%n failed delivery(ies)</source>
        <translation>
            <numerusform>%n nieudana wysyłka</numerusform>
            <numerusform>%n nieudane wysyłki</numerusform>
            <numerusform>%n nieudanych wysyłek</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="148" />
        <source>No automatic actions yet.</source>
        <translation>Brak akcji automatycznych.</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="154" />
        <source>Could not load the outbox: %1</source>
        <translation>Nie udało się wczytać skrzynki nadawczej: %1</translation>
    </message>
</context>
<context>
    <name>AdminConsoleWindow</name>
    <message>
        <location filename="../../app/views/admin/console.py" line="28" />
        <source>Administration — aCRM Desk</source>
        <translation>Administracja — aCRM Desk</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/console.py" line="57" />
        <source>The administration console needs the administrator role.</source>
        <translation>Konsola administracyjna wymaga roli administratora.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/console.py" line="67" />
        <source>Could not check your role: %1</source>
        <translation>Nie udało się sprawdzić Twojej roli: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/tabs.py" line="33" />
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/tabs.py" line="35" />
        <source>Teams</source>
        <translation>Zespoły</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/tabs.py" line="42" />
        <source>Desks</source>
        <translation>Stanowiska</translation>
    </message>
</context>
<context>
    <name>AgentsModel</name>
    <message>
        <location filename="../../app/views/team/agents_model.py" line="29" />
        <source>Agent</source>
        <translation>Konsultant</translation>
    </message>
    <message>
        <location filename="../../app/views/team/agents_model.py" line="30" />
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <location filename="../../app/views/team/agents_model.py" line="31" />
        <source>Open items</source>
        <translation>Otwarte zadania</translation>
    </message>
    <message>
        <location filename="../../app/views/team/agents_model.py" line="32" />
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <location filename="../../app/views/team/agents_model.py" line="33" />
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <location filename="../../app/views/team/agents_model.py" line="35" />
        <source>Avg handle time</source>
        <translation>Śr. czas obsługi</translation>
    </message>
    <message>
        <location filename="../../app/views/team/agents_model.py" line="39" />
        <source>Offers presented</source>
        <translation>Przedstawione oferty</translation>
    </message>
    <message>
        <location filename="../../app/views/team/agents_model.py" line="41" />
        <source>Acceptance rate</source>
        <translation>Odsetek przyjętych</translation>
    </message>
    <message>
        <location filename="../../app/views/team/agents_model.py" line="43" />
        <source>Callbacks on time</source>
        <translation>Oddzwonienia na czas</translation>
    </message>
    <message>
        <location filename="../../app/views/team/agents_model.py" line="67" />
        <source>%1 accepted of %2 presented</source>
        <translation>%1 przyjętych z %2 przedstawionych</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/agents_model.py" line="80" />
        <source>%n callback(s) due in the period</source>
        <translation>
            <numerusform>%n oddzwonienie na ten okres</numerusform>
            <numerusform>%n oddzwonienia na ten okres</numerusform>
            <numerusform>%n oddzwonień na ten okres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/agents_model.py" line="82" />
        <source>%n kept on time</source>
        <translation>
            <numerusform>%n na czas</numerusform>
            <numerusform>%n na czas</numerusform>
            <numerusform>%n na czas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <location filename="../../app/views/customer/alert_banner.py" line="77" />
        <source>Warnings about this customer</source>
        <translation>Ostrzeżenia dotyczące klienta</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/alert_banner.py" line="86" />
        <source>Urgent</source>
        <translation>Pilne</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/alert_banner.py" line="87" />
        <source>Caution</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/alert_banner.py" line="100" />
        <source>More alerts: %1</source>
        <translation>Więcej ostrzeżeń: %1</translation>
    </message>
</context>
<context>
    <name>AnalyticsRefresh</name>
    <message>
        <location filename="../../app/views/shell/analytics_refresh.py" line="161" />
        <source>This desk cannot refresh analytics: an administrator refreshes them on the server.</source>
        <translation>Ten pulpit nie odświeża analityki: robi to administrator na serwerze.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/analytics_refresh.py" line="209" />
        <source>Analytics refresh cancelled: nothing was changed.</source>
        <translation>Odświeżanie analityki anulowane: nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/analytics_refresh.py" line="215" />
        <source>Analytics not refreshed: %1. The previous version stays in force.</source>
        <translation>Analityka nie została odświeżona: %1. Obowiązuje poprzednia wersja.</translation>
    </message>
</context>
<context>
    <name>AttributeCompletion</name>
    <message>
        <location filename="../../app/views/rule_editor/attribute_completion.py" line="29" />
        <source>whole number</source>
        <translation>liczba całkowita</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/attribute_completion.py" line="30" />
        <source>decimal number</source>
        <translation>liczba dziesiętna</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/attribute_completion.py" line="31" />
        <source>yes/no</source>
        <translation>tak/nie</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/attribute_completion.py" line="32" />
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/attribute_completion.py" line="33" />
        <source>text</source>
        <translation>tekst</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../app/views/admin/audit_tab.py" line="43" />
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/audit_tab.py" line="44" />
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/audit_tab.py" line="45" />
        <source>Action</source>
        <translation>Akcja</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/audit_tab.py" line="46" />
        <source>Target</source>
        <translation>Obiekt</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/audit_tab.py" line="47" />
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../app/views/admin/audit_tab.py" line="68" />
        <source>any</source>
        <translation>dowolna</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/audit_tab.py" line="71" />
        <source>e.g. wrapup_codes or role.create</source>
        <translation>np. wrapup_codes lub role.create</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/audit_tab.py" line="72" />
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/audit_tab.py" line="79" />
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/audit_tab.py" line="82" />
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/audit_tab.py" line="83" />
        <source>Who (login)</source>
        <translation>Kto (login)</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/audit_tab.py" line="84" />
        <source>Action</source>
        <translation>Akcja</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/audit_tab.py" line="85" />
        <source>Target contains</source>
        <translation>Obiekt zawiera</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/audit_tab.py" line="98" />
        <source>Show more (Alt+M)</source>
        <translation>Pokaż więcej (Alt+M)</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/audit_tab.py" line="119" />
        <source>Audit log</source>
        <translation>Dziennik audytu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/admin/audit_tab.py" line="158" />
        <source>%n row(s) shown</source>
        <translation>
            <numerusform>Pokazano %n wiersz</numerusform>
            <numerusform>Pokazano %n wiersze</numerusform>
            <numerusform>Pokazano %n wierszy</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/admin/audit_tab.py" line="160" />
        <source>(more match: Alt+M shows more)</source>
        <translation>(pasuje więcej: Alt+M pokaże więcej)</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/audit_tab.py" line="164" />
        <source>Could not read the audit log: %1</source>
        <translation>Nie udało się odczytać dziennika audytu: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/audit_tab.py" line="172" />
        <source>Saving to %1…</source>
        <translation>Zapisywanie do %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/admin/audit_tab.py" line="176" />
        <source>%n row(s) saved to %1</source>
        <translation>
            <numerusform>Zapisano %n wiersz do %1</numerusform>
            <numerusform>Zapisano %n wiersze do %1</numerusform>
            <numerusform>Zapisano %n wierszy do %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/admin/audit_tab.py" line="178" />
        <source>Could not save %1: %2</source>
        <translation>Nie udało się zapisać %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/audit_tab.py" line="183" />
        <source>Export the audit log</source>
        <translation>Eksport dziennika audytu</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/audit_tab.py" line="183" />
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>AutomaticState</name>
    <message>
        <location filename="../../app/views/nba/texts.py" line="62" />
        <source>sent on %1</source>
        <translation>wysłano %1</translation>
    </message>
    <message>
        <location filename="../../app/views/nba/texts.py" line="66" />
        <source>not sent: in the local outbox since %1</source>
        <translation>niewysłane: w skrzynce lokalnej od %1</translation>
    </message>
    <message>
        <location filename="../../app/views/nba/texts.py" line="69" />
        <source>due: sent by tonight's run</source>
        <translation>zaplanowane: wyśle je dzisiejszy nocny przebieg</translation>
    </message>
</context>
<context>
    <name>CallbackEdit</name>
    <message>
        <location filename="../../app/views/nba/outcome.py" line="101" />
        <source>Call back at</source>
        <translation>Oddzwonić o</translation>
    </message>
</context>
<context>
    <name>CallerPanel</name>
    <message>
        <location filename="../../app/views/customer/caller_panel.py" line="48" />
        <source>Customers with this phone number</source>
        <translation>Klienci z tym numerem telefonu</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/caller_panel.py" line="55" />
        <source>Back to search</source>
        <translation>Wróć do wyszukiwania</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/caller_panel.py" line="66" />
        <source>Log unknown caller</source>
        <translation>Zapisz bez klienta</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/caller_panel.py" line="68" />
        <source>Wrap up the call without a customer; the number is kept</source>
        <translation>Zakończ rozmowę bez klienta; numer zostanie zapisany</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/caller_panel.py" line="71" />
        <source>Create customer…</source>
        <translation>Utwórz klienta…</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/caller_panel.py" line="88" />
        <location filename="../../app/views/customer/caller_panel.py" line="99" />
        <source>Incoming call %1</source>
        <translation>Połączenie przychodzące %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/customer/caller_panel.py" line="90" />
        <source>%n customer(s) use this number. Pick the caller (Enter).</source>
        <translation>
            <numerusform>%n klient używa tego numeru. Wybierz dzwoniącego (Enter).</numerusform>
            <numerusform>%n klientów używa tego numeru. Wybierz dzwoniącego (Enter).</numerusform>
            <numerusform>%n klientów używa tego numeru. Wybierz dzwoniącego (Enter).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/customer/caller_panel.py" line="100" />
        <source>No customer has this number.</source>
        <translation>Żaden klient nie ma tego numeru.</translation>
    </message>
</context>
<context>
    <name>CampaignForm</name>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="50" />
        <source>New campaign</source>
        <translation>Nowa kampania</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="53" />
        <source>Published &amp;rule</source>
        <translation>Opublikowana &amp;reguła</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="54" />
        <source>C&amp;ondition</source>
        <translation>&amp;Warunek</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="65" />
        <source>e.g. segment == "affluent"</source>
        <translation>np. segment == "affluent"</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="67" />
        <source>the rule's action</source>
        <translation>akcja reguły</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="73" />
        <source>no end</source>
        <translation>bez końca</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="77" />
        <source>no cap</source>
        <translation>bez limitu</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="78" />
        <source>Create  %1</source>
        <translation>Utwórz  %1</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="80" />
        <source>Close panel</source>
        <translation>Zamknij panel</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="113" />
        <source>&amp;Name</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="114" />
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="115" />
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="116" />
        <source>Condition</source>
        <translation>Warunek</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="117" />
        <source>&amp;Action</source>
        <translation>&amp;Akcja</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="118" />
        <source>C&amp;hannel</source>
        <translation>&amp;Kanał</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="119" />
        <source>&amp;From</source>
        <translation>&amp;Od</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="120" />
        <source>&amp;To</source>
        <translation>&amp;Do</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="121" />
        <source>T&amp;eam</source>
        <translation>&amp;Zespół</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="122" />
        <source>Ca&amp;p</source>
        <translation>&amp;Limit</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="161" />
        <source>no published rule</source>
        <translation>brak opublikowanej reguły</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="166" />
        <source>whole centre</source>
        <translation>całe centrum</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="189" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="210" />
        <source>write a whole number, or leave it empty for no cap</source>
        <translation>wpisz liczbę całkowitą albo zostaw puste, aby nie było limitu</translation>
    </message>
</context>
<context>
    <name>CampaignModel</name>
    <message>
        <location filename="../../app/views/team/campaign_model.py" line="37" />
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_model.py" line="38" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_model.py" line="39" />
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_model.py" line="40" />
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_model.py" line="41" />
        <source>Dates</source>
        <translation>Daty</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_model.py" line="43" />
        <source>Cap</source>
        <translation>Limit</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_model.py" line="45" />
        <source>Entries</source>
        <translation>Wpisy</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_model.py" line="46" />
        <source>Generated</source>
        <translation>Wygenerowano</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_model.py" line="47" />
        <source>Targeted</source>
        <translation>Wybrani</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_model.py" line="48" />
        <source>Reached</source>
        <translation>Osiągnięci</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_model.py" line="49" />
        <source>Presented</source>
        <translation>Przedstawione</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_model.py" line="50" />
        <source>Accepted</source>
        <translation>Przyjęte</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_model.py" line="51" />
        <source>Conversion</source>
        <translation>Konwersja</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_model.py" line="62" />
        <source>never</source>
        <translation>nigdy</translation>
    </message>
</context>
<context>
    <name>CampaignPanel</name>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="37" />
        <source>Generate  %1</source>
        <translation>Generuj  %1</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="39" />
        <source>Close campaign…</source>
        <translation>Zamknij kampanię…</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="41" />
        <source>Generation progress</source>
        <translation>Postęp generowania</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="42" />
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="48" />
        <source>Close it</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="49" />
        <source>Keep it open</source>
        <translation>Zostaw otwartą</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="61" />
        <source>Targeted</source>
        <translation>Wybrani</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="61" />
        <source>Entries</source>
        <translation>Wpisy</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="62" />
        <source>Reached</source>
        <translation>Osiągnięci</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="62" />
        <source>Presented</source>
        <translation>Przedstawione</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="63" />
        <source>Accepted</source>
        <translation>Przyjęte</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="67" />
        <source>Conversion</source>
        <translation>Konwersja</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="68" />
        <source>Declined by reason</source>
        <translation>Odrzucone wg powodu</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="102" />
        <source>Select a campaign to see its results</source>
        <translation>Wybierz kampanię, aby zobaczyć jej wyniki</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="108" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="128" />
        <source>Generating %1…</source>
        <translation>Generowanie: %1…</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="141" />
        <source>%1 of %2 customers</source>
        <translation>%1 z %2 klientów</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="147" />
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="161" />
        <source>Close %1? Its open entries are cancelled; its results stay.</source>
        <translation>Zamknąć %1? Otwarte wpisy zostaną anulowane; wyniki zostaną.</translation>
    </message>
</context>
<context>
    <name>CampaignTexts</name>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="19" />
        <source>open</source>
        <translation>otwarta</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="20" />
        <source>closed</source>
        <translation>zamknięta</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="27" />
        <source>rule %1</source>
        <translation>reguła %1</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="32" />
        <source>whole centre</source>
        <translation>całe centrum</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="38" />
        <source>from %1</source>
        <translation>od %1</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="43" />
        <location filename="../../app/views/team/campaign_texts.py" line="55" />
        <source>no cap</source>
        <translation>bez limitu</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="49" />
        <source>never generated</source>
        <translation>jeszcze nie generowana</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="51" />
        <source>generated %1</source>
        <translation>wygenerowana %1</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="54" />
        <source>cap %1</source>
        <translation>limit %1</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="69" />
        <source>nothing presented yet</source>
        <translation>jeszcze nic nie przedstawiono</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="73" />
        <source>%1 (95% interval %2 – %3)</source>
        <translation>%1 (przedział 95%: %2 – %3)</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="83" />
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="91" />
        <source>no consent</source>
        <translation>brak zgody</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="92" />
        <source>contact policy</source>
        <translation>zasady kontaktu</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="93" />
        <source>contacted recently</source>
        <translation>niedawny kontakt</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="94" />
        <source>shown recently</source>
        <translation>niedawno przedstawiona</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="95" />
        <source>declined recently</source>
        <translation>niedawno odrzucona</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="96" />
        <source>accepted recently</source>
        <translation>niedawno przyjęta</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="97" />
        <source>shown too often</source>
        <translation>przedstawiana zbyt często</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="98" />
        <source>no phone number</source>
        <translation>brak numeru telefonu</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="99" />
        <source>already done</source>
        <translation>już wykonane</translation>
    </message>
</context>
<context>
    <name>CampaignsTab</name>
    <message>
        <location filename="../../app/views/team/campaigns_tab.py" line="64" />
        <source>New campaign  %1</source>
        <translation>Nowa kampania  %1</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaigns_tab.py" line="90" />
        <source>Campaigns</source>
        <translation>Kampanie</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaigns_tab.py" line="144" />
        <source>No campaigns yet: create one with New campaign.</source>
        <translation>Nie ma jeszcze kampanii: utwórz ją przyciskiem Nowa kampania.</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaigns_tab.py" line="148" />
        <source>Could not read the campaigns: %1</source>
        <translation>Nie udało się odczytać kampanii: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaigns_tab.py" line="208" />
        <source>Campaign %1 created: generate it to fill its call list.</source>
        <translation>Utworzono kampanię %1: wygeneruj ją, aby wypełnić listę połączeń.</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaigns_tab.py" line="218" />
        <source>Could not create the campaign: %1</source>
        <translation>Nie udało się utworzyć kampanii: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaigns_tab.py" line="253" />
        <source>Could not generate the campaign: %1</source>
        <translation>Nie udało się wygenerować kampanii: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaigns_tab.py" line="268" />
        <source>Campaign %1 closed: its open entries are cancelled, its results stay.</source>
        <translation>Zamknięto kampanię %1: otwarte wpisy anulowano, wyniki zostają.</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaigns_tab.py" line="274" />
        <source>Could not close the campaign: %1</source>
        <translation>Nie udało się zamknąć kampanii: %1</translation>
    </message>
</context>
<context>
    <name>CardCallbacks</name>
    <message>
        <location filename="../../app/views/customer/card_callbacks.py" line="25" />
        <source>%1 · overdue</source>
        <translation>%1 · po terminie</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_callbacks.py" line="45" />
        <source>Open callbacks and promises</source>
        <translation>Otwarte oddzwonienia i obietnice</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_callbacks.py" line="57" />
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_callbacks.py" line="57" />
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_callbacks.py" line="57" />
        <source>Assigned to</source>
        <translation>Przypisane do</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_callbacks.py" line="58" />
        <source>Open callbacks</source>
        <translation>Otwarte oddzwonienia</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/customer/card_callbacks.py" line="92" />
        <source>Open callbacks and promises: %n</source>
        <translation>
            <numerusform>Otwarte oddzwonienia i obietnice: %n</numerusform>
            <numerusform>Otwarte oddzwonienia i obietnice: %n</numerusform>
            <numerusform>Otwarte oddzwonienia i obietnice: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/customer/card_callbacks.py" line="94" />
        <source>%n overdue</source>
        <translation>
            <numerusform>%n po terminie</numerusform>
            <numerusform>%n po terminie</numerusform>
            <numerusform>%n po terminie</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_callbacks.py" line="98" />
        <source>nobody</source>
        <translation>nikt</translation>
    </message>
</context>
<context>
    <name>CardHeader</name>
    <message>
        <location filename="../../app/views/customer/card_header.py" line="26" />
        <location filename="../../app/views/customer/card_header.py" line="57" />
        <source>No customer open</source>
        <translation>Nie otwarto klienta</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_header.py" line="29" />
        <source>Search by name, phone, e-mail or customer number (Ctrl+F)</source>
        <translation>Szukaj po nazwisku, telefonie, e-mailu lub numerze klienta (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_header.py" line="59" />
        <source>(no name)</source>
        <translation>(bez nazwiska)</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_header.py" line="60" />
        <source>Customer name: %1</source>
        <translation>Klient: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_header.py" line="62" />
        <source>no segment</source>
        <translation>brak segmentu</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_header.py" line="63" />
        <source>Segment: %1</source>
        <translation>Segment: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/customer/card_header.py" line="80" />
        <source>%n years</source>
        <translation>
            <numerusform>%n rok</numerusform>
            <numerusform>%n lata</numerusform>
            <numerusform>%n lat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_header.py" line="83" />
        <source>born %1</source>
        <translation>ur. %1</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_header.py" line="86" />
        <source>Customer no. %1</source>
        <translation>Nr klienta %1</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_header.py" line="91" />
        <source>Birthday today</source>
        <translation>Dziś urodziny</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/customer/card_header.py" line="93" />
        <source>Birthday in %n day(s)</source>
        <translation>
            <numerusform>Urodziny za %n dzień</numerusform>
            <numerusform>Urodziny za %n dni</numerusform>
            <numerusform>Urodziny za %n dni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_header.py" line="101" />
        <source>no phone</source>
        <translation>brak telefonu</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_header.py" line="102" />
        <source>no e-mail</source>
        <translation>brak e-maila</translation>
    </message>
</context>
<context>
    <name>CardQueueItem</name>
    <message>
        <location filename="../../app/views/customer/card_queue_item.py" line="25" />
        <source>Queue item</source>
        <translation>Pozycja kolejki</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_queue_item.py" line="52" />
        <source>Queue item: %1</source>
        <translation>Pozycja kolejki: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_queue_item.py" line="53" />
        <source>Reason: %1</source>
        <translation>Powód: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_queue_item.py" line="56" />
        <source>Script</source>
        <translation>Skrypt</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_queue_item.py" line="60" />
        <source>attempt %1 of %2</source>
        <translation>próba %1 z %2</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_queue_item.py" line="66" />
        <source>window ends %1</source>
        <translation>okno kończy się %1</translation>
    </message>
</context>
<context>
    <name>CardSections</name>
    <message>
        <location filename="../../app/views/customer/card_sections.py" line="97" />
        <source>Number ending in %1</source>
        <translation>Numer kończący się na %1</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_sections.py" line="55" />
        <source>Active</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_sections.py" line="93" />
        <source>Closed %1</source>
        <translation>Zamknięty %1</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_sections.py" line="70" />
        <source>hidden</source>
        <translation>ukryte</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_sections.py" line="85" />
        <source>Hidden until the caller's identity is verified (Ctrl+Shift+V)</source>
        <translation>Ukryte do weryfikacji tożsamości rozmówcy (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_sections.py" line="88" />
        <source>opened %1</source>
        <translation>otwarto %1</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_sections.py" line="120" />
        <location filename="../../app/views/customer/card_sections.py" line="129" />
        <source>OPEN</source>
        <translation>OTWARTA</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_sections.py" line="55" />
        <location filename="../../app/views/customer/card_sections.py" line="120" />
        <location filename="../../app/views/customer/card_sections.py" line="131" />
        <source>Closed</source>
        <translation>Zamknięta</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_sections.py" line="139" />
        <source>Granted</source>
        <translation>Zgoda</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_sections.py" line="140" />
        <source>Denied</source>
        <translation>Brak zgody</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_sections.py" line="147" />
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_sections.py" line="149" />
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_sections.py" line="149" />
        <source>No</source>
        <translation>Nie</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="62" />
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="63" />
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="36" />
        <source>Customer card</source>
        <translation>Karta klienta</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="61" />
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="72" />
        <source>Opened</source>
        <translation>Otwarto</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="64" />
        <location filename="../../app/views/customer/card_view.py" line="72" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="69" />
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="69" />
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="69" />
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="72" />
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="75" />
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="75" />
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="75" />
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="75" />
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="79" />
        <source>No consent recorded: do not contact.</source>
        <translation>Brak zarejestrowanych zgód: nie kontaktować się.</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="80" />
        <source>No custom attributes.</source>
        <translation>Brak atrybutów dodatkowych.</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="81" />
        <source>Recent contacts</source>
        <translation>Ostatnie kontakty</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="86" />
        <source>Products</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="92" />
        <source>Consents</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="93" />
        <source>Monthly inflow / outflow</source>
        <translation>Wpływy i wydatki miesięcznie</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="95" />
        <source>Recent transactions</source>
        <translation>Ostatnie transakcje</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="96" />
        <source>Complaints</source>
        <translation>Reklamacje</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="97" />
        <source>No complaints.</source>
        <translation>Brak reklamacji.</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="99" />
        <source>Custom attributes</source>
        <translation>Atrybuty dodatkowe</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="216" />
        <source>Search for a customer (Ctrl+F), or take a call to see the card.</source>
        <translation>Wyszukaj klienta (Ctrl+F) lub odbierz połączenie, aby zobaczyć kartę.</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="271" />
        <source>Recent contacts (%1 in total)</source>
        <translation>Ostatnie kontakty (łącznie %1)</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../app/views/first_run/work_pages.py" line="75" />
        <source>Test the connection</source>
        <translation>Test połączenia</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/work_pages.py" line="76" />
        <source>&amp;Try again</source>
        <translation>&amp;Spróbuj ponownie</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/work_pages.py" line="86" />
        <source>Connecting to %1 as %2…</source>
        <translation>Łączenie z %1 jako %2…</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/work_pages.py" line="104" />
        <source>Connected to %1 as %2 (%3).</source>
        <translation>Połączono z %1 jako %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/work_pages.py" line="108" />
        <source>Go back (Alt+B) to correct it, or try again (Alt+T).</source>
        <translation>Wróć (Alt+B), aby to poprawić, albo spróbuj ponownie (Alt+T).</translation>
    </message>
</context>
<context>
    <name>CloseCallbacks</name>
    <message>
        <location filename="../../app/views/wrapup/close_callbacks.py" line="111" />
        <source>Callback: %1, due %2 · close on save</source>
        <translation>Oddzwonienie: %1, termin %2 · zamknij przy zapisie</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/close_callbacks.py" line="113" />
        <source>Close callback due %1: %2</source>
        <translation>Zamknij oddzwonienie z terminem %1: %2</translation>
    </message>
</context>
<context>
    <name>CodesList</name>
    <message>
        <location filename="../../app/views/wrapup/codes_list.py" line="20" />
        <source>Wrap-up codes (Space to tick)</source>
        <translation>Kody zakończenia (Spacja zaznacza)</translation>
    </message>
</context>
<context>
    <name>CodesTab</name>
    <message>
        <location filename="../../app/views/admin/codes_tab.py" line="45" />
        <source>Filter by code or label (Ctrl+F)</source>
        <translation>Filtruj po kodzie lub etykiecie (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/codes_tab.py" line="49" />
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/codes_tab.py" line="49" />
        <source>Polish</source>
        <translation>Polski</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/codes_tab.py" line="49" />
        <source>Russian</source>
        <translation>Rosyjski</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/codes_tab.py" line="49" />
        <source>English</source>
        <translation>Angielski</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/codes_tab.py" line="50" />
        <source>Active</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/codes_tab.py" line="66" />
        <source>Deactivate / reactivate</source>
        <translation>Dezaktywuj / przywróć</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/codes_tab.py" line="69" />
        <source>New code</source>
        <translation>Nowy kod</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/codes_tab.py" line="71" />
        <source>Label in Polish</source>
        <translation>Etykieta po polsku</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/codes_tab.py" line="71" />
        <source>Label in Russian</source>
        <translation>Etykieta po rosyjsku</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/codes_tab.py" line="72" />
        <source>Label in English (optional)</source>
        <translation>Etykieta po angielsku (opcjonalnie)</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/codes_tab.py" line="75" />
        <source>Add code</source>
        <translation>Dodaj kod</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/codes_tab.py" line="87" />
        <source>F2 edits a label · Delete deactivates · Insert reactivates</source>
        <translation>F2 edytuje etykietę · Delete dezaktywuje · Insert przywraca</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/codes_tab.py" line="99" />
        <source>Wrap-up codes</source>
        <translation>Kody zakończenia</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/codes_tab.py" line="124" />
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/codes_tab.py" line="124" />
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/codes_tab.py" line="154" />
        <source>%1: label saved.</source>
        <translation>%1: etykieta zapisana.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/codes_tab.py" line="173" />
        <source>%1 is offered again.</source>
        <translation>%1 jest znowu dostępny.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/codes_tab.py" line="176" />
        <source>%1 is no longer offered; contacts that used it keep it.</source>
        <translation>%1 nie jest już dostępny; kontakty, które go użyły, zachowują go.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/codes_tab.py" line="189" />
        <source>%1 added.</source>
        <translation>Dodano %1.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/codes_tab.py" line="202" />
        <location filename="../../app/views/admin/codes_tab.py" line="205" />
        <source>Not saved: %1</source>
        <translation>Nie zapisano: %1</translation>
    </message>
</context>
<context>
    <name>ConditionEditor</name>
    <message>
        <location filename="../../app/views/rule_editor/condition_edit.py" line="176" />
        <source>e.g. last_inflow &gt; 3 * avg_prior_inflow and consent_phone   (Ctrl+Space: names)</source>
        <translation>np. last_inflow &gt; 3 * avg_prior_inflow and consent_phone   (Ctrl+Space: nazwy)</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/condition_edit.py" line="179" />
        <source>Condition</source>
        <translation>Warunek</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/condition_edit.py" line="244" />
        <source>✓ The condition is valid. It reads: %1</source>
        <translation>✓ Warunek jest poprawny. Odczytuje: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/condition_edit.py" line="246" />
        <source>✓ The condition is valid.</source>
        <translation>✓ Warunek jest poprawny.</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/condition_edit.py" line="261" />
        <source>Line %1, column %2: %3</source>
        <translation>Wiersz %1, kolumna %2: %3</translation>
    </message>
</context>
<context>
    <name>ConversionModel</name>
    <message>
        <location filename="../../app/views/team/effectiveness_model.py" line="31" />
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_model.py" line="32" />
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_model.py" line="33" />
        <source>Presented</source>
        <translation>Przedstawione</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_model.py" line="34" />
        <source>Accepted</source>
        <translation>Przyjęte</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_model.py" line="35" />
        <source>Conversion (95 % interval)</source>
        <translation>Konwersja (przedział 95 %)</translation>
    </message>
</context>
<context>
    <name>DeskTableModel</name>
    <message>
        <location filename="../../app/views/admin/desks_model.py" line="28" />
        <source>Healthy</source>
        <translation>Sprawny</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_model.py" line="29" />
        <source>Silent</source>
        <translation>Milczy</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_model.py" line="30" />
        <source>Failing</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_model.py" line="31" />
        <source>Behind</source>
        <translation>Nieaktualny</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_model.py" line="44" />
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_model.py" line="46" />
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_model.py" line="47" />
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_model.py" line="48" />
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_model.py" line="49" />
        <source>Schema</source>
        <translation>Schemat</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_model.py" line="50" />
        <source>Last sync</source>
        <translation>Ostatnia synchronizacja</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_model.py" line="51" />
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_model.py" line="52" />
        <source>Unsynced</source>
        <translation>Niewysłane</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_model.py" line="53" />
        <source>Last heard</source>
        <translation>Ostatni sygnał</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_model.py" line="54" />
        <source>Last error</source>
        <translation>Ostatni błąd</translation>
    </message>
</context>
<context>
    <name>DesksTab</name>
    <message>
        <location filename="../../app/views/admin/desks_tab.py" line="44" />
        <source>Filter desks (Ctrl+F)</source>
        <translation>Filtruj stanowiska (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_tab.py" line="45" />
        <source>Filter desks</source>
        <translation>Filtruj stanowiska</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_tab.py" line="51" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_tab.py" line="52" />
        <source>Silent after minutes</source>
        <translation>Milczy po tylu minutach</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_tab.py" line="54" />
        <source>Refresh (F5)</source>
        <translation>Odśwież (F5)</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_tab.py" line="60" />
        <source>Silent after</source>
        <translation>Milczy po</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_tab.py" line="67" />
        <source>This desk works on its own database: there is no shared server, so no desk reports its health here.</source>
        <translation>To stanowisko pracuje na własnej bazie danych: nie ma wspólnego serwera, więc żadne stanowisko nie zgłasza tu swojego stanu.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_tab.py" line="105" />
        <source>No desk has reported its health yet.</source>
        <translation>Żadne stanowisko nie zgłosiło jeszcze swojego stanu.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_tab.py" line="107" />
        <source>%1 desks, %2 need attention.</source>
        <translation>Stanowiska: %1, wymagają uwagi: %2.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_tab.py" line="110" />
        <source>%1 desks, all healthy.</source>
        <translation>Stanowiska: %1, wszystkie sprawne.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_tab.py" line="114" />
        <source>Could not read the desks from the server: %1</source>
        <translation>Nie udało się odczytać stanowisk z serwera: %1</translation>
    </message>
</context>
<context>
    <name>DiagnosticsCopier</name>
    <message>
        <location filename="../../app/views/shell/diagnostics_copy.py" line="59" />
        <source>Copy diagnostics</source>
        <translation>Kopiuj diagnostykę</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/diagnostics_copy.py" line="67" />
        <source>Collecting diagnostics…</source>
        <translation>Zbieranie diagnostyki…</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/diagnostics_copy.py" line="79" />
        <source>Diagnostics copied to the clipboard (no passwords)</source>
        <translation>Diagnostyka skopiowana do schowka (bez haseł)</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/diagnostics_copy.py" line="84" />
        <source>Could not collect diagnostics: %1</source>
        <translation>Nie udało się zebrać diagnostyki: %1</translation>
    </message>
</context>
<context>
    <name>Effectiveness</name>
    <message>
        <location filename="../../app/views/team/effectiveness_text.py" line="19" />
        <source>Rule only</source>
        <translation>Tylko reguła</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_text.py" line="20" />
        <source>Customer segment</source>
        <translation>Segment klienta</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_text.py" line="21" />
        <source>RFM segment</source>
        <translation>Segment RFM</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_text.py" line="22" />
        <source>Value tier</source>
        <translation>Poziom wartości</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_text.py" line="23" />
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_text.py" line="30" />
        <source>not scored</source>
        <translation>bez oceny</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_text.py" line="31" />
        <source>unspecified</source>
        <translation>nieokreślony</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_text.py" line="36" />
        <source>no contact</source>
        <translation>brak kontaktu</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_text.py" line="51" />
        <source>%1 pp</source>
        <translation>%1 pp</translation>
    </message>
</context>
<context>
    <name>EffectivenessTab</name>
    <message>
        <location filename="../../app/views/team/effectiveness_tab.py" line="37" />
        <source>Breakdown</source>
        <translation>Podział</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_tab.py" line="38" />
        <source>Filter rules  Ctrl+F</source>
        <translation>Filtruj reguły  Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_tab.py" line="39" />
        <source>Filter pairs</source>
        <translation>Filtruj pary</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_tab.py" line="51" />
        <source>&amp;Breakdown:</source>
        <translation>&amp;Podział:</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_tab.py" line="61" />
        <source>Champion / challenger: uplift = challenger − champion</source>
        <translation>Champion / challenger: wzrost = challenger − champion</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_tab.py" line="96" />
        <source>No rule set is published: no champion/challenger pairs.</source>
        <translation>Nie opublikowano zestawu reguł: brak par champion/challenger.</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_tab.py" line="98" />
        <source>Pairs from rule set version %1</source>
        <translation>Pary z wersji %1 zestawu reguł</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_tab.py" line="105" />
        <source>Could not read the effectiveness: %1</source>
        <translation>Nie udało się odczytać skuteczności: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunReasons</name>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="13" />
        <source>The server address is not a PostgreSQL address (postgresql://host:port/database).</source>
        <translation>Adres serwera nie jest adresem PostgreSQL (postgresql://host:port/baza).</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="15" />
        <source>The server address must not contain a user or a password; the password is kept in the system keyring.</source>
        <translation>Adres serwera nie może zawierać użytkownika ani hasła; hasło jest przechowywane w systemowym magazynie haseł.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="17" />
        <source>Choose one of the listed TLS modes.</source>
        <translation>Wybierz jeden z wymienionych trybów TLS.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="18" />
        <source>The CA file for checking the server's certificate cannot be read.</source>
        <translation>Nie można odczytać pliku CA do sprawdzenia certyfikatu serwera.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="20" />
        <source>Enter your password.</source>
        <translation>Wpisz hasło.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="21" />
        <source>Wrong password, or the server has no such login.</source>
        <translation>Błędne hasło albo serwer nie zna takiego loginu.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="22" />
        <source>This login is not a person of this centre. Ask an administrator.</source>
        <translation>Ten login nie należy do żadnej osoby w tym centrum. Zapytaj administratora.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="24" />
        <source>This login has been deactivated. Ask an administrator.</source>
        <translation>Ten login został dezaktywowany. Zapytaj administratora.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="25" />
        <source>The server cannot be reached at this address and port. Check the address and the network.</source>
        <translation>Serwer jest nieosiągalny pod tym adresem i portem. Sprawdź adres i sieć.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="27" />
        <source>The server's certificate is not trusted by the CA file.</source>
        <translation>Certyfikat serwera nie jest zaufany według pliku CA.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="28" />
        <source>The server's certificate is for another host name than the one in the address.</source>
        <translation>Certyfikat serwera jest wystawiony na inną nazwę hosta niż ta w adresie.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="30" />
        <source>The server does not offer TLS, but the chosen TLS mode requires it.</source>
        <translation>Serwer nie oferuje TLS, a wybrany tryb TLS go wymaga.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="32" />
        <source>The server has no database of this name.</source>
        <translation>Serwer nie ma bazy danych o tej nazwie.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="33" />
        <source>This database is not an aCRM server.</source>
        <translation>Ta baza danych nie jest serwerem aCRM.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="34" />
        <source>The server's database is older than this desk. Ask an administrator to upgrade it.</source>
        <translation>Baza danych serwera jest starsza niż to stanowisko. Poproś administratora o jej aktualizację.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="36" />
        <source>The server's database is newer than this desk. Install the newer desk.</source>
        <translation>Baza danych serwera jest nowsza niż to stanowisko. Zainstaluj nowszą wersję stanowiska.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="38" />
        <source>The server refused the connection.</source>
        <translation>Serwer odmówił połączenia.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="43" />
        <source>Verify the certificate and the host name (recommended)</source>
        <translation>Sprawdzaj certyfikat i nazwę hosta (zalecane)</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="44" />
        <source>Verify the certificate only</source>
        <translation>Sprawdzaj tylko certyfikat</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="45" />
        <source>Encrypt, but do not verify the certificate</source>
        <translation>Szyfruj, ale nie sprawdzaj certyfikatu</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="46" />
        <source>Encrypt when the server offers it</source>
        <translation>Szyfruj, gdy serwer to oferuje</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="47" />
        <source>No encryption</source>
        <translation>Bez szyfrowania</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../app/views/first_run/wizard.py" line="39" />
        <source>Connect to a server — aCRM Desk</source>
        <translation>Połączenie z serwerem — aCRM Desk</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/wizard.py" line="42" />
        <source>&amp;Start the first sync</source>
        <translation>&amp;Rozpocznij pierwszą synchronizację</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/wizard.py" line="42" />
        <source>&amp;Open the desk</source>
        <translation>&amp;Otwórz stanowisko</translation>
    </message>
</context>
<context>
    <name>FirstSyncDialog</name>
    <message>
        <location filename="../../app/views/sync/status.py" line="139" />
        <source>First sync — aCRM Desk</source>
        <translation>Pierwsza synchronizacja — aCRM Desk</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="143" />
        <source>This desktop copies the customer data from the server once, so it works offline too. You can keep working meanwhile.</source>
        <translation>To stanowisko raz kopiuje dane klientów z serwera, aby działało także bez połączenia. W tym czasie możesz dalej pracować.</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="148" />
        <source>Connecting to the server…</source>
        <translation>Łączenie z serwerem…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/sync/status.py" line="163" />
        <source>First sync with the server: %1 of %2 rows (%3)</source>
        <translation>
            <numerusform>Pierwsza synchronizacja z serwerem: %1 z %2 wiersza (%3)</numerusform>
            <numerusform>Pierwsza synchronizacja z serwerem: %1 z %2 wierszy (%3)</numerusform>
            <numerusform>Pierwsza synchronizacja z serwerem: %1 z %2 wierszy (%3)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="173" />
        <source>The server cannot be reached (%1). The desk keeps trying on its own.</source>
        <translation>Brak połączenia z serwerem (%1). Program będzie sam ponawiał próby.</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="174" />
        <source>no answer</source>
        <translation>brak odpowiedzi</translation>
    </message>
</context>
<context>
    <name>FlowChart</name>
    <message>
        <location filename="../../app/views/customer/flow_chart.py" line="35" />
        <source>Monthly inflow and outflow, last 12 months</source>
        <translation>Wpływy i wydatki miesięcznie, ostatnie 12 miesięcy</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/flow_chart.py" line="43" />
        <source>Amount (%1)</source>
        <translation>Kwota (%1)</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/flow_chart.py" line="57" />
        <source>Inflow</source>
        <translation>Wpływy</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/flow_chart.py" line="57" />
        <source>Outflow</source>
        <translation>Wydatki</translation>
    </message>
</context>
<context>
    <name>HandleClock</name>
    <message>
        <location filename="../../app/views/wrapup/handle_clock.py" line="17" />
        <source>Handle time</source>
        <translation>Czas obsługi</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../app/views/history/model.py" line="146" />
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../app/views/history/model.py" line="149" />
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../../app/views/history/model.py" line="151" />
        <source>Direction</source>
        <translation>Kierunek</translation>
    </message>
    <message>
        <location filename="../../app/views/history/model.py" line="153" />
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../app/views/history/model.py" line="155" />
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../../app/views/history/model.py" line="159" />
        <source>Codes</source>
        <translation>Kody</translation>
    </message>
    <message>
        <location filename="../../app/views/history/model.py" line="162" />
        <source>Agent</source>
        <translation>Konsultant</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../app/views/history/view.py" line="59" />
        <source>Contact history</source>
        <translation>Historia kontaktów</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="84" />
        <source>Could not load: %1</source>
        <translation>Nie udało się wczytać: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="100" />
        <source>Channel filter</source>
        <translation>Filtr kanału</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="101" />
        <source>All channels</source>
        <translation>Wszystkie kanały</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="104" />
        <source>From date</source>
        <translation>Od daty</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="105" />
        <source>To date</source>
        <translation>Do daty</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="107" />
        <source>Text in reason, outcome, notes, codes</source>
        <translation>Tekst w powodzie, wyniku, notatkach, kodach</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="108" />
        <source>Text filter</source>
        <translation>Filtr tekstu</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="119" />
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="120" />
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="121" />
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="137" />
        <source>any</source>
        <translation>dowolna</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="160" />
        <source>, scroll for more</source>
        <translation>, przewiń, aby zobaczyć więcej</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="162" />
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/history/view.py" line="162" />
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontakty</numerusform>
            <numerusform>%n kontaktów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HitListModel</name>
    <message>
        <location filename="../../app/views/customer/search_panel.py" line="57" />
        <source>no. %1</source>
        <translation>nr %1</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/search_panel.py" line="60" />
        <source>born %1</source>
        <translation>ur. %1</translation>
    </message>
</context>
<context>
    <name>HoursTab</name>
    <message>
        <location filename="../../app/views/team/hours_tab.py" line="59" />
        <source>Contacts per hour, today and last week</source>
        <translation>Kontakty na godzinę, dziś i przed tygodniem</translation>
    </message>
    <message>
        <location filename="../../app/views/team/hours_tab.py" line="62" />
        <source>Hour</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <location filename="../../app/views/team/hours_tab.py" line="63" />
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <location filename="../../app/views/team/hours_tab.py" line="66" />
        <source>Same weekday last week</source>
        <translation>Ten sam dzień tydzień temu</translation>
    </message>
    <message>
        <location filename="../../app/views/team/hours_tab.py" line="69" />
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <location filename="../../app/views/team/hours_tab.py" line="75" />
        <location filename="../../app/views/team/hours_tab.py" line="85" />
        <source>Contacts today per agent</source>
        <translation>Kontakty dziś według konsultanta</translation>
    </message>
    <message>
        <location filename="../../app/views/team/hours_tab.py" line="77" />
        <source>Contacts today</source>
        <translation>Kontakty dziś</translation>
    </message>
    <message>
        <location filename="../../app/views/team/hours_tab.py" line="84" />
        <source>Contacts per hour</source>
        <translation>Kontakty na godzinę</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/hours_tab.py" line="116" />
        <source>%n contact(s) today</source>
        <translation>
            <numerusform>%n kontakt dziś</numerusform>
            <numerusform>%n kontakty dziś</numerusform>
            <numerusform>%n kontaktów dziś</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/hours_tab.py" line="118" />
        <source>%n by this hour on the same weekday last week</source>
        <translation>
            <numerusform>%n do tej godziny w ten sam dzień tydzień temu</numerusform>
            <numerusform>%n do tej godziny w ten sam dzień tydzień temu</numerusform>
            <numerusform>%n do tej godziny w ten sam dzień tydzień temu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/views/common/labels.py" line="27" />
        <source>Current account</source>
        <translation>Konto osobiste</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="28" />
        <source>Savings account</source>
        <translation>Konto oszczędnościowe</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="29" />
        <source>Credit card</source>
        <translation>Karta kredytowa</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="30" />
        <source>Debit card</source>
        <translation>Karta debetowa</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="31" />
        <source>Mortgage</source>
        <translation>Kredyt hipoteczny</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="32" />
        <source>Cash loan</source>
        <translation>Kredyt gotówkowy</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="33" />
        <source>Investment fund</source>
        <translation>Fundusz inwestycyjny</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="34" />
        <source>Insurance</source>
        <translation>Ubezpieczenie</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="35" />
        <source>Term deposit</source>
        <translation>Lokata terminowa</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="42" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="43" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="44" />
        <source>Chat</source>
        <translation>Czat</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="45" />
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="46" />
        <source>Branch</source>
        <translation>Oddział</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="47" />
        <source>Letter</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="48" />
        <source>Push</source>
        <translation>Push</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="55" />
        <source>Inbound</source>
        <translation>Przychodzący</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="56" />
        <source>Outbound</source>
        <translation>Wychodzący</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="63" />
        <source>upheld</source>
        <translation>uznana</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="64" />
        <source>rejected</source>
        <translation>odrzucona</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="72" />
        <source>Card fee waived until %1</source>
        <translation>Zwolnienie z opłaty za kartę do %1</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="73" />
        <source>Account fee waived until %1</source>
        <translation>Zwolnienie z opłaty za prowadzenie konta do %1</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="78" />
        <source>%1 until %2</source>
        <translation>%1 do %2</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="84" />
        <source>Resolved</source>
        <translation>Rozwiązano</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="85" />
        <source>Information given</source>
        <translation>Udzielono informacji</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="86" />
        <source>Follow-up needed</source>
        <translation>Wymaga dalszych działań</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="87" />
        <source>Escalated</source>
        <translation>Przekazano wyżej</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="88" />
        <location filename="../../app/views/common/labels.py" line="262" />
        <source>No answer</source>
        <translation>Brak odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="111" />
        <source>mass</source>
        <translation>masowy</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="112" />
        <source>affluent</source>
        <translation>zamożny</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="113" />
        <source>private banking</source>
        <translation>bankowość prywatna</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="114" />
        <source>youth</source>
        <translation>młodzieżowy</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="115" />
        <source>small business</source>
        <translation>małe firmy</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="123" />
        <source>marketing</source>
        <translation>marketing</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="124" />
        <source>service</source>
        <translation>obsługa</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="131" />
        <source>Accepted</source>
        <translation>Przyjęta</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="132" />
        <source>Declined</source>
        <translation>Odrzucona</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="133" />
        <location filename="../../app/views/common/labels.py" line="144" />
        <source>Later</source>
        <translation>Później</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="134" />
        <location filename="../../app/views/common/labels.py" line="145" />
        <source>Not relevant</source>
        <translation>Nie dotyczy</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="142" />
        <source>Accept</source>
        <translation>Przyjmij</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="143" />
        <source>Decline</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="152" />
        <source>Not interested</source>
        <translation>Brak zainteresowania</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="153" />
        <source>Too expensive</source>
        <translation>Za drogo</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="154" />
        <source>Has it elsewhere</source>
        <translation>Ma już w innym miejscu</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="155" />
        <source>Bad moment</source>
        <translation>Nieodpowiedni moment</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="156" />
        <source>Other reason</source>
        <translation>Inny powód</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="164" />
        <source>no consent: %1 marketing</source>
        <translation>brak zgody marketingowej: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="165" />
        <source>cooldown: shown recently, again from %1</source>
        <translation>przerwa: oferta niedawno pokazana, ponownie od %1</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="166" />
        <source>cooldown: declined recently, again from %1</source>
        <translation>przerwa: oferta niedawno odrzucona, ponownie od %1</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="167" />
        <source>cooldown: accepted recently, again from %1</source>
        <translation>przerwa: oferta niedawno przyjęta, ponownie od %1</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="168" />
        <source>shown %1 times already in the policy window</source>
        <translation>pokazana już %1 razy w okresie limitu pokazań</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="169" />
        <source>a callback is arranged for %1</source>
        <translation>umówiono oddzwonienie na %1</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="170" />
        <source>already done for this period (%1)</source>
        <translation>już wykonana w tym okresie (%1)</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="171" />
        <source>ranked below the top %1</source>
        <translation>poza pierwszymi %1 w rankingu</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="172" />
        <source>the same action is offered by rule %1</source>
        <translation>tę samą akcję proponuje reguła %1</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="173" />
        <source>outside dates: valid from %1</source>
        <translation>poza okresem obowiązywania: obowiązuje od %1</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="174" />
        <source>outside dates: ended %1</source>
        <translation>poza okresem obowiązywania: zakończona %1</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="175" />
        <source>held back: champion/challenger split, this customer is in the challenger's %1 %</source>
        <translation>wstrzymana: podział champion/challenger, ten klient należy do %1 % challengera</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="179" />
        <source>held back: champion/challenger split, this customer is in the champion's %1 %</source>
        <translation>wstrzymana: podział champion/challenger, ten klient należy do %1 % championa</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="190" />
        <source>automatic</source>
        <translation>automatyczna</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="192" />
        <source>alert</source>
        <translation>ostrzeżenie</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="193" />
        <source>prompt</source>
        <translation>podpowiedź</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="199" />
        <source>automatic: the system does it</source>
        <translation>automatyczna: wykonuje system</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="201" />
        <source>alert: a warning at the top of the card</source>
        <translation>ostrzeżenie: baner na górze karty</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="202" />
        <source>prompt: the consultant offers it</source>
        <translation>podpowiedź: oferuje konsultant</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="208" />
        <source>red: urgent, act on it</source>
        <translation>czerwone: pilne, trzeba działać</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="209" />
        <source>amber: take care</source>
        <translation>bursztynowe: zachowaj ostrożność</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="214" />
        <source>new</source>
        <translation>nowa</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="214" />
        <location filename="../../app/views/common/labels.py" line="233" />
        <source>changed</source>
        <translation>zmieniona</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="215" />
        <source>as published</source>
        <translation>bez zmian</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="220" />
        <source>Not in the published version: goes live when you publish.</source>
        <translation>Brak w opublikowanej wersji: zacznie obowiązywać po publikacji.</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="221" />
        <source>Changed since published: the change goes live when you publish.</source>
        <translation>Zmieniona od publikacji: zmiana zacznie obowiązywać po publikacji.</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="225" />
        <source>The same as in the published version.</source>
        <translation>Taka sama jak w opublikowanej wersji.</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="231" />
        <source>added</source>
        <translation>dodana</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="232" />
        <source>removed</source>
        <translation>usunięta</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="241" />
        <source>Waiting to send</source>
        <translation>Oczekuje na wysłanie</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="242" />
        <source>Delivered</source>
        <translation>Dostarczono</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="243" />
        <source>Delivery failed</source>
        <translation>Nie dostarczono</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="244" />
        <source>Local outbox</source>
        <translation>Skrzynka lokalna</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="251" />
        <source>Callback</source>
        <translation>Oddzwonienie</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="252" />
        <source>Follow-up</source>
        <translation>Ponowny kontakt</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="253" />
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="261" />
        <source>Reached the customer</source>
        <translation>Rozmowa z klientem</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="263" />
        <source>Line busy</source>
        <translation>Zajęte</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="264" />
        <source>Call again at…</source>
        <translation>Zadzwonić ponownie o…</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="265" />
        <source>Wrong number</source>
        <translation>Błędny numer</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="266" />
        <source>Does not want the call</source>
        <translation>Nie chce rozmowy</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="274" />
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="275" />
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="276" />
        <source>Consent</source>
        <translation>Zgoda</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="277" />
        <source>Complaint</source>
        <translation>Reklamacja</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="278" />
        <source>Queue item</source>
        <translation>Pozycja kolejki</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="279" />
        <source>Offer shown</source>
        <translation>Pokazana oferta</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="280" />
        <source>Offer outcome</source>
        <translation>Wynik oferty</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="288" />
        <source>customers</source>
        <translation>klienci</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="289" />
        <source>phone numbers</source>
        <translation>numery telefonów</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="290" />
        <source>e-mail addresses</source>
        <translation>adresy e-mail</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="291" />
        <source>customer attributes</source>
        <translation>atrybuty klientów</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="292" />
        <source>products</source>
        <translation>produkty</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="293" />
        <source>transactions</source>
        <translation>transakcje</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="294" />
        <source>complaints</source>
        <translation>reklamacje</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="295" />
        <source>consents</source>
        <translation>zgody</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="296" />
        <source>contacts</source>
        <translation>kontakty</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="297" />
        <source>wrap-ups</source>
        <translation>podsumowania</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="298" />
        <source>offers shown</source>
        <translation>pokazane oferty</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="299" />
        <source>offer outcomes</source>
        <translation>wyniki ofert</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../app/views/first_run/entry_pages.py" line="109" />
        <source>Sign in</source>
        <translation>Logowanie</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/entry_pages.py" line="110" />
        <source>Your own login and password for the server.</source>
        <translation>Twój własny login i hasło do serwera.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/entry_pages.py" line="115" />
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/entry_pages.py" line="118" />
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/entry_pages.py" line="119" />
        <source>&amp;Remember in the system keyring</source>
        <translation>&amp;Zapamiętaj w systemowym magazynie haseł</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/entry_pages.py" line="126" />
        <source>Cannot remember it: %1. The password will be asked each session.</source>
        <translation>Nie można go zapamiętać: %1. Hasło będzie potrzebne w każdej sesji.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/entry_pages.py" line="132" />
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/entry_pages.py" line="133" />
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/entry_pages.py" line="146" />
        <source>Server: %1 (TLS: %2)</source>
        <translation>Serwer: %1 (TLS: %2)</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/entry_pages.py" line="149" />
        <source>set by the configuration</source>
        <translation>ustawiony w konfiguracji</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/views/shell/draft_keeper.py" line="80" />
        <source>Unsaved wrap-up not restored: %1</source>
        <translation>Nie przywrócono niezapisanego podsumowania: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/draft_keeper.py" line="148" />
        <source>Draft not written to disk: %1</source>
        <translation>Nie zapisano szkicu na dysku: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="94" />
        <location filename="../../app/views/shell/main_window.py" line="189" />
        <source>aCRM Desk</source>
        <translation>aCRM Desk</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="132" />
        <source>Wrap-up codes: %1</source>
        <translation>Kody zakończenia: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="162" />
        <source>Card  Alt+1</source>
        <translation>Karta  Alt+1</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="163" />
        <source>History  Alt+2</source>
        <translation>Historia  Alt+2</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="93" />
        <source>Opening customer…</source>
        <translation>Otwieranie klienta…</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="364" />
        <location filename="../../app/views/shell/screen_pop.py" line="57" />
        <source>Ready</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/draft_keeper.py" line="174" />
        <source>unknown caller</source>
        <translation>nieznany rozmówca</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="412" />
        <source>Could not open the customer: %1</source>
        <translation>Nie udało się otworzyć klienta: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/screen_pop.py" line="29" />
        <source>Incoming call %1…</source>
        <translation>Połączenie przychodzące %1…</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/screen_pop.py" line="67" />
        <source>Identify the caller on the left: pick a match, create a customer, or log the call without one.</source>
        <translation>Zidentyfikuj rozmówcę po lewej: wybierz klienta z listy, utwórz nowego albo zapisz rozmowę bez klienta.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/screen_pop.py" line="75" />
        <source>No customer has this number.</source>
        <translation>Żaden klient nie ma tego numeru.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/screen_pop.py" line="77" />
        <source>Pick the caller.</source>
        <translation>Wybierz dzwoniącego.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/screen_pop.py" line="80" />
        <source>Incoming call %1</source>
        <translation>Połączenie przychodzące %1</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="421" />
        <source>Contact saved</source>
        <translation>Kontakt zapisany</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/queue_wiring.py" line="66" />
        <source>A caller is being identified: Next waits.</source>
        <translation>Trwa identyfikacja dzwoniącego: „Następny” czeka.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/queue_wiring.py" line="68" />
        <source>Save or discard the wrap-up first: Next never goes over a contact.</source>
        <translation>Najpierw zapisz lub odrzuć podsumowanie: „Następny” nie przerywa kontaktu.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/queue_wiring.py" line="73" />
        <source>A call is being opened: Next waits.</source>
        <translation>Otwieranie połączenia: „Następny” czeka.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/queue_wiring.py" line="82" />
        <source>Looking for the next item…</source>
        <translation>Szukam następnej pozycji…</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/queue_wiring.py" line="88" />
        <source>Next: %1</source>
        <translation>Następny: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/queue_wiring.py" line="101" />
        <source>A call came in: %1 waits in My queue (%2).</source>
        <translation>Przyszło połączenie: %1 czeka w Mojej kolejce (%2).</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/queue_wiring.py" line="111" />
        <source>Nothing to call now.</source>
        <translation>Teraz nie ma do kogo dzwonić.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/queue_wiring.py" line="113" />
        <source>Nothing to call now; the next item is callable from %1.</source>
        <translation>Teraz nie ma do kogo dzwonić; następna pozycja od %1.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/queue_wiring.py" line="126" />
        <source>Calling %1: %2</source>
        <translation>Dzwonię: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/queue_wiring.py" line="147" />
        <source>Contact saved; the queue item is updated.</source>
        <translation>Kontakt zapisany; pozycja kolejki zaktualizowana.</translation>
    </message>
</context>
<context>
    <name>MyQueueModel</name>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="103" />
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="105" />
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="106" />
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="107" />
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="108" />
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="110" />
        <source>Attempts</source>
        <translation>Próby</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="112" />
        <source>Window ends</source>
        <translation>Koniec okna</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="114" />
        <source>Callable</source>
        <translation>Można dzwonić?</translation>
    </message>
</context>
<context>
    <name>MyQueueWindow</name>
    <message>
        <location filename="../../app/views/tools/my_queue.py" line="59" />
        <source>My queue  %1</source>
        <translation>Moja kolejka  %1</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/my_queue.py" line="72" />
        <location filename="../../app/views/tools/my_queue.py" line="80" />
        <source>My queue</source>
        <translation>Moja kolejka</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/my_queue.py" line="73" />
        <location filename="../../app/views/tools/my_queue.py" line="86" />
        <source>Team pool</source>
        <translation>Pula zespołu</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/my_queue.py" line="74" />
        <source>Take  %1</source>
        <translation>Weź  %1</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/my_queue.py" line="78" />
        <source>Queue message</source>
        <translation>Komunikat kolejki</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/tools/my_queue.py" line="164" />
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n pozycja</numerusform>
            <numerusform>%n pozycje</numerusform>
            <numerusform>%n pozycji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/tools/my_queue.py" line="166" />
        <source>%n overdue</source>
        <translation>
            <numerusform>%n po terminie</numerusform>
            <numerusform>%n po terminie</numerusform>
            <numerusform>%n po terminie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/tools/my_queue.py" line="169" />
        <source>%n callable now</source>
        <translation>
            <numerusform>%n do zadzwonienia teraz</numerusform>
            <numerusform>%n do zadzwonienia teraz</numerusform>
            <numerusform>%n do zadzwonienia teraz</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/tools/my_queue.py" line="170" />
        <source>Nothing in your queue. Well done.</source>
        <translation>Kolejka pusta. Dobra robota.</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/my_queue.py" line="171" />
        <source>My queue (%1)</source>
        <translation>Moja kolejka (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/tools/my_queue.py" line="180" />
        <source>%n item(s) nobody has taken yet</source>
        <translation>
            <numerusform>%n pozycja jeszcze nieprzyjęta</numerusform>
            <numerusform>%n pozycje jeszcze nieprzyjęte</numerusform>
            <numerusform>%n pozycji jeszcze nieprzyjętych</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/tools/my_queue.py" line="182" />
        <source>The team pool is empty.</source>
        <translation>Pula zespołu jest pusta.</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/my_queue.py" line="184" />
        <source>Team pool (%1)</source>
        <translation>Pula zespołu (%1)</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/my_queue.py" line="205" />
        <source>Taking %1…</source>
        <translation>Biorę: %1…</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/my_queue.py" line="217" />
        <source>Taken: %1 is in your queue now.</source>
        <translation>Wzięte: %1 jest teraz w Twojej kolejce.</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/my_queue.py" line="222" />
        <source>Not taken: %1. %2</source>
        <translation>Nie wzięto: %1. %2</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/my_queue.py" line="240" />
        <source>Could not load the queue: %1</source>
        <translation>Nie udało się wczytać kolejki: %1</translation>
    </message>
</context>
<context>
    <name>NbaTexts</name>
    <message>
        <location filename="../../app/views/nba/texts.py" line="82" />
        <source>Score: %1 × %2 = %3; the propensity (%4) is unknown for this customer, so it is not weighed</source>
        <translation>Wynik: %1 × %2 = %3; skłonność (%4) tego klienta jest nieznana, więc nie została uwzględniona</translation>
    </message>
    <message>
        <location filename="../../app/views/nba/texts.py" line="93" />
        <source>Score: %1 × %2 × propensity %3 (%4) = %5</source>
        <translation>Wynik: %1 × %2 × skłonność %3 (%4) = %5</translation>
    </message>
</context>
<context>
    <name>NewCustomerForm</name>
    <message>
        <location filename="../../app/views/customer/new_customer_form.py" line="41" />
        <source>not given</source>
        <translation>nie podano</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/new_customer_form.py" line="43" />
        <source>Create and open</source>
        <translation>Utwórz i otwórz</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/new_customer_form.py" line="54" />
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/new_customer_form.py" line="55" />
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/new_customer_form.py" line="56" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/new_customer_form.py" line="57" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/new_customer_form.py" line="58" />
        <source>Birth date</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/new_customer_form.py" line="59" />
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/new_customer_form.py" line="89" />
        <source>Enter the first name.</source>
        <translation>Podaj imię.</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/new_customer_form.py" line="90" />
        <source>Enter the last name.</source>
        <translation>Podaj nazwisko.</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/new_customer_form.py" line="126" />
        <source>Not created: %1</source>
        <translation>Nie utworzono: %1</translation>
    </message>
</context>
<context>
    <name>NextBestActionPanel</name>
    <message>
        <location filename="../../app/views/nba/panel.py" line="262" />
        <source>Automatic actions</source>
        <translation>Akcje automatyczne</translation>
    </message>
    <message>
        <location filename="../../app/views/nba/panel.py" line="64" />
        <source>Next best action  F6</source>
        <translation>Następna najlepsza akcja  F6</translation>
    </message>
    <message>
        <location filename="../../app/views/nba/panel.py" line="69" />
        <source>Open a customer to see offers.</source>
        <translation>Otwórz klienta, aby zobaczyć oferty.</translation>
    </message>
    <message>
        <location filename="../../app/views/nba/panel.py" line="78" />
        <source>A accept · D decline · L later · N not relevant</source>
        <translation>A przyjmij · D odrzuć · L później · N nie dotyczy</translation>
    </message>
    <message>
        <location filename="../../app/views/nba/panel.py" line="103" />
        <location filename="../../app/views/shell/desk_app.py" line="277" />
        <source>Checking offers…</source>
        <translation>Sprawdzanie ofert…</translation>
    </message>
    <message>
        <location filename="../../app/views/nba/panel.py" line="106" />
        <source>Could not check offers: %1</source>
        <translation>Nie udało się sprawdzić ofert: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/nba/panel.py" line="180" />
        <source>the offer could not be logged as shown (%1)</source>
        <translation>nie udało się zarejestrować pokazania oferty (%1)</translation>
    </message>
    <message>
        <location filename="../../app/views/nba/panel.py" line="275" />
        <source>Why: %1</source>
        <translation>Dlaczego: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/nba/panel.py" line="284" />
        <source>Not offered (%1)</source>
        <translation>Nie zaoferowano (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/nba/panel.py" line="307" />
        <source>%n rule(s) could not be evaluated; rule authors have been told</source>
        <translation>
            <numerusform>%n reguła nie została sprawdzona; powiadomiono autorów reguł</numerusform>
            <numerusform>%n reguły nie zostały sprawdzone; powiadomiono autorów reguł</numerusform>
            <numerusform>%n reguł nie zostało sprawdzonych; powiadomiono autorów reguł</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/nba/panel.py" line="311" />
        <source>Offers wait for the caller's identity check (Ctrl+Shift+V).</source>
        <translation>Oferty czekają na weryfikację tożsamości rozmówcy (Ctrl+Shift+V).</translation>
    </message>
    <message>
        <location filename="../../app/views/nba/panel.py" line="313" />
        <source>No rules are published yet.</source>
        <translation>Nie opublikowano jeszcze żadnych reguł.</translation>
    </message>
    <message>
        <location filename="../../app/views/nba/panel.py" line="314" />
        <source>No offers for this customer right now.</source>
        <translation>Obecnie brak ofert dla tego klienta.</translation>
    </message>
</context>
<context>
    <name>OfferWidget</name>
    <message>
        <location filename="../../app/views/nba/offer.py" line="50" />
        <source>Keys: A accept, D decline, L later, N not relevant</source>
        <translation>Klawisze: A przyjmij, D odrzuć, L później, N nie dotyczy</translation>
    </message>
    <message>
        <location filename="../../app/views/nba/offer.py" line="60" />
        <source>Why: %1</source>
        <translation>Dlaczego: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/nba/offer.py" line="136" />
        <source>Not saved: %1</source>
        <translation>Nie zapisano: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/nba/offer.py" line="148" />
        <source>Declined: %1</source>
        <translation>Odrzucona: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/nba/offer.py" line="153" />
        <source>Callback %1</source>
        <translation>Oddzwonienie %1</translation>
    </message>
</context>
<context>
    <name>OffersModel</name>
    <message>
        <location filename="../../app/views/team/offers_model.py" line="26" />
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <location filename="../../app/views/team/offers_model.py" line="27" />
        <source>Presented</source>
        <translation>Przedstawione</translation>
    </message>
    <message>
        <location filename="../../app/views/team/offers_model.py" line="28" />
        <source>Accepted</source>
        <translation>Przyjęte</translation>
    </message>
    <message>
        <location filename="../../app/views/team/offers_model.py" line="29" />
        <source>Declined</source>
        <translation>Odrzucone</translation>
    </message>
    <message>
        <location filename="../../app/views/team/offers_model.py" line="30" />
        <source>Later</source>
        <translation>Później</translation>
    </message>
    <message>
        <location filename="../../app/views/team/offers_model.py" line="31" />
        <source>Not relevant</source>
        <translation>Nie dotyczy</translation>
    </message>
    <message>
        <location filename="../../app/views/team/offers_model.py" line="32" />
        <source>No outcome</source>
        <translation>Bez wyniku</translation>
    </message>
    <message>
        <location filename="../../app/views/team/offers_model.py" line="33" />
        <source>Conversion (95 % interval)</source>
        <translation>Konwersja (przedział 95 %)</translation>
    </message>
    <message>
        <location filename="../../app/views/team/offers_model.py" line="58" />
        <source>No reasons recorded</source>
        <translation>Nie zapisano powodów</translation>
    </message>
</context>
<context>
    <name>OutcomeControls</name>
    <message>
        <location filename="../../app/views/nba/outcome.py" line="137" />
        <source>%1 (key %2)</source>
        <translation>%1 (klawisz %2)</translation>
    </message>
    <message>
        <location filename="../../app/views/nba/outcome.py" line="162" />
        <source>Call back at</source>
        <translation>Oddzwonić o</translation>
    </message>
    <message>
        <location filename="../../app/views/nba/outcome.py" line="164" />
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location filename="../../app/views/nba/outcome.py" line="165" />
        <source>Save the callback</source>
        <translation>Zapisz oddzwonienie</translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <location filename="../../app/views/team/effectiveness_model.py" line="67" />
        <source>Champion</source>
        <translation>Champion</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_model.py" line="68" />
        <source>Challenger</source>
        <translation>Challenger</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_model.py" line="69" />
        <source>Challenger share, configured</source>
        <translation>Udział challengera, ustawiony</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_model.py" line="71" />
        <source>Challenger share, shown</source>
        <translation>Udział challengera, faktyczny</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_model.py" line="73" />
        <source>Champion conversion</source>
        <translation>Konwersja championa</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_model.py" line="74" />
        <source>Challenger conversion</source>
        <translation>Konwersja challengera</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_model.py" line="76" />
        <source>Uplift (95 % interval)</source>
        <translation>Wzrost (przedział 95 %)</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <location filename="../../app/views/shell/password_prompt.py" line="27" />
        <source>Server password — aCRM Desk</source>
        <translation>Hasło do serwera — aCRM Desk</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/password_prompt.py" line="31" />
        <source>Password of %1 for the server %2:</source>
        <translation>Hasło użytkownika %1 do serwera %2:</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/password_prompt.py" line="38" />
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/password_prompt.py" line="39" />
        <source>Remember in the system keyring</source>
        <translation>Zapamiętaj w systemowym magazynie haseł</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/password_prompt.py" line="47" />
        <source>Cannot remember it: %1. The password will be asked each session.</source>
        <translation>Nie można go zapamiętać: %1. Hasło będzie potrzebne w każdej sesji.</translation>
    </message>
</context>
<context>
    <name>PendingDraftsLine</name>
    <message numerus="yes">
        <location filename="../../app/views/wrapup/pending_line.py" line="22" />
        <source>%n unsaved wrap-up(s): %1 (Ctrl+Shift+W)</source>
        <translation>
            <numerusform>%n niezapisane podsumowanie: %1 (Ctrl+Shift+W)</numerusform>
            <numerusform>%n niezapisane podsumowania, ostatnie: %1 (Ctrl+Shift+W)</numerusform>
            <numerusform>%n niezapisanych podsumowań, ostatnie: %1 (Ctrl+Shift+W)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../app/views/admin/people_model.py" line="40" />
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_model.py" line="40" />
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_model.py" line="41" />
        <source>active</source>
        <translation>aktywny</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_model.py" line="41" />
        <source>deactivated</source>
        <translation>dezaktywowany</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_model.py" line="43" />
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_model.py" line="44" />
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_model.py" line="45" />
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_model.py" line="46" />
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_model.py" line="47" />
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_model.py" line="49" />
        <source>Last seen</source>
        <translation>Ostatnio widziany</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../app/views/admin/people_model.py" line="24" />
        <source>Agent</source>
        <translation>Konsultant</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_model.py" line="25" />
        <source>Team lead</source>
        <translation>Lider zespołu</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_model.py" line="26" />
        <source>Rule author</source>
        <translation>Autor reguł</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_model.py" line="27" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="29" />
        <source>Filter people (Ctrl+F)</source>
        <translation>Filtruj osoby (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="30" />
        <source>Filter people</source>
        <translation>Filtruj osoby</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="33" />
        <location filename="../../app/views/admin/people_tab.py" line="34" />
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="36" />
        <location filename="../../app/views/admin/people_tab.py" line="37" />
        <source>full name</source>
        <translation>imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="39" />
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="44" />
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="49" />
        <location filename="../../app/views/admin/people_tab.py" line="63" />
        <source>New password</source>
        <translation>Nowe hasło</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="50" />
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="61" />
        <source>New person</source>
        <translation>Nowa osoba</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="62" />
        <source>Deactivate / reactivate</source>
        <translation>Dezaktywuj / przywróć</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="64" />
        <location filename="../../app/views/admin/people_tab.py" line="128" />
        <source>Change role</source>
        <translation>Zmień rolę</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="65" />
        <source>Move to team</source>
        <translation>Przenieś do zespołu</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="86" />
        <source>A new person: login, full name, role and team (a new team is made).</source>
        <translation>Nowa osoba: login, imię i nazwisko, rola i zespół (nowy zespół zostanie utworzony).</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="88" />
        <source>Create</source>
        <translation>Utwórz</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="96" />
        <source>%1 is deactivated: no more logins, history kept.</source>
        <translation>%1 dezaktywowany: bez logowania, historia zachowana.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="97" />
        <source>Deactivate %1? Their open sessions end.</source>
        <translation>Dezaktywować %1? Otwarte sesje zostaną zakończone.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="98" />
        <source>Deactivate</source>
        <translation>Dezaktywuj</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="101" />
        <source>%1 may log in again.</source>
        <translation>%1 może znów się logować.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="102" />
        <source>Reactivate %1?</source>
        <translation>Przywrócić %1?</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="103" />
        <source>Reactivate</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="111" />
        <source>A new password for %1; the old one stops working at once.</source>
        <translation>Nowe hasło dla %1; stare przestaje działać od razu.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="112" />
        <source>Set a new password</source>
        <translation>Ustaw nowe hasło</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="127" />
        <source>The new role of %1:</source>
        <translation>Nowa rola %1:</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="143" />
        <source>Move %1 to the team (their open items of the old team go back to its pool):</source>
        <translation>Przenieś %1 do zespołu (otwarte zadania starego zespołu wrócą do jego puli):</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="145" />
        <source>Move</source>
        <translation>Przenieś</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="152" />
        <source>%1 is saved.</source>
        <translation>Zapisano %1.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="154" />
        <source>The password of %1, shown only now: copy it and hand it over safely.</source>
        <translation>Hasło %1, pokazane tylko teraz: skopiuj je i przekaż bezpiecznie.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="159" />
        <source>%1 already has this role; nothing changed.</source>
        <translation>%1 ma już tę rolę; nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="160" />
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="165" />
        <source>%1 is already in %2.</source>
        <translation>%1 jest już w zespole %2.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="167" />
        <source>%1 moved to %2; %3 open item(s) went back to the pool of %4.</source>
        <translation>%1 przeniesiony do %2; otwarte zadania (%3) wróciły do puli zespołu %4.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="188" />
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="189" />
        <source>Choose a person in the table first.</source>
        <translation>Najpierw wybierz osobę w tabeli.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../app/views/team/period.py" line="37" />
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <location filename="../../app/views/team/period.py" line="38" />
        <source>This week</source>
        <translation>Ten tydzień</translation>
    </message>
    <message>
        <location filename="../../app/views/team/period.py" line="39" />
        <source>This month</source>
        <translation>Ten miesiąc</translation>
    </message>
    <message>
        <location filename="../../app/views/team/period.py" line="40" />
        <source>Dates…</source>
        <translation>Daty…</translation>
    </message>
    <message>
        <location filename="../../app/views/team/period.py" line="44" />
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <location filename="../../app/views/team/period.py" line="46" />
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../app/views/team/period.py" line="46" />
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../../app/views/team/period.py" line="53" />
        <source>&amp;Period:</source>
        <translation>&amp;Okres:</translation>
    </message>
    <message>
        <location filename="../../app/views/team/period.py" line="55" />
        <source>to</source>
        <translation>do</translation>
    </message>
</context>
<context>
    <name>PoolModel</name>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="137" />
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="137" />
        <source>Whole centre</source>
        <translation>Całe centrum</translation>
    </message>
</context>
<context>
    <name>QLocaleFormatter</name>
    <message>
        <location filename="../../app/views/common/value_format.py" line="43" />
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location filename="../../app/views/common/value_format.py" line="44" />
        <source>no</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>QueueOutcomeRow</name>
    <message>
        <location filename="../../app/views/wrapup/queue_outcome.py" line="37" />
        <source>How did the call end?</source>
        <translation>Jak zakończyło się połączenie?</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/queue_outcome.py" line="38" />
        <source>Queue outcome</source>
        <translation>Wynik dla kolejki</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/queue_outcome.py" line="46" />
        <source>Call again at</source>
        <translation>Zadzwonić ponownie o</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/queue_outcome.py" line="107" />
        <source>Choose how the call on the queue item ended.</source>
        <translation>Wybierz, jak zakończyło się połączenie z pozycji kolejki.</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/queue_outcome.py" line="112" />
        <source>The new call time must be in the future.</source>
        <translation>Nowy termin połączenia musi być w przyszłości.</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/queue_outcome.py" line="115" />
        <source>The new call time must be within the item's call window.</source>
        <translation>Nowy termin musi mieścić się w oknie połączeń pozycji.</translation>
    </message>
</context>
<context>
    <name>QueueTabModel</name>
    <message>
        <location filename="../../app/views/team/queue_model.py" line="42" />
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../app/views/team/queue_model.py" line="43" />
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../app/views/team/queue_model.py" line="44" />
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../app/views/team/queue_model.py" line="45" />
        <source>Assigned to</source>
        <translation>Przypisane do</translation>
    </message>
    <message>
        <location filename="../../app/views/team/queue_model.py" line="45" />
        <source>nobody</source>
        <translation>nikt</translation>
    </message>
    <message>
        <location filename="../../app/views/team/queue_model.py" line="46" />
        <source>Reason / note</source>
        <translation>Powód / notatka</translation>
    </message>
    <message>
        <location filename="../../app/views/team/queue_model.py" line="58" />
        <source>%1 · overdue</source>
        <translation>%1 · po terminie</translation>
    </message>
</context>
<context>
    <name>QueueTexts</name>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="26" />
        <source>%1 · overdue</source>
        <translation>%1 · po terminie</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="33" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="39" />
        <source>Its call window has not opened yet</source>
        <translation>Okno połączeń jeszcze się nie otworzyło</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="40" />
        <source>Its call window has closed</source>
        <translation>Okno połączeń się zamknęło</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="41" />
        <source>Outside calling hours in the customer's zone</source>
        <translation>Poza godzinami dzwonienia w strefie klienta</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="42" />
        <source>All attempts used</source>
        <translation>Wykorzystano wszystkie próby</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="49" />
        <source>Window not open yet</source>
        <translation>Okno jeszcze nieotwarte</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="50" />
        <source>Window closed</source>
        <translation>Okno zamknięte</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="51" />
        <source>Outside calling hours</source>
        <translation>Poza godzinami dzwonienia</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="52" />
        <source>Attempts used</source>
        <translation>Próby wykorzystane</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="61" />
        <location filename="../../app/views/tools/queue_model.py" line="72" />
        <source>Callable now</source>
        <translation>Można dzwonić</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="66" />
        <source>%1 · from %2</source>
        <translation>%1 · od %2</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="73" />
        <source>Not now: %1</source>
        <translation>Nie teraz: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="76" />
        <source>callable from %1</source>
        <translation>można dzwonić od %1</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="77" />
        <source>not callable again</source>
        <translation>nie można już dzwonić</translation>
    </message>
</context>
<context>
    <name>ReasonList</name>
    <message>
        <location filename="../../app/views/nba/outcome.py" line="43" />
        <source>Reason for declining</source>
        <translation>Powód odmowy</translation>
    </message>
</context>
<context>
    <name>RefreshStrip</name>
    <message>
        <location filename="../../app/views/shell/analytics_refresh.py" line="57" />
        <source>Analytics refresh</source>
        <translation>Odświeżanie analityki</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/analytics_refresh.py" line="65" />
        <source>Analytics refresh progress</source>
        <translation>Postęp odświeżania analityki</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/analytics_refresh.py" line="66" />
        <source>Cancel  Esc</source>
        <translation>Anuluj  Esc</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/analytics_refresh.py" line="67" />
        <source>Close  Esc</source>
        <translation>Zamknij  Esc</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/analytics_refresh.py" line="86" />
        <source>Refreshing analytics…</source>
        <translation>Odświeżanie analityki…</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/analytics_refresh.py" line="101" />
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
</context>
<context>
    <name>RefreshTexts</name>
    <message>
        <location filename="../../app/views/shell/refresh_texts.py" line="23" />
        <source>Reading the customer base</source>
        <translation>Odczyt bazy klientów</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/refresh_texts.py" line="24" />
        <source>Fitting activity (BG/NBD)</source>
        <translation>Dopasowanie aktywności (BG/NBD)</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/refresh_texts.py" line="25" />
        <source>Fitting value (Gamma–Gamma)</source>
        <translation>Dopasowanie wartości (Gamma–Gamma)</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/refresh_texts.py" line="26" />
        <source>Estimating churn risk</source>
        <translation>Szacowanie ryzyka odejścia</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/refresh_texts.py" line="27" />
        <source>Scoring RFM and segments</source>
        <translation>Oceny RFM i segmenty</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/refresh_texts.py" line="28" />
        <source>Finding product affinity</source>
        <translation>Szukanie powiązań produktów</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/refresh_texts.py" line="29" />
        <source>Saving the scores</source>
        <translation>Zapisywanie ocen</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/refresh_texts.py" line="45" />
        <source>%1… (step %2 of %3)</source>
        <translation>%1… (krok %2 z %3)</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/refresh_texts.py" line="73" />
        <source>(the same drop-out chance for every customer)</source>
        <translation>(ta sama szansa odejścia dla każdego klienta)</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/refresh_texts.py" line="75" />
        <source>Version %1 as of %2 is in force: %3 customers scored; BG/NBD %4</source>
        <translation>Obowiązuje wersja %1 na dzień %2; ocenieni klienci: %3; BG/NBD %4</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/refresh_texts.py" line="88" />
        <source>churn: logistic model on %1, AUC %2</source>
        <translation>ryzyko odejścia: model logistyczny na kolumnie %1, AUC %2</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/refresh_texts.py" line="92" />
        <source>churn: from activity (1 − P(alive))</source>
        <translation>ryzyko odejścia: z aktywności (1 − P(alive))</translation>
    </message>
</context>
<context>
    <name>RejectedModel</name>
    <message>
        <location filename="../../app/views/sync/problems.py" line="33" />
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/problems.py" line="34" />
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/problems.py" line="35" />
        <source>Server's message</source>
        <translation>Komunikat serwera</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message numerus="yes">
        <location filename="../../app/views/team/campaign_texts.py" line="119" />
        <source>%n customer(s) evaluated</source>
        <translation>
            <numerusform>Sprawdzono %n klienta</numerusform>
            <numerusform>Sprawdzono %n klientów</numerusform>
            <numerusform>Sprawdzono %n klientów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/campaign_texts.py" line="120" />
        <source>%n added to the call list</source>
        <translation>
            <numerusform>%n dodany do listy połączeń</numerusform>
            <numerusform>%n dodanych do listy połączeń</numerusform>
            <numerusform>%n dodanych do listy połączeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/campaign_texts.py" line="121" />
        <source>%n already on the campaign</source>
        <translation>
            <numerusform>%n już w kampanii</numerusform>
            <numerusform>%n już w kampanii</numerusform>
            <numerusform>%n już w kampanii</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/campaign_texts.py" line="124" />
        <source>%n left out by the cap</source>
        <translation>
            <numerusform>%n pominięty przez limit</numerusform>
            <numerusform>%n pominiętych przez limit</numerusform>
            <numerusform>%n pominiętych przez limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/campaign_texts.py" line="132" />
        <source>%n held back</source>
        <translation>
            <numerusform>%n wstrzymany</numerusform>
            <numerusform>%n wstrzymanych</numerusform>
            <numerusform>%n wstrzymanych</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="134" />
        <source>Cancelled; what was added stays.</source>
        <translation>Anulowano; to, co dodano, zostaje.</translation>
    </message>
</context>
<context>
    <name>RuleEditorWindow</name>
    <message>
        <location filename="../../app/views/rule_editor/window.py" line="66" />
        <source>Rules — aCRM Desk</source>
        <translation>Reguły — aCRM Desk</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/window.py" line="92" />
        <source>Draft rules</source>
        <translation>Reguły w wersji roboczej</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/window.py" line="110" />
        <source>Draft rules  (Ctrl+L)</source>
        <translation>Reguły w wersji roboczej  (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/window.py" line="116" />
        <source>Changes stay in the draft until you publish them (Versions tab).</source>
        <translation>Zmiany pozostają w wersji roboczej, dopóki ich nie opublikujesz (karta Wersje).</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/window.py" line="119" />
        <source>Test  Alt+1</source>
        <translation>Test  Alt+1</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/window.py" line="120" />
        <source>Simulate  Alt+2</source>
        <translation>Symulacja  Alt+2</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/window.py" line="121" />
        <source>Versions  Alt+3</source>
        <translation>Wersje  Alt+3</translation>
    </message>
</context>
<context>
    <name>RuleFailuresPanel</name>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="30" />
        <source>Failing rules  (Ctrl+Shift+F)</source>
        <translation>Reguły z błędami  (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="36" />
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="39" />
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="40" />
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="41" />
        <source>Failed</source>
        <translation>Błędy</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="42" />
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="43" />
        <source>Latest</source>
        <translation>Ostatnio</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="49" />
        <source>Rule failures</source>
        <translation>Błędy reguł</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="61" />
        <source>Message of the selected failure</source>
        <translation>Komunikat wybranego błędu</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="64" />
        <source>Failed counts customer evaluations that raised an error (a customer evaluated again counts again). A failing rule is skipped; the others still apply. Enter opens the rule.</source>
        <translation>Błędy to liczba ocen klientów zakończonych błędem (ponowna ocena tego samego klienta liczy się ponownie). Reguła z błędem jest pomijana; pozostałe nadal działają. Enter otwiera regułę.</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="87" />
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/rule_editor/failures_panel.py" line="116" />
        <source>%n rule failure(s) in published versions.</source>
        <translation>
            <numerusform>%n błąd reguły w opublikowanych wersjach.</numerusform>
            <numerusform>%n błędy reguł w opublikowanych wersjach.</numerusform>
            <numerusform>%n błędów reguł w opublikowanych wersjach.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="118" />
        <source>No rule of a published version has failed on a customer.</source>
        <translation>Żadna reguła opublikowanej wersji nie zawiodła u klienta.</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="145" />
        <source>%1, version %2: first %3, last %4 (customer %5)</source>
        <translation>%1, wersja %2: pierwszy raz %3, ostatnio %4 (klient %5)</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="160" />
        <source>Could not load rule failures: %1</source>
        <translation>Nie udało się wczytać błędów reguł: %1</translation>
    </message>
</context>
<context>
    <name>RuleFields</name>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="71" />
        <source>e.g. large_inflow (a-z, 0-9, _ . -)</source>
        <translation>np. large_inflow (a-z, 0-9, _ . -)</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="74" />
        <source>Enabled: the rule is evaluated once published</source>
        <translation>Włączona: reguła jest sprawdzana po opublikowaniu</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="77" />
        <source>from</source>
        <translation>od</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="78" />
        <source>until</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="80" />
        <source>none needed</source>
        <translation>niewymagana</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="91" />
        <source>e.g. Fraud suspicion (the banner's headline)</source>
        <translation>np. Podejrzenie oszustwa (nagłówek banera)</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="93" />
        <source>e.g. offer_investment</source>
        <translation>np. offer_investment</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/experiment_fields.py" line="25" />
        <source>none, a number feature such as p_alive, or attributes.NAME</source>
        <translation>brak, cecha liczbowa, np. p_alive, albo attributes.NAZWA</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/experiment_fields.py" line="28" />
        <source>Score = priority × business value × this value (0-1) for each customer; a customer without a value keeps priority × business value.</source>
        <translation>Wynik = priorytet × wartość biznesowa × ta wartość (0–1) dla każdego klienta; klient bez wartości zachowuje priorytet × wartość biznesowa.</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/experiment_fields.py" line="40" />
        <source>optional: the id of another prompt tried instead of this one</source>
        <translation>opcjonalnie: identyfikator innej podpowiedzi testowanej zamiast tej</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/experiment_fields.py" line="47" />
        <location filename="../../app/views/rule_editor/rule_fields.py" line="100" />
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/experiment_fields.py" line="50" />
        <source>Share of customers (split by customer, always the same for one) offered the challenger instead of this rule.</source>
        <translation>Odsetek klientów (podział według klienta, dla danego klienta zawsze ten sam), którym zamiast tej reguły proponuje się challengera.</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="114" />
        <source>What the consultant says. Placeholders fill in the customer's data: %1</source>
        <translation>Co mówi konsultant. W miejsce znaczników zostaną wstawione dane klienta: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="119" />
        <source>Optional. Empty: the facts the condition reads, with their values.</source>
        <translation>Opcjonalnie. Gdy puste: dane odczytywane przez warunek wraz z ich wartościami.</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="126" />
        <source>e.g. card_fee_waiver (optional)</source>
        <translation>np. card_fee_waiver (opcjonalnie)</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="161" />
        <source>Automatic actions</source>
        <translation>Akcje automatyczne</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="163" />
        <source>At most once per</source>
        <translation>Najwyżej raz na</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="164" />
        <source>Entitlement</source>
        <translation>Uprawnienie</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="165" />
        <source>Entitlement days</source>
        <translation>Ważność uprawnienia (dni)</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="169" />
        <source>Pause after shown (days)</source>
        <translation>Przerwa po pokazaniu (dni)</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="170" />
        <source>Pause after declined (days)</source>
        <translation>Przerwa po odrzuceniu (dni)</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="171" />
        <source>Pause after accepted (days)</source>
        <translation>Przerwa po przyjęciu (dni)</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="172" />
        <source>At most shown (0 = no cap)</source>
        <translation>Najwyżej pokazań (0 = bez limitu)</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="173" />
        <source>... within days</source>
        <translation>… w ciągu dni</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="187" />
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="189" />
        <source>Id</source>
        <translation>Identyfikator</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="190" />
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="191" />
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="196" />
        <source>When it applies</source>
        <translation>Kiedy obowiązuje</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="198" />
        <source>Condition</source>
        <translation>Warunek</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="199" />
        <source>Valid</source>
        <translation>Ważna</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="200" />
        <source>Consent needed</source>
        <translation>Wymagana zgoda</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="204" />
        <source>What happens</source>
        <translation>Co się dzieje</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="206" />
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="207" />
        <source>Severity</source>
        <translation>Poziom ostrzeżenia</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="208" />
        <source>Banner title</source>
        <translation>Tytuł banera</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="209" />
        <source>Action code</source>
        <translation>Kod akcji</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="210" />
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="211" />
        <source>Priority (1-100)</source>
        <translation>Priorytet (1–100)</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="212" />
        <source>Business value</source>
        <translation>Wartość biznesowa</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="213" />
        <source>Propensity</source>
        <translation>Skłonność</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="214" />
        <source>Challenger rule</source>
        <translation>Reguła challenger</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="215" />
        <source>Challenger's share</source>
        <translation>Udział challengera</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="216" />
        <source>Script</source>
        <translation>Skrypt</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="217" />
        <source>Why (template)</source>
        <translation>Dlaczego (szablon)</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="219" />
        <source>Follow-up call after (days)</source>
        <translation>Ponowny kontakt po (dni)</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="179" />
        <source>How often</source>
        <translation>Jak często</translation>
    </message>
</context>
<context>
    <name>RuleForm</name>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="55" />
        <source>Save draft  Ctrl+S</source>
        <translation>Zapisz wersję roboczą  Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="57" />
        <source>New rule  Ctrl+N</source>
        <translation>Nowa reguła  Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="58" />
        <location filename="../../app/views/rule_editor/rule_form.py" line="159" />
        <source>Disable</source>
        <translation>Wyłącz</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="59" />
        <source>Delete…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="63" />
        <source>Yes, delete it</source>
        <translation>Tak, usuń</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="64" />
        <source>Keep it</source>
        <translation>Zachowaj</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="65" />
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="66" />
        <source>Discard my changes</source>
        <translation>Odrzuć moje zmiany</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="130" />
        <source>You have unsaved changes. Save them (Ctrl+S), or discard them to open “%1”.</source>
        <translation>Masz niezapisane zmiany. Zapisz je (Ctrl+S) albo odrzuć, aby otworzyć „%1”.</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="159" />
        <source>Enable</source>
        <translation>Włącz</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="169" />
        <source>New rule</source>
        <translation>Nowa reguła</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="170" />
        <source>  (unsaved changes)</source>
        <translation>  (niezapisane zmiany)</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="193" />
        <source>Not saved: fix the field marked in red (%1).</source>
        <translation>Nie zapisano: popraw pole zaznaczone na czerwono (%1).</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="206" />
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="223" />
        <source>Saved to the draft, but check the why: %1</source>
        <translation>Zapisano w wersji roboczej, ale sprawdź pole „Dlaczego”: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="226" />
        <source>Saved to the draft. Publish to make it live.</source>
        <translation>Zapisano w wersji roboczej. Opublikuj, aby zmiany zaczęły obowiązywać.</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="236" />
        <source>This id is already used by another rule.</source>
        <translation>Ten identyfikator jest już używany przez inną regułę.</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="237" />
        <source>Not saved — your changes are kept. %1</source>
        <translation>Nie zapisano — wprowadzone zmiany zostały zachowane. %1</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="249" />
        <source>Delete “%1” from the draft? The published version keeps it until you publish.</source>
        <translation>Usunąć „%1” z wersji roboczej? Do czasu publikacji reguła pozostaje w opublikowanej wersji.</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="273" />
        <source>Deleted “%1” from the draft.</source>
        <translation>Usunięto „%1” z wersji roboczej.</translation>
    </message>
</context>
<context>
    <name>RuleListModel</name>
    <message>
        <location filename="../../app/views/rule_editor/rule_list_model.py" line="41" />
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_list_model.py" line="42" />
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_list_model.py" line="43" />
        <source>Action</source>
        <translation>Akcja</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_list_model.py" line="45" />
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_list_model.py" line="50" />
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_list_model.py" line="52" />
        <source>Enabled</source>
        <translation>Włączona</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_list_model.py" line="57" />
        <source>Since published</source>
        <translation>Od publikacji</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_list_model.py" line="53" />
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_list_model.py" line="53" />
        <source>disabled</source>
        <translation>wyłączona</translation>
    </message>
</context>
<context>
    <name>RuleTestPanel</name>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="32" />
        <source>Test on the open customer</source>
        <translation>Test dla otwartego klienta</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="38" />
        <source>Test on the open customer  Ctrl+T</source>
        <translation>Testuj dla otwartego klienta  Ctrl+T</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="40" />
        <source>not tested yet</source>
        <translation>jeszcze nie testowano</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="68" />
        <source>Tests the rule as it is in the form now, saved or not; records nothing.</source>
        <translation>Testuje regułę w obecnej postaci z formularza, zapisaną lub nie; niczego nie rejestruje.</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="70" />
        <source>Open a customer in the main window to test the rule on them.</source>
        <translation>Otwórz klienta w oknie głównym, aby przetestować na nim regułę.</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="92" />
        <source>cannot test</source>
        <translation>nie można testować</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="93" />
        <source>Fix the fields marked in red first.</source>
        <translation>Najpierw popraw pola zaznaczone na czerwono.</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="95" />
        <source>testing…</source>
        <translation>testowanie…</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="109" />
        <source>Tested on %1</source>
        <translation>Sprawdzono na kliencie: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="111" />
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="131" />
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="113" />
        <source>The rule fails on this customer: %1</source>
        <translation>Reguła zwraca błąd dla tego klienta: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="116" />
        <source>Fires</source>
        <translation>Spełniona</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="117" />
        <source>Why: %1</source>
        <translation>Dlaczego: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="119" />
        <source>Script: %1</source>
        <translation>Skrypt: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="119" />
        <source>Banner: %1</source>
        <translation>Baner: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="122" />
        <source>Does not fire</source>
        <translation>Niespełniona</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="125" />
        <source>No data for: %1</source>
        <translation>Brak danych: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="127" />
        <source>The customer's facts: %1</source>
        <translation>Dane klienta: %1</translation>
    </message>
</context>
<context>
    <name>RuleVersionsTab</name>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="84" />
        <source>Compare with the previous (Alt+P)</source>
        <translation>Porównaj z poprzednią (Alt+P)</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="85" />
        <source>Compare with the current (Alt+C)</source>
        <translation>Porównaj z bieżącą (Alt+C)</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="86" />
        <source>Roll back to this version… (Alt+R)</source>
        <translation>Przywróć tę wersję… (Alt+R)</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="104" />
        <source>Roll back</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="105" />
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="130" />
        <source>Rule versions</source>
        <translation>Wersje reguł</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="141" />
        <source>No rule set has been published yet.</source>
        <translation>Nie opublikowano jeszcze żadnego zestawu reguł.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="144" />
        <source>Could not do it: %1</source>
        <translation>Nie udało się: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="161" />
        <source>Version %1 is the first: nothing before it.</source>
        <translation>Wersja %1 jest pierwsza: nie ma wcześniejszej.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="176" />
        <source>added</source>
        <translation>dodana</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="176" />
        <source>removed</source>
        <translation>usunięta</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="177" />
        <source>changed</source>
        <translation>zmieniona</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/admin/rule_versions_tab.py" line="178" />
        <source>Version %1 → version %2: %n rule(s) differ</source>
        <translation>
            <numerusform>Wersja %1 → wersja %2: różni się %n reguła</numerusform>
            <numerusform>Wersja %1 → wersja %2: różnią się %n reguły</numerusform>
            <numerusform>Wersja %1 → wersja %2: różni się %n reguł</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="196" />
        <source>Publish version %1's rules again as version %2? Every desk gets them at its next sync; your draft is replaced by them.</source>
        <translation>Opublikować reguły wersji %1 ponownie jako wersję %2? Każde stanowisko otrzyma je przy następnej synchronizacji; Twój szkic zostanie nimi zastąpiony.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="213" />
        <source>Rolling back to version %1…</source>
        <translation>Przywracanie wersji %1…</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="220" />
        <source>Published version %1, a copy of version %2.</source>
        <translation>Opublikowano wersję %1, kopię wersji %2.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../app/views/customer/search_panel.py" line="132" />
        <source>Incoming call</source>
        <translation>Połączenie przychodzące</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/search_panel.py" line="87" />
        <source>Search: name, phone, e-mail, customer no.  (Ctrl+F)</source>
        <translation>Szukaj: nazwisko, telefon, e-mail, nr klienta  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/search_panel.py" line="88" />
        <source>Customer search</source>
        <translation>Wyszukiwanie klienta</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/search_panel.py" line="94" />
        <source>Search results</source>
        <translation>Wyniki wyszukiwania</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/search_panel.py" line="100" />
        <location filename="../../app/views/customer/search_panel.py" line="139" />
        <source>Type to search</source>
        <translation>Zacznij pisać, aby wyszukać</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/search_panel.py" line="115" />
        <source>↓ into the list · Enter opens · Esc back to search</source>
        <translation>↓ do listy · Enter otwiera · Esc wraca do wyszukiwania</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/customer/search_panel.py" line="153" />
        <source>%n customer(s) found</source>
        <translation>
            <numerusform>Znaleziono %n klienta</numerusform>
            <numerusform>Znaleziono %n klientów</numerusform>
            <numerusform>Znaleziono %n klientów</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/customer/search_panel.py" line="163" />
        <source>Search failed: %1</source>
        <translation>Wyszukiwanie nie powiodło się: %1</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <location filename="../../app/views/first_run/entry_pages.py" line="37" />
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/entry_pages.py" line="38" />
        <source>Where the centre's aCRM server is. Your administrator gives you these values.</source>
        <translation>Gdzie jest serwer aCRM centrum. Te dane poda Ci administrator.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/entry_pages.py" line="42" />
        <source>Server address</source>
        <translation>Adres serwera</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/entry_pages.py" line="46" />
        <source>TLS mode</source>
        <translation>Tryb TLS</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/entry_pages.py" line="48" />
        <location filename="../../app/views/first_run/entry_pages.py" line="96" />
        <source>CA file</source>
        <translation>Plik CA</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/entry_pages.py" line="49" />
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/entry_pages.py" line="59" />
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/entry_pages.py" line="60" />
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/entry_pages.py" line="61" />
        <source>&amp;CA file:</source>
        <translation>Plik &amp;CA:</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/entry_pages.py" line="98" />
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certyfikaty (*.pem *.crt);;Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <location filename="../../app/views/first_run/session.py" line="37" />
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/session.py" line="42" />
        <source>Connect to a server…</source>
        <translation>Połącz z serwerem…</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/session.py" line="43" />
        <source>Sign out…</source>
        <translation>Wyloguj…</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/session.py" line="70" />
        <source>Saved. The desk works on %1 from its next start.</source>
        <translation>Zapisano. Od następnego uruchomienia stanowisko pracuje na %1.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/session.py" line="73" />
        <source>Saved. The desk uses the new password from its next start.</source>
        <translation>Zapisano. Nowe hasło obowiązuje od następnego uruchomienia.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/session.py" line="74" />
        <source>Connected — aCRM Desk</source>
        <translation>Połączono — aCRM Desk</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/session.py" line="83" />
        <source>Sign out — aCRM Desk</source>
        <translation>Wylogowanie — aCRM Desk</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/session.py" line="84" />
        <source>This desk works on its own database: there is no server to sign out of.</source>
        <translation>To stanowisko pracuje na własnej bazie danych: nie ma serwera, z którego można się wylogować.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/views/shell/settings_view.py" line="32" />
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_view.py" line="37" />
        <source>The settings this desk runs with. Settings marked as locked were set by your administrator and cannot be changed on this desk.</source>
        <translation>Ustawienia, z którymi działa to stanowisko. Ustawienia oznaczone jako zablokowane ustalił administrator i nie można ich zmienić na tym stanowisku.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_view.py" line="46" />
        <source>Setting</source>
        <translation>Ustawienie</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_view.py" line="46" />
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_view.py" line="46" />
        <source>Set by</source>
        <translation>Skąd</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_view.py" line="46" />
        <source>Locked</source>
        <translation>Blokada</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_view.py" line="78" />
        <source>The configuration files were not read on this run.</source>
        <translation>Przy tym uruchomieniu nie odczytano plików konfiguracji.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_view.py" line="91" />
        <source>Administrator's file: %1
Your file: %2</source>
        <translation>Plik administratora: %1
Twój plik: %2</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_view.py" line="96" />
        <source>%1 from %2 is ignored: your administrator locked this setting.</source>
        <translation>%1 z %2 jest pomijane: administrator zablokował to ustawienie.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_view.py" line="105" />
        <source>Set by your administrator in %1</source>
        <translation>Ustawione przez administratora w %1</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_view.py" line="111" />
        <source>default</source>
        <translation>domyślne</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_view.py" line="112" />
        <source>administrator (%1)</source>
        <translation>administrator (%1)</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_view.py" line="113" />
        <source>you (%1)</source>
        <translation>Ty (%1)</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_view.py" line="114" />
        <source>environment (%1)</source>
        <translation>środowisko (%1)</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_view.py" line="119" />
        <source>locked</source>
        <translation>zablokowane</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_view.py" line="131" />
        <source>Some of your settings are ignored: your administrator locked them  %1</source>
        <translation>Część Twoich ustawień jest pomijana: zablokował je administrator  %1</translation>
    </message>
</context>
<context>
    <name>SignOutDialog</name>
    <message>
        <location filename="../../app/views/first_run/sign_out_dialog.py" line="25" />
        <source>Sign out — aCRM Desk</source>
        <translation>Wylogowanie — aCRM Desk</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/sign_out_dialog.py" line="27" />
        <source>Sign out %1 from %2? The password is removed from the system keyring and the desk closes.</source>
        <translation>Wylogować %1 z %2? Hasło zostanie usunięte z systemowego magazynu haseł, a stanowisko się zamknie.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/sign_out_dialog.py" line="32" />
        <source>Also &amp;delete this desk's copy of the data (the cache)</source>
        <translation>&amp;Usuń też kopię danych na tym stanowisku (pamięć podręczną)</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/sign_out_dialog.py" line="37" />
        <source>D&amp;iscard the unsynced work</source>
        <translation>&amp;Odrzuć niezsynchronizowaną pracę</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/sign_out_dialog.py" line="43" />
        <source>&amp;Sign out</source>
        <translation>&amp;Wyloguj</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/first_run/sign_out_dialog.py" line="61" />
        <source>%n change(s) have not reached the server yet</source>
        <translation>
            <numerusform>%n zmiana nie dotarła jeszcze do serwera</numerusform>
            <numerusform>%n zmiany nie dotarły jeszcze do serwera</numerusform>
            <numerusform>%n zmian nie dotarło jeszcze do serwera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/first_run/sign_out_dialog.py" line="63" />
        <source>; %n were refused by it</source>
        <translation>
            <numerusform>; %n została przez niego odrzucona</numerusform>
            <numerusform>; %n zostały przez niego odrzucone</numerusform>
            <numerusform>; %n zostało przez niego odrzuconych</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/sign_out_dialog.py" line="64" />
        <source>%1. Deleting the cache loses them for good.</source>
        <translation>%1. Usunięcie pamięci podręcznej utraci je bezpowrotnie.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/sign_out_dialog.py" line="70" />
        <source>Cannot count the unsynced work (%1). Deleting the cache may lose some.</source>
        <translation>Nie można policzyć niezsynchronizowanej pracy (%1). Usunięcie pamięci podręcznej może coś utracić.</translation>
    </message>
</context>
<context>
    <name>SimulationPanel</name>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="34" />
        <source>Simulate the draft on all customers</source>
        <translation>Symulacja wersji roboczej dla wszystkich klientów</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="42" />
        <source>Simulate  F5</source>
        <translation>Symuluj  F5</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="44" />
        <source>Cancel  Esc</source>
        <translation>Anuluj  Esc</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="48" />
        <source>%v of %m customers</source>
        <translation>%v z %m klientów</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="56" />
        <source>Compares the saved draft with the published rules for every customer, as of now. Nothing is recorded and no customer is contacted.</source>
        <translation>Porównuje zapisaną wersję roboczą z opublikowanymi regułami dla każdego klienta według stanu na teraz. Niczego nie rejestruje i nie kontaktuje się z żadnym klientem.</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="63" />
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="63" />
        <source>Reached now</source>
        <translation>Zasięg obecnie</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="63" />
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="69" />
        <source>With the draft</source>
        <translation>Z wersją roboczą</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="63" />
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="69" />
        <source>Top action now</source>
        <translation>Główna akcja obecnie</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="69" />
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="97" />
        <source>Simulating…</source>
        <translation>Symulowanie…</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="113" />
        <source>Cancelling after the current batch…</source>
        <translation>Anulowanie po zakończeniu bieżącej partii…</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="128" />
        <source>Simulation failed: %1</source>
        <translation>Symulacja nie powiodła się: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="135" />
        <source>%1 customers compared with published version %2.</source>
        <translation>Klienci porównani z opublikowaną wersją %2: %1.</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="140" />
        <source>Cancelled: partial result. </source>
        <translation>Anulowano: wynik częściowy. </translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="142" />
        <source>No action: %1 now, %2 with the draft. Top action changes for %3.</source>
        <translation>Bez akcji: obecnie %1, z wersją roboczą %2. Zmiana głównej akcji: %3.</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="155" />
        <source>(no prompt)</source>
        <translation>(brak podpowiedzi)</translation>
    </message>
</context>
<context>
    <name>SkippedModel</name>
    <message>
        <location filename="../../app/views/sync/problems.py" line="44" />
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/problems.py" line="45" />
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/problems.py" line="46" />
        <source>Why it was skipped</source>
        <translation>Dlaczego pominięto</translation>
    </message>
</context>
<context>
    <name>StartupError</name>
    <message>
        <location filename="../../app/views/shell/startup_error.py" line="21" />
        <source>The desk cannot start: its configuration is not valid. Nothing was opened or changed. Please tell your administrator:</source>
        <translation>Nie można uruchomić stanowiska: jego konfiguracja jest błędna. Niczego nie otwarto ani nie zmieniono. Przekaż administratorowi:</translation>
    </message>
</context>
<context>
    <name>StartupScreen</name>
    <message>
        <location filename="../../app/views/shell/desk_app.py" line="79" />
        <source>Opening the database. On the first run demo customers are created.</source>
        <translation>Otwieranie bazy danych. Przy pierwszym uruchomieniu tworzeni są klienci demonstracyjni.</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <location filename="../../app/views/shell/desk_app.py" line="167" />
        <location filename="../../app/views/shell/status_strip.py" line="22" />
        <source>Ready</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/status_strip.py" line="24" />
        <source>Desk state</source>
        <translation>Stan stanowiska</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/status_strip.py" line="25" />
        <source>Database: %1</source>
        <translation>Baza: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/status_strip.py" line="26" />
        <source>Agent: %1</source>
        <translation>Konsultant: %1</translation>
    </message>
</context>
<context>
    <name>StorePage</name>
    <message>
        <location filename="../../app/views/first_run/work_pages.py" line="119" />
        <source>Remember the sign-in</source>
        <translation>Zapamiętanie logowania</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/work_pages.py" line="124" />
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/work_pages.py" line="131" />
        <source>The password is not kept: %1. The desk will ask for it each session.</source>
        <translation>Hasło nie jest zapamiętane: %1. Stanowisko zapyta o nie w każdej sesji.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/work_pages.py" line="134" />
        <source>The password is kept in the system keyring.</source>
        <translation>Hasło jest zapamiętane w systemowym magazynie haseł.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/work_pages.py" line="136" />
        <source>The password is not kept: the desk will ask for it each session.</source>
        <translation>Hasło nie jest zapamiętane: stanowisko zapyta o nie w każdej sesji.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/work_pages.py" line="139" />
        <source>The server is saved in %1.</source>
        <translation>Serwer zapisano w %1.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../app/views/first_run/work_pages.py" line="156" />
        <source>First sync</source>
        <translation>Pierwsza synchronizacja</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/work_pages.py" line="157" />
        <source>This desk copies the customer data from the server once, so it works offline too.</source>
        <translation>To stanowisko jednorazowo kopiuje dane klientów z serwera, aby działać także bez połączenia.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/work_pages.py" line="168" />
        <source>Connecting to the server…</source>
        <translation>Łączenie z serwerem…</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/work_pages.py" line="175" />
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/work_pages.py" line="180" />
        <source>%1 of %2 rows (%3)</source>
        <translation>%1 z %2 wierszy (%3)</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/work_pages.py" line="191" />
        <source>Done: %1 rows copied. Press Enter to open the desk.</source>
        <translation>Gotowe: skopiowano wiersze: %1. Naciśnij Enter, aby otworzyć stanowisko.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/work_pages.py" line="198" />
        <source>First sync cancelled. The desk opens now and finishes it on its own.</source>
        <translation>Pierwszą synchronizację anulowano. Stanowisko otworzy się teraz i dokończy ją samo.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/work_pages.py" line="200" />
        <source>The first sync did not finish (%1). The desk opens now and keeps trying on its own.</source>
        <translation>Pierwsza synchronizacja nie zakończyła się (%1). Stanowisko otworzy się teraz i będzie próbować samo.</translation>
    </message>
</context>
<context>
    <name>SyncProblemsWindow</name>
    <message>
        <location filename="../../app/views/sync/problems.py" line="66" />
        <source>Sync problems — aCRM Desk</source>
        <translation>Problemy synchronizacji — aCRM Desk</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/problems.py" line="87" />
        <source>Retry refused rows</source>
        <translation>Wyślij odrzucone ponownie</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/problems.py" line="89" />
        <source>Sync now</source>
        <translation>Synchronizuj teraz</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/sync/problems.py" line="121" />
        <source>The server refused %n row(s). Ask an administrator to fix the cause, then retry; until then they stay on this desktop only.</source>
        <translation>
            <numerusform>Serwer odrzucił %n wiersz. Poproś administratora o usunięcie przyczyny i wyślij ponownie; do tego czasu jest tylko na tym stanowisku.</numerusform>
            <numerusform>Serwer odrzucił %n wiersze. Poproś administratora o usunięcie przyczyny i wyślij ponownie; do tego czasu są tylko na tym stanowisku.</numerusform>
            <numerusform>Serwer odrzucił %n wierszy. Poproś administratora o usunięcie przyczyny i wyślij ponownie; do tego czasu są tylko na tym stanowisku.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/sync/problems.py" line="127" />
        <source>Nothing refused: everything saved here reaches the server.</source>
        <translation>Nic nie odrzucono: wszystko zapisane tutaj trafia na serwer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/sync/problems.py" line="136" />
        <source>%n feed row(s) skipped: they could not be read or stored on this desktop. Everything else was applied. Tell an administrator.</source>
        <translation>
            <numerusform>Pominięto %n zmianę z serwera: nie dało się jej odczytać ani zapisać na tym stanowisku. Wszystko inne zastosowano. Powiadom administratora.</numerusform>
            <numerusform>Pominięto %n zmiany z serwera: nie dało się ich odczytać ani zapisać na tym stanowisku. Wszystko inne zastosowano. Powiadom administratora.</numerusform>
            <numerusform>Pominięto %n zmian z serwera: nie dało się ich odczytać ani zapisać na tym stanowisku. Wszystko inne zastosowano. Powiadom administratora.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/sync/problems.py" line="142" />
        <source>No feed rows skipped.</source>
        <translation>Nie pominięto żadnych zmian z serwera.</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/problems.py" line="146" />
        <source>Could not read the sync problems: %1</source>
        <translation>Nie udało się odczytać problemów synchronizacji: %1</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../app/views/sync/status.py" line="57" />
        <source>Sync state</source>
        <translation>Stan synchronizacji</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="61" />
        <source>Sync now</source>
        <translation>Synchronizuj teraz</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="62" />
        <source>Sync problems…</source>
        <translation>Problemy synchronizacji…</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="94" />
        <source>Sync: connecting…</source>
        <translation>Synchronizacja: łączenie…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/sync/status.py" line="98" />
        <location filename="../../app/views/sync/status.py" line="110" />
        <source>Syncing… %n unsynced</source>
        <translation>
            <numerusform>Synchronizacja… %n niewysłana zmiana</numerusform>
            <numerusform>Synchronizacja… %n niewysłane zmiany</numerusform>
            <numerusform>Synchronizacja… %n niewysłanych zmian</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/sync/status.py" line="101" />
        <source>Offline — %n unsynced · last sync %1</source>
        <translation>
            <numerusform>Offline — %n niewysłana zmiana · ostatnia synchronizacja %1</numerusform>
            <numerusform>Offline — %n niewysłane zmiany · ostatnia synchronizacja %1</numerusform>
            <numerusform>Offline — %n niewysłanych zmian · ostatnia synchronizacja %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/sync/status.py" line="103" />
        <source>Offline — %n unsynced · never synced</source>
        <translation>
            <numerusform>Offline — %n niewysłana zmiana · jeszcze bez synchronizacji</numerusform>
            <numerusform>Offline — %n niewysłane zmiany · jeszcze bez synchronizacji</numerusform>
            <numerusform>Offline — %n niewysłanych zmian · jeszcze bez synchronizacji</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="105" />
        <source>Offline · last sync %1</source>
        <translation>Offline · ostatnia synchronizacja %1</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="107" />
        <source>Offline · never synced</source>
        <translation>Offline · jeszcze bez synchronizacji</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="112" />
        <source>Synced · last %1</source>
        <translation>Zsynchronizowano · ostatnio %1</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="114" />
        <source>Synced</source>
        <translation>Zsynchronizowano</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/sync/status.py" line="116" />
        <source>%n refused</source>
        <translation>
            <numerusform>%n odrzucona</numerusform>
            <numerusform>%n odrzucone</numerusform>
            <numerusform>%n odrzuconych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/sync/status.py" line="120" />
        <source>%n feed row(s) skipped</source>
        <translation>
            <numerusform>%n zmiana pominięta</numerusform>
            <numerusform>%n zmiany pominięte</numerusform>
            <numerusform>%n zmian pominiętych</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="126" />
        <source>Last error: %1</source>
        <translation>Ostatni błąd: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="127" />
        <source>Click for sync problems (%1).</source>
        <translation>Kliknij, aby zobaczyć problemy synchronizacji (%1).</translation>
    </message>
</context>
<context>
    <name>TablePanelTab</name>
    <message>
        <location filename="../../app/views/admin/table_panel.py" line="80" />
        <source>Close (Esc)</source>
        <translation>Zamknij (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/table_panel.py" line="184" />
        <source>Working…</source>
        <translation>Trwa…</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/table_panel.py" line="199" />
        <source>Failed: %1</source>
        <translation>Nie udało się: %1</translation>
    </message>
</context>
<context>
    <name>TeamQueueTab</name>
    <message>
        <location filename="../../app/views/team/queue_tab.py" line="74" />
        <source>Filter: customer, member, note…</source>
        <translation>Filtr: klient, osoba, notatka…</translation>
    </message>
    <message>
        <location filename="../../app/views/team/queue_tab.py" line="76" />
        <source>Filter</source>
        <translation>Filtr</translation>
    </message>
    <message>
        <location filename="../../app/views/team/queue_tab.py" line="79" />
        <source>Team members</source>
        <translation>Członkowie zespołu</translation>
    </message>
    <message>
        <location filename="../../app/views/team/queue_tab.py" line="80" />
        <source>Give to member  %1</source>
        <translation>Przekaż osobie  %1</translation>
    </message>
    <message>
        <location filename="../../app/views/team/queue_tab.py" line="110" />
        <source>Open items</source>
        <translation>Otwarte pozycje</translation>
    </message>
    <message>
        <location filename="../../app/views/team/queue_tab.py" line="115" />
        <source>&amp;Filter:</source>
        <translation>&amp;Filtr:</translation>
    </message>
    <message>
        <location filename="../../app/views/team/queue_tab.py" line="130" />
        <source>&amp;Members (drop rows on one):</source>
        <translation>&amp;Członkowie (upuść wiersze na osobę):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/queue_tab.py" line="182" />
        <source>%1 — %n open</source>
        <translation>
            <numerusform>%1 — %n otwarta</numerusform>
            <numerusform>%1 — %n otwarte</numerusform>
            <numerusform>%1 — %n otwartych</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/team/queue_tab.py" line="185" />
        <source>Could not read the team queue: %1</source>
        <translation>Nie udało się odczytać kolejki zespołu: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/queue_tab.py" line="191" />
        <source>%n open item(s)</source>
        <translation>
            <numerusform>%n otwarta pozycja</numerusform>
            <numerusform>%n otwarte pozycje</numerusform>
            <numerusform>%n otwartych pozycji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/queue_tab.py" line="193" />
        <source>%n overdue</source>
        <translation>
            <numerusform>%n po terminie</numerusform>
            <numerusform>%n po terminie</numerusform>
            <numerusform>%n po terminie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/queue_tab.py" line="195" />
        <source>%n shown</source>
        <translation>
            <numerusform>%n widoczna</numerusform>
            <numerusform>%n widoczne</numerusform>
            <numerusform>%n widocznych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/queue_tab.py" line="246" />
        <source>%n item(s) given to %1</source>
        <translation>
            <numerusform>%n pozycję przekazano: %1</numerusform>
            <numerusform>%n pozycje przekazano: %1</numerusform>
            <numerusform>%n pozycji przekazano: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/team/queue_tab.py" line="254" />
        <source>Could not reassign: %1</source>
        <translation>Nie udało się przekazać: %1</translation>
    </message>
</context>
<context>
    <name>TeamWorkspaceWindow</name>
    <message>
        <location filename="../../app/views/team/window.py" line="76" />
        <source>Team workspace — aCRM Desk</source>
        <translation>Panel zespołu — aCRM Desk</translation>
    </message>
    <message>
        <location filename="../../app/views/team/window.py" line="79" />
        <source>Filter agents  Ctrl+F</source>
        <translation>Filtruj konsultantów  Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../app/views/team/window.py" line="81" />
        <source>Filter rules  Ctrl+F</source>
        <translation>Filtruj reguły  Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../app/views/team/window.py" line="85" />
        <source>Agents</source>
        <translation>Konsultanci</translation>
    </message>
    <message>
        <location filename="../../app/views/team/window.py" line="86" />
        <source>Offers</source>
        <translation>Oferty</translation>
    </message>
    <message>
        <location filename="../../app/views/team/window.py" line="87" />
        <source>Hours</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <location filename="../../app/views/team/window.py" line="145" />
        <source>The team workspace needs the team_lead role (ask an administrator).</source>
        <translation>Panel zespołu wymaga roli team_lead (poproś administratora).</translation>
    </message>
    <message>
        <location filename="../../app/views/team/window.py" line="153" />
        <source>updated %1</source>
        <translation>zaktualizowano %1</translation>
    </message>
    <message>
        <location filename="../../app/views/team/window.py" line="160" />
        <source>Could not refresh the figures: %1</source>
        <translation>Nie udało się odświeżyć wyników: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/team/window.py" line="179" />
        <source>This tab has no table to export.</source>
        <translation>Ta karta nie ma tabeli do eksportu.</translation>
    </message>
    <message>
        <location filename="../../app/views/team/window.py" line="188" />
        <source>Could not save %1: %2</source>
        <translation>Nie udało się zapisać %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/window.py" line="192" />
        <source>%n row(s) saved to %1</source>
        <translation>
            <numerusform>Zapisano %n wiersz do %1</numerusform>
            <numerusform>Zapisano %n wiersze do %1</numerusform>
            <numerusform>Zapisano %n wierszy do %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/team/window.py" line="196" />
        <source>Export the table</source>
        <translation>Eksport tabeli</translation>
    </message>
    <message>
        <location filename="../../app/views/team/window.py" line="196" />
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>TeamsModel</name>
    <message>
        <location filename="../../app/views/admin/people_model.py" line="72" />
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_model.py" line="74" />
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_model.py" line="75" />
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_model.py" line="76" />
        <source>Team leads</source>
        <translation>Liderzy zespołu</translation>
    </message>
</context>
<context>
    <name>TeamsTab</name>
    <message>
        <location filename="../../app/views/admin/teams_tab.py" line="20" />
        <source>Filter teams (Ctrl+F)</source>
        <translation>Filtruj zespoły (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/teams_tab.py" line="21" />
        <source>Filter teams</source>
        <translation>Filtruj zespoły</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/teams_tab.py" line="24" />
        <location filename="../../app/views/admin/teams_tab.py" line="25" />
        <source>team name</source>
        <translation>nazwa zespołu</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/teams_tab.py" line="28" />
        <source>New team</source>
        <translation>Nowy zespół</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/teams_tab.py" line="29" />
        <location filename="../../app/views/admin/teams_tab.py" line="61" />
        <source>Rename</source>
        <translation>Zmień nazwę</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/teams_tab.py" line="42" />
        <source>Create</source>
        <translation>Utwórz</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/teams_tab.py" line="43" />
        <source>Team %1 is created.</source>
        <translation>Utworzono zespół %1.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/teams_tab.py" line="44" />
        <source>The new team's name:</source>
        <translation>Nazwa nowego zespołu:</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/teams_tab.py" line="49" />
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/teams_tab.py" line="50" />
        <source>Choose a team in the table first.</source>
        <translation>Najpierw wybierz zespół w tabeli.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/teams_tab.py" line="60" />
        <source>Team %1 is now called %2.</source>
        <translation>Zespół %1 nazywa się teraz %2.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/teams_tab.py" line="64" />
        <source>A new name for %1:</source>
        <translation>Nowa nazwa dla %1:</translation>
    </message>
</context>
<context>
    <name>ToolWindows</name>
    <message>
        <location filename="../../app/views/shell/tool_windows.py" line="69" />
        <source>Rules  %1</source>
        <translation>Reguły  %1</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/tool_windows.py" line="70" />
        <source>Automatic messages  %1</source>
        <translation>Wiadomości automatyczne  %1</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/tool_windows.py" line="89" />
        <source>Team  %1</source>
        <translation>Zespół  %1</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/tool_windows.py" line="95" />
        <source>Administration  %1</source>
        <translation>Administracja  %1</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/tool_windows.py" line="105" />
        <source>Refresh analytics</source>
        <translation>Odśwież analitykę</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/tool_windows.py" line="194" />
        <source>Queue</source>
        <translation>Kolejka</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/tool_windows.py" line="195" />
        <source>Campaigns</source>
        <translation>Kampanie</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/tool_windows.py" line="199" />
        <source>Effectiveness</source>
        <translation>Skuteczność</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/tool_windows.py" line="213" />
        <source>Automatic messages — aCRM Desk</source>
        <translation>Wiadomości automatyczne — aCRM Desk</translation>
    </message>
</context>
<context>
    <name>ValueRisk</name>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="27" />
        <source>High value</source>
        <translation>Wysoka wartość</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="28" />
        <source>Medium value</source>
        <translation>Średnia wartość</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="29" />
        <source>Low value</source>
        <translation>Niska wartość</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="37" />
        <source>High risk</source>
        <translation>Wysokie ryzyko</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="38" />
        <source>Medium risk</source>
        <translation>Średnie ryzyko</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="39" />
        <source>Low risk</source>
        <translation>Niskie ryzyko</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="47" />
        <source>Loyal, high value</source>
        <translation>Lojalny, wysoka wartość</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="48" />
        <source>Promising</source>
        <translation>Obiecujący</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="49" />
        <source>New</source>
        <translation>Nowy</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="50" />
        <source>At risk</source>
        <translation>Zagrożony odejściem</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="51" />
        <source>Dormant</source>
        <translation>Uśpiony</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="52" />
        <source>Needs attention</source>
        <translation>Wymaga uwagi</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="53" />
        <source>No inflows</source>
        <translation>Bez wpływów</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="68" />
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="73" />
        <source>CLV 12 months: %1</source>
        <translation>CLV 12 mies.: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="80" />
        <source>P(alive) %1 · inflow days expected in 12 months: %2</source>
        <translation>P(alive) %1 · oczekiwane dni z wpływami w 12 mies.: %2</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="91" />
        <source>logistic model on %1</source>
        <translation>model logistyczny na kolumnie %1</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="94" />
        <source>logistic model on %1 (AUC %2)</source>
        <translation>model logistyczny na kolumnie %1 (AUC %2)</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="99" />
        <source>from activity (1 − P(alive))</source>
        <translation>z aktywności (1 − P(alive))</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="123" />
        <source>Why: %1</source>
        <translation>Dlaczego: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="130" />
        <source>no inflow before the model's date</source>
        <translation>brak wpływów przed datą modelu</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="132" />
        <source>first inflow 13 weeks or less before the model's date</source>
        <translation>pierwszy wpływ najwyżej 13 tygodni przed datą modelu</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="134" />
        <source>R ≥ 4 and F ≥ 4 and M ≥ 4</source>
        <translation>R ≥ 4 i F ≥ 4 i M ≥ 4</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="135" />
        <source>R ≥ 4 and F ≤ 2</source>
        <translation>R ≥ 4 i F ≤ 2</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="136" />
        <source>R ≤ 2 and (F ≥ 3 or M ≥ 4)</source>
        <translation>R ≤ 2 i (F ≥ 3 lub M ≥ 4)</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="137" />
        <source>R ≤ 2 and F ≤ 2 and M ≤ 3</source>
        <translation>R ≤ 2 i F ≤ 2 i M ≤ 3</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="138" />
        <source>R = 3, or R ≥ 4 and F = 3, or R ≥ 4 and F ≥ 4 and M ≤ 3</source>
        <translation>R = 3 albo R ≥ 4 i F = 3, albo R ≥ 4 i F ≥ 4 i M ≤ 3</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="150" />
        <source>%1 and %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="161" />
        <source>%1 of customers with %2 also hold %3; lift %4</source>
        <translation>%1 klientów z produktami: %2 ma też: %3; lift %4</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="170" />
        <source>Support: %1 of all customers hold these products together</source>
        <translation>Wsparcie: %1 wszystkich klientów ma te produkty razem</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="177" />
        <source>Model as of %1 (version %2)</source>
        <translation>Model na dzień %1 (wersja %2)</translation>
    </message>
</context>
<context>
    <name>ValueRiskSection</name>
    <message>
        <location filename="../../app/views/customer/value_risk.py" line="31" />
        <source>Value and risk</source>
        <translation>Wartość i ryzyko</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk.py" line="33" />
        <source>Not scored yet — run analytics refresh</source>
        <translation>Jeszcze bez ocen — uruchom odświeżenie analityki</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk.py" line="44" />
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk.py" line="45" />
        <source>Activity</source>
        <translation>Aktywność</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk.py" line="46" />
        <source>Churn risk</source>
        <translation>Ryzyko odejścia</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk.py" line="47" />
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk.py" line="50" />
        <source>Suggestions</source>
        <translation>Sugestie</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk.py" line="104" />
        <source>No product stands out.</source>
        <translation>Żaden produkt się nie wyróżnia.</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <location filename="../../app/views/common/verification_labels.py" line="17" />
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location filename="../../app/views/common/verification_labels.py" line="18" />
        <source>Last 4 digits of PESEL</source>
        <translation>4 ostatnie cyfry numeru PESEL</translation>
    </message>
    <message>
        <location filename="../../app/views/common/verification_labels.py" line="19" />
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <location filename="../../app/views/common/verification_labels.py" line="20" />
        <source>Mother's maiden name</source>
        <translation>Nazwisko panieńskie matki</translation>
    </message>
    <message>
        <location filename="../../app/views/common/verification_labels.py" line="21" />
        <source>Last 4 digits of the card</source>
        <translation>4 ostatnie cyfry karty</translation>
    </message>
    <message>
        <location filename="../../app/views/common/verification_labels.py" line="22" />
        <source>A recent transaction</source>
        <translation>Ostatnia transakcja</translation>
    </message>
    <message>
        <location filename="../../app/views/common/verification_labels.py" line="23" />
        <source>Last 4 digits of the account</source>
        <translation>4 ostatnie cyfry rachunku</translation>
    </message>
    <message>
        <location filename="../../app/views/common/verification_labels.py" line="30" />
        <source>not asked</source>
        <translation>nie pytano</translation>
    </message>
    <message>
        <location filename="../../app/views/common/verification_labels.py" line="31" />
        <source>passed</source>
        <translation>poprawnie</translation>
    </message>
    <message>
        <location filename="../../app/views/common/verification_labels.py" line="32" />
        <source>failed</source>
        <translation>błędnie</translation>
    </message>
    <message>
        <location filename="../../app/views/common/verification_labels.py" line="40" />
        <source>Verified</source>
        <translation>Zweryfikowano</translation>
    </message>
    <message>
        <location filename="../../app/views/common/verification_labels.py" line="41" />
        <source>Verification failed</source>
        <translation>Weryfikacja nieudana</translation>
    </message>
    <message>
        <location filename="../../app/views/common/verification_labels.py" line="42" />
        <source>Not verified</source>
        <translation>Nie zweryfikowano</translation>
    </message>
    <message>
        <location filename="../../app/views/common/verification_labels.py" line="43" />
        <source>Not needed</source>
        <translation>Niewymagana</translation>
    </message>
</context>
<context>
    <name>VerificationPanel</name>
    <message>
        <location filename="../../app/views/customer/verification_panel.py" line="70" />
        <source>Identity check  Ctrl+Shift+V</source>
        <translation>Weryfikacja tożsamości  Ctrl+Shift+V</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/verification_panel.py" line="77" />
        <source>Identity check questions</source>
        <translation>Pytania weryfikacyjne</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/verification_panel.py" line="87" />
        <source>Space: passed / failed / not asked</source>
        <translation>Spacja: poprawnie / błędnie / nie pytano</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/verification_panel.py" line="234" />
        <source>Verified: %1</source>
        <translation>Zweryfikowano: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/verification_panel.py" line="236" />
        <source>Failed: a wrong answer. Do not discuss the accounts.</source>
        <translation>Nieudana: błędna odpowiedź. Nie podawaj informacji o rachunkach.</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/verification_panel.py" line="238" />
        <source>Not needed for this channel.</source>
        <translation>Niewymagana dla tego kanału.</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/verification_panel.py" line="240" />
        <source>Not verified: %1 of %2 passed.</source>
        <translation>Nie zweryfikowano: poprawnie %1 z %2.</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="50" />
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="51" />
        <source>Published</source>
        <translation>Opublikowano</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="52" />
        <source>By</source>
        <translation>Przez</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="53" />
        <source>Rules</source>
        <translation>Reguły</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="54" />
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="60" />
        <source>copy of version %1</source>
        <translation>kopia wersji %1</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="63" />
        <source>skipped by desks: %1</source>
        <translation>pomijana przez stanowiska: %1</translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="34" />
        <source>Versions and publishing</source>
        <translation>Wersje i publikacja</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="39" />
        <source>What changed and why (shown in the history)</source>
        <translation>Co się zmieniło i dlaczego (widoczne w historii)</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="40" />
        <source>Publish draft  Ctrl+Shift+P</source>
        <translation>Opublikuj wersję roboczą  Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="50" />
        <source>Roll back to this version…</source>
        <translation>Przywróć tę wersję…</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="51" />
        <source>Yes, roll back</source>
        <translation>Tak, przywróć</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="55" />
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="56" />
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="57" />
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="58" />
        <source>Before</source>
        <translation>Przed</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="59" />
        <source>After</source>
        <translation>Po</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="85" />
        <source>Compare the selected version with</source>
        <translation>Porównaj wybraną wersję z</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="110" />
        <source>the draft</source>
        <translation>wersją roboczą</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="116" />
        <source>version %1</source>
        <translation>wersją %1</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="126" />
        <source>Version %1 · %2 · %3 · %4 rules</source>
        <translation>Wersja %1 · %2 · %3 · reguły: %4</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="134" />
        <source>not a rule set, skipped by desks: %1</source>
        <translation>to nie jest zestaw reguł, stanowiska go pomijają: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="146" />
        <source>Nothing published yet: publish the draft first.</source>
        <translation>Nic jeszcze nie opublikowano: najpierw opublikuj wersję roboczą.</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="174" />
        <source>No differences.</source>
        <translation>Brak różnic.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/rule_editor/versions_panel.py" line="176" />
        <source>%n rule(s) differ.</source>
        <translation>
            <numerusform>Różni się %n reguła.</numerusform>
            <numerusform>Różnią się %n reguły.</numerusform>
            <numerusform>Różni się %n reguł.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="181" />
        <source>Publishing…</source>
        <translation>Publikowanie…</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="187" />
        <source>Not published: %1</source>
        <translation>Nie opublikowano: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="196" />
        <source>Published as version %1; new evaluations use it.</source>
        <translation>Opublikowano jako wersję %1; od teraz jest używana przy sprawdzaniu reguł.</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="207" />
        <source>Rolling back replaces the draft with version %1 and publishes it as a new version. Unpublished draft changes are lost.</source>
        <translation>Przywrócenie zastąpi wersję roboczą wersją %1 i opublikuje ją jako nową wersję. Nieopublikowane zmiany w wersji roboczej zostaną utracone.</translation>
    </message>
</context>
<context>
    <name>WorkPage</name>
    <message>
        <location filename="../../app/views/first_run/work_pages.py" line="63" />
        <source>It did not work: %1</source>
        <translation>Nie udało się: %1</translation>
    </message>
</context>
<context>
    <name>WrapUpFields</name>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="41" />
        <source>Wrap-up form</source>
        <translation>Formularz podsumowania</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="42" />
        <source>Wrap-up</source>
        <translation>Podsumowanie kontaktu</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="61" />
        <source>Why did the customer get in touch?</source>
        <translation>Dlaczego klient się skontaktował?</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="66" />
        <source>Notes for the next consultant</source>
        <translation>Notatki dla kolejnego konsultanta</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="88" />
        <source>Callback</source>
        <translation>Oddzwonienie</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="93" />
        <source>Save  (Ctrl+Enter)</source>
        <translation>Zapisz  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="95" />
        <source>Discard</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="106" />
        <location filename="../../app/views/wrapup/fields.py" line="135" />
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="107" />
        <source>Direction</source>
        <translation>Kierunek</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="108" />
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="109" />
        <source>Wrap-up codes</source>
        <translation>Kody zakończenia</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="110" />
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="111" />
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="112" />
        <source>Callback at</source>
        <translation>Oddzwonić o</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="113" />
        <source>Queue outcome</source>
        <translation>Wynik dla kolejki</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="199" />
        <source>Open a customer or take a call to log a contact.</source>
        <translation>Otwórz klienta lub odbierz połączenie, aby zarejestrować kontakt.</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="201" />
        <source>Unknown caller</source>
        <translation>Nieznany rozmówca</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="203" />
        <source>caller %1</source>
        <translation>dzwoni %1</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="252" />
        <source>Enter the reason for the contact.</source>
        <translation>Podaj powód kontaktu.</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="254" />
        <source>Tick at least one wrap-up code.</source>
        <translation>Zaznacz co najmniej jeden kod zakończenia.</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="261" />
        <source>Notes are too long: %1 characters, at most %2.</source>
        <translation>Notatki są za długie: %1 znaków, dozwolone najwyżej %2.</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="267" />
        <source>Choose the outcome.</source>
        <translation>Wybierz wynik.</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="77" />
        <source>Choose the outcome</source>
        <translation>Wybierz wynik</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="270" />
        <source>The callback must be in the future.</source>
        <translation>Oddzwonienie musi być w przyszłości.</translation>
    </message>
</context>
<context>
    <name>WrapUpForm</name>
    <message>
        <location filename="../../app/views/wrapup/form.py" line="216" />
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/form.py" line="281" />
        <source>Saved: %1</source>
        <translation>Zapisano: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/form.py" line="296" />
        <source>Not saved — your text is kept. %1</source>
        <translation>Nie zapisano — wpisany tekst został zachowany. %1</translation>
    </message>
</context>
<context>
    <name>_Detail</name>
    <message>
        <location filename="../../app/views/history/view.py" line="198" />
        <source>Selected contact</source>
        <translation>Wybrany kontakt</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="209" />
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="210" />
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="212" />
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="210" />
        <source>Agent</source>
        <translation>Konsultant</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="209" />
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="213" />
        <source>Codes</source>
        <translation>Kody</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="211" />
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="211" />
        <source>Identity check</source>
        <translation>Weryfikacja tożsamości</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="232" />
        <location filename="../../app/views/history/view.py" line="234" />
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="254" />
        <source>unknown</source>
        <translation>nieznany</translation>
    </message>
</context>
</TS>