"""Starting the desktop: platform, locale, style, single instance, the window, then the services.

The window shows first, with the search box focused; the database, its migration check and
the services are wired on a worker thread after its first paint, and the window's runner holds
whatever the consultant starts meanwhile. Nothing here imports SQLAlchemy, rule-engine or
pyqtgraph on the GUI thread before the window is up (tests/gui/test_cold_start.py).
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer
from PySide6.QtWidgets import QApplication

from app.paths import resources_dir
from app.services.config import Settings
from app.views.common.i18n import install_locale
from app.views.common.workers import Operation, ThreadedRunner
from app.views.shell.gui_gc import GuiThreadCollector
from app.views.shell.instance_name import server_name
from app.views.shell.single_instance import InstanceServer, send_to_running

if TYPE_CHECKING:
    from app.bootstrap import Services
    from app.views.first_run.desk_sign_in import StartSignIn
    from app.views.shell.main_window import MainWindow

log = logging.getLogger(__name__)
STYLE_PATH = resources_dir() / "style.qss"
WINDOW_SIZE = (1440, 900)


@dataclass(frozen=True)
class DeskOptions:
    phone: str | None = None
    smoke: bool = False
    instance_name: str | None = None
    smoke_timeout_s: float = 60.0
    size: tuple[int, int] | None = None  # the window's size (default WINDOW_SIZE)
    screenshot: str | None = None  # smoke run: write a PNG of the painted desk here
    verified: bool = False  # smoke run: the identity check ticked as a consultant would


SCREENSHOT_WAIT_MS = 10_000  # for the offers and the chart after the card paints


def ensure_platform() -> None:
    """Without a display (CI, SSH), Qt must render offscreen instead of aborting."""
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def application() -> QApplication:
    ensure_platform()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("aCRM Desk")  # the X11 window class: the launcher's StartupWMClass
    app.setOrganizationName("acrm-desk")
    # The launcher's name (packaging/linux): the Wayland app id, so the dock shows our icon.
    app.setDesktopFileName("io.github.acrm_desk.Desk")
    return app  # type: ignore[return-value]


def apply_style(app: QApplication) -> None:
    if STYLE_PATH.exists():
        app.setStyleSheet(STYLE_PATH.read_text(encoding="utf-8"))


def starting_text() -> str:
    # The context of the former start-up screen, whose translations these are.
    return QCoreApplication.translate(
        "StartupScreen", "Opening the database. On the first run demo customers are created."
    )


class DeskLauncher(QObject):
    """Shows the window, then builds the services in the background; the smoke run ends itself."""

    def __init__(
        self,
        app: QApplication,
        settings: Settings,
        options: DeskOptions,
        build: Callable[[Settings], Services] | None = None,
    ) -> None:
        super().__init__()
        self.app = app
        self.settings = settings
        self.options = options
        self._build = build or _build_with_demo
        self.sign_in: StartSignIn | None = None  # with a server: the keyring, else the wizard
        self._leaving = (False, False)  # signed out: (delete the cache, discard unsynced)
        self.runner = ThreadedRunner(reads=2)
        self.server = InstanceServer(self)
        self.server.received.connect(self._handover)
        self.collector: GuiThreadCollector | None = None
        self.window: MainWindow | None = None
        self.services: Services | None = None
        self.exit_code = 0
        self._queued_phone = options.phone

    def start(self) -> None:
        from app.views.common.formatting import app_locale

        self.locale = app_locale(self.settings.desk)
        self.collector = GuiThreadCollector(self)
        if not self.options.smoke:
            self.server.listen(self.options.instance_name or server_name())
        else:
            QTimer.singleShot(int(self.options.smoke_timeout_s * 1000), self._smoke_timeout)
        settings = self.settings
        if settings.server is not None and self._build is _build_with_demo:
            from app.views.first_run.desk_sign_in import StartSignIn

            # The keyring is read off the GUI thread; without a password the wizard asks.
            self.sign_in = StartSignIn(self.runner, self.locale, settings, self._signed_in,
                                       self._not_signed_in, smoke=self.options.smoke)  # fmt: skip
            self.sign_in.start()
            return
        self._open()

    def _open(self) -> None:
        self._show_window()
        # After the window's first paint (posted events go before timers): building imports
        # SQLAlchemy and the services, which would otherwise hold the GIL while the window forms.
        QTimer.singleShot(0, self._build_in_background)

    def _show_window(self) -> None:
        from app.views.shell.main_window import MainWindow

        window = MainWindow(None, self.runner, self.locale, settings=self.settings)
        self.window = window
        # The style sheet after the widgets exist: applied first, Qt re-polishes each widget as
        # it is added to its parent, which made building the window 0.2 s slower.
        apply_style(self.app)
        window.tools.session.signedOut.connect(self._signed_out)
        window.resize(*(self.options.size or WINDOW_SIZE))
        window.status.set_state(starting_text())
        window.show()
        window.activateWindow()
        window.focus_search()  # typing works at once; the search runs once the services are in
        if self._queued_phone:
            window.handle_phone(self._queued_phone)  # held until the services are in
        self._queued_phone = None

    def _build_in_background(self) -> None:
        settings = self.settings
        self.runner.submit(
            Operation(
                work=lambda: self._build(settings), on_success=self._ready, on_failure=self._failed
            )
        )

    def _ready(self, services: Services) -> None:
        assert self.window is not None
        self.services = services
        self.window.use_services(services)
        if self.window.status.state.text() == starting_text():
            self.window.status.set_state(QCoreApplication.translate("StatusStrip", "Ready"))
        if self.window.sync is not None:
            QTimer.singleShot(0, self.window.sync.start)
        self._warm_up()

    def _warm_up(self) -> None:
        """Import what the first card needs on a worker, one module at a time (one reader stays
        free for the consultant's own reads): pyqtgraph for its chart, then rule-engine for its
        offers (app/rules imports it on first use). Each takes up to half a second."""
        card = self.window.card  # type: ignore[union-attr]
        card.chart_coming = True

        def chart_ready(_module: object) -> None:
            card.prepare_chart()
            self.runner.submit(Operation(work=lambda: importlib.import_module("rule_engine"),
                                         on_success=lambda _module: None))  # fmt: skip

        def chart_failed(error: BaseException) -> None:
            card.chart_coming = False  # the next card builds it, and says what is wrong
            log.error("could not load the chart: %s", error)

        self.runner.submit(
            Operation(
                work=lambda: importlib.import_module("app.views.customer.flow_chart"),
                on_success=chart_ready,
                on_failure=chart_failed,
            )
        )
        if self.options.smoke:
            self._smoke()

    def _signed_in(self, settings: Settings, password: str) -> None:
        self.settings = settings
        self._build = lambda s: _build_synced(s, password)
        self._open()

    def _not_signed_in(self) -> None:
        print("acrm desk: not signed in to the server; not started", file=sys.stderr)
        self.finish(1)

    def _signed_out(self, forget_cache: bool, discard_unsynced: bool) -> None:
        """The password is gone; the desk closes, then deletes the cache if that was asked."""
        self._leaving = (forget_cache, discard_unsynced)
        self.finish(0)

    def _failed(self, error: BaseException) -> None:
        from app.services.errors import AcrmError

        print(f"acrm desk: could not start: {error}", file=sys.stderr)
        # 2, as for every command: the input (database, URL, file) is wrong, not the desk.
        self.finish(2 if isinstance(error, AcrmError) else 1)

    def _handover(self, message: dict) -> None:
        phone = str(message.get("phone") or "").strip()
        if not phone:
            if self.window is not None:
                self.window.raise_()
                self.window.activateWindow()
            return
        if self.window is None:
            self._queued_phone = phone  # still starting: pop as soon as the window exists
        else:
            self.window.handle_phone(phone)

    # -- smoke run -----------------------------------------------------------------------------
    def _smoke(self) -> None:
        assert self.window is not None and self.services is not None
        search = self.services.search
        self.window.cardPainted.connect(self._smoke_painted)
        self.runner.submit(
            Operation(
                work=lambda: _first_customer(search),
                on_success=self._smoke_open,
                on_failure=self._failed,
            )
        )

    def _smoke_open(self, hit) -> None:
        if hit is None:
            print("acrm desk --smoke: the database has no customers to open", file=sys.stderr)
            self.finish(1)
            return
        self.window.open_customer(hit.id)  # type: ignore[union-attr]

    def _smoke_painted(self, _customer_id, seconds: float) -> None:
        name = self.window.header.name.text()  # type: ignore[union-attr]
        print(
            f"acrm desk --smoke: ok, opened {name} and painted the card in {seconds * 1000:.0f} ms"
        )
        if self.options.verified:
            self._tick_identity_check()
        if self.options.screenshot is None:
            self.finish(0)
            return
        self._screenshot_deadline = time.monotonic() + SCREENSHOT_WAIT_MS / 1000
        self._screenshot_when_settled()

    def _tick_identity_check(self) -> None:
        """The required questions answered correctly, so balances and offers show."""
        from app.services.contacts.verification import Answer

        settings = self.settings.verification
        unasked = len(settings.questions) - settings.required
        answers = [Answer.PASSED.value] * settings.required + [Answer.NOT_ASKED.value] * unasked
        self.window.verification.restore(answers)  # type: ignore[union-attr]

    def _screenshot_when_settled(self) -> None:
        """The PNG shows what a consultant sees once the offers have come in (or 10 s passed)."""
        window = self.window
        assert window is not None
        checking_text = QCoreApplication.translate("NextBestActionPanel", "Checking offers…")
        checking = window.nba.status_text() in ("", checking_text)
        if checking and time.monotonic() < self._screenshot_deadline:
            QTimer.singleShot(100, self._screenshot_when_settled)
            return
        path = self.options.screenshot
        assert path is not None
        if window.grab().save(path, "PNG"):
            print(f"acrm desk --smoke: wrote {path} ({window.width()}x{window.height()})")
            self.finish(0)
        else:
            print(f"acrm desk --smoke: could not write the screenshot {path}", file=sys.stderr)
            self.finish(1)

    def _smoke_timeout(self) -> None:
        # Reaching this timer means the event loop still runs: the card was never painted.
        limit = self.options.smoke_timeout_s
        print(f"acrm desk --smoke: failed, no card painted within {limit:.0f} s", file=sys.stderr)
        self.finish(1)

    def finish(self, code: int) -> None:
        self.exit_code = code
        self.app.exit(code)

    def shutdown(self) -> None:
        """Stop listening, let running work finish, close windows and the database."""
        self.server.close()
        if self.window is not None and self.window.sync is not None:
            self.window.sync.stop()  # the sync thread must be done before the database closes
        if self.window is not None and not self.window.runner.holding:
            self.window.keep_current_draft()  # the last keystrokes too; the drain writes them
        self.runner.shutdown()
        if self.collector is not None:
            self.collector.stop()
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
        if self.services is not None:
            self.services.close()  # the sync's server connections too, then the local engine
        if self._leaving[0]:
            from app.views.first_run.desk_sign_in import forget_cache_after_close

            forget_cache_after_close(self.settings, discard_unsynced=self._leaving[1])


def _build_with_demo(settings: Settings) -> Services:
    from app.bootstrap import build_services

    return build_services(settings, demo_if_empty=True)


def _build_synced(settings: Settings, password: str) -> Services:
    from app.bootstrap import build_services

    return build_services(settings, password=lambda: password)


def _first_customer(search):
    """Any customer for the smoke run, found the way a consultant would: by typing.

    Search needs two characters, so try a phone prefix, then two-letter name prefixes; each try
    is one index range, so even the full alphabet sweep on an odd database stays well under 1 s.
    """
    letters = "abcdefghijklmnopqrstuvwxyz"
    pairs = (a + b for a in letters for b in letters)
    for query in ("+48", "ko", "no", "wi", "ka", "ma", "an", *pairs):
        hits = search.search(query, limit=1)
        if hits:
            return hits[0]
    return None


def run_desk(settings: Settings, options: DeskOptions) -> int:
    """`acrm desk`: hand over to a running desktop or start one; returns the exit code."""
    app = application()
    if not options.smoke:
        message = {"phone": options.phone or ""}
        if send_to_running(options.instance_name or server_name(), message):
            print("acrm desk: handed over to the running desktop")
            return 0
    previous_locale = QLocale()  # put back on exit: the CLI runs the desk in-process
    translator = install_locale(app, settings.desk)
    launcher = DeskLauncher(app, settings, options)
    launcher.start()
    try:
        code = app.exec()
    finally:
        launcher.shutdown()
        if translator is not None:
            app.removeTranslator(translator)
        QLocale.setDefault(previous_locale)
    return launcher.exit_code or code
