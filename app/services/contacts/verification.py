"""Identity verification of a caller: the configured questions, their answers, and the outcome."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from app.models.enums import Channel, Verification
from app.services.errors import ValidationError
from app.services.verification_settings import MAX_LABEL, MAX_QUESTIONS, VerificationSettings

# Only a call needs the caller identified before accounts are discussed, inbound or outbound
# (whoever answers a call the bank made may not be the customer). An e-mail or letter is
# answered to the address the bank holds, a branch checks an identity document at the counter,
# and chat and SMS reach the customer inside the authenticated banking app: for those the
# contact records "not_needed" and the card shows everything at once.
CHANNELS_TO_VERIFY = frozenset({Channel.PHONE.value})


class Answer(StrEnum):
    """What the consultant ticked for one question (the caller's answer itself is never kept)."""

    NOT_ASKED = "not_asked"
    PASSED = "passed"
    FAILED = "failed"


# Space on a question steps through these, in this order.
_NEXT = {Answer.NOT_ASKED: Answer.PASSED, Answer.PASSED: Answer.FAILED,
         Answer.FAILED: Answer.NOT_ASKED}  # fmt: skip


def needs_verification(channel: str) -> bool:
    return channel in CHANNELS_TO_VERIFY


@dataclass(frozen=True)
class Checklist:
    """One contact's checklist: immutable, each tick gives a new one."""

    settings: VerificationSettings
    answers: tuple[Answer, ...]
    needed: bool = True

    @classmethod
    def fresh(cls, settings: VerificationSettings, channel: str = "phone") -> Checklist:
        """Nothing asked yet (a new call, a new customer)."""
        answers = (Answer.NOT_ASKED,) * len(settings.questions)
        return cls(settings, answers, needs_verification(channel))

    def for_channel(self, channel: str) -> Checklist:
        return replace(self, needed=needs_verification(channel))

    def with_answer(self, index: int, answer: Answer) -> Checklist:
        answers = list(self.answers)
        answers[index] = Answer(answer)
        return replace(self, answers=tuple(answers))

    def stepped(self, index: int) -> Checklist:
        """Space: not asked → passed → failed → not asked."""
        return self.with_answer(index, _NEXT[self.answers[index]])

    @property
    def passed(self) -> tuple[str, ...]:
        """The questions that passed, as configured (what the contact records)."""
        pairs = zip(self.settings.questions, self.answers, strict=True)
        return tuple(question for question, answer in pairs if answer is Answer.PASSED)

    @property
    def status(self) -> Verification:
        """A wrong answer fails the check outright (a fraudster guesses; the bank's script
        stops at the first wrong answer); otherwise `required` passes verify the caller."""
        if not self.needed:
            return Verification.NOT_NEEDED
        if Answer.FAILED in self.answers:
            return Verification.FAILED
        if len(self.passed) >= self.settings.required:
            return Verification.VERIFIED
        return Verification.NOT_VERIFIED

    @property
    def unlocked(self) -> bool:
        """Balances and offers may be shown."""
        if not self.settings.enabled:
            return True
        return self.status in (Verification.VERIFIED, Verification.NOT_NEEDED)

    def recorded(self) -> tuple[str | None, tuple[str, ...]]:
        """(code, questions passed) as the contact stores them; (None, ()) when switched off."""
        if not self.settings.enabled:
            return None, ()
        status = self.status
        return status.value, () if status is Verification.NOT_NEEDED else self.passed


def check_recorded(verification: str | None, verified_with: Sequence[str]) -> None:
    """Raise ValidationError for a verification a contact may not carry (None: not recorded)."""
    if verification is None:
        if verified_with:
            raise ValidationError("verified_with", "questions without a verification outcome")
        return
    values = [member.value for member in Verification]
    if verification not in values:
        raise ValidationError("verification", f"{verification!r} is not one of {', '.join(values)}")
    if len(verified_with) > MAX_QUESTIONS:
        raise ValidationError("verified_with", f"at most {MAX_QUESTIONS} questions")
    for question in verified_with:
        if not isinstance(question, str) or not question.strip() or len(question) > MAX_LABEL:
            raise ValidationError("verified_with", f"not a question: {question!r}")
    if verification == Verification.VERIFIED and not verified_with:
        raise ValidationError("verified_with", "a verified caller passed at least one question")
    if verification == Verification.NOT_NEEDED and verified_with:
        raise ValidationError("verified_with", "no questions when no verification was needed")
