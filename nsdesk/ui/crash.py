"""Bugs reach the user, and the log, instead of a stderr nobody sees.

:func:`show_crash` opens the crash dialog ("Đã xảy ra lỗi không mong muốn"): what happened in a
sentence, the details (exception and traceback) with a "Sao chép chi tiết" button that copies
them for the person who helps, and where the log file is. The exception is logged with its
traceback first. A :class:`~nsdesk.errors.KnownError` (locked, read-only, disk full, corrupt …)
is not a crash: it keeps its friendly message box (:func:`nsdesk.ui.ops.show_error`).

:func:`install_hooks` (called once by ``run_gui``) routes ``sys.excepthook``,
``threading.excepthook`` and Qt's own messages (``qInstallMessageHandler``) here and into the log.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    Qt,
    QThread,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nsdesk.logs import current_log_path

log = logging.getLogger(__name__)
qt_log = logging.getLogger("qt")
tr = QCoreApplication.translate


class CrashDialog(QDialog):
    """Non-modal-blocking (``open()``), frees itself when closed."""

    def __init__(self, parent: QWidget | None, details: str):
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle("nsdesk")
        self._details = details
        layout = QVBoxLayout(self)
        self.message = QLabel(tr("crash", "Đã xảy ra lỗi không mong muốn trong nsdesk."))
        self.message.setObjectName("crashMessage")
        font = self.message.font()
        font.setBold(True)
        self.message.setFont(font)
        hint = QLabel(tr("crash", "Hãy kiểm tra lại việc vừa làm. Bấm \"Sao chép chi tiết\" và gửi nội dung "
                                  "cho người hỗ trợ kỹ thuật, kèm tệp nhật ký nếu được hỏi."))
        hint.setWordWrap(True)
        path = current_log_path()
        self.log_label = QLabel(
            tr("crash", "Tệp nhật ký: {path}").format(path=path) if path is not None
            else tr("crash", "Không ghi được tệp nhật ký."))
        self.log_label.setObjectName("crashLogPath")
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(details)
        self.details.setObjectName("crashDetails")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(tr("crash", "Sao chép chi tiết"))
        self.copy_button.setObjectName("crashCopy")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(tr("crash", "Đóng"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        for widget in (self.message, hint, self.log_label, self.details, buttons):
            layout.addWidget(widget)
        self.resize(640, 420)

    def text(self) -> str:
        return self.message.text()

    def detailed_text(self) -> str:
        return self._details

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.clipboard_text())
        self.copy_button.setText(tr("crash", "Đã sao chép"))

    def clipboard_text(self) -> str:
        from nsdesk import __version__

        path = current_log_path()
        lines = [f"nsdesk {__version__}", f"Python {sys.version.split()[0]}, {sys.platform}"]
        if path is not None:
            lines.append(str(path))
        return "\n".join(lines) + "\n\n" + self._details


def format_details(exc: BaseException, tb: str = "") -> str:
    return tb or "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


def show_crash(parent: QWidget | None, exc: BaseException, tb: str = "", *, where: str = "") -> CrashDialog:
    """Log ``exc`` with its traceback, then open the crash dialog over ``parent``."""
    details = format_details(exc, tb)
    log.error("unexpected error%s: %s", f" in {where}" if where else "", type(exc).__name__,
              exc_info=(type(exc), exc, exc.__traceback__))
    dialog = CrashDialog(parent, details)
    dialog.open()
    return dialog


def report(exc: BaseException, tb: str = "", *, where: str = "") -> None:
    """Show an exception to the user the way its kind deserves: a friendly box for a KnownError,
    the crash dialog for anything else. Parent: the active window, if any."""
    from nsdesk.ui.ops import show_error

    show_error(QApplication.activeWindow(), exc, tb, where=where)


class _Relay(QObject):
    """Carries an exception from another thread to the GUI thread."""

    raised = Signal(object, str)

    def __init__(self) -> None:
        super().__init__()
        self.raised.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def _show(self, exc: BaseException, where: str) -> None:
        try:
            report(exc, where=where)
        except Exception:
            log.exception("could not show the crash dialog for %s", type(exc).__name__)


_relay: _Relay | None = None


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """``sys.excepthook``: an exception nobody caught (for instance in a Qt slot)."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if exc.__traceback__ is None and tb is not None:
        exc = exc.with_traceback(tb)
    _dispatch(exc, "the GUI")


def thread_excepthook(args: threading.ExceptHookArgs) -> None:
    """``threading.excepthook``: an exception that ended a Python thread."""
    if args.exc_value is None or issubclass(args.exc_type, SystemExit):
        return
    name = args.thread.name if args.thread is not None else "?"
    _dispatch(args.exc_value, f"thread {name}")


def _dispatch(exc: BaseException, where: str) -> None:
    app = QCoreApplication.instance()
    if app is None or _relay is None or not shiboken6.isValid(_relay):
        log.error("unexpected error in %s: %s", where, type(exc).__name__,
                  exc_info=(type(exc), exc, exc.__traceback__))
        return
    if QThread.currentThread() is app.thread():
        try:
            report(exc, where=where)
        except Exception:  # the dialog itself failed: the log still has both
            log.exception("could not show the crash dialog for %s", type(exc).__name__)
    else:
        _relay.raised.emit(exc, where)


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message_handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's warnings and errors go to the log (category and text; the redacting filter applies)."""
    category = context.category if context is not None and context.category else "qt"
    qt_log.log(_QT_LEVELS.get(mode, logging.WARNING), "[%s] %s", category, message)


def install_hooks() -> None:
    """Route uncaught exceptions and Qt's messages into the log and the crash dialog (GUI start)."""
    global _relay
    _relay = _Relay()
    sys.excepthook = excepthook
    threading.excepthook = thread_excepthook
    qInstallMessageHandler(qt_message_handler)
