"""Starting the desktop: platform, locale, style, single instance, services in the background."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from app.config import Settings
from app.views.gui_gc import GuiThreadCollector
from app.views.i18n import install_locale
from app.views.single_instance import InstanceServer, send_to_running, server_name
from app.views.workers import Operation, ThreadedRunner

if TYPE_CHECKING:
    from app.bootstrap import Services
    from app.views.main_window import MainWindow

STYLE_PATH = Path(__file__).resolve().parents[2] / "resources" / "style.qss"
WINDOW_SIZE = (1440, 900)


@dataclass(frozen=True)
class DeskOptions:
    phone: str | None = None
    smoke: bool = False
    instance_name: str | None = None
    smoke_timeout_s: float = 60.0


def ensure_platform() -> None:
    """Without a display (CI, SSH), Qt must render offscreen instead of aborting."""
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def application() -> QApplication:
    ensure_platform()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("aCRM Desk")
    app.setOrganizationName("acrm-desk")
    return app  # type: ignore[return-value]


def apply_style(app: QApplication) -> None:
    if STYLE_PATH.exists():
        app.setStyleSheet(STYLE_PATH.read_text(encoding="utf-8"))


class StartupScreen(QWidget):
    """Shown while the database is opened, migrated and (on first run) filled with demo data."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("aCRM Desk"))
        self.title = QLabel(self.tr("Preparing demo data…"))
        self.title.setObjectName("customerName")
        self.detail = QLabel(
            self.tr("Opening the database. On the first run demo customers are created.")
        )
        self.detail.setObjectName("muted")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 40, 40, 40)
        layout.addWidget(self.title, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.detail, 0, Qt.AlignmentFlag.AlignCenter)
        self.resize(520, 200)


class DeskLauncher(QObject):
    """Builds the services in the background, then shows the window; the smoke run ends itself."""

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
        self.sync_runner = None  # SyncRunner when a server is configured
        self.runner = ThreadedRunner(reads=2)
        self.server = InstanceServer(self)
        self.server.received.connect(self._handover)
        self.collector: GuiThreadCollector | None = None
        self.window: MainWindow | None = None
        self.services: Services | None = None
        self.startup = StartupScreen()
        self.exit_code = 0
        self._queued_phone = options.phone

    def start(self) -> None:
        from app.views.formatting import app_locale

        self.locale = app_locale()
        self.collector = GuiThreadCollector(self)
        if not self.options.smoke:
            self.server.listen(self.options.instance_name or server_name())
        else:
            QTimer.singleShot(int(self.options.smoke_timeout_s * 1000), self._smoke_timeout)
        settings = self.settings
        if settings.server is not None and self._build is _build_with_demo:
            password = ask_password(settings)
            if password is None:
                self.finish(1)
                return
            self._build = lambda s: _build_synced(s, password)
        self.startup.show()
        self.runner.submit(
            Operation(
                work=lambda: self._build(settings), on_success=self._ready, on_failure=self._failed
            )
        )

    def _ready(self, services: Services) -> None:
        from app.views.main_window import MainWindow

        self.services = services
        self.window = MainWindow(services, self.runner, self.locale)
        self.window.resize(*WINDOW_SIZE)
        self.window.show()
        self.startup.close()
        if services.sync is not None:
            self._start_sync(services)
        if self.options.smoke:
            self._smoke()
        elif self._queued_phone:
            self.window.handle_phone(self._queued_phone)
        self._queued_phone = None

    def _start_sync(self, services: Services) -> None:
        from app.views.sync_indicator import SyncIndicator
        from app.views.sync_runner import SyncRunner

        window = self.window
        assert window is not None and services.sync is not None
        indicator = SyncIndicator(self.locale, window.status)
        window.status.addPermanentWidget(indicator)
        runner = SyncRunner(services.sync, self)
        runner.statusChanged.connect(indicator.show_status)
        runner.progressed.connect(indicator.show_progress)
        runner.reported.connect(lambda report: report.pulled and window.refresh_after_sync())
        window.localWriteSaved.connect(runner.sync_now)
        window.nba_controller.on_saved = runner.sync_now
        self.sync_indicator = indicator
        self.sync_runner = runner
        runner.start()

    def _failed(self, error: BaseException) -> None:
        print(f"acrm desk: could not start: {error}", file=sys.stderr)
        self.finish(1)

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
        self.finish(0)

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
        if self.sync_runner is not None:
            self.sync_runner.stop()  # before the database closes under it
        self.runner.shutdown()
        if self.collector is not None:
            self.collector.stop()
        for widget in (self.window, self.startup):
            if widget is not None:
                widget.close()
                widget.deleteLater()
        if self.services is not None:
            self.services.db.dispose()


def _build_with_demo(settings: Settings) -> Services:
    from app.bootstrap import build_services

    return build_services(settings, demo_if_empty=True)


def _build_synced(settings: Settings, password: str) -> Services:
    from app.bootstrap import build_services

    return build_services(settings, password=lambda: password)


def ask_password(settings: Settings) -> str | None:
    """The keyring's password, else the person types it (and may let the keyring keep it)."""
    from app.services.credentials import CredentialStore, backend_problem
    from app.views.password_dialog import PasswordDialog

    server = settings.server
    assert server is not None
    store = CredentialStore()
    saved = store.get(server)
    if saved is not None:
        return saved
    dialog = PasswordDialog(server, backend_problem())
    if dialog.exec() != PasswordDialog.DialogCode.Accepted:
        return None
    password = dialog.password.text()
    if dialog.remember.isChecked():
        store.save(server, password)
    return password


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
    translator = install_locale(app)
    apply_style(app)
    launcher = DeskLauncher(app, settings, options)
    launcher.start()
    try:
        code = app.exec()
    finally:
        launcher.shutdown()
        if translator is not None:
            app.removeTranslator(translator)
    return launcher.exit_code or code
