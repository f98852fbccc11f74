"""Which language texts from the data are shown in, and picking a label for it.

The desk's own strings are translated by Qt; texts the business writes (wrap-up code names,
the demo's rule pack) come from the data. Both follow the same choice of language: the one
the desk is shown in (ACRM_LOCALE, else the [desk] language the file sets, else the system's).
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from app.services.config import DEFAULT_LANGUAGE, DeskSettings

LOCALE_ENV = "ACRM_LOCALE"
# Languages the business may give texts in (the desk's own languages).
DATA_LANGUAGES = ("pl", "ru", "en")
Labels = tuple[tuple[str, str], ...]  # (language, text) pairs: immutable, for the DTOs


def language_of(locale_name: str) -> str:
    """A locale's language code: "ru_RU" -> "ru", "en_PL" -> "en", "pl" -> "pl"."""
    return locale_name.strip().replace("-", "_").split("_", 1)[0].split(".", 1)[0].lower()


def desk_language(desk: DeskSettings | None = None) -> str:
    """The language the desk shows (the view layer's app_locale, without Qt): for code that
    must choose data texts before a window exists, such as seeding the demo's rule pack."""
    desk = desk or DeskSettings()
    forced = "" if desk.locked else os.environ.get(LOCALE_ENV, "").strip()
    if forced:
        return language_of(forced)
    if not desk.configured:
        # What Qt's system locale reads on Unix; C/POSIX says nothing, as in app_locale.
        for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
            value = os.environ.get(name, "").strip()
            if value:
                if language_of(value) not in ("c", "posix"):
                    return language_of(value)
                break
    return language_of(desk.language or DEFAULT_LANGUAGE)


def clean_labels(raw: object) -> Labels:
    """The stored per-language labels as sorted pairs; anything that is not a non-empty text
    under a language code is left out (the desk falls back rather than fails)."""
    if not isinstance(raw, Mapping):
        return ()
    pairs = (
        (str(language).lower(), text.strip())
        for language, text in raw.items()
        if isinstance(language, str) and isinstance(text, str) and text.strip()
    )
    return tuple(sorted(pairs))


def pick_label(labels: Labels, language: str, label: str | None, code: str) -> str:
    """The label in `language`, else the default `label`, else the code itself."""
    wanted = language_of(language)
    for lang, text in labels:
        if lang == wanted:
            return text
    return label or code
