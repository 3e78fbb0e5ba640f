"""The import wizard's second page: which column of the file each import field is read from (as
detected, correctable), a sample of the first rows, and — for a wide sheet of measurements — which
column is read as which metric."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from nsdesk.ui.register.import_ops import kind_fields
from nsdesk.ui.widgets.dialogs import scroll_area

if TYPE_CHECKING:
    from nsdesk.ui.register.import_wizard import ImportWizard

tr = QCoreApplication.translate
SAMPLE_ROWS = 5
ERROR_STYLE = "color: #b3261e;"


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(tr("import_wizard", "Cột trong tệp"))
        self.setSubTitle(tr("import_wizard", "Kiểm tra mỗi thông tin được lấy từ cột nào; sửa nếu chưa đúng."))
        self.header_label = QLabel(self)
        self.header_label.setObjectName("headerRow")
        self.boxes: dict[str, QComboBox] = {}
        self.labels: dict[str, QWidget | None] = {}
        form = QFormLayout()
        fields, labels, required = kind_fields(wizard.kind)
        for f in fields:
            box = QComboBox(self)
            box.setObjectName(f"map_{f}")
            box.currentIndexChanged.connect(lambda _i: self._check())
            label = tr("import_wizard", labels[f]) + (" *" if f in required else "")
            form.addRow(label + ":", box)
            self.boxes[f] = box
            self.labels[f] = form.labelForField(box)
        self.only_empty = QCheckBox(tr("import_wizard", "Chỉ điền các trường còn trống của doanh nghiệp đã có"), self)
        self.only_empty.setObjectName("onlyEmpty")
        self.only_empty.setToolTip(tr("import_wizard", "Không thay giá trị đã lưu; chỉ bổ sung thông tin còn thiếu."))
        self.only_empty.setVisible(wizard.kind == "enterprises")
        self.accept_moves = QCheckBox(tr("import_wizard", "Cho phép chuyển phường/xã"), self)
        self.accept_moves.setObjectName("acceptMoves")
        self.accept_moves.setToolTip(tr(
            "import_wizard", "Khi tệp ghi phường/xã khác cho một doanh nghiệp đã có lượt hỗ trợ được tính ở đây, "
                             "chuyển doanh nghiệp sang phường/xã đó. Không đánh dấu: giữ phường/xã đang lưu và "
                             "báo trong phần cảnh báo."))
        self.accept_moves.setVisible(wizard.kind == "enterprises")
        self.sample = QTableWidget(self)
        self.sample.setObjectName("sample")
        self.sample.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sample.verticalHeader().setVisible(True)
        self.sample.setMaximumHeight(140)
        self.problem = QLabel(self)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.wide = QLabel(self)  # a wide sheet of measurements: which column is which metric
        self.wide.setObjectName("wideColumns")
        self.wide.setWordWrap(True)
        self.wide.hide()
        left = QWidget(self)
        body = QVBoxLayout(left)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(form)
        body.addWidget(self.only_empty)
        body.addWidget(self.accept_moves)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header_label)
        layout.addWidget(self.wide)
        layout.addWidget(scroll_area(left, self), 1)  # many columns scroll; the wizard's buttons stay put
        layout.addWidget(QLabel(tr("import_wizard", "Vài dòng đầu của tệp:"), self))
        layout.addWidget(self.sample)
        layout.addWidget(self.problem)

    def initializePage(self) -> None:  # noqa: N802
        pv = self.wiz.preview
        assert pv is not None  # the file page completes only with a preview
        self.header_label.setText(tr("import_wizard", "Tệp {file}, trang \"{sheet}\": dòng tiêu đề là dòng {row}.")
                                  .format(file=pv.sheet.path.name, sheet=pv.sheet.name, row=pv.header_row))
        columns = pv.header.columns
        for f, box in self.boxes.items():
            box.blockSignals(True)
            box.clear()
            box.addItem(tr("import_wizard", "(không lấy)"), None)
            for c in columns:
                box.addItem(f"{c.letter} – {c.header}" if c.header else c.letter, c.index)
            box.setCurrentIndex(max(box.findData(pv.mapping.get(f)), 0) if f in pv.mapping else 0)
            box.blockSignals(False)
        wide = getattr(pv, "wide", [])
        self.wide.setVisible(bool(wide))
        if wide:
            letters = {c.index: c.letter for c in columns}
            phases = {"before": tr("import_wizard", "trước"), "after": tr("import_wizard", "sau")}
            self.wide.setText(tr("import_wizard", "Bảng dạng ngang, mỗi cột một chỉ tiêu (mỗi ô có số là một số liệu): "
                                                  "{columns}.").format(columns="; ".join(
                f"{letters.get(w.index, '?')} – {w.header} → {tr('labels', w.metric_name)} ({phases[w.phase]})"
                for w in wide)))
        self._fill_sample(pv)
        self._check()

    def _wide(self) -> bool:
        """The sheet is read wide: the preview found metric columns and no metric column is chosen."""
        pv = self.wiz.preview
        return bool(getattr(pv, "wide", None)) and self.boxes["metric"].currentData() is None

    def _fill_sample(self, pv) -> None:
        columns = pv.header.columns
        start = pv.header.last_row + 1
        rows = [r for r in pv.sheet.rows[start:start + 40] if any(v not in (None, "") for v in r)][:SAMPLE_ROWS]
        self.sample.clear()
        self.sample.setColumnCount(len(columns))
        self.sample.setRowCount(len(rows))
        self.sample.setHorizontalHeaderLabels([f"{c.letter} – {c.header}" if c.header else c.letter for c in columns])
        for r, row in enumerate(rows):
            for c, value in enumerate(row[:len(columns)]):
                text = "" if value in (None, "") else (f"{value:g}" if isinstance(value, float) else str(value))
                self.sample.setItem(r, c, QTableWidgetItem(text))
        self.sample.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def mapping(self) -> dict[str, int]:
        return {f: box.currentData() for f, box in self.boxes.items() if box.currentData() is not None}

    def _check(self) -> None:
        _fields, labels, required = kind_fields(self.wiz.kind)
        m = self.mapping()
        wide = ("metric", "phase", "value") if "metric" in self.boxes and self._wide() else ()
        missing = [labels[f] for f in required if f not in m and f not in wide]
        for f in required:  # a wide sheet asks for no metric, phase or value column: no "*" on them
            label = self.labels.get(f)
            if isinstance(label, QLabel):
                label.setText(tr("import_wizard", labels[f]) + ("" if f in wide else " *") + ":")
        used: dict[int, list[str]] = {}
        for f, i in m.items():
            used.setdefault(i, []).append(labels[f])
        twice = [" và ".join(names) for names in used.values() if len(names) > 1]
        if missing:
            self.problem.setText(tr("import_wizard", "Cần chọn cột cho: {fields}.").format(fields=", ".join(missing)))
        elif twice:
            self.problem.setText(tr("import_wizard", "Một cột được chọn cho nhiều thông tin: {fields}.")
                                 .format(fields="; ".join(twice)))
        else:
            self.problem.setText("")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.wiz.preview is not None and not self.problem.text()
