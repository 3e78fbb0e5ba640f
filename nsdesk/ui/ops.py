"""The only door from the UI to data.

    Op(parent, lambda session, progress, cancelled: services.x(session, ...))
        .success(on_done).failure(on_error).with_progress(tr("…", "Đang nhập…")).run()

Every op runs on ONE worker thread (so database access is serialised), in a session of the
app's database that is committed on success and rolled back on error. ``success``/``failure``
are called on the GUI thread, and only while ``parent`` is still alive. A progress dialog
appears only when the op takes longer than ``PROGRESS_DELAY_MS``; ``progress(done, total)``
may be called from the op at any rate (it is a queued signal, never ``processEvents``).

Errors split in two: a :class:`~nsdesk.errors.KnownError` becomes a friendly message box
(message + hint); anything else is a bug, is logged with its traceback and shows the crash dialog
(:mod:`nsdesk.ui.crash`). That holds for an exception raised by the op on the worker and for one
raised by a ``success``/``failure`` callback on the GUI thread: a broken callback never escapes
into Qt's event loop.

``Op`` is generic in its result: ``Op(parent, fn)`` where ``fn`` returns ``T`` is an ``Op[T]`` and
its success callback is a ``Callable[[T], None]``.

A write returns :class:`Changes` (or an object with a ``changes`` attribute); the app-wide
:class:`ChangeBus` announces it once and each page decides whether to refresh.

Nothing heavy is imported here: the database layer is only touched on the worker thread.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QWidget

log = logging.getLogger(__name__)
tr = QCoreApplication.translate
T = TypeVar("T")

PROGRESS_DELAY_MS = 300


@dataclass(frozen=True)
class Changes:
    """What a write changed, by entity name ("enterprises", "supports", "office", …)."""

    entities: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, *entities: str) -> Changes:
        return cls(frozenset(entities))

    def touches(self, *entities: str) -> bool:
        return bool(self.entities.intersection(entities)) or "*" in self.entities


class ChangeBus(QObject):
    """One app-wide signal: ``changed(Changes)`` after every successful write."""

    changed = Signal(object)


class Refreshing:
    """Mixin for a page or panel with ``refresh()``: it runs when a database opens and when a write
    touches one of the entities it shows. Connected to bound methods of the widget, so Qt drops
    the connections when the widget goes."""

    _watched: tuple[str, ...]

    if TYPE_CHECKING:  # provided by the widget; no runtime stub that could shadow a base's method
        def refresh(self) -> None: ...

    def follow_changes(self, ctx: Any, watched: Iterable[str], *, on_open: bool = True) -> None:
        self._watched = tuple(watched)
        if on_open:
            ctx.database_opened.connect(self._refresh_on_open)
        ctx.bus.changed.connect(self._refresh_on_change)

    def _refresh_on_open(self, *_args: object) -> None:
        self.refresh()

    def _refresh_on_change(self, changes: Changes) -> None:
        if changes.touches(*self._watched):
            self.refresh()


class NoDatabase(Exception):
    """An op needs a session but no database is open (a programming error in the caller)."""


class _Job:
    _ids = itertools.count(1)

    def __init__(self, op: Op[Any], db: Any):
        self.id = next(self._ids)
        self.op = op
        self.db = db
        self.cancel = threading.Event()
        self.traceback = ""
        self.dialog: QProgressDialog | None = None
        self.last_progress = (0, 0)
        self.done = False

    def execute(self, progress: Callable[[int, int], None]) -> Any:
        fn, cancelled = self.op._fn, self.cancel.is_set
        if not self.op._needs_session:
            return fn(progress, cancelled)
        session = self.db.sessions()
        try:
            result = fn(session, progress, cancelled)
            session.commit()
            return result
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()


class _Worker(QThread):
    """A thread that runs jobs one after another from a queue."""

    job_done = Signal(object, bool, object)  # job, ok, result or exception
    job_progress = Signal(object, int, int)  # job, done, total

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._queue: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()

    def submit(self, job: _Job | None) -> None:
        self._queue.put(job)

    def run(self) -> None:
        while (job := self._queue.get()) is not None:
            def progress(done: int, total: int = 0, _job: _Job = job) -> None:
                self.job_progress.emit(_job, int(done), int(total))

            try:
                result = job.execute(progress)
            except BaseException as exc:  # delivered to the GUI thread, never lost
                job.traceback = traceback.format_exc()
                self.job_done.emit(job, False, exc)
            else:
                self.job_done.emit(job, True, result)


class OpRunner(QObject):
    """Owns the worker thread; delivers results to the GUI thread."""

    idle_changed = Signal(bool)

    def __init__(self, bus: ChangeBus, parent: QObject | None = None):
        super().__init__(parent)
        self.bus = bus
        self._pending: dict[int, _Job] = {}
        self._worker = _Worker()
        self._worker.job_done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._worker.job_progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._worker.start()
        self._stopped = False

    @property
    def idle(self) -> bool:
        return not self._pending

    def submit(self, op: Op[Any], db: Any) -> None:
        if self._stopped:
            return
        job = _Job(op, db)
        was_idle = self.idle
        self._pending[job.id] = job
        if op._progress_label is not None:
            QTimer.singleShot(PROGRESS_DELAY_MS, self, lambda: self._show_progress(job))
        self._worker.submit(job)
        if was_idle:
            self.idle_changed.emit(False)

    def stop(self) -> None:
        """Finish queued jobs, then end the thread (call once, at shutdown)."""
        if not self._stopped:
            self._stopped = True
            self._worker.submit(None)
            self._worker.wait()

    # --- GUI thread -----------------------------------------------------------------------

    def _show_progress(self, job: _Job) -> None:
        if job.done:
            return
        parent = job.op._widget()
        dlg = QProgressDialog(job.op._progress_label or "", tr("ops", "Hủy"), 0, 0, parent)
        dlg.setWindowTitle("nsdesk")
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setMinimumDuration(0)
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        if job.op._cancellable:
            dlg.canceled.connect(job.cancel.set)
        else:
            dlg.setCancelButton(None)
        job.dialog = dlg
        self._on_progress(job, *job.last_progress)
        dlg.show()

    def _on_progress(self, job: _Job, done: int, total: int) -> None:
        job.last_progress = (done, total)
        if job.dialog is not None and shiboken6.isValid(job.dialog):
            job.dialog.setMaximum(max(total, 0))
            job.dialog.setValue(min(done, total) if total > 0 else 0)

    def _on_done(self, job: _Job, ok: bool, value: Any) -> None:
        job.done = True
        self._pending.pop(job.id, None)
        if job.dialog is not None and shiboken6.isValid(job.dialog):
            job.dialog.close()
            job.dialog.deleteLater()
        job.dialog = None
        try:
            if ok:
                job.op._deliver_success(value)
                changes = value if isinstance(value, Changes) else getattr(value, "changes", None)
                if isinstance(changes, Changes):
                    self.bus.changed.emit(changes)
            else:
                job.op._deliver_failure(value, job.traceback)
        finally:
            if self.idle:
                self.idle_changed.emit(True)


def context_of(obj: QObject | None) -> Any:
    """The AppContext a widget belongs to: the nearest ancestor carrying ``nsdesk_context``."""
    while obj is not None:
        ctx = getattr(obj, "nsdesk_context", None)
        if ctx is not None:
            return ctx
        obj = obj.parent()
    raise LookupError("widget is not inside an nsdesk window")


class Op(Generic[T]):
    """One unit of work for the worker thread; see the module docstring.

    ``fn`` is called as ``fn(session, progress, cancelled)``, or ``fn(progress, cancelled)`` with
    ``session=False``; what it returns is handed to the success callback.
    """

    def __init__(self, parent: QObject | None, fn: Callable[..., T], *, ctx: Any = None, session: bool = True):
        self._parent = parent
        self._fn = fn
        self._ctx = ctx
        self._needs_session = session
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._progress_label: str | None = None
        self._cancellable = True

    def success(self, cb: Callable[[T], None]) -> Op[T]:
        self._on_success = cb
        return self

    def failure(self, cb: Callable[[BaseException], None]) -> Op[T]:
        """Replace the default error display (use :func:`show_error` to fall back to it)."""
        self._on_failure = cb
        return self

    def with_progress(self, label: str, *, cancellable: bool = True) -> Op[T]:
        """Show a progress dialog if the op is still running after a moment; without a Cancel
        button when the work cannot stop half-way (it would only pretend to)."""
        self._progress_label = label
        self._cancellable = cancellable
        return self

    def run(self) -> None:
        ctx = self._ctx or context_of(self._parent)
        db = ctx.database if self._needs_session else None
        if self._needs_session and db is None:
            self._deliver_failure(NoDatabase("no database is open"), "")
            return
        ctx.runner.submit(self, db)

    def _alive(self) -> bool:
        return self._parent is None or shiboken6.isValid(self._parent)

    def _widget(self) -> QWidget | None:
        obj = self._parent if self._alive() else None
        while obj is not None and not isinstance(obj, QWidget):
            obj = obj.parent()
        return obj

    def _deliver_success(self, value: T) -> None:
        if self._alive() and self._on_success is not None:
            try:
                self._on_success(value)
            except Exception as exc:  # a bug in the callback: shown and logged, the app goes on
                show_error(self._widget(), exc, where=f"success callback of {_name(self._on_success)}")

    def _deliver_failure(self, exc: BaseException, tb: str) -> None:
        if not self._alive():
            log.error("op failed after its window closed: %s\n%s", type(exc).__name__, tb)
            return
        if self._on_failure is not None:
            try:
                self._on_failure(exc)
            except Exception as cb_exc:
                show_error(self._widget(), cb_exc, where=f"failure callback of {_name(self._on_failure)}")
        else:
            show_error(self._widget(), exc, tb, where=f"op {_name(self._fn)}")


def _name(fn: Callable[..., object]) -> str:
    return getattr(fn, "__qualname__", None) or type(fn).__name__


def show_error(parent: QWidget | None, exc: BaseException, tb: str = "", *, where: str = "") -> QDialog:
    """A friendly box for a KnownError (an environment or input fault: locked, read-only, disk full,
    corrupt …), the crash dialog (logged, with details to copy) for anything else.

    Either is non-blocking (``open()``) and frees itself when closed.
    """
    from nsdesk.errors import KnownError

    if not isinstance(exc, KnownError):
        from nsdesk.ui.crash import show_crash

        return show_crash(parent, exc, tb, where=where)
    log.info("%s shown to the user%s", type(exc).__name__, f" ({where})" if where else "")
    box = QMessageBox(parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowTitle("nsdesk")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setText(exc.message)
    if exc.hint:
        box.setInformativeText(exc.hint)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    return box
