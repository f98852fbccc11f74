"""What a batch's parent reads and hands its workers: customer ids once (index ranges per
chunk), JSON lines back as UTF-8 bytes written as they are where that changes nothing."""

from __future__ import annotations

import gc
import io
import json
import threading
import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from app.services.nba import features, pool
from app.services.nba.features import FeatureLoader
from app.services.nba.json_lines import JsonLines
from app.services.nba.parallel import evaluate_all, evaluate_all_lines
from app.services.nba.simulation import SimulationService
from tests.factories import make_customer
from tests.integration.test_nba_batch import DRAFT, crowd, service_for, written  # noqa: F401

AS_OF = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def _ids(db, limit: int | None = None, fast: bool = True) -> list[uuid.UUID]:
    features.FAST_SQLITE = fast
    try:
        with db.reading() as session:
            return FeatureLoader(db).customer_ids(session, limit)
    finally:
        features.FAST_SQLITE = True


@pytest.mark.parametrize("limit", [None, 0, 1, 2, 3, 10])
def test_customer_ids_read_by_hand_are_the_ones_sqlalchemy_reads(sqlite_db, limit) -> None:
    made = [make_customer(sqlite_db, name, phones=()) for name in ("C", "A", "B")]
    fast, generic = _ids(sqlite_db, limit), _ids(sqlite_db, limit, fast=False)
    assert fast == generic == [made[1], made[2], made[0]][:limit]
    assert all(type(customer_id) is uuid.UUID for customer_id in fast)


def test_a_spoiled_stored_id_fails_the_same_way_on_both_paths(sqlite_db) -> None:
    customer = make_customer(sqlite_db, "A", phones=())
    with sqlite_db.engine.begin() as connection:
        connection.execute(
            text("UPDATE customers SET id = 'not-a-uuid' WHERE id = :id"), {"id": customer.hex}
        )
    errors = []
    for fast in (True, False):
        with pytest.raises(ValueError) as caught:
            _ids(sqlite_db, fast=fast)
        errors.append(str(caught.value))
    assert errors[0] == errors[1]


def test_evaluate_all_reads_only_the_first_limit_ids(crowd, monkeypatch) -> None:  # noqa: F811
    asked = []
    real = FeatureLoader.customer_ids

    def spy(self, session, limit=None):
        asked.append(limit)
        return real(self, session, limit)

    monkeypatch.setattr(FeatureLoader, "customer_ids", spy)
    first = [item["customer_id"] for item in evaluate_all(crowd, AS_OF, limit=4)]
    assert first == ["K00", "K01", "K02", "K03"]
    last = [item["customer_id"] for item in evaluate_all(crowd, AS_OF, limit=-9)]
    assert last == ["K00", "K01"]  # a slice's meaning, as before
    assert asked == [4, None]


def test_chunk_ranges_cover_every_index_once_in_order() -> None:
    assert pool.split_ranges(0, 2, 5) == []
    assert pool.split_ranges(7, 2, 5) == [(0, 4), (4, 7)]  # every worker gets one
    assert pool.split_ranges(11, 2, 3) == [(0, 3), (3, 6), (6, 9), (9, 11)]
    assert pool.split_ranges(1, 4, 100) == [(0, 1)]


@pytest.mark.parametrize("fork", [True, False])
def test_workers_rebuild_the_same_ids_from_what_they_are_sent(fork) -> None:
    ids = [uuid.uuid4() for _ in range(5)]
    shared = pool.shared_ids(ids, fork)
    assert shared is ids if fork else shared == [customer_id.hex for customer_id in ids]
    assert pool.ids_between(shared, 1, 4) == ids[1:4]
    assert all(type(customer_id) is uuid.UUID for customer_id in pool.ids_between(shared, 0, 5))
    assert pool.ids_between(shared, 5, 5) == []


def test_the_parent_heap_is_frozen_only_while_workers_fork() -> None:
    assert gc.get_freeze_count() == 0
    with pool._frozen(True):
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0
    with pool._frozen(False):
        assert gc.get_freeze_count() == 0
    gc.freeze()  # someone else's freeze is left as it was
    try:
        before = gc.get_freeze_count()
        with pool._frozen(True):
            pass
        assert gc.get_freeze_count() == before
    finally:
        gc.unfreeze()


def test_workers_are_forked_from_a_thawed_parent_and_spawned_alike(crowd) -> None:  # noqa: F811
    expected = written(evaluate_all(crowd, AS_OF, chunk=1000))
    forked = "".join(part.text for part in evaluate_all_lines(crowd, AS_OF, workers=2, chunk=2))
    assert gc.get_freeze_count() == 0
    release, busy = threading.Event(), threading.Event()
    other = threading.Thread(target=lambda: (busy.set(), release.wait()))
    other.start()
    try:
        busy.wait()  # another thread alive: spawned workers get the ids as hex text
        assert not pool.can_fork((crowd,))
        chunks = list(evaluate_all_lines(crowd, AS_OF, workers=2, chunk=2, limit=7))
    finally:
        release.set()
        other.join()
    assert forked == expected
    assert "".join(part.text for part in chunks) == "".join(expected.splitlines(True)[:7])
    assert [part.count for part in chunks] == [2, 2, 2, 1]


def test_a_simulation_on_spawned_workers_counts_what_one_process_counts(crowd) -> None:  # noqa: F811
    nba = service_for(crowd)
    alone = SimulationService(nba, batch=3, db_url=crowd.url, workers=1).run(DRAFT, AS_OF)
    release, busy = threading.Event(), threading.Event()
    other = threading.Thread(target=lambda: (busy.set(), release.wait()))
    other.start()
    try:
        busy.wait()  # spawned workers: the ids go as hex text, chunks as index ranges
        service = SimulationService(nba, batch=3, db_url=crowd.url, workers=2)
        spawned = service.run(DRAFT, AS_OF)
    finally:
        release.set()
        other.join()
    forked = SimulationService(nba, batch=3, db_url=crowd.url, workers=2).run(DRAFT, AS_OF)
    assert spawned == forked == alone
    assert alone.customers == 11 and alone.top_changed > 0


LINES = '{"customer_id": "K1", "name": "Łukasz Zoë"}\n{"customer_id": "K2"}\n'


class _Stream(io.TextIOWrapper):
    """A text stream over bytes that tells which text went through its text layer."""

    texts: list[str]

    def write(self, text: str) -> int:
        self.texts.append(text)
        return super().write(text)


def _stream(encoding: str, newline: str | None = "\n") -> _Stream:
    stream = _Stream(io.BytesIO(), encoding=encoding, newline=newline)
    stream.texts = []
    return stream


def test_json_lines_travel_as_utf8_and_read_back_as_the_text() -> None:
    chunk = JsonLines.of(LINES, [], 2)
    assert chunk.data == LINES.encode("utf-8") and chunk.text == LINES
    assert not chunk.surrogates
    stream = _stream("UTF-8")
    stream.write("before\n")  # still in the text layer: written first
    chunk.write_to(stream)
    stream.flush()
    assert stream.buffer.getvalue() == ("before\n" + LINES).encode("utf-8")
    assert stream.texts == ["before\n"]  # the lines went to the buffer as they were


@pytest.mark.parametrize("encoding", ["cp1250", "utf-8-sig", "utf-16"])
def test_json_lines_on_another_encoding_are_written_as_text(encoding) -> None:
    chunk, expected = JsonLines.of(LINES, [], 2), _stream(encoding)
    expected.write(LINES)
    expected.flush()
    stream = _stream(encoding)
    chunk.write_to(stream)
    stream.flush()
    assert stream.buffer.getvalue() == expected.buffer.getvalue()
    assert stream.texts == [LINES]


def test_json_lines_where_newlines_are_translated_are_written_as_text(monkeypatch) -> None:
    monkeypatch.setattr("app.services.nba.json_lines.os.linesep", "\r\n")  # Windows
    stream = _stream("utf-8", newline="\r\n")  # as Windows opens stdout
    JsonLines.of(LINES, [], 2).write_to(stream)
    stream.flush()
    assert stream.buffer.getvalue() == LINES.replace("\n", "\r\n").encode("utf-8")


def test_json_lines_with_a_lone_surrogate_keep_the_text_streams_own_handling() -> None:
    odd = '{"name": "\udcc5ukasz"}\n'
    chunk = JsonLines.of(odd, [], 1)
    assert chunk.surrogates and chunk.text == odd
    strict = _stream("utf-8")
    with pytest.raises(UnicodeEncodeError):
        chunk.write_to(strict)
        strict.flush()
    escaped = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="surrogateescape")
    chunk.write_to(escaped)
    escaped.flush()
    assert escaped.buffer.getvalue() == b'{"name": "\xc5ukasz"}\n'


def test_json_lines_to_a_stream_without_bytes_are_written_as_text() -> None:
    stream = io.StringIO()
    JsonLines.of(LINES, [], 2).write_to(stream)
    assert stream.getvalue() == LINES
    assert [json.loads(line)["customer_id"] for line in stream.getvalue().splitlines()] == [
        "K1",
        "K2",
    ]
