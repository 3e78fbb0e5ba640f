"""Everything a window needs, built once by the app factory and passed down (no globals)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from nsdesk.i18n import tr
from nsdesk.settings import LAST_DATABASE, Settings
from nsdesk.ui.ops import ChangeBus, Op, OpRunner


@dataclass(frozen=True)
class Opened:
    """What the worker hands back after opening a database."""

    database: Any  # nsdesk.db.Database
    office: Any  # nsdesk.services.office.Office
    backup: Any  # Path of the backup taken before an upgrade, or None
    created: bool


def resolve_target(db_arg: str | None, settings: Settings) -> str:
    """``--db``, else ``NSDESK_DB``, else the last database, else the default file."""
    import os

    from nsdesk.db import ENV_DB, default_db_path  # only after the first paint

    return db_arg or os.environ.get(ENV_DB) or settings.get(LAST_DATABASE) or str(default_db_path())


def open_and_prepare(target: str) -> Opened:
    """Worker side: open, upgrade (after a backup), load reference data into a new database.

    Raises nsdesk.errors.DatabaseError for anything a user can act on.
    """
    from nsdesk.db import open_database
    from nsdesk.services.common import schema

    db = open_database(target)
    try:
        path = db.path
        created = path is not None and (not path.exists() or path.stat().st_size == 0)
        backup = schema.upgrade(db)
        current = schema.load_reference(db, created)
    except BaseException:
        db.dispose()
        raise
    return Opened(database=db, office=current, backup=backup, created=created)


class AppContext(QObject):
    """Settings, the change bus, the op runner and the open database."""

    database_opened = Signal(object)  # Opened
    database_failed = Signal(object, str)  # DatabaseError, target
    office_changed = Signal(object)  # Office

    def __init__(self, settings: Settings, parent: QObject | None = None):
        super().__init__(parent)
        self.settings = settings
        self.bus = ChangeBus(self)
        self.runner = OpRunner(self.bus, self)
        self.database: Any = None
        self.target: str | None = None
        self.office: Any = None
        self.opening = False
        app = QCoreApplication.instance()
        if app is not None:  # scripts that forget shutdown() must not die in "QThread destroyed"
            app.aboutToQuit.connect(self.shutdown)

    def open(self, target: str, parent: QObject) -> None:
        """Open ``target`` on the worker; emit database_opened or database_failed."""
        from nsdesk.errors import DatabaseError

        self.opening = True
        self.target = target
        old, self.database = self.database, None
        if old is not None:
            Op(parent, lambda _p, _c: old.dispose(), ctx=self, session=False).run()

        def done(opened: Opened) -> None:
            self.opening = False
            self.database = opened.database
            self.office = opened.office
            self.settings.set(LAST_DATABASE, target)
            self.database_opened.emit(opened)

        def failed(exc: BaseException) -> None:
            self.opening = False
            if isinstance(exc, DatabaseError):
                self.database_failed.emit(exc, target)
            else:  # a bug: the crash dialog, and the recovery page with a generic message
                from nsdesk.ui.ops import show_error

                show_error(parent if isinstance(parent, QWidget) else None, exc)
                self.database_failed.emit(DatabaseError(str(exc)), target)

        Op(parent, lambda _p, _c: open_and_prepare(target), ctx=self, session=False).success(done).failure(
            failed
        ).with_progress(
            tr("main", "Đang mở cơ sở dữ liệu… Lần đầu mở bằng phiên bản mới, nsdesk sao lưu rồi nâng cấp tệp; "
                       "việc này có thể mất vài chục giây với sổ rất lớn."),
            cancellable=False,
        ).run()

    def set_office(self, office: Any) -> None:
        self.office = office
        self.office_changed.emit(office)

    def shutdown(self) -> None:
        """Dispose the database on the worker, then stop the worker thread."""
        db, self.database = self.database, None
        if db is not None:
            Op(None, lambda _p, _c: db.dispose(), ctx=self, session=False).run()
        self.runner.stop()
