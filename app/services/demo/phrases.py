"""What demo contacts are about: reasons with fitting wrap-up codes, outcomes and notes (Polish)."""

from __future__ import annotations

from typing import NamedTuple


class Topic(NamedTuple):
    reason: str
    codes: tuple[str, ...]  # the first always applies, the others sometimes
    outcomes: tuple[str, ...]
    notes: tuple[str, ...]


TOPICS = (
    Topic(
        "Zapytanie o saldo i historię rachunku",
        ("INFO",),
        ("Udzielono informacji",),
        (
            "Klient zapytał o saldo i ostatnie operacje. Tożsamość zweryfikowana.",
            "Wyjaśniono pozycje na wyciągu z ostatniego miesiąca.",
            "Klient prosił o potwierdzenie wpływu wynagrodzenia.",
        ),
    ),
    Topic(
        "Zastrzeżenie karty",
        ("CARD_BLOCK", "FRAUD"),
        ("Karta zastrzeżona", "Zamówiono nową kartę"),
        (
            "Klient zgubił portfel, karta zastrzeżona, nowa karta wysłana pocztą.",
            "Podejrzana transakcja internetowa; karta zastrzeżona na prośbę klienta.",
            "Karta skradziona w komunikacji miejskiej, zgłoszenie przyjęte.",
        ),
    ),
    Topic(
        "Reklamacja transakcji kartowej",
        ("COMPLAINT", "TRANSFER"),
        ("Przekazano do działu reklamacji", "Reklamacja zarejestrowana"),
        (
            "Klient nie rozpoznaje transakcji w sklepie internetowym. Przyjęto reklamację.",
            "Podwójne obciążenie za zakupy na stacji paliw. Reklamacja przyjęta.",
            "Brak zwrotu za anulowaną rezerwację hotelu, klient dośle potwierdzenie.",
        ),
    ),
    Topic(
        "Oferta kredytu gotówkowego",
        ("OFFER_ACCEPTED", "CALLBACK"),
        ("Oferta przyjęta", "Klient się zastanowi", "Umówiono spotkanie w oddziale"),
        (
            "Przedstawiono ofertę kredytu gotówkowego, klient prosi o kontakt za tydzień.",
            "Klient zainteresowany, wysłano symulację rat na e-mail.",
            "Klient przyjął ofertę, wniosek złożony w bankowości internetowej.",
        ),
    ),
    Topic(
        "Propozycja lokaty terminowej",
        ("OFFER_REJECTED",),
        ("Oferta odrzucona", "Klient się zastanowi"),
        (
            "Klient nie jest zainteresowany lokatą, oszczędza na koncie oszczędnościowym.",
            "Oprocentowanie zbyt niskie w ocenie klienta.",
        ),
    ),
    Topic(
        "Zmiana limitu karty kredytowej",
        ("LIMIT_CHANGE", "INFO"),
        ("Limit zmieniony", "Wniosek przekazany do analizy"),
        (
            "Klient prosi o podwyższenie limitu przed wyjazdem wakacyjnym.",
            "Obniżono limit dzienny płatności internetowych na prośbę klienta.",
        ),
    ),
    Topic(
        "Aktywacja bankowości mobilnej",
        ("MOBILE_HELP",),
        ("Rozwiązano", "Klient oddzwoni"),
        (
            "Pomoc przy sparowaniu nowego telefonu z aplikacją.",
            "Klient nie otrzymywał kodów SMS, zaktualizowano numer telefonu.",
            "Odblokowano dostęp po trzech błędnych próbach logowania.",
        ),
    ),
    Topic(
        "Zmiana danych osobowych",
        ("DATA_CHANGE",),
        ("Dane zaktualizowane",),
        (
            "Zmiana adresu korespondencyjnego po przeprowadzce.",
            "Klientka zmieniła nazwisko po ślubie, zaktualizowano dane.",
            "Aktualizacja dowodu osobistego po upływie ważności.",
        ),
    ),
    Topic(
        "Przypomnienie o zaległej racie",
        ("PAYMENT_REMINDER", "CALLBACK"),
        ("Klient zobowiązał się do spłaty", "Brak kontaktu"),
        (
            "Rata kredytu opóźniona o 5 dni, klient wpłaci do piątku.",
            "Klient wskazał chwilowe problemy z płynnością, umówiono ponowny kontakt.",
        ),
    ),
    Topic(
        "Nieudana próba kontaktu",
        ("NO_ANSWER",),
        ("Brak kontaktu",),
        ("Klient nie odebrał, zostawiono wiadomość.", "Numer zajęty, ponowić kontakt jutro."),
    ),
    Topic(
        "Pytanie o ubezpieczenie",
        ("INFO", "TRANSFER"),
        ("Udzielono informacji", "Przekazano do partnera ubezpieczeniowego"),
        (
            "Klient pyta o zakres ubezpieczenia podróżnego do karty.",
            "Zgłoszenie szkody przekazane do ubezpieczyciela.",
        ),
    ),
)
# How often each channel is used, and the direction it usually has.
CHANNELS = (
    ("phone", 52, "inbound"),
    ("email", 15, "inbound"),
    ("chat", 13, "inbound"),
    ("sms", 9, "outbound"),
    ("branch", 9, "inbound"),
    ("letter", 2, "outbound"),
)
CONSENT_SOURCES = ("wniosek o konto", "bankowość internetowa", "infolinia", "oddział")
