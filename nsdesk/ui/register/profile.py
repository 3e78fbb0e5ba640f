"""One enterprise's pilot side: its lượt hỗ trợ, tools adopted, certificates (expiring ones
highlighted), measurements, and a before/after bar chart per metric. Used as the "Hỗ trợ & chỉ số"
tab of the enterprise form; refreshes when supports, tools or measurements change.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from nsdesk.ui.ops import Op, Refreshing
from nsdesk.ui.pilots import data
from nsdesk.ui.pilots.widgets import (
    AMBER,
    GREY,
    RED,
    button,
    cell,
    fill_table,
    fmt_date,
    fmt_number,
    fmt_pct,
    make_table,
)
from nsdesk.ui.widgets.charts import ChartBox

tr = QCoreApplication.translate

WATCHED = ("supports", "measurements", "tools", "projects", "enterprises")
PREFERRED = "labour_productivity"


class EnterpriseProfile(Refreshing, QWidget):
    loaded = Signal()

    def __init__(self, ctx, enterprise_id: int, parent: QWidget | None = None, as_of: date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.enterprise_id = enterprise_id
        self.as_of = as_of or date.today()
        self.profile: data.Profile | None = None
        self.dialog: QDialog | None = None
        self.setObjectName("enterpriseProfile")

        self.summary = QLabel(tr("profile", "Đang tải…"), self)
        self.summary.setObjectName("profileSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_button = button(self, tr("profile", "Nhập số liệu đo…"), "profileAddMeasurement", self.add_measurement)
        head = QHBoxLayout()
        head.addWidget(self.summary, 1)
        head.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)

        self.supports = make_table(self, [tr("profile", t) for t in (
            "Dự án", "Loại hỗ trợ", "Công cụ", "Trạng thái", "Bắt đầu", "Kết thúc")], "profileSupports")
        self.certificates = make_table(self, [tr("profile", t) for t in (
            "Số giấy chứng nhận", "Tổ chức chứng nhận", "Ngày cấp", "Hết hạn", "Công cụ")], "profileCertificates")
        self.measurements = make_table(self, [tr("profile", t) for t in (
            "Chỉ tiêu", "Thời điểm", "Giá trị", "Đơn vị", "Ngày đo", "Kỳ", "Cần xem lại")], "profileMeasurements")
        left = QSplitter(Qt.Orientation.Vertical, self)
        for title, table in ((tr("profile", "Lượt hỗ trợ"), self.supports),
                             (tr("profile", "Giấy chứng nhận"), self.certificates),
                             (tr("profile", "Số liệu đo"), self.measurements)):
            box = QWidget(left)
            bl = QVBoxLayout(box)
            bl.setContentsMargins(0, 0, 0, 0)
            bl.setSpacing(2)
            label = QLabel(f"<b>{title}</b>", box)
            table.setProperty("caption", label)
            bl.addWidget(label)
            bl.addWidget(table, 1)
            left.addWidget(box)

        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.metric_box = QComboBox(right)
        self.metric_box.setObjectName("profileMetric")
        self.metric_box.setMinimumContentsLength(26)
        self.metric_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.metric_box.currentIndexChanged.connect(lambda _i: self._draw())
        pick = QHBoxLayout()
        lab = QLabel(tr("profile", "Chỉ &tiêu:"), right)
        lab.setBuddy(self.metric_box)
        pick.addWidget(lab)
        pick.addWidget(self.metric_box, 1)
        self.chart = ChartBox(right, "", "beforeAfterChart")
        rl.addLayout(pick)
        rl.addWidget(self.chart, 1)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(split, 1)

        self.follow_changes(ctx, WATCHED, on_open=False)
        self.refresh()

    def refresh(self) -> None:
        if self.ctx.database is None:
            return
        Op(self, data.load_profile(self.enterprise_id, self.as_of), ctx=self.ctx).success(self._show).run()

    def _show(self, p: data.Profile) -> None:
        from nsdesk.services.common.counting import is_live
        from nsdesk.services.pilots.supports import status_label, type_label
        from nsdesk.ui.pilots.supports_page import cert_cell

        self.profile = p
        tools = ", ".join(name for _c, name in p.tools_adopted) or tr("profile", "chưa có")
        expiring = sum(1 for c in p.certificates if c["state"] == "expiring")
        text = tr("profile", "<b>{n} lượt hỗ trợ</b> · công cụ đã áp dụng: {tools}").format(
            n=len(p.supports), tools=tools)
        if expiring:
            text += " · <span style='color:#8a5a00'>" + tr("profile", "⚠ {k} giấy chứng nhận sắp hết hạn").format(
                k=expiring) + "</span>"
        self.summary.setText(text)
        fill_table(self.supports, [[r.project_code or "", "; ".join(type_label(t) for t in r.types),
                                    p.tools_text(r.tools), status_label(r.status), fmt_date(r.start), fmt_date(r.end)]
                                   for r in p.supports], [r.uuid for r in p.supports])
        for i, r in enumerate(p.supports):
            if not is_live(r.status):
                for c in range(self.supports.columnCount()):
                    cell(self.supports, i, c).setForeground(QBrush(GREY))
        fill_table(self.certificates, [[c["number"] or "", c["body"] or "", fmt_date(c["issued"]),
                                        cert_cell(c["expires"], c["state"], self.as_of), p.tools_text(c["tools"])]
                                       for c in p.certificates], [c["support_uuid"] for c in p.certificates])
        for i, cert in enumerate(p.certificates):
            if cert["state"] in ("expiring", "expired"):
                for col in range(self.certificates.columnCount()):
                    cell(self.certificates, i, col).setBackground(QBrush(AMBER if cert["state"] == "expiring" else RED))
        from nsdesk.services.pilots.measurements import PHASE_LABELS

        fill_table(self.measurements, [[m.metric_name, tr("labels", PHASE_LABELS.get(m.phase, m.phase)),
                                        fmt_number(m.value, m.decimals), m.unit, fmt_date(m.measured_on), m.period or "",
                                        m.flag_reason or ""] for m in p.measurements],
                   [m.id for m in p.measurements], right=(2,))
        for i, m in enumerate(p.measurements):
            if m.flagged:
                for col in range(self.measurements.columnCount()):
                    cell(self.measurements, i, col).setBackground(QBrush(AMBER))
        for table, n in ((self.supports, len(p.supports)), (self.certificates, len(p.certificates)),
                         (self.measurements, len(p.measurements))):
            caption = table.property("caption")
            caption.setText(f"<b>{caption.text().split(' (')[0].replace('<b>', '')} ({n})</b>")
        keep = self.metric_box.currentData()
        codes = []
        for d in p.before_after:
            if d["metric"] not in codes:
                codes.append(d["metric"])
        self.metric_box.blockSignals(True)
        self.metric_box.clear()
        for code in codes:
            self.metric_box.addItem(p.metric_names.get(code, code), code)
        want = keep if keep in codes else (PREFERRED if PREFERRED in codes else (codes[0] if codes else None))
        self.metric_box.setCurrentIndex(max(self.metric_box.findData(want), 0))
        self.metric_box.blockSignals(False)
        self._draw()
        self.loaded.emit()

    def _draw(self) -> None:
        p = self.profile
        code = self.metric_box.currentData()
        pairs = sorted((d for d in (p.before_after if p else []) if d["metric"] == code),  # "Lượt 1" first in time
                       key=lambda d: (d["before_on"] is None, d["before_on"] or date.min, d["support_id"] or 0))
        if not pairs:
            self.chart.title.setText(tr("profile", "Chưa có cặp số liệu trước/sau để so sánh."))
            self.chart.before_after([], [], [], "", [])
            return
        assert p is not None  # pairs come from the profile
        name = p.metric_names.get(code, code)
        parts = []
        labels = []
        for i, d in enumerate(pairs, 1):
            prefix = (tr("profile", "Lượt {i}: ").format(i=i) if len(pairs) > 1 else "")
            labels.append(f"{prefix}{fmt_date(d['before_on']) or '?'} → {fmt_date(d['after_on']) or '?'}")
            if d["percent"] is not None:
                parts.append(fmt_pct(d["percent"]) if d["percent"] < 0 else "+" + fmt_pct(d["percent"]))
        flagged = any(d["flagged"] for d in pairs)
        title = tr("profile", "{ent} — {metric}: trước (xám) và sau hỗ trợ").format(ent=p.name, metric=name)
        if parts:
            title += " · " + tr("profile", "cải thiện {v}").format(v=", ".join(parts))
        if flagged:
            title += " · " + tr("profile", "⚠ có số liệu cần xem lại")
        self.chart.title.setText(title)
        better = [None if d["absolute"] == 0 else d["absolute"] > 0 for d in pairs]
        self.chart.before_after(labels, [d["before"] for d in pairs], [d["after"] for d in pairs], pairs[0]["unit"],
                                better, pairs[0]["decimals"])

    def add_measurement(self) -> None:
        from nsdesk.ui.pilots.metric_dialogs import MeasurementDialog

        def open_dialog(cats) -> None:
            label = f"{self.profile.tax_code or '—'} · {self.profile.name}" if self.profile else ""
            self.dialog = MeasurementDialog(self, self.ctx, cats.metrics, (self.enterprise_id, label))
            self.dialog.open()

        Op(self, data.load_catalogues(), ctx=self.ctx).success(open_dialog).run()
