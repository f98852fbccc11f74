"""Under a C/POSIX system locale the desk uses its [desk] language, never bare C formats."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Runs in a child process: the system locale is read once, when Qt starts.
PROBE = """
import json, sys
from datetime import date
from decimal import Decimal
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from app.views.common import formatting
from app.views.common.i18n import install_locale
from app.views.customer.flow_chart import FlowChart

app = QApplication([])
language = sys.argv[1]
if language:
    from app.services.config import DeskSettings
    install_locale(app, DeskSettings(language=language))
else:
    install_locale(app)
locale = QLocale()
chart = FlowChart(locale)
print(json.dumps({
    "system": QLocale.system().name(),
    "locale": locale.name(),
    "day": formatting.day(date(1986, 12, 5), locale),
    "money": formatting.money(Decimal("9138.62"), "PLN", locale),
    "axis": chart.plot.getPlotItem().getAxis("left").labelText,
}))
"""


def probe(language: str = "", **env: str) -> dict:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    clean.pop("ACRM_LOCALE", None)
    clean.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), **env)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, language],
        env=clean,
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("system", ["C", "POSIX", "C.UTF-8"])
def test_c_locale_gives_the_polish_default(system: str) -> None:
    seen = probe(LANG=system, LC_ALL=system)
    assert seen["system"] == "C"
    assert seen["locale"] == "pl_PL"
    assert seen["day"] == "5.12.1986"
    assert seen["money"] == "9\u00a0138,62\u00a0zł"
    assert seen["axis"] == "Kwota (zł)"


def test_c_locale_with_russian_configured() -> None:
    seen = probe("ru_RU", LANG="C", LC_ALL="C")
    assert seen["locale"] == "ru_RU"
    assert seen["day"] == "05.12.1986"
    assert seen["money"] == "9\u00a0138,62\u00a0PLN"  # złoty by ISO code on a Russian desk


def test_acrm_locale_still_overrides() -> None:
    seen = probe(LANG="C", LC_ALL="C", ACRM_LOCALE="ru_RU")
    assert seen["locale"] == "ru_RU"


def test_c_locale_with_english_configured() -> None:
    """English as written in Poland: the amounts stay złoty, never dollars."""
    seen = probe("en", LANG="C", LC_ALL="C")
    assert seen["locale"] == "en_PL"
    assert seen["axis"] == "Amount (PLN)"
    assert "PLN" in seen["money"] and "$" not in seen["money"]
    assert seen["day"] != "5 12 1986"
