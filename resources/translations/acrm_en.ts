<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionOutbox</name>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="53"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="56"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="57"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="58"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="59"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="61"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="66"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="70"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="97"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="99"/>
        <source>Load the outbox again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="104"/>
        <source>Automatic actions, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="115"/>
        <source>Automatic action outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="132"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/tools/action_outbox.py" line="145"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/tools/action_outbox.py" line="147"/>
        <source>%n failed delivery(ies)</source>
        <translation>
            <numerusform>%n failed delivery</numerusform>
            <numerusform>%n failed deliveries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="148"/>
        <source>No automatic actions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="154"/>
        <source>Could not load the outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentsModel</name>
    <message>
        <location filename="../../app/views/team/agents_model.py" line="29"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/agents_model.py" line="30"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/agents_model.py" line="31"/>
        <source>Open items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/agents_model.py" line="32"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/agents_model.py" line="33"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/agents_model.py" line="35"/>
        <source>Avg handle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/agents_model.py" line="39"/>
        <source>Offers presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/agents_model.py" line="41"/>
        <source>Acceptance rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/agents_model.py" line="43"/>
        <source>Callbacks on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/agents_model.py" line="67"/>
        <source>%1 accepted of %2 presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/agents_model.py" line="80"/>
        <source>%n callback(s) due in the period</source>
        <translation>
            <numerusform>%n callback due in the period</numerusform>
            <numerusform>%n callbacks due in the period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/agents_model.py" line="82"/>
        <source>%n kept on time</source>
        <translation>
            <numerusform>%n kept on time</numerusform>
            <numerusform>%n kept on time</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <location filename="../../app/views/customer/alert_banner.py" line="77"/>
        <source>Warnings about this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/alert_banner.py" line="86"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/alert_banner.py" line="87"/>
        <source>Caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/alert_banner.py" line="100"/>
        <source>More alerts: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttributeCompletion</name>
    <message>
        <location filename="../../app/views/rule_editor/attribute_completion.py" line="29"/>
        <source>whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/attribute_completion.py" line="30"/>
        <source>decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/attribute_completion.py" line="31"/>
        <source>yes/no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/attribute_completion.py" line="32"/>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/attribute_completion.py" line="33"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutomaticState</name>
    <message>
        <location filename="../../app/views/nba/texts.py" line="61"/>
        <source>sent on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/nba/texts.py" line="65"/>
        <source>not sent: in the local outbox since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/nba/texts.py" line="68"/>
        <source>due: sent by tonight&apos;s run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackEdit</name>
    <message>
        <location filename="../../app/views/nba/outcome.py" line="101"/>
        <source>Call back at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallerPanel</name>
    <message>
        <location filename="../../app/views/customer/caller_panel.py" line="48"/>
        <source>Customers with this phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/caller_panel.py" line="55"/>
        <source>Back to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/caller_panel.py" line="66"/>
        <source>Log unknown caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/caller_panel.py" line="68"/>
        <source>Wrap up the call without a customer; the number is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/caller_panel.py" line="71"/>
        <source>Create customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/caller_panel.py" line="88"/>
        <location filename="../../app/views/customer/caller_panel.py" line="99"/>
        <source>Incoming call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/customer/caller_panel.py" line="90"/>
        <source>%n customer(s) use this number. Pick the caller (Enter).</source>
        <translation>
            <numerusform>%n customer uses this number. Pick the caller (Enter).</numerusform>
            <numerusform>%n customers use this number. Pick the caller (Enter).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/customer/caller_panel.py" line="100"/>
        <source>No customer has this number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignForm</name>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="50"/>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="53"/>
        <source>Published &amp;rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="54"/>
        <source>C&amp;ondition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="65"/>
        <source>e.g. segment == &quot;affluent&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="67"/>
        <source>the rule&apos;s action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="73"/>
        <source>no end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="77"/>
        <source>no cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="78"/>
        <source>Create  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="80"/>
        <source>Close panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="113"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="114"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="115"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="116"/>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="117"/>
        <source>&amp;Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="118"/>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="119"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="120"/>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="121"/>
        <source>T&amp;eam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="122"/>
        <source>Ca&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="161"/>
        <source>no published rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="166"/>
        <source>whole centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="189"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="210"/>
        <source>write a whole number, or leave it empty for no cap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignModel</name>
    <message>
        <location filename="../../app/views/team/campaign_model.py" line="37"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_model.py" line="38"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_model.py" line="39"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_model.py" line="40"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_model.py" line="41"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_model.py" line="43"/>
        <source>Cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_model.py" line="45"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_model.py" line="46"/>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_model.py" line="47"/>
        <source>Targeted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_model.py" line="48"/>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_model.py" line="49"/>
        <source>Presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_model.py" line="50"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_model.py" line="51"/>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_model.py" line="62"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignPanel</name>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="37"/>
        <source>Generate  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="39"/>
        <source>Close campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="41"/>
        <source>Generation progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="42"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="48"/>
        <source>Close it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="49"/>
        <source>Keep it open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="61"/>
        <source>Targeted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="61"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="62"/>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="62"/>
        <source>Presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="63"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="67"/>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="68"/>
        <source>Declined by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="102"/>
        <source>Select a campaign to see its results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="108"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="128"/>
        <source>Generating %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="141"/>
        <source>%1 of %2 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="147"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="161"/>
        <source>Close %1? Its open entries are cancelled; its results stay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignTexts</name>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="19"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="20"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="27"/>
        <source>rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="32"/>
        <source>whole centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="38"/>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="43"/>
        <location filename="../../app/views/team/campaign_texts.py" line="55"/>
        <source>no cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="49"/>
        <source>never generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="51"/>
        <source>generated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="54"/>
        <source>cap %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="69"/>
        <source>nothing presented yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="73"/>
        <source>%1 (95% interval %2 – %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="83"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="91"/>
        <source>no consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="92"/>
        <source>contact policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="93"/>
        <source>contacted recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="94"/>
        <source>shown recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="95"/>
        <source>declined recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="96"/>
        <source>accepted recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="97"/>
        <source>shown too often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="98"/>
        <source>no phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="99"/>
        <source>already done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignsTab</name>
    <message>
        <location filename="../../app/views/team/campaigns_tab.py" line="64"/>
        <source>New campaign  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaigns_tab.py" line="90"/>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaigns_tab.py" line="144"/>
        <source>No campaigns yet: create one with New campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaigns_tab.py" line="148"/>
        <source>Could not read the campaigns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaigns_tab.py" line="208"/>
        <source>Campaign %1 created: generate it to fill its call list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaigns_tab.py" line="218"/>
        <source>Could not create the campaign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaigns_tab.py" line="253"/>
        <source>Could not generate the campaign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaigns_tab.py" line="268"/>
        <source>Campaign %1 closed: its open entries are cancelled, its results stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaigns_tab.py" line="274"/>
        <source>Could not close the campaign: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardCallbacks</name>
    <message>
        <location filename="../../app/views/customer/card_callbacks.py" line="25"/>
        <source>%1 · overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_callbacks.py" line="45"/>
        <source>Open callbacks and promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_callbacks.py" line="57"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_callbacks.py" line="57"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_callbacks.py" line="57"/>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_callbacks.py" line="58"/>
        <source>Open callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/customer/card_callbacks.py" line="92"/>
        <source>Open callbacks and promises: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/customer/card_callbacks.py" line="94"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_callbacks.py" line="98"/>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardHeader</name>
    <message>
        <location filename="../../app/views/customer/card_header.py" line="26"/>
        <location filename="../../app/views/customer/card_header.py" line="57"/>
        <source>No customer open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_header.py" line="29"/>
        <source>Search by name, phone, e-mail or customer number (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_header.py" line="59"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_header.py" line="60"/>
        <source>Customer name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_header.py" line="62"/>
        <source>no segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_header.py" line="63"/>
        <source>Segment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/customer/card_header.py" line="80"/>
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_header.py" line="83"/>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_header.py" line="86"/>
        <source>Customer no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_header.py" line="91"/>
        <source>Birthday today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/customer/card_header.py" line="93"/>
        <source>Birthday in %n day(s)</source>
        <translation>
            <numerusform>Birthday in %n day</numerusform>
            <numerusform>Birthday in %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_header.py" line="101"/>
        <source>no phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_header.py" line="102"/>
        <source>no e-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardSections</name>
    <message>
        <location filename="../../app/views/customer/card_sections.py" line="55"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_sections.py" line="55"/>
        <location filename="../../app/views/customer/card_sections.py" line="120"/>
        <location filename="../../app/views/customer/card_sections.py" line="131"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_sections.py" line="70"/>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_sections.py" line="85"/>
        <source>Hidden until the caller&apos;s identity is verified (Ctrl+Shift+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_sections.py" line="88"/>
        <source>opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_sections.py" line="93"/>
        <source>Closed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_sections.py" line="97"/>
        <source>Number ending in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_sections.py" line="120"/>
        <location filename="../../app/views/customer/card_sections.py" line="129"/>
        <source>OPEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_sections.py" line="139"/>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_sections.py" line="140"/>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_sections.py" line="147"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_sections.py" line="149"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_sections.py" line="149"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="35"/>
        <source>Customer card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="60"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="61"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="62"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="63"/>
        <location filename="../../app/views/customer/card_view.py" line="71"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="68"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="68"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="68"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="71"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="71"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="74"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="74"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="74"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="74"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="78"/>
        <source>No consent recorded: do not contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="79"/>
        <source>No custom attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="80"/>
        <source>Recent contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="85"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="91"/>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="92"/>
        <source>Monthly inflow / outflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="94"/>
        <source>Recent transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="95"/>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="96"/>
        <source>No complaints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="98"/>
        <source>Custom attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="211"/>
        <source>Search for a customer (Ctrl+F), or take a call to see the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="266"/>
        <source>Recent contacts (%1 in total)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseCallbacks</name>
    <message>
        <location filename="../../app/views/wrapup/close_callbacks.py" line="103"/>
        <source>Callback: %1, due %2 · close on save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/close_callbacks.py" line="105"/>
        <source>Close callback due %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodesList</name>
    <message>
        <location filename="../../app/views/wrapup/codes_list.py" line="20"/>
        <source>Wrap-up codes (Space to tick)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionEditor</name>
    <message>
        <location filename="../../app/views/rule_editor/condition_edit.py" line="176"/>
        <source>e.g. last_inflow &gt; 3 * avg_prior_inflow and consent_phone   (Ctrl+Space: names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/condition_edit.py" line="179"/>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/condition_edit.py" line="244"/>
        <source>✓ The condition is valid. It reads: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/condition_edit.py" line="246"/>
        <source>✓ The condition is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/condition_edit.py" line="261"/>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstSyncDialog</name>
    <message>
        <location filename="../../app/views/sync/status.py" line="139"/>
        <source>First sync — aCRM Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="143"/>
        <source>This desktop copies the customer data from the server once, so it works offline too. You can keep working meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="148"/>
        <source>Connecting to the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/sync/status.py" line="163"/>
        <source>First sync with the server: %1 of %2 rows (%3)</source>
        <translation>
            <numerusform>First sync with the server: %1 of %2 row (%3)</numerusform>
            <numerusform>First sync with the server: %1 of %2 rows (%3)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="173"/>
        <source>The server cannot be reached (%1). The desk keeps trying on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="174"/>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowChart</name>
    <message>
        <location filename="../../app/views/customer/flow_chart.py" line="35"/>
        <source>Monthly inflow and outflow, last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/flow_chart.py" line="43"/>
        <source>Amount (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/flow_chart.py" line="57"/>
        <source>Inflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/flow_chart.py" line="57"/>
        <source>Outflow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandleClock</name>
    <message>
        <location filename="../../app/views/wrapup/handle_clock.py" line="17"/>
        <source>Handle time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../app/views/history/model.py" line="146"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/history/model.py" line="149"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/history/model.py" line="151"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/history/model.py" line="153"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/history/model.py" line="155"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/history/model.py" line="159"/>
        <source>Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/history/model.py" line="162"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../app/views/history/view.py" line="59"/>
        <source>Contact history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="84"/>
        <source>Could not load: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="100"/>
        <source>Channel filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="101"/>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="104"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="105"/>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="107"/>
        <source>Text in reason, outcome, notes, codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="108"/>
        <source>Text filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="119"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="120"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="121"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="137"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="160"/>
        <source>, scroll for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/history/view.py" line="162"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="162"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HitListModel</name>
    <message>
        <location filename="../../app/views/customer/search_panel.py" line="57"/>
        <source>no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/search_panel.py" line="60"/>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursTab</name>
    <message>
        <location filename="../../app/views/team/hours_tab.py" line="59"/>
        <source>Contacts per hour, today and last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/hours_tab.py" line="62"/>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/hours_tab.py" line="63"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/hours_tab.py" line="66"/>
        <source>Same weekday last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/hours_tab.py" line="69"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/hours_tab.py" line="75"/>
        <location filename="../../app/views/team/hours_tab.py" line="85"/>
        <source>Contacts today per agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/hours_tab.py" line="77"/>
        <source>Contacts today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/hours_tab.py" line="84"/>
        <source>Contacts per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/hours_tab.py" line="116"/>
        <source>%n contact(s) today</source>
        <translation>
            <numerusform>%n contact today</numerusform>
            <numerusform>%n contacts today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/hours_tab.py" line="118"/>
        <source>%n by this hour on the same weekday last week</source>
        <translation>
            <numerusform>%n by this hour on the same weekday last week</numerusform>
            <numerusform>%n by this hour on the same weekday last week</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/views/common/labels.py" line="27"/>
        <source>Current account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="28"/>
        <source>Savings account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="29"/>
        <source>Credit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="30"/>
        <source>Debit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="31"/>
        <source>Mortgage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="32"/>
        <source>Cash loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="33"/>
        <source>Investment fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="34"/>
        <source>Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="35"/>
        <source>Term deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="42"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="43"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="44"/>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="45"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="46"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="47"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="48"/>
        <source>Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="55"/>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="56"/>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="63"/>
        <source>upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="64"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="72"/>
        <source>Card fee waived until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="73"/>
        <source>Account fee waived until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="78"/>
        <source>%1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="84"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="85"/>
        <source>Information given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="86"/>
        <source>Follow-up needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="87"/>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="88"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="111"/>
        <source>mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="112"/>
        <source>affluent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="113"/>
        <source>private banking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="114"/>
        <source>youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="115"/>
        <source>small business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="123"/>
        <source>marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="124"/>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="131"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="132"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="133"/>
        <location filename="../../app/views/common/labels.py" line="144"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="134"/>
        <location filename="../../app/views/common/labels.py" line="145"/>
        <source>Not relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="142"/>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="143"/>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="152"/>
        <source>Not interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="153"/>
        <source>Too expensive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="154"/>
        <source>Has it elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="155"/>
        <source>Bad moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="156"/>
        <source>Other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="164"/>
        <source>no consent: %1 marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="165"/>
        <source>cooldown: shown recently, again from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="166"/>
        <source>cooldown: declined recently, again from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="167"/>
        <source>cooldown: accepted recently, again from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="168"/>
        <source>shown %1 times already in the policy window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="169"/>
        <source>a callback is arranged for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="170"/>
        <source>already done for this period (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="171"/>
        <source>ranked below the top %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="172"/>
        <source>the same action is offered by rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="173"/>
        <source>outside dates: valid from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="174"/>
        <source>outside dates: ended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="182"/>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="184"/>
        <source>alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="185"/>
        <source>prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="191"/>
        <source>automatic: the system does it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="193"/>
        <source>alert: a warning at the top of the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="194"/>
        <source>prompt: the consultant offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="200"/>
        <source>red: urgent, act on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="201"/>
        <source>amber: take care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="206"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="206"/>
        <location filename="../../app/views/common/labels.py" line="225"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="207"/>
        <source>as published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="212"/>
        <source>Not in the published version: goes live when you publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="213"/>
        <source>Changed since published: the change goes live when you publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="217"/>
        <source>The same as in the published version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="223"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="224"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="233"/>
        <source>Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="234"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="235"/>
        <source>Delivery failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="236"/>
        <source>Local outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="242"/>
        <source>Callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="249"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="250"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="251"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="252"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="253"/>
        <source>Queue item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="254"/>
        <source>Offer shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="255"/>
        <source>Offer outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="263"/>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="264"/>
        <source>phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="265"/>
        <source>e-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="266"/>
        <source>customer attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="267"/>
        <source>products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="268"/>
        <source>transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="269"/>
        <source>complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="270"/>
        <source>consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="271"/>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="272"/>
        <source>wrap-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="273"/>
        <source>offers shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="274"/>
        <source>offer outcomes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/views/shell/draft_keeper.py" line="61"/>
        <source>Unsaved wrap-up not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/draft_keeper.py" line="129"/>
        <source>Draft not written to disk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/draft_keeper.py" line="155"/>
        <source>unknown caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="89"/>
        <source>Opening customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="90"/>
        <location filename="../../app/views/shell/main_window.py" line="176"/>
        <source>aCRM Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="127"/>
        <source>Wrap-up codes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="157"/>
        <source>Card  Alt+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="158"/>
        <source>History  Alt+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="339"/>
        <location filename="../../app/views/shell/screen_pop.py" line="57"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="386"/>
        <source>Could not open the customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="395"/>
        <source>Contact saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/screen_pop.py" line="29"/>
        <source>Incoming call %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/screen_pop.py" line="67"/>
        <source>Identify the caller on the left: pick a match, create a customer, or log the call without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/screen_pop.py" line="75"/>
        <source>No customer has this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/screen_pop.py" line="77"/>
        <source>Pick the caller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/screen_pop.py" line="80"/>
        <source>Incoming call %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyCallbacksModel</name>
    <message>
        <location filename="../../app/views/tools/my_callbacks.py" line="40"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/tools/my_callbacks.py" line="42"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/tools/my_callbacks.py" line="43"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyCallbacksWindow</name>
    <message>
        <location filename="../../app/views/tools/my_callbacks.py" line="78"/>
        <source>My callbacks  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/tools/my_callbacks.py" line="99"/>
        <source>My open callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/tools/my_callbacks.py" line="131"/>
        <source>Could not load your callbacks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/tools/my_callbacks.py" line="141"/>
        <source>%n open callback(s)</source>
        <translation>
            <numerusform>%n open callback</numerusform>
            <numerusform>%n open callbacks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/tools/my_callbacks.py" line="143"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/tools/my_callbacks.py" line="144"/>
        <source>No open callbacks. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCustomerForm</name>
    <message>
        <location filename="../../app/views/customer/new_customer_form.py" line="41"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/new_customer_form.py" line="43"/>
        <source>Create and open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/new_customer_form.py" line="54"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/new_customer_form.py" line="55"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/new_customer_form.py" line="56"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/new_customer_form.py" line="57"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/new_customer_form.py" line="58"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/new_customer_form.py" line="59"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/new_customer_form.py" line="89"/>
        <source>Enter the first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/new_customer_form.py" line="90"/>
        <source>Enter the last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/new_customer_form.py" line="126"/>
        <source>Not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextBestActionPanel</name>
    <message>
        <location filename="../../app/views/nba/panel.py" line="64"/>
        <source>Next best action  F6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/nba/panel.py" line="69"/>
        <source>Open a customer to see offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/nba/panel.py" line="78"/>
        <source>A accept · D decline · L later · N not relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/nba/panel.py" line="103"/>
        <location filename="../../app/views/shell/desk_app.py" line="275"/>
        <source>Checking offers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/nba/panel.py" line="106"/>
        <source>Could not check offers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/nba/panel.py" line="180"/>
        <source>the offer could not be logged as shown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/nba/panel.py" line="262"/>
        <source>Automatic actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/nba/panel.py" line="275"/>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/nba/panel.py" line="284"/>
        <source>Not offered (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/nba/panel.py" line="307"/>
        <source>%n rule(s) could not be evaluated; rule authors have been told</source>
        <translation>
            <numerusform>%n rule could not be evaluated; rule authors have been told</numerusform>
            <numerusform>%n rules could not be evaluated; rule authors have been told</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/nba/panel.py" line="311"/>
        <source>Offers wait for the caller&apos;s identity check (Ctrl+Shift+V).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/nba/panel.py" line="313"/>
        <source>No rules are published yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/nba/panel.py" line="314"/>
        <source>No offers for this customer right now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferWidget</name>
    <message>
        <location filename="../../app/views/nba/offer.py" line="49"/>
        <source>Keys: A accept, D decline, L later, N not relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/nba/offer.py" line="59"/>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/nba/offer.py" line="133"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/nba/offer.py" line="145"/>
        <source>Declined: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/nba/offer.py" line="150"/>
        <source>Callback %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffersModel</name>
    <message>
        <location filename="../../app/views/team/offers_model.py" line="26"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/offers_model.py" line="27"/>
        <source>Presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/offers_model.py" line="28"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/offers_model.py" line="29"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/offers_model.py" line="30"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/offers_model.py" line="31"/>
        <source>Not relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/offers_model.py" line="32"/>
        <source>No outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/offers_model.py" line="33"/>
        <source>Conversion (95 % interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/offers_model.py" line="58"/>
        <source>No reasons recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeControls</name>
    <message>
        <location filename="../../app/views/nba/outcome.py" line="137"/>
        <source>%1 (key %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/nba/outcome.py" line="162"/>
        <source>Call back at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/nba/outcome.py" line="164"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/nba/outcome.py" line="165"/>
        <source>Save the callback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <location filename="../../app/views/shell/password_prompt.py" line="27"/>
        <source>Server password — aCRM Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/password_prompt.py" line="31"/>
        <source>Password of %1 for the server %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/password_prompt.py" line="38"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/password_prompt.py" line="39"/>
        <source>Remember in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/password_prompt.py" line="47"/>
        <source>Cannot remember it: %1. The password will be asked each session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingDraftsLine</name>
    <message numerus="yes">
        <location filename="../../app/views/wrapup/pending_line.py" line="22"/>
        <source>%n unsaved wrap-up(s): %1 (Ctrl+Shift+W)</source>
        <translation>
            <numerusform>%n unsaved wrap-up: %1 (Ctrl+Shift+W)</numerusform>
            <numerusform>%n unsaved wrap-ups, the latest: %1 (Ctrl+Shift+W)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../app/views/team/period.py" line="37"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/period.py" line="38"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/period.py" line="39"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/period.py" line="40"/>
        <source>Dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/period.py" line="44"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/period.py" line="46"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/period.py" line="46"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/period.py" line="53"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/period.py" line="55"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLocaleFormatter</name>
    <message>
        <location filename="../../app/views/common/value_format.py" line="43"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/value_format.py" line="44"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueTabModel</name>
    <message>
        <location filename="../../app/views/team/queue_model.py" line="41"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/queue_model.py" line="42"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/queue_model.py" line="43"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/queue_model.py" line="44"/>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/queue_model.py" line="44"/>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/queue_model.py" line="45"/>
        <source>Reason / note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/queue_model.py" line="57"/>
        <source>%1 · overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonList</name>
    <message>
        <location filename="../../app/views/nba/outcome.py" line="43"/>
        <source>Reason for declining</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RejectedModel</name>
    <message>
        <location filename="../../app/views/sync/problems.py" line="33"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sync/problems.py" line="34"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sync/problems.py" line="35"/>
        <source>Server&apos;s message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message numerus="yes">
        <location filename="../../app/views/team/campaign_texts.py" line="119"/>
        <source>%n customer(s) evaluated</source>
        <translation>
            <numerusform>%n customer evaluated</numerusform>
            <numerusform>%n customers evaluated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/campaign_texts.py" line="120"/>
        <source>%n added to the call list</source>
        <translation>
            <numerusform>%n added to the call list</numerusform>
            <numerusform>%n added to the call list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/campaign_texts.py" line="121"/>
        <source>%n already on the campaign</source>
        <translation>
            <numerusform>%n already on the campaign</numerusform>
            <numerusform>%n already on the campaign</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/campaign_texts.py" line="124"/>
        <source>%n left out by the cap</source>
        <translation>
            <numerusform>%n left out by the cap</numerusform>
            <numerusform>%n left out by the cap</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/campaign_texts.py" line="132"/>
        <source>%n held back</source>
        <translation>
            <numerusform>%n held back</numerusform>
            <numerusform>%n held back</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="134"/>
        <source>Cancelled; what was added stays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleEditorWindow</name>
    <message>
        <location filename="../../app/views/rule_editor/window.py" line="66"/>
        <source>Rules — aCRM Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/window.py" line="92"/>
        <source>Draft rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/window.py" line="110"/>
        <source>Draft rules  (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/window.py" line="116"/>
        <source>Changes stay in the draft until you publish them (Versions tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/window.py" line="119"/>
        <source>Test  Alt+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/window.py" line="120"/>
        <source>Simulate  Alt+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/window.py" line="121"/>
        <source>Versions  Alt+3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleFailuresPanel</name>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="30"/>
        <source>Failing rules  (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="36"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="39"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="40"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="41"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="42"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="43"/>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="49"/>
        <source>Rule failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="61"/>
        <source>Message of the selected failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="64"/>
        <source>Failed counts customer evaluations that raised an error (a customer evaluated again counts again). A failing rule is skipped; the others still apply. Enter opens the rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="87"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/rule_editor/failures_panel.py" line="116"/>
        <source>%n rule failure(s) in published versions.</source>
        <translation>
            <numerusform>%n rule failure in published versions.</numerusform>
            <numerusform>%n rule failures in published versions.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="118"/>
        <source>No rule of a published version has failed on a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="145"/>
        <source>%1, version %2: first %3, last %4 (customer %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="160"/>
        <source>Could not load rule failures: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleFields</name>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="67"/>
        <source>e.g. large_inflow (a-z, 0-9, _ . -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="70"/>
        <source>Enabled: the rule is evaluated once published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="73"/>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="74"/>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="76"/>
        <source>none needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="87"/>
        <source>e.g. Fraud suspicion (the banner&apos;s headline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="89"/>
        <source>e.g. offer_investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="104"/>
        <source>What the consultant says. Placeholders fill in the customer&apos;s data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="109"/>
        <source>Optional. Empty: the facts the condition reads, with their values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="116"/>
        <source>e.g. card_fee_waiver (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="151"/>
        <source>Automatic actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="153"/>
        <source>At most once per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="154"/>
        <source>Entitlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="155"/>
        <source>Entitlement days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="159"/>
        <source>Pause after shown (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="160"/>
        <source>Pause after declined (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="161"/>
        <source>Pause after accepted (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="162"/>
        <source>At most shown (0 = no cap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="163"/>
        <source>... within days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="169"/>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="177"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="179"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="180"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="181"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="186"/>
        <source>When it applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="188"/>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="189"/>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="190"/>
        <source>Consent needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="194"/>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="196"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="197"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="198"/>
        <source>Banner title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="199"/>
        <source>Action code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="200"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="201"/>
        <source>Priority (1-100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="202"/>
        <source>Business value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="203"/>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="204"/>
        <source>Why (template)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleForm</name>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="55"/>
        <source>Save draft  Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="57"/>
        <source>New rule  Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="58"/>
        <location filename="../../app/views/rule_editor/rule_form.py" line="159"/>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="59"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="63"/>
        <source>Yes, delete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="64"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="65"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="66"/>
        <source>Discard my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="130"/>
        <source>You have unsaved changes. Save them (Ctrl+S), or discard them to open “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="159"/>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="169"/>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="170"/>
        <source>  (unsaved changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="193"/>
        <source>Not saved: fix the field marked in red (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="206"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="223"/>
        <source>Saved to the draft, but check the why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="226"/>
        <source>Saved to the draft. Publish to make it live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="236"/>
        <source>This id is already used by another rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="237"/>
        <source>Not saved — your changes are kept. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="249"/>
        <source>Delete “%1” from the draft? The published version keeps it until you publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="273"/>
        <source>Deleted “%1” from the draft.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleListModel</name>
    <message>
        <location filename="../../app/views/rule_editor/rule_list_model.py" line="41"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_list_model.py" line="42"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_list_model.py" line="43"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_list_model.py" line="45"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_list_model.py" line="50"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_list_model.py" line="52"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_list_model.py" line="53"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_list_model.py" line="53"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_list_model.py" line="57"/>
        <source>Since published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleTestPanel</name>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="32"/>
        <source>Test on the open customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="38"/>
        <source>Test on the open customer  Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="40"/>
        <source>not tested yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="68"/>
        <source>Tests the rule as it is in the form now, saved or not; records nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="70"/>
        <source>Open a customer in the main window to test the rule on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="92"/>
        <source>cannot test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="93"/>
        <source>Fix the fields marked in red first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="95"/>
        <source>testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="109"/>
        <source>Tested on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="111"/>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="131"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="113"/>
        <source>The rule fails on this customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="116"/>
        <source>Fires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="117"/>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="119"/>
        <source>Banner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="119"/>
        <source>Script: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="122"/>
        <source>Does not fire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="125"/>
        <source>No data for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="127"/>
        <source>The customer&apos;s facts: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../app/views/customer/search_panel.py" line="87"/>
        <source>Search: name, phone, e-mail, customer no.  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/search_panel.py" line="88"/>
        <source>Customer search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/search_panel.py" line="94"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/search_panel.py" line="100"/>
        <location filename="../../app/views/customer/search_panel.py" line="139"/>
        <source>Type to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/search_panel.py" line="115"/>
        <source>↓ into the list · Enter opens · Esc back to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/search_panel.py" line="132"/>
        <source>Incoming call</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/customer/search_panel.py" line="153"/>
        <source>%n customer(s) found</source>
        <translation>
            <numerusform>%n customer found</numerusform>
            <numerusform>%n customers found</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/customer/search_panel.py" line="163"/>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulationPanel</name>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="34"/>
        <source>Simulate the draft on all customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="42"/>
        <source>Simulate  F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="44"/>
        <source>Cancel  Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="48"/>
        <source>%v of %m customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="56"/>
        <source>Compares the saved draft with the published rules for every customer, as of now. Nothing is recorded and no customer is contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="63"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="63"/>
        <source>Reached now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="63"/>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="69"/>
        <source>With the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="63"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="69"/>
        <source>Top action now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="69"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="97"/>
        <source>Simulating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="113"/>
        <source>Cancelling after the current batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="128"/>
        <source>Simulation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="135"/>
        <source>%1 customers compared with published version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="140"/>
        <source>Cancelled: partial result. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="142"/>
        <source>No action: %1 now, %2 with the draft. Top action changes for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="155"/>
        <source>(no prompt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkippedModel</name>
    <message>
        <location filename="../../app/views/sync/problems.py" line="44"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sync/problems.py" line="45"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sync/problems.py" line="46"/>
        <source>Why it was skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupScreen</name>
    <message>
        <location filename="../../app/views/shell/desk_app.py" line="76"/>
        <source>Opening the database. On the first run demo customers are created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <location filename="../../app/views/shell/desk_app.py" line="158"/>
        <location filename="../../app/views/shell/status_strip.py" line="22"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/status_strip.py" line="24"/>
        <source>Desk state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/status_strip.py" line="25"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/status_strip.py" line="26"/>
        <source>Agent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncProblemsWindow</name>
    <message>
        <location filename="../../app/views/sync/problems.py" line="66"/>
        <source>Sync problems — aCRM Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sync/problems.py" line="87"/>
        <source>Retry refused rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sync/problems.py" line="89"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/sync/problems.py" line="121"/>
        <source>The server refused %n row(s). Ask an administrator to fix the cause, then retry; until then they stay on this desktop only.</source>
        <translation>
            <numerusform>The server refused %n row. Ask an administrator to fix the cause, then retry; until then it stays on this desktop only.</numerusform>
            <numerusform>The server refused %n rows. Ask an administrator to fix the cause, then retry; until then they stay on this desktop only.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/sync/problems.py" line="127"/>
        <source>Nothing refused: everything saved here reaches the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sync/problems.py" line="142"/>
        <source>No feed rows skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sync/problems.py" line="146"/>
        <source>Could not read the sync problems: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/sync/problems.py" line="136"/>
        <source>%n feed row(s) skipped: they could not be read or stored on this desktop. Everything else was applied. Tell an administrator.</source>
        <translation>
            <numerusform>%n feed row skipped: it could not be read or stored on this desktop. Everything else was applied. Tell an administrator.</numerusform>
            <numerusform>%n feed rows skipped: they could not be read or stored on this desktop. Everything else was applied. Tell an administrator.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../app/views/sync/status.py" line="57"/>
        <source>Sync state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="61"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="62"/>
        <source>Sync problems…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="94"/>
        <source>Sync: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/sync/status.py" line="98"/>
        <location filename="../../app/views/sync/status.py" line="110"/>
        <source>Syncing… %n unsynced</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/sync/status.py" line="101"/>
        <source>Offline — %n unsynced · last sync %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/sync/status.py" line="103"/>
        <source>Offline — %n unsynced · never synced</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="105"/>
        <source>Offline · last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="107"/>
        <source>Offline · never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="112"/>
        <source>Synced · last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="114"/>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/sync/status.py" line="116"/>
        <source>%n refused</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/sync/status.py" line="120"/>
        <source>%n feed row(s) skipped</source>
        <translation>
            <numerusform>%n feed row skipped</numerusform>
            <numerusform>%n feed rows skipped</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="126"/>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="127"/>
        <source>Click for sync problems (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamQueueModel</name>
    <message>
        <location filename="../../app/views/tools/team_queue.py" line="60"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/tools/team_queue.py" line="61"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/tools/team_queue.py" line="62"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/tools/team_queue.py" line="63"/>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/tools/team_queue.py" line="63"/>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/tools/team_queue.py" line="64"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/tools/team_queue.py" line="76"/>
        <source>%1 · overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamQueueTab</name>
    <message>
        <location filename="../../app/views/team/queue_tab.py" line="74"/>
        <source>Filter: customer, member, note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/queue_tab.py" line="76"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/queue_tab.py" line="79"/>
        <source>Team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/queue_tab.py" line="80"/>
        <source>Give to member  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/queue_tab.py" line="110"/>
        <source>Open items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/queue_tab.py" line="115"/>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/queue_tab.py" line="130"/>
        <source>&amp;Members (drop rows on one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/queue_tab.py" line="182"/>
        <source>%1 — %n open</source>
        <translation>
            <numerusform>%1 — %n open</numerusform>
            <numerusform>%1 — %n open</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/team/queue_tab.py" line="185"/>
        <source>Could not read the team queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/queue_tab.py" line="191"/>
        <source>%n open item(s)</source>
        <translation>
            <numerusform>%n open item</numerusform>
            <numerusform>%n open items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/queue_tab.py" line="193"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/queue_tab.py" line="195"/>
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/queue_tab.py" line="246"/>
        <source>%n item(s) given to %1</source>
        <translation>
            <numerusform>%n item given to %1</numerusform>
            <numerusform>%n items given to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/team/queue_tab.py" line="254"/>
        <source>Could not reassign: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamQueueWindow</name>
    <message>
        <location filename="../../app/views/tools/team_queue.py" line="93"/>
        <source>Team queue — aCRM Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/tools/team_queue.py" line="100"/>
        <source>Give to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/tools/team_queue.py" line="102"/>
        <source>Give selected to  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/tools/team_queue.py" line="127"/>
        <source>Give to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/tools/team_queue.py" line="153"/>
        <source>%n open item(s)</source>
        <translation>
            <numerusform>%n open item</numerusform>
            <numerusform>%n open items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/tools/team_queue.py" line="155"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/tools/team_queue.py" line="163"/>
        <source>Could not read the team queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/tools/team_queue.py" line="192"/>
        <source>Could not reassign: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamWorkspaceWindow</name>
    <message>
        <location filename="../../app/views/team/window.py" line="76"/>
        <source>Team workspace — aCRM Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/window.py" line="79"/>
        <source>Filter agents  Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/window.py" line="81"/>
        <source>Filter rules  Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/window.py" line="85"/>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/window.py" line="86"/>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/window.py" line="87"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/window.py" line="145"/>
        <source>The team workspace needs the team_lead role (ask an administrator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/window.py" line="153"/>
        <source>updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/window.py" line="160"/>
        <source>Could not refresh the figures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/window.py" line="179"/>
        <source>This tab has no table to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/window.py" line="188"/>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/window.py" line="192"/>
        <source>%n row(s) saved to %1</source>
        <translation>
            <numerusform>%n row saved to %1</numerusform>
            <numerusform>%n rows saved to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/team/window.py" line="196"/>
        <source>Export the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/team/window.py" line="196"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolWindows</name>
    <message>
        <location filename="../../app/views/shell/tool_windows.py" line="57"/>
        <source>Rules  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/tool_windows.py" line="58"/>
        <source>Automatic messages  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/tool_windows.py" line="74"/>
        <source>Team  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/shell/tool_windows.py" line="152"/>
        <source>Automatic messages — aCRM Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <location filename="../../app/views/common/verification_labels.py" line="17"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/verification_labels.py" line="18"/>
        <source>Last 4 digits of PESEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/verification_labels.py" line="19"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/verification_labels.py" line="20"/>
        <source>Mother&apos;s maiden name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/verification_labels.py" line="21"/>
        <source>Last 4 digits of the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/verification_labels.py" line="22"/>
        <source>A recent transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/verification_labels.py" line="23"/>
        <source>Last 4 digits of the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/verification_labels.py" line="30"/>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/verification_labels.py" line="31"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/verification_labels.py" line="32"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/verification_labels.py" line="40"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/verification_labels.py" line="41"/>
        <source>Verification failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/verification_labels.py" line="42"/>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/common/verification_labels.py" line="43"/>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationPanel</name>
    <message>
        <location filename="../../app/views/customer/verification_panel.py" line="69"/>
        <source>Identity check  Ctrl+Shift+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/verification_panel.py" line="76"/>
        <source>Identity check questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/verification_panel.py" line="86"/>
        <source>Space: passed / failed / not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/verification_panel.py" line="220"/>
        <source>Verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/verification_panel.py" line="222"/>
        <source>Failed: a wrong answer. Do not discuss the accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/verification_panel.py" line="224"/>
        <source>Not needed for this channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/customer/verification_panel.py" line="226"/>
        <source>Not verified: %1 of %2 passed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="34"/>
        <source>Versions and publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="39"/>
        <source>What changed and why (shown in the history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="40"/>
        <source>Publish draft  Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="50"/>
        <source>Roll back to this version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="51"/>
        <source>Yes, roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="55"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="56"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="57"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="58"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="59"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="85"/>
        <source>Compare the selected version with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="110"/>
        <source>the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="116"/>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="126"/>
        <source>Version %1 · %2 · %3 · %4 rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="134"/>
        <source>not a rule set, skipped by desks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="146"/>
        <source>Nothing published yet: publish the draft first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="174"/>
        <source>No differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/rule_editor/versions_panel.py" line="176"/>
        <source>%n rule(s) differ.</source>
        <translation>
            <numerusform>%n rule differs.</numerusform>
            <numerusform>%n rules differ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="181"/>
        <source>Publishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="187"/>
        <source>Not published: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="196"/>
        <source>Published as version %1; new evaluations use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="207"/>
        <source>Rolling back replaces the draft with version %1 and publishes it as a new version. Unpublished draft changes are lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrapUpFields</name>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="40"/>
        <source>Wrap-up form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="41"/>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="60"/>
        <source>Why did the customer get in touch?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="65"/>
        <source>Notes for the next consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="76"/>
        <source>Choose the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="87"/>
        <source>Callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="92"/>
        <source>Save  (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="94"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="103"/>
        <location filename="../../app/views/wrapup/fields.py" line="131"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="104"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="105"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="106"/>
        <source>Wrap-up codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="107"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="108"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="109"/>
        <source>Callback at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="181"/>
        <source>Open a customer or take a call to log a contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="183"/>
        <source>Unknown caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="185"/>
        <source>caller %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="233"/>
        <source>Enter the reason for the contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="235"/>
        <source>Tick at least one wrap-up code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="242"/>
        <source>Notes are too long: %1 characters, at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="248"/>
        <source>Choose the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="251"/>
        <source>The callback must be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrapUpForm</name>
    <message>
        <location filename="../../app/views/wrapup/form.py" line="179"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/form.py" line="238"/>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/form.py" line="250"/>
        <source>Not saved — your text is kept. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Detail</name>
    <message>
        <location filename="../../app/views/history/view.py" line="198"/>
        <source>Selected contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="209"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="209"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="210"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="210"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="211"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="211"/>
        <source>Identity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="212"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="213"/>
        <source>Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="232"/>
        <location filename="../../app/views/history/view.py" line="234"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="254"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
