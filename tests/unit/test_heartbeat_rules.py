"""When a desk's heartbeat is due, what it may say, and where its interval comes from."""

from __future__ import annotations

import uuid

import pytest

from app.services.config import DEFAULT_HEARTBEAT_INTERVAL, server_settings
from app.services.errors import AcrmError
from app.services.sync.heartbeat import Heartbeat, clean


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_due_first_then_on_a_change_of_health_or_after_the_interval() -> None:
    clock = Clock()
    heartbeat = Heartbeat(uuid.uuid4(), "0018", interval=60, clock=clock)
    assert heartbeat.due("")
    heartbeat.record_sent("")  # sending itself: tests/integration/test_desk_heartbeats_sync.py
    clock.now += 59
    assert not heartbeat.due("")
    assert heartbeat.due("server refused the row")  # started failing: at once
    heartbeat.record_sent("server refused the row")
    clock.now += 1
    assert not heartbeat.due("another failure in other words")
    assert heartbeat.due("")  # recovered: at once
    clock.now += 60
    assert heartbeat.due("another failure in other words")


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("login failed: password=hunter2 for anna", "login failed: password=*** for anna"),
        ("cannot reach postgresql://anna:hunter2@db:5432/acrm", "cannot reach postgresql://anna:***@db:5432/acrm"),
        ("token: abc123 expired", "token: *** expired"),
        ("line one\nline two\ttab\x1b[31m", "line one line two tab [31m"),
        ("x" * 500, "x" * 299 + "…"),
    ],
)  # fmt: skip
def test_an_error_leaves_the_desk_as_one_short_line_without_secrets(raw: str, shown: str) -> None:
    assert clean(raw, 300) == shown


def test_the_interval_is_a_server_setting_of_at_least_ten_seconds() -> None:
    url = {"url": "postgresql://db/acrm"}
    assert server_settings({"server": url}, "anna").heartbeat_interval == DEFAULT_HEARTBEAT_INTERVAL
    assert (
        server_settings({"server": url | {"heartbeat_interval": 300}}, "anna").heartbeat_interval
        == 300
    )
    assert (
        server_settings({"server": url | {"heartbeat_interval": 1}}, "anna").heartbeat_interval
        == 10
    )
    with pytest.raises(AcrmError, match=r"heartbeat_interval 'often' is not a number"):
        server_settings({"server": url | {"heartbeat_interval": "often"}}, "anna")
