"""Render the team workspace offscreen to PNGs with plausible figures (not a test).

ACRM_LOCALE=ru_RU python -m tests.gui.render_team_workspace --out /work/shots-v2
"""

from __future__ import annotations

import argparse
import os
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ACRM_LOCALE", "pl_PL")

SIZES = ((1024, 700), (1366, 768), (1920, 1080))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="shots")
    args = parser.parse_args()
    from PySide6.QtCore import QEventLoop, QTimer

    from app.services.errors import AcrmError
    from app.views.common.formatting import app_locale
    from app.views.common.i18n import install_locale
    from app.views.common.workers import ThreadedRunner
    from app.views.shell.desk_app import application, apply_style
    from app.views.team.period import CUSTOM
    from app.views.team.window import TeamWorkspaceWindow
    from tests.gui.team_fakes import FakeReports, realistic

    app = application()
    install_locale(app)
    apply_style(app)
    people, offers, today, last_week = realistic()
    reports = FakeReports(people, offers, today, last_week)
    now = datetime(2026, 12, 4, 14, 42, tzinfo=ZoneInfo("Europe/Warsaw"))
    runner = ThreadedRunner()
    window = TeamWorkspaceWindow(runner, reports, lambda: True, app_locale(),
                                 tz="Europe/Warsaw", clock=lambda: now)  # fmt: skip

    def pump(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    language = app_locale().name()
    window.show()
    window.refresh()
    pump(800)
    for width, height in SIZES:
        window.resize(width, height)
        for index, name in enumerate(("agents", "offers", "hours")):
            window.tabs.setCurrentIndex(index)
            pump(300)
            path = out / f"workspace-{language}-{width}x{height}-{name}.png"
            window.grab().save(str(path))
            print(path)
    # The custom period open, and a refresh that failed: the quiet line under the tables.
    window.resize(1366, 768)
    window.tabs.setCurrentIndex(0)
    window.period.choose(CUSTOM)
    pump(500)
    reports.fail = AcrmError("the server did not answer (timeout after 10 s)")
    window.refresh()
    pump(500)
    path = out / f"workspace-{language}-1366x768-dates-error.png"
    window.grab().save(str(path))
    print(path)
    runner.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
