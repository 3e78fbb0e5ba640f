"""Nhận báo cáo: the province receives offices' data packages (wizard), reviews conflicts and keeps
the submissions register.

Files → preview (a dry run of each file: office, plan, period, what would be created, updated,
withdrawn, conflicts and rejected rows) → import with a progress bar and Cancel (one transaction:
a cancel changes nothing) → summary. The conflict list keeps either value; the register lists who
sent what and when. Everything runs on the ops worker through nsdesk.services.consolidation.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from nsdesk.ui.ops import Changes, Op, context_of
from nsdesk.ui.widgets import files

tr = QCoreApplication.translate
CHANGED = Changes.of("enterprises", "supports", "measurements", "projects", "activities", "plans", "submissions")


def _total(counts: dict[str, int]) -> int:
    return sum(counts.values())


Preview = tuple[Path, Any, str | None]


def preview_op(paths: list[Path]) -> Callable[..., list[Preview]]:
    """A dry run of every file: (path, result or None, error message or None)."""

    def run(session: Any, progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> list[Preview]:
        from nsdesk.errors import KnownError
        from nsdesk.services.consolidation.importing import import_submission

        out: list[Preview] = []
        for i, path in enumerate(paths):
            try:
                out.append((path, import_submission(session, path, dry_run=True), None))
            except KnownError as exc:
                out.append((path, None, str(exc)))
            session.rollback()
            progress(i + 1, len(paths))
        return out

    return run


def import_op(paths: list[Path], relay: Callable[[int, int], None], cancel: threading.Event) -> Callable[..., list[Any]]:
    def run(session: Any, progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> list[Any]:
        from nsdesk.services.consolidation.importing import import_submission

        results = []
        for i, path in enumerate(paths):
            def step(done: int, total: int, i: int = i) -> None:
                relay(i * 1000 + (done * 1000 // total if total else 1000), len(paths) * 1000)

            results.append(import_submission(session, path, progress=step, cancel=cancel.is_set))
        return results

    return run


class _Relay(QObject):
    moved = Signal(int, int)


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


class FilesPage(QWizardPage):
    def __init__(self, wiz: ReceiveWizard) -> None:
        super().__init__()
        self.wiz = wiz
        self.setTitle(tr("receive", "Chọn tệp báo cáo"))
        self.setSubTitle(tr("receive", "Chọn các tệp .xlsx do nsdesk của xã, phường gửi lên."))
        self.list = QListWidget()
        add = QPushButton(tr("receive", "Thêm tệp…"))
        add.clicked.connect(self._choose)
        remove = QPushButton(tr("receive", "Bỏ tệp đã chọn"))
        remove.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.list)
        lay.addLayout(buttons)

    def _choose(self) -> None:
        paths = files.open_paths(self, tr("receive", "Chọn tệp báo cáo"), tr("receive", "Tệp Excel (*.xlsx)"))
        self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]) -> None:
        known = set(self.wiz.paths)
        for p in paths:
            if p not in known:
                self.wiz.paths.append(p)
                self.list.addItem(str(p))
        self.completeChanged.emit()

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            del self.wiz.paths[row]
            self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.wiz.paths)


class PreviewPage(QWizardPage):
    def __init__(self, wiz: ReceiveWizard) -> None:
        super().__init__()
        self.wiz = wiz
        self.setTitle(tr("receive", "Xem trước"))
        self.setSubTitle(tr("receive", "Chưa ghi gì: đây là những gì việc nhận báo cáo sẽ làm."))
        self.table = _table([tr("receive", "Tệp"), tr("receive", "Đơn vị"), tr("receive", "Kỳ"),
                             tr("receive", "Mới"), tr("receive", "Cập nhật"), tr("receive", "Rút"),
                             tr("receive", "Khác biệt"), tr("receive", "Dòng bị từ chối"), tr("receive", "Ghi chú")])
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addWidget(self.summary)
        self.loading = False

    def initializePage(self) -> None:
        self.loading = True
        self.wiz.previews = []
        self.summary.setText(tr("receive", "Đang đọc các tệp…"))
        Op(self, preview_op(list(self.wiz.paths)), ctx=self.wiz.ctx).success(self._show).run()

    def _show(self, previews: list[Any]) -> None:
        self.loading = False
        self.wiz.previews = previews
        rows = []
        for path, result, error in previews:
            if result is None:
                rows.append([path.name, "", "", "", "", "", "", "", error or ""])
                continue
            office = ", ".join(p for p in (result.office.get("commune"), result.office.get("province")) if p)
            note = tr("receive", "Thay báo cáo gửi trước") if result.replaces else ""
            if not result.checksum_ok:
                note = (note + "; " if note else "") + tr("receive", "Trang dữ liệu đã bị sửa sau khi xuất")
            rows.append([path.name, office, f"{result.period.start:%d/%m/%Y}–{result.period.end:%d/%m/%Y}",
                         str(_total(result.created)), str(_total(result.updated)), str(_total(result.withdrawn)),
                         str(len(result.conflicts)), str(len(result.rejected)), note])
        _fill(self.table, rows)
        good = sum(1 for _p, r, _e in previews if r is not None)
        conflicts = sum(len(r.conflicts) for _p, r, _e in previews if r is not None)
        self.summary.setText(tr("receive", "{good} tệp nhận được, {bad} tệp không nhận được; {conflicts} khác biệt "
                                           "sẽ vào danh sách khác biệt.").format(
            good=good, bad=len(previews) - good, conflicts=conflicts))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.loading and any(r is not None for _p, r, _e in self.wiz.previews)


class ImportPage(QWizardPage):
    def __init__(self, wiz: ReceiveWizard) -> None:
        super().__init__()
        self.wiz = wiz
        self.setTitle(tr("receive", "Nhận báo cáo"))
        self.bar = QProgressBar()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.cancel_button = QPushButton(tr("receive", "Hủy"))
        self.cancel_button.clicked.connect(self.cancel)
        lay = QVBoxLayout(self)
        lay.addWidget(self.bar)
        lay.addWidget(self.status)
        lay.addWidget(self.cancel_button)
        self.relay = _Relay()
        self.relay.moved.connect(self._moved)
        self.cancel_event = threading.Event()
        self.running = False
        self.done = False

    def initializePage(self) -> None:
        paths = [p for p, r, _e in self.wiz.previews if r is not None]
        self.running, self.done = True, False
        self.cancel_event.clear()
        self.cancel_button.setEnabled(True)
        self.status.setText(tr("receive", "Đang nhận {n} tệp…").format(n=len(paths)))
        Op(self, import_op(paths, self.relay.moved.emit, self.cancel_event), ctx=self.wiz.ctx).success(
            self._finished).failure(self._failed).run()

    def cancel(self) -> None:
        if self.running:
            self.cancel_event.set()

    def _moved(self, done: int, total: int) -> None:
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(done)

    def _finished(self, results: list[Any]) -> None:
        self.running, self.done = False, True
        self.cancel_button.setEnabled(False)
        self.wiz.results = results
        self.bar.setValue(self.bar.maximum())
        created = sum(_total(r.created) for r in results)
        updated = sum(_total(r.updated) for r in results)
        conflicts = sum(len(r.conflicts) for r in results)
        self.status.setText(tr("receive", "Đã nhận {n} báo cáo: {created} bản ghi mới, {updated} cập nhật, "
                                          "{conflicts} khác biệt cần xem.").format(
            n=len(results), created=created, updated=updated, conflicts=conflicts))
        ctx = context_of(self)
        if ctx is not None and getattr(ctx, "bus", None) is not None:
            ctx.bus.changed.emit(CHANGED)
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.cancel_button.setEnabled(False)
        self.status.setText(str(exc))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.running


class ReceiveWizard(QWizard):
    """Nhận báo cáo: choose files, preview, import with progress and cancel."""

    def __init__(self, parent: QWidget | None = None, ctx: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx or context_of(parent)
        self.setWindowTitle(tr("receive", "Nhận báo cáo"))
        self.paths: list[Path] = []
        self.previews: list[Any] = []
        self.results: list[Any] = []
        self.files_page = FilesPage(self)
        self.preview_page = PreviewPage(self)
        self.import_page = ImportPage(self)
        for page in (self.files_page, self.preview_page, self.import_page):
            self.addPage(page)
        self.resize(900, 520)


class ConflictList(QDialog):
    """The conflict list: every value two sources disagree on; keep either one."""

    def __init__(self, parent: QWidget | None = None, ctx: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx or context_of(parent)
        self.setWindowTitle(tr("receive", "Danh sách khác biệt"))
        self.table = _table([tr("receive", "Bản ghi"), tr("receive", "Mã số thuế"), tr("receive", "Trường"),
                             tr("receive", "Giá trị đang dùng"), tr("receive", "Giá trị kia"),
                             tr("receive", "Đơn vị gửi")])
        self.rows: list[Any] = []
        self.keep_current = QPushButton(tr("receive", "Giữ giá trị đang dùng"))
        self.keep_other = QPushButton(tr("receive", "Giữ giá trị kia"))
        self.keep_current.clicked.connect(lambda: self.resolve("kept"))
        self.keep_other.clicked.connect(lambda: self.resolve("other"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_current)
        buttons.addWidget(self.keep_other)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addLayout(buttons)
        lay.addWidget(close)
        self.loaded = False
        self.resize(900, 480)
        self.refresh()

    def refresh(self) -> None:
        self.loaded = False

        def load(session: Any, _progress: object, _cancelled: object) -> tuple[Any, ...]:
            from nsdesk.services.consolidation.overview import list_conflicts

            return list_conflicts(session)

        Op(self, load, ctx=self.ctx).success(self._show).run()

    def _show(self, rows: tuple[Any, ...]) -> None:
        self.rows = list(rows)
        _fill(self.table, [[r.label, r.tax_code or "", r.field, r.kept, r.other, r.from_office] for r in self.rows])
        self.loaded = True

    def resolve(self, keep: str) -> None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.rows):
            return
        conflict_id = self.rows[row].id

        def run(session: Any, _progress: object, _cancelled: object) -> Changes:
            from nsdesk.services.consolidation.overview import resolve_conflict

            resolve_conflict(session, conflict_id, keep)
            return CHANGED

        self.loaded = False
        Op(self, run, ctx=self.ctx).success(lambda _c: self.refresh()).run()


class ReasonDialog(QDialog):
    """Trả lại báo cáo: the reason is required (OK stays disabled while it is empty)."""

    def __init__(self, parent: QWidget, office: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("receive", "Trả lại báo cáo"))
        label = QLabel(tr("receive", "Lý do trả lại báo cáo của {office} (đơn vị sẽ sửa rồi gửi lại):").format(
            office=office))
        label.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("receive", "Trả lại báo cáo"))
        self.ok.setEnabled(False)
        self.text.textChanged.connect(lambda: self.ok.setEnabled(bool(self.reason())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(label)
        lay.addWidget(self.text)
        lay.addWidget(self.buttons)
        self.resize(480, 220)

    def reason(self) -> str:
        return self.text.toPlainText().strip()


class SubmissionsRegister(QDialog):
    """Sổ nhận báo cáo: which office sent what and when, its status, claimed vs computed figures;
    the selected submission can be accepted or returned with a reason."""

    def __init__(self, parent: QWidget | None = None, ctx: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx or context_of(parent)
        self.setWindowTitle(tr("receive", "Sổ nhận báo cáo"))
        self.table = _table([tr("receive", "Đơn vị"), tr("receive", "Kế hoạch"), tr("receive", "Kỳ"),
                             tr("receive", "Nhận lúc"), tr("receive", "Trạng thái"),
                             tr("receive", "Lượt báo cáo / tính lại"), tr("receive", "Doanh nghiệp báo cáo / tính lại"),
                             tr("receive", "Tệp")])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.rows: list[Any] = []
        self.accept_button = QPushButton(tr("receive", "Chấp nhận"))
        self.return_button = QPushButton(tr("receive", "Trả lại…"))
        self.accept_button.clicked.connect(lambda: self.set_status("accepted"))
        self.return_button.clicked.connect(self.ask_reason)
        self.reason_dialog: ReasonDialog | None = None
        self.note = QLabel()
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.return_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addWidget(self.note)
        lay.addLayout(buttons)
        lay.addWidget(close)
        self.loaded = False
        self.resize(1000, 480)
        self._selection_changed()
        self.refresh()

    def refresh(self, select_uuid: str | None = None) -> None:
        self.loaded = False

        def load(session: Any, _progress: object, _cancelled: object) -> tuple[Any, ...]:
            from nsdesk.services.consolidation.overview import list_submissions

            return list_submissions(session)

        Op(self, load, ctx=self.ctx).success(lambda rows: self._show(rows, select_uuid)).run()

    def _show(self, rows: tuple[Any, ...], select_uuid: str | None = None) -> None:
        labels = {"received": tr("receive", "Đã nhận"), "accepted": tr("receive", "Đã chấp nhận"),
                  "returned": tr("receive", "Trả lại"), "replaced": tr("receive", "Đã thay bằng báo cáo sau")}
        self.rows = list(rows)
        _fill(self.table, [[
            r.office, r.plan_code, f"{r.period_from:%d/%m/%Y}–{r.period_to:%d/%m/%Y}",
            f"{r.received_at:%d/%m/%Y %H:%M}", labels.get(r.status, r.status) + (f": {r.reason}" if r.reason else ""),
            _claimed(r, "supports"), _claimed(r, "enterprises"), r.file_name or ""]
            for r in self.rows])
        for i, r in enumerate(self.rows):
            if select_uuid is not None and r.uuid == select_uuid:
                self.table.selectRow(i)
        self._selection_changed()
        self.loaded = True

    def selected(self) -> Any:
        row = self.table.currentRow()
        picked = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.rows[row] if picked and 0 <= row < len(self.rows) else None

    def _selection_changed(self) -> None:
        r = self.selected()
        open_ = r is not None and r.status != "replaced"
        self.accept_button.setEnabled(open_ and r.status != "accepted")
        self.return_button.setEnabled(open_)

    def ask_reason(self) -> None:
        r = self.selected()
        if r is None:
            return
        self.reason_dialog = dialog = ReasonDialog(self, r.office)
        dialog.accepted.connect(lambda: self.set_status("returned", dialog.reason(), r.uuid))
        dialog.open()

    def set_status(self, status: str, reason: str | None = None, uuid: str | None = None) -> None:
        r = self.selected()
        target = uuid or (r.uuid if r is not None else None)
        if target is None:
            return

        def run(session: Any, _progress: object, _cancelled: object) -> Changes:
            from nsdesk.services.consolidation.overview import set_status

            set_status(session, target, status, reason)
            return Changes.of("submissions")

        self.loaded = False
        self.note.setText("")
        Op(self, run, ctx=self.ctx).success(lambda _c: self.refresh(target)).failure(self._failed).run()

    def _failed(self, exc: BaseException) -> None:
        self.note.setText(str(exc))
        self.loaded = True


def _claimed(r: Any, key: str) -> str:
    """What the office's report states / what the province computes from its rows (flagged when they differ)."""
    claimed, computed = r.claimed.get(key, ""), r.computed.get(key, "")
    text = f"{claimed} / {computed}"
    if claimed != "" and computed != "" and claimed != computed:
        text += " " + tr("receive", "(lệch)")
    return text
