"""`acrm customer show`: the same card as the service, as JSON or text; unknown ids exit 2."""

from __future__ import annotations

import argparse
import importlib
import json
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from app.cli import customer_cmds
from app.services.customers.card import CustomerCardService, card_to_json
from app.services.errors import NotFound
from tests.factories import (
    add_contacts,
    add_product,
    add_transactions,
    make_customer,
    seed_wrapup_codes,
)

AS_OF = datetime(2026, 3, 15, 12, 0, tzinfo=UTC)


def run(argv: list[str]) -> int:
    """Parse like `acrm` does (global --db, then the sub-command) and call the handler."""
    parser = argparse.ArgumentParser(prog="acrm")
    parser.add_argument("--db")
    customer_cmds.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return args.handler(args)


@pytest.fixture
def customer(sqlite_db):
    seed_wrapup_codes(sqlite_db)
    cid = make_customer(
        sqlite_db,
        external_id="C-42",
        birth_date=date(1990, 3, 15),
        emails=("lukasz@example.pl",),
        attributes={"vip": True},
    )
    add_transactions(
        sqlite_db,
        cid,
        [
            (datetime(2026, 3, 1, tzinfo=UTC), Decimal("12345.67"), "salary"),
            (datetime(2026, 3, 2, tzinfo=UTC), Decimal("-0.01"), "fee"),
        ],
    )
    add_contacts(sqlite_db, cid, 3, start=datetime(2026, 2, 1, tzinfo=UTC), codes=("INFO",))
    return cid


def test_json_output_is_the_service_card(sqlite_db, customer, capsys):
    code = run(
        ["--db", sqlite_db.url, "customer", "show", "c-42", "--json", "--at", AS_OF.isoformat()]
    )
    assert code == 0
    printed = json.loads(capsys.readouterr().out)
    expected = card_to_json(CustomerCardService(sqlite_db).load(customer, as_of=AS_OF))
    assert printed == expected
    assert printed["identity"]["is_birthday"] is True
    assert printed["recent_transactions"][0]["amount"] == "-0.01"
    assert printed["monthly_flows"][-1]["inflow"] == "12345.67"
    assert printed["contact_count"] == 3


def test_json_by_uuid_and_naive_date_taken_as_utc(sqlite_db, customer, capsys):
    run(["--db", sqlite_db.url, "customer", "show", str(customer), "--json", "--at", "2026-03-15"])
    printed = json.loads(capsys.readouterr().out)
    assert printed["as_of"] == "2026-03-15T00:00:00+00:00"
    assert printed["identity"]["external_id"] == "C-42"


def test_text_output_is_readable(sqlite_db, customer, capsys):
    assert run(["--db", sqlite_db.url, "customer", "show", "C-42", "--at", "2026-03-15"]) == 0
    out = capsys.readouterr().out
    assert "Łukasz Wójcik  [C-42]" in out
    assert "birthday today" in out
    assert "+48 601 234 567" in out
    assert "12 345,67 PLN" in out
    assert "-0,01 PLN" in out
    assert "Recent contacts (3 in total)" in out
    assert "vip: yes" in out


def test_unknown_id_raises_not_found(sqlite_db, customer):
    with pytest.raises(NotFound, match="NOPE"):
        run(["--db", sqlite_db.url, "customer", "show", "NOPE"])


def test_bad_moment_is_a_usage_error(sqlite_db, customer, capsys):
    with pytest.raises(SystemExit) as exit_info:
        run(["--db", sqlite_db.url, "customer", "show", "C-42", "--at", "yesterday"])
    assert exit_info.value.code == 2
    assert "'yesterday' is not an ISO date" in capsys.readouterr().err


def _full_cli_available() -> bool:
    """The real `acrm` parser imports every command module; some are written by others."""
    from app.cli import COMMAND_MODULES

    try:
        for name in COMMAND_MODULES:
            importlib.import_module(name)
    except ImportError:
        return False
    return True


@pytest.mark.skipif(not _full_cli_available(), reason="other acrm command modules not there yet")
def test_through_acrm_main_unknown_id_exits_2(sqlite_db, customer, capsys):
    from app.cli import main

    assert main(["--db", sqlite_db.url, "customer", "show", "NOPE"]) == 2
    assert "no customer with external id or UUID 'NOPE'" in capsys.readouterr().err
    assert main(["--db", sqlite_db.url, "customer", "show", "C-42", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["identity"]["external_id"] == "C-42"


def test_closed_pipe_ends_quietly(sqlite_db) -> None:
    """`acrm customer show ID --json | head -1` must not print a traceback."""
    import subprocess
    import sys

    from tests import factories

    factories.make_customer(sqlite_db, external_id="PIPE1")
    script = (
        "import sys; from app.cli import main; "
        f"sys.exit(main(['--db', {str(sqlite_db.url)!r}, 'customer', 'show', 'PIPE1', '--json']))"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert child.stdout is not None
    # The reader goes away before anything is written (a card is smaller than a pipe buffer).
    child.stdout.close()
    _, err = child.communicate(timeout=60)
    assert b"Traceback" not in err, err.decode()
    assert child.returncode == 141


def test_products_show_masked_number_and_balance(sqlite_db, customer, capsys):
    add_product(sqlite_db, customer, "credit_card", datetime(2024, 5, 1, tzinfo=UTC),
                number_last4="4821", balance=Decimal("-12345.67"))  # fmt: skip
    assert run(["--db", sqlite_db.url, "customer", "show", "C-42", "--at", "2026-03-15"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("credit_card"))
    assert "**** 4821" in line and "-12 345,67 PLN" in line
    run(["--db", sqlite_db.url, "customer", "show", "C-42", "--json", "--at", "2026-03-15"])
    product = json.loads(capsys.readouterr().out)["products"][0]
    assert (product["number_last4"], product["balance"]) == ("4821", "-12345.67")
