"""The ops door: worker thread, commit/rollback, errors shown to the user, progress, change bus."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton, QWidget

from nsdesk.errors import InputError
from nsdesk.ui.crash import CrashDialog
from nsdesk.ui.ops import Changes, Op


def _boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def _crash_dialogs() -> list[CrashDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()]


def _enterprise_count(read_db, path) -> int:
    from sqlalchemy import text

    with read_db(f"sqlite:///{path}") as s:
        return s.scalar(text("select count(*) from enterprises"))


def _insert_demo(session, n):
    from nsdesk.services.demo import generate as demo

    demo.generate(session, enterprises=n, seed=1)


def test_runs_off_the_gui_thread_and_commits(make_app, sqlite_file, qtbot, read_db):
    app = make_app(str(sqlite_file))
    seen = {}

    def fn(session, progress, cancelled):
        seen["thread"] = threading.get_ident()
        _insert_demo(session, 7)
        return "ok"

    results = []
    Op(app.window, fn).success(results.append).run()
    qtbot.waitUntil(lambda: results == ["ok"])
    assert seen["thread"] != threading.get_ident()
    assert _enterprise_count(read_db, sqlite_file) == 7


def test_known_error_rolls_back_and_shows_message_with_hint(make_app, sqlite_file, qtbot, read_db):
    app = make_app(str(sqlite_file))

    def fn(session, progress, cancelled):
        _insert_demo(session, 5)
        raise InputError("Mã số thuế không hợp lệ.", hint="Nhập 10 hoặc 13 chữ số.")

    Op(app.window, fn).run()
    qtbot.waitUntil(lambda: len(_boxes()) == 1)
    box = _boxes()[0]
    assert box.text() == "Mã số thuế không hợp lệ."
    assert box.informativeText() == "Nhập 10 hoặc 13 chữ số."
    assert box.icon() == QMessageBox.Icon.Warning
    assert _enterprise_count(read_db, sqlite_file) == 0
    with qtbot.waitSignal(box.destroyed):
        box.button(QMessageBox.StandardButton.Ok).click()


def test_a_bug_shows_the_crash_dialog_with_the_traceback(make_app, sqlite_file, qtbot, caplog):
    app = make_app(str(sqlite_file))

    def broken_service(session, progress, cancelled):
        return {}["missing key"]

    Op(app.window, broken_service).run()
    qtbot.waitUntil(lambda: len(_crash_dialogs()) == 1)
    box = _crash_dialogs()[0]
    assert "lỗi không mong muốn" in box.text()
    assert "KeyError" in box.detailed_text() and "broken_service" in box.detailed_text()
    assert not _boxes()
    box.close()


def test_custom_failure_callback_replaces_the_default_dialog(make_app, sqlite_file, qtbot):
    app = make_app(str(sqlite_file))
    failures = []

    def fn(session, progress, cancelled):
        raise InputError("x")

    Op(app.window, fn).failure(failures.append).run()
    qtbot.waitUntil(lambda: len(failures) == 1)
    assert isinstance(failures[0], InputError)
    assert _boxes() == []


def test_ops_run_one_at_a_time_in_submission_order(make_app, sqlite_file, qtbot):
    app = make_app(str(sqlite_file))
    order, active, overlap = [], [0], []
    lock = threading.Lock()

    def job(i):
        def fn(session, progress, cancelled):
            with lock:
                active[0] += 1
                overlap.append(active[0])
            QThread.msleep(5)
            order.append(i)
            with lock:
                active[0] -= 1
        return fn

    for i in range(10):
        Op(app.window, job(i)).run()
    qtbot.waitUntil(lambda: len(order) == 10)
    assert order == list(range(10))
    assert max(overlap) == 1


def test_slow_op_shows_progress_and_can_be_cancelled(make_app, sqlite_file, qtbot):
    app = make_app(str(sqlite_file))
    release = threading.Event()
    outcome = []

    def slow(session, progress, cancelled):
        progress(1, 4)
        while not cancelled() and not release.is_set():
            QThread.msleep(10)
        return "cancelled" if cancelled() else "finished"

    Op(app.window, slow).with_progress("Đang nhập tệp…").success(outcome.append).run()

    def dialog():
        found = [w for w in app.window.findChildren(QProgressDialog) if w.isVisible()]
        return found[0] if found else None

    try:
        qtbot.waitUntil(lambda: dialog() is not None, timeout=5000)
        dlg = dialog()
        assert dlg.labelText() == "Đang nhập tệp…"
        qtbot.waitUntil(lambda: dlg.maximum() == 4 and dlg.value() == 1)
        cancel = dlg.findChild(QPushButton)
        assert cancel.text() == "Hủy"
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: outcome == ["cancelled"])
        assert dialog() is None
    finally:
        release.set()


def test_work_that_cannot_stop_half_way_offers_no_cancel_button(make_app, sqlite_file, qtbot):
    app = make_app(str(sqlite_file))
    release = threading.Event()
    outcome = []
    Op(app.window, lambda s, p, c: release.wait(5) and "done").with_progress(
        "Đang nâng cấp…", cancellable=False).success(outcome.append).run()

    def dialog():
        found = [w for w in app.window.findChildren(QProgressDialog) if w.isVisible()]
        return found[0] if found else None

    try:
        qtbot.waitUntil(lambda: dialog() is not None, timeout=5000)
        assert dialog().labelText() == "Đang nâng cấp…"
        assert [b for b in dialog().findChildren(QPushButton) if b.isVisible()] == []
    finally:
        release.set()
    qtbot.waitUntil(lambda: outcome == ["done"])
    assert dialog() is None


def test_callbacks_are_skipped_when_the_parent_is_gone(make_app, sqlite_file, qtbot):
    app = make_app(str(sqlite_file))
    gate = threading.Event()
    called = []
    child = QWidget(app.window)
    Op(child, lambda s, p, c: gate.wait(5)).success(called.append).run()
    with qtbot.waitSignal(child.destroyed):
        child.deleteLater()
    gate.set()
    qtbot.waitUntil(lambda: app.ctx.runner.idle)
    assert called == []


def test_changes_are_announced_once_on_the_bus(make_app, sqlite_file, qtbot):
    app = make_app(str(sqlite_file))
    heard = []
    app.ctx.bus.changed.connect(heard.append)
    Op(app.window, lambda s, p, c: Changes.of("enterprises")).run()
    Op(app.window, lambda s, p, c: 42).run()  # a read announces nothing
    qtbot.waitUntil(lambda: app.ctx.runner.idle)
    assert heard == [Changes.of("enterprises")]
    assert heard[0].touches("enterprises") and not heard[0].touches("plans")
