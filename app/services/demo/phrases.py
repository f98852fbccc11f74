"""What demo contacts are about: reasons with fitting wrap-up codes, outcomes and notes (Polish)."""

from __future__ import annotations

from typing import NamedTuple

from app.models.enums import ContactOutcome

# Outcomes are codes, as the desk stores them: every desk shows them in its viewer's language
# (a Polish text here read "Udzielono informacji" on a Russian desk too).
DONE, INFO = ContactOutcome.RESOLVED.value, ContactOutcome.INFORMATION_GIVEN.value
LATER, UP = ContactOutcome.FOLLOW_UP_NEEDED.value, ContactOutcome.ESCALATED.value
NOBODY = ContactOutcome.NO_ANSWER.value


class Topic(NamedTuple):
    reason: str
    codes: tuple[str, ...]  # the first always applies, the others sometimes
    outcomes: tuple[str, ...]  # ContactOutcome codes
    notes: tuple[str, ...]


TOPICS = (
    Topic(
        "Zapytanie o saldo i historię rachunku",
        ("INFO",),
        (INFO,),
        (
            "Klient zapytał o saldo i ostatnie operacje. Tożsamość zweryfikowana.",
            "Wyjaśniono pozycje na wyciągu z ostatniego miesiąca.",
            "Klient prosił o potwierdzenie wpływu wynagrodzenia.",
        ),
    ),
    Topic(
        "Zastrzeżenie karty",
        ("CARD_BLOCK", "FRAUD"),
        (DONE, DONE),  # card blocked; new card ordered
        (
            "Klient zgubił portfel, karta zastrzeżona, nowa karta wysłana pocztą.",
            "Podejrzana transakcja internetowa; karta zastrzeżona na prośbę klienta.",
            "Karta skradziona w komunikacji miejskiej, zgłoszenie przyjęte.",
        ),
    ),
    Topic(
        "Reklamacja transakcji kartowej",
        ("COMPLAINT", "TRANSFER"),
        (UP, LATER),  # to the complaints team; complaint registered
        (
            "Klient nie rozpoznaje transakcji w sklepie internetowym. Przyjęto reklamację.",
            "Podwójne obciążenie za zakupy na stacji paliw. Reklamacja przyjęta.",
            "Brak zwrotu za anulowaną rezerwację hotelu, klient dośle potwierdzenie.",
        ),
    ),
    Topic(
        "Oferta kredytu gotówkowego",
        ("OFFER_ACCEPTED", "CALLBACK"),
        (DONE, LATER, LATER),  # accepted; will think; meeting in a branch
        (
            "Przedstawiono ofertę kredytu gotówkowego, klient prosi o kontakt za tydzień.",
            "Klient zainteresowany, wysłano symulację rat na e-mail.",
            "Klient przyjął ofertę, wniosek złożony w bankowości internetowej.",
        ),
    ),
    Topic(
        "Propozycja lokaty terminowej",
        ("OFFER_REJECTED",),
        (DONE, LATER),  # declined; will think
        (
            "Klient nie jest zainteresowany lokatą, oszczędza na koncie oszczędnościowym.",
            "Oprocentowanie zbyt niskie w ocenie klienta.",
        ),
    ),
    Topic(
        "Zmiana limitu karty kredytowej",
        ("LIMIT_CHANGE", "INFO"),
        (DONE, UP),  # limit changed; application sent for review
        (
            "Klient prosi o podwyższenie limitu przed wyjazdem wakacyjnym.",
            "Obniżono limit dzienny płatności internetowych na prośbę klienta.",
        ),
    ),
    Topic(
        "Aktywacja bankowości mobilnej",
        ("MOBILE_HELP",),
        (DONE, LATER),  # solved; the customer calls back
        (
            "Pomoc przy sparowaniu nowego telefonu z aplikacją.",
            "Klient nie otrzymywał kodów SMS, zaktualizowano numer telefonu.",
            "Odblokowano dostęp po trzech błędnych próbach logowania.",
        ),
    ),
    Topic(
        "Zmiana danych osobowych",
        ("DATA_CHANGE",),
        (DONE,),
        (
            "Zmiana adresu korespondencyjnego po przeprowadzce.",
            "Klientka zmieniła nazwisko po ślubie, zaktualizowano dane.",
            "Aktualizacja dowodu osobistego po upływie ważności.",
        ),
    ),
    Topic(
        "Przypomnienie o zaległej racie",
        ("PAYMENT_REMINDER", "CALLBACK"),
        (LATER, NOBODY),  # promised to pay; not reached
        (
            "Rata kredytu opóźniona o 5 dni, klient wpłaci do piątku.",
            "Klient wskazał chwilowe problemy z płynnością, umówiono ponowny kontakt.",
        ),
    ),
    Topic(
        "Nieudana próba kontaktu",
        ("NO_ANSWER",),
        (NOBODY,),
        ("Klient nie odebrał, zostawiono wiadomość.", "Numer zajęty, ponowić kontakt jutro."),
    ),
    Topic(
        "Pytanie o ubezpieczenie",
        ("INFO", "TRANSFER"),
        (INFO, UP),  # to the insurer
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
