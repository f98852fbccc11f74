<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>RuleFailuresPanel</name>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="30"/>
        <source>Failing rules  (Ctrl+Shift+F)</source>
        <translation>Правила со сбоями  (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="36"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="39"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="40"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="41"/>
        <source>Failed</source>
        <translation>Сбои</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="42"/>
        <source>Since</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="43"/>
        <source>Latest</source>
        <translation>Последний</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="48"/>
        <source>Rule failures</source>
        <translation>Сбои правил</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="60"/>
        <source>Message of the selected failure</source>
        <translation>Сообщение выбранного сбоя</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="63"/>
        <source>Failed counts customer evaluations that raised an error (a customer evaluated again counts again). A failing rule is skipped; the others still apply. Enter opens the rule.</source>
        <translation>Сбои — число оценок клиентов, завершившихся ошибкой (повторная оценка того же клиента считается снова). Правило с ошибкой пропускается, остальные продолжают действовать. Enter открывает правило.</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="86"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/rule_editor/failures_panel.py" line="115"/>
        <source>%n rule failure(s) in published versions.</source>
        <translation>
            <numerusform>%n сбой правила в опубликованных версиях.</numerusform>
            <numerusform>%n сбоя правил в опубликованных версиях.</numerusform>
            <numerusform>%n сбоев правил в опубликованных версиях.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="117"/>
        <source>No rule of a published version has failed on a customer.</source>
        <translation>Ни одно правило опубликованных версий не дало сбоя на клиенте.</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="144"/>
        <source>%1, version %2: first %3, last %4 (customer %5)</source>
        <translation>%1, версия %2: впервые %3, последний раз %4 (клиент %5)</translation>
    </message>
    <message>
        <location filename="../../app/views/rule_editor/failures_panel.py" line="159"/>
        <source>Could not load rule failures: %1</source>
        <translation>Не удалось загрузить сбои правил: %1</translation>
    </message>
</context>
</TS>
