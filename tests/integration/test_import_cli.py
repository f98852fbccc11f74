"""`acrm import` and `acrm demo` end to end through app.cli.main, with exit codes."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import main
from app.cli.data_cmds import ProgressPrinter
from app.models import Customer, Transaction
from app.services.importer import ImportProgress
from app.services.storage.db import Database
from tests.integration.import_helpers import CUSTOMERS, table_counts, write


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.sqlite3'}"


def test_import_prints_counts_and_exits_0(db_url, tmp_path, capsys) -> None:
    write(tmp_path / "in", "customers.csv", CUSTOMERS)
    assert main(["--db", db_url, "import", str(tmp_path / "in")]) == 0
    out = capsys.readouterr().out
    assert "customers.csv" in out and "2 inserted" in out
    assert main(["--db", db_url, "import", str(tmp_path / "in")]) == 0
    assert "2 unchanged" in capsys.readouterr().out


def test_bad_input_exits_2_with_the_message_and_writes_nothing(db_url, tmp_path, capsys) -> None:
    write(tmp_path / "in", "customers.csv", CUSTOMERS + "C3,Jan,Nowak,1985-13-01,,,,,,,,,\n")
    assert main(["--db", db_url, "import", str(tmp_path / "in")]) == 2
    err = capsys.readouterr().err
    assert (
        "acrm: error: customers.csv, line 4, column 'birth_date': not an ISO date: '1985-13-01'"
        in err
    )
    db = Database(db_url)
    try:
        assert table_counts(db)["customers"] == 0
    finally:
        db.dispose()


def test_tz_option_applies_to_naive_times(db_url, tmp_path) -> None:
    write(tmp_path / "in", "customers.csv", CUSTOMERS)
    write(
        tmp_path / "in", "transactions.csv", "customer_id,booked_at,amount\nC1,2024-01-15T12:00,1\n"
    )
    assert main(["--db", db_url, "import", str(tmp_path / "in"), "--tz", "Europe/Warsaw"]) == 0
    db = Database(db_url)
    try:
        with db.reading() as session:
            booked = session.execute(select(Transaction.booked_at)).scalar_one()
    finally:
        db.dispose()
    assert booked == datetime(2024, 1, 15, 11, 0, tzinfo=UTC)


def test_unknown_zone_is_a_usage_error(db_url, tmp_path, capsys) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--db", db_url, "import", str(tmp_path), "--tz", "Mars/Olympus"])
    assert caught.value.code == 2
    assert "unknown time zone 'Mars/Olympus'" in capsys.readouterr().err


def test_demo_out_writes_the_same_files_each_time(tmp_path, capsys) -> None:
    args = ["demo", "--customers", "30", "--seed", "5", "--as-of", "2026-03-01", "--out"]
    assert main([*args, str(tmp_path / "a")]) == 0
    assert main([*args, str(tmp_path / "b")]) == 0
    assert "customers.csv: 30 rows" in capsys.readouterr().out
    for name in ("customers.csv", "transactions.csv", "contacts.csv", "wrapup_codes.csv"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_demo_imports_into_the_database(db_url, capsys) -> None:
    assert main(["--db", db_url, "demo", "--customers", "25", "--seed", "3"]) == 0
    assert "25 inserted" in capsys.readouterr().out
    db = Database(db_url)
    try:
        with db.reading() as session:
            assert len(session.execute(select(Customer.id)).all()) == 25
    finally:
        db.dispose()


class FakeTerminal:
    """A stderr stand-in that says whether it is a terminal and records what was written."""

    def __init__(self, tty: bool) -> None:
        self.tty, self.text = tty, ""

    def isatty(self) -> bool:
        return self.tty

    def write(self, text: str) -> None:
        self.text += text

    def flush(self) -> None:
        pass


def test_progress_lines_in_a_log_are_throttled(monkeypatch) -> None:
    clock = iter([0.0, 0.5, 2.5, 3.0, 5.0])
    monkeypatch.setattr("app.cli.data_cmds.time.monotonic", lambda: next(clock))
    stream = FakeTerminal(tty=False)
    printer = ProgressPrinter(stream)  # created at t=0
    for done in (10, 20, 30, 40):  # at 0.5, 2.5, 3.0, 5.0
        printer(ImportProgress("contacts.csv", done, 100))
    assert stream.text.splitlines() == [
        "contacts.csv: 20 of ~100 rows",
        "contacts.csv: 40 of ~100 rows",
    ]


def test_progress_on_a_terminal_redraws_one_line() -> None:
    stream = FakeTerminal(tty=True)
    printer = ProgressPrinter(stream)
    printer.last_shown = -10.0
    printer(ImportProgress("transactions.csv", 5, 5))
    printer.close()
    assert stream.text.startswith("\rtransactions.csv: 5 of ~5 rows")
    assert "\n" not in stream.text and stream.text.endswith("\r")
