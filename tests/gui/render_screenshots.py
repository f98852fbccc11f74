"""Render the desk offscreen to PNGs (not a test): `python -m tests.gui.render_screenshots`."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ACRM_LOCALE", "pl_PL")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--db", help="database URL (default: a temporary file with one rich customer)"
    )
    parser.add_argument("--out", default="shots")
    parser.add_argument("--query", default="Kowalczyk")
    parser.add_argument("--size", help="window size WxH (default: the desk's own)")
    args = parser.parse_args()
    from PySide6.QtCore import QEventLoop, QTimer

    from app.bootstrap import build_services
    from app.services.config import Settings
    from app.views.common.formatting import app_locale
    from app.views.common.i18n import install_locale
    from app.views.common.workers import ThreadedRunner
    from app.views.shell.desk_app import WINDOW_SIZE, application, apply_style
    from app.views.shell.main_window import MainWindow

    url = args.db
    if url is None:
        from app.services.storage import migrate
        from app.services.storage.db import Database
        from tests.gui.conftest import rich_customer

        url = f"sqlite:///{tempfile.mkdtemp()}/shots.sqlite3"
        db = Database(url)
        migrate.upgrade(db.engine)
        rich_customer(db)
        db.dispose()
    app = application()
    install_locale(app)
    apply_style(app)
    services = build_services(
        Settings(db_url=url, agent_login="anna.nowak"), demo_if_empty=args.db is not None
    )
    runner = ThreadedRunner()
    window = MainWindow(services, runner, app_locale())
    window.resize(*(map(int, args.size.split("x")) if args.size else WINDOW_SIZE))
    window.show()

    def pump(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    out = Path(args.out)
    out.mkdir(exist_ok=True)
    window.search.box.setText(args.query)
    window.search.box.textEdited.emit(args.query)
    pump(600)
    window.search._open_current()
    pump(1200)
    window.grab().save(str(out / "main.png"))
    window.show_tab(1)
    pump(600)
    window.history.table.selectRow(0)
    pump(200)
    window.grab().save(str(out / "history.png"))
    window.show_tab(0)
    window.handle_phone("+48 500 000 999")
    pump(800)
    window.caller.create_button.click()
    pump(200)
    window.grab().save(str(out / "unknown_caller.png"))
    runner.shutdown()
    print(f"saved screenshots in {out}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
