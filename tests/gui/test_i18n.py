"""The Polish and Russian translations load for ACRM_LOCALE, including plural forms."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from app.views.common.i18n import install_locale
from app.views.common.labels import product_name

# What a translation must keep: placeholders, shortcuts and an accelerator (any letter).
KEYS = re.compile(r"%[0-9nvm]|Ctrl\+(?:Shift\+)?(?:Space|Enter|[A-Z])\b|Alt\+\d|\bF\d+\b|&\w")


def test_polish_translation_and_plurals(qapp, monkeypatch) -> None:
    previous = QLocale()
    monkeypatch.setenv("ACRM_LOCALE", "pl_PL")
    translator = install_locale(qapp)
    try:
        assert translator is not None, "resources/translations/acrm_pl_PL.qm is missing"
        assert QLocale().name() == "pl_PL"
        assert QCoreApplication.translate("WrapUpFields", "Reason") == "Powód"
        found = "%n customer(s) found"
        assert QCoreApplication.translate("SearchPanel", found, "", 1) == "Znaleziono 1 klienta"
        assert QCoreApplication.translate("SearchPanel", found, "", 5) == "Znaleziono 5 klientów"
        assert QCoreApplication.translate("CardHeader", "%n years", "", 3) == "3 lata"
        assert product_name("credit_card") == "Karta kredytowa"
    finally:
        if translator is not None:
            qapp.removeTranslator(translator)
        QLocale.setDefault(previous)


def test_no_translation_for_a_locale_without_one(qapp, monkeypatch) -> None:
    previous = QLocale()
    monkeypatch.setenv("ACRM_LOCALE", "de_DE")  # no acrm_de.qm
    try:
        assert install_locale(qapp) is None
        assert QCoreApplication.translate("WrapUpFields", "Reason") == "Reason"
    finally:
        QLocale.setDefault(previous)


def test_english_plurals(qapp, monkeypatch) -> None:
    previous = QLocale()
    monkeypatch.setenv("ACRM_LOCALE", "en_GB")
    translator = install_locale(qapp)
    try:
        assert translator is not None
        found = "%n customer(s) found"
        assert QCoreApplication.translate("SearchPanel", found, "", 1) == "1 customer found"
        assert QCoreApplication.translate("SearchPanel", found, "", 3) == "3 customers found"
        assert QCoreApplication.translate("WrapUpFields", "Reason") == "Reason"
    finally:
        if translator is not None:
            qapp.removeTranslator(translator)
        QLocale.setDefault(previous)


def test_product_codes_read_as_names(qapp) -> None:
    assert product_name("term_deposit") == "Term deposit"
    # A bank's own code still reads as text rather than as an identifier.
    assert product_name("leasing_auto") == "Leasing auto"
    assert product_name("ROR Plus") == "ROR Plus"


@pytest.mark.parametrize("language", ["pl_PL", "ru_RU"])
def test_every_visible_text_is_translated(tmp_path, language: str) -> None:
    """Run lupdate on a copy: a tr() text added without a translation fails here, and so does a
    plural text missing one of the language's forms or a placeholder, key or accelerator."""
    import shutil
    import subprocess
    import sys
    import xml.etree.ElementTree as ET
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    copy = tmp_path / f"acrm_{language}.ts"
    shutil.copyfile(root / f"resources/translations/acrm_{language}.ts", copy)
    sources = sorted(str(p) for p in (root / "app/views").rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(copy)], check=True, capture_output=True)
    missing, incomplete = [], []
    for message in ET.parse(copy).getroot().iter("message"):
        source, translation = message.findtext("source"), message.find("translation")
        if translation.get("type") in ("vanished", "obsolete"):
            continue  # kept apart: no longer in the code
        forms = [f.text or "" for f in translation.iter("numerusform")]
        if message.get("numerus") != "yes":
            forms = [translation.text or ""]
        if translation.get("type") == "unfinished" or not all(forms):
            missing.append(source)
            continue
        # Polish and Russian both have three plural forms (one, few, many).
        marks = sorted(KEYS.findall(source))
        for form in forms if len(forms) == (3 if message.get("numerus") == "yes" else 1) else []:
            found = sorted(KEYS.findall(form))
            if [m[:1] if m.startswith("&") else m for m in found] != [
                m[:1] if m.startswith("&") else m for m in marks
            ]:
                incomplete.append((source, form))
        if message.get("numerus") == "yes" and len(forms) != 3:
            incomplete.append((source, forms))
    readme = "see resources/translations/README.md"
    assert missing == [], f"add {language} translations ({readme}): {missing}"
    assert incomplete == [], f"{language}: forms, placeholders or keys differ: {incomplete}"


def test_russian_translation_and_plurals(qapp, monkeypatch) -> None:
    from tests.gui.conftest import desk_in

    with desk_in(qapp, monkeypatch, "ru_RU"):
        assert QLocale().name() == "ru_RU"
        assert QCoreApplication.translate("WrapUpFields", "Reason") == "Причина"
        found = "%n customer(s) found"
        expected = {
            1: "Найден 1 клиент",
            3: "Найдено 3 клиента",
            5: "Найдено 5 клиентов",
            11: "Найдено 11 клиентов",
            21: "Найден 21 клиент",
            22: "Найдено 22 клиента",
        }
        for count, text in expected.items():
            assert QCoreApplication.translate("SearchPanel", found, "", count) == text
        assert QCoreApplication.translate("CardHeader", "%n years", "", 44) == "44 года"
        assert QCoreApplication.translate("CardHeader", "%n years", "", 45) == "45 лет"
        assert product_name("credit_card") == "Кредитная карта"


def test_labels_for_codes_read_in_polish(qapp, monkeypatch) -> None:
    """One module names the codes; its Polish texts came along from the tables it replaced."""
    from app.views.common import labels
    from tests.gui.conftest import desk_in

    with desk_in(qapp, monkeypatch, "pl_PL"):
        assert labels.channel_name("phone") == "Telefon"
        assert labels.direction_name("inbound") == "Przychodzący"
        assert labels.decline_reason_name("too_expensive") == "Za drogo"
        assert labels.offer_outcome_name("accepted") == "Przyjęta"
        assert labels.offer_outcome_choice("declined") == "Odrzuć"
        assert labels.delivery_status_name("failed") == "Nie dostarczono"
        assert labels.entity_name("offer_presentation") == "Pokazana oferta"
        assert labels.table_name("contact_wrapups") == "podsumowania"
        assert labels.rule_kind_name("automatic") == "automatyczna"
        assert labels.queue_kind_name("callback") == "Oddzwonienie"
        assert labels.entitlement_text("card_fee_waiver", "31.05.2027") == (
            "Zwolnienie z opłaty za kartę do 31.05.2027"
        )
    assert labels.channel_name("pigeon") == "pigeon"  # an unknown code still shows


@pytest.mark.parametrize(("language", "cancel"), [("pl_PL", "Anuluj"), ("ru_RU", "Отмена")])
def test_standard_dialog_buttons_are_translated(qapp, monkeypatch, language, cancel) -> None:
    """Qt's own texts ("Cancel" in the password prompt) follow the desk's language."""
    from PySide6.QtWidgets import QDialogButtonBox

    from tests.gui.conftest import desk_in

    with desk_in(qapp, monkeypatch, language):
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
