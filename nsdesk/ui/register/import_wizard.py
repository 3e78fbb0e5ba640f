"""Nhập từ Excel: the import wizard for an association's list of enterprises, a list of lượt
(supports) or a sheet of before/after measurements (``kind``).

File (+ sheet) → the header row found and the column mapping (correctable) → preview with every
row's problems and what importing would do → import with a progress bar (cancellable; a cancel
rolls the one transaction back) → summary, and the rejected rows saved as xlsx with a "Lỗi" column.

All reading and writing runs on the ops worker (nsdesk.services.importer); nothing here touches
the database.
"""

from __future__ import annotations

import threading
from datetime import date
from itertools import islice
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from nsdesk.ui.ops import Op, show_error
from nsdesk.ui.register.import_mapping import ERROR_STYLE, MappingPage
from nsdesk.ui.register.import_ops import (  # noqa: F401 - part of this module's interface
    KINDS,
    TEMPLATE_FILES,
    Imported,
    ProgressRelay,
    _n,
    apply_op,
    kind_fields,
    preview_op,
    read_op,
    save_template,
    undo_op,
)
from nsdesk.ui.widgets.dialogs import FitsScreen
from nsdesk.ui.widgets.files import file_name, open_path, save_path

tr = QCoreApplication.translate
MAX_PROBLEMS_SHOWN = 2000  # a whole file of bad rows is summarised; all of them go to the "Lỗi" file


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(tr("import_wizard", "Chọn tệp Excel"))
        self.setSubTitle({
            "enterprises": tr("import_wizard", "Danh sách doanh nghiệp của hiệp hội (.xlsx, .xls, .ods)."),
            "supports": tr("import_wizard", "Danh sách lượt hỗ trợ: mỗi dòng một doanh nghiệp được hỗ trợ một lần."),
            "measurements": tr("import_wizard", "Số liệu đo trước/sau hỗ trợ: mỗi dòng một giá trị của một chỉ tiêu."),
        }[wizard.kind])
        self.path = QLineEdit(self)
        self.path.setObjectName("importPath")
        self.path.setReadOnly(True)
        self.browse = QPushButton(tr("import_wizard", "&Chọn tệp…"), self)
        self.browse.clicked.connect(self.choose_file)
        self.template_button = QPushButton(tr("import_wizard", "Tải &mẫu…"), self)
        self.template_button.setObjectName("saveTemplate")
        self.template_button.setToolTip(tr("import_wizard", "Lưu tệp Excel mẫu (đúng tiêu đề cột) để điền rồi nhập."))
        self.template_button.clicked.connect(self.choose_template_file)
        self.sheet = QComboBox(self)
        self.sheet.setObjectName("importSheet")
        self.sheet.setEnabled(False)
        self.sheet.activated.connect(lambda _i: self.load(self.path.text(), self.sheet.currentText()))
        self.status = QLabel(self)
        self.status.setObjectName("importFileStatus")
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        row.addWidget(self.template_button)
        form = QFormLayout(self)
        file_label = QLabel(tr("import_wizard", "Tệ&p:"), self)
        file_label.setBuddy(self.browse)
        form.addRow(file_label, row)
        sheet_label = QLabel(tr("import_wizard", "Trang tín&h:"), self)
        sheet_label.setBuddy(self.sheet)
        form.addRow(sheet_label, self.sheet)
        form.addRow(self.status)

    def choose_file(self) -> None:
        path = open_path(self, tr("import_wizard", "Chọn tệp Excel để nhập"),
                         tr("import_wizard", "Tệp Excel (*.xlsx *.xlsm *.xls *.ods)"))
        if path:
            self.load(path, None)

    def choose_template_file(self) -> None:
        path = save_path(self, tr("import_wizard", "Lưu tệp mẫu"), TEMPLATE_FILES[self.wiz.kind],
                         tr("import_wizard", "Tệp Excel (*.xlsx)"))
        if path:
            self.save_template_to(path)

    def save_template_to(self, path: str) -> None:
        kind = self.wiz.kind
        Op(self, lambda _p, _c: save_template(kind, path), ctx=self.wiz.ctx, session=False).success(
            lambda _r: self.status.setText(tr("import_wizard", "Đã lưu tệp mẫu vào {path}; điền từ dòng 2 (xóa dòng "
                                                               "ví dụ) rồi chọn tệp để nhập.").format(path=path))).run()

    def load(self, path: str, sheet: str | None) -> None:
        self.path.setText(path)
        self.wiz.preview = None
        self.wiz.loading = True
        self.status.setStyleSheet("")
        self.status.setText(tr("import_wizard", "Đang đọc tệp…"))
        self.completeChanged.emit()
        Op(self, read_op(path, sheet, self.wiz.kind), ctx=self.wiz.ctx).success(self._loaded).failure(
            self._failed).run()

    def _loaded(self, pv) -> None:
        self.wiz.loading = False
        self.wiz.preview = self.wiz.detected = pv
        self.sheet.clear()
        self.sheet.addItems(pv.sheet.sheet_names)
        self.sheet.setCurrentText(pv.sheet.name)
        self.sheet.setEnabled(len(pv.sheet.sheet_names) > 1)
        self.status.setText(tr("import_wizard", "Trang \"{sheet}\": dòng tiêu đề là dòng {row}; {n} cột được nhận ra.")
                            .format(sheet=pv.sheet.name, row=pv.header_row, n=len(pv.mapping)))
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        from nsdesk.errors import KnownError

        self.wiz.loading = False
        if not isinstance(exc, KnownError):
            show_error(self, exc)
            return
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(exc.message + (f"\n{exc.hint}" if exc.hint else ""))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.wiz.preview is not None and not self.wiz.loading


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(tr("import_wizard", "Xem trước"))
        self.setSubTitle(tr("import_wizard", "Chưa có gì được ghi. Dòng bị từ chối sẽ không được nhập; "
                                             "các dòng khác vẫn được nhập."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, tr("import_wizard", "&Nhập"))
        self.summary = QLabel(self)
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        self.problems = QTableWidget(0, 4, self)
        self.problems.setObjectName("problems")
        self.problems.setHorizontalHeaderLabels([tr("import_wizard", t) for t in ("Dòng", "Cột", "Loại", "Nội dung")])
        self.problems.verticalHeader().setVisible(False)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setWordWrap(False)  # long messages are elided; the tooltip has them whole
        h = self.problems.horizontalHeader()
        for c in range(3):
            h.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        h.setStretchLastSection(True)
        self.changes = QTableWidget(0, 5, self)
        self.changes.setObjectName("changes")
        self.changes.setHorizontalHeaderLabels(
            [tr("import_wizard", t) for t in ("Dòng", "Doanh nghiệp", "Thông tin", "Đang lưu", "Sẽ thành")])
        self.changes.verticalHeader().setVisible(False)
        self.changes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes.horizontalHeader().setStretchLastSection(True)
        self.changes_label = QLabel(tr("import_wizard", "Những gì sẽ thay đổi ở doanh nghiệp đã có:"), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.changes_label)
        layout.addWidget(self.changes, 1)
        self.changes_label.setVisible(wizard.kind == "enterprises")
        self.changes.setVisible(wizard.kind == "enterprises")
        self._ready = False

    def initializePage(self) -> None:  # noqa: N802
        mapping = self.wiz.mapping_page.mapping()
        only_empty = self.wiz.mapping_page.only_empty.isChecked()
        pv = self.wiz.preview
        assert pv is not None  # the file page completes only with a preview
        self._ready = False
        self.problems.setRowCount(0)
        self.changes.setRowCount(0)
        if mapping == pv.mapping and only_empty == getattr(pv, "only_empty", False):
            self._show(pv)
            return
        self.summary.setText(tr("import_wizard", "Đang kiểm tra từng dòng…"))
        Op(self, preview_op(pv.sheet.path, pv.sheet.name, mapping, self.wiz.kind, only_empty), ctx=self.wiz.ctx).success(
            self._show).failure(self._failed).run()

    def _failed(self, exc: BaseException) -> None:
        from nsdesk.errors import KnownError

        if isinstance(exc, KnownError):
            self.summary.setText(exc.message)
            self.summary.setStyleSheet(ERROR_STYLE)
        else:
            show_error(self, exc)

    def _show(self, pv) -> None:
        self.wiz.preview = pv
        self.summary.setStyleSheet("")
        unchanged = {
            "enterprises": tr("import_wizard", "không đổi <b>{n}</b> doanh nghiệp"),
            "supports": tr("import_wizard", "không đổi <b>{n}</b> lượt hỗ trợ"),
            "measurements": tr("import_wizard", "không đổi <b>{n}</b> số liệu"),
        }[self.wiz.kind]
        parts = [
            tr("import_wizard", "Sẽ thêm mới <b>{n}</b>").format(n=_n(pv.created)),
            tr("import_wizard", "cập nhật <b>{n}</b>").format(n=_n(pv.updated)),
            unchanged.format(n=_n(pv.unchanged)),
        ]
        text = ", ".join(parts) + "."
        text += "<br>" + tr("import_wizard", "Bị từ chối: <b>{r}</b> dòng · Cảnh báo: <b>{w}</b>").format(
            r=_n(len(pv.rejected_rows)), w=_n(len(pv.warnings)))
        if pv.merged_duplicate_rows:
            repeated = {
                "enterprises": tr("import_wizard", "Mã số thuế lặp lại trong tệp (lấy dòng sau): dòng {rows}"),
                "supports": tr("import_wizard", "Lượt lặp lại trong tệp (cùng doanh nghiệp, dự án, công cụ, ngày bắt "
                                                "đầu; lấy dòng sau): dòng {rows}"),
                "measurements": tr("import_wizard", "Số liệu lặp lại trong tệp (cùng doanh nghiệp, lượt, chỉ số, "
                                                    "trước/sau, ngày; lấy dòng sau): dòng {rows}"),
            }[self.wiz.kind]
            text += " · " + repeated.format(
                rows=", ".join(map(str, pv.merged_duplicate_rows[:20])) + (" …" if len(pv.merged_duplicate_rows) > 20
                                                                           else ""))
        self.summary.setText(text)
        # the rejections (read in row order, held packed: only the first are unpacked), then the warnings
        problems = list(islice(pv.rejected, MAX_PROBLEMS_SHOWN))
        problems += sorted(pv.warnings, key=lambda p: p.row)[:MAX_PROBLEMS_SHOWN - len(problems)]
        total = len(pv.rejected) + len(pv.warnings)
        if total > MAX_PROBLEMS_SHOWN:
            text += "<br>" + tr("import_wizard", "Chỉ hiện {shown} trong số {n} vấn đề; sau khi nhập có thể lưu mọi "
                                                 "dòng bị từ chối ra Excel.").format(
                shown=_n(MAX_PROBLEMS_SHOWN), n=_n(total))
            self.summary.setText(text)
        self.problems.setRowCount(len(problems))
        for r, p in enumerate(problems):
            kind = tr("import_wizard", "Từ chối") if p.reason else tr("import_wizard", "Cảnh báo")
            for c, value in enumerate((str(p.row), p.column, kind, p.message)):
                item = QTableWidgetItem(value)
                item.setToolTip(p.message)
                if p.reason:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.problems.setItem(r, c, item)
        diffs = [(d, f) for d in getattr(pv, "diffs", [])[:MAX_PROBLEMS_SHOWN] for f in d.fields]
        self.changes.setRowCount(len(diffs))
        for r, (d, f) in enumerate(diffs):
            for c, value in enumerate((str(d.row), f"{d.tax_code} · {d.name}", tr("import_wizard", f.label),
                                       f.old or "", f.new or "")):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.changes.setItem(r, c, item)
        self._ready = True
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self._ready


class RunPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(tr("import_wizard", "Nhập dữ liệu"))
        self.setSubTitle(tr("import_wizard", "Cả tệp được ghi trong một lần: nếu dừng giữa chừng, cơ sở dữ liệu "
                                             "giữ nguyên như trước."))
        self.bar = QProgressBar(self)
        self.bar.setObjectName("importProgress")
        self.cancel_button = QPushButton(tr("import_wizard", "&Dừng nhập"), self)
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.clicked.connect(self.cancel)
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.save_rejected = QPushButton(tr("import_wizard", "&Lưu các dòng bị từ chối ra Excel…"), self)
        self.save_rejected.setObjectName("saveRejected")
        self.save_rejected.clicked.connect(self.choose_rejected_file)
        self.save_rejected.hide()
        self.undo_button = QPushButton(tr("import_wizard", "&Hoàn tác lần nhập này"), self)
        self.undo_button.setObjectName("undoImport")
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.hide()
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.save_rejected, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.relay = ProgressRelay(self)
        self.relay.progress.connect(self._progress)
        self.cancel_event = threading.Event()
        self.running = False
        self.finished = False
        self.result = None

    def initializePage(self) -> None:  # noqa: N802
        self.cancel_event.clear()
        self.running, self.finished = True, False
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.summary.setText(tr("import_wizard", "Đang nhập… (đã sao lưu cơ sở dữ liệu trước khi ghi)"))
        moves = self.wiz.kind == "enterprises" and self.wiz.mapping_page.accept_moves.isChecked()
        Op(self, apply_op(self.wiz.preview, self.relay, self.cancel_event, self.wiz.kind, moves),
           ctx=self.wiz.ctx).success(
            self._done).failure(self._failed).run()

    def cancel(self) -> None:
        if self.running:
            self.cancel_event.set()
            self.cancel_button.setEnabled(False)
            self.summary.setText(tr("import_wizard", "Đang dừng…"))

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def _finish(self) -> None:
        self.running, self.finished = False, True
        self.cancel_button.hide()
        self.completeChanged.emit()

    def _done(self, imported: Imported) -> None:
        self.result = r = imported.result
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        what = {"enterprises": tr("import_wizard", "doanh nghiệp"), "supports": tr("import_wizard", "lượt hỗ trợ"),
                "measurements": tr("import_wizard", "số liệu")}[self.wiz.kind]
        if r.written:
            text = tr("import_wizard", "Đã nhập xong: thêm mới {c}, cập nhật {u}, không đổi {k} {what}.")
        else:
            text = tr("import_wizard", "Không có gì cần ghi: thêm mới {c}, cập nhật {u}, không đổi {k} {what}.")
        text = text.format(c=_n(r.created), u=_n(r.updated), k=_n(r.unchanged), what=what)
        pv = self.wiz.preview
        assert pv is not None  # an import runs only from a preview
        if r.rejected:
            text += " " + tr("import_wizard", "{n} dòng bị từ chối, không được nhập.").format(
                n=_n(len(pv.rejected_rows)))
        if r.backup:
            text += "\n" + tr("import_wizard", "Bản sao lưu trước khi nhập: {path}").format(path=r.backup)
        self.summary.setText(text)
        self.save_rejected.setVisible(bool(pv.rejected_rows))
        self.undo_button.setVisible(bool(r.written))
        self.undo_button.setEnabled(True)
        self._finish()

    def _failed(self, exc: BaseException) -> None:
        from nsdesk.errors import KnownError
        from nsdesk.services.register.importing.pipeline import ImportCancelled

        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        if isinstance(exc, ImportCancelled):
            self.summary.setText(tr("import_wizard", "Đã dừng nhập. Cơ sở dữ liệu không thay đổi gì."))
        elif isinstance(exc, KnownError):
            self.summary.setText(exc.message + (f"\n{exc.hint}" if exc.hint else "") + "\n"
                                 + tr("import_wizard", "Cơ sở dữ liệu không thay đổi gì."))
        else:
            self.summary.setText(tr("import_wizard", "Nhập không thành công; cơ sở dữ liệu không thay đổi gì."))
            show_error(self, exc)
        self._finish()

    def undo(self) -> None:
        """Undo this import (while it is the last one and nothing later touched its records)."""
        self.undo_button.setEnabled(False)
        Op(self, undo_op(getattr(self.result, "batch", None), self.wiz.kind), ctx=self.wiz.ctx).success(
            self._undone).failure(self._undo_failed).run()

    def _undone(self, done: Imported) -> None:
        self.undo_button.hide()
        self.summary.setText(self.summary.text() + "\n" + done.result.summary())

    def _undo_failed(self, exc: BaseException) -> None:
        from nsdesk.errors import KnownError

        if not isinstance(exc, KnownError):
            show_error(self, exc)
            return
        self.summary.setText(self.summary.text() + "\n" + exc.message)

    def choose_rejected_file(self) -> None:
        assert self.wiz.preview is not None  # the button shows only for a preview's rejected rows
        source = Path(self.wiz.preview.sheet.path)
        path = save_path(self, tr("import_wizard", "Lưu các dòng bị từ chối"),
                         file_name(source.stem, "loi", day=date.today()), tr("import_wizard", "Tệp Excel (*.xlsx)"))
        if path:
            self.save_rejected_to(path)

    def save_rejected_to(self, path: str) -> None:
        pv = self.wiz.preview

        def fn(progress, cancelled):
            from nsdesk.services.register.importing.problems import save_rejected

            return save_rejected(pv, path, progress=progress, cancel=cancelled)

        Op(self, fn, ctx=self.wiz.ctx, session=False).with_progress(
            tr("import_wizard", "Đang lưu các dòng bị từ chối…")).success(
            lambda n: self.summary.setText(self.summary.text() + "\n" + tr(
                "import_wizard", "Đã lưu {n} dòng bị từ chối vào {path} (cột \"Lỗi\" ghi cần sửa gì).").format(
                    n=_n(n), path=path))).run()

    def isComplete(self) -> bool:  # noqa: N802
        return self.finished


class ImportWizard(FitsScreen, QWizard):
    """The wizard fits the screen (a 1093×614 laptop at 125 % too): long pages scroll inside it
    while "< Quay lại", "Tiếp >" and "Hủy" stay in sight."""

    def __init__(self, parent: QWidget, ctx, kind: str = "enterprises"):
        super().__init__(parent)
        if kind not in KINDS:
            raise ValueError(kind)
        self.ctx = ctx
        self.kind = kind
        self.setObjectName("importWizard")
        self.setWindowTitle({
            "enterprises": tr("import_wizard", "Nhập danh sách doanh nghiệp từ Excel"),
            "supports": tr("import_wizard", "Nhập lượt hỗ trợ từ Excel"),
            "measurements": tr("import_wizard", "Nhập số liệu đo trước/sau từ Excel"),
        }[kind])
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, tr("import_wizard", "&Tiếp >"))
        self.setButtonText(QWizard.WizardButton.BackButton, tr("import_wizard", "< &Quay lại"))
        self.setButtonText(QWizard.WizardButton.CancelButton, tr("import_wizard", "Hủy"))
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("import_wizard", "&Xong"))
        self.preview = None  # importer.Preview of the file (after the user's mapping, once previewed)
        self.detected = None
        self.loading = False
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.run_page = RunPage(self)
        for p in (self.file_page, self.mapping_page, self.preview_page, self.run_page):
            self.addPage(p)
        self.fit_size(860, 640)

    def reject(self) -> None:
        if self.run_page.running:  # stop the import first; the window closes when it has rolled back
            self.run_page.cancel()
            return
        super().reject()


def open_import_wizard(parent: QWidget, ctx, kind: str = "enterprises") -> ImportWizard:
    wiz = ImportWizard(parent, ctx, kind)
    wiz.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wiz.open()
    return wiz
