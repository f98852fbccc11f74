"""Translator and default locale for the desktop (resources/translations/acrm_<locale>.qm)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.paths import resources_dir
from app.services.config import DeskSettings
from app.views.common.formatting import app_locale

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = resources_dir() / "translations"


class DeskTranslator(QTranslator):
    """Our texts, then Qt's own (qtbase_<locale>.qm: "Cancel", "OK" of the standard dialog
    buttons, the line edits' context menus), so one install and one removal cover both."""

    def __init__(self, parent: QCoreApplication) -> None:
        super().__init__(parent)
        self.qt = QTranslator(self)

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        text = super().translate(context, source, disambiguation, n)
        # None, not "": Qt takes an empty string as a translation and stops looking.
        return text or self.qt.translate(context, source, disambiguation, n) or None


def install_locale(app: QCoreApplication, desk: DeskSettings | None = None) -> QTranslator | None:
    """Make the chosen locale (see app_locale) the default and install its translation if one
    was compiled."""
    locale = app_locale(desk)
    QLocale.setDefault(locale)
    translator = DeskTranslator(app)
    if not translator.load(locale, "acrm", "_", str(TRANSLATIONS_DIR)):
        return None
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.qt.load(locale, "qtbase", "_", qt_dir):
        log.info("no Qt translation for %s in %s", locale.name(), qt_dir)
    app.installTranslator(translator)
    log.info("loaded translation for %s", locale.name())
    return translator
