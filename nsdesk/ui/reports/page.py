"""Báo cáo: the report on a plan that the office signs and sends, and the reports made so far.

Left, the report being written (in a scroll area, so it fits a 1366×768 screen): the plan, the
period (a preset — 6 months or year with Decree 09's cut-off days, the calendar half-year or year,
the plan's sơ kết / tổng kết — or a custom range), number, place and date, "Kính gửi", the written
sections (the results start from a draft sentence per target, editable), signer and recipients
(defaults from the office's settings; «Lưu làm mặc định» stores them there). «Lập báo cáo Excel…»
keeps the report (a draft record) and writes the workbook on the worker
(:func:`nsdesk.reports.plan_report.write_saved_report`) with a progress dialog. The form is
:mod:`nsdesk.ui.reports.form`.

Right, the reports made (:mod:`nsdesk.ui.reports.made`): reopen one to edit it, write its workbook
again, or mark it sent with the sent date (its figures and data sheets are then kept as they were).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from nsdesk.services.common import formats
from nsdesk.ui.ops import Changes, Op, Refreshing
from nsdesk.ui.reports.form import PlanChoice, ReportForm
from nsdesk.ui.reports.made import ReportList
from nsdesk.ui.widgets import files

tr = QCoreApplication.translate

WATCHED = ("plans", "office", "reports")


def _load(session: Any, _progress: Any, _cancelled: Any) -> tuple[list[PlanChoice], str | None, list[Any], Any]:
    from nsdesk.services.common.office import get_office
    from nsdesk.services.plans import targets
    from nsdesk.services.reporting import records
    from nsdesk.ui.overview.data import default_plan, list_plans

    plans = list_plans(session)
    office = get_office(session)
    choices = [PlanChoice(p.code, p.title, p.start_year, p.end_year,
                          tuple(sorted({t.milestone for t in targets.list_targets(session, p.code) if t.milestone})))
               for p in plans]
    return choices, default_plan(plans, office), records.list_reports(session), office



class ReportsPage(ReportForm, ReportList, Refreshing, QWidget):
    loaded = Signal()
    written = Signal(object)  # the ReportResult
    saved = Signal(object)  # the Report record after a save or a mark-as-sent

    def __init__(self, ctx: Any, parent: QWidget | None, spec: Any) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"page_{spec.key}")
        self.last_folder: Path | None = None
        self.editing: int | None = None  # the report record being edited
        self.plans: list[PlanChoice] = []
        self.reports: list[Any] = []
        self.office: Any = None

        title = QLabel(tr("pages", spec.title), self)
        title.setObjectName("pageTitle")

        scroll = self._build_form()
        made = self._build_list()

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(made)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(splitter, 1)

        self.follow_changes(ctx, WATCHED)
        self._set_data([], None, [], None)
        if ctx.database is not None:
            self.refresh()

    # --- loading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.ctx.database is None:
            return
        Op(self, _load, ctx=self.ctx).success(lambda r: self._set_data(*r)).run()

    def _set_data(self, plans: list[PlanChoice], default: str | None, reports: list[Any], office: Any) -> None:
        first = not self.plans and plans
        keep = self.plan_combo.currentData() or default
        self.plans, self.reports, self.office = plans, reports, office
        self.plan_combo.blockSignals(True)
        self.plan_combo.clear()
        for p in plans:
            self.plan_combo.addItem(p.title, p.code)
            self.plan_combo.setItemData(self.plan_combo.count() - 1, p.title, Qt.ItemDataRole.ToolTipRole)
        index = self.plan_combo.findData(keep)
        self.plan_combo.setCurrentIndex(index if index >= 0 else 0)
        self.plan_combo.blockSignals(False)
        self._fill_presets()
        has = bool(plans)
        self.empty.setVisible(not has)
        for w in (self.plan_combo, self.preset, self.year, self.export_button, self.draft_button):
            w.setEnabled(has)
        if first and self.editing is None:
            self._fill_defaults()
        self._fill_table()
        self.loaded.emit()

    # --- making the workbook -------------------------------------------------------------------

    def _file_name(self) -> str:
        return files.file_name("Báo cáo", str(self.plan_combo.currentData() or ""), day=self.period().end)

    def _ask_path(self, start_name: str) -> str | None:
        path = files.save_path(self, tr("reports", "Lưu báo cáo Excel"), start_name,
                               tr("reports", "Tệp Excel (*.xlsx)"))
        if not path:
            return None
        return path if path.lower().endswith(".xlsx") else path + ".xlsx"

    def choose_file(self) -> None:
        if not self.plan_combo.currentData() or self.ctx.database is None:
            return
        path = self._ask_path(self._file_name())
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        """Keep the report (new, or the one being edited) and write its workbook to ``path``."""
        code, period, values, editing = self.plan_combo.currentData(), self.period(), self.values(), self.editing

        def fn(session: Any, progress: Any, _cancelled: Any) -> tuple[Any, Any]:
            from nsdesk.reports.plan_report import write_saved_report
            from nsdesk.services.reporting import records

            if editing is None:
                report = records.create_report(session, code, period, values)
            else:
                report = records.update_report(session, editing, {
                    **values, "period_start": period.start, "period_end": period.end, "period_label": period.label,
                    "period_kind": period.kind})
            figures = records.report_figures(session, report.id)
            return report, write_saved_report(session, report, figures, path, progress)

        self.result.setText("")
        Op(self, fn, ctx=self.ctx).with_progress(tr("reports", "Đang lập báo cáo…"), cancellable=False) \
            .success(self._written).run()

    def _written(self, outcome: tuple[Any, Any]) -> None:
        report, result = outcome
        if report.status != "sent":
            self.editing = report.id
            self.editing_label.setText(tr("reports", "Đang sửa báo cáo: {label}").format(
                label=f"{report.number or ''} {report.period.label}".strip()))
        rows = result.rows
        self.result.setText(tr("reports", (
            "Đã ghi báo cáo {period} vào <b>{path}</b>: {targets} chỉ tiêu, {supports} lượt hỗ trợ, "
            "{projects} dự án điểm.")).format(
            period=report.period.label, path=result.path, targets=rows["targets"], supports=rows["supports"],
            projects=rows["projects"]) + self._as_sent(report, result))
        self.last_folder = Path(result.path).parent
        self.open_folder.show()
        self.ctx.bus.changed.emit(Changes.of("reports"))
        self.written.emit(result)
        self.saved.emit(report)

    def _as_sent(self, report: Any, result: Any) -> str:
        """What a re-printed sent report holds: the figures and data sheets it was sent with."""
        if report.status != "sent":
            return ""
        if result.note:
            return " " + tr("reports", "Báo cáo được đánh dấu gửi trước khi ứng dụng lưu dữ liệu kèm theo: tệp có số "
                                       "liệu như khi gửi nhưng không có các trang «Dữ liệu».")
        return " " + tr("reports", "Số liệu và các trang «Dữ liệu» như khi gửi ngày {date}.").format(
            date=formats.day(report.sent_on))

    def _open_folder(self) -> None:
        if self.last_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_folder)))


def make(ctx: Any, parent: QWidget, spec: Any) -> ReportsPage:
    return ReportsPage(ctx, parent, spec)
