"""The floor's words: agents' names, teams, queue reasons and scripts, the campaign (pl, ru).

Like the rule pack's texts these are the bank's own content, so the demo writes them in the
desk's language (Polish unless the desk is Russian); names of people stay Polish.
"""

from __future__ import annotations

AGENT_NAMES = {
    "a.nowak": "Anna Nowak",
    "k.wisniewska": "Katarzyna Wiśniewska",
    "m.zielinski": "Marek Zieliński",
    "p.wojcik": "Piotr Wójcik",
    "j.kaminska": "Joanna Kamińska",
    "t.lewandowski": "Tomasz Lewandowski",
    "e.szymanska": "Ewa Szymańska",
    "r.dabrowski": "Robert Dąbrowski",
    "m.kozlowska": "Magdalena Kozłowska",
    "l.jankowski": "Łukasz Jankowski",
    "z.mazur": "Zofia Mazur",
    "b.krawczyk": "Barbara Krawczyk",
}
# The second team's lead (the first team's is the signed-in login).
SECOND_LEAD = "e.szymanska"

TEXTS: dict[str, dict[str, object]] = {
    "pl": {
        "teams": ("Zespół Północ", "Zespół Południe"),
        "campaign": "Lokata sezonowa — jesień",
        "campaign_reason": "Kampania: lokata sezonowa",
        "campaign_script": (
            "Dzień dobry, dzwonię z banku z ofertą lokaty sezonowej: wyższe oprocentowanie "
            "na 6 miesięcy dla środków wniesionych do końca miesiąca."
        ),
        "callbacks": (
            ("Oddzwonić: klient prosił o kontakt po południu", "Klient czeka na decyzję."),
            ("Oddzwonić w sprawie reklamacji transakcji", "Przekazać status reklamacji."),
            ("Oddzwonić: pytania o kartę kredytową", "Przypomnieć warunki oferty karty."),
            ("Oddzwonić: dokumenty do kredytu", "Potwierdzić, czy dokumenty dotarły."),
            ("Oddzwonić: zmiana limitu karty", "Zweryfikować tożsamość przed zmianą."),
        ),
        "follow_ups": (
            ("kyc_review_due", "update_kyc_details", "Aktualizacja danych klienta (KYC)",
             "Poprosić o potwierdzenie adresu i dokumentu tożsamości."),
            ("consent_refresh", "refresh_marketing_consent", "Odnowienie zgód marketingowych",
             "Zapytać, czy klient chce otrzymywać oferty telefonicznie i e-mailem."),
            ("retention_inflows_stopped", "offer_retention_package",
             "Wpływy ustały: rozmowa utrzymaniowa",
             "Zapytać o powód i zaproponować pakiet utrzymaniowy."),
        ),
    },
    "ru": {
        "teams": ("Команда «Север»", "Команда «Юг»"),
        "campaign": "Сезонный вклад — осень",
        "campaign_reason": "Кампания: сезонный вклад",
        "campaign_script": (
            "Здравствуйте, звоню из банка с предложением сезонного вклада: повышенная ставка "
            "на 6 месяцев для средств, внесённых до конца месяца."
        ),
        "callbacks": (
            ("Перезвонить: клиент просил связаться после обеда", "Клиент ждёт решения."),
            ("Перезвонить по претензии к операции", "Сообщить статус претензии."),
            ("Перезвонить: вопросы о кредитной карте", "Напомнить условия предложения."),
            ("Перезвонить: документы для кредита", "Уточнить, дошли ли документы."),
            ("Перезвонить: изменение лимита карты", "Проверить личность перед изменением."),
        ),
        "follow_ups": (
            ("kyc_review_due", "update_kyc_details", "Обновление данных клиента (KYC)",
             "Попросить подтвердить адрес и документ, удостоверяющий личность."),
            ("consent_refresh", "refresh_marketing_consent", "Обновление согласий на рекламу",
             "Спросить, хочет ли клиент получать предложения по телефону и e-mail."),
            ("retention_inflows_stopped", "offer_retention_package",
             "Поступления прекратились: удерживающий звонок",
             "Узнать причину и предложить удерживающий пакет."),
        ),
    },
}  # fmt: skip


def texts(language: str) -> dict[str, object]:
    """The floor's texts in `language`, Polish when the demo has none in it."""
    return TEXTS.get(language, TEXTS["pl"])
