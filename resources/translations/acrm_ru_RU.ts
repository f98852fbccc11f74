<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActionOutbox</name>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="53" />
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="56" />
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="57" />
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="58" />
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="59" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="61" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="66" />
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="70" />
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="97" />
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="99" />
        <source>Load the outbox again (F5)</source>
        <translation>Загрузить исходящие заново (F5)</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="104" />
        <source>Automatic actions, newest first</source>
        <translation>Автоматические действия, сначала новые</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="115" />
        <source>Automatic action outbox</source>
        <translation>Исходящие автоматических действий</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="132" />
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/tools/action_outbox.py" line="145" />
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n действие</numerusform>
            <numerusform>%n действия</numerusform>
            <numerusform>%n действий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/tools/action_outbox.py" line="147" />
        <source>%n failed delivery(ies)</source>
        <translation>
            <numerusform>%n неудачная отправка</numerusform>
            <numerusform>%n неудачные отправки</numerusform>
            <numerusform>%n неудачных отправок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="148" />
        <source>No automatic actions yet.</source>
        <translation>Автоматических действий пока нет.</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/action_outbox.py" line="154" />
        <source>Could not load the outbox: %1</source>
        <translation>Не удалось загрузить исходящие: %1</translation>
    </message>
</context>
<context>
    <name>AdminConsoleWindow</name>
    <message>
        <location filename="../../app/views/admin/console.py" line="28" />
        <source>Administration — aCRM Desk</source>
        <translation>Администрирование — aCRM Desk</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/console.py" line="57" />
        <source>The administration console needs the administrator role.</source>
        <translation>Для консоли администрирования нужна роль администратора.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/console.py" line="67" />
        <source>Could not check your role: %1</source>
        <translation>Не удалось проверить вашу роль: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/tabs.py" line="33" />
        <source>People</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/tabs.py" line="35" />
        <source>Teams</source>
        <translation>Команды</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/tabs.py" line="42" />
        <source>Desks</source>
        <translation>Рабочие места</translation>
    </message>
</context>
<context>
    <name>AgentsModel</name>
    <message>
        <location filename="../../app/views/team/agents_model.py" line="29" />
        <source>Agent</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <location filename="../../app/views/team/agents_model.py" line="30" />
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../app/views/team/agents_model.py" line="31" />
        <source>Open items</source>
        <translation>Открытые задачи</translation>
    </message>
    <message>
        <location filename="../../app/views/team/agents_model.py" line="32" />
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../app/views/team/agents_model.py" line="33" />
        <source>Contacts</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location filename="../../app/views/team/agents_model.py" line="35" />
        <source>Avg handle time</source>
        <translation>Ср. время обработки</translation>
    </message>
    <message>
        <location filename="../../app/views/team/agents_model.py" line="39" />
        <source>Offers presented</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <location filename="../../app/views/team/agents_model.py" line="41" />
        <source>Acceptance rate</source>
        <translation>Доля принятых</translation>
    </message>
    <message>
        <location filename="../../app/views/team/agents_model.py" line="43" />
        <source>Callbacks on time</source>
        <translation>Звонки вовремя</translation>
    </message>
    <message>
        <location filename="../../app/views/team/agents_model.py" line="67" />
        <source>%1 accepted of %2 presented</source>
        <translation>принято %1 из %2 предложенных</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/agents_model.py" line="80" />
        <source>%n callback(s) due in the period</source>
        <translation>
            <numerusform>%n обратный звонок за период</numerusform>
            <numerusform>%n обратных звонка за период</numerusform>
            <numerusform>%n обратных звонков за период</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/agents_model.py" line="82" />
        <source>%n kept on time</source>
        <translation>
            <numerusform>%n вовремя</numerusform>
            <numerusform>%n вовремя</numerusform>
            <numerusform>%n вовремя</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <location filename="../../app/views/customer/alert_banner.py" line="77" />
        <source>Warnings about this customer</source>
        <translation>Предупреждения по клиенту</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/alert_banner.py" line="86" />
        <source>Urgent</source>
        <translation>Срочно</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/alert_banner.py" line="87" />
        <source>Caution</source>
        <translation>Внимание</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/alert_banner.py" line="100" />
        <source>More alerts: %1</source>
        <translation>Ещё предупреждения: %1</translation>
    </message>
</context>
<context>
    <name>AnalyticsRefresh</name>
    <message>
        <location filename="../../app/views/shell/analytics_refresh.py" line="161" />
        <source>This desk cannot refresh analytics: an administrator refreshes them on the server.</source>
        <translation>Этот рабочий стол не обновляет аналитику: это делает администратор на сервере.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/analytics_refresh.py" line="209" />
        <source>Analytics refresh cancelled: nothing was changed.</source>
        <translation>Обновление аналитики отменено: ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/analytics_refresh.py" line="215" />
        <source>Analytics not refreshed: %1. The previous version stays in force.</source>
        <translation>Аналитика не обновлена: %1. Действует предыдущая версия.</translation>
    </message>
</context>
<context>
    <name>AttributeCompletion</name>
    <message>
        <location filename="../../app/views/rule_editor/attribute_completion.py" line="29" />
        <source>whole number</source>
        <translation>целое число</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/attribute_completion.py" line="30" />
        <source>decimal number</source>
        <translation>десятичное число</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/attribute_completion.py" line="31" />
        <source>yes/no</source>
        <translation>да/нет</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/attribute_completion.py" line="32" />
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/attribute_completion.py" line="33" />
        <source>text</source>
        <translation>текст</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../app/views/admin/audit_tab.py" line="43" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/audit_tab.py" line="44" />
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/audit_tab.py" line="45" />
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/audit_tab.py" line="46" />
        <source>Target</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/audit_tab.py" line="47" />
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../app/views/admin/audit_tab.py" line="68" />
        <source>any</source>
        <translation>любая</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/audit_tab.py" line="71" />
        <source>e.g. wrapup_codes or role.create</source>
        <translation>напр. wrapup_codes или role.create</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/audit_tab.py" line="72" />
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/audit_tab.py" line="79" />
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/audit_tab.py" line="82" />
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/audit_tab.py" line="83" />
        <source>Who (login)</source>
        <translation>Кто (логин)</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/audit_tab.py" line="84" />
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/audit_tab.py" line="85" />
        <source>Target contains</source>
        <translation>Объект содержит</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/audit_tab.py" line="98" />
        <source>Show more (Alt+M)</source>
        <translation>Показать ещё (Alt+M)</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/audit_tab.py" line="119" />
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/admin/audit_tab.py" line="158" />
        <source>%n row(s) shown</source>
        <translation>
            <numerusform>Показана %n строка</numerusform>
            <numerusform>Показаны %n строки</numerusform>
            <numerusform>Показано %n строк</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/admin/audit_tab.py" line="160" />
        <source>(more match: Alt+M shows more)</source>
        <translation>(подходит больше: Alt+M покажет ещё)</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/audit_tab.py" line="164" />
        <source>Could not read the audit log: %1</source>
        <translation>Не удалось прочитать журнал аудита: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/audit_tab.py" line="172" />
        <source>Saving to %1…</source>
        <translation>Сохранение в %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/admin/audit_tab.py" line="176" />
        <source>%n row(s) saved to %1</source>
        <translation>
            <numerusform>%n строка сохранена в %1</numerusform>
            <numerusform>%n строки сохранены в %1</numerusform>
            <numerusform>%n строк сохранено в %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/admin/audit_tab.py" line="178" />
        <source>Could not save %1: %2</source>
        <translation>Не удалось сохранить %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/audit_tab.py" line="183" />
        <source>Export the audit log</source>
        <translation>Экспорт журнала аудита</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/audit_tab.py" line="183" />
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>AutomaticState</name>
    <message>
        <location filename="../../app/views/nba/texts.py" line="62" />
        <source>sent on %1</source>
        <translation>отправлено %1</translation>
    </message>
    <message>
        <location filename="../../app/views/nba/texts.py" line="66" />
        <source>not sent: in the local outbox since %1</source>
        <translation>не отправлено: в локальной очереди с %1</translation>
    </message>
    <message>
        <location filename="../../app/views/nba/texts.py" line="69" />
        <source>due: sent by tonight's run</source>
        <translation>запланировано: отправит сегодняшний ночной запуск</translation>
    </message>
</context>
<context>
    <name>CallbackEdit</name>
    <message>
        <location filename="../../app/views/nba/outcome.py" line="101" />
        <source>Call back at</source>
        <translation>Перезвонить в</translation>
    </message>
</context>
<context>
    <name>CallerPanel</name>
    <message>
        <location filename="../../app/views/customer/caller_panel.py" line="48" />
        <source>Customers with this phone number</source>
        <translation>Клиенты с этим номером телефона</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/caller_panel.py" line="55" />
        <source>Back to search</source>
        <translation>Назад к поиску</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/caller_panel.py" line="66" />
        <source>Log unknown caller</source>
        <translation>Записать без клиента</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/caller_panel.py" line="68" />
        <source>Wrap up the call without a customer; the number is kept</source>
        <translation>Завершить звонок без клиента; номер сохраняется</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/caller_panel.py" line="71" />
        <source>Create customer…</source>
        <translation>Создать клиента…</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/caller_panel.py" line="88" />
        <location filename="../../app/views/customer/caller_panel.py" line="99" />
        <source>Incoming call %1</source>
        <translation>Входящий звонок %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/customer/caller_panel.py" line="90" />
        <source>%n customer(s) use this number. Pick the caller (Enter).</source>
        <translation>
            <numerusform>Этот номер есть у %n клиента. Выберите звонящего (Enter).</numerusform>
            <numerusform>Этот номер есть у %n клиентов. Выберите звонящего (Enter).</numerusform>
            <numerusform>Этот номер есть у %n клиентов. Выберите звонящего (Enter).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/customer/caller_panel.py" line="100" />
        <source>No customer has this number.</source>
        <translation>Ни у одного клиента нет этого номера.</translation>
    </message>
</context>
<context>
    <name>CampaignForm</name>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="50" />
        <source>New campaign</source>
        <translation>Новая кампания</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="53" />
        <source>Published &amp;rule</source>
        <translation>Опубликованное &amp;правило</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="54" />
        <source>C&amp;ondition</source>
        <translation>&amp;Условие</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="65" />
        <source>e.g. segment == "affluent"</source>
        <translation>напр. segment == "affluent"</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="67" />
        <source>the rule's action</source>
        <translation>действие правила</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="73" />
        <source>no end</source>
        <translation>без окончания</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="77" />
        <source>no cap</source>
        <translation>без лимита</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="78" />
        <source>Create  %1</source>
        <translation>Создать  %1</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="80" />
        <source>Close panel</source>
        <translation>Закрыть панель</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="113" />
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="114" />
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="115" />
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="116" />
        <source>Condition</source>
        <translation>Условие</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="117" />
        <source>&amp;Action</source>
        <translation>&amp;Действие</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="118" />
        <source>C&amp;hannel</source>
        <translation>&amp;Канал</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="119" />
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="120" />
        <source>&amp;To</source>
        <translation>&amp;По</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="121" />
        <source>T&amp;eam</source>
        <translation>К&amp;оманда</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="122" />
        <source>Ca&amp;p</source>
        <translation>&amp;Лимит</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="161" />
        <source>no published rule</source>
        <translation>нет опубликованных правил</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="166" />
        <source>whole centre</source>
        <translation>весь центр</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="189" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_form.py" line="210" />
        <source>write a whole number, or leave it empty for no cap</source>
        <translation>введите целое число или оставьте пустым — без лимита</translation>
    </message>
</context>
<context>
    <name>CampaignModel</name>
    <message>
        <location filename="../../app/views/team/campaign_model.py" line="37" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_model.py" line="38" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_model.py" line="39" />
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_model.py" line="40" />
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_model.py" line="41" />
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_model.py" line="43" />
        <source>Cap</source>
        <translation>Лимит</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_model.py" line="45" />
        <source>Entries</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_model.py" line="46" />
        <source>Generated</source>
        <translation>Сформирована</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_model.py" line="47" />
        <source>Targeted</source>
        <translation>Отобрано</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_model.py" line="48" />
        <source>Reached</source>
        <translation>Дозвонились</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_model.py" line="49" />
        <source>Presented</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_model.py" line="50" />
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_model.py" line="51" />
        <source>Conversion</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_model.py" line="62" />
        <source>never</source>
        <translation>ни разу</translation>
    </message>
</context>
<context>
    <name>CampaignPanel</name>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="37" />
        <source>Generate  %1</source>
        <translation>Сформировать  %1</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="39" />
        <source>Close campaign…</source>
        <translation>Закрыть кампанию…</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="41" />
        <source>Generation progress</source>
        <translation>Ход формирования</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="42" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="48" />
        <source>Close it</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="49" />
        <source>Keep it open</source>
        <translation>Оставить открытой</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="61" />
        <source>Targeted</source>
        <translation>Отобрано</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="61" />
        <source>Entries</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="62" />
        <source>Reached</source>
        <translation>Дозвонились</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="62" />
        <source>Presented</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="63" />
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="67" />
        <source>Conversion</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="68" />
        <source>Declined by reason</source>
        <translation>Отказы по причинам</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="102" />
        <source>Select a campaign to see its results</source>
        <translation>Выберите кампанию, чтобы увидеть её результаты</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="108" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="128" />
        <source>Generating %1…</source>
        <translation>Формирование: %1…</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="141" />
        <source>%1 of %2 customers</source>
        <translation>%1 из %2 клиентов</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="147" />
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_panel.py" line="161" />
        <source>Close %1? Its open entries are cancelled; its results stay.</source>
        <translation>Закрыть %1? Открытые записи будут отменены; результаты сохранятся.</translation>
    </message>
</context>
<context>
    <name>CampaignTexts</name>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="19" />
        <source>open</source>
        <translation>открыта</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="20" />
        <source>closed</source>
        <translation>закрыта</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="27" />
        <source>rule %1</source>
        <translation>правило %1</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="32" />
        <source>whole centre</source>
        <translation>весь центр</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="38" />
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="43" />
        <location filename="../../app/views/team/campaign_texts.py" line="55" />
        <source>no cap</source>
        <translation>без лимита</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="49" />
        <source>never generated</source>
        <translation>ещё не формировалась</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="51" />
        <source>generated %1</source>
        <translation>сформирована %1</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="54" />
        <source>cap %1</source>
        <translation>лимит %1</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="69" />
        <source>nothing presented yet</source>
        <translation>ещё ничего не предложено</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="73" />
        <source>%1 (95% interval %2 – %3)</source>
        <translation>%1 (95-процентный интервал %2 – %3)</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="83" />
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="91" />
        <source>no consent</source>
        <translation>нет согласия</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="92" />
        <source>contact policy</source>
        <translation>правила контактов</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="93" />
        <source>contacted recently</source>
        <translation>недавний контакт</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="94" />
        <source>shown recently</source>
        <translation>недавно предлагалось</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="95" />
        <source>declined recently</source>
        <translation>недавно отказался</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="96" />
        <source>accepted recently</source>
        <translation>недавно принял</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="97" />
        <source>shown too often</source>
        <translation>предлагалось слишком часто</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="98" />
        <source>no phone number</source>
        <translation>нет номера телефона</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="99" />
        <source>already done</source>
        <translation>уже выполнено</translation>
    </message>
</context>
<context>
    <name>CampaignsTab</name>
    <message>
        <location filename="../../app/views/team/campaigns_tab.py" line="64" />
        <source>New campaign  %1</source>
        <translation>Новая кампания  %1</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaigns_tab.py" line="90" />
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaigns_tab.py" line="144" />
        <source>No campaigns yet: create one with New campaign.</source>
        <translation>Кампаний пока нет: создайте кнопкой «Новая кампания».</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaigns_tab.py" line="148" />
        <source>Could not read the campaigns: %1</source>
        <translation>Не удалось прочитать кампании: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaigns_tab.py" line="208" />
        <source>Campaign %1 created: generate it to fill its call list.</source>
        <translation>Кампания %1 создана: сформируйте её, чтобы заполнить список обзвона.</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaigns_tab.py" line="218" />
        <source>Could not create the campaign: %1</source>
        <translation>Не удалось создать кампанию: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaigns_tab.py" line="253" />
        <source>Could not generate the campaign: %1</source>
        <translation>Не удалось сформировать кампанию: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaigns_tab.py" line="268" />
        <source>Campaign %1 closed: its open entries are cancelled, its results stay.</source>
        <translation>Кампания %1 закрыта: открытые записи отменены, результаты сохранены.</translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaigns_tab.py" line="274" />
        <source>Could not close the campaign: %1</source>
        <translation>Не удалось закрыть кампанию: %1</translation>
    </message>
</context>
<context>
    <name>CardCallbacks</name>
    <message>
        <location filename="../../app/views/customer/card_callbacks.py" line="25" />
        <source>%1 · overdue</source>
        <translation>%1 · просрочено</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_callbacks.py" line="45" />
        <source>Open callbacks and promises</source>
        <translation>Открытые обратные звонки и обещания</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_callbacks.py" line="57" />
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_callbacks.py" line="57" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_callbacks.py" line="57" />
        <source>Assigned to</source>
        <translation>Назначено</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_callbacks.py" line="58" />
        <source>Open callbacks</source>
        <translation>Открытые обратные звонки</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/customer/card_callbacks.py" line="92" />
        <source>Open callbacks and promises: %n</source>
        <translation>
            <numerusform>Открытые обратные звонки и обещания: %n</numerusform>
            <numerusform>Открытые обратные звонки и обещания: %n</numerusform>
            <numerusform>Открытые обратные звонки и обещания: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/customer/card_callbacks.py" line="94" />
        <source>%n overdue</source>
        <translation>
            <numerusform>%n просроченный</numerusform>
            <numerusform>%n просроченных</numerusform>
            <numerusform>%n просроченных</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_callbacks.py" line="98" />
        <source>nobody</source>
        <translation>никому</translation>
    </message>
</context>
<context>
    <name>CardHeader</name>
    <message>
        <location filename="../../app/views/customer/card_header.py" line="26" />
        <location filename="../../app/views/customer/card_header.py" line="57" />
        <source>No customer open</source>
        <translation>Клиент не открыт</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_header.py" line="29" />
        <source>Search by name, phone, e-mail or customer number (Ctrl+F)</source>
        <translation>Поиск по имени, телефону, e-mail или номеру клиента (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_header.py" line="59" />
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_header.py" line="60" />
        <source>Customer name: %1</source>
        <translation>Клиент: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_header.py" line="62" />
        <source>no segment</source>
        <translation>без сегмента</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_header.py" line="63" />
        <source>Segment: %1</source>
        <translation>Сегмент: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/customer/card_header.py" line="80" />
        <source>%n years</source>
        <translation>
            <numerusform>%n год</numerusform>
            <numerusform>%n года</numerusform>
            <numerusform>%n лет</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_header.py" line="83" />
        <source>born %1</source>
        <translation>род. %1</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_header.py" line="86" />
        <source>Customer no. %1</source>
        <translation>Клиент № %1</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_header.py" line="91" />
        <source>Birthday today</source>
        <translation>Сегодня день рождения</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/customer/card_header.py" line="93" />
        <source>Birthday in %n day(s)</source>
        <translation>
            <numerusform>День рождения через %n день</numerusform>
            <numerusform>День рождения через %n дня</numerusform>
            <numerusform>День рождения через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_header.py" line="101" />
        <source>no phone</source>
        <translation>нет телефона</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_header.py" line="102" />
        <source>no e-mail</source>
        <translation>нет e-mail</translation>
    </message>
</context>
<context>
    <name>CardQueueItem</name>
    <message>
        <location filename="../../app/views/customer/card_queue_item.py" line="25" />
        <source>Queue item</source>
        <translation>Элемент очереди</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_queue_item.py" line="52" />
        <source>Queue item: %1</source>
        <translation>Элемент очереди: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_queue_item.py" line="53" />
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_queue_item.py" line="56" />
        <source>Script</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_queue_item.py" line="60" />
        <source>attempt %1 of %2</source>
        <translation>попытка %1 из %2</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_queue_item.py" line="66" />
        <source>window ends %1</source>
        <translation>окно до %1</translation>
    </message>
</context>
<context>
    <name>CardSections</name>
    <message>
        <location filename="../../app/views/customer/card_sections.py" line="55" />
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_sections.py" line="93" />
        <source>Closed %1</source>
        <translation>Закрыт %1</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_sections.py" line="70" />
        <source>hidden</source>
        <translation>скрыто</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_sections.py" line="85" />
        <source>Hidden until the caller's identity is verified (Ctrl+Shift+V)</source>
        <translation>Скрыто до проверки личности звонящего (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_sections.py" line="88" />
        <source>opened %1</source>
        <translation>открыт %1</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_sections.py" line="97" />
        <source>Number ending in %1</source>
        <translation>Номер, оканчивающийся на %1</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_sections.py" line="120" />
        <location filename="../../app/views/customer/card_sections.py" line="129" />
        <source>OPEN</source>
        <translation>ОТКРЫТА</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_sections.py" line="55" />
        <location filename="../../app/views/customer/card_sections.py" line="120" />
        <location filename="../../app/views/customer/card_sections.py" line="131" />
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_sections.py" line="139" />
        <source>Granted</source>
        <translation>Согласие есть</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_sections.py" line="140" />
        <source>Denied</source>
        <translation>Нет согласия</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_sections.py" line="147" />
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_sections.py" line="149" />
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_sections.py" line="149" />
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="36" />
        <source>Customer card</source>
        <translation>Карточка клиента</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="61" />
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="62" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="63" />
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="72" />
        <source>Opened</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="64" />
        <location filename="../../app/views/customer/card_view.py" line="72" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="69" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="69" />
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="69" />
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="72" />
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="75" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="75" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="75" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="75" />
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="79" />
        <source>No consent recorded: do not contact.</source>
        <translation>Согласий нет: не связываться с клиентом.</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="80" />
        <source>No custom attributes.</source>
        <translation>Дополнительных атрибутов нет.</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="81" />
        <source>Recent contacts</source>
        <translation>Последние обращения</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="86" />
        <source>Products</source>
        <translation>Продукты</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="92" />
        <source>Consents</source>
        <translation>Согласия</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="93" />
        <source>Monthly inflow / outflow</source>
        <translation>Поступления и расходы по месяцам</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="95" />
        <source>Recent transactions</source>
        <translation>Последние операции</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="96" />
        <source>Complaints</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="97" />
        <source>No complaints.</source>
        <translation>Жалоб нет.</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="99" />
        <source>Custom attributes</source>
        <translation>Дополнительные атрибуты</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="216" />
        <source>Search for a customer (Ctrl+F), or take a call to see the card.</source>
        <translation>Найдите клиента (Ctrl+F) или примите звонок, чтобы увидеть карточку.</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/card_view.py" line="271" />
        <source>Recent contacts (%1 in total)</source>
        <translation>Последние обращения (всего %1)</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../app/views/first_run/work_pages.py" line="75" />
        <source>Test the connection</source>
        <translation>Проверка подключения</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/work_pages.py" line="76" />
        <source>&amp;Try again</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/work_pages.py" line="86" />
        <source>Connecting to %1 as %2…</source>
        <translation>Подключение к %1 как %2…</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/work_pages.py" line="104" />
        <source>Connected to %1 as %2 (%3).</source>
        <translation>Подключено к %1 как %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/work_pages.py" line="108" />
        <source>Go back (Alt+B) to correct it, or try again (Alt+T).</source>
        <translation>Вернитесь назад (Alt+B), чтобы исправить, или повторите (Alt+T).</translation>
    </message>
</context>
<context>
    <name>CloseCallbacks</name>
    <message>
        <location filename="../../app/views/wrapup/close_callbacks.py" line="111" />
        <source>Callback: %1, due %2 · close on save</source>
        <translation>Обратный звонок: %1, срок %2 · закрыть при сохранении</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/close_callbacks.py" line="113" />
        <source>Close callback due %1: %2</source>
        <translation>Закрыть обратный звонок на %1: %2</translation>
    </message>
</context>
<context>
    <name>CodesList</name>
    <message>
        <location filename="../../app/views/wrapup/codes_list.py" line="20" />
        <source>Wrap-up codes (Space to tick)</source>
        <translation>Коды завершения (пробел — отметить)</translation>
    </message>
</context>
<context>
    <name>CodesTab</name>
    <message>
        <location filename="../../app/views/admin/codes_tab.py" line="45" />
        <source>Filter by code or label (Ctrl+F)</source>
        <translation>Фильтр по коду или названию (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/codes_tab.py" line="49" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/codes_tab.py" line="49" />
        <source>Polish</source>
        <translation>Польский</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/codes_tab.py" line="49" />
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/codes_tab.py" line="49" />
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/codes_tab.py" line="50" />
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/codes_tab.py" line="66" />
        <source>Deactivate / reactivate</source>
        <translation>Отключить / включить</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/codes_tab.py" line="69" />
        <source>New code</source>
        <translation>Новый код</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/codes_tab.py" line="71" />
        <source>Label in Polish</source>
        <translation>Название по-польски</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/codes_tab.py" line="71" />
        <source>Label in Russian</source>
        <translation>Название по-русски</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/codes_tab.py" line="72" />
        <source>Label in English (optional)</source>
        <translation>Название по-английски (необязательно)</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/codes_tab.py" line="75" />
        <source>Add code</source>
        <translation>Добавить код</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/codes_tab.py" line="87" />
        <source>F2 edits a label · Delete deactivates · Insert reactivates</source>
        <translation>F2 — изменить название · Delete — отключить · Insert — включить</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/codes_tab.py" line="99" />
        <source>Wrap-up codes</source>
        <translation>Коды завершения</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/codes_tab.py" line="124" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/codes_tab.py" line="124" />
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/codes_tab.py" line="154" />
        <source>%1: label saved.</source>
        <translation>%1: название сохранено.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/codes_tab.py" line="173" />
        <source>%1 is offered again.</source>
        <translation>%1 снова предлагается.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/codes_tab.py" line="176" />
        <source>%1 is no longer offered; contacts that used it keep it.</source>
        <translation>%1 больше не предлагается; контакты, где он использован, сохраняют его.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/codes_tab.py" line="189" />
        <source>%1 added.</source>
        <translation>%1 добавлен.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/codes_tab.py" line="202" />
        <location filename="../../app/views/admin/codes_tab.py" line="205" />
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>ConditionEditor</name>
    <message>
        <location filename="../../app/views/rule_editor/condition_edit.py" line="176" />
        <source>e.g. last_inflow &gt; 3 * avg_prior_inflow and consent_phone   (Ctrl+Space: names)</source>
        <translation>напр. last_inflow &gt; 3 * avg_prior_inflow and consent_phone   (Ctrl+Space: имена)</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/condition_edit.py" line="179" />
        <source>Condition</source>
        <translation>Условие</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/condition_edit.py" line="244" />
        <source>✓ The condition is valid. It reads: %1</source>
        <translation>✓ Условие корректно. Оно использует: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/condition_edit.py" line="246" />
        <source>✓ The condition is valid.</source>
        <translation>✓ Условие корректно.</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/condition_edit.py" line="261" />
        <source>Line %1, column %2: %3</source>
        <translation>Строка %1, столбец %2: %3</translation>
    </message>
</context>
<context>
    <name>ConversionModel</name>
    <message>
        <location filename="../../app/views/team/effectiveness_model.py" line="31" />
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_model.py" line="32" />
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_model.py" line="33" />
        <source>Presented</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_model.py" line="34" />
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_model.py" line="35" />
        <source>Conversion (95 % interval)</source>
        <translation>Конверсия (интервал 95 %)</translation>
    </message>
</context>
<context>
    <name>DeskTableModel</name>
    <message>
        <location filename="../../app/views/admin/desks_model.py" line="28" />
        <source>Healthy</source>
        <translation>Исправен</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_model.py" line="29" />
        <source>Silent</source>
        <translation>Молчит</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_model.py" line="30" />
        <source>Failing</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_model.py" line="31" />
        <source>Behind</source>
        <translation>Устарел</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_model.py" line="44" />
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_model.py" line="46" />
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_model.py" line="47" />
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_model.py" line="48" />
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_model.py" line="49" />
        <source>Schema</source>
        <translation>Схема</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_model.py" line="50" />
        <source>Last sync</source>
        <translation>Последняя синхронизация</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_model.py" line="51" />
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_model.py" line="52" />
        <source>Unsynced</source>
        <translation>Не отправлено</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_model.py" line="53" />
        <source>Last heard</source>
        <translation>Последний сигнал</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_model.py" line="54" />
        <source>Last error</source>
        <translation>Последняя ошибка</translation>
    </message>
</context>
<context>
    <name>DesksTab</name>
    <message>
        <location filename="../../app/views/admin/desks_tab.py" line="44" />
        <source>Filter desks (Ctrl+F)</source>
        <translation>Фильтр рабочих мест (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_tab.py" line="45" />
        <source>Filter desks</source>
        <translation>Фильтр рабочих мест</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_tab.py" line="51" />
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_tab.py" line="52" />
        <source>Silent after minutes</source>
        <translation>Молчит после стольких минут</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_tab.py" line="54" />
        <source>Refresh (F5)</source>
        <translation>Обновить (F5)</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_tab.py" line="60" />
        <source>Silent after</source>
        <translation>Молчит после</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_tab.py" line="67" />
        <source>This desk works on its own database: there is no shared server, so no desk reports its health here.</source>
        <translation>Это рабочее место работает со своей базой данных: общего сервера нет, поэтому ни одно рабочее место не сообщает здесь о своём состоянии.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_tab.py" line="105" />
        <source>No desk has reported its health yet.</source>
        <translation>Ни одно рабочее место ещё не сообщило о своём состоянии.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_tab.py" line="107" />
        <source>%1 desks, %2 need attention.</source>
        <translation>Рабочих мест: %1, требуют внимания: %2.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_tab.py" line="110" />
        <source>%1 desks, all healthy.</source>
        <translation>Рабочих мест: %1, все исправны.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/desks_tab.py" line="114" />
        <source>Could not read the desks from the server: %1</source>
        <translation>Не удалось прочитать рабочие места с сервера: %1</translation>
    </message>
</context>
<context>
    <name>DiagnosticsCopier</name>
    <message>
        <location filename="../../app/views/shell/diagnostics_copy.py" line="59" />
        <source>Copy diagnostics</source>
        <translation>Копировать диагностику</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/diagnostics_copy.py" line="67" />
        <source>Collecting diagnostics…</source>
        <translation>Сбор диагностики…</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/diagnostics_copy.py" line="79" />
        <source>Diagnostics copied to the clipboard (no passwords)</source>
        <translation>Диагностика скопирована в буфер обмена (без паролей)</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/diagnostics_copy.py" line="84" />
        <source>Could not collect diagnostics: %1</source>
        <translation>Не удалось собрать диагностику: %1</translation>
    </message>
</context>
<context>
    <name>Effectiveness</name>
    <message>
        <location filename="../../app/views/team/effectiveness_text.py" line="19" />
        <source>Rule only</source>
        <translation>Только правило</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_text.py" line="20" />
        <source>Customer segment</source>
        <translation>Сегмент клиента</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_text.py" line="21" />
        <source>RFM segment</source>
        <translation>Сегмент RFM</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_text.py" line="22" />
        <source>Value tier</source>
        <translation>Уровень ценности</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_text.py" line="23" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_text.py" line="30" />
        <source>not scored</source>
        <translation>без оценки</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_text.py" line="31" />
        <source>unspecified</source>
        <translation>не указан</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_text.py" line="36" />
        <source>no contact</source>
        <translation>нет контакта</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_text.py" line="51" />
        <source>%1 pp</source>
        <translation>%1 п. п.</translation>
    </message>
</context>
<context>
    <name>EffectivenessTab</name>
    <message>
        <location filename="../../app/views/team/effectiveness_tab.py" line="37" />
        <source>Breakdown</source>
        <translation>Разбивка</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_tab.py" line="38" />
        <source>Filter rules  Ctrl+F</source>
        <translation>Фильтр правил  Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_tab.py" line="39" />
        <source>Filter pairs</source>
        <translation>Фильтр пар</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_tab.py" line="51" />
        <source>&amp;Breakdown:</source>
        <translation>&amp;Разбивка:</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_tab.py" line="61" />
        <source>Champion / challenger: uplift = challenger − champion</source>
        <translation>Чемпион / претендент: прирост = претендент − чемпион</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_tab.py" line="96" />
        <source>No rule set is published: no champion/challenger pairs.</source>
        <translation>Набор правил не опубликован: пар чемпион/претендент нет.</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_tab.py" line="98" />
        <source>Pairs from rule set version %1</source>
        <translation>Пары из версии %1 набора правил</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_tab.py" line="105" />
        <source>Could not read the effectiveness: %1</source>
        <translation>Не удалось прочитать эффективность: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunReasons</name>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="13" />
        <source>The server address is not a PostgreSQL address (postgresql://host:port/database).</source>
        <translation>Адрес сервера не является адресом PostgreSQL (postgresql://host:port/база).</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="15" />
        <source>The server address must not contain a user or a password; the password is kept in the system keyring.</source>
        <translation>Адрес сервера не должен содержать пользователя или пароль; пароль хранится в системном хранилище паролей.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="17" />
        <source>Choose one of the listed TLS modes.</source>
        <translation>Выберите один из перечисленных режимов TLS.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="18" />
        <source>The CA file for checking the server's certificate cannot be read.</source>
        <translation>Не удаётся прочитать файл CA для проверки сертификата сервера.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="20" />
        <source>Enter your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="21" />
        <source>Wrong password, or the server has no such login.</source>
        <translation>Неверный пароль, или на сервере нет такого логина.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="22" />
        <source>This login is not a person of this centre. Ask an administrator.</source>
        <translation>Этот логин не принадлежит сотруднику центра. Обратитесь к администратору.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="24" />
        <source>This login has been deactivated. Ask an administrator.</source>
        <translation>Этот логин деактивирован. Обратитесь к администратору.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="25" />
        <source>The server cannot be reached at this address and port. Check the address and the network.</source>
        <translation>Сервер недоступен по этому адресу и порту. Проверьте адрес и сеть.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="27" />
        <source>The server's certificate is not trusted by the CA file.</source>
        <translation>Сертификат сервера не заслуживает доверия согласно файлу CA.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="28" />
        <source>The server's certificate is for another host name than the one in the address.</source>
        <translation>Сертификат сервера выдан для другого имени хоста, чем указано в адресе.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="30" />
        <source>The server does not offer TLS, but the chosen TLS mode requires it.</source>
        <translation>Сервер не поддерживает TLS, а выбранный режим TLS его требует.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="32" />
        <source>The server has no database of this name.</source>
        <translation>На сервере нет базы данных с таким именем.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="33" />
        <source>This database is not an aCRM server.</source>
        <translation>Эта база данных не является сервером aCRM.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="34" />
        <source>The server's database is older than this desk. Ask an administrator to upgrade it.</source>
        <translation>База данных сервера старше этого рабочего места. Попросите администратора обновить её.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="36" />
        <source>The server's database is newer than this desk. Install the newer desk.</source>
        <translation>База данных сервера новее этого рабочего места. Установите новую версию рабочего места.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="38" />
        <source>The server refused the connection.</source>
        <translation>Сервер отказал в подключении.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="43" />
        <source>Verify the certificate and the host name (recommended)</source>
        <translation>Проверять сертификат и имя хоста (рекомендуется)</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="44" />
        <source>Verify the certificate only</source>
        <translation>Проверять только сертификат</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="45" />
        <source>Encrypt, but do not verify the certificate</source>
        <translation>Шифровать, но не проверять сертификат</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="46" />
        <source>Encrypt when the server offers it</source>
        <translation>Шифровать, если сервер это поддерживает</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/reasons.py" line="47" />
        <source>No encryption</source>
        <translation>Без шифрования</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../app/views/first_run/wizard.py" line="39" />
        <source>Connect to a server — aCRM Desk</source>
        <translation>Подключение к серверу — aCRM Desk</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/wizard.py" line="42" />
        <source>&amp;Start the first sync</source>
        <translation>&amp;Начать первую синхронизацию</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/wizard.py" line="42" />
        <source>&amp;Open the desk</source>
        <translation>&amp;Открыть рабочее место</translation>
    </message>
</context>
<context>
    <name>FirstSyncDialog</name>
    <message>
        <location filename="../../app/views/sync/status.py" line="139" />
        <source>First sync — aCRM Desk</source>
        <translation>Первая синхронизация — aCRM Desk</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="143" />
        <source>This desktop copies the customer data from the server once, so it works offline too. You can keep working meanwhile.</source>
        <translation>Это рабочее место один раз копирует данные клиентов с сервера, чтобы работать и без связи. Тем временем можно продолжать работу.</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="148" />
        <source>Connecting to the server…</source>
        <translation>Подключение к серверу…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/sync/status.py" line="163" />
        <source>First sync with the server: %1 of %2 rows (%3)</source>
        <translation>
            <numerusform>Первая синхронизация с сервером: %1 из %2 строки (%3)</numerusform>
            <numerusform>Первая синхронизация с сервером: %1 из %2 строк (%3)</numerusform>
            <numerusform>Первая синхронизация с сервером: %1 из %2 строк (%3)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="173" />
        <source>The server cannot be reached (%1). The desk keeps trying on its own.</source>
        <translation>Сервер недоступен (%1). Рабочее место продолжает попытки само.</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="174" />
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
</context>
<context>
    <name>FlowChart</name>
    <message>
        <location filename="../../app/views/customer/flow_chart.py" line="35" />
        <source>Monthly inflow and outflow, last 12 months</source>
        <translation>Поступления и расходы по месяцам за последние 12 месяцев</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/flow_chart.py" line="43" />
        <source>Amount (%1)</source>
        <translation>Сумма (%1)</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/flow_chart.py" line="57" />
        <source>Inflow</source>
        <translation>Поступления</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/flow_chart.py" line="57" />
        <source>Outflow</source>
        <translation>Расходы</translation>
    </message>
</context>
<context>
    <name>HandleClock</name>
    <message>
        <location filename="../../app/views/wrapup/handle_clock.py" line="17" />
        <source>Handle time</source>
        <translation>Время обслуживания</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../app/views/history/model.py" line="146" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../app/views/history/model.py" line="149" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../app/views/history/model.py" line="151" />
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../app/views/history/model.py" line="153" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../app/views/history/model.py" line="155" />
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../app/views/history/model.py" line="159" />
        <source>Codes</source>
        <translation>Коды</translation>
    </message>
    <message>
        <location filename="../../app/views/history/model.py" line="162" />
        <source>Agent</source>
        <translation>Консультант</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../app/views/history/view.py" line="59" />
        <source>Contact history</source>
        <translation>История обращений</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="84" />
        <source>Could not load: %1</source>
        <translation>Не удалось загрузить: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="100" />
        <source>Channel filter</source>
        <translation>Фильтр по каналу</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="101" />
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="104" />
        <source>From date</source>
        <translation>С даты</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="105" />
        <source>To date</source>
        <translation>По дату</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="107" />
        <source>Text in reason, outcome, notes, codes</source>
        <translation>Текст в причине, результате, заметках, кодах</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="108" />
        <source>Text filter</source>
        <translation>Фильтр по тексту</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="119" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="120" />
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="121" />
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="137" />
        <source>any</source>
        <translation>любая</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="160" />
        <source>, scroll for more</source>
        <translation>, прокрутите, чтобы увидеть больше</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="162" />
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/history/view.py" line="162" />
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n обращение</numerusform>
            <numerusform>%n обращения</numerusform>
            <numerusform>%n обращений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HitListModel</name>
    <message>
        <location filename="../../app/views/customer/search_panel.py" line="57" />
        <source>no. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/search_panel.py" line="60" />
        <source>born %1</source>
        <translation>род. %1</translation>
    </message>
</context>
<context>
    <name>HoursTab</name>
    <message>
        <location filename="../../app/views/team/hours_tab.py" line="59" />
        <source>Contacts per hour, today and last week</source>
        <translation>Обращения по часам, сегодня и неделю назад</translation>
    </message>
    <message>
        <location filename="../../app/views/team/hours_tab.py" line="62" />
        <source>Hour</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../../app/views/team/hours_tab.py" line="63" />
        <source>Contacts</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location filename="../../app/views/team/hours_tab.py" line="66" />
        <source>Same weekday last week</source>
        <translation>Тот же день неделю назад</translation>
    </message>
    <message>
        <location filename="../../app/views/team/hours_tab.py" line="69" />
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../app/views/team/hours_tab.py" line="75" />
        <location filename="../../app/views/team/hours_tab.py" line="85" />
        <source>Contacts today per agent</source>
        <translation>Обращения сегодня по консультантам</translation>
    </message>
    <message>
        <location filename="../../app/views/team/hours_tab.py" line="77" />
        <source>Contacts today</source>
        <translation>Обращения сегодня</translation>
    </message>
    <message>
        <location filename="../../app/views/team/hours_tab.py" line="84" />
        <source>Contacts per hour</source>
        <translation>Обращения по часам</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/hours_tab.py" line="116" />
        <source>%n contact(s) today</source>
        <translation>
            <numerusform>%n обращение сегодня</numerusform>
            <numerusform>%n обращения сегодня</numerusform>
            <numerusform>%n обращений сегодня</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/hours_tab.py" line="118" />
        <source>%n by this hour on the same weekday last week</source>
        <translation>
            <numerusform>%n к этому часу в тот же день неделю назад</numerusform>
            <numerusform>%n к этому часу в тот же день неделю назад</numerusform>
            <numerusform>%n к этому часу в тот же день неделю назад</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/views/common/labels.py" line="27" />
        <source>Current account</source>
        <translation>Текущий счёт</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="28" />
        <source>Savings account</source>
        <translation>Сберегательный счёт</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="29" />
        <source>Credit card</source>
        <translation>Кредитная карта</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="30" />
        <source>Debit card</source>
        <translation>Дебетовая карта</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="31" />
        <source>Mortgage</source>
        <translation>Ипотека</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="32" />
        <source>Cash loan</source>
        <translation>Потребительский кредит</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="33" />
        <source>Investment fund</source>
        <translation>Инвестиционный фонд</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="34" />
        <source>Insurance</source>
        <translation>Страхование</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="35" />
        <source>Term deposit</source>
        <translation>Срочный вклад</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="42" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="43" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="44" />
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="45" />
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="46" />
        <source>Branch</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="47" />
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="48" />
        <source>Push</source>
        <translation>Push</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="55" />
        <source>Inbound</source>
        <translation>Входящее</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="56" />
        <source>Outbound</source>
        <translation>Исходящее</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="63" />
        <source>upheld</source>
        <translation>удовлетворена</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="64" />
        <source>rejected</source>
        <translation>отклонена</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="72" />
        <source>Card fee waived until %1</source>
        <translation>Без платы за обслуживание карты до %1</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="73" />
        <source>Account fee waived until %1</source>
        <translation>Без платы за ведение счёта до %1</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="78" />
        <source>%1 until %2</source>
        <translation>%1 до %2</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="84" />
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="85" />
        <source>Information given</source>
        <translation>Информация предоставлена</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="86" />
        <source>Follow-up needed</source>
        <translation>Требуются дальнейшие действия</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="87" />
        <source>Escalated</source>
        <translation>Передано выше</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="88" />
        <location filename="../../app/views/common/labels.py" line="262" />
        <source>No answer</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="111" />
        <source>mass</source>
        <translation>массовый</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="112" />
        <source>affluent</source>
        <translation>состоятельный</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="113" />
        <source>private banking</source>
        <translation>частный банкинг</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="114" />
        <source>youth</source>
        <translation>молодёжный</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="115" />
        <source>small business</source>
        <translation>малый бизнес</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="123" />
        <source>marketing</source>
        <translation>маркетинг</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="124" />
        <source>service</source>
        <translation>обслуживание</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="131" />
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="132" />
        <source>Declined</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="133" />
        <location filename="../../app/views/common/labels.py" line="144" />
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="134" />
        <location filename="../../app/views/common/labels.py" line="145" />
        <source>Not relevant</source>
        <translation>Неактуально</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="142" />
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="143" />
        <source>Decline</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="152" />
        <source>Not interested</source>
        <translation>Не интересует</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="153" />
        <source>Too expensive</source>
        <translation>Слишком дорого</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="154" />
        <source>Has it elsewhere</source>
        <translation>Уже есть в другом банке</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="155" />
        <source>Bad moment</source>
        <translation>Неудобный момент</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="156" />
        <source>Other reason</source>
        <translation>Другая причина</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="164" />
        <source>no consent: %1 marketing</source>
        <translation>нет согласия на маркетинг: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="165" />
        <source>cooldown: shown recently, again from %1</source>
        <translation>пауза: недавно показано, снова с %1</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="166" />
        <source>cooldown: declined recently, again from %1</source>
        <translation>пауза: недавно отклонено, снова с %1</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="167" />
        <source>cooldown: accepted recently, again from %1</source>
        <translation>пауза: недавно принято, снова с %1</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="168" />
        <source>shown %1 times already in the policy window</source>
        <translation>уже показано %1 раз за период ограничения</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="169" />
        <source>a callback is arranged for %1</source>
        <translation>обратный звонок назначен на %1</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="170" />
        <source>already done for this period (%1)</source>
        <translation>уже выполнено в этом периоде (%1)</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="171" />
        <source>ranked below the top %1</source>
        <translation>ниже первых %1 в рейтинге</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="172" />
        <source>the same action is offered by rule %1</source>
        <translation>то же действие предлагает правило %1</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="173" />
        <source>outside dates: valid from %1</source>
        <translation>вне срока действия: действует с %1</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="174" />
        <source>outside dates: ended %1</source>
        <translation>вне срока действия: закончилось %1</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="175" />
        <source>held back: champion/challenger split, this customer is in the challenger's %1 %</source>
        <translation>отложено: разделение чемпион/претендент, этот клиент входит в %1 % претендента</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="179" />
        <source>held back: champion/challenger split, this customer is in the champion's %1 %</source>
        <translation>отложено: разделение чемпион/претендент, этот клиент входит в %1 % чемпиона</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="190" />
        <source>automatic</source>
        <translation>автоматическое</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="192" />
        <source>alert</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="193" />
        <source>prompt</source>
        <translation>подсказка</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="199" />
        <source>automatic: the system does it</source>
        <translation>автоматическое: выполняет система</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="201" />
        <source>alert: a warning at the top of the card</source>
        <translation>предупреждение: баннер вверху карточки</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="202" />
        <source>prompt: the consultant offers it</source>
        <translation>подсказка: предлагает консультант</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="208" />
        <source>red: urgent, act on it</source>
        <translation>красное: срочно, нужно действовать</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="209" />
        <source>amber: take care</source>
        <translation>жёлтое: будьте внимательны</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="214" />
        <source>new</source>
        <translation>новое</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="214" />
        <location filename="../../app/views/common/labels.py" line="233" />
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="215" />
        <source>as published</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="220" />
        <source>Not in the published version: goes live when you publish.</source>
        <translation>Нет в опубликованной версии: начнёт действовать после публикации.</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="221" />
        <source>Changed since published: the change goes live when you publish.</source>
        <translation>Изменено после публикации: изменение начнёт действовать после публикации.</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="225" />
        <source>The same as in the published version.</source>
        <translation>Так же, как в опубликованной версии.</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="231" />
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="232" />
        <source>removed</source>
        <translation>удалено</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="241" />
        <source>Waiting to send</source>
        <translation>Ожидает отправки</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="242" />
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="243" />
        <source>Delivery failed</source>
        <translation>Не доставлено</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="244" />
        <source>Local outbox</source>
        <translation>Локальные исходящие</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="251" />
        <source>Callback</source>
        <translation>Обратный звонок</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="252" />
        <source>Follow-up</source>
        <translation>Повторный контакт</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="253" />
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="261" />
        <source>Reached the customer</source>
        <translation>Дозвонились до клиента</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="263" />
        <source>Line busy</source>
        <translation>Занято</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="264" />
        <source>Call again at…</source>
        <translation>Перезвонить в…</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="265" />
        <source>Wrong number</source>
        <translation>Неверный номер</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="266" />
        <source>Does not want the call</source>
        <translation>Не хочет звонков</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="274" />
        <source>Contact</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="275" />
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="276" />
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="277" />
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="278" />
        <source>Queue item</source>
        <translation>Элемент очереди</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="279" />
        <source>Offer shown</source>
        <translation>Показанное предложение</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="280" />
        <source>Offer outcome</source>
        <translation>Результат предложения</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="288" />
        <source>customers</source>
        <translation>клиенты</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="289" />
        <source>phone numbers</source>
        <translation>номера телефонов</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="290" />
        <source>e-mail addresses</source>
        <translation>адреса e-mail</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="291" />
        <source>customer attributes</source>
        <translation>атрибуты клиентов</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="292" />
        <source>products</source>
        <translation>продукты</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="293" />
        <source>transactions</source>
        <translation>операции</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="294" />
        <source>complaints</source>
        <translation>жалобы</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="295" />
        <source>consents</source>
        <translation>согласия</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="296" />
        <source>contacts</source>
        <translation>обращения</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="297" />
        <source>wrap-ups</source>
        <translation>итоги обращений</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="298" />
        <source>offers shown</source>
        <translation>показанные предложения</translation>
    </message>
    <message>
        <location filename="../../app/views/common/labels.py" line="299" />
        <source>offer outcomes</source>
        <translation>результаты предложений</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../app/views/first_run/entry_pages.py" line="109" />
        <source>Sign in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/entry_pages.py" line="110" />
        <source>Your own login and password for the server.</source>
        <translation>Ваши собственные логин и пароль для сервера.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/entry_pages.py" line="115" />
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/entry_pages.py" line="118" />
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/entry_pages.py" line="119" />
        <source>&amp;Remember in the system keyring</source>
        <translation>&amp;Запомнить в системном хранилище паролей</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/entry_pages.py" line="126" />
        <source>Cannot remember it: %1. The password will be asked each session.</source>
        <translation>Не удаётся запомнить: %1. Пароль будет запрашиваться в каждом сеансе.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/entry_pages.py" line="132" />
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/entry_pages.py" line="133" />
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/entry_pages.py" line="146" />
        <source>Server: %1 (TLS: %2)</source>
        <translation>Сервер: %1 (TLS: %2)</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/entry_pages.py" line="149" />
        <source>set by the configuration</source>
        <translation>задан в конфигурации</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="93" />
        <source>Opening customer…</source>
        <translation>Открытие клиента…</translation>
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
        <translation>Коды завершения: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="162" />
        <source>Card  Alt+1</source>
        <translation>Карточка  Alt+1</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="163" />
        <source>History  Alt+2</source>
        <translation>История  Alt+2</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="364" />
        <location filename="../../app/views/shell/screen_pop.py" line="57" />
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/draft_keeper.py" line="80" />
        <source>Unsaved wrap-up not restored: %1</source>
        <translation>Несохранённые итоги обращения не восстановлены: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/draft_keeper.py" line="148" />
        <source>Draft not written to disk: %1</source>
        <translation>Черновик не записан на диск: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/draft_keeper.py" line="174" />
        <source>unknown caller</source>
        <translation>неизвестный абонент</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="412" />
        <source>Could not open the customer: %1</source>
        <translation>Не удалось открыть клиента: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/main_window.py" line="421" />
        <source>Contact saved</source>
        <translation>Обращение сохранено</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/screen_pop.py" line="29" />
        <source>Incoming call %1…</source>
        <translation>Входящий звонок %1…</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/screen_pop.py" line="67" />
        <source>Identify the caller on the left: pick a match, create a customer, or log the call without one.</source>
        <translation>Определите звонящего слева: выберите найденного клиента, создайте нового или запишите звонок без клиента.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/screen_pop.py" line="75" />
        <source>No customer has this number.</source>
        <translation>Ни у одного клиента нет этого номера.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/screen_pop.py" line="77" />
        <source>Pick the caller.</source>
        <translation>Выберите звонящего.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/screen_pop.py" line="80" />
        <source>Incoming call %1</source>
        <translation>Входящий звонок %1</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/queue_wiring.py" line="66" />
        <source>A caller is being identified: Next waits.</source>
        <translation>Идёт определение звонящего: «Следующий» ждёт.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/queue_wiring.py" line="68" />
        <source>Save or discard the wrap-up first: Next never goes over a contact.</source>
        <translation>Сначала сохраните или отмените итоги обращения: «Следующий» не прерывает обращение.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/queue_wiring.py" line="73" />
        <source>A call is being opened: Next waits.</source>
        <translation>Открывается звонок: «Следующий» ждёт.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/queue_wiring.py" line="82" />
        <source>Looking for the next item…</source>
        <translation>Ищем следующий элемент…</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/queue_wiring.py" line="88" />
        <source>Next: %1</source>
        <translation>Следующий: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/queue_wiring.py" line="101" />
        <source>A call came in: %1 waits in My queue (%2).</source>
        <translation>Поступил звонок: %1 ждёт в «Моей очереди» (%2).</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/queue_wiring.py" line="111" />
        <source>Nothing to call now.</source>
        <translation>Сейчас звонить некому.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/queue_wiring.py" line="113" />
        <source>Nothing to call now; the next item is callable from %1.</source>
        <translation>Сейчас звонить некому; следующий элемент — с %1.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/queue_wiring.py" line="126" />
        <source>Calling %1: %2</source>
        <translation>Звонок: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/queue_wiring.py" line="147" />
        <source>Contact saved; the queue item is updated.</source>
        <translation>Обращение сохранено; элемент очереди обновлён.</translation>
    </message>
</context>
<context>
    <name>MyQueueModel</name>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="103" />
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="105" />
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="106" />
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="107" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="108" />
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="110" />
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="112" />
        <source>Window ends</source>
        <translation>Окно до</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="114" />
        <source>Callable</source>
        <translation>Звонить можно?</translation>
    </message>
</context>
<context>
    <name>MyQueueWindow</name>
    <message>
        <location filename="../../app/views/tools/my_queue.py" line="59" />
        <source>My queue  %1</source>
        <translation>Моя очередь  %1</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/my_queue.py" line="72" />
        <location filename="../../app/views/tools/my_queue.py" line="80" />
        <source>My queue</source>
        <translation>Моя очередь</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/my_queue.py" line="73" />
        <location filename="../../app/views/tools/my_queue.py" line="86" />
        <source>Team pool</source>
        <translation>Общая очередь команды</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/my_queue.py" line="74" />
        <source>Take  %1</source>
        <translation>Взять  %1</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/my_queue.py" line="78" />
        <source>Queue message</source>
        <translation>Сообщение очереди</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/tools/my_queue.py" line="164" />
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n элемент</numerusform>
            <numerusform>%n элемента</numerusform>
            <numerusform>%n элементов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/tools/my_queue.py" line="166" />
        <source>%n overdue</source>
        <translation>
            <numerusform>%n просроченный</numerusform>
            <numerusform>%n просроченных</numerusform>
            <numerusform>%n просроченных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/tools/my_queue.py" line="169" />
        <source>%n callable now</source>
        <translation>
            <numerusform>%n можно звонить сейчас</numerusform>
            <numerusform>%n можно звонить сейчас</numerusform>
            <numerusform>%n можно звонить сейчас</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/tools/my_queue.py" line="170" />
        <source>Nothing in your queue. Well done.</source>
        <translation>Очередь пуста. Отличная работа.</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/my_queue.py" line="171" />
        <source>My queue (%1)</source>
        <translation>Моя очередь (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/tools/my_queue.py" line="180" />
        <source>%n item(s) nobody has taken yet</source>
        <translation>
            <numerusform>%n элемент ещё никто не взял</numerusform>
            <numerusform>%n элемента ещё никто не взял</numerusform>
            <numerusform>%n элементов ещё никто не взял</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/tools/my_queue.py" line="182" />
        <source>The team pool is empty.</source>
        <translation>Общая очередь команды пуста.</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/my_queue.py" line="184" />
        <source>Team pool (%1)</source>
        <translation>Общая очередь (%1)</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/my_queue.py" line="205" />
        <source>Taking %1…</source>
        <translation>Берём: %1…</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/my_queue.py" line="217" />
        <source>Taken: %1 is in your queue now.</source>
        <translation>Взято: %1 теперь в вашей очереди.</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/my_queue.py" line="222" />
        <source>Not taken: %1. %2</source>
        <translation>Не взято: %1. %2</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/my_queue.py" line="240" />
        <source>Could not load the queue: %1</source>
        <translation>Не удалось загрузить очередь: %1</translation>
    </message>
</context>
<context>
    <name>NbaTexts</name>
    <message>
        <location filename="../../app/views/nba/texts.py" line="82" />
        <source>Score: %1 × %2 = %3; the propensity (%4) is unknown for this customer, so it is not weighed</source>
        <translation>Оценка: %1 × %2 = %3; склонность (%4) этого клиента неизвестна, поэтому не учтена</translation>
    </message>
    <message>
        <location filename="../../app/views/nba/texts.py" line="93" />
        <source>Score: %1 × %2 × propensity %3 (%4) = %5</source>
        <translation>Оценка: %1 × %2 × склонность %3 (%4) = %5</translation>
    </message>
</context>
<context>
    <name>NewCustomerForm</name>
    <message>
        <location filename="../../app/views/customer/new_customer_form.py" line="41" />
        <source>not given</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/new_customer_form.py" line="43" />
        <source>Create and open</source>
        <translation>Создать и открыть</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/new_customer_form.py" line="54" />
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/new_customer_form.py" line="55" />
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/new_customer_form.py" line="56" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/new_customer_form.py" line="57" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/new_customer_form.py" line="58" />
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/new_customer_form.py" line="59" />
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/new_customer_form.py" line="89" />
        <source>Enter the first name.</source>
        <translation>Введите имя.</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/new_customer_form.py" line="90" />
        <source>Enter the last name.</source>
        <translation>Введите фамилию.</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/new_customer_form.py" line="126" />
        <source>Not created: %1</source>
        <translation>Не создано: %1</translation>
    </message>
</context>
<context>
    <name>NextBestActionPanel</name>
    <message>
        <location filename="../../app/views/nba/panel.py" line="64" />
        <source>Next best action  F6</source>
        <translation>Лучшее предложение  F6</translation>
    </message>
    <message>
        <location filename="../../app/views/nba/panel.py" line="69" />
        <source>Open a customer to see offers.</source>
        <translation>Откройте клиента, чтобы увидеть предложения.</translation>
    </message>
    <message>
        <location filename="../../app/views/nba/panel.py" line="78" />
        <source>A accept · D decline · L later · N not relevant</source>
        <translation>A принять · D отклонить · L позже · N неактуально</translation>
    </message>
    <message>
        <location filename="../../app/views/nba/panel.py" line="103" />
        <location filename="../../app/views/shell/desk_app.py" line="277" />
        <source>Checking offers…</source>
        <translation>Проверка предложений…</translation>
    </message>
    <message>
        <location filename="../../app/views/nba/panel.py" line="106" />
        <source>Could not check offers: %1</source>
        <translation>Не удалось проверить предложения: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/nba/panel.py" line="180" />
        <source>the offer could not be logged as shown (%1)</source>
        <translation>не удалось записать показ предложения (%1)</translation>
    </message>
    <message>
        <location filename="../../app/views/nba/panel.py" line="262" />
        <source>Automatic actions</source>
        <translation>Автоматические действия</translation>
    </message>
    <message>
        <location filename="../../app/views/nba/panel.py" line="275" />
        <source>Why: %1</source>
        <translation>Почему: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/nba/panel.py" line="284" />
        <source>Not offered (%1)</source>
        <translation>Не предложено (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/nba/panel.py" line="307" />
        <source>%n rule(s) could not be evaluated; rule authors have been told</source>
        <translation>
            <numerusform>%n правило не удалось проверить; авторы правил уведомлены</numerusform>
            <numerusform>%n правила не удалось проверить; авторы правил уведомлены</numerusform>
            <numerusform>%n правил не удалось проверить; авторы правил уведомлены</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/nba/panel.py" line="311" />
        <source>Offers wait for the caller's identity check (Ctrl+Shift+V).</source>
        <translation>Предложения ждут проверки личности звонящего (Ctrl+Shift+V).</translation>
    </message>
    <message>
        <location filename="../../app/views/nba/panel.py" line="313" />
        <source>No rules are published yet.</source>
        <translation>Правила ещё не опубликованы.</translation>
    </message>
    <message>
        <location filename="../../app/views/nba/panel.py" line="314" />
        <source>No offers for this customer right now.</source>
        <translation>Сейчас для этого клиента предложений нет.</translation>
    </message>
</context>
<context>
    <name>OfferWidget</name>
    <message>
        <location filename="../../app/views/nba/offer.py" line="50" />
        <source>Keys: A accept, D decline, L later, N not relevant</source>
        <translation>Клавиши: A принять, D отклонить, L позже, N неактуально</translation>
    </message>
    <message>
        <location filename="../../app/views/nba/offer.py" line="60" />
        <source>Why: %1</source>
        <translation>Почему: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/nba/offer.py" line="136" />
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/nba/offer.py" line="148" />
        <source>Declined: %1</source>
        <translation>Отклонено: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/nba/offer.py" line="153" />
        <source>Callback %1</source>
        <translation>Обратный звонок %1</translation>
    </message>
</context>
<context>
    <name>OffersModel</name>
    <message>
        <location filename="../../app/views/team/offers_model.py" line="26" />
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../../app/views/team/offers_model.py" line="27" />
        <source>Presented</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <location filename="../../app/views/team/offers_model.py" line="28" />
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../app/views/team/offers_model.py" line="29" />
        <source>Declined</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../app/views/team/offers_model.py" line="30" />
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <location filename="../../app/views/team/offers_model.py" line="31" />
        <source>Not relevant</source>
        <translation>Неактуально</translation>
    </message>
    <message>
        <location filename="../../app/views/team/offers_model.py" line="32" />
        <source>No outcome</source>
        <translation>Без результата</translation>
    </message>
    <message>
        <location filename="../../app/views/team/offers_model.py" line="33" />
        <source>Conversion (95 % interval)</source>
        <translation>Конверсия (интервал 95 %)</translation>
    </message>
    <message>
        <location filename="../../app/views/team/offers_model.py" line="58" />
        <source>No reasons recorded</source>
        <translation>Причины не записаны</translation>
    </message>
</context>
<context>
    <name>OutcomeControls</name>
    <message>
        <location filename="../../app/views/nba/outcome.py" line="137" />
        <source>%1 (key %2)</source>
        <translation>%1 (клавиша %2)</translation>
    </message>
    <message>
        <location filename="../../app/views/nba/outcome.py" line="162" />
        <source>Call back at</source>
        <translation>Перезвонить в</translation>
    </message>
    <message>
        <location filename="../../app/views/nba/outcome.py" line="164" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../app/views/nba/outcome.py" line="165" />
        <source>Save the callback</source>
        <translation>Сохранить обратный звонок</translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <location filename="../../app/views/team/effectiveness_model.py" line="67" />
        <source>Champion</source>
        <translation>Чемпион</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_model.py" line="68" />
        <source>Challenger</source>
        <translation>Претендент</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_model.py" line="69" />
        <source>Challenger share, configured</source>
        <translation>Доля претендента, заданная</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_model.py" line="71" />
        <source>Challenger share, shown</source>
        <translation>Доля претендента, фактическая</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_model.py" line="73" />
        <source>Champion conversion</source>
        <translation>Конверсия чемпиона</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_model.py" line="74" />
        <source>Challenger conversion</source>
        <translation>Конверсия претендента</translation>
    </message>
    <message>
        <location filename="../../app/views/team/effectiveness_model.py" line="76" />
        <source>Uplift (95 % interval)</source>
        <translation>Прирост (интервал 95 %)</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <location filename="../../app/views/shell/password_prompt.py" line="27" />
        <source>Server password — aCRM Desk</source>
        <translation>Пароль к серверу — aCRM Desk</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/password_prompt.py" line="31" />
        <source>Password of %1 for the server %2:</source>
        <translation>Пароль пользователя %1 для сервера %2:</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/password_prompt.py" line="38" />
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/password_prompt.py" line="39" />
        <source>Remember in the system keyring</source>
        <translation>Запомнить в системном хранилище паролей</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/password_prompt.py" line="47" />
        <source>Cannot remember it: %1. The password will be asked each session.</source>
        <translation>Не удалось запомнить: %1. Пароль будет запрашиваться в каждом сеансе.</translation>
    </message>
</context>
<context>
    <name>PendingDraftsLine</name>
    <message numerus="yes">
        <location filename="../../app/views/wrapup/pending_line.py" line="22" />
        <source>%n unsaved wrap-up(s): %1 (Ctrl+Shift+W)</source>
        <translation>
            <numerusform>%n несохранённые итоги обращения: %1 (Ctrl+Shift+W)</numerusform>
            <numerusform>%n несохранённых итога обращений, последние: %1 (Ctrl+Shift+W)</numerusform>
            <numerusform>%n несохранённых итогов обращений, последние: %1 (Ctrl+Shift+W)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../app/views/admin/people_model.py" line="40" />
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_model.py" line="40" />
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_model.py" line="41" />
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_model.py" line="41" />
        <source>deactivated</source>
        <translation>отключён</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_model.py" line="43" />
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_model.py" line="44" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_model.py" line="45" />
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_model.py" line="46" />
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_model.py" line="47" />
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_model.py" line="49" />
        <source>Last seen</source>
        <translation>Последняя активность</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../app/views/admin/people_model.py" line="24" />
        <source>Agent</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_model.py" line="25" />
        <source>Team lead</source>
        <translation>Руководитель команды</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_model.py" line="26" />
        <source>Rule author</source>
        <translation>Автор правил</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_model.py" line="27" />
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="29" />
        <source>Filter people (Ctrl+F)</source>
        <translation>Фильтр сотрудников (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="30" />
        <source>Filter people</source>
        <translation>Фильтр сотрудников</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="33" />
        <location filename="../../app/views/admin/people_tab.py" line="34" />
        <source>login</source>
        <translation>логин</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="36" />
        <location filename="../../app/views/admin/people_tab.py" line="37" />
        <source>full name</source>
        <translation>полное имя</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="39" />
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="44" />
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="49" />
        <location filename="../../app/views/admin/people_tab.py" line="63" />
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="50" />
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="61" />
        <source>New person</source>
        <translation>Новый сотрудник</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="62" />
        <source>Deactivate / reactivate</source>
        <translation>Отключить / вернуть</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="64" />
        <location filename="../../app/views/admin/people_tab.py" line="128" />
        <source>Change role</source>
        <translation>Сменить роль</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="65" />
        <source>Move to team</source>
        <translation>Перевести в команду</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="86" />
        <source>A new person: login, full name, role and team (a new team is made).</source>
        <translation>Новый сотрудник: логин, полное имя, роль и команда (новая команда будет создана).</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="88" />
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="96" />
        <source>%1 is deactivated: no more logins, history kept.</source>
        <translation>%1 отключён: вход запрещён, история сохранена.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="97" />
        <source>Deactivate %1? Their open sessions end.</source>
        <translation>Отключить %1? Открытые сеансы будут завершены.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="98" />
        <source>Deactivate</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="101" />
        <source>%1 may log in again.</source>
        <translation>%1 снова может входить.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="102" />
        <source>Reactivate %1?</source>
        <translation>Вернуть доступ %1?</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="103" />
        <source>Reactivate</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="111" />
        <source>A new password for %1; the old one stops working at once.</source>
        <translation>Новый пароль для %1; старый сразу перестаёт действовать.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="112" />
        <source>Set a new password</source>
        <translation>Задать новый пароль</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="127" />
        <source>The new role of %1:</source>
        <translation>Новая роль %1:</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="143" />
        <source>Move %1 to the team (their open items of the old team go back to its pool):</source>
        <translation>Перевести %1 в команду (открытые задачи старой команды вернутся в её общую очередь):</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="145" />
        <source>Move</source>
        <translation>Перевести</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="152" />
        <source>%1 is saved.</source>
        <translation>%1 сохранён.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="154" />
        <source>The password of %1, shown only now: copy it and hand it over safely.</source>
        <translation>Пароль %1 показан только сейчас: скопируйте его и передайте безопасным способом.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="159" />
        <source>%1 already has this role; nothing changed.</source>
        <translation>У %1 уже эта роль; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="160" />
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="165" />
        <source>%1 is already in %2.</source>
        <translation>%1 уже в команде %2.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="167" />
        <source>%1 moved to %2; %3 open item(s) went back to the pool of %4.</source>
        <translation>%1 переведён в %2; открытые задачи (%3) вернулись в общую очередь команды %4.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="188" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_tab.py" line="189" />
        <source>Choose a person in the table first.</source>
        <translation>Сначала выберите сотрудника в таблице.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../app/views/team/period.py" line="37" />
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../app/views/team/period.py" line="38" />
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <location filename="../../app/views/team/period.py" line="39" />
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <location filename="../../app/views/team/period.py" line="40" />
        <source>Dates…</source>
        <translation>Даты…</translation>
    </message>
    <message>
        <location filename="../../app/views/team/period.py" line="44" />
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../app/views/team/period.py" line="46" />
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../app/views/team/period.py" line="46" />
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../app/views/team/period.py" line="53" />
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <location filename="../../app/views/team/period.py" line="55" />
        <source>to</source>
        <translation>по</translation>
    </message>
</context>
<context>
    <name>PoolModel</name>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="137" />
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="137" />
        <source>Whole centre</source>
        <translation>Весь центр</translation>
    </message>
</context>
<context>
    <name>QLocaleFormatter</name>
    <message>
        <location filename="../../app/views/common/value_format.py" line="43" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../app/views/common/value_format.py" line="44" />
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>QueueOutcomeRow</name>
    <message>
        <location filename="../../app/views/wrapup/queue_outcome.py" line="37" />
        <source>How did the call end?</source>
        <translation>Чем закончился звонок?</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/queue_outcome.py" line="38" />
        <source>Queue outcome</source>
        <translation>Итог по очереди</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/queue_outcome.py" line="46" />
        <source>Call again at</source>
        <translation>Перезвонить в</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/queue_outcome.py" line="107" />
        <source>Choose how the call on the queue item ended.</source>
        <translation>Выберите, чем закончился звонок по элементу очереди.</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/queue_outcome.py" line="112" />
        <source>The new call time must be in the future.</source>
        <translation>Новое время звонка должно быть в будущем.</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/queue_outcome.py" line="115" />
        <source>The new call time must be within the item's call window.</source>
        <translation>Новое время должно быть в пределах окна звонка.</translation>
    </message>
</context>
<context>
    <name>QueueTabModel</name>
    <message>
        <location filename="../../app/views/team/queue_model.py" line="42" />
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../app/views/team/queue_model.py" line="43" />
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../app/views/team/queue_model.py" line="44" />
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../app/views/team/queue_model.py" line="45" />
        <source>Assigned to</source>
        <translation>Назначено</translation>
    </message>
    <message>
        <location filename="../../app/views/team/queue_model.py" line="45" />
        <source>nobody</source>
        <translation>никому</translation>
    </message>
    <message>
        <location filename="../../app/views/team/queue_model.py" line="46" />
        <source>Reason / note</source>
        <translation>Причина / заметка</translation>
    </message>
    <message>
        <location filename="../../app/views/team/queue_model.py" line="58" />
        <source>%1 · overdue</source>
        <translation>%1 · просрочено</translation>
    </message>
</context>
<context>
    <name>QueueTexts</name>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="26" />
        <source>%1 · overdue</source>
        <translation>%1 · просрочено</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="33" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="39" />
        <source>Its call window has not opened yet</source>
        <translation>Окно звонка ещё не открылось</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="40" />
        <source>Its call window has closed</source>
        <translation>Окно звонка закрылось</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="41" />
        <source>Outside calling hours in the customer's zone</source>
        <translation>Вне часов звонков в часовом поясе клиента</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="42" />
        <source>All attempts used</source>
        <translation>Все попытки использованы</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="49" />
        <source>Window not open yet</source>
        <translation>Окно ещё не открыто</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="50" />
        <source>Window closed</source>
        <translation>Окно закрыто</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="51" />
        <source>Outside calling hours</source>
        <translation>Вне часов звонков</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="52" />
        <source>Attempts used</source>
        <translation>Попытки исчерпаны</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="61" />
        <location filename="../../app/views/tools/queue_model.py" line="72" />
        <source>Callable now</source>
        <translation>Можно звонить</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="66" />
        <source>%1 · from %2</source>
        <translation>%1 · с %2</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="73" />
        <source>Not now: %1</source>
        <translation>Не сейчас: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="76" />
        <source>callable from %1</source>
        <translation>можно звонить с %1</translation>
    </message>
    <message>
        <location filename="../../app/views/tools/queue_model.py" line="77" />
        <source>not callable again</source>
        <translation>больше звонить нельзя</translation>
    </message>
</context>
<context>
    <name>ReasonList</name>
    <message>
        <location filename="../../app/views/nba/outcome.py" line="43" />
        <source>Reason for declining</source>
        <translation>Причина отказа</translation>
    </message>
</context>
<context>
    <name>RefreshStrip</name>
    <message>
        <location filename="../../app/views/shell/analytics_refresh.py" line="57" />
        <source>Analytics refresh</source>
        <translation>Обновление аналитики</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/analytics_refresh.py" line="65" />
        <source>Analytics refresh progress</source>
        <translation>Ход обновления аналитики</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/analytics_refresh.py" line="66" />
        <source>Cancel  Esc</source>
        <translation>Отмена  Esc</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/analytics_refresh.py" line="67" />
        <source>Close  Esc</source>
        <translation>Закрыть  Esc</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/analytics_refresh.py" line="86" />
        <source>Refreshing analytics…</source>
        <translation>Обновление аналитики…</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/analytics_refresh.py" line="101" />
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>RefreshTexts</name>
    <message>
        <location filename="../../app/views/shell/refresh_texts.py" line="23" />
        <source>Reading the customer base</source>
        <translation>Чтение базы клиентов</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/refresh_texts.py" line="24" />
        <source>Fitting activity (BG/NBD)</source>
        <translation>Подбор модели активности (BG/NBD)</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/refresh_texts.py" line="25" />
        <source>Fitting value (Gamma–Gamma)</source>
        <translation>Подбор модели ценности (Gamma–Gamma)</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/refresh_texts.py" line="26" />
        <source>Estimating churn risk</source>
        <translation>Оценка риска ухода</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/refresh_texts.py" line="27" />
        <source>Scoring RFM and segments</source>
        <translation>Оценки RFM и сегменты</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/refresh_texts.py" line="28" />
        <source>Finding product affinity</source>
        <translation>Поиск связей между продуктами</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/refresh_texts.py" line="29" />
        <source>Saving the scores</source>
        <translation>Сохранение оценок</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/refresh_texts.py" line="45" />
        <source>%1… (step %2 of %3)</source>
        <translation>%1… (шаг %2 из %3)</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/refresh_texts.py" line="73" />
        <source>(the same drop-out chance for every customer)</source>
        <translation>(одинаковая вероятность ухода для всех клиентов)</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/refresh_texts.py" line="75" />
        <source>Version %1 as of %2 is in force: %3 customers scored; BG/NBD %4</source>
        <translation>Действует версия %1 на %2; оценено клиентов: %3; BG/NBD %4</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/refresh_texts.py" line="88" />
        <source>churn: logistic model on %1, AUC %2</source>
        <translation>риск ухода: логистическая модель по столбцу %1, AUC %2</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/refresh_texts.py" line="92" />
        <source>churn: from activity (1 − P(alive))</source>
        <translation>риск ухода: по активности (1 − P(alive))</translation>
    </message>
</context>
<context>
    <name>RejectedModel</name>
    <message>
        <location filename="../../app/views/sync/problems.py" line="33" />
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/problems.py" line="34" />
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/problems.py" line="35" />
        <source>Server's message</source>
        <translation>Сообщение сервера</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message numerus="yes">
        <location filename="../../app/views/team/campaign_texts.py" line="119" />
        <source>%n customer(s) evaluated</source>
        <translation>
            <numerusform>Проверен %n клиент</numerusform>
            <numerusform>Проверено %n клиента</numerusform>
            <numerusform>Проверено %n клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/campaign_texts.py" line="120" />
        <source>%n added to the call list</source>
        <translation>
            <numerusform>%n добавлен в список обзвона</numerusform>
            <numerusform>%n добавлено в список обзвона</numerusform>
            <numerusform>%n добавлено в список обзвона</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/campaign_texts.py" line="121" />
        <source>%n already on the campaign</source>
        <translation>
            <numerusform>%n уже в кампании</numerusform>
            <numerusform>%n уже в кампании</numerusform>
            <numerusform>%n уже в кампании</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/campaign_texts.py" line="124" />
        <source>%n left out by the cap</source>
        <translation>
            <numerusform>%n не вошёл из-за лимита</numerusform>
            <numerusform>%n не вошли из-за лимита</numerusform>
            <numerusform>%n не вошли из-за лимита</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/campaign_texts.py" line="132" />
        <source>%n held back</source>
        <translation>
            <numerusform>%n отложен</numerusform>
            <numerusform>%n отложено</numerusform>
            <numerusform>%n отложено</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/team/campaign_texts.py" line="134" />
        <source>Cancelled; what was added stays.</source>
        <translation>Отменено; добавленное остаётся.</translation>
    </message>
</context>
<context>
    <name>RuleEditorWindow</name>
    <message>
        <location filename="../../app/views/rule_editor/window.py" line="66" />
        <source>Rules — aCRM Desk</source>
        <translation>Правила — aCRM Desk</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/window.py" line="92" />
        <source>Draft rules</source>
        <translation>Черновик правил</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/window.py" line="110" />
        <source>Draft rules  (Ctrl+L)</source>
        <translation>Черновик правил  (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/window.py" line="116" />
        <source>Changes stay in the draft until you publish them (Versions tab).</source>
        <translation>Изменения остаются в черновике, пока вы их не опубликуете (вкладка «Версии»).</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/window.py" line="119" />
        <source>Test  Alt+1</source>
        <translation>Тест  Alt+1</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/window.py" line="120" />
        <source>Simulate  Alt+2</source>
        <translation>Симуляция  Alt+2</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/window.py" line="121" />
        <source>Versions  Alt+3</source>
        <translation>Версии  Alt+3</translation>
    </message>
</context>
<context>
    <name>RuleFailuresPanel</name>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="30" />
        <source>Failing rules  (Ctrl+Shift+F)</source>
        <translation>Правила со сбоями  (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="36" />
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="39" />
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="40" />
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="41" />
        <source>Failed</source>
        <translation>Сбои</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="42" />
        <source>Since</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="43" />
        <source>Latest</source>
        <translation>Последний</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="49" />
        <source>Rule failures</source>
        <translation>Сбои правил</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="61" />
        <source>Message of the selected failure</source>
        <translation>Сообщение выбранного сбоя</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="64" />
        <source>Failed counts customer evaluations that raised an error (a customer evaluated again counts again). A failing rule is skipped; the others still apply. Enter opens the rule.</source>
        <translation>Сбои — число оценок клиентов, завершившихся ошибкой (повторная оценка того же клиента считается снова). Правило с ошибкой пропускается, остальные продолжают действовать. Enter открывает правило.</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="87" />
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/rule_editor/failures_panel.py" line="116" />
        <source>%n rule failure(s) in published versions.</source>
        <translation>
            <numerusform>%n сбой правила в опубликованных версиях.</numerusform>
            <numerusform>%n сбоя правил в опубликованных версиях.</numerusform>
            <numerusform>%n сбоев правил в опубликованных версиях.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="118" />
        <source>No rule of a published version has failed on a customer.</source>
        <translation>Ни одно правило опубликованных версий не дало сбоя на клиенте.</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="145" />
        <source>%1, version %2: first %3, last %4 (customer %5)</source>
        <translation>%1, версия %2: впервые %3, последний раз %4 (клиент %5)</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="160" />
        <source>Could not load rule failures: %1</source>
        <translation>Не удалось загрузить сбои правил: %1</translation>
    </message>
</context>
<context>
    <name>RuleFields</name>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="71" />
        <source>e.g. large_inflow (a-z, 0-9, _ . -)</source>
        <translation>напр. large_inflow (a-z, 0-9, _ . -)</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="74" />
        <source>Enabled: the rule is evaluated once published</source>
        <translation>Включено: правило проверяется после публикации</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="77" />
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="78" />
        <source>until</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="80" />
        <source>none needed</source>
        <translation>не требуется</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="91" />
        <source>e.g. Fraud suspicion (the banner's headline)</source>
        <translation>напр. Подозрение на мошенничество (заголовок баннера)</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="93" />
        <source>e.g. offer_investment</source>
        <translation>напр. offer_investment</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/experiment_fields.py" line="25" />
        <source>none, a number feature such as p_alive, or attributes.NAME</source>
        <translation>нет, числовой признак, например p_alive, или attributes.ИМЯ</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/experiment_fields.py" line="28" />
        <source>Score = priority × business value × this value (0-1) for each customer; a customer without a value keeps priority × business value.</source>
        <translation>Оценка = приоритет × бизнес-ценность × это значение (0–1) для каждого клиента; клиент без значения сохраняет приоритет × бизнес-ценность.</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/experiment_fields.py" line="40" />
        <source>optional: the id of another prompt tried instead of this one</source>
        <translation>необязательно: идентификатор другой подсказки, проверяемой вместо этой</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/experiment_fields.py" line="47" />
        <location filename="../../app/views/rule_editor/rule_fields.py" line="100" />
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/experiment_fields.py" line="50" />
        <source>Share of customers (split by customer, always the same for one) offered the challenger instead of this rule.</source>
        <translation>Доля клиентов (разделение по клиенту, для одного клиента всегда одинаковое), которым вместо этого правила предлагается претендент.</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="114" />
        <source>What the consultant says. Placeholders fill in the customer's data: %1</source>
        <translation>Что говорит консультант. Вместо подстановок вставляются данные клиента: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="119" />
        <source>Optional. Empty: the facts the condition reads, with their values.</source>
        <translation>Необязательно. Если пусто — данные, которые читает условие, с их значениями.</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="126" />
        <source>e.g. card_fee_waiver (optional)</source>
        <translation>напр. card_fee_waiver (необязательно)</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="161" />
        <source>Automatic actions</source>
        <translation>Автоматические действия</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="163" />
        <source>At most once per</source>
        <translation>Не чаще одного раза в</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="164" />
        <source>Entitlement</source>
        <translation>Привилегия</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="165" />
        <source>Entitlement days</source>
        <translation>Срок привилегии (дней)</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="169" />
        <source>Pause after shown (days)</source>
        <translation>Пауза после показа (дней)</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="170" />
        <source>Pause after declined (days)</source>
        <translation>Пауза после отказа (дней)</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="171" />
        <source>Pause after accepted (days)</source>
        <translation>Пауза после согласия (дней)</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="172" />
        <source>At most shown (0 = no cap)</source>
        <translation>Показов не более (0 = без ограничения)</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="173" />
        <source>... within days</source>
        <translation>… в течение дней</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="187" />
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="189" />
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="190" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="191" />
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="196" />
        <source>When it applies</source>
        <translation>Когда действует</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="198" />
        <source>Condition</source>
        <translation>Условие</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="199" />
        <source>Valid</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="200" />
        <source>Consent needed</source>
        <translation>Нужное согласие</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="204" />
        <source>What happens</source>
        <translation>Что происходит</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="206" />
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="207" />
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="208" />
        <source>Banner title</source>
        <translation>Заголовок баннера</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="209" />
        <source>Action code</source>
        <translation>Код действия</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="210" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="211" />
        <source>Priority (1-100)</source>
        <translation>Приоритет (1–100)</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="212" />
        <source>Business value</source>
        <translation>Ценность для бизнеса</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="213" />
        <source>Propensity</source>
        <translation>Склонность</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="214" />
        <source>Challenger rule</source>
        <translation>Правило-претендент</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="215" />
        <source>Challenger's share</source>
        <translation>Доля претендента</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="216" />
        <source>Script</source>
        <translation>Скрипт</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="217" />
        <source>Why (template)</source>
        <translation>Почему (шаблон)</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="219" />
        <source>Follow-up call after (days)</source>
        <translation>Повторный звонок через (дней)</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_fields.py" line="179" />
        <source>How often</source>
        <translation>Как часто</translation>
    </message>
</context>
<context>
    <name>RuleForm</name>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="55" />
        <source>Save draft  Ctrl+S</source>
        <translation>Сохранить черновик  Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="57" />
        <source>New rule  Ctrl+N</source>
        <translation>Новое правило  Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="58" />
        <location filename="../../app/views/rule_editor/rule_form.py" line="159" />
        <source>Disable</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="59" />
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="63" />
        <source>Yes, delete it</source>
        <translation>Да, удалить</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="64" />
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="65" />
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="66" />
        <source>Discard my changes</source>
        <translation>Отменить мои изменения</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="130" />
        <source>You have unsaved changes. Save them (Ctrl+S), or discard them to open “%1”.</source>
        <translation>Есть несохранённые изменения. Сохраните их (Ctrl+S) или отмените, чтобы открыть «%1».</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="159" />
        <source>Enable</source>
        <translation>Включить</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="169" />
        <source>New rule</source>
        <translation>Новое правило</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="170" />
        <source>  (unsaved changes)</source>
        <translation>  (несохранённые изменения)</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="193" />
        <source>Not saved: fix the field marked in red (%1).</source>
        <translation>Не сохранено: исправьте поле, выделенное красным (%1).</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="206" />
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="223" />
        <source>Saved to the draft, but check the why: %1</source>
        <translation>Сохранено в черновике, но проверьте поле «Почему»: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="226" />
        <source>Saved to the draft. Publish to make it live.</source>
        <translation>Сохранено в черновике. Опубликуйте, чтобы изменения начали действовать.</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="236" />
        <source>This id is already used by another rule.</source>
        <translation>Этот идентификатор уже занят другим правилом.</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="237" />
        <source>Not saved — your changes are kept. %1</source>
        <translation>Не сохранено — ваши изменения остались. %1</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="249" />
        <source>Delete “%1” from the draft? The published version keeps it until you publish.</source>
        <translation>Удалить «%1» из черновика? В опубликованной версии правило останется до публикации.</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_form.py" line="273" />
        <source>Deleted “%1” from the draft.</source>
        <translation>«%1» удалено из черновика.</translation>
    </message>
</context>
<context>
    <name>RuleListModel</name>
    <message>
        <location filename="../../app/views/rule_editor/rule_list_model.py" line="41" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_list_model.py" line="42" />
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_list_model.py" line="43" />
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_list_model.py" line="45" />
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_list_model.py" line="50" />
        <source>Value</source>
        <translation>Ценность</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_list_model.py" line="52" />
        <source>Enabled</source>
        <translation>Включено</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_list_model.py" line="53" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_list_model.py" line="53" />
        <source>disabled</source>
        <translation>отключено</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_list_model.py" line="57" />
        <source>Since published</source>
        <translation>После публикации</translation>
    </message>
</context>
<context>
    <name>RuleTestPanel</name>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="32" />
        <source>Test on the open customer</source>
        <translation>Проверка на открытом клиенте</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="38" />
        <source>Test on the open customer  Ctrl+T</source>
        <translation>Проверить на открытом клиенте  Ctrl+T</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="40" />
        <source>not tested yet</source>
        <translation>ещё не проверено</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="68" />
        <source>Tests the rule as it is in the form now, saved or not; records nothing.</source>
        <translation>Проверяет правило в том виде, в каком оно сейчас в форме, сохранённое или нет; ничего не записывает.</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="70" />
        <source>Open a customer in the main window to test the rule on them.</source>
        <translation>Откройте клиента в главном окне, чтобы проверить на нём правило.</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="92" />
        <source>cannot test</source>
        <translation>проверка невозможна</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="93" />
        <source>Fix the fields marked in red first.</source>
        <translation>Сначала исправьте поля, выделенные красным.</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="95" />
        <source>testing…</source>
        <translation>проверка…</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="109" />
        <source>Tested on %1</source>
        <translation>Проверено на клиенте: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="111" />
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="131" />
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="113" />
        <source>The rule fails on this customer: %1</source>
        <translation>Правило выдаёт ошибку на этом клиенте: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="116" />
        <source>Fires</source>
        <translation>Срабатывает</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="117" />
        <source>Why: %1</source>
        <translation>Почему: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="119" />
        <source>Script: %1</source>
        <translation>Скрипт: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="119" />
        <source>Banner: %1</source>
        <translation>Баннер: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="122" />
        <source>Does not fire</source>
        <translation>Не срабатывает</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="125" />
        <source>No data for: %1</source>
        <translation>Нет данных: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/rule_test_panel.py" line="127" />
        <source>The customer's facts: %1</source>
        <translation>Данные клиента: %1</translation>
    </message>
</context>
<context>
    <name>RuleVersionsTab</name>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="84" />
        <source>Compare with the previous (Alt+P)</source>
        <translation>Сравнить с предыдущей (Alt+P)</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="85" />
        <source>Compare with the current (Alt+C)</source>
        <translation>Сравнить с текущей (Alt+C)</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="86" />
        <source>Roll back to this version… (Alt+R)</source>
        <translation>Откатить к этой версии… (Alt+R)</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="104" />
        <source>Roll back</source>
        <translation>Откатить</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="105" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="130" />
        <source>Rule versions</source>
        <translation>Версии правил</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="141" />
        <source>No rule set has been published yet.</source>
        <translation>Набор правил ещё не опубликован.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="144" />
        <source>Could not do it: %1</source>
        <translation>Не удалось: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="161" />
        <source>Version %1 is the first: nothing before it.</source>
        <translation>Версия %1 первая: до неё ничего нет.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="176" />
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="176" />
        <source>removed</source>
        <translation>удалено</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="177" />
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/admin/rule_versions_tab.py" line="178" />
        <source>Version %1 → version %2: %n rule(s) differ</source>
        <translation>
            <numerusform>Версия %1 → версия %2: отличается %n правило</numerusform>
            <numerusform>Версия %1 → версия %2: отличаются %n правила</numerusform>
            <numerusform>Версия %1 → версия %2: отличаются %n правил</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="196" />
        <source>Publish version %1's rules again as version %2? Every desk gets them at its next sync; your draft is replaced by them.</source>
        <translation>Опубликовать правила версии %1 заново как версию %2? Каждое рабочее место получит их при следующей синхронизации; ваш черновик будет заменён ими.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="213" />
        <source>Rolling back to version %1…</source>
        <translation>Откат к версии %1…</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="220" />
        <source>Published version %1, a copy of version %2.</source>
        <translation>Опубликована версия %1 — копия версии %2.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../app/views/customer/search_panel.py" line="87" />
        <source>Search: name, phone, e-mail, customer no.  (Ctrl+F)</source>
        <translation>Поиск: имя, телефон, e-mail, № клиента  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/search_panel.py" line="88" />
        <source>Customer search</source>
        <translation>Поиск клиента</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/search_panel.py" line="94" />
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/search_panel.py" line="100" />
        <location filename="../../app/views/customer/search_panel.py" line="139" />
        <source>Type to search</source>
        <translation>Начните вводить для поиска</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/search_panel.py" line="115" />
        <source>↓ into the list · Enter opens · Esc back to search</source>
        <translation>↓ в список · Enter открывает · Esc назад к поиску</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/search_panel.py" line="132" />
        <source>Incoming call</source>
        <translation>Входящий звонок</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/customer/search_panel.py" line="153" />
        <source>%n customer(s) found</source>
        <translation>
            <numerusform>Найден %n клиент</numerusform>
            <numerusform>Найдено %n клиента</numerusform>
            <numerusform>Найдено %n клиентов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/customer/search_panel.py" line="163" />
        <source>Search failed: %1</source>
        <translation>Поиск не удался: %1</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <location filename="../../app/views/first_run/entry_pages.py" line="37" />
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/entry_pages.py" line="38" />
        <source>Where the centre's aCRM server is. Your administrator gives you these values.</source>
        <translation>Где находится сервер aCRM центра. Эти данные сообщит администратор.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/entry_pages.py" line="42" />
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/entry_pages.py" line="46" />
        <source>TLS mode</source>
        <translation>Режим TLS</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/entry_pages.py" line="48" />
        <location filename="../../app/views/first_run/entry_pages.py" line="96" />
        <source>CA file</source>
        <translation>Файл CA</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/entry_pages.py" line="49" />
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/entry_pages.py" line="59" />
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/entry_pages.py" line="60" />
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/entry_pages.py" line="61" />
        <source>&amp;CA file:</source>
        <translation>Файл &amp;CA:</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/entry_pages.py" line="98" />
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <location filename="../../app/views/first_run/session.py" line="37" />
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/session.py" line="42" />
        <source>Connect to a server…</source>
        <translation>Подключиться к серверу…</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/session.py" line="43" />
        <source>Sign out…</source>
        <translation>Выйти…</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/session.py" line="70" />
        <source>Saved. The desk works on %1 from its next start.</source>
        <translation>Сохранено. Со следующего запуска рабочее место работает с %1.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/session.py" line="73" />
        <source>Saved. The desk uses the new password from its next start.</source>
        <translation>Сохранено. Новый пароль действует со следующего запуска.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/session.py" line="74" />
        <source>Connected — aCRM Desk</source>
        <translation>Подключено — aCRM Desk</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/session.py" line="83" />
        <source>Sign out — aCRM Desk</source>
        <translation>Выход — aCRM Desk</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/session.py" line="84" />
        <source>This desk works on its own database: there is no server to sign out of.</source>
        <translation>Это рабочее место работает со своей базой данных: выходить не из чего, сервера нет.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/views/shell/settings_view.py" line="32" />
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_view.py" line="37" />
        <source>The settings this desk runs with. Settings marked as locked were set by your administrator and cannot be changed on this desk.</source>
        <translation>Настройки, с которыми работает это рабочее место. Заблокированные настройки задал администратор, и изменить их на этом рабочем месте нельзя.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_view.py" line="46" />
        <source>Setting</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_view.py" line="46" />
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_view.py" line="46" />
        <source>Set by</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_view.py" line="46" />
        <source>Locked</source>
        <translation>Блокировка</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_view.py" line="78" />
        <source>The configuration files were not read on this run.</source>
        <translation>При этом запуске файлы конфигурации не читались.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_view.py" line="91" />
        <source>Administrator's file: %1
Your file: %2</source>
        <translation>Файл администратора: %1
Ваш файл: %2</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_view.py" line="96" />
        <source>%1 from %2 is ignored: your administrator locked this setting.</source>
        <translation>%1 из %2 не учитывается: администратор заблокировал эту настройку.</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_view.py" line="105" />
        <source>Set by your administrator in %1</source>
        <translation>Задано администратором в %1</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_view.py" line="111" />
        <source>default</source>
        <translation>по умолчанию</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_view.py" line="112" />
        <source>administrator (%1)</source>
        <translation>администратор (%1)</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_view.py" line="113" />
        <source>you (%1)</source>
        <translation>вы (%1)</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_view.py" line="114" />
        <source>environment (%1)</source>
        <translation>окружение (%1)</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_view.py" line="119" />
        <source>locked</source>
        <translation>заблокировано</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/settings_view.py" line="131" />
        <source>Some of your settings are ignored: your administrator locked them  %1</source>
        <translation>Часть ваших настроек не учитывается: их заблокировал администратор  %1</translation>
    </message>
</context>
<context>
    <name>SignOutDialog</name>
    <message>
        <location filename="../../app/views/first_run/sign_out_dialog.py" line="25" />
        <source>Sign out — aCRM Desk</source>
        <translation>Выход — aCRM Desk</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/sign_out_dialog.py" line="27" />
        <source>Sign out %1 from %2? The password is removed from the system keyring and the desk closes.</source>
        <translation>Выйти из %2 под именем %1? Пароль будет удалён из системного хранилища паролей, и рабочее место закроется.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/sign_out_dialog.py" line="32" />
        <source>Also &amp;delete this desk's copy of the data (the cache)</source>
        <translation>&amp;Удалить также копию данных на этом рабочем месте (кэш)</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/sign_out_dialog.py" line="37" />
        <source>D&amp;iscard the unsynced work</source>
        <translation>&amp;Отбросить несинхронизированную работу</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/sign_out_dialog.py" line="43" />
        <source>&amp;Sign out</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/first_run/sign_out_dialog.py" line="61" />
        <source>%n change(s) have not reached the server yet</source>
        <translation>
            <numerusform>%n изменение ещё не дошло до сервера</numerusform>
            <numerusform>%n изменения ещё не дошли до сервера</numerusform>
            <numerusform>%n изменений ещё не дошли до сервера</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/first_run/sign_out_dialog.py" line="63" />
        <source>; %n were refused by it</source>
        <translation>
            <numerusform>; %n отклонено им</numerusform>
            <numerusform>; %n отклонены им</numerusform>
            <numerusform>; %n отклонены им</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/sign_out_dialog.py" line="64" />
        <source>%1. Deleting the cache loses them for good.</source>
        <translation>%1. При удалении кэша они будут потеряны безвозвратно.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/sign_out_dialog.py" line="70" />
        <source>Cannot count the unsynced work (%1). Deleting the cache may lose some.</source>
        <translation>Не удаётся подсчитать несинхронизированную работу (%1). При удалении кэша часть может быть потеряна.</translation>
    </message>
</context>
<context>
    <name>SimulationPanel</name>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="34" />
        <source>Simulate the draft on all customers</source>
        <translation>Симуляция черновика на всех клиентах</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="42" />
        <source>Simulate  F5</source>
        <translation>Симулировать  F5</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="44" />
        <source>Cancel  Esc</source>
        <translation>Отмена  Esc</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="48" />
        <source>%v of %m customers</source>
        <translation>%v из %m клиентов</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="56" />
        <source>Compares the saved draft with the published rules for every customer, as of now. Nothing is recorded and no customer is contacted.</source>
        <translation>Сравнивает сохранённый черновик с опубликованными правилами для каждого клиента на текущий момент. Ничего не записывается, и никто из клиентов не получает сообщений.</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="63" />
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="63" />
        <source>Reached now</source>
        <translation>Охват сейчас</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="63" />
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="69" />
        <source>With the draft</source>
        <translation>С черновиком</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="63" />
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="69" />
        <source>Top action now</source>
        <translation>Главное действие сейчас</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="69" />
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="97" />
        <source>Simulating…</source>
        <translation>Симуляция…</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="113" />
        <source>Cancelling after the current batch…</source>
        <translation>Отмена после текущей партии…</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="128" />
        <source>Simulation failed: %1</source>
        <translation>Симуляция не удалась: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="135" />
        <source>%1 customers compared with published version %2.</source>
        <translation>Сравнено клиентов с опубликованной версией %2: %1.</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="140" />
        <source>Cancelled: partial result. </source>
        <translation>Отменено: частичный результат. </translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="142" />
        <source>No action: %1 now, %2 with the draft. Top action changes for %3.</source>
        <translation>Без действия: сейчас %1, с черновиком %2. Главное действие меняется у %3.</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/simulation_panel.py" line="155" />
        <source>(no prompt)</source>
        <translation>(без подсказки)</translation>
    </message>
</context>
<context>
    <name>SkippedModel</name>
    <message>
        <location filename="../../app/views/sync/problems.py" line="44" />
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/problems.py" line="45" />
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/problems.py" line="46" />
        <source>Why it was skipped</source>
        <translation>Почему пропущено</translation>
    </message>
</context>
<context>
    <name>StartupError</name>
    <message>
        <location filename="../../app/views/shell/startup_error.py" line="21" />
        <source>The desk cannot start: its configuration is not valid. Nothing was opened or changed. Please tell your administrator:</source>
        <translation>Рабочее место не может запуститься: его конфигурация неверна. Ничего не открыто и не изменено. Сообщите администратору:</translation>
    </message>
</context>
<context>
    <name>StartupScreen</name>
    <message>
        <location filename="../../app/views/shell/desk_app.py" line="79" />
        <source>Opening the database. On the first run demo customers are created.</source>
        <translation>Открытие базы данных. При первом запуске создаются демонстрационные клиенты.</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <location filename="../../app/views/shell/desk_app.py" line="167" />
        <location filename="../../app/views/shell/status_strip.py" line="22" />
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/status_strip.py" line="24" />
        <source>Desk state</source>
        <translation>Состояние рабочего места</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/status_strip.py" line="25" />
        <source>Database: %1</source>
        <translation>База: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/status_strip.py" line="26" />
        <source>Agent: %1</source>
        <translation>Консультант: %1</translation>
    </message>
</context>
<context>
    <name>StorePage</name>
    <message>
        <location filename="../../app/views/first_run/work_pages.py" line="119" />
        <source>Remember the sign-in</source>
        <translation>Сохранение входа</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/work_pages.py" line="124" />
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/work_pages.py" line="131" />
        <source>The password is not kept: %1. The desk will ask for it each session.</source>
        <translation>Пароль не сохранён: %1. Рабочее место будет запрашивать его в каждом сеансе.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/work_pages.py" line="134" />
        <source>The password is kept in the system keyring.</source>
        <translation>Пароль сохранён в системном хранилище паролей.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/work_pages.py" line="136" />
        <source>The password is not kept: the desk will ask for it each session.</source>
        <translation>Пароль не сохранён: рабочее место будет запрашивать его в каждом сеансе.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/work_pages.py" line="139" />
        <source>The server is saved in %1.</source>
        <translation>Сервер сохранён в %1.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../app/views/first_run/work_pages.py" line="156" />
        <source>First sync</source>
        <translation>Первая синхронизация</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/work_pages.py" line="157" />
        <source>This desk copies the customer data from the server once, so it works offline too.</source>
        <translation>Рабочее место один раз копирует данные клиентов с сервера, чтобы работать и без связи.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/work_pages.py" line="168" />
        <source>Connecting to the server…</source>
        <translation>Подключение к серверу…</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/work_pages.py" line="175" />
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/work_pages.py" line="180" />
        <source>%1 of %2 rows (%3)</source>
        <translation>%1 из %2 строк (%3)</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/work_pages.py" line="191" />
        <source>Done: %1 rows copied. Press Enter to open the desk.</source>
        <translation>Готово: скопировано строк: %1. Нажмите Enter, чтобы открыть рабочее место.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/work_pages.py" line="198" />
        <source>First sync cancelled. The desk opens now and finishes it on its own.</source>
        <translation>Первая синхронизация отменена. Рабочее место откроется сейчас и завершит её само.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run/work_pages.py" line="200" />
        <source>The first sync did not finish (%1). The desk opens now and keeps trying on its own.</source>
        <translation>Первая синхронизация не завершилась (%1). Рабочее место откроется сейчас и продолжит попытки само.</translation>
    </message>
</context>
<context>
    <name>SyncProblemsWindow</name>
    <message>
        <location filename="../../app/views/sync/problems.py" line="66" />
        <source>Sync problems — aCRM Desk</source>
        <translation>Проблемы синхронизации — aCRM Desk</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/problems.py" line="87" />
        <source>Retry refused rows</source>
        <translation>Повторить отклонённые строки</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/problems.py" line="89" />
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/sync/problems.py" line="121" />
        <source>The server refused %n row(s). Ask an administrator to fix the cause, then retry; until then they stay on this desktop only.</source>
        <translation>
            <numerusform>Сервер отклонил %n строку. Попросите администратора устранить причину и повторите; до тех пор она есть только на этом рабочем месте.</numerusform>
            <numerusform>Сервер отклонил %n строки. Попросите администратора устранить причину и повторите; до тех пор они есть только на этом рабочем месте.</numerusform>
            <numerusform>Сервер отклонил %n строк. Попросите администратора устранить причину и повторите; до тех пор они есть только на этом рабочем месте.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/sync/problems.py" line="127" />
        <source>Nothing refused: everything saved here reaches the server.</source>
        <translation>Ничего не отклонено: всё, что сохранено здесь, попадает на сервер.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/sync/problems.py" line="136" />
        <source>%n feed row(s) skipped: they could not be read or stored on this desktop. Everything else was applied. Tell an administrator.</source>
        <translation>
            <numerusform>Пропущено %n изменение с сервера: его не удалось прочитать или сохранить на этом рабочем месте. Всё остальное применено. Сообщите администратору.</numerusform>
            <numerusform>Пропущено %n изменения с сервера: их не удалось прочитать или сохранить на этом рабочем месте. Всё остальное применено. Сообщите администратору.</numerusform>
            <numerusform>Пропущено %n изменений с сервера: их не удалось прочитать или сохранить на этом рабочем месте. Всё остальное применено. Сообщите администратору.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/sync/problems.py" line="142" />
        <source>No feed rows skipped.</source>
        <translation>Пропущенных изменений с сервера нет.</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/problems.py" line="146" />
        <source>Could not read the sync problems: %1</source>
        <translation>Не удалось прочитать проблемы синхронизации: %1</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../app/views/sync/status.py" line="57" />
        <source>Sync state</source>
        <translation>Состояние синхронизации</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="61" />
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="62" />
        <source>Sync problems…</source>
        <translation>Проблемы синхронизации…</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="94" />
        <source>Sync: connecting…</source>
        <translation>Синхронизация: подключение…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/sync/status.py" line="98" />
        <location filename="../../app/views/sync/status.py" line="110" />
        <source>Syncing… %n unsynced</source>
        <translation>
            <numerusform>Синхронизация… %n неотправленное изменение</numerusform>
            <numerusform>Синхронизация… %n неотправленных изменения</numerusform>
            <numerusform>Синхронизация… %n неотправленных изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/sync/status.py" line="101" />
        <source>Offline — %n unsynced · last sync %1</source>
        <translation>
            <numerusform>Нет связи — %n неотправленное изменение · последняя синхронизация %1</numerusform>
            <numerusform>Нет связи — %n неотправленных изменения · последняя синхронизация %1</numerusform>
            <numerusform>Нет связи — %n неотправленных изменений · последняя синхронизация %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/sync/status.py" line="103" />
        <source>Offline — %n unsynced · never synced</source>
        <translation>
            <numerusform>Нет связи — %n неотправленное изменение · синхронизации ещё не было</numerusform>
            <numerusform>Нет связи — %n неотправленных изменения · синхронизации ещё не было</numerusform>
            <numerusform>Нет связи — %n неотправленных изменений · синхронизации ещё не было</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="105" />
        <source>Offline · last sync %1</source>
        <translation>Нет связи · последняя синхронизация %1</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="107" />
        <source>Offline · never synced</source>
        <translation>Нет связи · синхронизации ещё не было</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="112" />
        <source>Synced · last %1</source>
        <translation>Синхронизировано · последний раз %1</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="114" />
        <source>Synced</source>
        <translation>Синхронизировано</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/sync/status.py" line="116" />
        <source>%n refused</source>
        <translation>
            <numerusform>%n отклонена</numerusform>
            <numerusform>%n отклонены</numerusform>
            <numerusform>%n отклонено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/sync/status.py" line="120" />
        <source>%n feed row(s) skipped</source>
        <translation>
            <numerusform>%n изменение пропущено</numerusform>
            <numerusform>%n изменения пропущены</numerusform>
            <numerusform>%n изменений пропущено</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="126" />
        <source>Last error: %1</source>
        <translation>Последняя ошибка: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="127" />
        <source>Click for sync problems (%1).</source>
        <translation>Нажмите, чтобы увидеть проблемы синхронизации (%1).</translation>
    </message>
</context>
<context>
    <name>TablePanelTab</name>
    <message>
        <location filename="../../app/views/admin/table_panel.py" line="80" />
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/table_panel.py" line="184" />
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/table_panel.py" line="199" />
        <source>Failed: %1</source>
        <translation>Не удалось: %1</translation>
    </message>
</context>
<context>
    <name>TeamQueueTab</name>
    <message>
        <location filename="../../app/views/team/queue_tab.py" line="74" />
        <source>Filter: customer, member, note…</source>
        <translation>Фильтр: клиент, сотрудник, заметка…</translation>
    </message>
    <message>
        <location filename="../../app/views/team/queue_tab.py" line="76" />
        <source>Filter</source>
        <translation>Фильтр</translation>
    </message>
    <message>
        <location filename="../../app/views/team/queue_tab.py" line="79" />
        <source>Team members</source>
        <translation>Сотрудники команды</translation>
    </message>
    <message>
        <location filename="../../app/views/team/queue_tab.py" line="80" />
        <source>Give to member  %1</source>
        <translation>Передать сотруднику  %1</translation>
    </message>
    <message>
        <location filename="../../app/views/team/queue_tab.py" line="110" />
        <source>Open items</source>
        <translation>Открытые задания</translation>
    </message>
    <message>
        <location filename="../../app/views/team/queue_tab.py" line="115" />
        <source>&amp;Filter:</source>
        <translation>&amp;Фильтр:</translation>
    </message>
    <message>
        <location filename="../../app/views/team/queue_tab.py" line="130" />
        <source>&amp;Members (drop rows on one):</source>
        <translation>&amp;Сотрудники (перетащите строки на сотрудника):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/queue_tab.py" line="182" />
        <source>%1 — %n open</source>
        <translation>
            <numerusform>%1 — %n открытое</numerusform>
            <numerusform>%1 — %n открытых</numerusform>
            <numerusform>%1 — %n открытых</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/team/queue_tab.py" line="185" />
        <source>Could not read the team queue: %1</source>
        <translation>Не удалось прочитать очередь команды: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/queue_tab.py" line="191" />
        <source>%n open item(s)</source>
        <translation>
            <numerusform>%n открытое задание</numerusform>
            <numerusform>%n открытых задания</numerusform>
            <numerusform>%n открытых заданий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/queue_tab.py" line="193" />
        <source>%n overdue</source>
        <translation>
            <numerusform>%n просрочено</numerusform>
            <numerusform>%n просрочено</numerusform>
            <numerusform>%n просрочено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/queue_tab.py" line="195" />
        <source>%n shown</source>
        <translation>
            <numerusform>%n показано</numerusform>
            <numerusform>%n показано</numerusform>
            <numerusform>%n показано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/queue_tab.py" line="246" />
        <source>%n item(s) given to %1</source>
        <translation>
            <numerusform>%n задание передано: %1</numerusform>
            <numerusform>%n задания переданы: %1</numerusform>
            <numerusform>%n заданий передано: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/team/queue_tab.py" line="254" />
        <source>Could not reassign: %1</source>
        <translation>Не удалось передать: %1</translation>
    </message>
</context>
<context>
    <name>TeamWorkspaceWindow</name>
    <message>
        <location filename="../../app/views/team/window.py" line="76" />
        <source>Team workspace — aCRM Desk</source>
        <translation>Панель команды — aCRM Desk</translation>
    </message>
    <message>
        <location filename="../../app/views/team/window.py" line="79" />
        <source>Filter agents  Ctrl+F</source>
        <translation>Фильтр консультантов  Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../app/views/team/window.py" line="81" />
        <source>Filter rules  Ctrl+F</source>
        <translation>Фильтр правил  Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../app/views/team/window.py" line="85" />
        <source>Agents</source>
        <translation>Консультанты</translation>
    </message>
    <message>
        <location filename="../../app/views/team/window.py" line="86" />
        <source>Offers</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <location filename="../../app/views/team/window.py" line="87" />
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <location filename="../../app/views/team/window.py" line="145" />
        <source>The team workspace needs the team_lead role (ask an administrator).</source>
        <translation>Для панели команды нужна роль team_lead (обратитесь к администратору).</translation>
    </message>
    <message>
        <location filename="../../app/views/team/window.py" line="153" />
        <source>updated %1</source>
        <translation>обновлено в %1</translation>
    </message>
    <message>
        <location filename="../../app/views/team/window.py" line="160" />
        <source>Could not refresh the figures: %1</source>
        <translation>Не удалось обновить показатели: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/team/window.py" line="179" />
        <source>This tab has no table to export.</source>
        <translation>На этой вкладке нет таблицы для экспорта.</translation>
    </message>
    <message>
        <location filename="../../app/views/team/window.py" line="188" />
        <source>Could not save %1: %2</source>
        <translation>Не удалось сохранить %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/team/window.py" line="192" />
        <source>%n row(s) saved to %1</source>
        <translation>
            <numerusform>%n строка сохранена в %1</numerusform>
            <numerusform>%n строки сохранены в %1</numerusform>
            <numerusform>%n строк сохранено в %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/team/window.py" line="196" />
        <source>Export the table</source>
        <translation>Экспорт таблицы</translation>
    </message>
    <message>
        <location filename="../../app/views/team/window.py" line="196" />
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>TeamsModel</name>
    <message>
        <location filename="../../app/views/admin/people_model.py" line="72" />
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_model.py" line="74" />
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_model.py" line="75" />
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/people_model.py" line="76" />
        <source>Team leads</source>
        <translation>Руководители команды</translation>
    </message>
</context>
<context>
    <name>TeamsTab</name>
    <message>
        <location filename="../../app/views/admin/teams_tab.py" line="20" />
        <source>Filter teams (Ctrl+F)</source>
        <translation>Фильтр команд (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/teams_tab.py" line="21" />
        <source>Filter teams</source>
        <translation>Фильтр команд</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/teams_tab.py" line="24" />
        <location filename="../../app/views/admin/teams_tab.py" line="25" />
        <source>team name</source>
        <translation>название команды</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/teams_tab.py" line="28" />
        <source>New team</source>
        <translation>Новая команда</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/teams_tab.py" line="29" />
        <location filename="../../app/views/admin/teams_tab.py" line="61" />
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/teams_tab.py" line="42" />
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/teams_tab.py" line="43" />
        <source>Team %1 is created.</source>
        <translation>Команда %1 создана.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/teams_tab.py" line="44" />
        <source>The new team's name:</source>
        <translation>Название новой команды:</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/teams_tab.py" line="49" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/teams_tab.py" line="50" />
        <source>Choose a team in the table first.</source>
        <translation>Сначала выберите команду в таблице.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/teams_tab.py" line="60" />
        <source>Team %1 is now called %2.</source>
        <translation>Команда %1 теперь называется %2.</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/teams_tab.py" line="64" />
        <source>A new name for %1:</source>
        <translation>Новое название для %1:</translation>
    </message>
</context>
<context>
    <name>ToolWindows</name>
    <message>
        <location filename="../../app/views/shell/tool_windows.py" line="69" />
        <source>Rules  %1</source>
        <translation>Правила  %1</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/tool_windows.py" line="70" />
        <source>Automatic messages  %1</source>
        <translation>Авторассылки  %1</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/tool_windows.py" line="89" />
        <source>Team  %1</source>
        <translation>Команда  %1</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/tool_windows.py" line="95" />
        <source>Administration  %1</source>
        <translation>Администрирование  %1</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/tool_windows.py" line="105" />
        <source>Refresh analytics</source>
        <translation>Обновить аналитику</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/tool_windows.py" line="194" />
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/tool_windows.py" line="195" />
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/tool_windows.py" line="199" />
        <source>Effectiveness</source>
        <translation>Эффективность</translation>
    </message>
    <message>
        <location filename="../../app/views/shell/tool_windows.py" line="213" />
        <source>Automatic messages — aCRM Desk</source>
        <translation>Авторассылки — aCRM Desk</translation>
    </message>
</context>
<context>
    <name>ValueRisk</name>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="27" />
        <source>High value</source>
        <translation>Высокая ценность</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="28" />
        <source>Medium value</source>
        <translation>Средняя ценность</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="29" />
        <source>Low value</source>
        <translation>Низкая ценность</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="37" />
        <source>High risk</source>
        <translation>Высокий риск</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="38" />
        <source>Medium risk</source>
        <translation>Средний риск</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="39" />
        <source>Low risk</source>
        <translation>Низкий риск</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="47" />
        <source>Loyal, high value</source>
        <translation>Лояльный, высокая ценность</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="48" />
        <source>Promising</source>
        <translation>Перспективный</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="49" />
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="50" />
        <source>At risk</source>
        <translation>Под угрозой ухода</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="51" />
        <source>Dormant</source>
        <translation>Спящий</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="52" />
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="53" />
        <source>No inflows</source>
        <translation>Без поступлений</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="68" />
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="73" />
        <source>CLV 12 months: %1</source>
        <translation>CLV за 12 мес.: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="80" />
        <source>P(alive) %1 · inflow days expected in 12 months: %2</source>
        <translation>P(alive) %1 · ожидаемых дней с поступлениями за 12 мес.: %2</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="91" />
        <source>logistic model on %1</source>
        <translation>логистическая модель по столбцу %1</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="94" />
        <source>logistic model on %1 (AUC %2)</source>
        <translation>логистическая модель по столбцу %1 (AUC %2)</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="99" />
        <source>from activity (1 − P(alive))</source>
        <translation>по активности (1 − P(alive))</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="123" />
        <source>Why: %1</source>
        <translation>Почему: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="130" />
        <source>no inflow before the model's date</source>
        <translation>нет поступлений до даты модели</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="132" />
        <source>first inflow 13 weeks or less before the model's date</source>
        <translation>первое поступление не более 13 недель до даты модели</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="134" />
        <source>R ≥ 4 and F ≥ 4 and M ≥ 4</source>
        <translation>R ≥ 4 и F ≥ 4 и M ≥ 4</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="135" />
        <source>R ≥ 4 and F ≤ 2</source>
        <translation>R ≥ 4 и F ≤ 2</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="136" />
        <source>R ≤ 2 and (F ≥ 3 or M ≥ 4)</source>
        <translation>R ≤ 2 и (F ≥ 3 или M ≥ 4)</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="137" />
        <source>R ≤ 2 and F ≤ 2 and M ≤ 3</source>
        <translation>R ≤ 2 и F ≤ 2 и M ≤ 3</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="138" />
        <source>R = 3, or R ≥ 4 and F = 3, or R ≥ 4 and F ≥ 4 and M ≤ 3</source>
        <translation>R = 3, или R ≥ 4 и F = 3, или R ≥ 4 и F ≥ 4 и M ≤ 3</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="150" />
        <source>%1 and %2</source>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="161" />
        <source>%1 of customers with %2 also hold %3; lift %4</source>
        <translation>%1 клиентов с продуктами: %2 — имеют и: %3; lift %4</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="170" />
        <source>Support: %1 of all customers hold these products together</source>
        <translation>Поддержка: %1 всех клиентов имеют все эти продукты</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk_text.py" line="177" />
        <source>Model as of %1 (version %2)</source>
        <translation>Модель на %1 (версия %2)</translation>
    </message>
</context>
<context>
    <name>ValueRiskSection</name>
    <message>
        <location filename="../../app/views/customer/value_risk.py" line="31" />
        <source>Value and risk</source>
        <translation>Ценность и риск</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk.py" line="33" />
        <source>Not scored yet — run analytics refresh</source>
        <translation>Оценок пока нет — запустите обновление аналитики</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk.py" line="44" />
        <source>Value</source>
        <translation>Ценность</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk.py" line="45" />
        <source>Activity</source>
        <translation>Активность</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk.py" line="46" />
        <source>Churn risk</source>
        <translation>Риск ухода</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk.py" line="47" />
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk.py" line="50" />
        <source>Suggestions</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/value_risk.py" line="104" />
        <source>No product stands out.</source>
        <translation>Ни один продукт не выделяется.</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <location filename="../../app/views/common/verification_labels.py" line="17" />
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../app/views/common/verification_labels.py" line="18" />
        <source>Last 4 digits of PESEL</source>
        <translation>Последние 4 цифры PESEL</translation>
    </message>
    <message>
        <location filename="../../app/views/common/verification_labels.py" line="19" />
        <source>Postcode</source>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <location filename="../../app/views/common/verification_labels.py" line="20" />
        <source>Mother's maiden name</source>
        <translation>Девичья фамилия матери</translation>
    </message>
    <message>
        <location filename="../../app/views/common/verification_labels.py" line="21" />
        <source>Last 4 digits of the card</source>
        <translation>Последние 4 цифры карты</translation>
    </message>
    <message>
        <location filename="../../app/views/common/verification_labels.py" line="22" />
        <source>A recent transaction</source>
        <translation>Недавняя операция</translation>
    </message>
    <message>
        <location filename="../../app/views/common/verification_labels.py" line="23" />
        <source>Last 4 digits of the account</source>
        <translation>Последние 4 цифры счёта</translation>
    </message>
    <message>
        <location filename="../../app/views/common/verification_labels.py" line="30" />
        <source>not asked</source>
        <translation>не спрашивали</translation>
    </message>
    <message>
        <location filename="../../app/views/common/verification_labels.py" line="31" />
        <source>passed</source>
        <translation>верно</translation>
    </message>
    <message>
        <location filename="../../app/views/common/verification_labels.py" line="32" />
        <source>failed</source>
        <translation>неверно</translation>
    </message>
    <message>
        <location filename="../../app/views/common/verification_labels.py" line="40" />
        <source>Verified</source>
        <translation>Личность подтверждена</translation>
    </message>
    <message>
        <location filename="../../app/views/common/verification_labels.py" line="41" />
        <source>Verification failed</source>
        <translation>Проверка не пройдена</translation>
    </message>
    <message>
        <location filename="../../app/views/common/verification_labels.py" line="42" />
        <source>Not verified</source>
        <translation>Личность не подтверждена</translation>
    </message>
    <message>
        <location filename="../../app/views/common/verification_labels.py" line="43" />
        <source>Not needed</source>
        <translation>Не требуется</translation>
    </message>
</context>
<context>
    <name>VerificationPanel</name>
    <message>
        <location filename="../../app/views/customer/verification_panel.py" line="70" />
        <source>Identity check  Ctrl+Shift+V</source>
        <translation>Проверка личности  Ctrl+Shift+V</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/verification_panel.py" line="77" />
        <source>Identity check questions</source>
        <translation>Вопросы для проверки личности</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/verification_panel.py" line="87" />
        <source>Space: passed / failed / not asked</source>
        <translation>Пробел: верно / неверно / не спрашивали</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/verification_panel.py" line="234" />
        <source>Verified: %1</source>
        <translation>Личность подтверждена: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/verification_panel.py" line="236" />
        <source>Failed: a wrong answer. Do not discuss the accounts.</source>
        <translation>Не пройдена: неверный ответ. Не обсуждайте счета клиента.</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/verification_panel.py" line="238" />
        <source>Not needed for this channel.</source>
        <translation>Для этого канала не требуется.</translation>
    </message>
    <message>
        <location filename="../../app/views/customer/verification_panel.py" line="240" />
        <source>Not verified: %1 of %2 passed.</source>
        <translation>Не подтверждена: верно %1 из %2.</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="50" />
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="51" />
        <source>Published</source>
        <translation>Опубликована</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="52" />
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="53" />
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="54" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="60" />
        <source>copy of version %1</source>
        <translation>копия версии %1</translation>
    </message>
    <message>
        <location filename="../../app/views/admin/rule_versions_tab.py" line="63" />
        <source>skipped by desks: %1</source>
        <translation>пропускается рабочими местами: %1</translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="34" />
        <source>Versions and publishing</source>
        <translation>Версии и публикация</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="39" />
        <source>What changed and why (shown in the history)</source>
        <translation>Что изменилось и почему (видно в истории)</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="40" />
        <source>Publish draft  Ctrl+Shift+P</source>
        <translation>Опубликовать черновик  Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="50" />
        <source>Roll back to this version…</source>
        <translation>Вернуться к этой версии…</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="51" />
        <source>Yes, roll back</source>
        <translation>Да, вернуться</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="55" />
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="56" />
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="57" />
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="58" />
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="59" />
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="85" />
        <source>Compare the selected version with</source>
        <translation>Сравнить выбранную версию с</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="110" />
        <source>the draft</source>
        <translation>черновиком</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="116" />
        <source>version %1</source>
        <translation>версией %1</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="126" />
        <source>Version %1 · %2 · %3 · %4 rules</source>
        <translation>Версия %1 · %2 · %3 · правил: %4</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="134" />
        <source>not a rule set, skipped by desks: %1</source>
        <translation>не набор правил, рабочие места его пропускают: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="146" />
        <source>Nothing published yet: publish the draft first.</source>
        <translation>Ещё ничего не опубликовано: сначала опубликуйте черновик.</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="174" />
        <source>No differences.</source>
        <translation>Различий нет.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/rule_editor/versions_panel.py" line="176" />
        <source>%n rule(s) differ.</source>
        <translation>
            <numerusform>Различается %n правило.</numerusform>
            <numerusform>Различаются %n правила.</numerusform>
            <numerusform>Различаются %n правил.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="181" />
        <source>Publishing…</source>
        <translation>Публикация…</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="187" />
        <source>Not published: %1</source>
        <translation>Не опубликовано: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="196" />
        <source>Published as version %1; new evaluations use it.</source>
        <translation>Опубликовано как версия %1; новые проверки используют её.</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/versions_panel.py" line="207" />
        <source>Rolling back replaces the draft with version %1 and publishes it as a new version. Unpublished draft changes are lost.</source>
        <translation>Возврат заменит черновик версией %1 и опубликует её как новую версию. Неопубликованные изменения черновика будут потеряны.</translation>
    </message>
</context>
<context>
    <name>WorkPage</name>
    <message>
        <location filename="../../app/views/first_run/work_pages.py" line="63" />
        <source>It did not work: %1</source>
        <translation>Не получилось: %1</translation>
    </message>
</context>
<context>
    <name>WrapUpFields</name>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="41" />
        <source>Wrap-up form</source>
        <translation>Форма итогов обращения</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="42" />
        <source>Wrap-up</source>
        <translation>Итоги обращения</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="61" />
        <source>Why did the customer get in touch?</source>
        <translation>Почему клиент обратился?</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="66" />
        <source>Notes for the next consultant</source>
        <translation>Заметки для следующего консультанта</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="77" />
        <source>Choose the outcome</source>
        <translation>Выберите результат</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="88" />
        <source>Callback</source>
        <translation>Обратный звонок</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="93" />
        <source>Save  (Ctrl+Enter)</source>
        <translation>Сохранить  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="95" />
        <source>Discard</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="106" />
        <location filename="../../app/views/wrapup/fields.py" line="135" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="107" />
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="108" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="109" />
        <source>Wrap-up codes</source>
        <translation>Коды завершения</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="110" />
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="111" />
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="112" />
        <source>Callback at</source>
        <translation>Перезвонить в</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="113" />
        <source>Queue outcome</source>
        <translation>Итог по очереди</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="199" />
        <source>Open a customer or take a call to log a contact.</source>
        <translation>Откройте клиента или примите звонок, чтобы записать обращение.</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="201" />
        <source>Unknown caller</source>
        <translation>Неизвестный абонент</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="203" />
        <source>caller %1</source>
        <translation>звонит %1</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="252" />
        <source>Enter the reason for the contact.</source>
        <translation>Укажите причину обращения.</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="254" />
        <source>Tick at least one wrap-up code.</source>
        <translation>Отметьте хотя бы один код завершения.</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="261" />
        <source>Notes are too long: %1 characters, at most %2.</source>
        <translation>Заметки слишком длинные: %1 символов, допустимо не более %2.</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="267" />
        <source>Choose the outcome.</source>
        <translation>Выберите результат.</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/fields.py" line="270" />
        <source>The callback must be in the future.</source>
        <translation>Время обратного звонка должно быть в будущем.</translation>
    </message>
</context>
<context>
    <name>WrapUpForm</name>
    <message>
        <location filename="../../app/views/wrapup/form.py" line="216" />
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/form.py" line="281" />
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup/form.py" line="296" />
        <source>Not saved — your text is kept. %1</source>
        <translation>Не сохранено — введённый текст остался. %1</translation>
    </message>
</context>
<context>
    <name>_Detail</name>
    <message>
        <location filename="../../app/views/history/view.py" line="198" />
        <source>Selected contact</source>
        <translation>Выбранное обращение</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="209" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="210" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="212" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="210" />
        <source>Agent</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="209" />
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="213" />
        <source>Codes</source>
        <translation>Коды</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="211" />
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="211" />
        <source>Identity check</source>
        <translation>Проверка личности</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="232" />
        <location filename="../../app/views/history/view.py" line="234" />
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../app/views/history/view.py" line="254" />
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
</context>
</TS>