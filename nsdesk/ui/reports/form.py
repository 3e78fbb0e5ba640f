"""The report being written on the Báo cáo page: plan, period preset, administrative fields, sections.

:class:`ReportForm` is a mixin of :class:`nsdesk.ui.reports.page.ReportsPage`: it builds the form
(in a scroll area, so it fits a 1366×768 screen) and reads it back (:meth:`ReportForm.values`,
:meth:`ReportForm.period`), fills it from the office's defaults or a kept report, and offers the
period presets — 6 months or year with Decree 09's cut-off days, the calendar half-year or year,
the plan's sơ kết / tổng kết — or a custom range.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nsdesk.services.common import formats
from nsdesk.ui.ops import Changes, Op

tr = QCoreApplication.translate


@dataclass(frozen=True)
class PlanChoice:
    code: str
    title: str
    start_year: int
    end_year: int
    milestones: tuple[int, ...]


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def text_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class ReportForm(QWidget):
    """The form half of the page (a mixin: the page is the widget)."""

    ctx: Any
    editing: int | None
    plans: list[PlanChoice]
    office: Any
    last_folder: Path | None
    table: Any  # the list of reports made (:class:`nsdesk.ui.reports.made.ReportList`)

    if TYPE_CHECKING:  # the page's
        def choose_file(self) -> None: ...
        def _open_folder(self) -> None: ...
        def selected_report(self) -> Any: ...

    def _build_form(self) -> QScrollArea:
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
        return scroll

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
            self.date_from.setDate(qdate(period.start))
            self.date_to.setDate(qdate(period.end))

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
        return periods.custom(pydate(self.date_from.date()), pydate(self.date_to.date()))

    # --- the form ----------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The record's fields as written in the form."""
        return {
            "number": self.number.text(), "place": self.place.text(),
            "report_date": pydate(self.report_date.date()), "addressees": text_lines(self.addressees.toPlainText()),
            "results": self.results.toPlainText(), "difficulties": self.difficulties.toPlainText(),
            "proposals": self.proposals.toPlainText(), "next_tasks": self.next_tasks.toPlainText(),
            "signer_authority": text_lines(self.signer_authority.toPlainText()), "signer_title": self.signer_title.text(),
            "signer_name": self.signer_name.text(), "recipients": text_lines(self.recipients.toPlainText()),
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
        self.date_from.setDate(qdate(rep.period.start))
        self.date_to.setDate(qdate(rep.period.end))
        for i in range(self.preset.count()):  # the preset it was made with, when it is one
            p = self.preset.itemData(i)
            if p is not None and (p.start, p.end, p.label) == (rep.period.start, rep.period.end, rep.period.label):
                self.preset.setCurrentIndex(i)
        self.number.setText(rep.number or "")
        self.place.setText(rep.place or "")
        if rep.report_date:
            self.report_date.setDate(qdate(rep.report_date))
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
        values: dict[str, Any] = {"signer_authority": text_lines(self.signer_authority.toPlainText()),
                  "signer_title": self.signer_title.text(), "signer_name": self.signer_name.text(),
                  "addressees": text_lines(self.addressees.toPlainText()),
                  "recipients": text_lines(self.recipients.toPlainText())}

        def fn(session: Any, _p: Any, _c: Any) -> Changes:
            from nsdesk.services.common.office import set_report_defaults

            set_report_defaults(session, **values)
            return Changes.of("office")

        Op(self, fn, ctx=self.ctx).success(lambda _r: self.result.setText(
            tr("reports", "Đã lưu người ký, nơi gửi và nơi nhận làm mặc định."))).run()

