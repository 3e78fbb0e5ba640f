"""Tệp → "Các bản sao lưu…": the backups listed (when, size, why, checked), back up now, restore
through the File menu's path, open the folder — and the dialog fits a small laptop screen."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from nsdesk.services.common import backups
from nsdesk.ui.backups_dialog import BackupsDialog

from . import test_fit_and_guards as fit
from .test_fit_and_guards import assert_fits

small_screen = fit.small_screen  # the fixture: 1366×768 and 1093×614


def _officer(path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("select value from office_settings where key='officer_name'").fetchone()[0]


def _set_officer(path, name: str) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("update office_settings set value = ? where key='officer_name'", (name,))


def open_dialog(app, qtbot) -> BackupsDialog:
    app.window.db_actions[4].trigger()
    dlg = app.window.backups_dialog
    qtbot.waitUntil(lambda: dlg.isVisible() and not dlg.status.text().startswith("Đang"))
    return dlg


def texts(dlg: BackupsDialog) -> list[list[str]]:
    t = dlg.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def test_backups_are_listed_made_and_restored(make_app, sqlite_file, qtbot, idle, monkeypatch, small_screen):
    try:
        backups.create(sqlite_file, "before-import")
        broken = backups.create(sqlite_file, "manual")
        broken.write_bytes(broken.read_bytes()[:4096] + b"\x00" * 4096)  # damaged after the fact
        app = make_app(str(sqlite_file))
        dlg = open_dialog(app, qtbot)
        assert dlg.windowTitle() == "Sao lưu"
        assert_fits(qtbot, dlg, small_screen)
        assert all(b.isVisible() for b in (dlg.backup_button, dlg.restore_button, dlg.folder_button))
        rows = texts(dlg)
        assert [r[2] for r in rows] == ["Sao lưu theo yêu cầu", "Trước khi nhập dữ liệu"]  # newest first
        assert rows[0][3].startswith("Hỏng") and rows[1][3] == "Tốt"
        assert all(r[1].endswith(("KB", "MB")) for r in rows)
        dlg.table.selectRow(0)
        assert not dlg.restore_button.isEnabled()  # a damaged copy is never offered for restore

        # "Sao lưu ngay" adds one at the top, checked.
        dlg.backup_button.click()
        qtbot.waitUntil(lambda: dlg.table.rowCount() == 3, timeout=10000)
        assert texts(dlg)[0][2:] == ["Sao lưu theo yêu cầu", "Tốt"]
        assert "Đã sao lưu vào" in dlg.status.text()

        # "Mở thư mục" asks the system to show the backups folder.
        opened = []
        monkeypatch.setattr("nsdesk.ui.backups_dialog.QDesktopServices.openUrl", lambda url: opened.append(url))
        dlg.folder_button.click()
        assert [u.toLocalFile() for u in opened] == [str(sqlite_file.parent / "backups")]

        # "Khôi phục…" on the newest good copy: the File menu's restore asks, then replaces the database.
        _set_officer(sqlite_file, "Người Khác")
        dlg.table.selectRow(0)
        assert dlg.restore_button.isEnabled()
        dlg.restore_button.click()
        qtbot.waitUntil(lambda: app.window.findChild(QMessageBox, "restoreBox") is not None)
        box = app.window.findChild(QMessageBox, "restoreBox")
        next(b for b in box.findChildren(QPushButton) if b.text() == "Khôi phục").click()
        qtbot.waitUntil(lambda: _officer(sqlite_file) == "Cán bộ Kiểm thử", timeout=10000)
        idle(app)
        reasons = [backups.list_backups(sqlite_file)[0].path.name]
        assert reasons[0].endswith("-before-restore.sqlite")  # the replaced file was kept first
    finally:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QMessageBox) and w.isVisible():
                w.close()
