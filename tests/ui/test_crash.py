"""A bug reaches the officer as the crash dialog and the log file, never only stderr; the app goes on."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtCore import QMessageLogContext, Qt, QTimer, QtMsgType
from PySide6.QtWidgets import QApplication, QMessageBox

from nsdesk import logs
from nsdesk.errors import DatabaseError
from nsdesk.ui import crash
from nsdesk.ui.crash import CrashDialog
from nsdesk.ui.ops import Op


@pytest.fixture
def log_file():
    path = logs.setup_logging()
    yield path
    logs.stop_logging()


@pytest.fixture
def hooks(monkeypatch):
    """The process hooks of run_gui, undone after the test."""
    monkeypatch.setattr(sys, "excepthook", crash.excepthook)
    monkeypatch.setattr(threading, "excepthook", crash.thread_excepthook)
    monkeypatch.setattr(crash, "_relay", crash._Relay())


def _crash_dialogs() -> list[CrashDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()]


def _log_text(path) -> str:
    for h in logging.getLogger().handlers:
        h.flush()
    return path.read_text(encoding="utf-8")


def test_a_bug_in_a_pages_success_callback_shows_the_crash_dialog_and_is_logged(
        make_app, sqlite_file, idle, qtbot, log_file, monkeypatch):
    app = make_app(str(sqlite_file))
    dash = app.window.page("overview").dashboard

    def broken_show(seq, data):
        raise RuntimeError("dashboard bug")

    monkeypatch.setattr(dash, "_show", broken_show)
    dash.refresh()
    qtbot.waitUntil(lambda: len(_crash_dialogs()) == 1)
    dialog = _crash_dialogs()[0]
    assert dialog.text() == "Đã xảy ra lỗi không mong muốn trong nsdesk."
    assert str(log_file) in dialog.log_label.text()
    assert "RuntimeError: dashboard bug" in dialog.details.toPlainText()

    QApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert "broken_show" in copied and "RuntimeError: dashboard bug" in copied and str(log_file) in copied
    assert dialog.copy_button.text() == "Đã sao chép"

    text = _log_text(log_file)
    assert "unexpected error in success callback" in text
    assert "Traceback" in text and 'raise RuntimeError("dashboard bug")' in text

    with qtbot.waitSignal(dialog.destroyed):
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    monkeypatch.undo()  # the page works again and the window is still there
    dash.refresh()
    idle(app)
    assert app.window.isVisible() and not _crash_dialogs()
    results = []
    Op(app.window, lambda s, p, c: 41 + 1).success(results.append).run()
    qtbot.waitUntil(lambda: results == [42])


def test_a_bug_in_a_failure_callback_shows_the_crash_dialog(make_app, sqlite_file, qtbot, log_file):
    app = make_app(str(sqlite_file))

    def fail(session, progress, cancelled):
        raise DatabaseError("Cơ sở dữ liệu đang bị khóa.")

    def broken_handler(exc):
        raise TypeError("handler bug")

    Op(app.window, fail).failure(broken_handler).run()
    qtbot.waitUntil(lambda: len(_crash_dialogs()) == 1)
    dialog = _crash_dialogs()[0]
    assert "TypeError: handler bug" in dialog.detailed_text()
    assert "unexpected error in failure callback" in _log_text(log_file)
    dialog.close()


def test_a_known_fault_keeps_its_friendly_message(make_app, sqlite_file, qtbot):
    app = make_app(str(sqlite_file))

    def fail(session, progress, cancelled):
        raise DatabaseError("Không ghi được vào cơ sở dữ liệu (chỉ đọc).", hint="Chép tệp sang thư mục khác.")

    Op(app.window, fail).run()
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()))
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert box.text() == "Không ghi được vào cơ sở dữ liệu (chỉ đọc)." and not _crash_dialogs()
    box.close()


@pytest.mark.qt_no_exception_capture
def test_an_exception_escaping_a_qt_slot_reaches_the_crash_dialog(make_app, sqlite_file, qtbot, log_file, hooks):
    app = make_app(str(sqlite_file))

    def slot():
        raise ZeroDivisionError("slot bug")

    QTimer.singleShot(0, app.window, slot)
    qtbot.waitUntil(lambda: len(_crash_dialogs()) == 1)
    assert "ZeroDivisionError: slot bug" in _crash_dialogs()[0].detailed_text()
    assert "unexpected error in the GUI" in _log_text(log_file)
    assert app.window.isVisible()
    _crash_dialogs()[0].close()


def test_an_exception_ending_a_thread_is_shown_on_the_gui_thread(make_app, sqlite_file, qtbot, log_file, hooks):
    make_app(str(sqlite_file))

    def work():
        raise OSError(5, "thread bug")

    t = threading.Thread(target=work, name="exporter")
    t.start()
    t.join()
    qtbot.waitUntil(lambda: len(_crash_dialogs()) == 1)
    assert "OSError: [Errno 5] thread bug" in _crash_dialogs()[0].detailed_text()
    assert "unexpected error in thread exporter" in _log_text(log_file)
    _crash_dialogs()[0].close()


def test_qt_messages_go_to_the_log(log_file):
    crash.qt_message_handler(QtMsgType.QtWarningMsg, QMessageLogContext(), "QPainter::begin: bad device")
    assert "WARNING qt [MainThread] [qt] QPainter::begin: bad device" in _log_text(log_file)
