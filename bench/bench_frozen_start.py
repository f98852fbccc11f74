"""Cold start of the frozen desk (dist/acrm/acrm) to a usable window, and to the first card.

Run: .venv/bin/python bench/bench_frozen_start.py [-n 20] [--first-runs 3] [--program PATH]
Target (issue 15): the window painted <= 1 s from spawning the program, on a prepared database.

The frozen program runs only its own code, so nothing is injected (startup_probe.py needs the
interpreter): Qt itself says when the window reaches the screen. With the logging category
qt.widgets.painting on, QWidgetRepaintManager writes "Flushing ... of MainWindow" to stderr as
it flushes the main window's backing store; the first such line is the window's first paint
(the search box already has the focus: DeskLauncher focuses it before showing). Each run is
`acrm desk --smoke` offscreen, which then builds the services, searches, opens a customer and
exits 0 when the card is painted: the second figure. A fresh data directory per first-ever run
(it creates the database and the demo customers); the cold starts share one directory whose
demo database `acrm demo --customers 200` made beforehand. `--program .venv/bin/acrm` measures
the checkout the same way (for a frozen-vs-source comparison).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WINDOW_LINE = "qt.widgets.painting: Flushing"
SMOKE_OK = "acrm desk --smoke: ok"


def env_for(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ACRM_")}
    env.update({"ACRM_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen",
                "QT_LOGGING_RULES": "qt.widgets.painting.debug=true"})  # fmt: skip
    for name in ("DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    return env


class StartFailed(Exception):
    """A run exited non-zero (or never painted): counted and reported, never timed."""


def one_start(program: str, data_dir: Path) -> tuple[float, float]:
    """Seconds from spawn to the main window's first flush, and to the smoke run's card."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [program, "desk", "--smoke"], env=env_for(data_dir), stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True, bufsize=1,
    )  # fmt: skip
    window = card = None
    assert process.stdout is not None
    for line in process.stdout:
        now = time.perf_counter() - start
        if window is None and line.startswith(WINDOW_LINE) and " of MainWindow(" in line:
            window = now
        elif card is None and line.startswith(SMOKE_OK):
            card = now
    if process.wait(120) != 0 or window is None or card is None:
        seen = f"window seen: {window is not None}, card seen: {card is not None}"
        raise StartFailed(f"exit {process.returncode}, {seen}")
    return window, card


def report(name: str, samples: list[float]) -> None:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    print(f"{name:<44} median {statistics.median(samples) * 1000:7.1f} ms   "
          f"p95 {p95 * 1000:7.1f} ms   (n={len(samples)})", flush=True)  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=20, help="cold starts to time (at least 10)")
    parser.add_argument("--first-runs", type=int, default=3, help="first-ever runs to time")
    parser.add_argument("--program", default=str(ROOT / "dist" / "acrm" / "acrm"))
    args = parser.parse_args()
    program = args.program
    if not Path(program).is_file():
        raise SystemExit(f"no program at {program} (make package builds dist/acrm/acrm)")
    print(f"{program}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory(prefix="acrm-bench-") as temp:
        first = [one_start(program, Path(temp) / f"first{i}") for i in range(args.first_runs)]
        # (a failed first run ends the bench: without its database nothing else can be timed)
        if first:
            report("first run: window painted", [w for w, _ in first])
            report("first run: demo made, first card painted", [c for _, c in first])
        data = Path(temp) / "prepared"
        subprocess.run([program, "demo", "--customers", "200"], env=env_for(data), check=True,
                       capture_output=True, timeout=300)  # fmt: skip
        runs, failures = [], []
        for index in range(args.n + 1):  # the first warms the page cache, as on a used desk
            try:
                timing = one_start(program, data)
            except StartFailed as failure:
                failures.append(str(failure))
                continue
            if index:
                runs.append(timing)
        report("cold start: window painted, search focused", [w for w, _ in runs])
        report("cold start: services in, first card painted", [c for _, c in runs])
        for failure in failures:
            print(f"  a run failed: {failure}")
        if failures:
            raise SystemExit(f"{len(failures)} of {args.n + 1} cold starts failed")


if __name__ == "__main__":
    main()
