"""The reports made, on the Báo cáo page: reopen one to edit it, write its workbook again, mark it sent.

:class:`ReportList` is a mixin of :class:`nsdesk.ui.reports.page.ReportsPage`. A sent report is
written again as it was sent (its figures and data sheets kept when it was marked sent,
:mod:`nsdesk.reports.report_records`); it cannot be reopened for editing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nsdesk.services.common import formats
from nsdesk.ui.ops import Changes, Op
from nsdesk.ui.reports.form import PlanChoice, pydate

tr = QCoreApplication.translate


class ReportList(QWidget):
    """The list half of the page (a mixin: the page is the widget)."""

    ctx: Any
    editing: int | None
    plans: list[PlanChoice]
    reports: list[Any]
    result: QLabel
    saved: Signal

    if TYPE_CHECKING:  # the page's and the form's
        def _date_edit(self, name: str, parent: QWidget) -> QDateEdit: ...
        def _ask_path(self, start_name: str) -> str | None: ...
        def _written(self, outcome: tuple[Any, Any]) -> None: ...
        def reopen(self) -> None: ...
        def new_report(self) -> None: ...

    def _build_list(self) -> QGroupBox:
        # --- reports made -------------------------------------------------------------------
        made = QGroupBox(tr("reports", "Báo cáo đã lập"), self)
        self.table = QTableWidget(0, 5, made)
        self.table.setObjectName("reportList")
        self.table.setHorizontalHeaderLabels([tr("reports", "Kế hoạch"), tr("reports", "Kỳ"), tr("reports", "Số"),
                                              tr("reports", "Trạng thái"), tr("reports", "Ngày gửi")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.reopen())
        self.reopen_button = QPushButton(tr("reports", "Mở lại để &sửa"), made)
        self.reopen_button.setObjectName("reopenReport")
        self.reopen_button.clicked.connect(self.reopen)
        self.regenerate_button = QPushButton(tr("reports", "Lập lại tệp &Excel…"), made)
        self.regenerate_button.setObjectName("regenerateReport")
        self.regenerate_button.clicked.connect(self.regenerate)
        self.sent_on = self._date_edit("reportSentOn", made)
        self.sent_on.setDate(QDate.currentDate())
        self.mark_sent_button = QPushButton(tr("reports", "Đánh dấu &đã gửi ngày"), made)
        self.mark_sent_button.setObjectName("markSent")
        self.mark_sent_button.clicked.connect(self.mark_sent)
        actions = QHBoxLayout()
        actions.addWidget(self.reopen_button)
        actions.addWidget(self.regenerate_button)
        sent = QHBoxLayout()
        sent.addWidget(self.mark_sent_button)
        sent.addWidget(self.sent_on)
        sent.addStretch(1)
        right = QVBoxLayout(made)
        right.addWidget(self.table, 1)
        right.addLayout(actions)
        right.addLayout(sent)
        return made

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.reports))
        titles = {p.code: p.title for p in self.plans}
        for r, rep in enumerate(self.reports):
            cells = [titles.get(rep.plan_code, rep.plan_title), rep.period.label, rep.number or "",
                     rep.status_label, formats.day(rep.sent_on)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, rep.id)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
            if rep.id == self.editing:
                self.table.selectRow(r)
        self._selection_changed()

    def _selection_changed(self) -> None:
        rep = self.selected_report()
        self.reopen_button.setEnabled(rep is not None and rep.status != "sent")
        self.regenerate_button.setEnabled(rep is not None)
        self.mark_sent_button.setEnabled(rep is not None and rep.status != "sent")

    def selected_report(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        if item is None:
            return None
        rid = item.data(Qt.ItemDataRole.UserRole)
        return next((r for r in self.reports if r.id == rid), None)

    def regenerate(self) -> None:
        rep = self.selected_report()
        if rep is None:
            return
        path = self._ask_path(f"bao-cao-{rep.period.end.strftime('%Y%m%d')}.xlsx")
        if path:
            self.regenerate_to(rep.id, path)

    def regenerate_to(self, report_id: int, path: str) -> None:
        def fn(session: Any, progress: Any, _cancelled: Any) -> tuple[Any, Any]:
            from nsdesk.reports.plan_report import write_saved_report
            from nsdesk.services.reporting import records

            report = records.get_report(session, report_id)
            figures = records.report_figures(session, report_id)
            return report, write_saved_report(session, report, figures, path, progress)

        Op(self, fn, ctx=self.ctx).with_progress(tr("reports", "Đang lập báo cáo…"), cancellable=False) \
            .success(self._written).run()

    def mark_sent(self) -> None:
        rep = self.selected_report()
        if rep is None:
            return
        rid, sent_on = rep.id, pydate(self.sent_on.date())

        def fn(session: Any, _p: Any, _c: Any) -> Any:
            from nsdesk.reports import report_records

            return report_records.mark_sent(session, rid, sent_on)

        def done(report: Any) -> None:
            if self.editing == report.id:
                self.new_report()
            self.result.setText(tr("reports", "Đã đánh dấu báo cáo {label} đã gửi ngày {date}; số liệu được giữ "
                                              "nguyên như khi gửi.").format(
                label=f"{report.number or ''} {report.period.label}".strip(), date=formats.day(report.sent_on)))
            self.ctx.bus.changed.emit(Changes.of("reports"))
            self.saved.emit(report)

        Op(self, fn, ctx=self.ctx).success(done).run()

