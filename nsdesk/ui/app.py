"""The app factory: QApplication, translators, main window — painted first, data after.

Nothing heavy (SQLAlchemy, services, pyqtgraph) is imported before the window's first paint;
the database is opened on the ops worker right after it.

Environment hooks for smoke tests and benchmarks:
  NSDESK_SMOKE_SCREENSHOT=<png>  after the database opened (or failed), save the window there
  NSDESK_SMOKE_QUIT_MS=<ms>      … and quit with exit code 0 that long after it opened
  NSDESK_SMOKE_PAGE=<key>        show that page (e.g. "enterprises") once the database is open
  NSDESK_REPORT_FIRST_PAINT=1    print "first-paint <time.time()> <heavy modules already imported>"
                                 at the first paint and quit
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from nsdesk.settings import LANGUAGE, Settings
from nsdesk.ui import translations
from nsdesk.ui.context import AppContext
from nsdesk.ui.main_window import MainWindow
from nsdesk.ui.widgets import wheel

FIRST_PAINT_FALLBACK_MS = 1000
#: Imported only after the first paint (each costs more than the whole bare window).
HEAVY_MODULES = ("sqlalchemy", "alembic", "pyqtgraph", "openpyxl", "xlsxwriter", "python_calamine", "numpy",
                 "nsdesk.db", "nsdesk.models")


class _FirstPaint(QObject):
    """Calls ``callback`` once, just after the watched widget's first paint event."""

    def __init__(self, widget, callback):
        super().__init__(widget)
        self._callback = callback
        self._fired = False
        widget.installEventFilter(self)
        # A window that is never painted (minimised, hidden) still opens its database.
        QTimer.singleShot(FIRST_PAINT_FALLBACK_MS, self, self._fire)

    def eventFilter(self, obj, event):  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and not self._fired:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        if not self._fired:
            self._fired = True
            self._callback()


@dataclass
class App:
    qapp: QApplication
    ctx: AppContext
    window: MainWindow
    translators: list

    def open_database(self, db_arg: str | None = None) -> None:
        from nsdesk.ui.context import resolve_target

        self.ctx.open(resolve_target(db_arg, self.ctx.settings), self.window)

    def shutdown(self) -> None:
        self.ctx.shutdown()


def build_app(argv: Sequence[str] | None = None, settings: Settings | None = None) -> App:
    """QApplication (reused if one exists), translators, context and main window (not shown)."""
    qapp = cast(QApplication, QApplication.instance()) or QApplication(list(argv if argv is not None else sys.argv[:1]))
    qapp.setApplicationName("nsdesk")
    qapp.setOrganizationName("nsdesk")
    qapp.setApplicationDisplayName("nsdesk")
    settings = settings or Settings()
    installed = translations.install(qapp, settings.get(LANGUAGE))
    wheel.install(qapp)  # the wheel changes no value in a control the user has not clicked into
    qapp.setWindowIcon(QIcon(str(translations.translations_dir().parent / "icons" / "nsdesk.svg")))
    ctx = AppContext(settings)
    window = MainWindow(ctx)
    return App(qapp, ctx, window, installed)


def _smoke_hooks(app: App) -> None:
    shot = os.environ.get("NSDESK_SMOKE_SCREENSHOT")
    quit_ms = os.environ.get("NSDESK_SMOKE_QUIT_MS")
    page = os.environ.get("NSDESK_SMOKE_PAGE")
    if page:
        from nsdesk.ui.pages import PAGES

        keys = [p.key for p in PAGES]
        if page in keys:
            app.ctx.database_opened.connect(lambda *_a: app.window.show_page(keys.index(page)))
    if not (shot or quit_ms):
        return

    def finish(*_args) -> None:
        def act() -> None:
            if shot:
                app.window.grab().save(shot)
            if quit_ms:
                app.qapp.exit(0)

        QTimer.singleShot(int(quit_ms or 0), app.window, act)

    app.ctx.database_opened.connect(finish)
    app.ctx.database_failed.connect(finish)


def run_gui(db_arg: str | None = None, argv: Sequence[str] | None = None) -> int:
    """Show the main window, then open the database; returns the exit code.

    The process-wide hooks are installed here, not in ``build_app`` (tests build their own apps):
    the log file (if the caller has not set it up), Qt's messages into it, and uncaught exceptions
    into the crash dialog."""
    from nsdesk.logs import current_log_path, setup_logging
    from nsdesk.ui import crash

    if current_log_path() is None:
        setup_logging()
    app = build_app(argv)
    crash.install_hooks()
    if os.environ.get("NSDESK_REPORT_FIRST_PAINT"):
        def report() -> None:
            now = time.time()
            heavy = [m for m in HEAVY_MODULES if m in sys.modules]
            print(f"first-paint {now:.6f} {','.join(heavy) or '-'}", flush=True)
            app.qapp.exit(0)

        _FirstPaint(app.window, report)
        app.window.show()
        code = app.qapp.exec()
        app.shutdown()
        return code

    _smoke_hooks(app)
    _FirstPaint(app.window, lambda: app.open_database(db_arg))
    app.window.show()
    code = app.qapp.exec()
    app.shutdown()
    return code
