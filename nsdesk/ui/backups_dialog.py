"""Tệp → "Sao lưu…": the backups of the open database — when, how large, why, and whether each one
passes SQLite's check — with "Sao lưu ngay", "Khôi phục…" (the File menu's restore: it asks, backs
the current file up first and checks the chosen copy) and "Mở thư mục"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nsdesk.ui.ops import Op, context_of, show_error
from nsdesk.ui.widgets.dialogs import GuardedDialog

tr = QCoreApplication.translate

_REST = re.compile(r"^\d{8}-\d{6}-\d{6}-(.+)$")  # what follows the stamp in a backup's name: its reason


@dataclass(frozen=True)
class BackupRow:
    path: Path
    made: datetime
    size: int
    reason: str
    problem: str | None  # None: SQLite's quick_check passed


def reason_of(database: Path, backup: Path) -> str:
    """The reason written into a backup's name ("manual", "before-import", "before-0010_nam" …)."""
    rest = backup.stem[len(database.stem) + 1:] if backup.stem.startswith(database.stem + "-") else ""
    m = _REST.match(rest)
    return m.group(1) if m else ""


def reason_label(reason: str) -> str:
    if reason == "manual":
        return tr("backups", "Sao lưu theo yêu cầu")
    if reason == "before-import":
        return tr("backups", "Trước khi nhập dữ liệu")
    if reason == "before-restore":
        return tr("backups", "Trước khi khôi phục")
    if reason.startswith("before-"):
        return tr("backups", "Trước khi nâng cấp cơ sở dữ liệu")
    return tr("backups", "Sao lưu tự động")


def size_label(size: int) -> str:
    locale = QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
    if size >= 1024 * 1024:
        return tr("backups", "{n} MB").format(n=locale.toString(size / 1024 / 1024, "f", 1))
    return tr("backups", "{n} KB").format(n=locale.toString(max(1, round(size / 1024))))


def read_backups(database: Path) -> list[BackupRow]:
    """Every backup of ``database``, newest first, each checked (runs in the worker thread)."""
    from nsdesk.services.common import backups

    return [BackupRow(b.path, b.made, b.size, reason_of(database, b.path), backups.quick_check(b.path))
            for b in backups.list_backups(database)]


class BackupsDialog(GuardedDialog):
    """The list of backups and what can be done with them."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(tr("backups", "Sao lưu"))
        self.ctx = context_of(parent)
        self.database: Path | None = getattr(self.ctx.database, "path", None)
        self.rows: list[BackupRow] = []
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("backupsTable")
        self.table.setHorizontalHeaderLabels([tr("backups", "Thời điểm"), tr("backups", "Kích thước"),
                                              tr("backups", "Lý do"), tr("backups", "Kiểm tra")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _i: self.restore_selected())
        self.status = QLabel(self)
        self.status.setObjectName("backupsStatus")
        self.status.setWordWrap(True)

        self.buttons = QDialogButtonBox(self)
        self.backup_button = self._button(tr("backups", "&Sao lưu ngay"), "backupNowButton", self.backup_now)
        self.restore_button = self._button(tr("backups", "&Khôi phục…"), "restoreButton", self.restore_selected)
        self.folder_button = self._button(tr("backups", "&Mở thư mục"), "openFolderButton", self.open_folder)
        close = self.buttons.addButton(tr("backups", "Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("closeButton")
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.fit_size(760, 460)
        self._set_intro()
        self.refresh()

    def _button(self, text: str, name: str, slot) -> QPushButton:
        b = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        b.setObjectName(name)
        b.setAutoDefault(False)
        b.clicked.connect(slot)
        return b

    def _set_intro(self) -> None:
        from nsdesk.services.common import backups

        if self.database is None:
            self.intro.setText(tr("backups", "Chỉ sao lưu được cơ sở dữ liệu dạng tệp (SQLite). Với máy chủ "
                                             "PostgreSQL, hãy nhờ quản trị viên sao lưu bằng pg_dump."))
            for b in (self.backup_button, self.restore_button, self.folder_button):
                b.setEnabled(False)
            return
        self.intro.setText(tr("backups", "Các bản sao lưu nằm trong thư mục {folder}. nsdesk tự sao lưu trước khi "
                                         "nhập dữ liệu và trước khi nâng cấp; giữ {n} bản gần nhất và một bản cho "
                                         "mỗi tuần, mỗi tháng.").format(folder=backups.folder_of(self.database),
                                                                        n=backups.KEEP_LAST))

    # --- the list ---------------------------------------------------------------------------------

    def refresh(self, note: str = "") -> None:
        database = self.database
        if database is None:
            return
        self.status.setText(tr("backups", "Đang đọc và kiểm tra các bản sao lưu…"))
        Op(self, lambda _p, _c: read_backups(database), ctx=self.ctx, session=False).success(
            lambda rows: self._show(rows, note)).failure(self._failed).run()

    def _show(self, rows: list[BackupRow], note: str = "") -> None:
        self.rows = rows
        locale = QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            ok = row.problem is None
            cells = [row.made.strftime("%d/%m/%Y %H:%M:%S"), size_label(row.size), reason_label(row.reason),
                     tr("backups", "Tốt") if ok else tr("backups", "Hỏng: {problem}").format(problem=row.problem)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(row.path) if c == 0 else text)
                if c == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c == 3 and not ok:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(r, c, item)
        if rows:
            self.table.selectRow(0)
        summary = (tr("backups", "{n} bản sao lưu.").format(n=locale.toString(len(rows))) if rows
                   else tr("backups", "Chưa có bản sao lưu nào. Bấm «Sao lưu ngay» để tạo bản đầu tiên."))
        self.status.setText(f"{note} {summary}".strip())
        self._selection_changed()

    def selected(self) -> BackupRow | None:
        r = self.table.currentRow()
        return self.rows[r] if 0 <= r < len(self.rows) and self.table.selectionModel().hasSelection() else None

    def _selection_changed(self) -> None:
        row = self.selected()
        self.restore_button.setEnabled(self.database is not None and row is not None and row.problem is None)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText("")
        show_error(self, exc)

    # --- actions ----------------------------------------------------------------------------------

    def backup_now(self) -> None:
        db = self.ctx.database
        if db is None or self.database is None:
            return

        def fn(_progress, _cancelled):
            from nsdesk.services.common import schema

            return schema.backup(db, "manual")

        self.backup_button.setEnabled(False)

        def done(path) -> None:
            self.backup_button.setEnabled(True)
            self.refresh(tr("backups", "Đã sao lưu vào {name}.").format(name=Path(path).name) if path else "")

        def failed(exc: BaseException) -> None:
            self.backup_button.setEnabled(True)
            self._failed(exc)

        Op(self, fn, ctx=self.ctx, session=False).with_progress(tr("backups", "Đang sao lưu…")).success(
            done).failure(failed).run()

    def restore_selected(self) -> None:
        row = self.selected()
        if row is None or row.problem is not None:
            return
        from nsdesk.ui import file_actions

        window = self.parentWidget() or self
        self.accept()  # the database is about to be replaced: this list would be stale
        file_actions.restore_backup(window, str(row.path))

    def open_folder(self) -> None:
        if self.database is None:
            return
        from nsdesk.files import private_folder
        from nsdesk.services.common import backups

        folder = backups.folder_of(self.database)
        private_folder(folder)  # readable by the user only, as backups.create makes it
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def open_backups_dialog(window: QWidget) -> BackupsDialog | None:
    if context_of(window).database is None:
        return None
    dlg = BackupsDialog(window)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.open()
    return dlg
