"""The Polish translation loads for ACRM_LOCALE=pl_PL, including plural forms."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from app.views.i18n import install_locale
from app.views.product_names import product_name


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
