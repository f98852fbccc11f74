"""Identity verification rules: the checklist's outcome and the [verification] settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.models.enums import Verification
from app.services import config
from app.services.contacts.verification import Answer, Checklist, check_recorded
from app.services.errors import AcrmError, ValidationError
from app.services.verification_settings import (
    DEFAULT_QUESTIONS,
    VerificationSettings,
    verification_settings,
)

THREE = VerificationSettings(questions=("date_of_birth", "postcode", "Ulubiony kolor"), required=2)


def test_a_fresh_checklist_is_not_verified_and_keeps_everything_hidden() -> None:
    checklist = Checklist.fresh(THREE, "phone")
    assert checklist.answers == (Answer.NOT_ASKED,) * 3
    assert checklist.status is Verification.NOT_VERIFIED
    assert not checklist.unlocked
    assert checklist.recorded() == ("not_verified", ())


def test_the_required_number_of_passes_verifies_the_caller() -> None:
    one = Checklist.fresh(THREE).with_answer(0, Answer.PASSED)
    assert one.status is Verification.NOT_VERIFIED and not one.unlocked
    two = one.with_answer(2, Answer.PASSED)
    assert two.status is Verification.VERIFIED and two.unlocked
    # Custom questions are recorded as written; the caller's answers never are.
    assert two.recorded() == ("verified", ("date_of_birth", "Ulubiony kolor"))


def test_one_wrong_answer_fails_even_with_enough_passes() -> None:
    checklist = Checklist.fresh(THREE)
    for index, answer in enumerate((Answer.PASSED, Answer.PASSED, Answer.FAILED)):
        checklist = checklist.with_answer(index, answer)
    assert checklist.status is Verification.FAILED and not checklist.unlocked
    assert checklist.recorded() == ("failed", ("date_of_birth", "postcode"))


def test_space_steps_not_asked_passed_failed_and_back() -> None:
    checklist = Checklist.fresh(THREE)
    seen = []
    for _ in range(3):
        checklist = checklist.stepped(1)
        seen.append(checklist.answers[1])
    assert seen == [Answer.PASSED, Answer.FAILED, Answer.NOT_ASKED]


@pytest.mark.parametrize("channel", ["email", "letter", "branch", "chat", "sms"])
def test_contacts_that_are_not_calls_need_no_verification(channel: str) -> None:
    checklist = Checklist.fresh(THREE, channel)
    assert checklist.status is Verification.NOT_NEEDED and checklist.unlocked
    assert checklist.recorded() == ("not_needed", ())
    # Back to a call (the consultant corrected the channel): the check is needed again.
    assert checklist.for_channel("phone").status is Verification.NOT_VERIFIED


def test_switched_off_the_desk_asks_nothing_and_records_nothing() -> None:
    settings = verification_settings({"verification": {"enabled": False}}, "c.toml")
    checklist = Checklist.fresh(settings, "phone")
    assert checklist.unlocked and checklist.recorded() == (None, ())


def test_default_settings_are_a_polish_banks_questions() -> None:
    settings = verification_settings({}, "config.toml")
    assert settings.questions == DEFAULT_QUESTIONS
    assert settings.required == 2
    assert "pesel_last4" in settings.questions


def test_custom_questions_and_required_are_read(tmp_path: Path) -> None:
    raw = {"verification": {"questions": [" Hasło telefoniczne ", "postcode"], "required": 1}}
    settings = verification_settings(raw, tmp_path / "c.toml")
    assert settings == VerificationSettings(("Hasło telefoniczne", "postcode"), 1)


@pytest.mark.parametrize(
    ("section", "message"),
    [
        ({"questions": "date_of_birth"}, r"\[verification\] questions must be a non-empty list"),
        ({"questions": []}, r"\[verification\] questions must be a non-empty list"),
        ({"questions": ["postcode", 7]}, r"\[verification\] questions item 2 is not a text"),
        ({"questions": ["postcode", "  "]}, r"questions item 2 is not a text"),
        ({"questions": ["Postcode", "postcode"]}, r"questions item 2 repeats 'postcode'"),
        ({"questions": ["x" * 61]}, r"questions item 1 is longer than 60 characters"),
        ({"questions": [f"q{i}" for i in range(11)]}, r"questions: at most 10, got 11"),
        ({"required": "two"}, r"\[verification\] required 'two' is not a whole number"),
        ({"required": True}, r"required True is not a whole number"),
        ({"required": 0}, r"required 0 must be between 1 and the number of questions \(4\)"),
        ({"questions": ["postcode"], "required": 2}, r"between 1 and the number of questions"),
        ({"require": 2}, r"\[verification\] has no setting 'require'"),
        ({"enabled": "no"}, r"\[verification\] enabled 'no' is not true or false"),
    ],
)
def test_bad_settings_name_the_file_and_the_setting(section: dict, message: str) -> None:
    with pytest.raises(AcrmError, match=r"^/etc/acrm\.toml: .*" + message):
        verification_settings({"verification": section}, "/etc/acrm.toml")


def test_the_settings_file_reaches_the_resolved_settings(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "acrm.toml"
    path.write_text('[verification]\nquestions = ["postcode", "card_last4"]\nrequired = 1\n')
    monkeypatch.setenv(config.CONFIG_ENV, str(path))
    assert config.resolve_settings().verification == VerificationSettings(
        ("postcode", "card_last4"), 1
    )
    path.write_text("[verification]\nrequired = 9\n")
    with pytest.raises(AcrmError, match=rf"^{path}: \[verification\] required 9"):
        config.resolve_settings()


@pytest.mark.parametrize(
    ("verification", "verified_with", "field"),
    [
        ("trusted_me", (), "verification"),
        ("verified", (), "verified_with"),
        ("not_needed", ("postcode",), "verified_with"),
        (None, ("postcode",), "verified_with"),
        ("failed", ("",), "verified_with"),
        ("verified", ("x" * 61,), "verified_with"),
    ],
)
def test_a_contact_cannot_record_an_impossible_verification(
    verification: str | None, verified_with: tuple[str, ...], field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        check_recorded(verification, verified_with)
    assert caught.value.field == field


def test_what_a_contact_may_record() -> None:
    for verification, verified_with in [
        (None, ()),
        ("verified", ("date_of_birth", "Hasło")),
        ("failed", ()),
        ("not_verified", ("postcode",)),
        ("not_needed", ()),
    ]:
        check_recorded(verification, verified_with)
