"""Identity-verification codes and default questions as labels in the viewer's language."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

# Literal contexts and texts, so pyside6-lupdate can collect them.
translate = QCoreApplication.translate


def question_label(question: str) -> str:
    """A default question (app.services.contacts.verification.KNOWN_QUESTIONS) by its label;
    a custom question from the settings is shown exactly as written there."""
    names = {
        "date_of_birth": translate("Verification", "Date of birth"),
        "pesel_last4": translate("Verification", "Last 4 digits of PESEL"),
        "postcode": translate("Verification", "Postcode"),
        "mothers_maiden_name": translate("Verification", "Mother's maiden name"),
        "card_last4": translate("Verification", "Last 4 digits of the card"),
        "recent_transaction": translate("Verification", "A recent transaction"),
        "account_last4": translate("Verification", "Last 4 digits of the account"),
    }
    return names.get(question, question)


def answer_name(answer: str) -> str:
    names = {
        "not_asked": translate("Verification", "not asked"),
        "passed": translate("Verification", "passed"),
        "failed": translate("Verification", "failed"),
    }
    return names.get(answer, answer)


def verification_name(code: str | None) -> str:
    """A contact's verification code as a label; "" when the contact recorded none."""
    names = {
        "verified": translate("Verification", "Verified"),
        "failed": translate("Verification", "Verification failed"),
        "not_verified": translate("Verification", "Not verified"),
        "not_needed": translate("Verification", "Not needed"),
    }
    return "" if code is None else names.get(code, code)


def verification_text(code: str | None, questions: Sequence[str]) -> str:
    """E.g. "Verified (Date of birth, Postcode)"; "" when nothing was recorded."""
    name = verification_name(code)
    if not name or not questions:
        return name
    return f"{name} ({', '.join(question_label(q) for q in questions)})"
