"""Tệp menu: open another database, create a new one, back up now, restore from a backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from nsdesk.ui.ops import Op, context_of
from nsdesk.ui.widgets.files import open_path, save_path

tr = QCoreApplication.translate

FILE_FILTER = "SQLite (*.sqlite *.sqlite3 *.db);;" + "* (*)"


def choose_database(window: QWidget) -> None:
    ctx = context_of(window)
    path = open_path(window, tr("files", "Mở cơ sở dữ liệu"), FILE_FILTER)
    if path:
        ctx.open(path, window)


def create_database(window: QWidget) -> None:
    ctx = context_of(window)
    path = save_path(window, tr("files", "Tạo cơ sở dữ liệu mới"), "nsdesk.sqlite", FILE_FILTER)
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


def restore_backup(window: QWidget, chosen: str | None = None) -> None:
    """Replace the open SQLite database by a backup: asks, backs the current file up, checks the copy, reopens."""
    ctx = context_of(window)
    db = ctx.database
    target = getattr(db, "path", None) if db is not None else None
    if target is None:
        _info(window, tr("files", "Chỉ khôi phục được cơ sở dữ liệu dạng tệp (SQLite)."),
              tr("files", "Với máy chủ PostgreSQL, hãy nhờ quản trị viên khôi phục bằng pg_restore."))
        return
    if chosen is None:
        folder = target.parent / "backups"
        chosen = open_path(window, tr("files", "Chọn bản sao lưu để khôi phục"), FILE_FILTER,
                           folder=folder if folder.is_dir() else target.parent)
    if not chosen:
        return
    box = QMessageBox(QMessageBox.Icon.Question, tr("files", "Khôi phục từ bản sao lưu"),
                      tr("files", "Thay cơ sở dữ liệu đang mở bằng bản sao lưu \"{name}\"?").format(name=Path(chosen).name),
                      QMessageBox.StandardButton.NoButton, window)
    box.setObjectName("restoreBox")
    box.setInformativeText(tr("files", "nsdesk sẽ sao lưu cơ sở dữ liệu hiện tại trước, kiểm tra bản sao lưu rồi mới "
                                       "dùng nó. Những gì nhập sau thời điểm sao lưu sẽ không còn trong tệp đang mở "
                                       "(vẫn nằm trong bản sao lưu vừa tạo)."))
    yes = box.addButton(tr("files", "Khôi phục"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("files", "Hủy"), QMessageBox.ButtonRole.RejectRole)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda b: _restore(window, ctx, target, Path(chosen)) if b is yes else None)
    box.open()


def _restore(window: QWidget, ctx, target: Path, chosen: Path) -> None:
    db, ctx.database = ctx.database, None

    def fn(_progress, _cancelled):
        from nsdesk.services.common import backups

        if db is not None:
            db.dispose()
        return backups.restore(target, chosen)

    def done(saved) -> None:
        bar = getattr(window, "statusBar", None)  # the main window's; a bare parent has none
        if bar is not None:
            bar().showMessage(
                tr("files", "Đã khôi phục từ {name}; bản sao lưu của tệp trước đó: {saved}").format(
                    name=chosen.name, saved=saved or "—"), 15000)
        ctx.open(str(target), window)

    def failed(exc: BaseException) -> None:
        from nsdesk.errors import KnownError
        from nsdesk.ui.ops import show_error

        ctx.open(str(target), window)  # the current database, unchanged
        if isinstance(exc, KnownError):
            kept = tr("files", "Cơ sở dữ liệu hiện tại giữ nguyên.")
            box = _info(window, exc.message, f"{exc.hint} {kept}" if exc.hint else kept)
            box.setObjectName("restoreRefused")
        else:
            show_error(window, exc)

    Op(window, fn, session=False).with_progress(tr("files", "Đang khôi phục…")).success(done).failure(failed).run()


def _info(parent: QWidget, text: str, detail: str = "") -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, "nsdesk", text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if detail:
        box.setInformativeText(detail)
    box.open()
    return box
