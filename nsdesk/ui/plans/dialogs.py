"""Dialogs of the plans page: create from a template, edit a target, task progress note,
activity, yearly statistic, and the list behind a target's count.

Each form dialog saves through one op when OK is pressed: it closes on success; on a wrong field
the service's Vietnamese message is shown and the dialog stays open with what was typed.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nsdesk.ui.ops import Op, show_error
from nsdesk.ui.plans import data
from nsdesk.ui.plans import format as fmt
from nsdesk.ui.widgets.dialogs import GuardedDialog, scroll_area
from nsdesk.ui.widgets.numbers import number_text, vietnamese_number

tr = QCoreApplication.translate


def _edit_number(value) -> str:
    return number_text(value)


def _date_edit(parent: QWidget, value: date | None = None) -> QDateEdit:
    edit = QDateEdit(QDate(value) if value else QDate.currentDate(), parent)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    return edit


class FormDialog(GuardedDialog):
    """A form with OK/Cancel; OK runs ``self.op()`` and closes on success.

    The form scrolls inside the dialog on a low screen while "Lưu"/"Hủy" stay in sight; closing
    a changed form asks first.
    """

    saved = Signal(object)

    def __init__(self, parent: QWidget, title: str):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.form_body = QWidget(self)
        self.form_body.setObjectName("formBody")
        self.form = QFormLayout(self.form_body)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("plans", "Lưu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("plans", "Hủy"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(scroll_area(self.form_body, self), 1)
        self.layout_.addWidget(self.buttons)
        self.error: BaseException | None = None

    def op(self):  # pragma: no cover - every dialog overrides it
        raise NotImplementedError

    def save(self) -> None:
        self.buttons.setEnabled(False)
        Op(self, self.op()).success(self._done).failure(self._failed).run()

    def _done(self, result) -> None:
        self.buttons.setEnabled(True)
        self.error = None
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error = exc
        show_error(self, exc)


class TemplateDialog(FormDialog):
    """A template and the new plan's code: the template's own code while free, else the next free one."""

    def __init__(self, parent: QWidget, templates: list, taken: Iterable[str] = ()):
        from nsdesk.services.plans.plans import next_free_code

        super().__init__(parent, tr("plans", "Tạo kế hoạch từ mẫu"))
        taken = list(taken)
        self.template = QComboBox(self)
        self.template.setObjectName("templateCombo")
        for t in templates:
            self.template.addItem(f"{t.code} — {t.title} ({t.period[0]}–{t.period[1]})", t.code)
        self.template.setMinimumContentsLength(40)
        self.template.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.code = QLineEdit(self)
        self.code.setObjectName("newPlanCode")
        self.code.setMaxLength(60)
        self.info = QLabel(tr("plans", "Kế hoạch mới chép đủ chỉ tiêu, nhiệm vụ và địa bàn của mẫu; sau đó có thể sửa."), self)
        self.info.setWordWrap(True)

        def propose(_index: int = 0) -> None:
            base = self.template.currentData() or ""
            self.code.setText(next_free_code(base, taken) if base else "")

        self.template.currentIndexChanged.connect(propose)
        propose()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("plans", "Tạo kế hoạch"))
        self.form.addRow(tr("plans", "Mẫu:"), self.template)
        self.form.addRow(tr("plans", "Mã kế hoạch mới:"), self.code)
        self.form.addRow(self.info)

    def op(self):
        return data.create_plan(self.template.currentData(), self.code.text())


class PlanDialog(FormDialog):
    """A plan's own fields: code, title, issuing body, document number and date, territory, period, note."""

    def __init__(self, parent: QWidget, plan: data.PlanRow, note: str | None = None):
        super().__init__(parent, tr("plans", "Sửa kế hoạch {code}").format(code=plan.code))
        self.plan = plan
        self.setObjectName("planDialog")
        self.code = QLineEdit(plan.code, self)
        self.code.setObjectName("planCode")
        self.code.setMaxLength(60)
        self.title = QPlainTextEdit(plan.title, self)
        self.title.setObjectName("planTitle")
        self.title.setTabChangesFocus(True)
        self.title.setFixedHeight(64)
        self.issuer = QLineEdit(plan.issuer or "", self)
        self.issuer.setObjectName("planIssuer")
        self.doc_number = QLineEdit(plan.doc_number or "", self)
        self.doc_number.setObjectName("planDocNumber")
        self.doc_date = QLineEdit(fmt.day(plan.doc_date) if plan.doc_date else "", self)
        self.doc_date.setObjectName("planDocDate")
        self.doc_date.setPlaceholderText("dd/mm/yyyy")
        self.territory = QLineEdit(plan.territory_name or "", self)
        self.territory.setObjectName("planTerritory")
        self.start_year = QSpinBox(self)
        self.start_year.setObjectName("planStartYear")
        self.end_year = QSpinBox(self)
        self.end_year.setObjectName("planEndYear")
        for box, value in ((self.start_year, plan.start_year), (self.end_year, plan.end_year)):
            box.setRange(2000, 2100)
            box.setValue(value)
        self.form.addRow(tr("plans", "Mã kế hoạch:"), self.code)
        self.form.addRow(tr("plans", "Tên kế hoạch:"), self.title)
        self.form.addRow(tr("plans", "Cơ quan ban hành:"), self.issuer)
        self.form.addRow(tr("plans", "Số văn bản:"), self.doc_number)
        self.form.addRow(tr("plans", "Ngày ban hành:"), self.doc_date)
        self.form.addRow(tr("plans", "Địa bàn:"), self.territory)
        self.form.addRow(tr("plans", "Từ năm:"), self.start_year)
        self.form.addRow(tr("plans", "Đến năm:"), self.end_year)

    def values(self) -> dict:
        return {"code": self.code.text(), "title": self.title.toPlainText(), "issuer": self.issuer.text(),
                "doc_number": self.doc_number.text(), "doc_date": self.doc_date.text(),
                "territory_name": self.territory.text(), "start_year": self.start_year.value(),
                "end_year": self.end_year.value()}

    def op(self):
        return data.update_plan(self.plan.code, self.values())


class TargetDialog(FormDialog):
    def __init__(self, parent: QWidget, plan_code: str, target: data.TargetRow):
        super().__init__(parent, tr("plans", "Sửa chỉ tiêu {code}").format(code=target.code))
        self.plan_code, self.target = plan_code, target
        self.title = QPlainTextEdit(target.title, self)
        self.title.setObjectName("targetTitle")
        self.title.setFixedHeight(64)
        self.comparator = QComboBox(self)
        self.comparator.setObjectName("targetComparator")
        for code in fmt.COMPARATORS:
            self.comparator.addItem(fmt.label(fmt.COMPARATORS, code), code)
        self.comparator.setCurrentIndex(self.comparator.findData(target.comparator))
        self.minimum = vietnamese_number(QLineEdit(_edit_number(target.min), self))
        self.minimum.setObjectName("targetMin")
        self.maximum = vietnamese_number(QLineEdit(_edit_number(target.max), self))
        self.maximum.setObjectName("targetMax")
        self.tolerance = vietnamese_number(QLineEdit(_edit_number(target.tolerance), self))
        self.milestone = QSpinBox(self)
        self.milestone.setObjectName("targetMilestone")
        self.milestone.setRange(2000, 2100)
        self.milestone.setValue(target.milestone)
        self.unit = QLineEdit(target.unit or "", self)
        rule = QLabel(target.rule_text or "—", self)
        rule.setWordWrap(True)
        self.form.addRow(tr("plans", "Tên chỉ tiêu:"), self.title)
        self.form.addRow(tr("plans", "Loại:"), QLabel(fmt.label(fmt.KINDS, target.kind), self))
        self.form.addRow(tr("plans", "So sánh:"), self.comparator)
        self.form.addRow(tr("plans", "Mức tối thiểu:"), self.minimum)
        self.form.addRow(tr("plans", "Mức tối đa:"), self.maximum)
        self.form.addRow(tr("plans", "Sai số (khoảng):"), self.tolerance)
        self.form.addRow(tr("plans", "Năm mốc:"), self.milestone)
        self.form.addRow(tr("plans", "Đơn vị tính:"), self.unit)
        self.form.addRow(tr("plans", "Cách đếm:"), rule)
        if target.contributes_note:
            note = QLabel(target.contributes_note, self)
            note.setWordWrap(True)
            self.form.addRow(tr("plans", "Góp phần:"), note)

    def values(self) -> dict:
        return {"title": self.title.toPlainText(), "comparator": self.comparator.currentData(),
                "min": self.minimum.text(), "max": self.maximum.text(), "tolerance": self.tolerance.text(),
                "milestone": self.milestone.value(), "unit": self.unit.text()}

    def op(self):
        return data.update_target(self.plan_code, self.target.code, self.values())


class NewTargetDialog(FormDialog):
    """A target the template leaves for the user (e.g. the figures of 36/QĐ-TTg), with a simple rule."""

    def __init__(self, parent: QWidget, plan_code: str, milestone: int):
        from nsdesk.services.plans.activities import KIND_LABELS as ACTIVITY_LABELS
        from nsdesk.services.plans.indicators import INDICATOR_LABELS

        super().__init__(parent, tr("plans", "Thêm chỉ tiêu vào kế hoạch {code}").format(code=plan_code))
        self.plan_code = plan_code
        self.code = QLineEdit(self)
        self.code.setObjectName("newTargetCode")
        self.code.setMaxLength(40)
        self.code.setPlaceholderText(tr("plans", "ví dụ LP-2030"))
        self.title = QLineEdit(self)
        self.title.setObjectName("newTargetTitle")
        self.kind = QComboBox(self)
        self.kind.setObjectName("newTargetKind")
        for code in fmt.KINDS:
            self.kind.addItem(fmt.label(fmt.KINDS, code), code)
        self.milestone = QSpinBox(self)
        self.milestone.setRange(2000, 2100)
        self.milestone.setValue(milestone)
        self.comparator = QComboBox(self)
        for code in fmt.COMPARATORS:
            self.comparator.addItem(fmt.label(fmt.COMPARATORS, code), code)
        self.minimum = QLineEdit(self)
        self.minimum.setObjectName("newTargetMin")
        self.maximum = QLineEdit(self)
        self.unit = QLineEdit(self)
        self.indicator = QComboBox(self)
        for code, text in INDICATOR_LABELS.items():
            self.indicator.addItem(tr("labels", text), code)
        self.activity = QComboBox(self)
        for code, text in ACTIVITY_LABELS.items():
            self.activity.addItem(tr("labels", text), code)
        self.measure = QComboBox(self)
        self.measure.addItem(tr("plans", "Số hoạt động"), "records")
        self.measure.addItem(tr("plans", "Tổng số lượng (người, tin bài, chuyên gia…)"), "quantity")
        self.measure.addItem(tr("plans", "Số đơn vị chủ trì khác nhau (ví dụ số trường)"), "distinct_unit_in_charge")
        self.sme_only = QCheckBox(tr("plans", "Chỉ doanh nghiệp nhỏ và vừa (Nghị định 80)"), self)
        self.requires_project = QCheckBox(tr("plans", "Chỉ hỗ trợ thuộc dự án/mô hình điểm"), self)
        self.form.addRow(tr("plans", "Mã chỉ tiêu:"), self.code)
        self.form.addRow(tr("plans", "Tên chỉ tiêu:"), self.title)
        self.form.addRow(tr("plans", "Loại:"), self.kind)
        self.form.addRow(tr("plans", "Năm mốc:"), self.milestone)
        self.form.addRow(tr("plans", "So sánh:"), self.comparator)
        self.form.addRow(tr("plans", "Mức tối thiểu:"), self.minimum)
        self.form.addRow(tr("plans", "Mức tối đa:"), self.maximum)
        self.form.addRow(tr("plans", "Đơn vị tính:"), self.unit)
        self.form.addRow(tr("plans", "Chỉ số:"), self.indicator)
        self.form.addRow(tr("plans", "Loại hoạt động:"), self.activity)
        self.form.addRow(tr("plans", "Cách đếm:"), self.measure)
        self.form.addRow("", self.sme_only)
        self.form.addRow("", self.requires_project)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self, *_args) -> None:
        kind = self.kind.currentData()
        for widget, kinds in ((self.indicator, ("statistic",)), (self.activity, ("activities",)),
                              (self.measure, ("activities",)), (self.sme_only, ("distinct_enterprises", "supports")),
                              (self.requires_project, ("distinct_enterprises", "supports"))):
            self.form.setRowVisible(widget, kind in kinds)

    def values(self) -> dict:
        return {"code": self.code.text(), "title": self.title.text(), "kind": self.kind.currentData(),
                "milestone": self.milestone.value(), "comparator": self.comparator.currentData(),
                "min": self.minimum.text(), "max": self.maximum.text(), "unit": self.unit.text(),
                "indicator": self.indicator.currentData(), "activity_kind": self.activity.currentData(),
                "measure": self.measure.currentData(), "sme_only": self.sme_only.isChecked(),
                "requires_project": self.requires_project.isChecked()}

    def op(self):
        return data.create_target(self.plan_code, self.values())


class NoteDialog(FormDialog):
    """A dated progress note on a task, with its (possibly new) status; earlier notes listed."""

    def __init__(self, parent: QWidget, task: data.TaskLine):
        from nsdesk.services.plans.tasks import STATUS_LABELS

        super().__init__(parent, tr("plans", "Ghi nhận tiến độ nhiệm vụ {n}").format(n=task.number))
        self.task = task
        content = QLabel(task.content, self)
        content.setWordWrap(True)
        self.status = QComboBox(self)
        self.status.setObjectName("taskStatus")
        for code, text in STATUS_LABELS.items():
            self.status.addItem(tr("labels", text), code)
        self.status.setCurrentIndex(self.status.findData(task.status))
        self.noted_on = _date_edit(self)
        self.noted_on.setObjectName("noteDate")
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("noteText")
        self.text.setFixedHeight(80)
        self.history = QListWidget(self)
        self.history.setWordWrap(True)
        self.history.setMaximumHeight(120)
        self.form.addRow(tr("plans", "Nhiệm vụ:"), content)
        self.form.addRow(tr("plans", "Trạng thái:"), self.status)
        self.form.addRow(tr("plans", "Ngày ghi nhận:"), self.noted_on)
        self.form.addRow(tr("plans", "Nội dung:"), self.text)
        self.form.addRow(tr("plans", "Đã ghi nhận:"), self.history)
        Op(self, data.task_notes(task.id)).success(self._show_notes).run()

    def _show_notes(self, notes) -> None:
        self.history.clear()
        for on, text, officer in notes:
            self.history.addItem(f"{fmt.day(on)} — {text}" + (f" ({officer})" if officer else ""))
        if not notes:
            self.history.addItem(tr("plans", "(chưa có ghi nhận)"))

    def op(self):
        return data.add_task_note(self.task.id, self.status.currentData(), self.noted_on.date().toPython(),
                                  self.text.toPlainText())


class ActivityDialog(FormDialog):
    def __init__(self, parent: QWidget, plan_code: str, activity: data.ActivityLine | None = None,
                 commune: str | None = None):
        from nsdesk.services.plans.activities import KIND_LABELS

        super().__init__(parent, tr("plans", "Sửa hoạt động") if activity else tr("plans", "Thêm hoạt động"))
        self.plan_code, self.activity = plan_code, activity
        self.kind = QComboBox(self)
        self.kind.setObjectName("activityKind")
        for code, text in KIND_LABELS.items():
            self.kind.addItem(tr("labels", text), code)
        self.title = QLineEdit(self)
        self.title.setObjectName("activityTitle")
        self.held_on = _date_edit(self, activity.held_on if activity else None)
        self.held_on.setObjectName("activityDate")
        self.unit = QLineEdit(self)
        self.unit.setObjectName("activityUnit")
        self.quantity = QLineEdit(self)
        self.quantity.setObjectName("activityQuantity")
        self.quantity.setPlaceholderText(tr("plans", "người tham gia, số tin bài, số chuyên gia…"))
        self.commune = QLineEdit(commune or "", self)
        self.commune.setPlaceholderText(tr("plans", "ví dụ Phường Đăk Cấm"))
        self.note = QLineEdit(self)
        if activity is not None:
            self.kind.setCurrentIndex(self.kind.findData(activity.kind))
            self.title.setText(activity.title)
            self.unit.setText(activity.unit_in_charge or "")
            self.quantity.setText("" if activity.quantity is None else str(activity.quantity))
            self.commune.setText(activity.commune_name or activity.commune_code or "")
            self.note.setText(activity.note or "")
        self.form.addRow(tr("plans", "Loại:"), self.kind)
        self.form.addRow(tr("plans", "Tên hoạt động:"), self.title)
        self.form.addRow(tr("plans", "Ngày thực hiện:"), self.held_on)
        self.form.addRow(tr("plans", "Đơn vị chủ trì:"), self.unit)
        self.form.addRow(tr("plans", "Số lượng:"), self.quantity)
        self.form.addRow(tr("plans", "Xã/phường:"), self.commune)
        self.form.addRow(tr("plans", "Ghi chú:"), self.note)

    def values(self) -> dict:
        return {"kind": self.kind.currentData(), "title": self.title.text(), "held_on": self.held_on.date().toPython(),
                "unit_in_charge": self.unit.text(), "quantity": self.quantity.text(), "commune": self.commune.text(),
                "plan": self.plan_code, "note": self.note.text()}

    def op(self):
        return data.save_activity(self.activity.id if self.activity else None, self.values())


class IndicatorDialog(FormDialog):
    def __init__(self, parent: QWidget, territory: str | None):
        from nsdesk.services.plans.indicators import INDICATOR_LABELS

        super().__init__(parent, tr("plans", "Nhập số liệu thống kê"))
        self.indicator = QComboBox(self)
        self.indicator.setObjectName("indicatorCode")
        for code, text in INDICATOR_LABELS.items():
            self.indicator.addItem(tr("labels", text), code)
        self.territory = QLineEdit(territory or "", self)
        self.territory.setPlaceholderText(tr("plans", "mã hoặc tên tỉnh, ví dụ Quảng Ngãi"))
        self.year = QSpinBox(self)
        self.year.setObjectName("indicatorYear")
        self.year.setRange(1990, 2100)
        self.year.setValue(date.today().year - 1)
        self.value = QLineEdit(self)
        self.value.setObjectName("indicatorValue")
        self.value.setPlaceholderText(tr("plans", "ví dụ 7,5"))
        self.source = QLineEdit(self)
        self.source.setObjectName("indicatorSource")
        self.source.setPlaceholderText(tr("plans", "ví dụ Niên giám thống kê 2024, Cục Thống kê"))
        self.form.addRow(tr("plans", "Chỉ số:"), self.indicator)
        self.form.addRow(tr("plans", "Địa bàn:"), self.territory)
        self.form.addRow(tr("plans", "Năm:"), self.year)
        self.form.addRow(tr("plans", "Giá trị (%):"), self.value)
        self.form.addRow(tr("plans", "Nguồn số liệu:"), self.source)

    def values(self) -> dict:
        return {"indicator": self.indicator.currentData(), "territory": self.territory.text(), "year": self.year.value(),
                "value": self.value.text(), "source": self.source.text()}

    def op(self):
        return data.set_indicator(self.values())


class MembersDialog(QDialog):
    """The enterprises / lượt / activities / yearly values behind a target's count."""

    loaded = Signal()

    def __init__(self, parent: QWidget, plan_code: str, target: data.TargetRow, as_of: date):
        super().__init__(parent)
        self.setWindowTitle(tr("plans", "Danh sách tạo nên số đếm — {code}").format(code=target.code))
        self.resize(820, 480)
        self.caption = QLabel(f"{target.title}\n" + tr("plans", "Tính đến ngày {day}: {n}").format(
            day=fmt.day(as_of), n=fmt.number(target.achieved)), self)
        self.caption.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("membersTable")
        third, fourth = {
            "activities": (tr("plans", "Đơn vị chủ trì"), tr("plans", "Số lượng")),
            "statistic": ("", tr("plans", "Giá trị")),
        }.get(target.kind, (tr("plans", "Mã số thuế"), tr("plans", "Số lượt")))
        self.table.setHorizontalHeaderLabels([tr("plans", "Ngày"), tr("plans", "Tên"), third, fourth,
                                              tr("plans", "Dự án, trạng thái / nguồn")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        for col in (0, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(4, 200)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("plans", "Đóng"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.members: list = []
        Op(self, data.load_members(plan_code, target.code, as_of)).success(self._show).run()

    def _show(self, members) -> None:
        from nsdesk.services.pilots.supports import status_label

        self.members = members
        self.table.setRowCount(len(members))
        for r, m in enumerate(members):
            if m.kind == "indicator":
                cells = [m.label, tr("plans", "Giá trị năm {y}").format(y=m.label), "", fmt.number(m.value), m.source or ""]
            elif m.kind == "activity":
                cells = [fmt.day(m.on), m.label, m.unit_in_charge or "", fmt.number(m.quantity), ""]
            else:
                cells = [fmt.day(m.on), m.label, m.tax_code or "", fmt.number(m.supports),
                         ", ".join(x for x in (m.project_code, status_label(m.status) if m.status else None) if x)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnToContents(0)
        self.loaded.emit()
