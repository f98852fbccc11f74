"""offer_outcomes.csv: past offer results become presentations and outcome events, on both
back ends; bad cells are named, nothing is half-written, re-importing changes nothing."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import main
from app.models import OfferOutcomeEvent, OfferPresentation, User
from app.services.errors import ImportFailed
from app.services.importer import context, import_directory
from app.services.importer.ids import stable_id
from tests.integration.import_helpers import CUSTOMERS, sqlite_dump, table_counts, write

HEADER = "customer_id,rule_id,action,presented_at,outcome,reason,agent\n"
GOOD = (
    HEADER + "C1,credit_card_cross_sell,offer_credit_card,2026-11-02T10:15:00+01:00,accepted,,"
    "a.nowak\n"
    "C1,private_banking_invite,invite_private_banking,2026-11-02T10:16:00Z,declined,"
    "too_expensive,a.nowak\n"
    "C2,credit_card_cross_sell,offer_credit_card,2026-11-03 09:00:00,later,,k.nowa\n"
    "C2,youth_account_upgrade,upgrade_youth_account,2026-11-03T09:01:00Z,not_relevant,,\n"
    "C2,old.rule-7,legacy_action,2026-11-04T12:00:00Z,,,k.nowa\n"
)


@pytest.fixture(params=["sqlite", "postgres"])
def db(request: pytest.FixtureRequest):
    return request.getfixturevalue("sqlite_db" if request.param == "sqlite" else "pg_db")


def fails(db, folder: Path) -> str:
    with pytest.raises(ImportFailed) as caught:
        import_directory(db, folder)
    return str(caught.value)


def stored(db) -> tuple[list[tuple], list[tuple]]:
    with db.reading() as session:
        logins = dict(session.execute(select(User.id, User.login)).all())
        shown = [
            (p.rule_id, p.action, p.shown_at, logins.get(p.agent_id), p.rule_version, p.id)
            for p in session.scalars(select(OfferPresentation).order_by(OfferPresentation.shown_at))
        ]
        outcomes = [
            (
                o.presentation_id,
                o.rule_id,
                o.outcome,
                o.reason,
                o.recorded_at,
                logins.get(o.agent_id),
            )
            for o in session.scalars(select(OfferOutcomeEvent).order_by(OfferOutcomeEvent.rule_id))
        ]
    return shown, outcomes


def test_a_good_file_becomes_presentations_and_outcomes(db, tmp_path: Path) -> None:
    write(tmp_path, "customers.csv", CUSTOMERS)
    write(tmp_path, "offer_outcomes.csv", GOOD)
    report = import_directory(db, tmp_path)
    counts = report.files["offer_outcomes.csv"]
    assert (counts.read, counts.inserted, counts.updated, counts.unchanged) == (5, 5, 0, 0)
    assert report.new_agents == 2  # a.nowak and k.nowa, as contacts.csv adds them
    shown, outcomes = stored(db)
    at = lambda *parts: datetime(*parts, tzinfo=UTC)  # noqa: E731
    assert [row[:5] for row in shown] == [
        ("credit_card_cross_sell", "offer_credit_card", at(2026, 11, 2, 9, 15), "a.nowak", 0),
        ("private_banking_invite", "invite_private_banking", at(2026, 11, 2, 10, 16), "a.nowak", 0),
        ("credit_card_cross_sell", "offer_credit_card", at(2026, 11, 3, 9, 0), "k.nowa", 0),
        ("youth_account_upgrade", "upgrade_youth_account", at(2026, 11, 3, 9, 1), None, 0),
        ("old.rule-7", "legacy_action", at(2026, 11, 4, 12, 0), "k.nowa", 0),
    ]
    ids = [row[5] for row in shown]
    # One outcome per row that has one, recorded when it was presented, under its presentation.
    assert outcomes == [
        (ids[0], "credit_card_cross_sell", "accepted", "", at(2026, 11, 2, 9, 15), "a.nowak"),
        (ids[2], "credit_card_cross_sell", "later", "", at(2026, 11, 3, 9, 0), "k.nowa"),
        (
            ids[1],
            "private_banking_invite",
            "declined",
            "too_expensive",
            at(2026, 11, 2, 10, 16),
            "a.nowak",
        ),
        (ids[3], "youth_account_upgrade", "not_relevant", "", at(2026, 11, 3, 9, 1), None),
    ]
    with db.reading() as session:
        assert session.scalar(select(User.role).where(User.login == "k.nowa")) == "agent"
        assert all(o.callback_id is None for o in session.scalars(select(OfferOutcomeEvent)))


def test_reimport_changes_nothing_and_a_changed_row_is_appended(db, tmp_path: Path) -> None:
    write(tmp_path / "a", "customers.csv", CUSTOMERS)
    write(tmp_path / "a", "offer_outcomes.csv", GOOD)
    import_directory(db, tmp_path / "a")
    counts = table_counts(db)
    dump = sqlite_dump(db) if db.engine.dialect.name == "sqlite" else None
    again = import_directory(db, tmp_path / "a")
    file = again.files["offer_outcomes.csv"]
    assert (file.read, file.inserted, file.unchanged) == (5, 0, 5)
    assert again.new_agents == 0
    assert table_counts(db) == counts
    if dump is not None:
        assert sqlite_dump(db) == dump
    # History is append-only, as for contacts: the row with "later" now says "accepted".
    write(tmp_path / "b", "offer_outcomes.csv", GOOD.replace(",later,", ",accepted,"))
    changed = import_directory(db, tmp_path / "b").files["offer_outcomes.csv"]
    assert (changed.inserted, changed.unchanged) == (1, 4)
    after = table_counts(db)
    assert after["offer_presentations"] == counts["offer_presentations"] + 1
    assert after["offer_outcomes"] == counts["offer_outcomes"] + 1


def test_identical_rows_are_separate_presentations(sqlite_db, tmp_path: Path) -> None:
    row = "C1,credit_card_cross_sell,offer_credit_card,2026-11-02T10:15:00Z,declined,other,a\n"
    write(tmp_path / "a", "customers.csv", CUSTOMERS)
    write(tmp_path / "a", "offer_outcomes.csv", HEADER + row * 2)
    assert import_directory(sqlite_db, tmp_path / "a").files["offer_outcomes.csv"].inserted == 2
    write(tmp_path / "b", "offer_outcomes.csv", HEADER + row * 3)
    again = import_directory(sqlite_db, tmp_path / "b").files["offer_outcomes.csv"]
    assert (again.inserted, again.unchanged) == (1, 2)
    assert table_counts(sqlite_db)["offer_outcomes"] == 3


def test_ids_are_derived_from_the_row(sqlite_db, tmp_path: Path) -> None:
    write(tmp_path, "customers.csv", CUSTOMERS)
    write(tmp_path, "offer_outcomes.csv", GOOD)
    import_directory(sqlite_db, tmp_path)
    shown, outcomes = stored(sqlite_db)
    expected = {stable_id("offer_outcomes", row[5].hex) for row in shown[:4]}
    assert {row[0].hex for row in outcomes} <= {row[5].hex for row in shown}
    with sqlite_db.reading() as session:
        assert {o.hex for o in session.scalars(select(OfferOutcomeEvent.id))} == expected


def test_outcomes_follow_their_presentations_across_batches(db, tmp_path, monkeypatch) -> None:
    # Small batches: every flush of outcomes must come after the presentations they name
    # (PostgreSQL checks the foreign key at once; so does SQLite for a small import).
    monkeypatch.setattr(context, "BATCH_ROWS", 3)
    rows = "".join(
        f"C{1 + i % 2},credit_card_cross_sell,offer_credit_card,2026-11-02T10:{i:02d}:00Z,"
        f"{'' if i % 4 == 0 else 'accepted'},,a.nowak\n"
        for i in range(20)
    )
    write(tmp_path, "customers.csv", CUSTOMERS)
    write(tmp_path, "offer_outcomes.csv", HEADER + rows)
    assert import_directory(db, tmp_path).files["offer_outcomes.csv"].inserted == 20
    counts = table_counts(db)
    assert (counts["offer_presentations"], counts["offer_outcomes"]) == (20, 15)


ROW = "C1,credit_card_cross_sell,offer_credit_card,2026-11-02T10:15:00Z,accepted,,a.nowak"
BAD = [
    ("C9" + ROW[2:], "customer_id", "unknown customer 'C9'"),
    (ROW.replace("credit_card_cross_sell", "Credit Card"), "rule_id",
     "not a rule id (lower-case letters, digits, '_', '.', '-'; at most 64): 'Credit Card'"),
    (ROW.replace("credit_card_cross_sell", "r" * 65), "rule_id",
     f"not a rule id (lower-case letters, digits, '_', '.', '-'; at most 64): '{'r' * 65}'"),
    (ROW.replace(",offer_credit_card,", ",,"), "action", "must not be empty"),
    (ROW.replace(",offer_credit_card,", f",{'a' * 65},"), "action",
     "longer than 64 characters (65)"),
    (ROW.replace("2026-11-02T10:15:00Z", "2026-11-31T10:15:00Z"), "presented_at",
     "not an ISO date or date-time: '2026-11-31T10:15:00Z'"),
    (ROW.replace("2026-11-02T10:15:00Z", ""), "presented_at",
     "not an ISO date or date-time: ''"),
    (ROW.replace("2026-11-02T10:15:00Z", "1899-12-31T10:15:00Z"), "presented_at",
     "outside the accepted dates 1900-01-01 to 2100-12-31 (acrm import --date-window FROM:TO): "
     "'1899-12-31T10:15:00Z'"),
    (ROW.replace("accepted", "maybe"), "outcome",
     "must be one of accepted, declined, later, not_relevant or empty: 'maybe'"),
    (ROW.replace("accepted,", "declined,price"), "reason",
     "must be one of bad_moment, has_it_elsewhere, not_interested, other, too_expensive or "
     "empty: 'price'"),
    (ROW.replace("accepted,", "declined,"), "reason",
     "a declined offer needs a reason: not_interested, too_expensive, has_it_elsewhere, "
     "bad_moment, other"),
    (ROW.replace("accepted,", "accepted,other"), "reason",
     "only a declined offer takes a reason (outcome 'accepted')"),
    (ROW.replace("accepted,,a.nowak", ",other,a.nowak"), "reason",
     "only a declined offer takes a reason (outcome None)"),
    (ROW.replace("a.nowak", "a" * 64), "agent", "longer than 63 characters (64)"),
]  # fmt: skip


@pytest.mark.parametrize(("row", "column", "message"), BAD, ids=[b[2][:40] for b in BAD])
def test_every_bad_field_is_named_and_nothing_is_written(
    db, tmp_path: Path, row: str, column: str, message: str
) -> None:
    write(tmp_path / "before", "customers.csv", CUSTOMERS)
    write(tmp_path / "before", "offer_outcomes.csv", GOOD)
    import_directory(db, tmp_path / "before")
    counts = table_counts(db)
    write(tmp_path / "bad", "customers.csv", CUSTOMERS.replace("Kraków", "Gdańsk"))
    write(tmp_path / "bad", "offer_outcomes.csv", HEADER + ROW + "\n" * 2 + row + "\n")
    assert (
        fails(db, tmp_path / "bad") == f"offer_outcomes.csv, line 4, column '{column}': {message}"
    )
    assert table_counts(db) == counts
    with db.reading() as session:  # no agent was added either
        assert session.scalar(select(User.login).where(User.login == "a" * 64)) is None


def test_a_missing_column_is_named(sqlite_db, tmp_path: Path) -> None:
    write(tmp_path, "customers.csv", CUSTOMERS)
    write(tmp_path, "offer_outcomes.csv", "customer_id,rule_id,presented_at,outcome,agent\n")
    message = fails(sqlite_db, tmp_path)
    assert message.startswith("offer_outcomes.csv") and "action" in message
    assert table_counts(sqlite_db)["customers"] == 0


def test_the_reason_column_may_be_left_out(sqlite_db, tmp_path: Path) -> None:
    write(tmp_path, "customers.csv", CUSTOMERS)
    header = "customer_id,rule_id,action,presented_at,outcome,agent\n"
    write(tmp_path, "offer_outcomes.csv", header + ROW.replace(",,", ",") + "\n")
    assert import_directory(sqlite_db, tmp_path).files["offer_outcomes.csv"].inserted == 1
    with sqlite_db.reading() as session:
        outcome = session.scalars(select(OfferOutcomeEvent)).one()
        assert (outcome.outcome, outcome.reason) == ("accepted", "")
        assert isinstance(outcome.presentation_id, uuid.UUID)


def test_the_cli_counts_the_file_and_exits_2_on_a_bad_row(tmp_path: Path, capsys) -> None:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    write(tmp_path / "in", "customers.csv", CUSTOMERS)
    write(tmp_path / "in", "offer_outcomes.csv", GOOD)
    assert main(["--db", url, "import", "--tz", "Europe/Warsaw", str(tmp_path / "in")]) == 0
    out = capsys.readouterr().out
    assert "offer_outcomes.csv" in out and "5 inserted" in out
    write(tmp_path / "bad", "offer_outcomes.csv", GOOD + ROW.replace("accepted,", "declined,"))
    assert main(["--db", url, "import", str(tmp_path / "bad")]) == 2
    err = capsys.readouterr().err
    assert "acrm: error: offer_outcomes.csv, line 7, column 'reason': a declined offer" in err
    assert "Traceback" not in err
