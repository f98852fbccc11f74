"""The Polish translation loads for ACRM_LOCALE=pl_PL, including plural forms."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from app.views.common.i18n import install_locale
from app.views.common.product_names import product_name


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


def test_every_visible_text_has_a_polish_translation(tmp_path) -> None:
    """Run lupdate on a copy: a tr() text added without a Polish translation fails here."""
    import shutil
    import subprocess
    import sys
    import xml.etree.ElementTree as ET
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    copy = tmp_path / "acrm_pl_PL.ts"
    shutil.copyfile(root / "resources/translations/acrm_pl_PL.ts", copy)
    sources = sorted(str(p) for p in (root / "app/views").rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(copy)], check=True, capture_output=True)
    missing = [
        message.findtext("source")
        for message in ET.parse(copy).getroot().iter("message")
        if message.find("translation").get("type")
        == "unfinished"  # vanished/obsolete are kept apart
    ]
    assert missing == [], (
        f"add Polish translations (see resources/translations/README.md): {missing}"
    )
