"""The progress dashboard on Tổng quan: targets of a plan as of a date, the chart, tasks, certificates.

Everything is read through :class:`~nsdesk.ui.ops.Op` (one op for the plan's progress, overdue tasks
and certificates, one for the chart's timeline); results of an older request are dropped. The
pyqtgraph chart is imported and built the first time there is a timeline to draw, and its one
PlotWidget is reused (``setData``) on every refresh.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nsdesk.ui.ops import Op, Refreshing
from nsdesk.ui.overview.data import WATCHED, DashboardData, load_dashboard, load_timeline
from nsdesk.ui.plans import format as fmt
from nsdesk.ui.widgets.charts import ChartZoom

tr = QCoreApplication.translate


def _stamp(d: date) -> float:
    return datetime(d.year, d.month, d.day).timestamp()


def bar_style(status: str) -> str:
    colour, _text = fmt.STATUS_COLOURS.get(status, fmt.STATUS_COLOURS["no_data"])
    return (
        "QProgressBar { border: 1px solid #b8c2cc; border-radius: 3px; background: #eef1f4; color: #1b2733;"
        " min-height: 14px; max-height: 14px; }"
        f" QProgressBar::chunk {{ background-color: {colour}; border-radius: 2px; }}"
    )


def status_text(t) -> str:
    from nsdesk.services.plans.progress import status_label

    text = status_label(t.status)
    if t.exceeded:
        text += " — " + tr("dashboard", "vượt chỉ tiêu")
    return text


class _Row(QFrame):
    """One target: title, bar, achieved / required, status; a click shows its chart."""

    clicked = Signal(str)

    def __init__(self, code: str, parent: QWidget):
        super().__init__(parent)
        self.code = code
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mousePressEvent(self, event):  # noqa: N802 - Qt override
        self.clicked.emit(self.code)
        super().mousePressEvent(event)


class Dashboard(Refreshing, QWidget):
    """Plan chooser, as-of date, one progress bar per target, chart, overdue tasks, certificates."""

    loaded = Signal()  # after each refresh has been shown (tests wait on it)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("dashboard")
        self.data: DashboardData | None = None
        self.timeline = None
        self._seq = 0
        self._chart_seq = 0
        self._filling = False
        self.chart_target: str | None = None
        self.bars: dict[str, QProgressBar] = {}
        self.values: dict[str, QLabel] = {}
        self.statuses: dict[str, QLabel] = {}
        self.plot_widget = None
        self.achieved_curve = None
        self.target_curve = None

        self.plan_combo = QComboBox(self)
        self.plan_combo.setObjectName("dashboardPlan")
        self.plan_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.plan_combo.setMinimumContentsLength(30)
        self.plan_combo.currentIndexChanged.connect(self._plan_chosen)
        self.as_of = QDateEdit(QDate.currentDate(), self)
        self.as_of.setObjectName("dashboardAsOf")
        self.as_of.setDisplayFormat("dd/MM/yyyy")
        self.as_of.setCalendarPopup(True)
        self.as_of.dateChanged.connect(lambda _d: self.refresh())
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("dashboard", "Kế hoạch:"), self))
        top.addWidget(self.plan_combo, 1)
        top.addSpacing(12)
        top.addWidget(QLabel(tr("dashboard", "Tính đến ngày:"), self))
        top.addWidget(self.as_of)

        self.plan_title = QLabel(self)
        self.plan_title.setObjectName("dashboardPlanTitle")
        self.plan_title.setWordWrap(True)
        self.plan_title.setStyleSheet("font-weight: 600; color: #1b2733;")
        self.message = QLabel(tr("dashboard", "Đang tải tiến độ…"), self)
        self.message.setWordWrap(True)

        self.targets_box = QGroupBox(tr("dashboard", "Tiến độ các chỉ tiêu"), self)
        self.grid = QGridLayout(self.targets_box)
        self.grid.setColumnStretch(0, 1)
        self.grid.setHorizontalSpacing(12)
        self.pace = QLabel(self)
        self.pace.setObjectName("paceRule")
        self.pace.setWordWrap(True)
        self.pace.setStyleSheet("color: #52606d; font-size: 11px;")

        self.chart_box = QGroupBox(tr("dashboard", "Thực hiện lũy kế so với lộ trình chỉ tiêu"), self)
        chart_layout = QVBoxLayout(self.chart_box)
        self.chart_combo = QComboBox(self.chart_box)
        self.chart_combo.setObjectName("chartTarget")
        self.chart_combo.currentIndexChanged.connect(self._chart_chosen)
        self.chart_note = QLabel(self.chart_box)
        self.chart_note.setWordWrap(True)
        self.chart_note.setStyleSheet("color: #52606d;")
        chart_layout.addWidget(self.chart_combo)
        chart_layout.addWidget(self.chart_note)
        self._chart_layout = chart_layout

        self.overdue_table = self._table(
            [tr("dashboard", "Số"), tr("dashboard", "Nhiệm vụ"), tr("dashboard", "Chủ trì"), tr("dashboard", "Hạn")], 1)
        self.overdue_table.setObjectName("overdueTasks")
        self.cert_table = self._table(
            [tr("dashboard", "Doanh nghiệp"), tr("dashboard", "Số chứng nhận"), tr("dashboard", "Hết hạn")], 0)
        self.cert_table.setObjectName("expiringCertificates")
        self.overdue_box = QGroupBox(tr("dashboard", "Nhiệm vụ quá hạn"), self)
        QVBoxLayout(self.overdue_box).addWidget(self.overdue_table)
        self.cert_box = QGroupBox(tr("dashboard", "Chứng nhận hết hạn trong 90 ngày"), self)
        QVBoxLayout(self.cert_box).addWidget(self.cert_table)
        lists = QHBoxLayout()
        lists.addWidget(self.overdue_box, 3)
        lists.addWidget(self.cert_box, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.plan_title)
        layout.addWidget(self.message)
        layout.addWidget(self.targets_box)
        layout.addWidget(self.pace)
        layout.addWidget(self.chart_box)
        layout.addLayout(lists)

        # Whoever builds the dashboard calls refresh() once a database is open (Tổng quan builds it
        # then); later databases, offices and writes are followed here.
        ctx.office_changed.connect(lambda *_: self.refresh())
        self.follow_changes(ctx, WATCHED)

    def _table(self, headers: list[str], stretch: int) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(True)
        header = table.horizontalHeader()
        for col in range(len(headers)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if col == stretch
                                        else QHeaderView.ResizeMode.ResizeToContents)
        table.setMinimumHeight(150)
        table.setMaximumHeight(260)
        return table

    # --- loading -----------------------------------------------------------------------------

    def as_of_date(self) -> date:
        return self.as_of.date().toPython()

    def plan_code(self) -> str | None:
        return self.plan_combo.currentData()

    def _plan_chosen(self, _index: int) -> None:
        if not self._filling:
            self.chart_target = None
            self.refresh()

    def refresh(self) -> None:
        if self.ctx.database is None:
            return
        self._seq += 1
        seq = self._seq
        Op(self, load_dashboard(self.plan_code(), self.as_of_date())).success(lambda d: self._show(seq, d)).run()

    def _show(self, seq: int, data: DashboardData) -> None:
        if seq != self._seq:
            return  # a newer request is on its way
        self.data = data
        self._fill_plans(data)
        self.pace.setText(data.pace_rule)
        result = data.progress
        if result is None:
            self.plan_title.setText("")
            self.message.setText(tr("dashboard", "Chưa có kế hoạch nào. Vào «Kế hoạch & chỉ tiêu» để tạo kế hoạch từ mẫu."))
            self.message.setVisible(True)
        else:
            self.plan_title.setText(f"{result.plan} — {result.title}")
            self.message.setVisible(not result.targets)
            self.message.setText(tr("dashboard", "Kế hoạch này chưa có chỉ tiêu."))
        self.plan_title.setVisible(result is not None)
        self.pace.setVisible(result is not None and bool(result.targets))
        self._fill_targets(result.targets if result is not None else [])
        self._fill_overdue(data)
        self._fill_certificates(data)
        self._load_chart()
        self.loaded.emit()

    def _fill_plans(self, data: DashboardData) -> None:
        self._filling = True
        try:
            self.plan_combo.clear()
            for p in data.plans:
                self.plan_combo.addItem(f"{p.code} — {p.title}", p.code)
                self.plan_combo.setItemData(self.plan_combo.count() - 1, p.title, Qt.ItemDataRole.ToolTipRole)
            index = self.plan_combo.findData(data.plan_code)
            self.plan_combo.setCurrentIndex(index)
        finally:
            self._filling = False

    def _fill_targets(self, targets) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.bars.clear()
        self.values.clear()
        self.statuses.clear()
        for row, t in enumerate(targets):
            frame = _Row(t.code, self.targets_box)
            frame.clicked.connect(self.show_chart_of)
            title = QLabel(f"{t.title} ({t.milestone})", frame)
            title.setWordWrap(True)
            title.setToolTip(f"{t.code}\n{t.rule_text or ''}".strip())
            inner = QHBoxLayout(frame)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.addWidget(title)
            bar = QProgressBar(self.targets_box)
            bar.setObjectName(f"bar_{t.code}")
            bar.setRange(0, 100)
            bar.setValue(fmt.fill_percent(t.achieved, t.min))
            bar.setTextVisible(False)  # the figures are in the label next to it, readable on any colour
            bar.setToolTip(f"{fmt.fill_percent(t.achieved, t.min)}%")
            bar.setStyleSheet(bar_style(t.status))
            bar.setFixedWidth(200)
            bar.setProperty("status", t.status)
            value = QLabel(f"{fmt.number(t.achieved)} / {fmt.required_text(t.comparator, t.min, t.max, t.tolerance, t.unit)}",
                           self.targets_box)
            value.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            status = QLabel(status_text(t), self.targets_box)
            status.setStyleSheet(f"color: {fmt.STATUS_TEXT.get(t.status, fmt.STATUS_TEXT['no_data'])}; font-weight: 600;")
            self.grid.addWidget(frame, row, 0)
            self.grid.addWidget(bar, row, 1)
            self.grid.addWidget(value, row, 2)
            self.grid.addWidget(status, row, 3)
            self.bars[t.code] = bar
            self.values[t.code] = value
            self.statuses[t.code] = status
        self.targets_box.setVisible(bool(targets))
        # The chart's target list follows the plan's targets; keep the chosen one if it is still there.
        codes = [t.code for t in targets]
        if self.chart_target not in codes:
            counted = [t.code for t in targets if t.kind != "statistic" and t.min is not None]
            self.chart_target = (counted or codes or [None])[0]
        self._filling = True
        try:
            self.chart_combo.clear()
            for t in targets:
                self.chart_combo.addItem(f"{t.title} ({t.milestone})", t.code)
            self.chart_combo.setCurrentIndex(self.chart_combo.findData(self.chart_target))
        finally:
            self._filling = False

    def _fill_overdue(self, data: DashboardData) -> None:
        table = self.overdue_table
        table.setRowCount(len(data.overdue))
        for r, t in enumerate(data.overdue):
            cells = [t.number, t.content, t.lead_unit or "", fmt.day(t.due_date)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setForeground(Qt.GlobalColor.darkRed)
                table.setItem(r, c, item)
        table.resizeRowsToContents()
        self.overdue_box.setTitle(tr("dashboard", "Nhiệm vụ quá hạn ({n})").format(n=len(data.overdue)))

    def _fill_certificates(self, data: DashboardData) -> None:
        table = self.cert_table
        table.setRowCount(len(data.certificates))
        for r, c in enumerate(data.certificates):
            cells = [c.enterprise, c.number or "", fmt.day(c.expires)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{c.enterprise}\n{c.tax_code or ''}\n{c.body or ''}".strip())
                table.setItem(r, col, item)
        self.cert_box.setTitle(tr("dashboard", "Chứng nhận hết hạn trong 90 ngày ({n})").format(n=len(data.certificates)))

    # --- chart -------------------------------------------------------------------------------

    def show_chart_of(self, code: str) -> None:
        index = self.chart_combo.findData(code)
        if index >= 0:
            self.chart_combo.setCurrentIndex(index)

    def _chart_chosen(self, _index: int) -> None:
        if self._filling:
            return
        self.chart_target = self.chart_combo.currentData()
        self._load_chart()

    def _load_chart(self) -> None:
        self._chart_seq += 1
        seq = self._chart_seq
        plan = self.data.plan_code if self.data else None
        if plan is None or self.chart_target is None:
            self.chart_box.setVisible(False)
            return
        self.chart_box.setVisible(True)
        Op(self, load_timeline(plan, self.chart_target, self.data.as_of)).success(
            lambda tl: self._show_chart(seq, tl)).run()

    def _ensure_plot(self) -> None:
        if self.plot_widget is not None:
            return
        import pyqtgraph as pg  # only when there is a chart to draw: start-up stays fast

        self.plot_widget = pg.PlotWidget(self.chart_box, background="w",
                                         axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
        self.plot_widget.setObjectName("progressChart")
        self.plot_widget.setMinimumHeight(240)
        item = self.plot_widget.getPlotItem()
        item.showGrid(x=True, y=True, alpha=0.25)
        item.setMenuEnabled(False)
        for axis in ("left", "bottom"):
            item.getAxis(axis).setTextPen("#1b2733")
            item.getAxis(axis).setPen("#7b8794")
        legend = item.addLegend(offset=(10, 5), colCount=2)
        legend.setLabelTextColor("#1b2733")
        self.target_curve = item.plot([], [], pen=pg.mkPen("#c62828", width=2, style=Qt.PenStyle.DashLine),
                                      name=tr("dashboard", "Lộ trình chỉ tiêu"))
        self.achieved_curve = item.plot([], [], pen=pg.mkPen("#1565c0", width=3), stepMode=None,
                                        symbol="o", symbolSize=5, symbolBrush="#1565c0", symbolPen=None,
                                        name=tr("dashboard", "Thực hiện"))
        self._chart_layout.addWidget(self.plot_widget)
        self.chart_zoom = ChartZoom(self.plot_widget, self.chart_box)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.chart_zoom.reset_button)
        self._chart_layout.addLayout(bar)

    def _show_chart(self, seq: int, timeline) -> None:
        if seq != self._chart_seq:
            return
        self.timeline = timeline
        self._ensure_plot()
        t = timeline.target
        points = [p for p in timeline.points if p.achieved is not None]
        xs = [_stamp(p.on) for p in points]
        ys = [float(p.achieved) for p in points]
        self.achieved_curve.setData(xs, ys)
        start, end = t.window_start, t.window_end
        if t.min is None:
            self.target_curve.setData([], [])
        elif t.kind == "statistic":
            self.target_curve.setData([_stamp(start), _stamp(end)], [float(t.min), float(t.min)])
        else:
            self.target_curve.setData([_stamp(start), _stamp(end)], [0.0, float(t.min)])
        if points:
            note = tr("dashboard", "Kỳ tính {start} – {end}. Đường nét đứt: mức cần đạt theo tiến độ tuyến tính "
                                   "(số liệu thống kê: mức chỉ tiêu).").format(start=fmt.day(start), end=fmt.day(end))
        else:
            note = tr("dashboard", "Chưa có số liệu trước ngày {day}: kỳ tính bắt đầu {start}.").format(
                day=fmt.day(self.data.as_of if self.data else None), start=fmt.day(start))
        self.chart_note.setText(note)
        # The whole window on x, from 0 on y with room above for the legend.
        top = max([*ys, float(t.min or 0), float(t.max or 0) if t.kind != "statistic" else 0.0, 1.0])
        bottom = min([*ys, 0.0])
        x0, x1 = _stamp(start), _stamp(end)
        margin = (x1 - x0) * 0.02 or 86400.0
        self.chart_zoom.set_home((x0 - margin, x1 + margin), (bottom, top * 1.25))
