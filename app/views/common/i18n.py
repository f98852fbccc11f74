"""Translator and default locale for the desktop (resources/translations/acrm_<locale>.qm)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from app.paths import resources_dir
from app.services.config import DeskSettings
from app.views.common.formatting import app_locale

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = resources_dir() / "translations"


def install_locale(app: QCoreApplication, desk: DeskSettings | None = None) -> QTranslator | None:
    """Make the chosen locale (see app_locale) the default and install its translation if one
    was compiled."""
    locale = app_locale(desk)
    QLocale.setDefault(locale)
    translator = QTranslator(app)
    if not translator.load(locale, "acrm", "_", str(TRANSLATIONS_DIR)):
        return None
    app.installTranslator(translator)
    log.info("loaded translation for %s", locale.name())
    return translator
