"""Desks' states from hand-made heartbeats: silent, failing, behind, healthy (no database)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from app.services.desks.health import DeskReport, DeskState, assess, version_key

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
SILENT = DeskState.SILENT
FAILING = DeskState.FAILING
BEHIND = DeskState.BEHIND


def report(minutes_ago: float, version: str = "0.2.0", revision: str = "0018",
           error: str = "") -> DeskReport:  # fmt: skip
    heard = NOW - timedelta(minutes=minutes_ago)
    return DeskReport("anna", uuid.uuid4(), "pc-1", version, revision, heard, 0, error, heard)


def states(*reports: DeskReport, minutes: int = 15, server: str | None = "0018") -> list:
    assessed = assess(list(reports), now=NOW, server_revision=server,
                      silent_after=timedelta(minutes=minutes))  # fmt: skip
    return [(desk.state, desk.problems) for desk in assessed]


def test_each_state_from_its_own_reason() -> None:
    assert states(
        report(1),  # heard a minute ago, newest version, server's schema, no error
        report(15.5),  # more than 15 minutes of silence
        report(15),  # exactly 15 minutes: not more than N, still healthy
        report(2, error="server unreachable: timeout"),
        report(2, version="0.1.9"),  # older than 0.2.0, which another desk reports
        report(2, revision="0017"),  # the server is at 0018
    ) == [
        (DeskState.HEALTHY, ()),
        (SILENT, (SILENT,)),
        (DeskState.HEALTHY, ()),
        (FAILING, (FAILING,)),
        (BEHIND, (BEHIND,)),
        (BEHIND, (BEHIND,)),
    ]


def test_the_most_urgent_state_wins_and_all_are_listed() -> None:
    assert states(report(1), report(30, version="0.1.0", revision="0017", error="x")) == [
        (DeskState.HEALTHY, ()),
        (SILENT, (SILENT, FAILING, BEHIND)),
    ]
    assert states(report(1), report(1, version="0.1.0", error="x")) == [
        (DeskState.HEALTHY, ()),
        (FAILING, (FAILING, BEHIND)),
    ]


def test_the_silence_threshold_is_the_callers() -> None:
    assert states(report(16), minutes=20) == [(DeskState.HEALTHY, ())]
    assert states(report(21), minutes=20) == [(SILENT, (SILENT,))]


def test_a_desk_newer_than_the_server_or_an_unknown_server_revision_is_not_behind() -> None:
    assert states(report(1, revision="0019")) == [(DeskState.HEALTHY, ())]
    assert states(report(1, revision="0001"), server=None) == [(DeskState.HEALTHY, ())]


def test_no_desks_no_states() -> None:
    assert states() == []


@pytest.mark.parametrize(
    ("older", "newer"),
    [
        ("0.9.0", "0.10.0"),
        ("0.10.0rc1", "0.10.0"),
        ("0.10.0a2", "0.10.0b1"),
        ("0.10.0.dev3", "0.10.0a1"),
        ("0.10.0", "0.10.0.post1"),
        ("1.2", "1.2.1"),
        ("garbage", "0.0.1"),
    ],
)
def test_versions_order_as_releases_do(older: str, newer: str) -> None:
    assert version_key(older) < version_key(newer)
    assert version_key("1.2") == version_key("1.2.0")
