"""Chỉ số năng suất: before/after measurements (entry, list, values flagged for review) and the
summaries by tool / sector / commune / project with pyqtgraph charts (distribution of improvement
per tool, adoption per tool and per sector). Everything refreshes when data changes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nsdesk.ui.ops import Op, Refreshing
from nsdesk.ui.pilots import data
from nsdesk.ui.pilots.filter_bar import ListFilterBar
from nsdesk.ui.pilots.metric_dialogs import COMPUTED, MeasurementDialog
from nsdesk.ui.pilots.widgets import (
    AMBER,
    button,
    cell,
    fill_table,
    fmt_date,
    fmt_number,
    fmt_pct,
    make_table,
    selected_key,
)
from nsdesk.ui.widgets.charts import ChartBox

tr = QCoreApplication.translate

WATCHED = ("measurements", "supports", "tools", "projects", "enterprises")
SUMMARY_HEADERS = ("Nhóm", "Chỉ tiêu", "Đơn vị", "Số doanh nghiệp", "Số cặp trước/sau", "Trung vị cải thiện",
                   "Trung bình cải thiện", "Số giá trị đo", "Cần xem lại")


class MetricsPage(Refreshing, QWidget):
    loaded = Signal()  # after the measurements list was shown
    summarized = Signal()  # after the summary table and charts were drawn

    def __init__(self, ctx, parent: QWidget | None, spec):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"page_{spec.key}")
        self.metrics: list[dict] = []
        self.lines: list = []  # services.pilots.measurements.MeasurementLine
        self.summary: data.SummaryData | None = None
        self.dialog: QDialog | None = None
        self._filling = False

        title = QLabel(tr("pages", spec.title), self)
        title.setObjectName("pageTitle")
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._entry_tab(), tr("metrics", "Số liệu đo"))
        self.tabs.addTab(self._summary_tab(), tr("metrics", "Tổng hợp && biểu đồ"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)

        self.follow_changes(ctx, WATCHED)
        if ctx.database is not None:
            self.refresh()

    # --- building -------------------------------------------------------------------------------

    def open_import(self) -> None:
        """The Excel import wizard for before/after measurements."""
        from nsdesk.ui.register.import_wizard import open_import_wizard

        if self.ctx.database is not None:
            open_import_wizard(self, self.ctx, "measurements")

    def _entry_tab(self) -> QWidget:
        tab = QWidget(self)
        self.add_button = button(tab, tr("metrics", "Nhập số liệu…"), "addMeasurement", lambda: self.add_measurement())
        self.delete_button = button(tab, tr("metrics", "Xóa số liệu…"), "deleteMeasurement", self.confirm_delete)
        self.import_button = button(tab, tr("metrics", "Nhập từ Excel…"), "importMeasurements", self.open_import)
        self.flagged_only = QCheckBox(tr("metrics", "Chỉ số liệu cần xem lại"), tab)
        self.flagged_only.setObjectName("flaggedOnly")
        self.flagged_only.toggled.connect(lambda _on: self.load_lines())
        self.count = QLabel(tab)
        self.count.setObjectName("measurementCount")
        self.saved_note = QLabel(tab)
        self.saved_note.setObjectName("savedNote")
        self.saved_note.setWordWrap(True)
        self.saved_note.hide()
        self.narrow = ListFilterBar(tab, tr("metrics", "Ngày đo từ"))
        self.narrow.changed.connect(self.load_lines)
        bar = QHBoxLayout()
        bar.addWidget(self.count, 1)
        bar.addWidget(self.flagged_only)
        bar.addWidget(self.add_button)
        bar.addWidget(self.delete_button)
        bar.addWidget(self.import_button)
        self.table = make_table(tab, [tr("metrics", t) for t in (
            "Doanh nghiệp", "Mã số thuế", "Dự án", "Chỉ tiêu", "Thời điểm", "Giá trị", "Đơn vị", "Ngày đo", "Kỳ",
            "Nguồn", "Cần xem lại")], "measurementTable")
        self.table.itemSelectionChanged.connect(
            lambda: self.delete_button.setEnabled(selected_key(self.table) is not None))
        self.empty_hint = QLabel(tab)
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("color: #444444; padding: 8px;")
        self.empty_hint.hide()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.narrow)
        layout.addLayout(bar)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.saved_note)
        layout.addWidget(self.table, 1)
        self.delete_button.setEnabled(False)
        return tab

    def _summary_tab(self) -> QWidget:
        from nsdesk.services.pilots.summaries import GROUPINGS

        tab = QWidget(self)
        self.group_by = QComboBox(tab)
        self.group_by.setObjectName("groupBy")
        for code, label in GROUPINGS.items():
            self.group_by.addItem(tr("labels", label), code)
        self.metric_filter = QComboBox(tab)
        self.metric_filter.setObjectName("metricFilter")
        self.metric_filter.setMinimumContentsLength(28)
        self.metric_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.metric_filter.addItem(tr("metrics", "Mọi chỉ tiêu"), None)
        self.group_by.currentIndexChanged.connect(lambda _i: self.load_summary())
        self.metric_filter.currentIndexChanged.connect(lambda _i: None if self._filling else self.load_summary())
        bar = QHBoxLayout()
        for label, box in ((tr("metrics", "&Nhóm theo:"), self.group_by), (tr("metrics", "C&hỉ tiêu:"), self.metric_filter)):
            lab = QLabel(label, tab)
            lab.setBuddy(box)
            bar.addWidget(lab)
            bar.addWidget(box)
        self.summary_note = QLabel(tab)
        self.summary_note.setObjectName("summaryNote")
        self.summary_note.setWordWrap(True)
        bar.addWidget(self.summary_note, 1)
        self.summary_table = make_table(tab, [tr("metrics", t) for t in SUMMARY_HEADERS], "summaryTable")

        charts = QWidget(tab)
        grid = QGridLayout(charts)
        self.distribution_chart = ChartBox(charts, "", "improvementChart")
        self.tool_chart = ChartBox(charts, tr("metrics", "Số doanh nghiệp áp dụng theo công cụ "
                                                         "(lượt đang thực hiện hoặc hoàn thành)"), "toolAdoptionChart")
        self.sector_chart = ChartBox(charts, tr("metrics", "Số doanh nghiệp áp dụng theo ngành (VSIC cấp 1)"),
                                     "sectorAdoptionChart")
        grid.addWidget(self.distribution_chart, 0, 0)
        grid.addWidget(self.tool_chart, 1, 0)
        grid.addWidget(self.sector_chart, 2, 0)
        scroll = QScrollArea(tab)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(charts)
        splitter = QSplitter(Qt.Orientation.Vertical, tab)
        splitter.addWidget(self.summary_table)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        return tab

    # --- loading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.ctx.database is None:
            return
        Op(self, data.load_catalogues(), ctx=self.ctx).success(self._show_catalogues).run()
        self.load_lines()

    def _show_catalogues(self, cats: data.Catalogues) -> None:
        self.metrics = cats.metrics
        keep = self.metric_filter.currentData()
        self._filling = True
        while self.metric_filter.count() > 1:
            self.metric_filter.removeItem(1)
        for m in cats.metrics:
            self.metric_filter.addItem(m["name"], m["code"])
        self.metric_filter.setCurrentIndex(max(self.metric_filter.findData(keep), 0))
        self.narrow.set_communes(cats.communes)
        self._filling = False
        self.load_summary()

    def load_lines(self) -> None:
        if self.ctx.database is None:
            return
        Op(self, data.load_measurements(self.flagged_only.isChecked(), where=self.narrow.value()),
           ctx=self.ctx).success(self._show_lines).run()

    def _show_lines(self, result) -> None:
        from nsdesk.services.pilots.measurements import PHASE_LABELS

        lines, total = result
        self.lines = lines
        rows = []
        for ln in lines:
            rows.append([ln.enterprise, ln.tax_code or "", ln.project_code or "", ln.metric_name,
                         tr("labels", PHASE_LABELS.get(ln.phase, ln.phase)), fmt_number(ln.value, ln.decimals),
                         ln.unit, fmt_date(ln.measured_on), ln.period or "", ln.source or "", ln.flag_reason or ""])
        fill_table(self.table, rows, [ln.id for ln in lines], right=(5,))
        italic = QFont(self.table.font())
        italic.setItalic(True)
        for i, ln in enumerate(lines):
            if ln.flagged:
                for c in range(self.table.columnCount()):
                    cell(self.table, i, c).setBackground(QBrush(AMBER))
                    cell(self.table, i, c).setToolTip(ln.flag_reason or "")
            if ln.computed:
                cell(self.table, i, 5).setFont(italic)
        flagged = sum(1 for ln in lines if ln.flagged)
        text = tr("metrics", "{n} giá trị đo").format(n=total) if len(lines) == total else \
            tr("metrics", "Hiện {k} trên {n} giá trị đo").format(k=len(lines), n=total)
        if flagged and not self.flagged_only.isChecked():
            text += " · " + tr("metrics", "{f} giá trị cần xem lại (tô vàng)").format(f=flagged)
        self.count.setText(text)
        self.empty_hint.setText(
            tr("metrics", "Không có số liệu nào khớp bộ lọc. Xóa ô tìm kiếm, khoảng ngày hoặc bỏ đánh dấu «Chỉ số "
                          "liệu cần xem lại».") if self.narrow.active() or self.flagged_only.isChecked() else
            tr("metrics", "Chưa có số liệu nào. Bấm «Nhập số liệu…» để ghi số liệu trước và sau hỗ trợ của một "
                          "doanh nghiệp (giá trị tăng thêm, số lao động …)."))
        self.empty_hint.setVisible(not lines)
        self.delete_button.setEnabled(selected_key(self.table) is not None)
        self.loaded.emit()

    def chart_metric(self) -> str:
        return self.metric_filter.currentData() or COMPUTED

    def load_summary(self) -> None:
        if self.ctx.database is None:
            return
        Op(self, data.load_summaries(self.group_by.currentData(), self.metric_filter.currentData(),
                                     self.chart_metric()), ctx=self.ctx).success(self._show_summary).run()

    def _show_summary(self, s: data.SummaryData) -> None:
        if s.by != self.group_by.currentData():
            return
        self.summary = s
        rows = [[r.group_label, r.metric_name, r.unit, str(r.enterprises), str(r.n_pairs), fmt_pct(r.median_pct),
                 fmt_pct(r.mean_pct), str(r.n_measurements), str(r.n_flagged)] for r in s.rows]
        fill_table(self.summary_table, rows, [(r.group, r.metric) for r in s.rows], right=(3, 4, 5, 6, 7, 8))
        self.summary_note.setText(tr("metrics", "Cải thiện tính theo chiều tốt của chỉ tiêu (tỷ lệ lỗi giảm là cải "
                                                "thiện); số liệu cần xem lại không được tính."))
        name = next((m["name"] for m in self.metrics if m["code"] == self.chart_metric()), self.chart_metric())
        self.distribution_chart.title.setText(tr("metrics", "Mức cải thiện của từng doanh nghiệp theo công cụ — {m} "
                                                            "(chấm: một cặp trước/sau; vạch đỏ: trung vị)").format(m=name))
        dist = sorted(s.distribution.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        self.distribution_chart.strip(dist)
        self.tool_chart.hbars([label for _k, label, _e, _n in s.adoption_tool], [e for _k, _l, e, _n in s.adoption_tool])
        self.sector_chart.hbars([label for _k, label, _e, _n in s.adoption_sector],
                                [e for _k, _l, e, _n in s.adoption_sector], color="#00838f")
        self.summarized.emit()

    # --- actions ----------------------------------------------------------------------------------

    def add_measurement(self, enterprise: tuple[int, str] | None = None) -> None:
        dlg = MeasurementDialog(self, self.ctx, self.metrics, enterprise)
        dlg.saved.connect(self._saved)
        self.dialog = dlg
        dlg.open()

    def _saved(self, result) -> None:
        if result.flags:
            self.saved_note.setText(tr("metrics", "Đã lưu. Số liệu cần xem lại: {f}").format(f=" ".join(result.flags)))
            self.saved_note.setStyleSheet("background: #fff3cd; padding: 4px;")
        else:
            self.saved_note.setText(tr("metrics", "Đã lưu {n} giá trị.").format(n=len(result.value)))
            self.saved_note.setStyleSheet("")
        self.saved_note.show()

    def confirm_delete(self) -> None:
        mid = selected_key(self.table)
        if mid is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, tr("metrics", "Xóa số liệu"),
                          tr("metrics", "Xóa giá trị đo đã chọn?"), QMessageBox.StandardButton.NoButton, self)
        yes = box.addButton(tr("metrics", "Xóa"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(tr("metrics", "Không xóa"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda b: Op(self, data.delete_measurement(mid), ctx=self.ctx).run()
                                  if b is yes else None)
        box.open()


def make(ctx, parent, spec) -> MetricsPage:
    return MetricsPage(ctx, parent, spec)
