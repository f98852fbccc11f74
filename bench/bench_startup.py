"""Start-up figures: `acrm --version`, a screen pop's hand-over to a running desk, a cold start.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_startup.py [-n 20] [--source DIR]
Targets (issue 11): hand-over <= 150 ms wall, --version <= 150 ms, cold start <= 1 s.

Cold start is measured to a *usable window*: from spawning the process to the main window's
first paint with the search box focused, on an existing database (demo data already made).
startup_probe.py runs `acrm desk` and watches from outside the desk's code; it types a name
prefix at once, so two later figures say when the desk answers: the typed search's results,
then the first hit's card painted after Enter. The first-ever run, which creates the database
and its demo data, is timed apart. `--source DIR` runs another checkout's `app` (e.g. a
`git archive` of an older commit) under the same conditions, for before/after figures.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROBE = HERE / "startup_probe.py"
STAGES = {
    "window": "probe: window painted",
    "search": "probe: search answered",
    "card": "probe: card painted",
}


def wall(command: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - start


def staged(env: dict) -> dict[str, float]:
    """One cold start through the probe: seconds from spawn to each stage's line."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, str(PROBE)], env=env, stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL, text=True, bufsize=1,
    )  # fmt: skip
    seen: dict[str, float] = {}
    assert process.stdout is not None
    for line in process.stdout:
        now = time.perf_counter() - start
        for stage, prefix in STAGES.items():
            if line.startswith(prefix) and stage not in seen:
                seen[stage] = now
                if stage == "window" and "focus on searchBox" not in line:
                    print(f"  note: {line.strip()}")
    if process.wait(120) != 0 or len(seen) != len(STAGES):
        raise SystemExit(f"cold start failed (exit {process.returncode}, saw {sorted(seen)})")
    return seen


def report(name: str, samples: list[float]) -> None:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    print(f"{name:<52} median {statistics.median(samples) * 1000:7.1f} ms   "
          f"p95 {p95 * 1000:7.1f} ms   (n={len(samples)})")  # fmt: skip


def report_starts(title: str, runs: list[dict[str, float]]) -> None:
    report(f"{title}: window painted, search focused", [r["window"] for r in runs])
    report(f"{title}: typed search answered", [r["search"] for r in runs])
    report(f"{title}: the first hit's card painted", [r["card"] for r in runs])


def wait_for_desk(env: dict, deadline_s: float = 120.0) -> None:
    probe = ("import sys; from app.cli.hand_over import hand_over; "
             "from app.views.shell.instance_name import server_name; "
             "sys.exit(0 if hand_over(server_name(), {'phone': ''}, 0.5) else 1)")  # fmt: skip
    end = time.monotonic() + deadline_s
    while time.monotonic() < end:
        if subprocess.run([sys.executable, "-c", probe], env=env).returncode == 0:
            return
        time.sleep(0.5)
    raise SystemExit("the desk did not start listening in time")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=20, help="samples per measurement")
    parser.add_argument("--first-runs", type=int, default=3, help="first-ever runs to time")
    parser.add_argument("--source", type=Path, help="a checkout whose `app` to measure")
    parser.add_argument("--only-cold", action="store_true", help="skip --version and hand-over")
    args = parser.parse_args()
    runs = args.n
    source = (args.source or HERE.parent).resolve()
    acrm = [str(Path(sys.executable).with_name("acrm"))]  # imports `app` from PYTHONPATH
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "ACRM_DATA_DIR": data, "ACRM_INSTANCE_NAME": f"acrm-b{os.getpid()}",
               "PYTHONPATH": str(source)}  # fmt: skip
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        if not args.only_cold:
            report("acrm --version", [wall([*acrm, "--version"], env) for _ in range(runs)])
        first = []
        for index in range(args.first_runs):
            fresh = {**env, "ACRM_DATA_DIR": f"{data}/first{index}"}
            first.append(staged(fresh))  # creates the database and 200 demo customers
        if first:
            report_starts("first run", first)
        subprocess.run([*acrm, "demo", "--customers", "200"], env=env, check=True,
                       capture_output=True)  # fmt: skip
        report_starts("cold start", [staged(env) for _ in range(runs)])
        if args.only_cold:
            return
        desk = subprocess.Popen([*acrm, "desk"], env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)  # fmt: skip
        try:
            wait_for_desk(env)
            hand_over = [wall([*acrm, "desk", "--phone", "+48601234567"], env)
                         for _ in range(runs)]  # fmt: skip
            report("acrm desk --phone N (hand-over)", hand_over)
        finally:
            desk.terminate()
            desk.wait(30)


if __name__ == "__main__":
    main()
