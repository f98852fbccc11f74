"""CSV export of the figures and the team queue: what Polish and Russian Excel open as it is."""

from __future__ import annotations

import csv
import io
import os
import uuid
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from app.services.errors import AcrmError
from app.services.queue.team_queue import QueueRow
from app.services.reports.csv_export import hourly_rows, write_csv
from app.services.reports.figures import AgentFigures, HourlyFigures, OfferFigures

ANNA = AgentFigures(
    agent="anna", display_name="Anna Bąk-Żółć", team="T1", contacts=6, avg_handle_seconds=550.1,
    offers_presented=4, offers_accepted=1, acceptance_rate=0.25, open_items=4, overdue=2,
    callbacks_due=6, callbacks_on_time=2,
)  # fmt: skip
ZOFIA = AgentFigures(
    agent="zofia", display_name="Зофия", team="T1", contacts=0, avg_handle_seconds=None,
    offers_presented=0, offers_accepted=0, acceptance_rate=None, open_items=0, overdue=0,
    callbacks_due=0, callbacks_on_time=0,
)  # fmt: skip


def read(path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    return list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline=""), delimiter=";"))


def test_agents_with_chosen_titles_decimal_commas_and_empty_for_none(tmp_path):
    path = tmp_path / "agenci.csv"
    headers = {
        "display_name": "Konsultant",
        "contacts": "Kontakty",
        "avg_handle_seconds": "Śr. czas obsługi [s]",
        "acceptance_rate": "Akceptacja",
    }
    assert write_csv(path, [ANNA, ZOFIA], headers) == 2
    assert read(path) == [
        ["Konsultant", "Kontakty", "Śr. czas obsługi [s]", "Akceptacja"],
        ["Anna Bąk-Żółć", "6", "550,1", "0,25"],
        ["Зофия", "0", "", ""],
    ]
    assert b"\r\n" in path.read_bytes()


def test_every_field_by_default_with_one_column_per_decline_reason(tmp_path):
    card = OfferFigures("R_CARD", 4, 1, 2, 0, 1, 0, 0.25, 0.0456, 0.6994, {"too_expensive": 2})
    loan = OfferFigures("R_LOAN", 3, 0, 1, 1, 0, 1, 0.0, 0.0, 0.5615, {"unspecified": 1})
    path = tmp_path / "offers.csv"
    write_csv(path, [card, loan], delimiter=",", decimal=".")
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))
    assert rows[0] == [
        "rule_id", "presented", "accepted", "declined", "later", "not_relevant", "no_outcome",
        "conversion", "conversion_low", "conversion_high", "declined_by_reason.too_expensive",
        "declined_by_reason.unspecified",
    ]  # fmt: skip
    assert rows[1] == ["R_CARD", "4", "1", "2", "0", "1", "0", "0.25", "0.0456", "0.6994", "2", "0"]
    assert rows[2] == ["R_LOAN", "3", "0", "1", "1", "0", "1", "0", "0", "0.5615", "0", "1"]


def test_hours_as_24_rows(tmp_path):
    today = tuple(range(24))
    figures = HourlyFigures(date(2026, 10, 25), "Europe/Warsaw", today, (0,) * 23 + (7,))
    path = tmp_path / "hours.csv"
    write_csv(path, hourly_rows(figures), {"hour": "Godzina", "today": "Dziś",
                                           "last_week": "Tydzień temu"})  # fmt: skip
    rows = read(path)
    assert len(rows) == 25 and rows[1] == ["0", "0", "0"] and rows[24] == ["23", "23", "7"]


def test_team_queue_rows_in_local_time_and_formulas_defused(tmp_path):
    row = QueueRow(
        id=uuid.UUID("12345678-1234-4234-8234-123456789abc"), kind="callback",
        due_at=datetime(2026, 10, 25, 9, 30, tzinfo=UTC), customer="=HYPERLINK(\"http://x\")",
        assignee="anna", note="-2 dni; \"pilne\"",
    )  # fmt: skip
    path = tmp_path / "queue.csv"
    write_csv(path, [row], tz=ZoneInfo("Europe/Warsaw"))
    assert read(path)[1] == [
        "12345678-1234-4234-8234-123456789abc", "callback", "2026-10-25 10:30",
        "'=HYPERLINK(\"http://x\")", "anna", "'-2 dni; \"pilne\"", "",  # no call window
    ]  # fmt: skip


def test_a_failure_leaves_the_old_file_and_no_partial_one(tmp_path):
    path = tmp_path / "agents.csv"
    path.write_text("old")
    with pytest.raises(KeyError, match="no field 'missing'"):
        write_csv(path, [ANNA], {"agent": "Login", "missing": "?"})
    assert path.read_text() == "old"
    assert os.listdir(tmp_path) == ["agents.csv"]
    with pytest.raises(AcrmError, match=r"cannot write .*nowhere/agents\.csv"):
        write_csv(tmp_path / "nowhere" / "agents.csv", [ANNA])


def test_the_file_is_private(tmp_path):
    path = tmp_path / "agents.csv"
    write_csv(path, [ANNA])
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600
