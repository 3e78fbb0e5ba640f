"""One event for many enterprises, and the before/after grid of one metric for many enterprises.

Both dialogs reach data only through the ops door (services.pilots.bulk); nothing here opens a session.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nsdesk.ui.ops import Changes, Op, show_error
from nsdesk.ui.pilots.widgets import RED
from nsdesk.ui.widgets.dialogs import GuardedDialog

tr = QCoreApplication.translate
ERROR_STYLE = "color: #b3261e;"


@dataclass(frozen=True)
class Saved:
    result: Any  # bulk.ManyPlan or bulk.GridResult
    changes: Changes


def _form_data(dlg: ManySupportDialog) -> dict:
    from nsdesk.services.common.forms import parse_date

    def day(text: str):
        text = text.strip()
        if not text:
            return None
        try:
            return parse_date(text)
        except ValueError:
            return text  # the service says what is wrong with it

    return {
        "types": [code for code, box in dlg.type_boxes.items() if box.isChecked()],
        "tools": [t.strip() for t in dlg.tools.text().replace(";", ",").split(",") if t.strip()],
        "project": dlg.project.text().strip() or None,
        "start_date": day(dlg.start.text()),
        "end_date": day(dlg.end.text()),
        "status": dlg.status.currentData(),
        "note": dlg.note.text().strip() or None,
    }


class ManySupportDialog(GuardedDialog):
    """Record the same support (types, tools, project, dates) for each chosen enterprise: one lượt each."""

    def __init__(self, parent: QWidget, ctx, enterprise_ids: list[int]):
        super().__init__(parent)
        from nsdesk.services.pilots.supports import SUPPORT_STATUS_LABELS, SUPPORT_TYPE_LABELS

        self.ctx = ctx
        self.enterprise_ids = list(enterprise_ids)
        self.plan = None
        self.setObjectName("manySupportDialog")
        self.setWindowTitle(tr("bulk", "Ghi một lượt hỗ trợ cho nhiều doanh nghiệp"))
        self.chosen = QLabel(tr("bulk", "Đã chọn {n} doanh nghiệp trong sổ.").format(n=len(self.enterprise_ids)), self)
        self.pasted = QPlainTextEdit(self)
        self.pasted.setObjectName("pastedCodes")
        self.pasted.setPlaceholderText(tr("bulk", "Hoặc dán mã số thuế của các doanh nghiệp (mỗi dòng một mã)…"))
        self.pasted.setMaximumHeight(80)
        types = QGridLayout()
        self.type_boxes: dict[str, QCheckBox] = {}
        for i, (code, label) in enumerate(SUPPORT_TYPE_LABELS.items()):
            box = QCheckBox(tr("labels", label), self)
            box.setObjectName(f"type_{code}")
            box.toggled.connect(self._changed)
            self.type_boxes[code] = box
            types.addWidget(box, i // 2, i % 2)
        self.tools = QLineEdit(self)
        self.tools.setObjectName("tools")
        self.tools.setPlaceholderText(tr("bulk", "Mã công cụ, cách nhau bằng dấu phẩy: 5S, KAIZEN"))
        self.project = QLineEdit(self)
        self.project.setObjectName("project")
        self.start = QLineEdit(self)
        self.start.setObjectName("start")
        self.start.setPlaceholderText("dd/mm/yyyy")
        self.end = QLineEdit(self)
        self.end.setObjectName("end")
        self.end.setPlaceholderText("dd/mm/yyyy")
        self.status = QComboBox(self)
        self.status.setObjectName("status")
        # a training recorded after the fact is done, one not yet begun is planned: by default the dates say
        self.status.addItem(tr("bulk", "Theo ngày (tự xác định)"), None)
        for code, label in SUPPORT_STATUS_LABELS.items():
            self.status.addItem(tr("labels", label), code)
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        for w in (self.tools, self.project, self.start, self.end, self.note):
            w.textChanged.connect(self._changed)
        self.pasted.textChanged.connect(self._changed)
        self.status.currentIndexChanged.connect(self._changed)
        self.preview = QLabel(self)
        self.preview.setObjectName("manyPreview")
        self.preview.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(tr("bulk", "&Ghi các lượt hỗ trợ"))
        self.save_button.setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(tr("bulk", "Loại hỗ trợ:"), types)
        form.addRow(tr("bulk", "Công cụ:"), self.tools)
        form.addRow(tr("bulk", "Dự án điểm (mã):"), self.project)
        form.addRow(tr("bulk", "Ngày bắt đầu:"), self.start)
        form.addRow(tr("bulk", "Ngày kết thúc:"), self.end)
        form.addRow(tr("bulk", "Trạng thái:"), self.status)
        form.addRow(tr("bulk", "Ghi chú:"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chosen)
        layout.addWidget(self.pasted)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh_preview)
        self._request = 0
        self.refresh_preview()

    def _enterprises(self):
        text = self.pasted.toPlainText().strip()
        return text if text and not self.enterprise_ids else (self.enterprise_ids or text)

    def _changed(self, *_args) -> None:
        self.save_button.setEnabled(False)
        self._timer.start()

    def refresh_preview(self) -> None:
        from nsdesk.services.pilots import bulk

        self._request += 1
        request, refs, data = self._request, self._enterprises(), _form_data(self)
        Op(self, lambda s, _p, _c: bulk.plan_support_for_many(s, refs, data), ctx=self.ctx).success(
            lambda plan: self._planned(request, plan)).failure(lambda exc: self._not_ready(request, exc)).run()

    def _planned(self, request: int, plan) -> None:
        if request != self._request:
            return  # the user changed something since
        self.plan = plan
        text = tr("bulk", "Sẽ tạo <b>{n}</b> lượt hỗ trợ (mỗi doanh nghiệp một lượt).").format(n=plan.creates)
        if plan.status_by_dates:
            from nsdesk.services.pilots.supports import SUPPORT_STATUS_LABELS

            text += " " + tr("bulk", "Trạng thái theo ngày: {status}.").format(
                status=tr("labels", SUPPORT_STATUS_LABELS[plan.status]))
        if plan.already:
            text += " " + tr("bulk", "{n} doanh nghiệp đã có lượt này, bỏ qua.").format(n=len(plan.already))
        if plan.unknown:
            text += " " + tr("bulk", "Không tìm thấy trong sổ: {codes}.").format(codes=", ".join(plan.unknown[:10]))
        self.preview.setStyleSheet("")
        self.preview.setText(text)
        self.save_button.setEnabled(plan.creates > 0)

    def _not_ready(self, request: int, exc: BaseException) -> None:
        from nsdesk.errors import KnownError

        if request != self._request:
            return
        if not isinstance(exc, KnownError):
            show_error(self, exc)
            return
        errors = getattr(exc, "errors", None)
        self.preview.setStyleSheet(ERROR_STYLE)
        self.preview.setText(" ".join(errors.values()) if errors else exc.message)
        self.save_button.setEnabled(False)

    def save(self) -> None:
        from nsdesk.services.pilots import bulk

        refs, data = self._enterprises(), _form_data(self)
        self.save_button.setEnabled(False)

        def fn(s, _p, _c):
            return Saved(bulk.create_support_for_many(s, refs, data), Changes.of("supports"))

        Op(self, fn, ctx=self.ctx).success(self._saved).failure(lambda exc: self._not_ready(self._request, exc)).run()

    def _saved(self, saved: Saved) -> None:
        self.saved = saved.result
        self.accept()


class GridDialog(GuardedDialog):
    """Before and after of one metric for many enterprises, typed in a grid."""

    def extra_state(self):
        """The numbers typed in the grid (no input widget holds them)."""
        return tuple((self.table.item(r, 2).text(), self.table.item(r, 3).text())
                     for r in range(self.table.rowCount()) if self.table.item(r, 2) and self.table.item(r, 3))

    def __init__(self, parent: QWidget, ctx, enterprises: list[tuple[int, str, str]], metrics: list[tuple[str, str]]):
        super().__init__(parent)
        self.ctx = ctx
        self.enterprises = enterprises
        self.setObjectName("measurementGrid")
        self.setWindowTitle(tr("bulk", "Nhập số liệu trước/sau cho nhiều doanh nghiệp"))
        self.metric_box = QComboBox(self)
        self.metric_box.setObjectName("gridMetric")
        for code, name in metrics:
            self.metric_box.addItem(tr("labels", name), code)
        self.before_on = QLineEdit(self)
        self.before_on.setObjectName("beforeOn")
        self.before_on.setPlaceholderText("dd/mm/yyyy")
        self.after_on = QLineEdit(self)
        self.after_on.setObjectName("afterOn")
        self.after_on.setPlaceholderText("dd/mm/yyyy")
        self.source = QLineEdit(self)
        self.source.setObjectName("gridSource")
        self.table = QTableWidget(len(enterprises), 4, self)
        self.table.setObjectName("gridTable")
        self.table.setHorizontalHeaderLabels([tr("bulk", t) for t in ("Mã số thuế", "Doanh nghiệp", "Trước", "Sau")])
        self.table.verticalHeader().setVisible(False)
        triggers = QAbstractItemView.EditTrigger
        self.table.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed
                                   | triggers.SelectedClicked)
        for r, (_eid, code, name) in enumerate(enterprises):
            for c, text in enumerate((code or "", name)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
            for c in (2, 3):
                cell = QTableWidgetItem("")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, cell)
        self.table.itemChanged.connect(self._check_cell)
        # the tax code whole, the name taking the room left, the two numbers a fixed width
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        number_width = self.fontMetrics().horizontalAdvance("0" * 14)
        for c in (2, 3):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(c, number_width)
        self.message = QLabel(self)
        self.message.setObjectName("gridMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(tr("bulk", "Chỉ tiêu:"), self.metric_box)
        form.addRow(tr("bulk", "Ngày đo trước:"), self.before_on)
        form.addRow(tr("bulk", "Ngày đo sau:"), self.after_on)
        form.addRow(tr("bulk", "Nguồn:"), self.source)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(760, 520)

    def _check_cell(self, item: QTableWidgetItem) -> None:
        """A value that is not a number is marked as soon as it is typed (the range is checked on save)."""
        from nsdesk.services.common.forms import parse_number

        if item.column() not in (2, 3):
            return
        try:
            parse_number(item.text())
            wrong = False
        except ValueError:
            wrong = True
        tip = tr("bulk", "\"{value}\" không phải là số; ghi như 1.234,5.").format(value=item.text()) if wrong else ""
        if item.toolTip() == tip and (item.background().style() != Qt.BrushStyle.NoBrush) == wrong:
            return  # nothing to change (and no further itemChanged)
        self.table.blockSignals(True)
        try:
            item.setBackground(QBrush(RED) if wrong else QBrush())
            item.setToolTip(tip)
        finally:
            self.table.blockSignals(False)

    def rows(self) -> list[tuple[int, str, str]]:
        def text(r: int, c: int) -> str:
            item = self.table.item(r, c)
            assert item is not None  # every cell is filled when the table is built
            return item.text().strip()

        return [(eid, text(r, 2), text(r, 3)) for r, (eid, _c, _n) in enumerate(self.enterprises)]

    def save(self) -> None:
        from nsdesk.services.pilots import bulk

        metric, rows = self.metric_box.currentData(), self.rows()
        before_on, after_on = self.before_on.text().strip() or None, self.after_on.text().strip() or None
        source = self.source.text().strip() or None

        def fn(s, _p, _c):
            from nsdesk.services.common.forms import parse_date

            try:
                days = (parse_date(before_on), parse_date(after_on))
            except ValueError as exc:
                from nsdesk.errors import InputError

                raise InputError(tr("bulk", "Ngày đo phải dạng dd/mm/yyyy.")) from exc
            return Saved(bulk.save_grid(s, metric, rows, before_on=days[0], after_on=days[1], source=source),
                         Changes.of("measurements"))

        for r in range(self.table.rowCount()):  # a cell marked wrong before is checked again
            for c in (2, 3):
                item = self.table.item(r, c)
                if item is not None:
                    item.setBackground(QBrush())
        self.save_button.setEnabled(False)
        Op(self, fn, ctx=self.ctx).success(self._saved).failure(self._failed).run()

    def _saved(self, saved: Saved) -> None:
        self.saved = saved.result
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from nsdesk.errors import KnownError

        self.save_button.setEnabled(True)
        if not isinstance(exc, KnownError):
            show_error(self, exc)
            return
        errors = getattr(exc, "errors", None)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(" ".join(errors.values()) if errors else exc.message)
        row, phase = getattr(exc, "row", None), getattr(exc, "phase", None)
        if row is not None and phase is not None:  # the wrong cell: marked and put under the cursor
            column = 2 if phase == "before" else 3
            cell = self.table.item(row, column)
            if cell is not None:
                cell.setBackground(QBrush(RED))
                self.table.setCurrentCell(row, column)
                self.table.scrollToItem(cell)
                self.table.setFocus()
