"""`acrm desk --smoke`: starts, opens one customer, exits 0 once the card is painted."""

from __future__ import annotations

from app.cli import main
from tests import factories as f


def test_smoke_opens_a_customer_and_exits_zero(qapp, sqlite_db, capsys) -> None:
    f.seed_wrapup_codes(sqlite_db)
    f.make_customer(sqlite_db, first_name="Adam", last_name="Mickiewicz")
    code = main(["--db", sqlite_db.url, "desk", "--smoke", "--agent", "smoke.test"])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "opened Adam Mickiewicz" in out.out


def test_smoke_fails_with_a_message_when_nothing_can_be_opened(qapp, tmp_path, capsys) -> None:
    url = f"sqlite:///{tmp_path / 'not-a-db'}/missing/dir/x.sqlite3"
    code = main(["--db", url, "desk", "--smoke", "--smoke-timeout", "20"])
    out = capsys.readouterr()
    assert code != 0
    assert "could not start" in out.err
