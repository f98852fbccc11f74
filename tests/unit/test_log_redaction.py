"""Every shape of secret is hidden in log lines; ordinary text is left as it was."""

from __future__ import annotations

import logging

import pytest

from app.services.logs.redaction import HIDDEN, RedactingFilter, redact, remember_secret

SECRET = "Sz4rlotka-99"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("postgresql://u:p4ss@h/db", "postgresql://u:***@h/db"),
        (f"connect postgresql+psycopg://anna:{SECRET}@db.bank:5432/acrm?sslmode=require failed",
         "connect postgresql+psycopg://anna:***@db.bank:5432/acrm?sslmode=require failed"),
        ("https://hook:t0k3n%2F1@hooks.bank/x", "https://hook:***@hooks.bank/x"),
        (f"host=db password={SECRET} user=anna", "host=db password=*** user=anna"),
        (f"password = '{SECRET}' and more", "password = '***' and more"),
        (f"{{'password': '{SECRET}', 'user': 'x'}}", "{'password': '***', 'user': 'x'}"),
        (f'{{"password": "{SECRET}"}}', '{"password": "***"}'),
        (f"postgresql://db/acrm?sslpassword={SECRET}&sslmode=require",
         "postgresql://db/acrm?sslpassword=***&sslmode=require"),
        (f"https://hooks.bank/x?api_key={SECRET}&y=2", "https://hooks.bank/x?api_key=***&y=2"),
        (f"access_token={SECRET}", "access_token=***"),
        (f"Authorization: Bearer {SECRET}", "Authorization: ***"),
        (f"headers={{'Authorization': 'Basic {SECRET}'}}", "headers={'Authorization': '***'}"),
        (f"sent Bearer {SECRET} to the hook", "sent Bearer *** to the hook"),
        (f"ALTER ROLE \"anna\" PASSWORD '{SECRET}'", "ALTER ROLE \"anna\" PASSWORD '***'"),
        ("CREATE ROLE x LOGIN PASSWORD 'SCRAM-SHA-256$4096:c2FsdA==$a:b' IN ROLE agent",
         "CREATE ROLE x LOGIN PASSWORD '***' IN ROLE agent"),
    ],
)  # fmt: skip
def test_secret_shapes_are_hidden(line: str, expected: str) -> None:
    assert redact(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "sqlite:////home/anna/.local/share/acrm-desk/acrm.sqlite3",
        "postgresql://anna@db.bank.local:5432/acrm",
        'password authentication failed for user "anna"',
        "sync: server unreachable (timeout); working on the local cache",
        "customer 5f0c…: 12:30:00 callback",
        "the password must have at least 12 characters",
    ],
)
def test_ordinary_lines_are_left_alone(line: str) -> None:
    assert redact(line) == line


def test_a_remembered_password_is_hidden_in_any_form() -> None:
    odd = "pl@in s3cret/ąę"
    remember_secret(odd)
    encoded = "pl%40in%20s3cret%2F%C4%85%C4%99"
    line = redact(f"raw {odd} url {encoded} plus {encoded.replace('%20', '+')}")
    assert odd not in line and "%40in" not in line
    assert line.count(HIDDEN) == 3


def test_short_values_are_not_remembered() -> None:
    remember_secret("abc")  # would hide the letters "abc" in every word
    assert redact("abcdef") == "abcdef"


def test_the_filter_redacts_message_arguments_and_traceback() -> None:
    remember_secret(SECRET)
    record = None
    try:
        raise ValueError(f"cannot connect to postgresql://anna:{SECRET}@db/acrm")
    except ValueError:
        import sys

        record = logging.LogRecord("app.x", logging.ERROR, __file__, 1, "login %s with %r",
                                   ("anna", {"password": SECRET}), sys.exc_info())  # fmt: skip
    assert RedactingFilter().filter(record)
    text = logging.Formatter("%(message)s").format(record)
    assert SECRET not in text
    assert "login anna with {'password': '***'}" in text
    assert "ValueError: cannot connect to postgresql://anna:***@db/acrm" in text
    assert record.args is None and record.exc_info is None


def test_a_record_whose_arguments_do_not_fit_keeps_its_template_only() -> None:
    record = logging.LogRecord("app.x", logging.INFO, __file__, 1, "%d rows", (SECRET,), None)
    RedactingFilter().filter(record)
    assert SECRET not in record.getMessage()
