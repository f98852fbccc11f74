"""Word lists for the demo data: Polish names, places, merchants, contact-centre vocabulary."""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _items(text: str) -> tuple[str, ...]:
    """'|'-separated items (they may hold spaces), over as many lines as needed."""
    return tuple(item.strip() for item in text.split("|") if item.strip())


MALE_FIRST = _words(
    """
    Adam Andrzej Antoni Artur Bartłomiej Bogdan Cezary Damian Dariusz Dawid Edward Filip
    Grzegorz Henryk Hubert Igor Jacek Jakub Jan Janusz Jarosław Jerzy Józef Kacper Kamil Karol
    Krystian Krzysztof Leszek Łukasz Maciej Marcin Marek Mariusz Mateusz Michał Mikołaj Mirosław
    Norbert Oskar Patryk Paweł Piotr Przemysław Radosław Rafał Robert Ryszard Sebastian Sławomir
    Stanisław Szymon Tadeusz Tomasz Wiesław Witold Wojciech Zbigniew Zdzisław Żelisław
    """
)
FEMALE_FIRST = _words(
    """
    Agata Agnieszka Aleksandra Alicja Aneta Anna Barbara Beata Bożena Danuta Dominika Dorota
    Edyta Elżbieta Ewa Ewelina Gabriela Grażyna Halina Hanna Helena Irena Iwona Izabela Jadwiga
    Joanna Jolanta Julia Justyna Kamila Karolina Katarzyna Kinga Krystyna Łucja Magdalena
    Małgorzata Maria Marta Monika Natalia Olga Paulina Renata Sylwia Teresa Urszula Wanda
    Weronika Wiesława Zofia Zuzanna Żaneta Żaklina
    """
)
# Masculine forms; feminine_surname() derives the feminine ones (Kowalski -> Kowalska).
SURNAMES = _words(
    """
    Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak
    Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski
    Pawłowski Michalski Nowicki Adamczyk Dudek Zając Wieczorek Jabłoński Król Majewski Olszewski
    Jaworski Wróbel Malinowski Pawlak Witkowski Walczak Stępień Górski Rutkowski Michalak Sikora
    Ostrowski Baran Duda Szewczyk Tomaszewski Pietrzak Marciniak Wróblewski Zalewski Jakubowski
    Jasiński Zawadzki Sadowski Bąk Chmielewski Włodarczyk Borkowski Czarnecki Sawicki Sokołowski
    Urbański Kubiak Maciejewski Szczepański Kucharski Wilk Kalinowski Lis Mazurek Wysocki
    Adamski Kaźmierczak Wasilewski Sobczak Czerwiński Andrzejewski Cieślak Głowacki Zakrzewski
    Kołodziej Sikorski Krajewski Gajewski Szymczak Szczęsny Wesoły Łuczak Żak Śliwiński Żurawski
    Brzęczyszczykiewicz Gołębiowski Ćwikliński Mroczny Biały Nowotny
    """
)
_ADJECTIVAL = ("ski", "cki", "dzki", "ny", "ły", "wy", "ty", "ry")


def feminine_surname(surname: str) -> str:
    """The feminine form: adjectival surnames change their ending, nouns stay as they are."""
    if surname.endswith(_ADJECTIVAL):
        return surname[:-1] + "a"
    return surname


# (city, weight): big cities get more customers.
CITIES = (
    ("Warszawa", 18),
    ("Kraków", 8),
    ("Łódź", 6),
    ("Wrocław", 6),
    ("Poznań", 5),
    ("Gdańsk", 5),
    ("Szczecin", 4),
    ("Bydgoszcz", 3),
    ("Lublin", 3),
    ("Białystok", 3),
    ("Katowice", 3),
    ("Gdynia", 2),
    ("Częstochowa", 2),
    ("Radom", 2),
    ("Toruń", 2),
    ("Kielce", 2),
    ("Rzeszów", 2),
    ("Gliwice", 2),
    ("Olsztyn", 2),
    ("Bielsko-Biała", 2),
    ("Zielona Góra", 1),
    ("Opole", 1),
    ("Elbląg", 1),
    ("Płock", 1),
    ("Wałbrzych", 1),
    ("Włocławek", 1),
    ("Tarnów", 1),
    ("Chorzów", 1),
    ("Koszalin", 1),
    ("Kalisz", 1),
    ("Legnica", 1),
    ("Grudziądz", 1),
    ("Słupsk", 1),
    ("Nowy Sącz", 1),
    ("Jelenia Góra", 1),
    ("Siedlce", 1),
    ("Piotrków Trybunalski", 1),
    ("Ostrów Wielkopolski", 1),
    ("Suwałki", 1),
    ("Gniezno", 1),
    ("Zamość", 1),
    ("Przemyśl", 1),
    ("Łomża", 1),
    ("Żory", 1),
    ("Świnoujście", 1),
    ("Ruda Śląska", 1),
    ("Gorzów Wielkopolski", 1),
    ("Zakopane", 1),
)
STREETS = _items(
    """
    Długa | Krótka | Kwiatowa | Leśna | Słoneczna | Polna | Lipowa | Ogrodowa | Marszałkowska |
    Mickiewicza | Słowackiego | Kościuszki | Piłsudskiego | Żeromskiego | Sienkiewicza |
    Świętokrzyska | Źródlana | Wiejska | Łąkowa | Brzozowa | Jaśminowa | Główna | Szkolna |
    Kolejowa | Różana | Wrzosowa | 3 Maja | Grunwaldzka | Jagiellońska | Chopina | Reymonta |
    Żwirki i Wigury | Krakowskie Przedmieście
    """
)
EMAIL_DOMAINS = _words(
    """
    gmail.com wp.pl onet.pl o2.pl interia.pl op.pl poczta.fm
    """
)
# Polish mobile ranges (+48 5xx/6xx/7xx/8xx).
MOBILE_PREFIXES = _words(
    """
    500 501 502 503 504 505 506 507 508 509 510 511 512 513 514 515 516 517 518 519 530 531 532
    533 534 535 536 537 538 539 570 571 572 573 574 575 576 577 578 579 600 601 602 603 604 605
    606 607 608 609 660 661 662 663 664 665 666 667 668 669 690 691 692 693 694 695 696 697 698
    699 720 721 722 723 724 725 726 727 728 729 730 731 732 733 734 735 736 737 738 739 780 781
    782 783 784 785 786 787 788 789 790 791 792 793 794 795 796 797 798 799 880 881 882 883 884
    885 886 887 888 889
    """
)
LANGUAGES = (("pl", 90), ("en", 3), ("uk", 4), ("de", 1), ("ru", 2))
EMPLOYERS = _items(
    """
    PKN ORLEN S.A. | PZU S.A. | Poczta Polska S.A. | Urząd Miasta | Szpital Wojewódzki |
    Jeronimo Martins Polska | LPP S.A. | Comarch S.A. | Budimex S.A. | Szkoła Podstawowa |
    KGHM Polska Miedź | Allegro.pl sp. z o.o. | PKP Intercity | Uniwersytet Warszawski
    """
)
MERCHANTS = _items(
    """
    BIEDRONKA | LIDL | ŻABKA | ORLEN | ROSSMANN | CARREFOUR | AUCHAN | KAUFLAND | ALLEGRO |
    EMPIK | MEDIA EXPERT | CCC | RESERVED | IKEA | APTEKA DOZ | LEROY MERLIN | CASTORAMA | PEPCO |
    DEICHMANN | MCDONALDS | KFC | STARBUCKS | CIRCLE K | SHELL | BOLT | UBER | PKP INTERCITY |
    JAKDOJADE | NETFLIX | SPOTIFY
    """
)
BILLS = (
    ("Opłata za prąd PGE", 9000, 30000),
    ("Opłata za gaz PGNiG", 5000, 25000),
    ("Czynsz - spółdzielnia mieszkaniowa", 40000, 110000),
    ("Abonament Orange", 4000, 12000),
    ("Abonament Play", 3000, 9000),
    ("Internet UPC", 5000, 10000),
    ("Ubezpieczenie OC - PZU", 40000, 150000),
)
LARGE_INFLOWS = (
    "Zwrot podatku - Urząd Skarbowy",
    "Przelew przychodzący - sprzedaż samochodu",
    "Przelew przychodzący - darowizna",
    "Premia roczna",
    "Przelew przychodzący - spadek",
    "Wypłata z lokaty",
)
SEGMENTS = (("mass", 68), ("affluent", 14), ("private", 3), ("youth", 9), ("sme", 6))
COMPLAINT_SUBJECTS = (
    "Nieautoryzowana transakcja kartą",
    "Opłata za prowadzenie konta",
    "Błędnie naliczone odsetki",
    "Opóźnienie realizacji przelewu",
    "Zablokowana karta za granicą",
    "Jakość obsługi w oddziale",
    "Nieprawidłowa prowizja za wypłatę z bankomatu",
    "Brak zwrotu środków za anulowaną transakcję",
    "Problem z logowaniem do bankowości mobilnej",
    "Rozbieżność w harmonogramie spłat kredytu",
)
# (code, label, label_ru, label_en): the demo bank writes its catalogue in Polish and gives
# the other languages its desks are shown in (the label_<lang> columns of wrapup_codes.csv).
WRAPUP_CODES = (
    ("INFO", "Udzielono informacji", "Предоставлена информация", "Information given"),
    ("CARD_BLOCK", "Zastrzeżenie karty", "Блокировка карты", "Card blocked"),
    ("COMPLAINT", "Przyjęto reklamację", "Принята жалоба", "Complaint registered"),
    ("OFFER_ACCEPTED", "Oferta przyjęta", "Предложение принято", "Offer accepted"),
    ("OFFER_REJECTED", "Oferta odrzucona", "Предложение отклонено", "Offer declined"),
    ("CALLBACK", "Umówiono oddzwonienie", "Назначен обратный звонок", "Callback arranged"),
    ("DATA_CHANGE", "Zmiana danych klienta", "Изменение данных клиента", "Customer data changed"),
    ("LIMIT_CHANGE", "Zmiana limitu", "Изменение лимита", "Limit changed"),
    (
        "MOBILE_HELP",
        "Pomoc w bankowości mobilnej",
        "Помощь с мобильным банком",
        "Mobile banking help",
    ),
    ("FRAUD", "Podejrzenie oszustwa", "Подозрение на мошенничество", "Suspected fraud"),
    (
        "PAYMENT_REMINDER",
        "Przypomnienie o płatności",
        "Напоминание о платеже",
        "Payment reminder",
    ),
    ("NO_ANSWER", "Brak kontaktu z klientem", "Клиент не ответил", "Customer not reached"),
    ("TRANSFER", "Przekazano do innego działu", "Передано в другой отдел", "Transferred"),
)
AGENTS = _words(
    """
    a.nowak k.wisniewska m.zielinski p.wojcik j.kaminska t.lewandowski e.szymanska r.dabrowski
    m.kozlowska l.jankowski z.mazur b.krawczyk
    """
)
