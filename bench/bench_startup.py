"""Start-up figures: `acrm --version`, a screen pop's hand-over to a running desk, a cold start.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_startup.py [-n 20]
Targets (issue 11): hand-over <= 150 ms wall, --version <= 150 ms, cold start <= 1 s.
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

ACRM = str(Path(sys.executable).with_name("acrm"))


def wall(command: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - start


def report(name: str, samples: list[float]) -> None:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    print(f"{name:<40} median {statistics.median(samples) * 1000:7.1f} ms   "
          f"p95 {p95 * 1000:7.1f} ms   (n={len(samples)})")  # fmt: skip


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
    runs = parser.parse_args().n
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "ACRM_DATA_DIR": data, "ACRM_INSTANCE_NAME": f"acrm-b{os.getpid()}"}
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        report("acrm --version", [wall([ACRM, "--version"], env) for _ in range(runs)])
        subprocess.run([ACRM, "demo", "--customers", "200"], env=env, check=True,
                       capture_output=True)  # fmt: skip
        smoke = [wall([ACRM, "desk", "--smoke"], env) for _ in range(max(3, runs // 4))]
        report("cold start to a painted card (--smoke)", smoke)
        desk = subprocess.Popen([ACRM, "desk"], env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)  # fmt: skip
        try:
            wait_for_desk(env)
            hand_over = [wall([ACRM, "desk", "--phone", "+48601234567"], env)
                         for _ in range(runs)]  # fmt: skip
            report("acrm desk --phone N (hand-over)", hand_over)
        finally:
            desk.terminate()
            desk.wait(30)


if __name__ == "__main__":
    main()
