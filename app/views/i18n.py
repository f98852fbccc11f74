"""Translator and default locale for the desktop (resources/translations/acrm_<locale>.qm)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from app.views.formatting import app_locale

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"


def install_locale(app: QCoreApplication) -> QLocale:
    """Make the chosen locale the default and load its translation if one was compiled."""
    locale = app_locale()
    QLocale.setDefault(locale)
    translator = QTranslator(app)
    if translator.load(locale, "acrm", "_", str(TRANSLATIONS_DIR)):
        app.installTranslator(translator)
        log.info("loaded translation for %s", locale.name())
    return locale


def tr(context: str, text: str) -> str:
    """Translate outside a QObject (e.g. in table models' static headers)."""
    return QCoreApplication.translate(context, text)
