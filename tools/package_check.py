"""`make package-test`: run the frozen program (dist/acrm/acrm) as CI and an administrator would.

    .venv/bin/python tools/package_check.py [--program dist/acrm/acrm]

Steps, each printed before it runs and named when it fails (exit 1):
  1. `acrm --version` prints this checkout's version (app.__version__); every bundled Qt
     plugin (the xcb one included) finds its libraries.
  2. `acrm desk --smoke` opens a customer on fresh demo data (offscreen, a temporary data dir),
     then again through the xcb plugin on a virtual X server (xvfb-run).
  3. `acrm db upgrade --url sqlite:///...` migrates an empty SQLite file to the newest revision.
  4. PostgreSQL: a throwaway server (tests/pg.py, as the test suite starts it); the frozen
     program migrates it, creates an agent's login (`admin create-user --password-stdin`) and
     loads demo customers into it (`demo --db`); a private D-Bus session with an unlocked GNOME
     Keyring (the Secret Service, as on a desk) gets the agent's password through
     `acrm login --password-stdin`; then `acrm sync --once` as the agent must exit 0, pull the
     customers into the desk's cache and leave nothing unsynced (`acrm sync --status`).
Needs: postgresql-15, dbus-daemon, gnome-keyring and xvfb (tools/ensure-system-packages.sh
postgres package-test).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager, suppress
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app import __version__  # noqa: E402
from tests import pg  # noqa: E402

DEMO_CUSTOMERS = 25
AGENT = "package_agent"
AGENT_PASSWORD = "package-check-password-1"
KEYRING_PASSWORD = "package-check-keyring"  # unlocks the throwaway login keyring
TIMEOUT_S = 300
PASSED: list[str] = []  # the steps that ran and passed, in order


class StepFailed(Exception):
    """A step's command failed or printed something else than expected."""


def run(
    step: str, program: Path, args: list[str], env: dict[str, str], stdin: str | None = None
) -> str:
    """Run the frozen program; its stdout, or StepFailed naming the step and what it printed."""
    shown = " ".join([str(program), *args])
    print(f"[{step}] $ {shown}", flush=True)
    started = time.perf_counter()
    try:
        result = subprocess.run(
            [str(program), *args], env=env, input=stdin, capture_output=True, text=True,
            timeout=TIMEOUT_S, check=False,
        )  # fmt: skip
    except subprocess.TimeoutExpired as error:
        raise StepFailed(f"{step}: `{shown}` did not finish in {TIMEOUT_S} s") from error
    took = time.perf_counter() - started
    for line in (result.stdout + result.stderr).strip().splitlines():
        print(f"    {line}")
    print(f"    (exit {result.returncode}, {took:.1f} s)", flush=True)
    if result.returncode != 0:
        raise StepFailed(f"{step}: `{shown}` exited {result.returncode}")
    if step not in PASSED:
        PASSED.append(step)
    return result.stdout


def expect(step: str, condition: bool, what: str) -> None:
    if not condition:
        if step in PASSED:
            PASSED.remove(step)
        raise StepFailed(f"{step}: {what}")


def base_env(data_dir: Path) -> dict[str, str]:
    """The machine's environment with a private data dir, no display and no inherited config."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ACRM_", "PYTHON"))}
    env.update({"ACRM_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"})
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    return env


def check_version(program: Path, work: Path) -> None:
    out = run("version", program, ["--version"], base_env(work / "version"))
    expect("version", out.strip() == f"acrm {__version__}",
           f"printed {out.strip()!r}, expected 'acrm {__version__}'")  # fmt: skip


def check_plugin_libraries(program: Path, work: Path) -> None:
    """Every bundled Qt plugin finds its libraries (a build machine without the xcb libraries
    ships an xcb plugin that cannot load: PyInstaller only warns)."""
    step = "Qt plugins' libraries"
    internal = program.parent / "_internal"
    plugins = sorted((internal / "PySide6/Qt/plugins").rglob("*.so"))
    print(f"[{step}] $ ldd on {len(plugins)} plugins", flush=True)
    expect(step, any(p.name == "libqxcb.so" for p in plugins), "no xcb platform plugin bundled")
    env = {**os.environ, "LD_LIBRARY_PATH": f"{internal}:{internal / 'PySide6/Qt/lib'}"}
    for plugin in plugins:
        result = subprocess.run(["ldd", str(plugin)], env=env, capture_output=True, text=True,
                                check=False)  # fmt: skip
        missing = [line.split()[0] for line in result.stdout.splitlines() if "not found" in line]
        expect(step, not missing, f"{plugin.relative_to(internal)} cannot load {missing}")
    PASSED.append(step)


def check_smoke(program: Path, work: Path) -> None:
    out = run("desk --smoke", program, ["desk", "--smoke"], base_env(work / "smoke"))
    expect("desk --smoke", "acrm desk --smoke: ok" in out, "no 'ok' line: no card was painted")


def check_smoke_on_x11(program: Path, work: Path) -> None:
    """The same desk through the xcb plugin (a real X11 window) on a virtual screen, on the
    database the offscreen run made."""
    step = "desk --smoke on X11"
    if shutil.which("xvfb-run") is None:
        raise StepFailed(f"{step}: xvfb-run not found (tools/ensure-system-packages.sh "
                         "package-test installs xvfb)")  # fmt: skip
    env = {**base_env(work / "smoke"), "QT_QPA_PLATFORM": "xcb"}
    print(f"[{step}] under xvfb-run -a (1366x768)", flush=True)
    out = run(step, Path("xvfb-run"), ["-a", "-s", "-screen 0 1366x768x24", str(program), "desk",
              "--smoke"], env)  # fmt: skip
    expect(step, "acrm desk --smoke: ok" in out, "no 'ok' line: no card was painted")


def check_sqlite_upgrade(program: Path, work: Path) -> None:
    url = f"sqlite:///{work / 'upgrade.sqlite3'}"
    env = base_env(work / "upgrade")
    out = run("db upgrade (SQLite)", program, ["db", "upgrade", "--url", url], env)
    expect("db upgrade (SQLite)", "upgraded empty ->" in out, "the empty file was not migrated")
    newest = out.strip().rpartition(" ")[2]
    again = run("db upgrade (SQLite)", program, ["db", "upgrade", "--url", url], env)
    expect("db upgrade (SQLite)", f"already at the newest revision {newest}" in again,
           "a second upgrade did not find the file at the newest revision")  # fmt: skip


@contextmanager
def secret_service(work: Path) -> Iterator[dict[str, str]]:
    """A private session bus with an unlocked GNOME Keyring; yields the variables to reach it."""
    for command in ("dbus-daemon", "gnome-keyring-daemon"):
        if shutil.which(command) is None:
            raise StepFailed(f"keyring: {command} not found (tools/ensure-system-packages.sh "
                             "package installs dbus-daemon and gnome-keyring)")  # fmt: skip
    home = work / "keyring-home"
    runtime = work / "keyring-runtime"
    for folder in (home, runtime):
        folder.mkdir(mode=0o700)
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
           "XDG_RUNTIME_DIR": str(runtime)}  # fmt: skip
    bus = subprocess.run(
        ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
        env=env, capture_output=True, text=True, timeout=30, check=False,
    )  # fmt: skip
    if bus.returncode != 0:
        raise StepFailed(f"keyring: dbus-daemon did not start: {bus.stderr.strip()}")
    address, bus_pid = bus.stdout.split()
    env["DBUS_SESSION_BUS_ADDRESS"] = address
    print(f"[keyring] private D-Bus session (pid {bus_pid}), GNOME Keyring unlocked", flush=True)
    keyring = subprocess.Popen(
        ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
        env=env, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        text=True,
    )  # fmt: skip
    try:
        assert keyring.stdin is not None
        keyring.stdin.write(KEYRING_PASSWORD)
        keyring.stdin.close()
        yield {k: env[k] for k in ("HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR",
                                   "DBUS_SESSION_BUS_ADDRESS")}  # fmt: skip
    finally:
        keyring.terminate()
        try:
            keyring.wait(10)
        except subprocess.TimeoutExpired:
            keyring.kill()
        with suppress(ProcessLookupError):
            os.kill(int(bus_pid), 15)


def check_postgres_sync(program: Path, work: Path, stack: ExitStack) -> None:
    step = "PostgreSQL server"
    print(f"[{step}] starting a throwaway server (tests/pg.py)", flush=True)
    try:
        server = pg.start_server()
    except pg.PostgresUnavailable as error:
        raise StepFailed(f"{step}: {error}") from error
    stack.callback(server.stop)
    name = "acrm_package"
    server.create_database(name)
    admin_url = server.admin_url(name)  # the superuser, trusted on loopback: no password
    env = base_env(work / "admin")
    run("db upgrade (PostgreSQL)", program, ["db", "upgrade", "--url", admin_url], env)
    run("admin create-user", program, ["admin", "create-user", AGENT, "--role", "agent",
        "--team", "Package check", "--password-stdin", "--url", admin_url], env,
        stdin=AGENT_PASSWORD + "\n")  # fmt: skip
    run("demo on the server", program,
        ["demo", "--customers", str(DEMO_CUSTOMERS), "--db", admin_url], env)  # fmt: skip

    desk_dir = work / "desk"
    desk_dir.mkdir(mode=0o700)
    server_url = f"postgresql://127.0.0.1:{server.port}/{name}"
    (desk_dir / "config.toml").write_text(f'[server]\nlogin = "{AGENT}"\nsslmode = "disable"\n')
    desk = {**base_env(desk_dir), "ACRM_SERVER_URL": server_url,
            **stack.enter_context(secret_service(work))}  # fmt: skip
    out = run("login (keyring)", program, ["login", "--password-stdin"], desk,
              stdin=AGENT_PASSWORD + "\n")  # fmt: skip
    expect("login (keyring)", "stored in the OS keyring" in out, "the password was not stored")

    out = run("sync --once", program, ["sync", "--once"], desk)
    expect("sync --once", out.startswith("first sync: pushed 0, pulled "),
           f"expected a first sync, got {out.strip()!r}")  # fmt: skip
    pulled = int(out.split("pulled ")[1].split()[0].rstrip(","))
    expect("sync --once", pulled >= DEMO_CUSTOMERS, f"pulled {pulled} rows, expected the "
           f"{DEMO_CUSTOMERS} customers and more")  # fmt: skip
    caches = sorted(desk_dir.glob("cache-*.sqlite3"))
    expect("sync --once", len(caches) == 1, f"expected one cache file, found {caches}")
    with sqlite3.connect(caches[0]) as cache:
        customers = cache.execute("SELECT count(*) FROM customers").fetchone()[0]
    expect("sync --once", customers == DEMO_CUSTOMERS,
           f"the cache holds {customers} customers, the server {DEMO_CUSTOMERS}")  # fmt: skip
    print(f"    the desk's cache holds the server's {customers} customers", flush=True)
    out = run("sync --status", program, ["sync", "--status"], desk)
    expect("sync --status", "unsynced: 0" in out, "rows left unsynced")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--program", type=Path, default=ROOT / "dist" / "acrm" / "acrm")
    args = parser.parse_args()
    program = args.program.resolve()
    if not program.is_file():
        print(f"package-test: no frozen program at {program} (make package builds it)",
              file=sys.stderr)  # fmt: skip
        return 1
    checks: list[Callable[[Path, Path], None]] = [
        check_version, check_plugin_libraries, check_smoke, check_smoke_on_x11,
        check_sqlite_upgrade,
    ]  # fmt: skip
    started = time.perf_counter()
    with ExitStack() as stack, tempfile.TemporaryDirectory(prefix="acrm-package-") as temp:
        work = Path(temp)
        os.chmod(work, 0o755)  # the PostgreSQL server user reads nothing here, but may look
        try:
            for check in checks:
                check(program, work)
            check_postgres_sync(program, work, stack)
        except StepFailed as failure:
            print(f"package-test FAILED at step {failure}", file=sys.stderr, flush=True)
            print(f"package-test: {len(PASSED)} passed, 1 failed")
            return 1
    print(f"the frozen program passed {', '.join(PASSED)} "
          f"in {time.perf_counter() - started:.0f} s")  # fmt: skip
    print(f"package-test: {len(PASSED)} passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
