"""Báo cáo: the plan report for the provincial Department of Science and Technology, as Excel.

Choose the plan and the "as of" date, press «Xuất báo cáo Excel…», pick a file: the workbook is
written on the worker (:func:`nsdesk.reports.plan_report.write_plan_report`) with a progress
dialog, and the page then says what it holds and offers to open its folder.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nsdesk.services.common import formats
from nsdesk.ui.ops import Op, Refreshing

tr = QCoreApplication.translate

WATCHED = ("plans", "office")


def _plans(session, _progress, _cancelled):
    from nsdesk.services.common.office import get_office
    from nsdesk.ui.overview.data import default_plan, list_plans

    plans = list_plans(session)
    return plans, default_plan(plans, get_office(session))


def _file_name(plan_code: str, as_of: date) -> str:
    return f"bao-cao-{plan_code}-{as_of.strftime('%Y%m%d')}.xlsx"


class ReportsPage(Refreshing, QWidget):
    loaded = Signal()
    written = Signal(object)  # the ReportResult

    def __init__(self, ctx, parent: QWidget | None, spec):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"page_{spec.key}")
        self.last_folder: Path | None = None

        title = QLabel(tr("pages", spec.title), self)
        title.setObjectName("pageTitle")

        box = QGroupBox(tr("reports", "Báo cáo kết quả thực hiện kế hoạch (gửi Sở Khoa học và Công nghệ)"), self)
        about = QLabel(tr("reports", (
            "Một tệp Excel gồm 5 trang: <b>Chỉ tiêu</b> (thực hiện so với yêu cầu và tiến độ, cách tính), "
            "<b>Lượt hỗ trợ</b> trên địa bàn kế hoạch đến ngày báo cáo, <b>Dự án điểm</b> của kế hoạch, "
            "<b>Công cụ áp dụng</b> và <b>Cải thiện năng suất</b> theo công cụ. Mỗi trang in vừa khổ A4 ngang.")), box)
        about.setWordWrap(True)
        self.plan_combo = QComboBox(box)
        self.plan_combo.setObjectName("reportPlan")
        self.plan_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.plan_combo.setMinimumContentsLength(40)
        self.as_of = QDateEdit(QDate.currentDate(), box)
        self.as_of.setObjectName("reportAsOf")
        self.as_of.setDisplayFormat("dd/MM/yyyy")
        self.as_of.setCalendarPopup(True)
        self.as_of.setFixedWidth(self.fontMetrics().horizontalAdvance("00/00/00000") + 40)
        self.export_button = QPushButton(tr("reports", "&Xuất báo cáo Excel…"), box)
        self.export_button.setObjectName("exportReport")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.choose_file)
        self.empty = QLabel(tr("reports", "Chưa có kế hoạch nào. Tạo kế hoạch ở mục «Kế hoạch & chỉ tiêu» trước."), box)
        self.empty.setObjectName("reportEmpty")
        self.empty.setWordWrap(True)
        self.empty.hide()
        form = QFormLayout()
        plan_label = QLabel(tr("reports", "&Kế hoạch:"), box)
        plan_label.setBuddy(self.plan_combo)
        date_label = QLabel(tr("reports", "&Tính đến ngày:"), box)
        date_label.setBuddy(self.as_of)
        form.addRow(plan_label, self.plan_combo)
        form.addRow(date_label, self.as_of)

        self.result = QLabel(box)
        self.result.setObjectName("reportResult")
        self.result.setWordWrap(True)
        self.open_folder = QPushButton(tr("reports", "&Mở thư mục chứa tệp"), box)
        self.open_folder.setObjectName("openReportFolder")
        self.open_folder.clicked.connect(self._open_folder)
        self.open_folder.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.open_folder)
        buttons.addStretch(1)

        inner = QVBoxLayout(box)
        inner.addWidget(about)
        inner.addLayout(form)
        inner.addWidget(self.empty)
        inner.addLayout(buttons)
        inner.addWidget(self.result)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title)
        layout.addWidget(box)
        layout.addStretch(1)

        self.follow_changes(ctx, WATCHED)
        self._set_plans([], None)
        if ctx.database is not None:
            self.refresh()

    def refresh(self) -> None:
        if self.ctx.database is None:
            return
        Op(self, _plans, ctx=self.ctx).success(lambda r: self._set_plans(*r)).run()

    def _set_plans(self, plans, default: str | None) -> None:
        keep = self.plan_combo.currentData() or default
        self.plan_combo.clear()
        for p in plans:
            self.plan_combo.addItem(f"{p.code} — {p.title}", p.code)
        index = self.plan_combo.findData(keep)
        self.plan_combo.setCurrentIndex(index if index >= 0 else 0)
        has = bool(plans)
        self.empty.setVisible(not has)
        for w in (self.plan_combo, self.as_of, self.export_button):
            w.setEnabled(has)
        self.loaded.emit()

    def as_of_date(self) -> date:
        d = self.as_of.date()
        return date(d.year(), d.month(), d.day())

    def choose_file(self) -> None:
        code = self.plan_combo.currentData()
        if not code or self.ctx.database is None:
            return
        start = str((self.last_folder or Path.home()) / _file_name(code, self.as_of_date()))
        path, _f = QFileDialog.getSaveFileName(self, tr("reports", "Lưu báo cáo Excel"), start,
                                               tr("reports", "Tệp Excel (*.xlsx)"))
        if path:
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            self.export_to(path)

    def export_to(self, path: str) -> None:
        code, as_of = self.plan_combo.currentData(), self.as_of_date()

        def fn(session, progress, _cancelled):
            from nsdesk.reports.plan_report import write_plan_report

            return write_plan_report(session, code, as_of, path, progress)

        self.result.setText("")
        Op(self, fn, ctx=self.ctx).with_progress(tr("reports", "Đang lập báo cáo…"), cancellable=False) \
            .success(self._written).run()

    def _written(self, result) -> None:
        rows = result.rows
        self.result.setText(tr("reports", (
            "Đã ghi báo cáo kế hoạch <b>{plan}</b> tính đến ngày {date} vào <b>{path}</b>: {targets} chỉ tiêu, "
            "{supports} lượt hỗ trợ, {projects} dự án điểm, {tools} công cụ.")).format(
            plan=result.plan, date=formats.day(result.as_of), path=result.path,
            targets=rows["targets"], supports=rows["supports"], projects=rows["projects"], tools=rows["tools"]))
        self.last_folder = Path(result.path).parent
        self.open_folder.show()
        self.written.emit(result)

    def _open_folder(self) -> None:
        if self.last_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_folder)))


def make(ctx, parent, spec) -> ReportsPage:
    return ReportsPage(ctx, parent, spec)
