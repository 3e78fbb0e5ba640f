"""Tệp menu: open another database, create a new one, back up now."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from nsdesk.ui.ops import Op, context_of

tr = QCoreApplication.translate

FILE_FILTER = "SQLite (*.sqlite *.sqlite3 *.db);;" + "* (*)"


def _start_dir(ctx) -> str:
    db = ctx.database
    path = getattr(db, "path", None) if db is not None else None
    return str(path.parent) if path is not None else str(Path.home())


def choose_database(window: QWidget) -> None:
    ctx = context_of(window)
    path, _ = QFileDialog.getOpenFileName(window, tr("files", "Mở cơ sở dữ liệu"), _start_dir(ctx), FILE_FILTER)
    if path:
        ctx.open(path, window)


def create_database(window: QWidget) -> None:
    ctx = context_of(window)
    path, _ = QFileDialog.getSaveFileName(
        window, tr("files", "Tạo cơ sở dữ liệu mới"), str(Path(_start_dir(ctx)) / "nsdesk.sqlite"), FILE_FILTER
    )
    if not path:
        return
    if Path(path).exists():  # never overwrite a user's file from here
        _info(window, tr("files", "Tệp {path} đã có sẵn, nsdesk không ghi đè lên nó.").format(path=path),
              tr("files", "Dùng \"Mở cơ sở dữ liệu…\" để mở tệp này, hoặc đặt một tên mới."))
        return
    ctx.open(path, window)


def backup_now(window: QMainWindow) -> None:
    ctx = context_of(window)
    if ctx.database is None:
        return
    db = ctx.database

    def fn(_progress, _cancelled):
        from nsdesk.services.common import schema

        return schema.backup(db, "manual")

    def done(path) -> None:
        if path is None:
            _info(window, tr("files", "Chỉ sao lưu được cơ sở dữ liệu dạng tệp (SQLite)."),
                  tr("files", "Với máy chủ PostgreSQL, hãy nhờ quản trị viên sao lưu bằng pg_dump."))
        else:
            window.statusBar().showMessage(tr("files", "Đã sao lưu vào {path}").format(path=path), 10000)
            _info(window, tr("files", "Đã sao lưu cơ sở dữ liệu vào:"), str(path))

    Op(window, fn, session=False).with_progress(tr("files", "Đang sao lưu…")).success(done).run()


def _info(parent: QWidget, text: str, detail: str = "") -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, "nsdesk", text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if detail:
        box.setInformativeText(detail)
    box.open()
    return box
