"""Tệp menu and the recovery page's ways out: open, create, back up; unusable files untouched."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox


def _boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def _answer_file_dialogs(monkeypatch, path):
    from nsdesk.ui.widgets import files

    monkeypatch.setattr(files, "ask", lambda *a, **k: [str(path)])


def test_backup_now_copies_the_file_into_backups(make_app, sqlite_file, qtbot, idle):
    app = make_app(str(sqlite_file))
    app.window.db_actions[2].trigger()  # Sao lưu ngay
    idle(app)
    copies = list((sqlite_file.parent / "backups").glob("nsdesk-*-manual.sqlite"))
    assert len(copies) == 1
    with sqlite3.connect(copies[0]) as conn:
        assert conn.execute("select value from office_settings where key='officer_name'").fetchone() == (
            "Cán bộ Kiểm thử",)
    qtbot.waitUntil(lambda: len(_boxes()) == 1)
    assert str(copies[0]) in _boxes()[0].informativeText()
    _boxes()[0].close()


def test_open_another_database_from_the_menu(make_app, sqlite_file, tmp_path, monkeypatch, idle):
    other = tmp_path / "other" / "second.sqlite"
    other.parent.mkdir()
    other.write_bytes(sqlite_file.read_bytes())
    app = make_app(str(sqlite_file))
    _answer_file_dialogs(monkeypatch, other)
    app.window.db_actions[0].trigger()
    idle(app)
    assert app.window.db_label.text() == f"CSDL: {other}"
    assert app.ctx.database.path == other


def test_new_database_from_the_recovery_page_then_setup(make_app, tmp_path, qtbot, monkeypatch, idle):
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"\x00garbage" * 64)
    app = make_app(str(broken))
    new = tmp_path / "fresh.sqlite"
    _answer_file_dialogs(monkeypatch, new)
    qtbot.mouseClick(app.window.recovery_page.new_button, Qt.MouseButton.LeftButton)
    idle(app)
    assert new.exists()
    assert app.window.nav.isEnabled()
    qtbot.waitUntil(lambda: app.window.setup_dialog is not None and app.window.setup_dialog.isVisible())
    app.window.setup_dialog.reject()
    assert broken.read_bytes() == b"\x00garbage" * 64


def test_new_database_refuses_to_overwrite_an_existing_file(make_app, sqlite_file, monkeypatch, qtbot):
    app = make_app(str(sqlite_file))
    before = sqlite_file.read_bytes()
    _answer_file_dialogs(monkeypatch, sqlite_file)
    app.window.db_actions[1].trigger()
    assert len(_boxes()) == 1 and "không ghi đè" in _boxes()[0].text()
    _boxes()[0].close()
    assert sqlite_file.read_bytes() == before


def _sql(path, *statements):
    conn = sqlite3.connect(path)
    with conn:
        for sql in statements:
            conn.execute(sql)
    conn.close()  # the last connection closing folds the WAL into the file: its bytes are final now


def _too_new(path):
    _sql(path, "update alembic_version set version_num = '9999_from_the_future'")


def _foreign(path):
    _sql(path, "create table invoices (id integer primary key, total real)", "insert into invoices values (1, 2.5)")


@pytest.mark.parametrize(("prepare", "words"), [(_too_new, "phiên bản nsdesk mới hơn"),
                                                (_foreign, "không phải cơ sở dữ liệu nsdesk")])
def test_unusable_sqlite_files_open_the_recovery_page_unchanged(make_app, sqlite_file, tmp_path, prepare, words):
    path = tmp_path / "case.sqlite"
    if prepare is _too_new:
        path.write_bytes(sqlite_file.read_bytes())
    prepare(path)
    before = path.read_bytes()
    app = make_app(str(path))
    rec = app.window.recovery_page
    assert rec is not None and rec.isVisible()
    assert words in rec.message.text()
    assert rec.hint.text()
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()


def test_password_is_not_shown_for_a_server_url():
    from nsdesk.ui.recovery import _safe

    assert _safe("postgresql+psycopg://nsdesk:s3cret@db.local:5432/nsdesk") == "postgresql+psycopg://nsdesk@db.local:5432/nsdesk"
    assert _safe("/home/a/nsdesk.sqlite") == "/home/a/nsdesk.sqlite"


def _officer(path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("select value from office_settings where key='officer_name'").fetchone()[0]


def _click(box: QMessageBox, text: str) -> None:
    [b] = [b for b in box.buttons() if b.text() == text]
    b.click()


def test_restore_from_a_backup_saves_the_current_file_first_and_reopens(make_app, sqlite_file, qtbot, monkeypatch,
                                                                      idle):
    app = make_app(str(sqlite_file))
    app.window.db_actions[2].trigger()  # Sao lưu ngay: the copy to come back to
    idle(app)
    qtbot.waitUntil(lambda: len(_boxes()) == 1)
    _boxes()[0].close()
    [copy] = (sqlite_file.parent / "backups").glob("nsdesk-*-manual.sqlite")
    with sqlite3.connect(sqlite_file) as conn:  # later work, which the restore takes back
        conn.execute("update office_settings set value='Người Khác' where key='officer_name'")
    assert app.window.db_actions[3].text() == "&Khôi phục từ bản sao lưu…"
    _answer_file_dialogs(monkeypatch, copy)
    app.window.db_actions[3].trigger()
    qtbot.waitUntil(lambda: [b for b in _boxes() if b.objectName() == "restoreBox"] != [])
    [box] = [b for b in _boxes() if b.objectName() == "restoreBox"]
    assert "sao lưu cơ sở dữ liệu hiện tại trước" in box.informativeText()
    _click(box, "Khôi phục")
    qtbot.waitUntil(lambda: app.ctx.database is not None and not app.ctx.opening, timeout=15000)
    idle(app)
    assert _officer(sqlite_file) == "Cán bộ Kiểm thử"
    [before] = (sqlite_file.parent / "backups").glob("nsdesk-*-before-restore.sqlite")
    assert _officer(before) == "Người Khác"  # the current file was kept first
    assert app.window.nav.isEnabled()


def test_a_damaged_backup_is_refused_and_the_current_database_stays(make_app, sqlite_file, tmp_path, qtbot,
                                                                  monkeypatch, idle):
    bad = tmp_path / "hong.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    app = make_app(str(sqlite_file))
    before = sqlite_file.read_bytes()
    _answer_file_dialogs(monkeypatch, bad)
    app.window.db_actions[3].trigger()
    qtbot.waitUntil(lambda: [b for b in _boxes() if b.objectName() == "restoreBox"] != [])
    _click([b for b in _boxes() if b.objectName() == "restoreBox"][0], "Khôi phục")
    qtbot.waitUntil(lambda: [b for b in _boxes() if b.objectName() == "restoreRefused"] != [], timeout=15000)
    [refused] = [b for b in _boxes() if b.objectName() == "restoreRefused"]
    assert "hong.sqlite" in refused.text() and "giữ nguyên" in refused.informativeText()
    refused.close()
    qtbot.waitUntil(lambda: app.ctx.database is not None and not app.ctx.opening, timeout=15000)
    idle(app)
    assert sqlite_file.read_bytes() == before and _officer(sqlite_file) == "Cán bộ Kiểm thử"
