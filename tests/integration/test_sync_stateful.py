"""Stateful sync: three desktops record, sync, fail and restart in any order, and still converge."""

from __future__ import annotations

import re
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from sqlalchemy import select

from app.models import Contact, ContactWrapUp, OutboxEntry
from app.services.storage.db import Database
from app.services.sync.errors import ServerUnavailable
from tests.factories import make_customer, seed_wrapup_codes
from tests.pg import PostgresServer
from tests.sync_helpers import Desktop, add_server_user, unique_login, wrapup
from tests.sync_proxy import TcpProxy, desktop_through

DESKTOPS = 3
FAULTS = ("lost_after_commit", "cut_before_commit", "cut_during_pull")
CODE_SETS = (("INFO",), ("INFO", "SALE"))
WRAPUP_INSERT = re.compile(r"\s*INSERT INTO contact_wrapups\b")
FEED_READ = re.compile(r"FROM change_log\b")


@pytest.fixture
def seeded(pg_server: PostgresServer, _pg_template: str) -> Iterator[tuple[str, uuid.UUID, list]]:
    """A migrated database with codes, a customer and three agents: each example copies it."""
    name = pg_server.new_database_name("sync_stateful_seed")
    pg_server.create_database(name, template=_pg_template)
    db = Database(pg_server.url(name))
    try:
        seed_wrapup_codes(db)
        customer = make_customer(db, external_id="C1")
        logins = [unique_login(f"s{i}") for i in range(DESKTOPS)]
        for login in logins:
            add_server_user(pg_server.url(name), login)
    finally:
        db.dispose()  # CREATE DATABASE ... TEMPLATE needs the template without connections
    try:
        yield name, customer, logins
    finally:
        pg_server.drop_database(name)


@pytest.fixture
def proxy(pg_server: PostgresServer) -> Iterator[TcpProxy]:
    p = TcpProxy(pg_server.port)
    yield p
    p.close()


def test_desktops_converge_whatever_the_order_of_records_syncs_faults_and_restarts(
    pg_server: PostgresServer, seeded, proxy: TcpProxy, tmp_path: Path, _sqlite_template: Path
):
    template_db, customer, logins = seeded

    class Desk:
        """One desktop of the model, with switches its fault hooks read."""

        def __init__(self, login: str, path: Path, pg_url: str) -> None:
            self.login, self.path, self.pg_url = login, path, pg_url
            self.armed: str | None = None  # the fault the next sync meets, if it gets there
            self.desk = self._open(_sqlite_template)

        def _open(self, template: Path | None) -> Desktop:
            return desktop_through(proxy, self.pg_url, self.login, self.path, template,
                                   self._fault, self._on_statement, push_batch_size=3)  # fmt: skip

        def _fault(self, point: str) -> None:
            if point == "after_server_commit" and self.armed == "lost_after_commit":
                self.armed = None
                raise ConnectionError("the answer to COMMIT was lost")

        def _on_statement(self, statement: str) -> None:
            if self.armed == "cut_before_commit" and WRAPUP_INSERT.match(statement):
                self.armed = None
                proxy.cut()  # the batch's contacts are inserted but not committed
            elif self.armed == "cut_during_pull" and FEED_READ.search(statement):
                self.armed = None
                proxy.cut()

        def restart(self) -> None:
            self.desk.close()
            self.desk = self._open(None)  # the same SQLite file, as after a crash

    class Sync(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            self.db_name = pg_server.new_database_name("sync_stateful")
            pg_server.create_database(self.db_name, template=template_db)
            pg_url = pg_server.url(self.db_name)
            self.server = Database(pg_url)
            self.dir = Path(tempfile.mkdtemp(dir=tmp_path))
            self.desks = [Desk(login, self.dir / f"{login}.sqlite3", pg_url) for login in logins]
            for desk in self.desks:
                desk.desk.sync.run_once()  # first sync: the users row, the customer
            self.recorded: list[set[uuid.UUID]] = [set() for _ in self.desks]
            self.codes: dict[uuid.UUID, tuple[str, ...]] = {}

        @rule(i=st.integers(0, DESKTOPS - 1), codes=st.sampled_from(CODE_SETS))
        def record(self, i: int, codes: tuple[str, ...]) -> None:
            entry = wrapup(customer, codes=codes)
            self.desks[i].desk.contacts.record(entry)
            self.recorded[i].add(entry.contact_id)
            self.codes[entry.contact_id] = codes

        @rule(i=st.integers(0, DESKTOPS - 1))
        def sync(self, i: int) -> None:
            self.desks[i].desk.sync.run_once()  # no fault armed: it must succeed

        @rule(i=st.integers(0, DESKTOPS - 1), fault=st.sampled_from(FAULTS))
        def sync_with_fault(self, i: int, fault: str) -> None:
            desk = self.desks[i]
            desk.armed = fault
            try:
                desk.desk.sync.run_once()
            except ServerUnavailable:
                assert desk.armed is None  # only the injected fault may break the run
                assert not desk.desk.sync.status().online
            finally:
                desk.armed = None  # nothing to push or pull: the fault never came

        @rule(i=st.integers(0, DESKTOPS - 1))
        def restart(self, i: int) -> None:
            self.desks[i].restart()

        # --- invariants, checked after every step -------------------------------------------

        def server_wrapups(self) -> dict[uuid.UUID, set[str]]:
            found: dict[uuid.UUID, set[str]] = {}
            with self.server.reading() as session:
                for contact_id in session.scalars(select(Contact.id)):
                    found[contact_id] = set()
                for contact_id, code in session.execute(
                    select(ContactWrapUp.contact_id, ContactWrapUp.code)
                ):
                    found[contact_id].add(code)
            return found

        @invariant()
        def acknowledged_contacts_are_on_the_server_once(self) -> None:
            server = self.server_wrapups()
            assert set(server) <= set(self.codes)  # nothing the desktops did not record
            with self.server.reading() as session:
                total = len(session.scalars(select(ContactWrapUp.contact_id)).all())
            assert total == sum(len(codes) for codes in server.values())
            for i, desk in enumerate(self.desks):
                with desk.desk.db.reading() as session:
                    acked = set(
                        session.scalars(
                            select(OutboxEntry.entity_id).where(
                                OutboxEntry.entity == "contact", OutboxEntry.pushed_at.is_not(None)
                            )
                        )
                    )
                    local = set(session.scalars(select(Contact.id)))
                assert acked <= set(server), f"desktop {i} acknowledged a contact the server lacks"
                for contact_id in acked:
                    assert server[contact_id] == set(self.codes[contact_id])
                assert self.recorded[i] <= local  # a restart never loses a recorded contact

        def teardown(self) -> None:
            try:
                for _ in range(2):  # the second round brings what later desktops pushed
                    for desk in self.desks:
                        desk.desk.sync.run_once()
                server = set(self.server_wrapups())
                assert server == set().union(*self.recorded)
                for desk in self.desks:
                    with desk.desk.db.reading() as session:
                        assert set(session.scalars(select(Contact.id))) == server
                    assert desk.desk.sync.status().unsynced == 0
            finally:
                for desk in self.desks:
                    desk.desk.close()
                self.server.dispose()
                pg_server.drop_database(self.db_name)
                shutil.rmtree(self.dir, ignore_errors=True)

    run_state_machine_as_test(
        Sync,
        settings=settings(
            max_examples=15,
            stateful_step_count=25,
            deadline=None,
            database=None,  # no example files in the repository
            derandomize=True,  # the same examples every run: a failure is never a fluke
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )
