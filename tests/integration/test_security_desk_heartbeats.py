"""Adversarial: a login writes only its own desks' heartbeats, stamped by the server, bounded.

Every statement runs over a real login (SCRAM) of each group, as `psql` would.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from tests.security_helpers import (  # noqa: F401  (fixtures)
    GROUPS,
    Cast,
    Person,
    cast,
    hardened_server,
    refused_or_nothing,
    run_as,
)

pytestmark = pytest.mark.postgres
INSERT = (
    "INSERT INTO public.desk_heartbeats (desk_id, hostname, app_version, schema_revision, "
    "last_sync_at, unsynced, last_error) VALUES (%s, %s, %s, %s, %s, %s, %s) "
    "ON CONFLICT (login, desk_id) DO UPDATE SET unsynced = EXCLUDED.unsynced, "
    "last_error = EXCLUDED.last_error, last_sync_at = EXCLUDED.last_sync_at"
)
DENIED, CHECK, TOO_LONG = "42501", "23514", "22001"


def beat(cast: Cast, person: Person, desk: uuid.UUID | None = None, **values) -> uuid.UUID:  # noqa: F811
    desk = desk or uuid.uuid4()
    row = {"hostname": "pc-17", "app_version": "0.1.0", "schema_revision": "0018",
           "last_sync_at": datetime.now(UTC), "unsynced": 0, "last_error": ""} | values  # fmt: skip
    run_as(cast, person, INSERT, (desk, *row.values()))
    return desk


def rows(cast: Cast, person: Person | None = None) -> list[tuple]:  # noqa: F811
    """(login, desk_id) pairs of this test's people `person` can read (all: the superuser)."""
    sql = ("SELECT login, desk_id FROM public.desk_heartbeats WHERE login = ANY(%s) "
           "ORDER BY login, desk_id")  # fmt: skip
    people = [cast.member(name).login for name in (*GROUPS, "other_agent", "outsider")]
    with cast.connect(person) if person else cast.superuser() as conn:
        return conn.execute(sql, (people,)).fetchall()


def error_of(cast: Cast, person: Person, statement: str, params: tuple = ()) -> str:  # noqa: F811
    try:
        run_as(cast, person, statement, params)
    except psycopg.Error as error:
        return error.sqlstate or "?"
    return ""


@pytest.mark.parametrize("group", GROUPS)
def test_the_server_stamps_the_login_and_the_time(cast: Cast, group: str) -> None:  # noqa: F811
    person = cast.member(group)
    desk = beat(cast, person, last_sync_at=datetime.now(UTC) + timedelta(days=30))
    with cast.superuser() as conn:
        login, reported, last_sync, server_now = conn.execute(
            "SELECT login, reported_at, last_sync_at, now() FROM desk_heartbeats "
            "WHERE desk_id = %s", (desk,)
        ).fetchone()  # fmt: skip
    assert login == person.login
    assert abs(server_now - reported) < timedelta(seconds=30)
    assert last_sync == reported  # a desk's clock ahead of the server's is cut to the server's


@pytest.mark.parametrize("group", GROUPS)
def test_nobody_names_the_login_or_the_time(cast: Cast, group: str) -> None:  # noqa: F811
    person = cast.member(group)
    desk = beat(cast, person)
    forged = (
        ("INSERT INTO public.desk_heartbeats (login, desk_id, hostname, app_version, "
         "schema_revision, unsynced, last_error) VALUES (%s, %s, 'pc', '0.1.0', '0018', 0, '')",
         (cast.other_agent.login, uuid.uuid4())),
        ("INSERT INTO public.desk_heartbeats (desk_id, hostname, app_version, schema_revision, "
         "unsynced, last_error, reported_at) VALUES (%s, 'pc', '0.1.0', '0018', 0, '', %s)",
         (uuid.uuid4(), datetime(2030, 1, 1, tzinfo=UTC))),
        ("UPDATE public.desk_heartbeats SET reported_at = now() + interval '1 day' "
         "WHERE desk_id = %s", (desk,)),
        ("UPDATE public.desk_heartbeats SET login = %s WHERE desk_id = %s",
         (cast.other_agent.login, desk)),
        ("UPDATE public.desk_heartbeats SET desk_id = %s WHERE desk_id = %s", (uuid.uuid4(), desk)),
    )  # fmt: skip
    for statement, params in forged:
        assert error_of(cast, person, statement, params) == DENIED, statement
    assert rows(cast) == [(person.login, desk)]


@pytest.mark.parametrize("group", GROUPS)
def test_another_logins_heartbeat_cannot_be_written(cast: Cast, group: str) -> None:  # noqa: F811
    attacker = cast.member(group)
    victim = cast.outsider
    desk = beat(cast, victim, unsynced=3)
    for statement in (
        "UPDATE public.desk_heartbeats SET unsynced = 0, last_error = 'hacked' WHERE desk_id = %s",
        "UPDATE public.desk_heartbeats SET hostname = 'x' WHERE login <> session_user "
        "AND desk_id = %s",
    ):
        refused_or_nothing(cast, attacker, statement, (desk,))
    # The same desk id from another login is that login's own row: the victim's stays as it was.
    beat(cast, attacker, desk, unsynced=99, last_error="forged")
    with cast.superuser() as conn:
        victims = conn.execute(
            "SELECT unsynced, last_error FROM desk_heartbeats WHERE login = %s", (victim.login,)
        ).fetchall()
    assert victims == [(3, "")]
    assert sorted(rows(cast)) == sorted([(victim.login, desk), (attacker.login, desk)])


def test_who_reads_whose_desks(cast: Cast) -> None:  # noqa: F811
    desks = {group: beat(cast, cast.member(group)) for group in (*GROUPS, "other_agent")}
    desks["outsider"] = beat(cast, cast.outsider)
    mine = {name: [(cast.member(name).login, desk)] for name, desk in desks.items()}
    everyone = sorted((cast.member(n).login, d) for n, d in desks.items())
    team = sorted(p for n, p in ((n, (cast.member(n).login, d)) for n, d in desks.items())
                  if n != "outsider")  # fmt: skip
    for name in ("agent", "other_agent", "rule_author", "outsider"):
        assert rows(cast, cast.member(name)) == mine[name], name
    assert sorted(rows(cast, cast.team_lead)) == team  # their own team's desks, not others'
    assert sorted(rows(cast, cast.admin)) == everyone


@pytest.mark.parametrize(
    ("values", "sqlstate"),
    [
        ({"last_error": "x" * 301}, TOO_LONG),
        ({"last_error": "line one\nline two"}, CHECK),
        ({"hostname": "h" * 254}, TOO_LONG),
        ({"hostname": ""}, CHECK),
        ({"hostname": "pc\x1b[31m"}, CHECK),
        ({"app_version": "1.0; DROP TABLE users"}, CHECK),
        ({"app_version": "latest"}, CHECK),
        ({"schema_revision": "0018 OR 1=1"}, CHECK),
        ({"unsynced": -1}, CHECK),
        ({"last_sync_at": datetime(1970, 1, 1, tzinfo=UTC)}, CHECK),
    ],
)
def test_values_are_bounded_by_the_database(cast: Cast, values: dict, sqlstate: str) -> None:  # noqa: F811
    row = {"hostname": "pc-17", "app_version": "0.1.0", "schema_revision": "0018",
           "last_sync_at": None, "unsynced": 0, "last_error": ""} | values  # fmt: skip
    assert error_of(cast, cast.agent, INSERT, (uuid.uuid4(), *row.values())) == sqlstate
    assert rows(cast) == []


def test_the_longest_allowed_values_fit(cast: Cast) -> None:  # noqa: F811
    desk = beat(cast, cast.agent, hostname="h" * 253, last_error="é" * 300,
                app_version="10.20.30.40rc1.post2.dev3", schema_revision="a" * 32)  # fmt: skip
    assert rows(cast) == [(cast.agent.login, desk)]


def test_only_an_administrator_forgets_a_desk(cast: Cast) -> None:  # noqa: F811
    desk = beat(cast, cast.agent)
    for group in ("agent", "team_lead", "rule_author"):
        statement = "DELETE FROM public.desk_heartbeats WHERE desk_id = %s"
        assert error_of(cast, cast.member(group), statement, (desk,)) == DENIED
    assert run_as(cast, cast.admin, "DELETE FROM public.desk_heartbeats WHERE desk_id = %s",
                  (desk,)) == 1  # fmt: skip


def test_a_hostile_search_path_changes_no_stamp(cast: Cast) -> None:  # noqa: F811
    """An attacker's schema first on the path, with its own now() and a desk_heartbeats
    table: the trigger still stamps the real time and login."""
    with cast.superuser() as conn:
        conn.execute("CREATE SCHEMA evil")
        conn.execute("CREATE FUNCTION evil.now() RETURNS timestamptz LANGUAGE sql "
                     "AS $$ SELECT timestamptz '2099-01-01 00:00+00' $$")  # fmt: skip
        conn.execute("CREATE TABLE evil.desk_heartbeats (LIKE public.desk_heartbeats)")
        conn.execute(f"GRANT USAGE ON SCHEMA evil TO {cast.agent.login}")
        conn.execute(f"GRANT ALL ON ALL TABLES IN SCHEMA evil TO {cast.agent.login}")
    try:
        desk = uuid.uuid4()
        with cast.connect(cast.agent) as conn:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):  # no temporary objects
                conn.execute("CREATE TEMP TABLE desk_heartbeats (login text)")
            conn.execute("SET search_path = evil, pg_catalog, public")
            conn.execute(INSERT.encode(), (desk, "pc", "0.1.0", "0018", None, 0, ""))
            assert conn.execute("SELECT count(*) FROM evil.desk_heartbeats").fetchone() == (0,)
        with cast.superuser() as conn:
            reported, server_now = conn.execute(
                "SELECT reported_at, now() FROM public.desk_heartbeats WHERE desk_id = %s", (desk,)
            ).fetchone()  # fmt: skip
        assert abs(server_now - reported) < timedelta(seconds=30)
    finally:
        with cast.superuser() as conn:
            conn.execute("DROP SCHEMA evil CASCADE")


def test_the_stamp_function_is_pinned_owned_and_not_callable(cast: Cast) -> None:  # noqa: F811
    with cast.superuser() as conn:
        owner, definer, acl, config = conn.execute(
            "SELECT proowner::regrole::text, prosecdef, proacl::text, proconfig::text "
            "FROM pg_proc WHERE proname = 'acrm_stamp_heartbeat'"
        ).fetchone()
    assert owner == "acrm_owner" and not definer
    assert acl == "{acrm_owner=X/acrm_owner}"  # EXECUTE for its owner only: not PUBLIC
    assert config == '{"search_path=public, pg_catalog, pg_temp"}'
    for group in GROUPS:
        assert error_of(cast, cast.member(group), "SELECT public.acrm_stamp_heartbeat()") != ""


@pytest.mark.parametrize("group", ("agent", "team_lead", "rule_author"))
def test_client_logins_have_the_statement_timeout(cast: Cast, group: str) -> None:  # noqa: F811
    with cast.connect(cast.member(group)) as conn:
        assert conn.execute("SHOW statement_timeout").fetchone() == ("30s",)
