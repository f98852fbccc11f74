<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>CallerPanel</name>
    <message>
        <location filename="../../app/views/caller_panel.py" line="44"/>
        <source>Customers with this phone number</source>
        <translation>Klienci z tym numerem telefonu</translation>
    </message>
    <message>
        <location filename="../../app/views/caller_panel.py" line="49"/>
        <source>Back to search</source>
        <translation>Wróć do wyszukiwania</translation>
    </message>
    <message>
        <location filename="../../app/views/caller_panel.py" line="60"/>
        <source>Log unknown caller</source>
        <translation>Zapisz bez klienta</translation>
    </message>
    <message>
        <location filename="../../app/views/caller_panel.py" line="62"/>
        <source>Wrap up the call without a customer; the number is kept</source>
        <translation>Zakończ rozmowę bez klienta; numer zostanie zapisany</translation>
    </message>
    <message>
        <location filename="../../app/views/caller_panel.py" line="65"/>
        <source>Create customer…</source>
        <translation>Utwórz klienta…</translation>
    </message>
    <message>
        <location filename="../../app/views/caller_panel.py" line="80"/>
        <location filename="../../app/views/caller_panel.py" line="91"/>
        <source>Incoming call %1</source>
        <translation>Połączenie przychodzące %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/caller_panel.py" line="82"/>
        <source>%n customer(s) use this number. Pick the caller (Enter).</source>
        <translation>
            <numerusform>%n klient używa tego numeru. Wybierz dzwoniącego (Enter).</numerusform>
            <numerusform>%n klientów używa tego numeru. Wybierz dzwoniącego (Enter).</numerusform>
            <numerusform>%n klientów używa tego numeru. Wybierz dzwoniącego (Enter).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/caller_panel.py" line="92"/>
        <source>No customer has this number.</source>
        <translation>Żaden klient nie ma tego numeru.</translation>
    </message>
</context>
<context>
    <name>CardHeader</name>
    <message>
        <location filename="../../app/views/card_header.py" line="24"/>
        <location filename="../../app/views/card_header.py" line="56"/>
        <source>No customer open</source>
        <translation>Nie otwarto klienta</translation>
    </message>
    <message>
        <location filename="../../app/views/card_header.py" line="27"/>
        <source>Search by name, phone, e-mail or customer number (Ctrl+F)</source>
        <translation>Szukaj po nazwisku, telefonie, e-mailu lub numerze klienta (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/views/card_header.py" line="58"/>
        <source>(no name)</source>
        <translation>(bez nazwiska)</translation>
    </message>
    <message>
        <location filename="../../app/views/card_header.py" line="59"/>
        <source>Customer name: %1</source>
        <translation>Klient: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/card_header.py" line="61"/>
        <source>no segment</source>
        <translation>brak segmentu</translation>
    </message>
    <message>
        <location filename="../../app/views/card_header.py" line="62"/>
        <source>Segment: %1</source>
        <translation>Segment: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/card_header.py" line="79"/>
        <source>%n years</source>
        <translation>
            <numerusform>%n rok</numerusform>
            <numerusform>%n lata</numerusform>
            <numerusform>%n lat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/card_header.py" line="82"/>
        <source>born %1</source>
        <translation>ur. %1</translation>
    </message>
    <message>
        <location filename="../../app/views/card_header.py" line="85"/>
        <source>Customer no. %1</source>
        <translation>Nr klienta %1</translation>
    </message>
    <message>
        <location filename="../../app/views/card_header.py" line="90"/>
        <source>Birthday today</source>
        <translation>Dziś urodziny</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/card_header.py" line="92"/>
        <source>Birthday in %n day(s)</source>
        <translation>
            <numerusform>Urodziny za %n dzień</numerusform>
            <numerusform>Urodziny za %n dni</numerusform>
            <numerusform>Urodziny za %n dni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/card_header.py" line="100"/>
        <source>no phone</source>
        <translation>brak telefonu</translation>
    </message>
    <message>
        <location filename="../../app/views/card_header.py" line="101"/>
        <source>no e-mail</source>
        <translation>brak e-maila</translation>
    </message>
</context>
<context>
    <name>CardSections</name>
    <message>
        <location filename="../../app/views/card_sections.py" line="31"/>
        <source>Active</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <location filename="../../app/views/card_sections.py" line="33"/>
        <source>Closed %1</source>
        <translation>Zamknięty %1</translation>
    </message>
    <message>
        <location filename="../../app/views/card_sections.py" line="59"/>
        <location filename="../../app/views/card_sections.py" line="68"/>
        <source>OPEN</source>
        <translation>OTWARTA</translation>
    </message>
    <message>
        <location filename="../../app/views/card_sections.py" line="70"/>
        <source>upheld</source>
        <translation>uznana</translation>
    </message>
    <message>
        <location filename="../../app/views/card_sections.py" line="71"/>
        <source>rejected</source>
        <translation>odrzucona</translation>
    </message>
    <message>
        <location filename="../../app/views/card_sections.py" line="59"/>
        <location filename="../../app/views/card_sections.py" line="74"/>
        <source>Closed</source>
        <translation>Zamknięta</translation>
    </message>
    <message>
        <location filename="../../app/views/card_sections.py" line="80"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../app/views/card_sections.py" line="81"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/views/card_sections.py" line="82"/>
        <source>Chat</source>
        <translation>Czat</translation>
    </message>
    <message>
        <location filename="../../app/views/card_sections.py" line="83"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../app/views/card_sections.py" line="84"/>
        <source>Branch</source>
        <translation>Oddział</translation>
    </message>
    <message>
        <location filename="../../app/views/card_sections.py" line="85"/>
        <source>Letter</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../app/views/card_sections.py" line="86"/>
        <source>Push</source>
        <translation>Push</translation>
    </message>
    <message>
        <location filename="../../app/views/card_sections.py" line="95"/>
        <source>Granted</source>
        <translation>Zgoda</translation>
    </message>
    <message>
        <location filename="../../app/views/card_sections.py" line="96"/>
        <source>Denied</source>
        <translation>Brak zgody</translation>
    </message>
    <message>
        <location filename="../../app/views/card_sections.py" line="105"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location filename="../../app/views/card_sections.py" line="105"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <location filename="../../app/views/card_view.py" line="30"/>
        <source>Customer card</source>
        <translation>Karta klienta</translation>
    </message>
    <message>
        <location filename="../../app/views/card_view.py" line="49"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../app/views/card_view.py" line="49"/>
        <location filename="../../app/views/card_view.py" line="54"/>
        <source>Opened</source>
        <translation>Otwarto</translation>
    </message>
    <message>
        <location filename="../../app/views/card_view.py" line="49"/>
        <location filename="../../app/views/card_view.py" line="54"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/card_view.py" line="51"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../app/views/card_view.py" line="51"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../../app/views/card_view.py" line="51"/>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <location filename="../../app/views/card_view.py" line="54"/>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location filename="../../app/views/card_view.py" line="57"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../app/views/card_view.py" line="57"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../../app/views/card_view.py" line="57"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../app/views/card_view.py" line="57"/>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../../app/views/card_view.py" line="60"/>
        <source>No consent recorded: do not contact.</source>
        <translation>Brak zarejestrowanych zgód: nie kontaktować się.</translation>
    </message>
    <message>
        <location filename="../../app/views/card_view.py" line="61"/>
        <source>No custom attributes.</source>
        <translation>Brak atrybutów dodatkowych.</translation>
    </message>
    <message>
        <location filename="../../app/views/card_view.py" line="62"/>
        <source>Recent contacts</source>
        <translation>Ostatnie kontakty</translation>
    </message>
    <message>
        <location filename="../../app/views/card_view.py" line="66"/>
        <source>Products</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <location filename="../../app/views/card_view.py" line="67"/>
        <source>Consents</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <location filename="../../app/views/card_view.py" line="68"/>
        <source>Monthly inflow / outflow</source>
        <translation>Wpływy i wydatki miesięcznie</translation>
    </message>
    <message>
        <location filename="../../app/views/card_view.py" line="69"/>
        <source>Recent transactions</source>
        <translation>Ostatnie transakcje</translation>
    </message>
    <message>
        <location filename="../../app/views/card_view.py" line="70"/>
        <source>Complaints</source>
        <translation>Reklamacje</translation>
    </message>
    <message>
        <location filename="../../app/views/card_view.py" line="71"/>
        <source>No complaints.</source>
        <translation>Brak reklamacji.</translation>
    </message>
    <message>
        <location filename="../../app/views/card_view.py" line="74"/>
        <source>Custom attributes</source>
        <translation>Atrybuty dodatkowe</translation>
    </message>
    <message>
        <location filename="../../app/views/card_view.py" line="111"/>
        <source>Search for a customer (Ctrl+F), or take a call to see the card.</source>
        <translation>Wyszukaj klienta (Ctrl+F) lub odbierz połączenie, aby zobaczyć kartę.</translation>
    </message>
    <message>
        <location filename="../../app/views/card_view.py" line="145"/>
        <source>Recent contacts (%1 in total)</source>
        <translation>Ostatnie kontakty (łącznie %1)</translation>
    </message>
</context>
<context>
    <name>CodesList</name>
    <message>
        <location filename="../../app/views/codes_list.py" line="18"/>
        <source>Wrap-up codes (Space to tick)</source>
        <translation>Kody zakończenia (Spacja zaznacza)</translation>
    </message>
</context>
<context>
    <name>FlowChart</name>
    <message>
        <location filename="../../app/views/flow_chart.py" line="34"/>
        <source>Monthly inflow and outflow, last 12 months</source>
        <translation>Wpływy i wydatki miesięcznie, ostatnie 12 miesięcy</translation>
    </message>
    <message>
        <location filename="../../app/views/flow_chart.py" line="42"/>
        <source>Amount (%1)</source>
        <translation>Kwota (%1)</translation>
    </message>
    <message>
        <location filename="../../app/views/flow_chart.py" line="56"/>
        <source>Inflow</source>
        <translation>Wpływy</translation>
    </message>
    <message>
        <location filename="../../app/views/flow_chart.py" line="56"/>
        <source>Outflow</source>
        <translation>Wydatki</translation>
    </message>
</context>
<context>
    <name>HandleClock</name>
    <message>
        <location filename="../../app/views/handle_clock.py" line="15"/>
        <source>Handle time</source>
        <translation>Czas obsługi</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../app/views/history_model.py" line="35"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../app/views/history_model.py" line="36"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../../app/views/history_model.py" line="37"/>
        <source>Direction</source>
        <translation>Kierunek</translation>
    </message>
    <message>
        <location filename="../../app/views/history_model.py" line="38"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../app/views/history_model.py" line="39"/>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../../app/views/history_model.py" line="40"/>
        <source>Codes</source>
        <translation>Kody</translation>
    </message>
    <message>
        <location filename="../../app/views/history_model.py" line="41"/>
        <source>Agent</source>
        <translation>Konsultant</translation>
    </message>
    <message>
        <location filename="../../app/views/history_model.py" line="47"/>
        <source>Inbound</source>
        <translation>Przychodzący</translation>
    </message>
    <message>
        <location filename="../../app/views/history_model.py" line="48"/>
        <source>Outbound</source>
        <translation>Wychodzący</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../app/views/history_view.py" line="42"/>
        <source>Contact history</source>
        <translation>Historia kontaktów</translation>
    </message>
    <message>
        <location filename="../../app/views/history_view.py" line="62"/>
        <source>Could not load: %1</source>
        <translation>Nie udało się wczytać: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/history_view.py" line="78"/>
        <source>Channel filter</source>
        <translation>Filtr kanału</translation>
    </message>
    <message>
        <location filename="../../app/views/history_view.py" line="79"/>
        <source>All channels</source>
        <translation>Wszystkie kanały</translation>
    </message>
    <message>
        <location filename="../../app/views/history_view.py" line="82"/>
        <source>From date</source>
        <translation>Od daty</translation>
    </message>
    <message>
        <location filename="../../app/views/history_view.py" line="83"/>
        <source>To date</source>
        <translation>Do daty</translation>
    </message>
    <message>
        <location filename="../../app/views/history_view.py" line="85"/>
        <source>Text in reason, outcome, notes, codes</source>
        <translation>Tekst w powodzie, wyniku, notatkach, kodach</translation>
    </message>
    <message>
        <location filename="../../app/views/history_view.py" line="86"/>
        <source>Text filter</source>
        <translation>Filtr tekstu</translation>
    </message>
    <message>
        <location filename="../../app/views/history_view.py" line="96"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../../app/views/history_view.py" line="97"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../app/views/history_view.py" line="98"/>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../../app/views/history_view.py" line="110"/>
        <source>any</source>
        <translation>dowolna</translation>
    </message>
    <message>
        <location filename="../../app/views/history_view.py" line="132"/>
        <source>, scroll for more</source>
        <translation>, przewiń, aby zobaczyć więcej</translation>
    </message>
    <message>
        <location filename="../../app/views/history_view.py" line="134"/>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/history_view.py" line="134"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontakty</numerusform>
            <numerusform>%n kontaktów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/views/main_window.py" line="66"/>
        <location filename="../../app/views/main_window.py" line="113"/>
        <source>aCRM Desk</source>
        <translation>aCRM Desk</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="83"/>
        <source>Wrap-up codes: %1</source>
        <translation>Kody zakończenia: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="103"/>
        <source>Card  Alt+1</source>
        <translation>Karta  Alt+1</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="104"/>
        <source>History  Alt+2</source>
        <translation>Historia  Alt+2</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="65"/>
        <source>Opening customer…</source>
        <translation>Otwieranie klienta…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="193"/>
        <source>Unsaved wrap-up: save it (Ctrl+Enter) or close again to discard it.</source>
        <translation>Niezapisane podsumowanie: zapisz je (Ctrl+Enter) albo zamknij ponownie, aby je odrzucić.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="257"/>
        <location filename="../../app/views/screen_pop.py" line="48"/>
        <source>Ready</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="282"/>
        <source>unknown caller</source>
        <translation>nieznany rozmówca</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="283"/>
        <source>Unsaved wrap-up for %1 is kept: save or discard it.</source>
        <translation>Niezapisane podsumowanie dla %1 zostało zachowane: zapisz je lub odrzuć.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="299"/>
        <source>Could not open the customer: %1</source>
        <translation>Nie udało się otworzyć klienta: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/screen_pop.py" line="24"/>
        <source>Incoming call %1…</source>
        <translation>Połączenie przychodzące %1…</translation>
    </message>
    <message>
        <location filename="../../app/views/screen_pop.py" line="58"/>
        <source>Identify the caller on the left: pick a match, create a customer, or log the call without one.</source>
        <translation>Zidentyfikuj rozmówcę po lewej: wybierz klienta z listy, utwórz nowego albo zapisz rozmowę bez klienta.</translation>
    </message>
    <message>
        <location filename="../../app/views/screen_pop.py" line="66"/>
        <source>No customer has this number.</source>
        <translation>Żaden klient nie ma tego numeru.</translation>
    </message>
    <message>
        <location filename="../../app/views/screen_pop.py" line="68"/>
        <source>Pick the caller.</source>
        <translation>Wybierz dzwoniącego.</translation>
    </message>
    <message>
        <location filename="../../app/views/screen_pop.py" line="71"/>
        <source>Incoming call %1</source>
        <translation>Połączenie przychodzące %1</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="308"/>
        <source>Contact saved</source>
        <translation>Kontakt zapisany</translation>
    </message>
</context>
<context>
    <name>NewCustomerForm</name>
    <message>
        <location filename="../../app/views/new_customer_form.py" line="40"/>
        <source>not given</source>
        <translation>nie podano</translation>
    </message>
    <message>
        <location filename="../../app/views/new_customer_form.py" line="42"/>
        <source>Create and open</source>
        <translation>Utwórz i otwórz</translation>
    </message>
    <message>
        <location filename="../../app/views/new_customer_form.py" line="53"/>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location filename="../../app/views/new_customer_form.py" line="54"/>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location filename="../../app/views/new_customer_form.py" line="55"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../app/views/new_customer_form.py" line="56"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/views/new_customer_form.py" line="57"/>
        <source>Birth date</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location filename="../../app/views/new_customer_form.py" line="58"/>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <location filename="../../app/views/new_customer_form.py" line="88"/>
        <source>Enter the first name.</source>
        <translation>Podaj imię.</translation>
    </message>
    <message>
        <location filename="../../app/views/new_customer_form.py" line="90"/>
        <source>Enter the last name.</source>
        <translation>Podaj nazwisko.</translation>
    </message>
    <message>
        <location filename="../../app/views/new_customer_form.py" line="119"/>
        <source>Not created: %1</source>
        <translation>Nie utworzono: %1</translation>
    </message>
</context>
<context>
    <name>NextBestActionPanel</name>
    <message>
        <location filename="../../app/views/nba_panel.py" line="12"/>
        <source>Next best action</source>
        <translation>Następna najlepsza akcja</translation>
    </message>
    <message>
        <location filename="../../app/views/nba_panel.py" line="16"/>
        <source>Offers and reminders chosen by the bank&apos;s rules will appear here, with the reason each one is shown or held back.</source>
        <translation>Tu pojawią się oferty i przypomnienia wybrane przez reguły banku, z uzasadnieniem, dlaczego każda jest pokazana lub wstrzymana.</translation>
    </message>
</context>
<context>
    <name>ProductNames</name>
    <message>
        <location filename="../../app/views/product_names.py" line="14"/>
        <source>Current account</source>
        <translation>Konto osobiste</translation>
    </message>
    <message>
        <location filename="../../app/views/product_names.py" line="15"/>
        <source>Savings account</source>
        <translation>Konto oszczędnościowe</translation>
    </message>
    <message>
        <location filename="../../app/views/product_names.py" line="16"/>
        <source>Credit card</source>
        <translation>Karta kredytowa</translation>
    </message>
    <message>
        <location filename="../../app/views/product_names.py" line="17"/>
        <source>Debit card</source>
        <translation>Karta debetowa</translation>
    </message>
    <message>
        <location filename="../../app/views/product_names.py" line="18"/>
        <source>Mortgage</source>
        <translation>Kredyt hipoteczny</translation>
    </message>
    <message>
        <location filename="../../app/views/product_names.py" line="19"/>
        <source>Cash loan</source>
        <translation>Kredyt gotówkowy</translation>
    </message>
    <message>
        <location filename="../../app/views/product_names.py" line="20"/>
        <source>Investment fund</source>
        <translation>Fundusz inwestycyjny</translation>
    </message>
    <message>
        <location filename="../../app/views/product_names.py" line="21"/>
        <source>Insurance</source>
        <translation>Ubezpieczenie</translation>
    </message>
    <message>
        <location filename="../../app/views/product_names.py" line="22"/>
        <source>Term deposit</source>
        <translation>Lokata terminowa</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../app/views/search_panel.py" line="67"/>
        <source>Search: name, phone, e-mail, customer no.  (Ctrl+F)</source>
        <translation>Szukaj: nazwisko, telefon, e-mail, nr klienta  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/views/search_panel.py" line="68"/>
        <source>Customer search</source>
        <translation>Wyszukiwanie klienta</translation>
    </message>
    <message>
        <location filename="../../app/views/search_panel.py" line="74"/>
        <source>Search results</source>
        <translation>Wyniki wyszukiwania</translation>
    </message>
    <message>
        <location filename="../../app/views/search_panel.py" line="77"/>
        <location filename="../../app/views/search_panel.py" line="105"/>
        <source>Type to search</source>
        <translation>Zacznij pisać, aby wyszukać</translation>
    </message>
    <message>
        <location filename="../../app/views/search_panel.py" line="91"/>
        <source>↓ into the list · Enter opens · Esc back to search</source>
        <translation>↓ do listy · Enter otwiera · Esc wraca do wyszukiwania</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/search_panel.py" line="119"/>
        <source>%n customer(s) found</source>
        <translation>
            <numerusform>Znaleziono %n klienta</numerusform>
            <numerusform>Znaleziono %n klientów</numerusform>
            <numerusform>Znaleziono %n klientów</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/search_panel.py" line="129"/>
        <source>Search failed: %1</source>
        <translation>Wyszukiwanie nie powiodło się: %1</translation>
    </message>
</context>
<context>
    <name>StartupScreen</name>
    <message>
        <location filename="../../app/views/desk_app.py" line="62"/>
        <source>aCRM Desk</source>
        <translation>aCRM Desk</translation>
    </message>
    <message>
        <location filename="../../app/views/desk_app.py" line="63"/>
        <source>Preparing demo data…</source>
        <translation>Przygotowywanie danych demonstracyjnych…</translation>
    </message>
    <message>
        <location filename="../../app/views/desk_app.py" line="66"/>
        <source>Opening the database. On the first run demo customers are created.</source>
        <translation>Otwieranie bazy danych. Przy pierwszym uruchomieniu tworzeni są klienci demonstracyjni.</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <location filename="../../app/views/status_strip.py" line="22"/>
        <source>Ready</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location filename="../../app/views/status_strip.py" line="24"/>
        <source>Desk state</source>
        <translation>Stan stanowiska</translation>
    </message>
    <message>
        <location filename="../../app/views/status_strip.py" line="25"/>
        <source>Database: %1</source>
        <translation>Baza: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/status_strip.py" line="26"/>
        <source>Agent: %1</source>
        <translation>Konsultant: %1</translation>
    </message>
</context>
<context>
    <name>WrapUpFields</name>
    <message>
        <location filename="../../app/views/wrapup_fields.py" line="34"/>
        <source>Wrap-up form</source>
        <translation>Formularz podsumowania</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup_fields.py" line="35"/>
        <source>Wrap-up</source>
        <translation>Podsumowanie kontaktu</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup_fields.py" line="52"/>
        <source>Why did the customer get in touch?</source>
        <translation>Dlaczego klient się skontaktował?</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup_fields.py" line="56"/>
        <source>Notes for the next consultant</source>
        <translation>Notatki dla kolejnego konsultanta</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup_fields.py" line="62"/>
        <source>Resolved</source>
        <translation>Rozwiązano</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup_fields.py" line="63"/>
        <source>Information given</source>
        <translation>Udzielono informacji</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup_fields.py" line="64"/>
        <source>Follow-up needed</source>
        <translation>Wymaga dalszych działań</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup_fields.py" line="65"/>
        <source>Escalated</source>
        <translation>Przekazano wyżej</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup_fields.py" line="66"/>
        <source>No answer</source>
        <translation>Brak odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup_fields.py" line="70"/>
        <source>Callback</source>
        <translation>Oddzwonienie</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup_fields.py" line="75"/>
        <source>Save  (Ctrl+Enter)</source>
        <translation>Zapisz  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup_fields.py" line="77"/>
        <source>Discard</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup_fields.py" line="85"/>
        <location filename="../../app/views/wrapup_fields.py" line="115"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup_fields.py" line="86"/>
        <source>Direction</source>
        <translation>Kierunek</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup_fields.py" line="87"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup_fields.py" line="88"/>
        <source>Wrap-up codes</source>
        <translation>Kody zakończenia</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup_fields.py" line="89"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup_fields.py" line="90"/>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup_fields.py" line="91"/>
        <source>Callback at</source>
        <translation>Oddzwonić o</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup_fields.py" line="153"/>
        <source>Open a customer or take a call to log a contact.</source>
        <translation>Otwórz klienta lub odbierz połączenie, aby zarejestrować kontakt.</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup_fields.py" line="155"/>
        <source>Unknown caller</source>
        <translation>Nieznany rozmówca</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup_fields.py" line="157"/>
        <source>caller %1</source>
        <translation>dzwoni %1</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup_fields.py" line="189"/>
        <source>Enter the reason for the contact.</source>
        <translation>Podaj powód kontaktu.</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup_fields.py" line="191"/>
        <source>Tick at least one wrap-up code.</source>
        <translation>Zaznacz co najmniej jeden kod zakończenia.</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup_fields.py" line="193"/>
        <source>Choose or type the outcome.</source>
        <translation>Wybierz lub wpisz wynik.</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup_fields.py" line="196"/>
        <source>The callback must be in the future.</source>
        <translation>Oddzwonienie musi być w przyszłości.</translation>
    </message>
</context>
<context>
    <name>WrapUpForm</name>
    <message>
        <location filename="../../app/views/wrapup_form.py" line="81"/>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup_form.py" line="120"/>
        <source>Saved: %1</source>
        <translation>Zapisano: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/wrapup_form.py" line="130"/>
        <source>Not saved — your text is kept. %1</source>
        <translation>Nie zapisano — wpisany tekst został zachowany. %1</translation>
    </message>
</context>
<context>
    <name>_Detail</name>
    <message>
        <location filename="../../app/views/history_view.py" line="151"/>
        <source>Selected contact</source>
        <translation>Wybrany kontakt</translation>
    </message>
    <message>
        <location filename="../../app/views/history_view.py" line="157"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../app/views/history_view.py" line="158"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../../app/views/history_view.py" line="159"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../app/views/history_view.py" line="160"/>
        <source>Agent</source>
        <translation>Konsultant</translation>
    </message>
    <message>
        <location filename="../../app/views/history_view.py" line="161"/>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <location filename="../../app/views/history_view.py" line="162"/>
        <source>Codes</source>
        <translation>Kody</translation>
    </message>
    <message>
        <location filename="../../app/views/history_view.py" line="163"/>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../../app/views/history_view.py" line="164"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location filename="../../app/views/history_view.py" line="185"/>
        <source>unknown</source>
        <translation>nieznany</translation>
    </message>
</context>
</TS>
