"""Cold start: the window shows before the services; what the consultant does meanwhile waits.

The window is up with the search box focused before the database is opened; the services are
wired on a worker thread, and a search typed or a call handed over in between runs once they
are in. The start-up path loads no SQLAlchemy, rule-engine, pyqtgraph or Alembic before the
window shows (checked in a fresh interpreter, where nothing else has imported them).
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import uuid
from pathlib import Path

from PySide6.QtCore import Qt

from app.bootstrap import build_services
from app.services.config import Settings
from app.views.shell.desk_app import DeskLauncher, DeskOptions, starting_text
from tests import factories as f

ROOT = Path(__file__).resolve().parents[2]


def blocked_launcher(qapp, db_url: str, release: threading.Event) -> DeskLauncher:
    def slow_build(settings: Settings):
        release.wait(30)  # stands in for a slow start: opening, migrating, first-run demo data
        return build_services(settings)

    name = f"acrm-test-{uuid.uuid4().hex[:10]}"
    options = DeskOptions(instance_name=name)
    return DeskLauncher(qapp, Settings(db_url=db_url), options, build=slow_build)


def test_window_takes_typing_before_the_services_are_ready(qtbot, qapp, sqlite_db) -> None:
    f.make_customer(sqlite_db, first_name="Adam", last_name="Mickiewicz")
    release = threading.Event()
    launcher = blocked_launcher(qapp, sqlite_db.url, release)
    try:
        launcher.start()
        window = launcher.window
        assert window is not None and window.isVisible() and launcher.services is None
        assert window.focusWidget() is window.search.box
        assert window.status.state.text() == starting_text()
        qtbot.keyClicks(window.search.box, "Mick")
        qtbot.wait(400)  # past the search's debounce: the query is held, not lost or failed
        assert window.search.model.rowCount() == 0
        window.tools.open_editor()  # a tool's shortcut while starting: nothing, no error
        assert window.tools.editor is None
        release.set()
        qtbot.waitUntil(lambda: window.search.model.rowCount() == 1, timeout=10_000)
        assert window.search.model.hit(0).full_name == "Adam Mickiewicz"
        assert launcher.services is not None and window.services is launcher.services
        assert window.status.state.text() == "Ready"
        with qtbot.waitSignal(window.cardPainted, timeout=10_000):
            qtbot.keyClick(window.search.box, Qt.Key.Key_Return)
        assert window.card.card.identity.full_name == "Adam Mickiewicz"
        # The chart's library was imported on a worker; the card gets its chart when it is in.
        qtbot.waitUntil(lambda: window.card.chart is not None, timeout=10_000)
        assert window.card.chart.isVisibleTo(window.card)
    finally:
        release.set()
        launcher.shutdown()


def test_a_call_handed_over_while_starting_pops_once_ready(qtbot, qapp, sqlite_db) -> None:
    f.seed_wrapup_codes(sqlite_db)
    cid = f.make_customer(sqlite_db, first_name="Jan", last_name="Kowal", phones=("+48601234567",))
    release = threading.Event()
    launcher = blocked_launcher(qapp, sqlite_db.url, release)
    try:
        launcher.start()
        launcher._handover({"phone": "601 234 567"})  # what the instance server delivers
        qtbot.wait(200)
        assert launcher.window.card.card is None
        release.set()
        qtbot.waitUntil(lambda: launcher.window.card.card is not None, timeout=10_000)
        assert launcher.window.card.card.identity.id == cid
        qtbot.waitUntil(lambda: launcher.window.wrapup.clock.running, timeout=5000)
        assert launcher.window.wrapup.contact.caller_number == "601 234 567"
    finally:
        release.set()
        launcher.shutdown()


PROBE = """
import json, sys
from app.services.config import Settings
from app.views.shell.desk_app import DeskLauncher, DeskOptions, application

HEAVY = ("sqlalchemy", "rule_engine", "pyqtgraph", "numpy", "alembic", "psycopg", "httpx")
def heavy():
    return sorted({name.split(".")[0] for name in sys.modules} & set(HEAVY))

app = application()
launcher = DeskLauncher(app, Settings(db_url=sys.argv[1]), DeskOptions(instance_name=sys.argv[2]))
launcher.start()  # shows the window; the services are built once the event loop runs
window = launcher.window
seen = {"window": heavy(), "focus": window.focusWidget() is window.search.box}
def ready():
    seen["services"] = heavy()
    app.exit(0)
window.servicesReady.connect(ready)
app.exec()
launcher.shutdown()
print(json.dumps(seen))
"""


def test_the_window_shows_without_the_heavy_modules(sqlite_db, tmp_path) -> None:
    f.make_customer(sqlite_db)  # an existing database: no first-run demo data
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT),
           "HOME": str(tmp_path), "ACRM_DATA_DIR": str(tmp_path)}  # fmt: skip
    name = f"acrm-test-{uuid.uuid4().hex[:10]}"
    result = subprocess.run(
        [sys.executable, "-c", PROBE, sqlite_db.url, name],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.splitlines()[-1])
    assert seen["window"] == [] and seen["focus"] is True
    # An existing database at head: no migration, so no Alembic; rule-engine and the chart
    # library are warmed up on a worker afterwards; with no server and no webhook configured
    # neither the PostgreSQL driver nor the HTTP client is needed at all.
    assert not {"alembic", "rule_engine", "pyqtgraph", "psycopg", "httpx"} & set(seen["services"])
    assert "sqlalchemy" in seen["services"]  # the probe did see the services being built
