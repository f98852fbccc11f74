"""The [verification] settings: which identity questions the desk asks and how many must pass."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.services.errors import AcrmError
from app.services.settings_section import checked_section

# What a Polish bank's phone script asks: the desk names these in the viewer's language.
# Anything else in the settings is a custom question, shown exactly as written there.
KNOWN_QUESTIONS = (
    "date_of_birth",
    "pesel_last4",  # the last four digits of the PESEL number
    "postcode",
    "mothers_maiden_name",
    "card_last4",
    "recent_transaction",
    "account_last4",
)
DEFAULT_QUESTIONS = ("date_of_birth", "pesel_last4", "postcode", "mothers_maiden_name")
DEFAULT_REQUIRED = 2
MAX_QUESTIONS = 10  # a checklist, not a questionnaire; the server takes lists of up to 20
MAX_LABEL = 60  # characters of a custom question
SETTINGS_KEYS = ("enabled", "questions", "required")


@dataclass(frozen=True)
class VerificationSettings:
    """The [verification] section: which questions the checklist asks, how many must pass."""

    questions: tuple[str, ...] = DEFAULT_QUESTIONS
    required: int = DEFAULT_REQUIRED
    # False: the desk asks nothing and shows everything (e.g. the bank's IVR identifies callers
    # before they reach a consultant); contacts then record no verification at all.
    enabled: bool = True


def verification_settings(config: dict, path: Path | str) -> VerificationSettings:
    """The [verification] section, checked; a bad value names the file, the key and the rule."""
    where = f"{path}: [verification]"
    section = checked_section(config, "verification", SETTINGS_KEYS, path)
    enabled = section.get("enabled", True)
    if not isinstance(enabled, bool):
        raise AcrmError(f"{where} enabled {enabled!r} is not true or false")
    questions = _questions(section.get("questions", list(DEFAULT_QUESTIONS)), where)
    required = section.get("required", min(DEFAULT_REQUIRED, len(questions)))
    if isinstance(required, bool) or not isinstance(required, int):
        raise AcrmError(f"{where} required {required!r} is not a whole number")
    if not 1 <= required <= len(questions):
        raise AcrmError(
            f"{where} required {required} must be between 1 and the number of questions "
            f"({len(questions)})"
        )
    return VerificationSettings(questions=questions, required=required, enabled=enabled)


def _questions(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise AcrmError(f"{where} questions must be a non-empty list of texts, not {value!r}")
    if len(value) > MAX_QUESTIONS:
        raise AcrmError(f"{where} questions: at most {MAX_QUESTIONS}, got {len(value)}")
    seen: set[str] = set()
    for number, question in enumerate(value, start=1):
        if not isinstance(question, str) or not question.strip():
            raise AcrmError(f"{where} questions item {number} is not a text: {question!r}")
        if len(question.strip()) > MAX_LABEL:
            raise AcrmError(
                f"{where} questions item {number} is longer than {MAX_LABEL} characters"
            )
        if question.strip().casefold() in seen:
            raise AcrmError(f"{where} questions item {number} repeats {question.strip()!r}")
        seen.add(question.strip().casefold())
    return tuple(question.strip() for question in value)
