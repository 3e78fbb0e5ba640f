"""Báo cáo: the report on a plan that the office signs and sends, and the reports made so far.

Left, the report being written (in a scroll area, so it fits a 1366×768 screen): the plan, the
period (a preset — 6 months or year with Decree 09's cut-off days, the calendar half-year or year,
the plan's sơ kết / tổng kết — or a custom range), number, place and date, "Kính gửi", the written
sections (the results start from a draft sentence per target, editable), signer and recipients
(defaults from the office's settings; «Lưu làm mặc định» stores them there). «Lập báo cáo Excel…»
keeps the report (a draft record) and writes the workbook on the worker
(:func:`nsdesk.reports.plan_report.write_saved_report`) with a progress dialog.

Right, the reports made: reopen one to edit it, write its workbook again, or mark it sent with the
sent date (its figures are then kept as they were).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nsdesk.services.common import formats
from nsdesk.ui.ops import Changes, Op, Refreshing

tr = QCoreApplication.translate

WATCHED = ("plans", "office", "reports")


@dataclass(frozen=True)
class PlanChoice:
    code: str
    title: str
    start_year: int
    end_year: int
    milestones: tuple[int, ...]


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


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class ReportsPage(Refreshing, QWidget):
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

        # --- the report being written ---------------------------------------------------------
        form_widget = QWidget(self)
        self.plan_combo = QComboBox(form_widget)
        self.plan_combo.setObjectName("reportPlan")
        self.plan_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.plan_combo.setMinimumContentsLength(30)
        self.plan_combo.currentIndexChanged.connect(self._fill_presets)
        self.year = QSpinBox(form_widget)
        self.year.setObjectName("reportYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year.valueChanged.connect(self._fill_presets)
        self.preset = QComboBox(form_widget)
        self.preset.setObjectName("reportPreset")
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.date_from = self._date_edit("reportFrom", form_widget)
        self.date_to = self._date_edit("reportTo", form_widget)
        self.number = QLineEdit(form_widget)
        self.number.setObjectName("reportNumber")
        self.number.setPlaceholderText(tr("reports", "ví dụ 15/BC-UBND"))
        self.place = QLineEdit(form_widget)
        self.place.setObjectName("reportPlace")
        self.report_date = self._date_edit("reportDate", form_widget)
        self.addressees = self._text("reportAddressees", form_widget, 2)
        self.tabs = QTabWidget(form_widget)
        self.results = self._text("reportResults", form_widget, 6)
        self.difficulties = self._text("reportDifficulties", form_widget, 6)
        self.proposals = self._text("reportProposals", form_widget, 6)
        self.next_tasks = self._text("reportNextTasks", form_widget, 6)
        results_tab = QWidget(self.tabs)
        self.draft_button = QPushButton(tr("reports", "Tạo &dự thảo từ số liệu"), results_tab)
        self.draft_button.setObjectName("reportDraft")
        self.draft_button.clicked.connect(self.make_draft)
        inner = QVBoxLayout(results_tab)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.results)
        inner.addWidget(self.draft_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.tabs.addTab(results_tab, tr("reports", "Kết quả"))
        self.tabs.addTab(self.difficulties, tr("reports", "Khó khăn, vướng mắc"))
        self.tabs.addTab(self.proposals, tr("reports", "Đề xuất, kiến nghị"))
        self.tabs.addTab(self.next_tasks, tr("reports", "Nhiệm vụ kỳ tới"))
        self.signer_authority = self._text("reportSignerAuthority", form_widget, 2)
        self.signer_title = QLineEdit(form_widget)
        self.signer_title.setObjectName("reportSignerTitle")
        self.signer_name = QLineEdit(form_widget)
        self.signer_name.setObjectName("reportSignerName")
        self.recipients = self._text("reportRecipients", form_widget, 3)
        self.save_defaults = QPushButton(tr("reports", "Lưu người ký, nơi gửi, nơi nhận làm mặc định"), form_widget)
        self.save_defaults.setObjectName("reportSaveDefaults")
        self.save_defaults.clicked.connect(self.store_defaults)

        form = QFormLayout()
        form.addRow(tr("reports", "&Kế hoạch:"), self.plan_combo)
        period_row = QHBoxLayout()
        period_row.addWidget(self.preset, 1)
        period_row.addWidget(QLabel(tr("reports", "năm"), form_widget))
        period_row.addWidget(self.year)
        form.addRow(tr("reports", "Kỳ &báo cáo:"), period_row)
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel("–", form_widget))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        form.addRow(tr("reports", "Từ ngày – đến ngày:"), dates)
        numbering = QHBoxLayout()
        numbering.addWidget(self.number, 1)
        numbering.addWidget(QLabel(tr("reports", "Nơi ban hành:"), form_widget))
        numbering.addWidget(self.place, 1)
        numbering.addWidget(QLabel(tr("reports", "Ngày:"), form_widget))
        numbering.addWidget(self.report_date)
        form.addRow(tr("reports", "&Số:"), numbering)
        form.addRow(tr("reports", "Kính gửi:"), self.addressees)
        form.addRow(self.tabs)
        signer = QHBoxLayout()
        signer.addWidget(self.signer_authority, 1)
        names = QVBoxLayout()
        names.addWidget(self.signer_title)
        names.addWidget(self.signer_name)
        signer.addLayout(names, 1)
        form.addRow(tr("reports", "Người ký:"), signer)
        form.addRow(tr("reports", "Nơi nhận:"), self.recipients)
        form.addRow(self.save_defaults)
        self.signer_title.setPlaceholderText(tr("reports", "Chức vụ (ví dụ PHÓ CHỦ TỊCH)"))
        self.signer_name.setPlaceholderText(tr("reports", "Họ và tên"))
        self.signer_authority.setPlaceholderText(tr("reports", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH"))
        self.recipients.setPlaceholderText(tr("reports", "Như trên;\nLưu: VT."))

        self.editing_label = QLabel(form_widget)
        self.editing_label.setObjectName("reportEditing")
        self.new_button = QPushButton(tr("reports", "Báo cáo &mới"), form_widget)
        self.new_button.setObjectName("newReport")
        self.new_button.clicked.connect(self.new_report)
        self.export_button = QPushButton(tr("reports", "&Lập báo cáo Excel…"), form_widget)
        self.export_button.setObjectName("exportReport")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.choose_file)
        self.empty = QLabel(tr("reports", "Chưa có kế hoạch nào. Tạo kế hoạch ở mục «Kế hoạch & chỉ tiêu» trước."),
                            form_widget)
        self.empty.setObjectName("reportEmpty")
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.result = QLabel(form_widget)
        self.result.setObjectName("reportResult")
        self.result.setWordWrap(True)
        self.open_folder = QPushButton(tr("reports", "Mở thư mục chứa tệp"), form_widget)
        self.open_folder.setObjectName("openReportFolder")
        self.open_folder.clicked.connect(self._open_folder)
        self.open_folder.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_folder)
        buttons.addStretch(1)

        column = QVBoxLayout(form_widget)
        column.addWidget(self.editing_label)
        column.addLayout(form)
        column.addWidget(self.empty)
        column.addLayout(buttons)
        column.addWidget(self.result)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)

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

    # --- widgets ---------------------------------------------------------------------------------

    def _date_edit(self, name: str, parent: QWidget) -> QDateEdit:
        edit = QDateEdit(QDate.currentDate(), parent)
        edit.setObjectName(name)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setCalendarPopup(True)
        edit.setFixedWidth(self.fontMetrics().horizontalAdvance("00/00/00000") + 40)
        return edit

    def _text(self, name: str, parent: QWidget, lines: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(parent)
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 12)
        return edit

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

    def _fill_defaults(self) -> None:
        """A new report: the office's defaults for place, signer, addressees and recipients."""
        from nsdesk.services.common.admin_units import without_prefix
        from nsdesk.services.common.office import lines

        o = self.office
        if o is None:
            return
        self.place.setText(without_prefix(o.commune_name or o.unit_name or o.province_name or ""))
        self.signer_authority.setPlainText("\n".join(lines(o.signer_authority)))
        self.signer_title.setText(o.signer_title or "")
        self.signer_name.setText(o.signer_name or "")
        self.addressees.setPlainText("\n".join(lines(o.addressees)))
        self.recipients.setPlainText("\n".join(lines(o.recipients)))

    def _plan(self) -> PlanChoice | None:
        code = self.plan_combo.currentData()
        return next((p for p in self.plans if p.code == code), None)

    def _fill_presets(self, *_args: object) -> None:
        from nsdesk.services.reporting import periods

        plan = self._plan()
        keep = self.preset.currentIndex()
        self.preset.blockSignals(True)
        self.preset.clear()
        found = periods.presets(self.year.value(), plan.start_year if plan else None, plan.end_year if plan else None,
                                plan.milestones if plan else ())
        for p in found:
            self.preset.addItem(f"{p.label} ({formats.day(p.start)} – {formats.day(p.end)})", p)
        self.preset.addItem(tr("reports", "Tùy chọn (chọn ngày)"), None)
        self.preset.setCurrentIndex(keep if 0 <= keep < self.preset.count() else 0)
        self.preset.blockSignals(False)
        self._preset_chosen()

    def _preset_chosen(self, *_args: object) -> None:
        period = self.preset.currentData()
        custom = period is None
        self.date_from.setEnabled(custom)
        self.date_to.setEnabled(custom)
        if period is not None:
            self.date_from.setDate(_qdate(period.start))
            self.date_to.setDate(_qdate(period.end))

    def choose_preset(self, kind: str) -> None:
        """Select the preset of ``kind`` (see ``nsdesk.services.reporting.periods.KINDS``)."""
        for i in range(self.preset.count()):
            p = self.preset.itemData(i)
            if (p is None and kind == "custom") or (p is not None and p.kind == kind):
                self.preset.setCurrentIndex(i)
                return

    def period(self) -> Any:
        from nsdesk.services.reporting import periods

        chosen = self.preset.currentData()
        if chosen is not None:
            return chosen
        return periods.custom(_pydate(self.date_from.date()), _pydate(self.date_to.date()))

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

    # --- the form ----------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The record's fields as written in the form."""
        return {
            "number": self.number.text(), "place": self.place.text(),
            "report_date": _pydate(self.report_date.date()), "addressees": _lines(self.addressees.toPlainText()),
            "results": self.results.toPlainText(), "difficulties": self.difficulties.toPlainText(),
            "proposals": self.proposals.toPlainText(), "next_tasks": self.next_tasks.toPlainText(),
            "signer_authority": _lines(self.signer_authority.toPlainText()), "signer_title": self.signer_title.text(),
            "signer_name": self.signer_name.text(), "recipients": _lines(self.recipients.toPlainText()),
        }

    def new_report(self) -> None:
        self.editing = None
        self.editing_label.setText(tr("reports", "Báo cáo mới"))
        for edit in (self.results, self.difficulties, self.proposals, self.next_tasks):
            edit.clear()
        self.number.clear()
        self.report_date.setDate(QDate.currentDate())
        self._fill_defaults()
        self.table.clearSelection()

    def reopen(self) -> None:
        rep = self.selected_report()
        if rep is None:
            return
        self.editing = rep.id
        self.editing_label.setText(tr("reports", "Đang sửa báo cáo: {label}").format(
            label=f"{rep.number or ''} {rep.period.label}".strip()))
        index = self.plan_combo.findData(rep.plan_code)
        if index >= 0:
            self.plan_combo.setCurrentIndex(index)
        self.choose_preset("custom")
        self.date_from.setDate(_qdate(rep.period.start))
        self.date_to.setDate(_qdate(rep.period.end))
        for i in range(self.preset.count()):  # the preset it was made with, when it is one
            p = self.preset.itemData(i)
            if p is not None and (p.start, p.end, p.label) == (rep.period.start, rep.period.end, rep.period.label):
                self.preset.setCurrentIndex(i)
        self.number.setText(rep.number or "")
        self.place.setText(rep.place or "")
        if rep.report_date:
            self.report_date.setDate(_qdate(rep.report_date))
        self.addressees.setPlainText("\n".join(rep.addressees))
        self.results.setPlainText(rep.results or "")
        self.difficulties.setPlainText(rep.difficulties or "")
        self.proposals.setPlainText(rep.proposals or "")
        self.next_tasks.setPlainText(rep.next_tasks or "")
        self.signer_authority.setPlainText("\n".join(rep.signer_authority))
        self.signer_title.setText(rep.signer_title or "")
        self.signer_name.setText(rep.signer_name or "")
        self.recipients.setPlainText("\n".join(rep.recipients))

    def make_draft(self) -> None:
        """Fill the results section with a draft sentence per target, from the period's figures."""
        code, period = self.plan_combo.currentData(), self.period()
        if not code:
            return

        def fn(session: Any, _p: Any, _c: Any) -> str:
            from nsdesk.services.reporting.drafts import draft_results
            from nsdesk.services.reporting.figures import report_data

            return draft_results(report_data(session, code, period))

        Op(self, fn, ctx=self.ctx).with_progress(tr("reports", "Đang tính số liệu…"), cancellable=False) \
            .success(self.results.setPlainText).run()

    def store_defaults(self) -> None:
        values: dict[str, Any] = {"signer_authority": _lines(self.signer_authority.toPlainText()),
                  "signer_title": self.signer_title.text(), "signer_name": self.signer_name.text(),
                  "addressees": _lines(self.addressees.toPlainText()),
                  "recipients": _lines(self.recipients.toPlainText())}

        def fn(session: Any, _p: Any, _c: Any) -> Changes:
            from nsdesk.services.common.office import set_report_defaults

            set_report_defaults(session, **values)
            return Changes.of("office")

        Op(self, fn, ctx=self.ctx).success(lambda _r: self.result.setText(
            tr("reports", "Đã lưu người ký, nơi gửi và nơi nhận làm mặc định."))).run()

    # --- making the workbook -------------------------------------------------------------------

    def _file_name(self) -> str:
        period = self.period()
        return f"bao-cao-{period.end.strftime('%Y%m%d')}.xlsx"

    def _ask_path(self, start_name: str) -> str | None:
        start = str((self.last_folder or Path.home()) / start_name)
        path, _f = QFileDialog.getSaveFileName(self, tr("reports", "Lưu báo cáo Excel"), start,
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
                    **values, "period_start": period.start, "period_end": period.end, "period_label": period.label})
            figures = records.report_figures(session, report.id)
            return report, write_saved_report(session, report, figures, path, progress)

        self.result.setText("")
        Op(self, fn, ctx=self.ctx).with_progress(tr("reports", "Đang lập báo cáo…"), cancellable=False) \
            .success(self._written).run()

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
            projects=rows["projects"]))
        self.last_folder = Path(result.path).parent
        self.open_folder.show()
        self.ctx.bus.changed.emit(Changes.of("reports"))
        self.written.emit(result)
        self.saved.emit(report)

    def mark_sent(self) -> None:
        rep = self.selected_report()
        if rep is None:
            return
        rid, sent_on = rep.id, _pydate(self.sent_on.date())

        def fn(session: Any, _p: Any, _c: Any) -> Any:
            from nsdesk.services.reporting import records

            return records.mark_sent(session, rid, sent_on)

        def done(report: Any) -> None:
            if self.editing == report.id:
                self.new_report()
            self.result.setText(tr("reports", "Đã đánh dấu báo cáo {label} đã gửi ngày {date}; số liệu được giữ "
                                              "nguyên như khi gửi.").format(
                label=f"{report.number or ''} {report.period.label}".strip(), date=formats.day(report.sent_on)))
            self.ctx.bus.changed.emit(Changes.of("reports"))
            self.saved.emit(report)

        Op(self, fn, ctx=self.ctx).success(done).run()

    def _open_folder(self) -> None:
        if self.last_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_folder)))


def make(ctx: Any, parent: QWidget, spec: Any) -> ReportsPage:
    return ReportsPage(ctx, parent, spec)
