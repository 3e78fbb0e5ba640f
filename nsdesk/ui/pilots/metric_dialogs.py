"""The measurement form: before/after values of one enterprise (and optionally one lượt).

Labour productivity is never typed: value added and workers are entered and it is computed (shown
read-only here, computed again by the service when saving). Any other catalogue metric can be
entered with it; its unit and direction are shown. All values of one save share the enterprise,
lượt, phase, date, period and source, and are written in one transaction.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from nsdesk.ui.ops import Op
from nsdesk.ui.pilots import data
from nsdesk.ui.pilots.widgets import EnterprisePicker, FormDialog

tr = QCoreApplication.translate

COMPUTED = "labour_productivity"


def direction_text(metric: dict) -> str:
    return tr("metrics", "cao hơn là tốt hơn") if metric["higher_is_better"] else tr("metrics", "thấp hơn là tốt hơn")


class MeasurementDialog(FormDialog):
    def __init__(self, parent: QWidget, ctx, metrics: list[dict], enterprise: tuple[int, str] | None = None):
        from nsdesk.services.pilots.measurements import PHASE_LABELS

        super().__init__(parent, ctx, tr("metrics", "Nhập số liệu đo trước/sau"), "measurementDialog")
        self.metrics = {m["code"]: m for m in metrics}
        lp = self.metrics.get(COMPUTED) or {"computed_from": "value_added workers", "unit": "", "decimals": 1,
                                            "name": COMPUTED}
        self.parts = (lp.get("computed_from") or "value_added workers").split()
        self.picker = EnterprisePicker(self, ctx)
        self.picker.chosen.connect(self._load_supports)
        self.add_field("enterprise", tr("metrics", "&Doanh nghiệp"), self.picker, align_top=True)
        self.support = QComboBox(self)
        self.support.addItem(tr("metrics", "(số liệu chung của doanh nghiệp, không gắn lượt)"), None)
        self.add_field("support", tr("metrics", "&Lượt hỗ trợ"), self.support)
        self.phase = QComboBox(self)
        for code, label in PHASE_LABELS.items():
            self.phase.addItem(tr("labels", label), code)
        self.add_field("phase", tr("metrics", "&Thời điểm đo"), self.phase)
        self.measured_on = self.date_line("measured_on", tr("metrics", "&Ngày đo"))
        self.period = self.line("period", tr("metrics", "&Kỳ số liệu"), tr("metrics", "ví dụ năm 2024, quý I/2025"), 220)
        self.source = self.line("source", tr("metrics", "Ng&uồn, minh chứng"))

        head = QLabel(tr("metrics", "<b>{name}</b> — tính tự động = {a} ÷ {b}").format(
            name=lp["name"], a=self._name(self.parts[0]), b=self._name(self.parts[1])), self)
        head.setWordWrap(True)
        self.add_wide(head, col=1)
        self.va = self.number_line("va.value", self._label(self.parts[0]), "", 180, col=1)
        self.workers = self.number_line("workers.value", self._label(self.parts[1]), "", 180, col=1)
        self.lp = QLineEdit(self)
        self.lp.setObjectName("computedProductivity")
        self.lp.setReadOnly(True)
        self.lp.setMaximumWidth(180)
        self.lp.setStyleSheet("background: #eef4fa;")
        self.add_field("lp", tr("metrics", "= Năng suất lao động ({unit})").format(unit=lp["unit"]), self.lp, col=1)
        for edit in (self.va, self.workers):
            edit.textChanged.connect(self._compute)

        other = QLabel(tr("metrics", "<b>Chỉ tiêu khác</b> (không bắt buộc)"), self)
        self.add_wide(other, col=1)
        self.metric_box = QComboBox(self)
        self.metric_box.addItem(tr("metrics", "(không nhập)"), None)
        for m in metrics:
            if not m.get("computed_from") and m["code"] not in self.parts:
                self.metric_box.addItem(m["name"], m["code"])
        self.metric_box.setMinimumContentsLength(30)
        self.metric_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.add_field("other.metric", tr("metrics", "C&hỉ tiêu"), self.metric_box, col=1)
        self.metric_info = QLabel(self)
        self.metric_info.setObjectName("metricInfo")
        self.metric_info.setWordWrap(True)
        self.add_wide(self.metric_info, col=1)
        self.value = self.number_line("other.value", tr("metrics", "&Giá trị"), "", 180, col=1)
        self.metric_box.currentIndexChanged.connect(self._metric_changed)
        self.grid.setColumnStretch(3, 1)
        self._metric_changed()
        if enterprise is not None:
            self.picker.set_enterprise(*enterprise)
            self._load_supports(enterprise[0])
        # As wide as the two columns want (the screen permitting): no sideways scrolling.
        self.resize(max(980, self.form_body.minimumSizeHint().width() + 48), 480)

    def _name(self, code: str) -> str:
        return self.metrics.get(code, {}).get("name", code)

    def _label(self, code: str) -> str:
        m = self.metrics.get(code)
        return f"{m['name']} ({m['unit']})" if m else code

    def _load_supports(self, enterprise_id) -> None:
        Op(self, data.load_enterprise_supports(enterprise_id), ctx=self.ctx).success(self._show_supports).run()

    def _show_supports(self, choices) -> None:
        was_clean = not self.has_changes()
        while self.support.count() > 1:
            self.support.removeItem(1)
        for ch in choices:
            self.support.addItem(ch.label, ch.key)
        if choices:
            self.support.setCurrentIndex(1)
        if was_clean and self.isVisible():  # filled in for the user: not a change of theirs
            self.mark_clean()

    def computed_value(self) -> float | None:
        from nsdesk.services.common.forms import parse_number

        try:
            a, b = parse_number(self.va.text()), parse_number(self.workers.text())
        except ValueError:
            return None
        if a is None or b is None or b == 0:
            return None
        return a / b

    def _compute(self) -> None:
        from nsdesk.services.common import formats

        value = self.computed_value()
        decimals = self.metrics.get(COMPUTED, {}).get("decimals", 1)
        self.lp.setText("" if value is None else formats.number(value, decimals, empty=""))

    def _metric_changed(self) -> None:
        code = self.metric_box.currentData()
        m = self.metrics.get(code)
        self.value.setEnabled(m is not None)
        self.metric_info.setText("" if m is None else tr("metrics", "Đơn vị: {unit}; {direction}.").format(
            unit=m["unit"], direction=direction_text(m)))
        self.set_error("other.value", None)

    def entries(self) -> list[tuple[str, dict]]:
        common = {"enterprise": self.picker.enterprise_id or "", "support": self.support.currentData() or "",
                  "phase": self.phase.currentData(), "measured_on": self.measured_on.text(),
                  "period": self.period.text(), "source": self.source.text()}
        out = []
        for key, code, edit in (("va", self.parts[0], self.va), ("workers", self.parts[1], self.workers),
                                ("other", self.metric_box.currentData(), self.value)):
            if code and edit.text().strip():
                out.append((key, common | {"metric": code, "value": edit.text()}))
        return out

    def local_errors(self) -> dict[str, str]:
        if not self.entries():
            return {"va.value": tr("metrics", "Hãy nhập ít nhất một giá trị (giá trị tăng thêm, số lao động "
                                              "hoặc một chỉ tiêu khác).")}
        return {}

    def op(self):
        return data.add_measurements(self.entries())
